#include "Status.h"

namespace cd::proto {

QString slug(StatusCode code)
{
    switch (code) {
    case StatusCode::Ok: return QStringLiteral("ok");
    case StatusCode::MalformedJson: return QStringLiteral("malformed-json");
    case StatusCode::MissingField: return QStringLiteral("missing-field");
    case StatusCode::WrongFieldType: return QStringLiteral("wrong-field-type");
    case StatusCode::UnsupportedVersion: return QStringLiteral("unsupported-version");
    case StatusCode::UnknownType: return QStringLiteral("unknown-type");
    case StatusCode::FrameTooLarge: return QStringLiteral("frame-too-large");
    case StatusCode::TooManyInFlight: return QStringLiteral("too-many-in-flight");
    case StatusCode::WrongKind: return QStringLiteral("wrong-kind");
    case StatusCode::BinaryFrame: return QStringLiteral("binary-frame");
    case StatusCode::NotAuthenticated: return QStringLiteral("not-authenticated");
    case StatusCode::BadCredentials: return QStringLiteral("bad-credentials");
    case StatusCode::RateLimited: return QStringLiteral("rate-limited");
    case StatusCode::SessionExpired: return QStringLiteral("session-expired");
    case StatusCode::Forbidden: return QStringLiteral("forbidden");
    case StatusCode::AccountDisabled: return QStringLiteral("account-disabled");
    case StatusCode::InvalidBody: return QStringLiteral("invalid-body");
    case StatusCode::InvalidValue: return QStringLiteral("invalid-value");
    case StatusCode::TooManyOps: return QStringLiteral("too-many-ops");
    case StatusCode::ComplianceBlocked: return QStringLiteral("compliance-blocked");
    case StatusCode::LintBlocked: return QStringLiteral("lint-blocked");
    case StatusCode::ChecksumMismatch: return QStringLiteral("checksum-mismatch");
    case StatusCode::NotFound: return QStringLiteral("not-found");
    case StatusCode::TaskReassigned: return QStringLiteral("task-reassigned");
    case StatusCode::TaskClosed: return QStringLiteral("task-closed");
    case StatusCode::Conflict: return QStringLiteral("conflict");
    case StatusCode::Internal: return QStringLiteral("internal");
    case StatusCode::StorageFull: return QStringLiteral("storage-full");
    case StatusCode::Unavailable: return QStringLiteral("unavailable");
    }
    return QStringLiteral("unknown");
}

bool isRetryable(StatusCode code)
{
    const int c = int(code);
    return c >= 5000 || code == StatusCode::TooManyInFlight || code == StatusCode::RateLimited;
}

}  // namespace cd::proto
