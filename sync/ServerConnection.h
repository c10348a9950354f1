#pragma once
// One WebSocket to collectdesk-server, below the session: opens it (subprotocol collectdesk.v1,
// certificates verified against the system store plus any extra CAs, never ignored), matches
// responses to requests by id, keeps at most Limits::maxInFlight requests unanswered (the rest wait
// in order), and pings to notice a dead link. Owned by SyncClient; lives on its thread; never blocks.
#include "Envelope.h"
#include "Status.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>
#include <functional>

class QWebSocket;

namespace cd {

class ServerConnection : public QObject
{
    Q_OBJECT
public:
    /// Why the connection could not be opened.
    enum class Failure { Unreachable, TlsError, Incompatible, Other };
    Q_ENUM(Failure)

    using ResponseHandler = std::function<void(const proto::Envelope &response)>;

    struct Timing {
        int connectTimeoutMs = 15'000;
        int pingIntervalMs = 20'000;
        int pingTimeoutMs = 10'000;
    };

    explicit ServerConnection(QObject *parent = nullptr);
    ~ServerConnection() override;

    void setCaCertificates(const QList<QSslCertificate> &certificates);
    void setTiming(const Timing &timing);
    void setLimits(const proto::Limits &limits);

    /// Starts connecting; ends in opened() or failed(). A previous socket is dropped silently.
    void open(const QUrl &url);
    /// Closes (normal close) or drops the socket; no closed()/failed() is emitted for it.
    void close();
    /// Drops the link as if it had died: closed() follows (used on a ping timeout).
    void abort(const QString &why);
    bool isOpen() const { return m_open; }
    QUrl url() const { return m_url; }

    /// Sends a request; `onResponse` runs when its response arrives. Returns the request id.
    /// Requests over Limits::maxInFlight wait and go out in order as answers come back. When the
    /// link goes, unanswered requests are forgotten (their handlers never run).
    QString send(const QString &type, const QJsonObject &body, ResponseHandler onResponse,
                 const QString &id = {});
    int inFlight() const { return int(m_pending.size()); }

Q_SIGNALS:
    void opened();
    /// open() did not succeed; `detail` is for the log and the agent's "details" line.
    void failed(cd::ServerConnection::Failure failure, const QString &detail);
    /// An open link ended (server close, network loss, ping timeout). `closeCode` is the WebSocket
    /// close code (4000-4999: protocol/close codes of Status.h; 1006 abnormal).
    void closed(int closeCode, const QString &reason);
    void eventReceived(const cd::proto::Envelope &event);

private:
    void onConnected();
    void onDisconnected();
    void onSocketError(int error);
    void onTextMessage(const QString &frame);
    void sendPing();
    void flushQueue();
    void dropSocket();
    void fail(Failure failure, const QString &detail);

    struct Outgoing {
        proto::Envelope request;
        ResponseHandler handler;
    };

    QWebSocket *m_socket = nullptr;
    QUrl m_url;
    QList<QSslCertificate> m_caCertificates;
    Timing m_timing;
    proto::Limits m_limits;
    bool m_open = false;
    bool m_tlsFailed = false;
    QString m_tlsDetail;
    QHash<QString, ResponseHandler> m_pending;
    QList<Outgoing> m_waiting;
    QTimer m_connectTimer;
    QTimer m_pingTimer;
    QTimer m_pingDeadline;
};

}  // namespace cd
