#include "SyncClient.h"

#include "ChangeApplier.h"
#include "Codec.h"
#include "Messages.h"
#include "Repositories.h"
#include "SyncLog.h"

#include <QJsonArray>
#include <QPointer>

Q_LOGGING_CATEGORY(lcSync, "collectdesk.sync")

namespace cd {

namespace {

SyncClient::LoginError loginErrorFor(proto::StatusCode code)
{
    switch (code) {
    case proto::StatusCode::BadCredentials: return SyncClient::LoginError::BadCredentials;
    case proto::StatusCode::RateLimited: return SyncClient::LoginError::RateLimited;
    case proto::StatusCode::AccountDisabled: return SyncClient::LoginError::Disabled;
    default: return SyncClient::LoginError::Other;
    }
}

SyncClient::LoginError loginErrorFor(ServerConnection::Failure failure)
{
    switch (failure) {
    case ServerConnection::Failure::Unreachable: return SyncClient::LoginError::Unreachable;
    case ServerConnection::Failure::TlsError: return SyncClient::LoginError::TlsError;
    case ServerConnection::Failure::Incompatible: return SyncClient::LoginError::Incompatible;
    case ServerConnection::Failure::Other: break;
    }
    return SyncClient::LoginError::Other;
}

/// The same server written two ways ("ws://h:8080" from the command line, "ws://h:8080/" typed in
/// the dialog) must not count as a different server: that would wipe the cache.
bool sameServer(const QUrl &a, const QUrl &b)
{
    const auto norm = [](const QUrl &u) {
        QUrl n = u.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments | QUrl::RemoveFragment);
        if (n.path() == QLatin1String("/"))
            n.setPath(QString());  // StripTrailingSlash keeps a lone "/"
        return n;
    };
    return norm(a) == norm(b);
}

/// Ends of a session that reconnecting cannot fix: the agent has to log in again.
bool needsNewLogin(proto::StatusCode code)
{
    return code == proto::StatusCode::SessionExpired || code == proto::StatusCode::BadCredentials
        || code == proto::StatusCode::AccountDisabled || code == proto::StatusCode::Forbidden
        || code == proto::StatusCode::NotAuthenticated;
}

}  // namespace

SyncClient::SyncClient(LocalStore &store, QObject *parent) : QObject(parent), m_store(store), m_link(this)
{
    for (QTimer *t : {&m_reconnectTimer, &m_pushTimer, &m_retryTimer, &m_pullRetryTimer, &m_logoutTimer})
        t->setSingleShot(true);
    connect(&m_link, &ServerConnection::opened, this, &SyncClient::onOpened);
    connect(&m_link, &ServerConnection::failed, this, &SyncClient::onOpenFailed);
    connect(&m_link, &ServerConnection::closed, this, &SyncClient::onClosed);
    connect(&m_link, &ServerConnection::eventReceived, this, &SyncClient::onEvent);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SyncClient::connectNow);
    connect(&m_pushTimer, &QTimer::timeout, this, &SyncClient::push);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncClient::push);
    connect(&m_pullRetryTimer, &QTimer::timeout, this, &SyncClient::pull);
    connect(&m_logoutTimer, &QTimer::timeout, &m_link, &ServerConnection::close);
    m_link.setTiming(m_timing.link);

    if (m_store.isOpen()) {
        const SyncStateRepository state(m_store);
        m_url = state.serverUrl();
        m_username = state.username();
        m_lastSync = state.lastSync();
        m_pendingCount = OutboxRepository(m_store).pendingCount();
    }
}

SyncClient::~SyncClient()
{
    m_wantSession = false;
    m_link.close();
}

void SyncClient::setServerUrl(const QUrl &url) { m_url = url; }

void SyncClient::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_link.setCaCertificates(certificates);
}

void SyncClient::setTiming(const Timing &timing)
{
    m_timing = timing;
    m_link.setTiming(timing.link);
}

qint64 SyncClient::revision() const { return m_store.isOpen() ? SyncStateRepository(m_store).revision() : 0; }

