#pragma once
// The outcome of a service call as the wire sees it: a value, or a protocol status code with a
// developer-facing detail (logged, never sent: the client maps codes to translated text).
#include "Result.h"
#include "Status.h"

#include <optional>
#include <utility>

namespace cd::server {

/// Maps a storage failure to the wire: a full disk is StorageFull, anything else Internal.
inline proto::StatusCode statusFor(const Error &e)
{
    return e.code == ErrorCode::DiskFull ? proto::StatusCode::StorageFull : proto::StatusCode::Internal;
}

template <typename T> class ServiceResult
{
public:
    ServiceResult(T value) : m_value(std::move(value)) {}
    ServiceResult(proto::StatusCode code, QString detail = {}) : m_code(code), m_detail(std::move(detail)) {}
    ServiceResult(const Error &e) : m_code(statusFor(e)), m_detail(e.detail) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    proto::StatusCode code() const { return m_value ? proto::StatusCode::Ok : m_code; }
    const QString &detail() const { return m_detail; }

private:
    std::optional<T> m_value;
    proto::StatusCode m_code = proto::StatusCode::Internal;
    QString m_detail;
};

}  // namespace cd::server
