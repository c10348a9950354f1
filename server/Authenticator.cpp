#include "Authenticator.h"

#include "Logging.h"
#include "PasswordHasher.h"
#include "Storage.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace cd::server {

using proto::StatusCode;

namespace {
const QString LoginAction = QStringLiteral("session.login");
const QString ResumeAction = QStringLiteral("session.resume");
}  // namespace

Authenticator::Authenticator(Storage &storage, AuditLog &audit) : m_storage(storage), m_audit(audit) {}

QString Authenticator::newToken()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray bytes(reinterpret_cast<const char *>(words), sizeof words);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Authenticator::hashToken(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

const QString &Authenticator::dummyHash()
{
    // Computed once, at the first unknown username: an unknown user then costs the same PBKDF2 run
    // as a known one, so response time does not tell which usernames exist.
    if (m_dummyHash.isEmpty())
        m_dummyHash = PasswordHasher::hash(newToken());
    return m_dummyHash;
}

ServiceResult<LoginAttempt> Authenticator::beginLogin(const QString &username, const QString &peer,
                                                      const QDateTime &now)
{
    if (m_perUser.blocked(username, now) || m_perPeer.blocked(peer, now)) {
        qCWarning(lcServerAuth).noquote() << "login rate-limited: user" << username << "peer" << peer;
        m_audit.record(username, LoginAction, QStringLiteral("user:") + username,
                       {{QStringLiteral("peer"), peer}}, StatusCode::RateLimited);
        return StatusCode::RateLimited;
    }
    const Result<std::optional<UserRecord>> user = m_storage.userByName(username);
    if (!user)
        return user.error();
    LoginAttempt a;
    a.username = username;
    a.peer = peer;
    a.user = user.value();
    a.hashToCheck = a.user ? a.user->passwordHash : dummyHash();
    m_perUser.addPending(username);
    m_perPeer.addPending(peer);
    return a;
}

ServiceResult<LoginGrant> Authenticator::finishLogin(const LoginAttempt &a, bool passwordMatches,
                                                     const QString &device, const QDateTime &now)
{
    m_perUser.removePending(a.username);
    m_perPeer.removePending(a.peer);
    const QString target = QStringLiteral("user:") + a.username;
    const QJsonObject detail{{QStringLiteral("peer"), a.peer}, {QStringLiteral("device"), device}};
    if (!a.user || !passwordMatches) {
        m_perUser.recordFailure(a.username, now);
        m_perPeer.recordFailure(a.peer, now);
        qCInfo(lcServerAuth).noquote() << "login failed: user" << a.username << "peer" << a.peer;
        m_audit.record(a.username, LoginAction, target, detail, StatusCode::BadCredentials);
        return StatusCode::BadCredentials;
    }
    if (a.user->disabled) {
        m_audit.record(a.username, LoginAction, target, detail, StatusCode::AccountDisabled);
        return StatusCode::AccountDisabled;
    }
    m_perUser.clear(a.username);

    LoginGrant g;
    g.token = newToken();
    g.tokenHash = hashToken(g.token);
    g.expiresAt = now.addSecs(m_lifetime);
    g.user = *a.user;
    g.device = device;
    SessionRecord s{g.tokenHash, g.user.id, device, now, g.expiresAt, false};
    if (auto r = m_storage.insertSession(s); !r)
        return r.error();
    m_audit.record(a.username, LoginAction, target, detail);
    return g;
}

ServiceResult<LoginGrant> Authenticator::login(const QString &username, const QString &password,
                                               const QString &peer, const QString &device,
                                               const QDateTime &now)
{
    ServiceResult<LoginAttempt> a = beginLogin(username, peer, now);
    if (!a)
        return ServiceResult<LoginGrant>(a.code(), a.detail());
    return finishLogin(a.value(), PasswordHasher::verify(password, a->hashToCheck), device, now);
}

ServiceResult<LoginGrant> Authenticator::resume(const QString &token, const QDateTime &now)
{
    const QString hash = hashToken(token);
    const Result<std::optional<SessionRecord>> session = m_storage.sessionByTokenHash(hash);
    if (!session)
        return session.error();
    if (!session.value() || session.value()->revoked || session.value()->expires <= now)
        return StatusCode::SessionExpired;
    const Result<std::optional<UserRecord>> user = m_storage.userById(session.value()->userId);
    if (!user)
        return user.error();
    if (!user.value())
        return StatusCode::SessionExpired;
    if (user.value()->disabled) {
        m_audit.record(user.value()->username, ResumeAction, QStringLiteral("user:") + user.value()->username,
                       {}, StatusCode::AccountDisabled);
        return StatusCode::AccountDisabled;
    }
    return LoginGrant{token, hash, session.value()->expires, *user.value(), session.value()->device};
}

Result<void> Authenticator::logout(const QString &tokenHash, const QString &username)
{
    if (auto r = m_storage.revokeSession(tokenHash); !r)
        return r;
    m_audit.record(username, QStringLiteral("session.logout"), QStringLiteral("user:") + username);
    return {};
}

}  // namespace cd::server
