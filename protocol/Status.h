#pragma once
// Status codes carried in every response ("status":{"code":N,"error":"slug"}) and WebSocket close
// codes. Bands: 0 ok; 1xxx malformed frame / protocol; 2xxx authentication / authorisation;
// 3xxx validation; 4xxx state / conflict; 5xxx server. Append-only: never renumber a shipped code.
// No user-facing text here: the client maps codes to translated text.
#include <QObject>
#include <QString>

namespace cd::proto {
Q_NAMESPACE

enum class StatusCode {
    Ok = 0,
    // 1xxx: the frame could not be understood
    MalformedJson = 1001,       ///< not JSON, or not a JSON object
    MissingField = 1002,        ///< v, kind, type, id or body missing
    WrongFieldType = 1003,      ///< a field of the envelope has the wrong JSON type
    UnsupportedVersion = 1004,  ///< "v" is not 1
    UnknownType = 1005,         ///< "type" is not in the catalogue
    FrameTooLarge = 1006,       ///< over Limits::maxFrameBytes
    TooManyInFlight = 1007,     ///< over Limits::maxInFlight unanswered requests
    WrongKind = 1008,           ///< a client sent something other than "req"
    BinaryFrame = 1009,         ///< binary frames are not part of the protocol
    // 2xxx: who you are and what you may do
    NotAuthenticated = 2001,  ///< request before session.login / session.resume
    BadCredentials = 2002,    ///< unknown user or wrong password (never says which)
    RateLimited = 2003,       ///< too many login attempts for this user or peer
    SessionExpired = 2004,    ///< token unknown or expired: log in again
    Forbidden = 2005,         ///< authenticated but not allowed (role, team, assignment)
    AccountDisabled = 2006,
    // 3xxx: the body is wrong
    InvalidBody = 3001,        ///< a required body field is missing or has the wrong type
    InvalidValue = 3002,       ///< a value is out of range (amount <= 0, date in the past, unknown enum)
    TooManyOps = 3003,         ///< sync.push with more than Limits::maxOpsPerPush ops
    ComplianceBlocked = 3004,  ///< interaction.record: the attempt broke a contact rule (core/Compliance.h)
    LintBlocked = 3005,        ///< sms.send: the text failed the compliance lint (core/ComplianceLint.h)
    ChecksumMismatch = 3006,   ///< recording.commit: the bytes received do not hash to the declared SHA-256
    // 4xxx: the world changed
    NotFound = 4001,        ///< the task / customer does not exist (or no longer)
    TaskReassigned = 4002,  ///< the task now belongs to another agent
    TaskClosed = 4003,      ///< the task is already done
    Conflict = 4004,        ///< any other state conflict
    // 5xxx: the server failed
    Internal = 5001,
    StorageFull = 5002,
    Unavailable = 5003,  ///< shutting down / storage unreachable: retry later
};
Q_ENUM_NS(StatusCode)

/// WebSocket close codes (4000-4999) used when a frame cannot be answered or a session must end.
enum class CloseCode {
    ProtocolViolation = 4000,  ///< too many malformed frames in a row
    FrameTooLarge = 4001,
    AuthTimeout = 4002,      ///< no login within Limits::loginTimeoutMs
    SessionReplaced = 4003,  ///< the same token resumed on another connection
    ServerShutdown = 4004,
    SubprotocolRequired = 4005,
};
Q_ENUM_NS(CloseCode)

/// "malformed-json", "task-reassigned"... machine-readable, stable.
QString slug(StatusCode code);
/// 4xxx codes are final for an operation (do not retry); 5xxx and transport errors are retried.
bool isRetryable(StatusCode code);

/// Protocol limits; the server enforces them, the client respects them.
struct Limits {
    qint64 maxFrameBytes = 1 << 20;  ///< 1 MiB
    int maxOpsPerPush = 200;
    int maxInFlight = 32;
    int maxChangesPerPull = 500;
    int loginTimeoutMs = 30'000;
    int maxConsecutiveMalformed = 20;
};

inline constexpr char Subprotocol[] = "collectdesk.v1";
inline constexpr int Version = 1;

}  // namespace cd::proto
