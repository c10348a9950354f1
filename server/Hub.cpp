#include "Hub.h"

#include "AgentStates.h"
#include "AuditLog.h"
#include "BackgroundThread.h"
#include "ClientSession.h"
#include "Codec.h"
#include "Envelope.h"
#include "Logging.h"
#include "Messages.h"
#include "PasswordHasher.h"
#include "SettlementService.h"
#include "Storage.h"
#include "SyncService.h"

#include <QPointer>
#include <QThread>
#include <QVarLengthArray>
#include <QWebSocket>
#include <QWebSocketServer>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <cerrno>
#endif

namespace cd::server {

using proto::CloseCode;
using proto::Envelope;
using proto::StatusCode;
namespace msg = proto::msg;

namespace {

constexpr int MaxUsernameLength = 64;
constexpr int MaxPasswordLength = 1024;
constexpr int MaxDeviceLength = 128;

/// Which roles may send which request type. Every type is listed: a new type is refused until added.
bool permitted(Role role, const QString &type)
{
    if (type == msg::AgentSetState)
        return role == Role::Agent || role == Role::Lead;  // only the floor has a floor state
    return type == msg::Ping || type == msg::SessionLogin || type == msg::SessionResume
        || type == msg::SessionLogout || type == msg::SyncPull || type == msg::SyncPush;
}

bool optionalString(const QJsonValue &v) { return v.isUndefined() || v.isNull() || v.isString(); }

}  // namespace

Hub::Hub(Storage &storage, Authenticator &auth, SyncService &sync, AgentStates &states, AuditLog &audit,
         const proto::Limits &limits, QObject *parent)
    : QObject(parent), m_storage(storage), m_auth(auth), m_sync(sync), m_states(states), m_audit(audit),
      m_limits(limits)
{
    m_hashPool.setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    // Settlements: the operation arrives through sync.push; the lead's requests come here.
    SettlementService &settlements = m_sync.settlements();
    addHandler(msg::SettlementList, {Role::Lead},
               [&settlements](const Viewer &v, const QJsonObject &body, const QDateTime &) {
                   return settlements.list(v, body);
               });
    addHandler(msg::SettlementDecide, {Role::Lead},
               [&settlements](const Viewer &v, const QJsonObject &body, const QDateTime &now) {
                   return settlements.decide(v, body, now);
               });
    // Queued: a client gets the answer to its own request before the events that request caused.
    connect(&settlements, &SettlementService::noticed, this, &Hub::deliver, Qt::QueuedConnection);
    m_clock.start();
    m_teamHintTimer.setSingleShot(true);
    connect(&m_teamHintTimer, &QTimer::timeout, this, &Hub::flushTeamHints);
}

Hub::~Hub() { m_hashPool.waitForDone(); }

Result<void> Hub::listen(const QHostAddress &address, quint16 port,
                         const std::optional<QSslConfiguration> &tls)
{
    if (m_server)
        return Error{ErrorCode::InvalidInput, QStringLiteral("already listening")};
    m_secure = tls.has_value();
    m_server =
        new QWebSocketServer(QStringLiteral("collectdesk-server"),
                             m_secure ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this);
    m_server->setSupportedSubprotocols({QString::fromLatin1(proto::Subprotocol)});
    if (tls)
        m_server->setSslConfiguration(*tls);
    connect(m_server, &QWebSocketServer::newConnection, this, &Hub::onNewConnection);
    connect(m_server, &QWebSocketServer::serverError, this, [this](QWebSocketProtocol::CloseCode code) {
        qCWarning(lcServerHub).noquote() << "websocket server error:" << m_server->errorString() << int(code);
    });
    connect(m_server, &QWebSocketServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        qCWarning(lcServerHub).noquote() << "accept failed:" << m_server->errorString();
    });
    connect(m_server, &QWebSocketServer::sslErrors, this, [](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            qCWarning(lcServerHub).noquote() << "TLS error:" << e.errorString();
    });
    if (!m_server->listen(address, port)) {
        const QString why = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return Error{ErrorCode::OpenFailed,
                     QStringLiteral("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(why)};
    }
#ifdef Q_OS_LINUX
    // Small frames, request and answer: without TCP_NODELAY a frame written while the previous one is
    // unacknowledged waits for the peer's delayed ACK (up to 40 ms). Linux gives accepted sockets the
    // listening socket's TCP_NODELAY (QWebSocket does not expose its own TCP socket).
    const int one = 1;
    if (::setsockopt(int(m_server->socketDescriptor()), IPPROTO_TCP, TCP_NODELAY, &one, sizeof one) != 0)
        qCWarning(lcServerHub).noquote() << "TCP_NODELAY not set:" << qt_error_string(errno);
#endif
    return {};
}

quint16 Hub::port() const { return m_server ? m_server->serverPort() : 0; }

QHostAddress Hub::address() const { return m_server ? m_server->serverAddress() : QHostAddress(); }

void Hub::addHandler(const QString &type, QList<Role> roles, RequestHandler handler)
{
    m_handlers.insert(type, Handler{std::move(roles), std::move(handler), {}});
}

void Hub::addSessionHandler(const QString &type, QList<Role> roles, SessionHandler handler)
{
    m_handlers.insert(type, Handler{std::move(roles), {}, std::move(handler)});
}

void Hub::shutdown()
{
    m_shuttingDown = true;
    if (m_server)
        m_server->close();
    const QList<ClientSession *> sessions = m_sessions;
    for (ClientSession *s : sessions)
        s->closeWith(CloseCode::ServerShutdown, QStringLiteral("server shutting down"));
    if (m_sessions.isEmpty())
        QMetaObject::invokeMethod(this, &Hub::drained, Qt::QueuedConnection);
}

// ---- connections and frames ---------------------------------------------------------------------

void Hub::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QWebSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        auto *s = new ClientSession(socket, this);
        m_sessions << s;
        connect(socket, &QWebSocket::disconnected, s, [this, s] { onDisconnected(s); });
        if (m_shuttingDown) {
            s->closeWith(CloseCode::ServerShutdown);
            continue;
        }
        if (socket->subprotocol() != QLatin1String(proto::Subprotocol)) {
            qCWarning(lcServerHub).noquote()
                << "refused" << s->peer() << ": subprotocol" << proto::Subprotocol << "not offered";
            s->closeWith(CloseCode::SubprotocolRequired, QString::fromLatin1(proto::Subprotocol));
            continue;
        }
        // Qt's own ceiling, far above ours: a larger frame is refused by Qt (close 1009) before it is
        // buffered; between the two, onTextFrame() closes with our 4001.
        socket->setMaxAllowedIncomingFrameSize(quint64(m_limits.maxFrameBytes) * 4);
        socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxFrameBytes) * 4);
        connect(socket, &QWebSocket::textFrameReceived, s,
                [this, s](const QString &frame, bool last) { onTextFrame(s, frame, last); });
        connect(socket, &QWebSocket::textMessageReceived, s,
                [this, s](const QString &m) { onTextMessage(s, m); });
        connect(socket, &QWebSocket::binaryFrameReceived, s,
                [this, s](const QByteArray &frame, bool last) { onBinaryFrame(s, frame, last); });
        s->loginTimer.setInterval(m_limits.loginTimeoutMs);
        connect(&s->loginTimer, &QTimer::timeout, s, [this, s] { onLoginTimeout(s); });
        s->loginTimer.start();
        qCDebug(lcServerHub).noquote() << "connection from" << s->peer() << (m_secure ? "(wss)" : "(ws)");
    }
}

