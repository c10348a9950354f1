#include "ServerConnection.h"

#include "Messages.h"
#include "SyncLog.h"

#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace cd {

ServerConnection::ServerConnection(QObject *parent) : QObject(parent)
{
    // Responses can be larger than a client's frames (a page of 500 changes with loan schedules):
    // the server bounds what it sends, the client does not cut it at the request limit.
    m_limits.maxFrameBytes = qint64(64) << 20;
    m_connectTimer.setSingleShot(true);
    m_pingDeadline.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        fail(Failure::Unreachable,
             QStringLiteral("no connection to %1 within %2 ms")
                 .arg(m_url.toString())
                 .arg(m_timing.connectTimeoutMs));
    });
    connect(&m_pingTimer, &QTimer::timeout, this, &ServerConnection::sendPing);
    connect(&m_pingDeadline, &QTimer::timeout, this,
            [this] { abort(QStringLiteral("no answer to ping within %1 ms").arg(m_timing.pingTimeoutMs)); });
}

ServerConnection::~ServerConnection() { dropSocket(); }

void ServerConnection::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_caCertificates = certificates;
}

void ServerConnection::setTiming(const Timing &timing) { m_timing = timing; }

void ServerConnection::setLimits(const proto::Limits &limits)
{
    const qint64 frameBytes = m_limits.maxFrameBytes;
    m_limits = limits;
    m_limits.maxFrameBytes = qMax(frameBytes, limits.maxFrameBytes);
}

void ServerConnection::open(const QUrl &url)
{
    dropSocket();
    m_url = url;
    m_tlsFailed = false;
    m_tlsDetail.clear();
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxFrameBytes));
    if (url.scheme() == QLatin1String("wss")) {
        // System CAs plus the deployment's own (a company CA, the test CA). Errors are never ignored.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_caCertificates.isEmpty())
            tls.addCaCertificates(m_caCertificates);
        m_socket->setSslConfiguration(tls);
    }
    connect(m_socket, &QWebSocket::connected, this, &ServerConnection::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &ServerConnection::onDisconnected);
    connect(m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError e) { onSocketError(int(e)); });
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_tlsFailed = true;
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        m_tlsDetail = texts.join(QStringLiteral("; "));
        qCWarning(lcSync).noquote() << "TLS verification of" << m_url.toString() << "failed:" << m_tlsDetail;
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &ServerConnection::onTextMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this,
            [](const QByteArray &) { qCWarning(lcSync) << "ignoring a binary frame from the server"; });

    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QString::fromLatin1(proto::Subprotocol)});
    m_connectTimer.start(m_timing.connectTimeoutMs);
    qCDebug(lcSync) << "connecting to" << url.toString();
    m_socket->open(QNetworkRequest(url), options);
}

void ServerConnection::close()
{
    m_connectTimer.stop();
    m_pingTimer.stop();
    m_pingDeadline.stop();
    m_pending.clear();
    m_waiting.clear();
    m_open = false;
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    // Let the close handshake finish, then go; the parent deletes it at the latest.
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->state() == QAbstractSocket::ConnectedState)
        socket->close(QWebSocketProtocol::CloseCodeNormal);
    else
        socket->deleteLater();
}

void ServerConnection::abort(const QString &why)
{
    if (!m_open) {
        dropSocket();
        return;
    }
    qCWarning(lcSync).noquote() << "dropping the link to" << m_url.toString() << ":" << why;
    m_open = false;
    m_pingTimer.stop();
    m_pingDeadline.stop();
    m_pending.clear();
    m_waiting.clear();
    dropSocket();
    Q_EMIT closed(int(QWebSocketProtocol::CloseCodeAbnormalDisconnection), why);
}