void SyncClient::request(const QString &type, const QJsonObject &body, QObject *context,
                         RequestHandler onAnswer)
{
    // One shared flag: whichever comes first (the answer, or the link closing without it) runs the
    // handler; the other is ignored.
    auto answered = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    auto finish = [answered, guard, onAnswer](const proto::Envelope &response, bool offline) {
        if (*answered || !guard)
            return;
        *answered = true;
        onAnswer(response, offline);
    };
    if (m_state != State::Online) {
        QTimer::singleShot(0, context, [finish] { finish(proto::Envelope{}, true); });
        return;
    }
    auto conn = std::make_shared<QMetaObject::Connection>();
    *conn = connect(&m_link, &ServerConnection::closed, context, [finish, conn] {
        QObject::disconnect(*conn);
        finish(proto::Envelope{}, true);
    });
    m_link.send(type, body, [finish, conn](const proto::Envelope &response) {
        QObject::disconnect(*conn);
        finish(response, false);
    });
}

bool SyncClient::canSync(QString *why) const
{
    auto no = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (!m_store.isOpen())
        return no(QStringLiteral("the local cache is not open"));
    if (SyncStateRepository(m_store).isDemo())
        return no(QStringLiteral("a demo cache never syncs with a server"));
    if (!m_url.isValid() || m_url.host().isEmpty()
        || (m_url.scheme() != QLatin1String("ws") && m_url.scheme() != QLatin1String("wss")))
        return no(QStringLiteral("no server address (ws:// or wss://)"));
    return true;
}

void SyncClient::setState(State state)
{
    if (m_state == state)
        return;
    qCDebug(lcSync) << "state" << m_state << "->" << state;
    m_state = state;
    Q_EMIT stateChanged(state);
}

// ---- session ------------------------------------------------------------------------------------

void SyncClient::login(const QString &username, const QString &password, const QString &device)
{
    QString why;
    if (!canSync(&why)) {
        qCWarning(lcSync).noquote() << "login refused:" << why;
        Q_EMIT loginFailed(LoginError::Other, why, proto::StatusCode::Ok);
        return;
    }
    {
        // Logging in as someone else (or to another server) replaces the cache's server data; the
        // previous user's unsent work would then go out under the wrong session and be refused.
        // Refuse instead, so nothing an agent recorded is lost.
        const SyncStateRepository state(m_store);
        const QString storedUser = state.username();
        const QUrl storedUrl = state.serverUrl();
        const bool otherUser =
            !storedUser.isEmpty() && storedUser.compare(username, Qt::CaseInsensitive) != 0;
        const bool otherServer = !storedUrl.isEmpty() && m_url.isValid() && !sameServer(storedUrl, m_url);
        if ((otherUser || otherServer) && OutboxRepository(m_store).pendingCount() > 0) {
            qCWarning(lcSync) << "login refused:" << storedUser << "has unsent changes for"
                              << storedUrl.toString();
            Q_EMIT loginFailed(LoginError::UnsentChanges, storedUser, proto::StatusCode::Ok);
            return;
        }
    }
    m_reconnectTimer.stop();
    m_link.close();
    m_mode = Mode::Login;
    m_wantSession = false;  // an interactive login reports its failure instead of retrying
    m_username = username;
    m_password = password;
    m_device = device;
    m_reconnectAttempt = 0;
    setState(State::Connecting);
    connectNow();
}

bool SyncClient::resume()
{
    if (!canSync() || SyncStateRepository(m_store).token().isEmpty())
        return false;
    m_reconnectTimer.stop();
    m_link.close();
    m_mode = Mode::Resume;
    m_wantSession = true;
    m_reconnectAttempt = 0;
    setState(State::Connecting);
    connectNow();
    return true;
}