bool Hub::oversize(ClientSession *s, qint64 units)
{
    if (units <= m_limits.maxFrameBytes)
        return false;
    qCWarning(lcServerHub).noquote() << "frame over" << m_limits.maxFrameBytes << "bytes from"
                                     << s->describe() << ": closing";
    s->closeWith(CloseCode::FrameTooLarge, proto::slug(StatusCode::FrameTooLarge));
    return true;
}

void Hub::onTextFrame(ClientSession *s, const QString &frame, bool)
{
    if (s->closing())
        return;
    // UTF-16 units never exceed the UTF-8 bytes: over the limit here is over it on the wire too.
    s->messageUnits += frame.size();
    oversize(s, s->messageUnits);
}

void Hub::onTextMessage(ClientSession *s, const QString &message)
{
    s->messageUnits = 0;
    if (s->closing())
        return;
    const QByteArray bytes = message.toUtf8();
    if (oversize(s, bytes.size()))
        return;
    const proto::Decoded d = proto::decode(bytes, m_limits, proto::Kind::Request);
    if (!d.envelope) {
        malformed(s, proto::encodeError(d), proto::slug(d.code));
        return;
    }
    s->malformedInRow = 0;
    dispatch(s, *d.envelope);
}

void Hub::onBinaryFrame(ClientSession *s, const QByteArray &frame, bool isLast)
{
    if (s->closing())
        return;
    s->messageUnits += frame.size();
    if (oversize(s, s->messageUnits) || !isLast)
        return;
    s->messageUnits = 0;
    proto::Decoded d;
    d.code = StatusCode::BinaryFrame;
    malformed(s, proto::encodeError(d), proto::slug(d.code));
}

