#pragma once
// Expected failures are values, not exceptions: Result<T> carries either a value or an error code
// with a developer-facing detail (logged; the UI maps the code to translated text).
#include <QString>

#include <optional>
#include <utility>

namespace cd {

enum class ErrorCode {
    None = 0,
    OpenFailed,   ///< the file could not be opened or created
    NewerSchema,  ///< database written by a newer version of the program
    MigrationFailed,
    QueryFailed,
    DiskFull,  ///< SQLITE_FULL: nothing was written
    NotFound,
    InvalidInput,
};

struct Error {
    ErrorCode code = ErrorCode::None;
    QString detail;
};

template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}
    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

}  // namespace cd