void SyncClient::logout()
{
    m_wantSession = false;
    m_password.clear();
    for (QTimer *t : {&m_reconnectTimer, &m_pushTimer, &m_retryTimer, &m_pullRetryTimer})
        t->stop();
    if (m_state == State::Online && m_link.isOpen()) {
        m_link.send(proto::msg::SessionLogout, {}, [this](const proto::Envelope &) {
            m_logoutTimer.stop();
            m_link.close();
        });
        m_logoutTimer.start(m_timing.logoutTimeoutMs);
    } else {
        m_link.close();
    }
    if (m_store.isOpen())
        SyncStateRepository(m_store).setToken({});
    m_pushInFlight = m_pullInFlight = false;
    m_inFlightOps.clear();
    m_user = {};
    setState(State::Offline);
    Q_EMIT loggedOut();
}

void SyncClient::connectNow()
{
    if (m_state == State::Offline)
        return;  // logged out while waiting
    m_link.open(m_url);
}

void SyncClient::onOpened()
{
    setState(m_state == State::Reconnecting ? State::Reconnecting : State::Authenticating);
    QJsonObject body;
    QString type;
    if (m_mode == Mode::Login) {
        type = proto::msg::SessionLogin;
        body = {{QStringLiteral("username"), m_username},
                {QStringLiteral("password"), m_password},
                {QStringLiteral("device"), m_device}};
        m_password.clear();  // sent once; never kept
    } else {
        type = proto::msg::SessionResume;
        body = {{QStringLiteral("token"), SyncStateRepository(m_store).token()}};
    }
    m_link.send(type, body, [this](const proto::Envelope &r) { onSessionAnswer(r); });
}

void SyncClient::onSessionAnswer(const proto::Envelope &response)
{
    if (response.ok()) {
        onSessionOpened(response.body);
        return;
    }
    const proto::StatusCode code = response.status;
    qCWarning(lcSync) << response.type << "refused:" << proto::slug(code);
    if (m_mode == Mode::Login) {
        m_wantSession = false;
        m_link.close();
        setState(State::Offline);
        Q_EMIT loginFailed(loginErrorFor(code), proto::slug(code), code);
        return;
    }
    if (proto::isRetryable(code)) {  // the server is busy or restarting: the session may be fine
        m_link.close();
        scheduleReconnect();
        return;
    }
    if (needsNewLogin(code))
        SyncStateRepository(m_store).setToken({});
    giveUp();
    Q_EMIT loginRequired();
}

void SyncClient::onSessionOpened(const QJsonObject &body)
{
    const QJsonObject user = body.value(QStringLiteral("user")).toObject();
    const QString token = body.value(QStringLiteral("token")).toString();
    QString username = user.value(QStringLiteral("username")).toString();
    if (username.isEmpty())
        username = m_mode == Mode::Login ? m_username : SyncStateRepository(m_store).username();
    const QString role = user.value(QStringLiteral("role")).toString();

    SyncStateRepository state(m_store);
    {
        Transaction tx(m_store.db());
        // Another server or another person: nothing cached for the previous one may stay visible.
        const QUrl storedUrl = state.serverUrl();
        const QString storedUser = state.username();
        if ((!storedUrl.isEmpty() && !sameServer(storedUrl, m_url))
            || (!storedUser.isEmpty() && storedUser != username)) {
            qCInfo(lcSync) << "new server or user: forgetting the cached server data";
            if (auto r = ChangeApplier(m_store).forgetServerData(); !r)
                qCWarning(lcSync).noquote() << "could not clear the cache:" << r.error().detail;
            m_lastSync = {};
        }
        bool ok =
            state.setServerUrl(m_url).ok() && state.setUsername(username).ok() && state.setRole(role).ok();
        if (!token.isEmpty())
            ok = ok && state.setToken(token).ok();
        if (!ok || !tx.commit().ok())
            qCWarning(lcSync) << "could not store the session in the cache";
    }
    m_username = username;
    m_user = user;
    if (m_user.value(QStringLiteral("username")).toString().isEmpty())
        m_user.insert(QStringLiteral("username"), username);
    m_wantSession = true;
    m_reconnectAttempt = 0;
    m_pullFailures = 0;
    m_pushInFlight = m_pullInFlight = m_pullAgain = false;
    m_inFlightOps.clear();
    qCInfo(lcSync) << "session open for" << username << "at" << m_url.toString();
    setState(State::Online);
    Q_EMIT loggedIn(m_user);
    updatePendingCount();
    // Our operations first (the server's view then includes them), then everything since.
    push();
}