void Hub::malformed(ClientSession *s, const QByteArray &errorFrame, const QString &what)
{
    ++s->malformedInRow;
    qCWarning(lcServerHub).noquote() << "malformed frame from" << s->describe() << ":" << what;
    s->sendFrame(errorFrame);
    if (s->malformedInRow >= m_limits.maxConsecutiveMalformed) {
        qCWarning(lcServerHub).noquote()
            << s->malformedInRow << "malformed frames in a row from" << s->describe() << ": closing";
        s->closeWith(CloseCode::ProtocolViolation, QStringLiteral("too many malformed frames"));
    }
}

void Hub::onLoginTimeout(ClientSession *s)
{
    if (s->authenticated() || s->closing())
        return;
    if (s->inFlight > 0) {  // a login is being checked: let it finish (attempts are rate-limited)
        s->loginTimer.start();
        return;
    }
    qCInfo(lcServerHub).noquote() << "no login within" << m_limits.loginTimeoutMs << "ms from" << s->peer()
                                  << ": closing";
    s->closeWith(CloseCode::AuthTimeout, QStringLiteral("login timeout"));
}

void Hub::onDisconnected(ClientSession *s)
{
    m_sessions.removeOne(s);
    unindex(s);
    if (s->authenticated())
        Q_EMIT sessionEnded(s);
    const int code = int(s->socket()->closeCode());
    if (s->authenticated())
        qCInfo(lcServerHub).noquote()
            << "session end" << s->describe()
            << QStringLiteral("duration=%1s").arg(s->msecsSinceStart() / 1000.0, 0, 'f', 1)
            << QStringLiteral("close=%1").arg(code);
    else
        qCDebug(lcServerHub).noquote() << "connection closed" << s->describe() << "close" << code;
    s->deleteLater();
    if (m_shuttingDown && m_sessions.isEmpty())
        Q_EMIT drained();
}

// ---- requests -----------------------------------------------------------------------------------

void Hub::answer(ClientSession *s, const Envelope &req, const QJsonObject &body)
{
    s->send(Envelope::response(req, body));
}

void Hub::fail(ClientSession *s, const Envelope &req, StatusCode code, const QString &detail, const QJsonObject &reason)
{
    if (int(code) >= 5000)
        qCWarning(lcServerHub).noquote()
            << req.type << "from" << s->describe() << "failed:" << proto::slug(code) << detail;
    else
        qCInfo(lcServerHub).noquote()
            << req.type << "from" << s->describe() << "refused:" << proto::slug(code) << detail;
    Envelope e = Envelope::failure(req, code);
    e.body = reason;  // which rule or problems refused it (e.g. script.publish's problem list), if any
    s->send(e);
}

