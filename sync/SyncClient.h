#pragma once
// The agent's session with collectdesk-server: log in (or resume the stored session), push the
// outbox in order, pull changes into the cache until up to date, react to the server's events, and
// keep doing so across network loss (reconnect with backoff, resume, push again with the same
// opIds — the server applies each op at most once). Created by the composition root for a store
// that belongs to a server (never for a demo store); lives on the UI thread; nothing here blocks:
// network I/O is asynchronous and cache writes are small transactions.
#include "Backoff.h"
#include "LocalStore.h"
#include "ServerConnection.h"
#include "Status.h"

#include <QDateTime>
#include <functional>
#include <QJsonObject>
#include <QObject>
#include <QSslCertificate>
#include <QStringList>
#include <QTimer>
#include <QUrl>

namespace cd {

class SyncClient : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Offline,         ///< no session (never logged in, logged out, or given up)
        Connecting,      ///< first connection of a login() / resume()
        Authenticating,  ///< connected, waiting for session.login / session.resume
        Online,          ///< session open: changes flow both ways
        Reconnecting,    ///< the link was lost; retrying with backoff (the agent works offline)
    };
    Q_ENUM(State)

    /// Why a login failed; ui/ maps each to a translated message.
    enum class LoginError {
        None,
        BadCredentials,  ///< 2002: unknown user or wrong password
        RateLimited,     ///< 2003: too many attempts, wait
        Disabled,        ///< 2006: account disabled
        Unreachable,     ///< refused, host not found, timed out, network down
        TlsError,        ///< the server's certificate could not be verified
        Incompatible,    ///< not a collectdesk.v1 server (no subprotocol)
        UnsentChanges,   ///< another user's (or server's) changes still wait in this cache; detail: that user
        Other,           ///< anything else (server error, no address, a demo store)
    };
    Q_ENUM(LoginError)

    /// Timers; the defaults are the product's. Tests shorten them.
    struct Timing {
        Backoff reconnect{500, 30'000};  ///< after the link is lost
        Backoff retry{500, 30'000};      ///< an op answered with a retryable code
        int pushDelayMs = 200;           ///< outboxChanged() -> push (coalesces a burst of saves)
        int logoutTimeoutMs = 2'000;     ///< wait for session.logout's answer before closing
        ServerConnection::Timing link;   ///< connect timeout, ping interval, ping timeout
    };

    explicit SyncClient(LocalStore &store, QObject *parent = nullptr);
    ~SyncClient() override;

    /// ws:// or wss:// address. Without one, the address stored by the last login is used.
    void setServerUrl(const QUrl &url);
    QUrl serverUrl() const { return m_url; }
    /// Extra trusted CAs for wss (besides the system's), e.g. the company's own CA.
    void setCaCertificates(const QList<QSslCertificate> &certificates);
    void setTiming(const Timing &timing);

    State state() const { return m_state; }
    int pendingCount() const { return m_pendingCount; }
    QDateTime lastSync() const { return m_lastSync; }
    qint64 revision() const;
    /// The logged-in user as the server sent it ({id, username, name, role, team}); empty offline.
    QJsonObject user() const { return m_user; }
    /// False for a store that must never sync (a demo store) or when no server address is known.
    bool canSync(QString *why = nullptr) const;

    /// Answer to request(): the server's response, or (`offline` true) none because the session is
    /// not open or the link went before the answer came.
    using RequestHandler = std::function<void(const proto::Envelope &response, bool offline)>;
    /// A one-off online request outside sync (customer.reveal, compliance.override, settlement.*).
    /// Runs `onAnswer` exactly once, later (never inside this call). `context` going away cancels it.
    void request(const QString &type, const QJsonObject &body, QObject *context, RequestHandler onAnswer);

public Q_SLOTS:
    /// Connects and logs in; ends in loggedIn() or loginFailed().
    void login(const QString &username, const QString &password, const QString &device);
    /// Resumes the stored session. Returns false (nothing started) when there is none to resume:
    /// then a login is needed. Ends in loggedIn(), or loginRequired() when the session expired.
    bool resume();
    /// Revokes the session on the server (best effort) and forgets the token.
    void logout();
    /// The UI recorded something (a new outbox row): push soon.
    void outboxChanged();
    /// Push and pull now (e.g. a "sync now" action).
    void syncNow();

Q_SIGNALS:
    void stateChanged(cd::SyncClient::State state);
    void loggedIn(const QJsonObject &user);
    /// `detail` is developer-facing (logged, shown as "details"); `code` the server's status when
    /// it answered (Ok for transport failures).
    void loginFailed(cd::SyncClient::LoginError error, const QString &detail, cd::proto::StatusCode code);
    /// The stored session is gone (expired, revoked, replaced): ask the agent to log in.
    void loginRequired();
    void loggedOut();
    void pendingCountChanged(int count);
    /// A pull reached the server's revision.
    void synced(qint64 revision, const QDateTime &when);
    /// The cache changed under the UI (pulled changes, provisional rows dropped): refresh views.
    void dataChanged();
    /// The server refused an operation for good; its provisional rows are gone.
    void opRejected(const QString &opId, cd::proto::StatusCode code);
    /// Any other server event (agent.stateChanged, board.*), for views that want them.
    void serverEvent(const QString &type, const QJsonObject &body);

private:
    enum class Mode { Login, Resume };

    void setState(State state);
    void connectNow();
    void onOpened();
    void onOpenFailed(ServerConnection::Failure failure, const QString &detail);
    void onClosed(int closeCode, const QString &reason);
    void onEvent(const proto::Envelope &event);
    void onSessionAnswer(const proto::Envelope &response);
    void onSessionOpened(const QJsonObject &body);
    void giveUp();
    void scheduleReconnect();
    void push();
    void onPushed(const QStringList &opIds, const proto::Envelope &response);
    void pull();
    void onPulled(const proto::Envelope &response);
    void schedulePullRetry(const QString &why);
    void armRetryTimer();
    void updatePendingCount();
    void requeueInFlight(const QString &why);

    LocalStore &m_store;
    ServerConnection m_link;
    QUrl m_url;
    Timing m_timing;
    proto::Limits m_limits;
    State m_state = State::Offline;
    Mode m_mode = Mode::Resume;
    bool m_wantSession = false;  ///< reconnect when the link is lost
    QString m_username;
    QString m_password;  ///< only between login() and the server's answer
    QString m_device;
    QJsonObject m_user;
    int m_reconnectAttempt = 0;
    int m_pullFailures = 0;
    bool m_pushInFlight = false;
    QStringList m_inFlightOps;
    bool m_pullInFlight = false;
    bool m_pullAgain = false;
    bool m_dataDirty = false;
    int m_pendingCount = 0;
    QDateTime m_lastSync;
    QTimer m_reconnectTimer;
    QTimer m_pushTimer;
    QTimer m_retryTimer;
    QTimer m_pullRetryTimer;
    QTimer m_logoutTimer;
};

}  // namespace cd