void SyncClient::giveUp()
{
    m_wantSession = false;
    m_reconnectTimer.stop();
    m_link.close();
    m_pushInFlight = m_pullInFlight = false;
    m_inFlightOps.clear();
    setState(State::Offline);
}

void SyncClient::onOpenFailed(ServerConnection::Failure failure, const QString &detail)
{
    if (m_state == State::Offline)
        return;
    if (m_mode == Mode::Login) {
        setState(State::Offline);
        Q_EMIT loginFailed(loginErrorFor(failure), detail, proto::StatusCode::Ok);
        return;
    }
    // A resume: an unreachable server is the normal offline case, keep trying in the background.
    // A certificate or protocol mismatch will not heal by itself: tell the agent.
    if (failure == ServerConnection::Failure::Unreachable || failure == ServerConnection::Failure::Other) {
        scheduleReconnect();
        return;
    }
    giveUp();
    Q_EMIT loginFailed(loginErrorFor(failure), detail, proto::StatusCode::Ok);
}

void SyncClient::onClosed(int closeCode, const QString &reason)
{
    requeueInFlight(QStringLiteral("connection lost"));
    m_pullInFlight = false;
    m_pullRetryTimer.stop();
    if (m_state == State::Offline)
        return;
    if (closeCode == int(proto::CloseCode::SubprotocolRequired)) {
        giveUp();
        Q_EMIT loginFailed(LoginError::Incompatible, reason, proto::StatusCode::Ok);
        return;
    }
    if (closeCode == int(proto::CloseCode::SessionReplaced)) {
        // The same session was resumed elsewhere; resuming here would only take it back.
        qCWarning(lcSync) << "session taken over by another connection";
        giveUp();
        Q_EMIT loginRequired();
        return;
    }
    if (m_mode == Mode::Login && m_state != State::Online) {
        setState(State::Offline);
        Q_EMIT loginFailed(
            LoginError::Unreachable,
            QStringLiteral("connection closed during login (%1 %2)").arg(closeCode).arg(reason),
            proto::StatusCode::Ok);
        return;
    }
    if (m_wantSession)
        scheduleReconnect();
    else
        setState(State::Offline);
}

void SyncClient::scheduleReconnect()
{
    m_mode = Mode::Resume;
    m_wantSession = true;
    setState(State::Reconnecting);
    const int delay = m_timing.reconnect.delayMs(m_reconnectAttempt++);
    qCInfo(lcSync) << "reconnecting in" << delay << "ms";
    m_reconnectTimer.start(delay);
}

void SyncClient::onEvent(const proto::Envelope &event)
{
    // These events say "your data changed": the pull brings the rows (a settlement decision and an SMS
    // delivery state too).
    if (event.type == proto::msg::TaskAssigned || event.type == proto::msg::TaskUpdated
        || event.type == proto::msg::SettlementDecided || event.type == proto::msg::SmsDelivered) {
        pull();
        return;
    }
    Q_EMIT serverEvent(event.type, event.body);
}

// ---- outbox ---------------------------------------------------------------------------------------

void SyncClient::outboxChanged()
{
    updatePendingCount();
    if (m_state == State::Online)
        m_pushTimer.start(m_timing.pushDelayMs);
}

void SyncClient::syncNow()
{
    if (m_state != State::Online)
        return;
    push();
    pull();
}

void SyncClient::updatePendingCount()
{
    if (!m_store.isOpen())
        return;
    const int n = OutboxRepository(m_store).pendingCount();
    if (n == m_pendingCount)
        return;
    m_pendingCount = n;
    Q_EMIT pendingCountChanged(n);
}

