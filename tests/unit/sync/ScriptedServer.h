#pragma once
// A scripted collectdesk.v1 server for SyncClient's tests: a QWebSocketServer on a free loopback
// port that speaks the real envelope (proto::encode / decode) and does what the test tells it —
// answer logins, serve a change log in pages, answer pushes by a policy (idempotent per opId, like
// the real server), drop connections, stay silent to pings, send events. It records every request
// so tests can assert what the client sent. Not the real server (server/ is separate).
#include "Codec.h"
#include "Envelope.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>
#include <functional>

class QSslConfiguration;
class QWebSocket;
class QWebSocketServer;

namespace cdtest {

class ScriptedServer : public QObject
{
    Q_OBJECT
public:
    /// `subprotocol` false: a WebSocket server that does not speak collectdesk.v1. With `tls`, it
    /// serves wss with that certificate and key.
    explicit ScriptedServer(bool subprotocol = true, const QSslConfiguration *tls = nullptr,
                            QObject *parent = nullptr);
    ~ScriptedServer() override;

    bool listen(quint16 port = 0);
    QUrl url() const;

    // ---- script -------------------------------------------------------------------------------
    QString username = QStringLiteral("agent007");
    QString password = QStringLiteral("secret");
    QString role = QStringLiteral("agent");
    QString token = QStringLiteral("token-1");
    cd::proto::StatusCode loginCode = cd::proto::StatusCode::Ok;   ///< forced answer to session.login
    cd::proto::StatusCode resumeCode = cd::proto::StatusCode::Ok;  ///< forced answer to session.resume
    int pageSize = 500;                                            ///< changes per sync.pull answer
    bool answerPings = true;
    bool dropOnNextPush = false;  ///< apply the next push, then drop the link without answering
    int pushAnswerDelayMs = 0;    ///< answer sync.push this much later
    /// Result code for an op, given how many times the server has seen that opId (1 = first).
    /// Only a code 0 or a 4xxx/3xxx is remembered (idempotency); a retryable code is not.
    std::function<cd::proto::StatusCode(const QString &opId, int seen)> pushPolicy;
    /// What applying an op writes to the change log (called once per opId, when the code is 0).
    std::function<QList<cd::proto::Change>(const QString &opId, const QJsonObject &body)> applyOp;

    /// Appends a change to the log with the next revision; returns that revision.
    qint64 addChange(cd::proto::Change change);
    qint64 revision() const;
    /// Sends an event to every connected client.
    void sendEvent(const QString &type, const QJsonObject &body);
    /// Drops every client connection (network loss).
    void dropAll();
    /// Stops accepting connections (the port then refuses).
    void stop();

    // ---- records ------------------------------------------------------------------------------
    QList<cd::proto::Envelope> requests;  ///< every request, in arrival order
    QStringList pushedOpIds;              ///< every op of every push, repeats included
    QList<int> pushSizes;                 ///< ops per sync.push
    QList<qint64> pullSince;              ///< "since" of every sync.pull
    QHash<QString, int> appliedCount;     ///< times applyOp ran per opId (must stay <= 1)
    int connections = 0;
    int maxPushesInFlight = 0;

    int count(const QString &type) const;

Q_SIGNALS:
    void requestReceived(const QString &type);

private:
    void onNewConnection();
    void onFrame(QWebSocket *socket, const QString &frame);
    QJsonObject sessionBody() const;
    QJsonObject pushAnswer(const QJsonArray &ops);

    QWebSocketServer *m_server;
    QList<QWebSocket *> m_clients;
    QList<cd::proto::Change> m_log;
    struct Applied {
        cd::proto::StatusCode code;
        qint64 revision;
    };
    QHash<QString, Applied> m_applied;
    QHash<QString, int> m_seen;
    int m_pushesInFlight = 0;
    bool m_subprotocol;
    bool m_tls;
};

}  // namespace cdtest
