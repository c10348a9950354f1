#pragma once
// One WebSocket connection to the hub: its socket, who is logged in on it, and the counters the
// protocol limits need (unanswered requests, malformed frames in a row, size of the message being
// received). Owned by the Hub; lives until the socket disconnects.
#include "Authenticator.h"
#include "Envelope.h"
#include "ServerTypes.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

class QWebSocket;

namespace cd::server {

class ClientSession : public QObject
{
    Q_OBJECT
public:
    ClientSession(QWebSocket *socket, QObject *parent);
    ~ClientSession() override;

    QWebSocket *socket() const { return m_socket; }
    QString peer() const { return m_peer; }                ///< "address:port"
    QString peerAddress() const { return m_peerAddress; }  ///< rate limits count per address

    bool authenticated() const { return m_viewer.has_value(); }
    bool everAuthenticated() const { return !m_username.isEmpty(); }
    const Viewer &viewer() const { return *m_viewer; }
    QString tokenHash() const { return m_tokenHash; }
    void authenticate(const LoginGrant &grant, const QString &device);
    void deauthenticate();

    void send(const proto::Envelope &e);
    void sendFrame(const QByteArray &frame);
    /// Closes with a protocol close code; later frames of this connection are ignored.
    void closeWith(proto::CloseCode code, const QString &reason = {});
    bool closing() const { return m_closing; }

    /// "user=agent01 peer=127.0.0.1:50312 device=pc-7" for the log.
    QString describe() const;
    qint64 msecsSinceStart() const;  ///< since login, or since connecting when never logged in

    int inFlight = 0;
    /// Subscribed to the floor board (board.subscribe): agent states reach it in board.delta.
    bool watchingBoard = false;
    /// A lead's coalesced task.updated / task.assigned of the team (Hub::setTeamHintWindow): the one
    /// waiting for the window to end, and when the last one went (ms on the hub's clock, -1: never).
    QByteArray pendingTeamHint;
    qint64 lastTeamHintMs = -1;
    /// Where Hub indexed it for delivery (username; team if a lead), so it is taken out of exactly
    /// those lists whatever its viewer is by then.
    QString indexedUser;
    QString indexedLeadTeam;
    int malformedInRow = 0;
    qint64 messageUnits = 0;  ///< UTF-16 units / bytes of the message being received so far
    QTimer loginTimer;

private:
    QWebSocket *m_socket;
    QString m_peer;
    QString m_peerAddress;
    std::optional<Viewer> m_viewer;
    QString m_username;  ///< the last user logged in on this connection (kept after logout, for the log)
    QString m_tokenHash;
    QString m_device;
    QDateTime m_connectedAt;
    QDateTime m_authenticatedAt;
    bool m_closing = false;
};

}  // namespace cd::server