void ServerConnection::dropSocket()
{
    m_connectTimer.stop();
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void ServerConnection::fail(Failure failure, const QString &detail)
{
    m_open = false;
    m_pingTimer.stop();
    m_pingDeadline.stop();
    m_pending.clear();
    m_waiting.clear();
    dropSocket();
    qCWarning(lcSync).noquote() << "cannot connect to" << m_url.toString() << ":" << detail;
    Q_EMIT failed(failure, detail);
}

void ServerConnection::onConnected()
{
    m_connectTimer.stop();
    const QString subprotocol = m_socket->subprotocol();
    if (subprotocol != QLatin1String(proto::Subprotocol)) {
        // Not a collectdesk.v1 server (another program, or a version that speaks something else).
        // Unhooked first: the close below would otherwise report itself as a lost connection.
        m_socket->disconnect(this);
        m_socket->close(QWebSocketProtocol::CloseCodeProtocolError);
        fail(Failure::Incompatible,
             QStringLiteral("the server did not accept subprotocol %1 (answered \"%2\")")
                 .arg(QLatin1String(proto::Subprotocol), subprotocol));
        return;
    }
    m_open = true;
    if (m_timing.pingIntervalMs > 0)
        m_pingTimer.start(m_timing.pingIntervalMs);
    qCInfo(lcSync) << "connected to" << m_url.toString();
    Q_EMIT opened();
}

void ServerConnection::onSocketError(int error)
{
    if (m_open || !m_socket)
        return;  // an open link reports its end through disconnected()
    const auto e = QAbstractSocket::SocketError(error);
    const QString text = m_socket->errorString();
    if (m_tlsFailed || e == QAbstractSocket::SslHandshakeFailedError || e == QAbstractSocket::SslInternalError
        || e == QAbstractSocket::SslInvalidUserDataError) {
        fail(Failure::TlsError, m_tlsDetail.isEmpty() ? text : m_tlsDetail);
        return;
    }
    switch (e) {
    case QAbstractSocket::ConnectionRefusedError:
    case QAbstractSocket::RemoteHostClosedError:
    case QAbstractSocket::HostNotFoundError:
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::SocketTimeoutError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::TemporaryError: fail(Failure::Unreachable, text); return;
    default: fail(Failure::Other, text); return;
    }
}

void ServerConnection::onDisconnected()
{
    if (!m_socket)
        return;
    if (!m_open) {
        // Ended before the handshake finished. Qt may report this before error(): use the
        // socket's error when it has one, so "refused" and "TLS" keep their meaning.
        if (m_socket->error() != QAbstractSocket::UnknownSocketError || m_tlsFailed) {
            onSocketError(int(m_socket->error()));
            return;
        }
        fail(Failure::Unreachable, QStringLiteral("connection closed during the handshake"));
        return;
    }
    const int code = int(m_socket->closeCode());
    const QString reason = m_socket->closeReason();
    m_open = false;
    m_pingTimer.stop();
    m_pingDeadline.stop();
    m_pending.clear();
    m_waiting.clear();
    dropSocket();
    qCInfo(lcSync).noquote() << "link to" << m_url.toString() << "closed:" << code << reason;
    Q_EMIT closed(code, reason);
}

QString ServerConnection::send(const QString &type, const QJsonObject &body, ResponseHandler onResponse,
                               const QString &id)
{
    if (!m_open)
        return {};
    Outgoing out{proto::Envelope::request(type, body, id), std::move(onResponse)};
    const QString requestId = out.request.id;
    if (m_pending.size() >= m_limits.maxInFlight || !m_waiting.isEmpty()) {
        m_waiting.append(std::move(out));
        return requestId;
    }
    m_pending.insert(requestId, std::move(out.handler));
    m_socket->sendTextMessage(QString::fromUtf8(proto::encode(out.request)));
    return requestId;
}

void ServerConnection::flushQueue()
{
    while (m_open && m_socket && !m_waiting.isEmpty() && m_pending.size() < m_limits.maxInFlight) {
        Outgoing out = m_waiting.takeFirst();
        m_pending.insert(out.request.id, std::move(out.handler));
        m_socket->sendTextMessage(QString::fromUtf8(proto::encode(out.request)));
    }
}

void ServerConnection::onTextMessage(const QString &frame)
{
    const proto::Decoded d = proto::decode(frame.toUtf8(), m_limits);
    if (!d.envelope) {
        qCWarning(lcSync) << "undecodable frame from the server:" << proto::slug(d.code) << "id" << d.id;
        return;
    }
    const proto::Envelope &e = *d.envelope;
    switch (e.kind) {
    case proto::Kind::Response: {
        ResponseHandler handler = m_pending.take(e.id);
        if (!handler) {
            qCDebug(lcSync) << "response to an unknown or forgotten request" << e.type << e.id;
            return;
        }
        handler(e);  // may close this connection
        flushQueue();
        return;
    }
    case proto::Kind::Event: Q_EMIT eventReceived(e); return;
    case proto::Kind::Request: qCWarning(lcSync) << "ignoring a request from the server:" << e.type; return;
    }
}

void ServerConnection::sendPing()
{
    if (!m_open || m_pingDeadline.isActive())
        return;
    m_pingDeadline.start(m_timing.pingTimeoutMs);
    send(proto::msg::Ping, {}, [this](const proto::Envelope &) { m_pingDeadline.stop(); });
}

}  // namespace cd