// One push in flight; each batch is the head of the outbox in order. When nothing is due any more,
// pull: the server's rows for what was just acknowledged replace the provisional ones.
void SyncClient::push()
{
    if (m_state != State::Online || m_pushInFlight)
        return;
    const QList<OutboxOp> ops =
        OutboxRepository(m_store).due(QDateTime::currentDateTimeUtc(), m_limits.maxOpsPerPush);
    if (ops.isEmpty()) {
        armRetryTimer();
        pull();
        return;
    }
    QJsonArray list;
    QStringList ids;
    for (const OutboxOp &op : ops) {
        list.append(QJsonObject{{QStringLiteral("opId"), op.opId},
                                {QStringLiteral("type"), op.type},
                                {QStringLiteral("body"), op.body}});
        ids << op.opId;
    }
    m_pushInFlight = true;
    m_inFlightOps = ids;
    qCDebug(lcSync) << "pushing" << ids.size() << "ops";
    m_link.send(proto::msg::SyncPush, {{QStringLiteral("ops"), list}},
                [this, ids](const proto::Envelope &r) { onPushed(ids, r); });
}

void SyncClient::onPushed(const QStringList &opIds, const proto::Envelope &response)
{
    m_pushInFlight = false;
    m_inFlightOps.clear();
    OutboxRepository outbox(m_store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto retryLater = [&](const QString &opId, const QString &why) {
        const std::optional<OutboxOp> op = outbox.find(opId);
        const int delay = m_timing.retry.delayMs(op ? op->attempts : 0);
        if (auto r = outbox.scheduleRetry(opId, why, now.addMSecs(delay)); !r)
            qCWarning(lcSync).noquote() << "cannot reschedule" << opId << ":" << r.error().detail;
    };

    if (!response.ok()) {
        qCWarning(lcSync) << "sync.push refused as a whole:" << proto::slug(response.status);
        if (response.status == proto::StatusCode::NotAuthenticated) {
            m_link.abort(QStringLiteral("session lost"));  // reconnect + resume, then push again
            return;
        }
        for (const QString &opId : opIds)
            retryLater(opId, proto::slug(response.status));
        updatePendingCount();
        armRetryTimer();
        return;
    }

    struct Outcome {
        proto::StatusCode code;
        qint64 revision;
        QString error;
        QJsonObject reason;  ///< which rule refused it, when the server says
    };
    QHash<QString, Outcome> results;
    for (const QJsonValue &v : response.body.value(QStringLiteral("results")).toArray()) {
        const QJsonObject o = v.toObject();
        results.insert(o.value(QStringLiteral("opId")).toString(),
                       Outcome{static_cast<proto::StatusCode>(o.value(QStringLiteral("code")).toInt(-1)),
                               o.value(QStringLiteral("revision")).toInteger(),
                               o.value(QStringLiteral("error")).toString(),
                               o.value(QStringLiteral("reason")).toObject()});
    }

    QList<QPair<QString, proto::StatusCode>> rejected;
    {
        Transaction tx(m_store.db());
        for (const QString &opId : opIds) {
            const auto it = results.constFind(opId);
            if (it == results.constEnd()) {
                retryLater(opId, QStringLiteral("no result"));
                continue;
            }
            if (it->code == proto::StatusCode::Ok) {
                if (auto r = outbox.markAcked(opId, it->revision); !r)
                    qCWarning(lcSync).noquote() << r.error().detail;
            } else if (proto::isRetryable(it->code)) {
                retryLater(opId, it->error.isEmpty() ? proto::slug(it->code) : it->error);
            } else {
                // Final: the op will never apply. Its provisional rows go; the agent is told.
                qCWarning(lcSync) << "op" << opId << "rejected:" << int(it->code) << proto::slug(it->code);
                if (auto r = outbox.markRejected(opId, it->code, it->reason); !r)
                    qCWarning(lcSync).noquote() << r.error().detail;
                if (auto r = outbox.discardProvisional(opId); !r)
                    qCWarning(lcSync).noquote() << r.error().detail;
                rejected.append({opId, it->code});
            }
        }
        if (auto r = tx.commit(); !r)
            qCWarning(lcSync).noquote() << "cannot store push results:" << r.error().detail;
    }
    updatePendingCount();
    for (const auto &[opId, code] : std::as_const(rejected))
        Q_EMIT opRejected(opId, code);
    if (!rejected.isEmpty())
        Q_EMIT dataChanged();
    push();  // the next batch, or (nothing due) the pull
}

void SyncClient::requeueInFlight(const QString &why)
{
    if (!m_pushInFlight)
        return;
    // The server may or may not have applied them: they go again with the same opIds, and the
    // server answers a repeat with its first result.
    OutboxRepository outbox(m_store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &opId : std::as_const(m_inFlightOps))
        outbox.scheduleRetry(opId, why, now);
    m_pushInFlight = false;
    m_inFlightOps.clear();
}

void SyncClient::armRetryTimer()
{
    const std::optional<QDateTime> next = OutboxRepository(m_store).nextAttempt();
    if (!next) {
        m_retryTimer.stop();
        return;
    }
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(*next);
    m_retryTimer.start(int(qBound(qint64(0), ms, qint64(m_timing.retry.capMs))));
}

// ---- pull -----------------------------------------------------------------------------------------

void SyncClient::pull()
{
    if (m_state != State::Online)
        return;
    if (m_pullInFlight) {
        m_pullAgain = true;  // an event arrived meanwhile: one more round when this one ends
        return;
    }
    m_pullRetryTimer.stop();
    m_pullInFlight = true;
    m_pullAgain = false;
    const qint64 since = SyncStateRepository(m_store).revision();
    m_link.send(proto::msg::SyncPull, {{QStringLiteral("since"), since}},
                [this](const proto::Envelope &r) { onPulled(r); });
}

void SyncClient::onPulled(const proto::Envelope &response)
{
    m_pullInFlight = false;
    if (!response.ok()) {
        if (response.status == proto::StatusCode::NotAuthenticated) {
            m_link.abort(QStringLiteral("session lost"));
            return;
        }
        schedulePullRetry(QStringLiteral("sync.pull refused: ") + proto::slug(response.status));
        return;
    }
    const QJsonObject &body = response.body;
    const QJsonValue revisionValue = body.value(QStringLiteral("revision"));
    if (!revisionValue.isDouble()) {
        schedulePullRetry(QStringLiteral("sync.pull answer without a revision"));
        return;
    }
    QList<proto::Change> changes;
    for (const QJsonValue &v : body.value(QStringLiteral("changes")).toArray()) {
        std::optional<proto::Change> c = proto::Change::fromJson(v.toObject());
        if (!c) {
            schedulePullRetry(QStringLiteral("malformed change in sync.pull"));
            return;
        }
        changes << *c;
    }
    const qint64 revision = revisionValue.toInteger();
    ChangeApplier applier(m_store);
    applier.setUser(m_username, m_user.value(QStringLiteral("role")).toString());
    const Result<ChangeApplier::Counts> applied = applier.apply(changes, revision);
    if (!applied) {
        // The page is rolled back and the revision unchanged: the same page comes again later.
        schedulePullRetry(QStringLiteral("cannot apply changes: ") + applied.error().detail);
        return;
    }
    m_pullFailures = 0;
    if (applied->any() || applied->customersDropped > 0)
        m_dataDirty = true;
    if (body.value(QStringLiteral("more")).toBool() || m_pullAgain) {
        pull();
        return;
    }
    m_lastSync = QDateTime::currentDateTimeUtc();
    SyncStateRepository(m_store).setLastSync(m_lastSync);
    if (m_dataDirty) {
        m_dataDirty = false;
        Q_EMIT dataChanged();
    }
    Q_EMIT synced(revision, m_lastSync);
}

void SyncClient::schedulePullRetry(const QString &why)
{
    const int delay = m_timing.retry.delayMs(m_pullFailures++);
    qCWarning(lcSync).noquote() << why << "- pulling again in" << delay << "ms";
    m_pullRetryTimer.start(delay);
}

}  // namespace cd
