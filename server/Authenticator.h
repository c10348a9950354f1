#pragma once
// Logins and session tokens. A login runs in two steps around the password check so the hub can
// compute the PBKDF2 hash off the event loop: beginLogin() (rate limits, user lookup) and
// finishLogin() (outcome, token). Tokens are 32 random bytes from the system CSPRNG, base64url,
// stored only as their SHA-256; they live 12 hours. Unknown user and wrong password answer the same
// code and cost the same hash. Owned by the Server; event-loop thread only.
#include "AuditLog.h"
#include "LoginThrottle.h"
#include "ServerTypes.h"
#include "ServiceResult.h"

namespace cd::server {

class Storage;

struct LoginGrant {
    QString token;
    QString tokenHash;
    QDateTime expiresAt;
    UserRecord user;
    QString device;
};

/// A login between its two steps: what to verify the password against.
struct LoginAttempt {
    QString username;
    QString peer;
    std::optional<UserRecord> user;  ///< empty for an unknown user
    QString hashToCheck;             ///< the user's hash, or a dummy one of the same cost
};

class Authenticator
{
public:
    static constexpr int TokenLifetimeSeconds = 12 * 3600;
    static constexpr int MaxFailuresPerUser = 5;
    static constexpr int MaxFailuresPerPeer = 20;
    static constexpr int FailureWindowSeconds = 5 * 60;

    Authenticator(Storage &storage, AuditLog &audit);

    /// RateLimited when this username or peer failed too often; otherwise the attempt to verify.
    ServiceResult<LoginAttempt> beginLogin(const QString &username, const QString &peer,
                                           const QDateTime &now);
    /// BadCredentials, AccountDisabled, or a new session. Call exactly once per successful beginLogin.
    ServiceResult<LoginGrant> finishLogin(const LoginAttempt &attempt, bool passwordMatches,
                                          const QString &device, const QDateTime &now);
    /// Both steps at once, on the calling thread (CLI, tests).
    ServiceResult<LoginGrant> login(const QString &username, const QString &password, const QString &peer,
                                    const QString &device, const QDateTime &now);
    /// SessionExpired for an unknown, revoked or expired token.
    ServiceResult<LoginGrant> resume(const QString &token, const QDateTime &now);
    Result<void> logout(const QString &tokenHash, const QString &username);

    void setTokenLifetimeSeconds(int seconds) { m_lifetime = seconds; }

    static QString newToken();
    static QString hashToken(const QString &token);

private:
    const QString &dummyHash();

    Storage &m_storage;
    AuditLog &m_audit;
    LoginThrottle m_perUser{MaxFailuresPerUser, FailureWindowSeconds};
    LoginThrottle m_perPeer{MaxFailuresPerPeer, FailureWindowSeconds};
    QString m_dummyHash;
    int m_lifetime = TokenLifetimeSeconds;
};

}  // namespace cd::server