void Hub::dispatch(ClientSession *s, const Envelope &req)
{
    if (!msg::isRequestType(req.type))
        return fail(s, req, StatusCode::UnknownType);
    if (!s->authenticated() && !msg::allowedBeforeLogin(req.type))
        return fail(s, req, StatusCode::NotAuthenticated);
    if (s->inFlight >= m_limits.maxInFlight)
        return fail(s, req, StatusCode::TooManyInFlight);
    if (m_shuttingDown)
        return fail(s, req, StatusCode::Unavailable);
    const auto handler = m_handlers.constFind(req.type);
    const bool allowed = handler != m_handlers.cend() ? handler->roles.contains(s->viewer().role)
                                                      : permitted(s->viewer().role, req.type);
    if (s->authenticated() && !allowed) {
        m_audit.denied(s->viewer(), req.type, QStringLiteral("user:") + s->viewer().username,
                       StatusCode::Forbidden);
        return fail(s, req, StatusCode::Forbidden);
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (req.type == msg::Ping)
        return answer(s, req, {{QStringLiteral("serverTime"), proto::isoUtc(now)}});
    if (req.type == msg::SessionLogin)
        return handleLogin(s, req);
    if (req.type == msg::SessionResume)
        return handleResume(s, req);
    if (req.type == msg::SessionLogout)
        return handleLogout(s, req);

    ServiceResult<QJsonObject> result(StatusCode::UnknownType);
    if (req.type == msg::SyncPull)
        result = m_sync.pull(s->viewer(), req.body);
    else if (req.type == msg::SyncPush)
        result = m_sync.push(s->viewer(), req.body, now);
    else if (req.type == msg::AgentSetState)
        result = m_states.setState(s->viewer(), req.body, now, req.type);
    else if (handler != m_handlers.cend())
        result = handler->runWithSession ? handler->runWithSession(s, s->viewer(), req.body, now)
                                         : handler->run(s->viewer(), req.body, now);
    if (!result) {
        fail(s, req, result.code(), result.detail(), result.reason());
        return;
    }
    answer(s, req, result.value());
}

void Hub::handleLogin(ClientSession *s, const Envelope &req)
{
    const QJsonValue username = req.body.value(QStringLiteral("username"));
    const QJsonValue password = req.body.value(QStringLiteral("password"));
    const QJsonValue device = req.body.value(QStringLiteral("device"));
    if (!username.isString() || !password.isString() || !optionalString(device))
        return fail(s, req, StatusCode::InvalidBody);
    if (username.toString().isEmpty() || username.toString().size() > MaxUsernameLength
        || password.toString().size() > MaxPasswordLength || device.toString().size() > MaxDeviceLength)
        return fail(s, req, StatusCode::InvalidValue);

    const ServiceResult<LoginAttempt> attempt =
        m_auth.beginLogin(username.toString(), s->peerAddress(), QDateTime::currentDateTimeUtc());
    if (!attempt)
        return fail(s, req, attempt.code(), attempt.detail());

    // PBKDF2 costs ~0.1 s by design: run it on the pool so other sessions are served meanwhile. The
    // request stays in flight (and counts against maxInFlight) until the answer is sent.
    ++s->inFlight;
    QPointer<ClientSession> session(s);
    m_hashPool.start(
        [this, session, req, a = attempt.value(), pw = password.toString(), dev = device.toString()] {
            // A morning's logins hash for seconds on end: never ahead of the floor's events.
            static thread_local const bool background = makeThisThreadBackground();
            Q_UNUSED(background);
            const bool ok = PasswordHasher::verify(pw, a.hashToCheck);
            QMetaObject::invokeMethod(
                this, [this, session, req, a, ok, dev] { finishLogin(session.data(), req, a, ok, dev); },
                Qt::QueuedConnection);
        });
}

void Hub::finishLogin(ClientSession *s, const Envelope &req, const LoginAttempt &attempt, bool ok,
                      const QString &device)
{
    if (m_shuttingDown)
        return;
    const ServiceResult<LoginGrant> grant =
        m_auth.finishLogin(attempt, ok, device, QDateTime::currentDateTimeUtc());
    if (!s || s->closing())
        return;
    --s->inFlight;
    if (!grant)
        return fail(s, req, grant.code(), grant.detail());
    startSession(s, grant.value(), device, req);
}

void Hub::handleResume(ClientSession *s, const Envelope &req)
{
    const QJsonValue token = req.body.value(QStringLiteral("token"));
    if (!token.isString() || token.toString().isEmpty())
        return fail(s, req, StatusCode::InvalidBody);
    const ServiceResult<LoginGrant> grant = m_auth.resume(token.toString(), QDateTime::currentDateTimeUtc());
    if (!grant)
        return fail(s, req, grant.code(), grant.detail());
    for (ClientSession *other : std::as_const(m_sessions)) {
        if (other != s && other->authenticated() && other->tokenHash() == grant->tokenHash) {
            qCInfo(lcServerHub).noquote() << "session replaced:" << other->describe() << "by" << s->peer();
            other->closeWith(CloseCode::SessionReplaced, QStringLiteral("session resumed elsewhere"));
        }
    }
    startSession(s, grant.value(), grant->device, req);
}

void Hub::startSession(ClientSession *s, const LoginGrant &grant, const QString &device, const Envelope &req)
{
    if (s->authenticated()) {
        qCInfo(lcServerHub).noquote()
            << "session end" << s->describe() << "(new login on the same connection)";
        Q_EMIT sessionEnded(s);
    }
    s->authenticate(grant, device);
    index(s);  // out of the lists of the user it had before
    Q_EMIT sessionStarted(s);
    qCInfo(lcServerHub).noquote() << QStringLiteral("session start %1 role=%2 team=%3%4")
                                         .arg(s->describe(), roleKey(grant.user.role), grant.user.team,
                                              req.type == msg::SessionResume ? QStringLiteral(" (resumed)")
                                                                             : QString());
    const Result<qint64> revision = m_storage.currentRevision();
    if (!revision)
        return fail(s, req, statusFor(revision.error()), revision.error().detail);
    const UserRecord &u = grant.user;
    answer(s, req,
           {{QStringLiteral("token"), grant.token},
            {QStringLiteral("expiresAt"), proto::isoUtc(grant.expiresAt)},
            {QStringLiteral("user"),
             QJsonObject{{QStringLiteral("id"), u.id},
                         {QStringLiteral("username"), u.username},
                         {QStringLiteral("name"), u.name},
                         {QStringLiteral("role"), roleKey(u.role)},
                         {QStringLiteral("team"), u.team},
                         {QStringLiteral("skill"), u.skill}}},
            {QStringLiteral("revision"), revision.value()}});
}

void Hub::handleLogout(ClientSession *s, const Envelope &req)
{
    if (auto r = m_auth.logout(s->tokenHash(), s->viewer().username); !r)
        return fail(s, req, statusFor(r.error()), r.error().detail);
    answer(s, req, {});
    qCInfo(lcServerHub).noquote()
        << "session end" << s->describe()
        << QStringLiteral("duration=%1s").arg(s->msecsSinceStart() / 1000.0, 0, 'f', 1) << "(logout)";
    Q_EMIT sessionEnded(s);
    unindex(s);
    s->deauthenticate();
    s->loginTimer.start();
}

void Hub::index(ClientSession *s)
{
    unindex(s);
    const Viewer &v = s->viewer();
    s->indexedUser = v.username;
    m_byUser[v.username] << s;
    if (v.role == Role::Lead && !v.team.isEmpty()) {
        s->indexedLeadTeam = v.team;
        m_leadsByTeam[v.team] << s;
    }
}

void Hub::unindex(ClientSession *s)
{
    const auto drop = [s](QHash<QString, QList<ClientSession *>> &map, const QString &key) {
        const auto it = map.find(key);
        if (it != map.end() && it->removeOne(s) && it->isEmpty())
            map.erase(it);
    };
    if (!s->indexedUser.isNull())
        drop(m_byUser, std::exchange(s->indexedUser, {}));
    if (!s->indexedLeadTeam.isNull())
        drop(m_leadsByTeam, std::exchange(s->indexedLeadTeam, {}));
}

// ---- events -------------------------------------------------------------------------------------

void Hub::deliver(const Notice &n)
{
    if (m_shuttingDown)
        return;
    const QByteArray frame = proto::encode(Envelope::event(n.type, n.body));
    // To a team's leads a task event only says "pull": coalesced (setTeamHintWindow). On a busy floor
    // every recorded call raised one or two per lead session, each followed by that client's pull.
    const bool hint = m_teamHintMs > 0 && (n.type == msg::TaskUpdated || n.type == msg::TaskAssigned);
    // Visibility depends on the role and the user (or team): asked once per distinct viewer, not once
    // per session (every lead of a team watching the board shares one answer).
    QHash<QString, bool> visibleTo;
    // The addressed sessions, each once: the users', then the leads' of the teams who are not
    // addressed as users already.
    QVarLengthArray<ClientSession *, 32> addressed;
    for (qsizetype i = 0; i < n.users.size(); ++i) {
        const auto it = m_byUser.constFind(n.users.at(i));
        if (it != m_byUser.cend() && n.users.indexOf(n.users.at(i)) == i)
            addressed.append(it->constData(), it->size());
    }
    for (qsizetype i = 0; i < n.leadTeams.size(); ++i) {
        const auto it = m_leadsByTeam.constFind(n.leadTeams.at(i));
        if (it == m_leadsByTeam.cend() || n.leadTeams.indexOf(n.leadTeams.at(i)) != i)
            continue;
        for (ClientSession *s : *it)
            if (!n.users.contains(s->viewer().username))
                addressed.append(s);
    }
    for (ClientSession *s : addressed) {
        if (!s->authenticated() || s->closing())
            continue;
        const Viewer &v = s->viewer();
        const bool lead = v.role == Role::Lead && !v.team.isEmpty();
        const bool asUser = n.users.contains(v.username);
        const bool asLead = lead && n.leadTeams.contains(v.team) && !(n.onBoard && s->watchingBoard);
        if (!asUser && !asLead)
            continue;
        if (n.customerId > 0) {
            const bool former =
                n.formerUsers.contains(v.username) || (lead && n.formerTeams.contains(v.team));
            if (!former) {
                const QString key = QString::number(int(v.role)) + QLatin1Char('/')
                    + (v.role == Role::Lead ? v.team : v.username);
                auto known = visibleTo.constFind(key);
                if (known == visibleTo.cend()) {
                    const Result<bool> visible = m_storage.canSee(v, n.customerId);
                    known = visibleTo.insert(key, visible && visible.value());
                }
                if (!known.value())
                    continue;
            }
        }
        if (hint && asLead && !asUser)
            teamHint(s, frame);
        else
            s->sendFrame(frame);
    }
}

void Hub::teamHint(ClientSession *s, const QByteArray &frame)
{
    const qint64 now = m_clock.elapsed();
    if (s->pendingTeamHint.isEmpty() && (s->lastTeamHintMs < 0 || now - s->lastTeamHintMs >= m_teamHintMs)) {
        s->lastTeamHintMs = now;
        s->sendFrame(frame);
        return;
    }
    s->pendingTeamHint = frame;  // the newest: its revision covers the ones it replaces
    if (!m_teamHintTimer.isActive())
        m_teamHintTimer.start(m_teamHintMs);
}

void Hub::flushTeamHints()
{
    const qint64 now = m_clock.elapsed();
    for (ClientSession *s : std::as_const(m_sessions)) {
        if (s->pendingTeamHint.isEmpty())
            continue;
        const QByteArray frame = std::exchange(s->pendingTeamHint, {});
        if (!s->authenticated() || s->closing())
            continue;
        s->lastTeamHintMs = now;
        s->sendFrame(frame);
    }
}

}  // namespace cd::server
