#include "ClientSession.h"

#include <QHostAddress>
#include <QWebSocket>

namespace cd::server {

ClientSession::ClientSession(QWebSocket *socket, QObject *parent)
    : QObject(parent), m_socket(socket), m_connectedAt(QDateTime::currentDateTimeUtc())
{
    m_socket->setParent(this);
    QHostAddress address = socket->peerAddress();
    // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d: count it as a.b.c.d.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        address = QHostAddress(v4);
    m_peerAddress = address.toString();
    m_peer = (address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]:%2")
                                                                  : QStringLiteral("%1:%2"))
                 .arg(m_peerAddress)
                 .arg(socket->peerPort());
    loginTimer.setSingleShot(true);
}

ClientSession::~ClientSession() = default;

void ClientSession::authenticate(const LoginGrant &grant, const QString &device)
{
    m_viewer = Viewer::of(grant.user);
    m_username = grant.user.username;
    m_tokenHash = grant.tokenHash;
    m_device = device;
    m_authenticatedAt = QDateTime::currentDateTimeUtc();
    loginTimer.stop();
}

void ClientSession::deauthenticate()
{
    m_viewer.reset();
    m_tokenHash.clear();
    pendingTeamHint.clear();  // the team's, not the next user's on this connection
    lastTeamHintMs = -1;
}

void ClientSession::send(const proto::Envelope &e) { sendFrame(proto::encode(e)); }

void ClientSession::sendFrame(const QByteArray &frame)
{
    if (m_closing)
        return;
    m_socket->sendTextMessage(QString::fromUtf8(frame));
    // On the wire now, not at the next turn of the event loop: the turn may be long (a recorded call
    // re-plans its customer) and the board fans out to every lead at once.
    m_socket->flush();
}

void ClientSession::closeWith(proto::CloseCode code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    loginTimer.stop();
    m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(int(code)), reason);
}

QString ClientSession::describe() const
{
    return QStringLiteral("user=%1 peer=%2 device=%3")
        .arg(m_username.isEmpty() ? QStringLiteral("-") : m_username, m_peer,
             m_device.isEmpty() ? QStringLiteral("-") : m_device);
}

qint64 ClientSession::msecsSinceStart() const
{
    return (m_authenticatedAt.isValid() ? m_authenticatedAt : m_connectedAt)
        .msecsTo(QDateTime::currentDateTimeUtc());
}

}  // namespace cd::server
