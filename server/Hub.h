#pragma once
// The WebSocket front of the server: accepts connections (ws, or wss with a certificate), enforces
// the protocol limits, authenticates sessions, checks every request type against the user's role,
// dispatches to the services and fans events out to the sessions allowed to see them.
// A malformed frame costs its sender an error response (or, past the limits, the connection) and
// nobody else anything. Owned by the Server; event-loop thread, except PBKDF2 checks which run on
// the hub's own small thread pool.
#include "Authenticator.h"
#include "Notice.h"
#include "ServiceResult.h"
#include "Status.h"

#include "Result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <optional>

class QWebSocketServer;

namespace cd::proto {
struct Envelope;
}

namespace cd::server {

class AgentStates;
class AuditLog;
class ClientSession;
class Storage;
class SyncService;

class Hub : public QObject
{
    Q_OBJECT
public:
    Hub(Storage &storage, Authenticator &auth, SyncService &sync, AgentStates &states, AuditLog &audit,
        const proto::Limits &limits, QObject *parent = nullptr);
    ~Hub() override;

    /// Listens on `address`:`port` (0 = any free port); wss when `tls` is given.
    Result<void> listen(const QHostAddress &address, quint16 port,
                        const std::optional<QSslConfiguration> &tls);
    quint16 port() const;
    QHostAddress address() const;
    bool secure() const { return m_secure; }
    int sessionCount() const { return int(m_sessions.size()); }

    /// Stops accepting, closes every session with ServerShutdown; drained() follows once all are gone.
    void shutdown();

    /// A request type served by another service (customer.reveal, compliance.override, task.reassign,
    /// settlement.*): the Server registers one handler per type with the roles that may send it.
    /// The Hub still does everything else (authentication, limits, role check with audit of denials).
    using RequestHandler = std::function<ServiceResult<QJsonObject>(const Viewer &viewer, const QJsonObject &body,
                                                                    const QDateTime &now)>;
    void addHandler(const QString &type, QList<Role> roles, RequestHandler handler);
    /// The same for a request that concerns the session itself (board.subscribe keeps it as a subscriber).
    using SessionHandler = std::function<ServiceResult<QJsonObject>(
        ClientSession *session, const Viewer &viewer, const QJsonObject &body, const QDateTime &now)>;
    void addSessionHandler(const QString &type, QList<Role> roles, SessionHandler handler);

    /// A team's task.updated and task.assigned reach each of its leads' sessions at most once per
    /// `ms` (0: every one at once). The first goes at once; those within the window wait for its end
    /// and only the last goes (each tells the client to pull, and one pull brings them all). The
    /// assignee's own sessions always get every one. Default 250 ms.
    void setTeamHintWindow(int ms) { m_teamHintMs = qMax(0, ms); }

public Q_SLOTS:
    /// Sends `notice` to the sessions it addresses that may see its customer.
    void deliver(const cd::server::Notice &notice);

Q_SIGNALS:
    void drained();
    /// A user logged in (or resumed) on `session` / is no longer (logout, close, another login on it).
    /// Emitted while session->viewer() is still the user's; the floor board counts agents online.
    void sessionStarted(cd::server::ClientSession *session);
    void sessionEnded(cd::server::ClientSession *session);

private:
    void onNewConnection();
    void onTextFrame(ClientSession *s, const QString &frame, bool isLast);
    void onTextMessage(ClientSession *s, const QString &message);
    void onBinaryFrame(ClientSession *s, const QByteArray &frame, bool isLast);
    void onDisconnected(ClientSession *s);
    void onLoginTimeout(ClientSession *s);
    /// Counts a frame that could not be understood; closes the connection past the limit.
    void malformed(ClientSession *s, const QByteArray &errorFrame, const QString &what);
    bool oversize(ClientSession *s, qint64 units);

    void dispatch(ClientSession *s, const proto::Envelope &req);
    void handleLogin(ClientSession *s, const proto::Envelope &req);
    void finishLogin(ClientSession *s, const proto::Envelope &req, const LoginAttempt &attempt, bool ok,
                     const QString &device);
    void handleResume(ClientSession *s, const proto::Envelope &req);
    void handleLogout(ClientSession *s, const proto::Envelope &req);
    void startSession(ClientSession *s, const LoginGrant &grant, const QString &device,
                      const proto::Envelope &req);

    void teamHint(ClientSession *s, const QByteArray &frame);
    void flushTeamHints();

    void index(ClientSession *s);    ///< after it authenticated
    void unindex(ClientSession *s);  ///< before it ends or changes user
    void answer(ClientSession *s, const proto::Envelope &req, const QJsonObject &body);
    /// Refuses `req`: `detail` is logged; `reason` (the service's structured reason) is the body.
    void fail(ClientSession *s, const proto::Envelope &req, proto::StatusCode code, const QString &detail = {},
              const QJsonObject &reason = {});

    Storage &m_storage;
    Authenticator &m_auth;
    SyncService &m_sync;
    AgentStates &m_states;
    AuditLog &m_audit;
    proto::Limits m_limits;
    QWebSocketServer *m_server = nullptr;
    bool m_secure = false;
    bool m_shuttingDown = false;
    QList<ClientSession *> m_sessions;
    /// The authenticated sessions by username, and the leads' by team: an event goes through the
    /// sessions it addresses, not through every open one (520 on a floor of 500).
    QHash<QString, QList<ClientSession *>> m_byUser;
    QHash<QString, QList<ClientSession *>> m_leadsByTeam;
    QThreadPool m_hashPool;  ///< PBKDF2 checks, off the event loop
    struct Handler {
        QList<Role> roles;
        RequestHandler run;
        SessionHandler runWithSession;
    };
    QHash<QString, Handler> m_handlers;
    int m_teamHintMs = 250;
    QElapsedTimer m_clock;
    QTimer m_teamHintTimer;
};

}  // namespace cd::server
