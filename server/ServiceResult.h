#pragma once
// The outcome of a service call as the wire sees it: a value, or a protocol status code with a
// developer-facing detail (logged, never sent: the client maps codes to translated text) and, where the
// agent needs more than the code to act (which compliance or lint rule refused an SMS), a structured
// `reason` of enum keys and values that the client turns into translated text.
#include "Result.h"
#include "Status.h"

#include <QJsonObject>
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
    ServiceResult(proto::StatusCode code, QString detail, QJsonObject reason)
        : m_code(code), m_detail(std::move(detail)), m_reason(std::move(reason))
    {
    }
    ServiceResult(const Error &e) : m_code(statusFor(e)), m_detail(e.detail) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    proto::StatusCode code() const { return m_value ? proto::StatusCode::Ok : m_code; }
    const QString &detail() const { return m_detail; }
    /// Sent to the client with the code (e.g. {"lintRule": "Threat", "match": "…"}); empty for most.
    const QJsonObject &reason() const { return m_reason; }

private:
    std::optional<T> m_value;
    proto::StatusCode m_code = proto::StatusCode::Internal;
    QString m_detail;
    QJsonObject m_reason;
};

}  // namespace cd::server
