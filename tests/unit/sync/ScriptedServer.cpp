#include "ScriptedServer.h"

#include "Messages.h"

#include <QJsonArray>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace cd;

namespace cdtest {

ScriptedServer::ScriptedServer(bool subprotocol, const QSslConfiguration *tls, QObject *parent)
    : QObject(parent),
      m_server(new QWebSocketServer(QStringLiteral("scripted"),
                                    tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode,
                                    this)),
      m_subprotocol(subprotocol), m_tls(tls != nullptr)
{
    if (tls)
        m_server->setSslConfiguration(*tls);
    if (subprotocol)
        m_server->setSupportedSubprotocols({QString::fromLatin1(proto::Subprotocol)});
    connect(m_server, &QWebSocketServer::newConnection, this, &ScriptedServer::onNewConnection);
}

ScriptedServer::~ScriptedServer() { stop(); }

bool ScriptedServer::listen(quint16 port) { return m_server->listen(QHostAddress::LocalHost, port); }

QUrl ScriptedServer::url() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2/")
                    .arg(m_tls ? QStringLiteral("wss") : QStringLiteral("ws"))
                    .arg(m_server->serverPort()));
}

void ScriptedServer::stop()
{
    m_server->close();
    dropAll();
}

qint64 ScriptedServer::addChange(proto::Change change)
{
    change.revision = revision() + 1;
    m_log << change;
    return change.revision;
}

qint64 ScriptedServer::revision() const { return m_log.isEmpty() ? 0 : m_log.last().revision; }

int ScriptedServer::count(const QString &type) const
{
    int n = 0;
    for (const proto::Envelope &e : requests)
        n += e.type == type ? 1 : 0;
    return n;
}

void ScriptedServer::sendEvent(const QString &type, const QJsonObject &body)
{
    for (QWebSocket *s : std::as_const(m_clients))
        s->sendTextMessage(QString::fromUtf8(proto::encode(proto::Envelope::event(type, body))));
}

void ScriptedServer::dropAll()
{
    const QList<QWebSocket *> clients = m_clients;
    m_clients.clear();
    for (QWebSocket *s : clients) {
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
}

void ScriptedServer::onNewConnection()
{
    while (QWebSocket *s = m_server->nextPendingConnection()) {
        ++connections;
        m_clients << s;
        connect(s, &QWebSocket::textMessageReceived, this, [this, s](const QString &f) { onFrame(s, f); });
        connect(s, &QWebSocket::disconnected, this, [this, s] {
            m_clients.removeAll(s);
            s->deleteLater();
        });
    }
}

QJsonObject ScriptedServer::sessionBody() const
{
    return {{QStringLiteral("token"), token},
            {QStringLiteral("expiresAt"), proto::isoUtc(QDateTime::currentDateTimeUtc().addSecs(12 * 3600))},
            {QStringLiteral("user"),
             QJsonObject{{QStringLiteral("id"), 7},
                         {QStringLiteral("username"), username},
                         {QStringLiteral("name"), QStringLiteral("李娜")},
                         {QStringLiteral("role"), role},
                         {QStringLiteral("team"), QStringLiteral("A组")}}},
            {QStringLiteral("revision"), revision()}};
}

QJsonObject ScriptedServer::pushAnswer(const QJsonArray &ops)
{
    QJsonArray results;
    for (const QJsonValue &v : ops) {
        const QJsonObject op = v.toObject();
        const QString opId = op.value(QStringLiteral("opId")).toString();
        pushedOpIds << opId;
        const int seen = ++m_seen[opId];
        QJsonObject result{{QStringLiteral("opId"), opId}};
        if (const auto it = m_applied.constFind(opId); it != m_applied.constEnd()) {
            // Idempotent: a repeated opId gets its first result, nothing is applied again.
            result.insert(QStringLiteral("code"), int(it->code));
            if (it->code == proto::StatusCode::Ok)
                result.insert(QStringLiteral("revision"), it->revision);
            results.append(result);
            continue;
        }
        const proto::StatusCode code = pushPolicy ? pushPolicy(opId, seen) : proto::StatusCode::Ok;
        result.insert(QStringLiteral("code"), int(code));
        if (code == proto::StatusCode::Ok) {
            ++appliedCount[opId];
            if (applyOp) {
                for (proto::Change c : applyOp(opId, op.value(QStringLiteral("body")).toObject())) {
                    c.opId = opId;
                    addChange(c);
                }
            }
            m_applied.insert(opId, Applied{code, revision()});
            result.insert(QStringLiteral("revision"), revision());
        } else {
            result.insert(QStringLiteral("error"), proto::slug(code));
            if (!proto::isRetryable(code))
                m_applied.insert(opId, Applied{code, 0});
        }
        results.append(result);
    }
    return {{QStringLiteral("results"), results}};
}

void ScriptedServer::onFrame(QWebSocket *socket, const QString &frame)
{
    const proto::Decoded d = proto::decode(frame.toUtf8(), {}, proto::Kind::Request);
    if (!d.envelope) {
        socket->sendTextMessage(QString::fromUtf8(proto::encodeError(d)));
        return;
    }
    const proto::Envelope req = *d.envelope;
    requests << req;
    Q_EMIT requestReceived(req.type);
    auto answer = [socket](const proto::Envelope &e) {
        socket->sendTextMessage(QString::fromUtf8(proto::encode(e)));
    };
    const QJsonObject &body = req.body;

    if (req.type == proto::msg::SessionLogin) {
        if (loginCode != proto::StatusCode::Ok)
            answer(proto::Envelope::failure(req, loginCode));
        else if (body.value(QStringLiteral("username")).toString() != username
                 || body.value(QStringLiteral("password")).toString() != password)
            answer(proto::Envelope::failure(req, proto::StatusCode::BadCredentials));
        else
            answer(proto::Envelope::response(req, sessionBody()));
    } else if (req.type == proto::msg::SessionResume) {
        if (resumeCode != proto::StatusCode::Ok)
            answer(proto::Envelope::failure(req, resumeCode));
        else if (body.value(QStringLiteral("token")).toString() != token)
            answer(proto::Envelope::failure(req, proto::StatusCode::SessionExpired));
        else
            answer(proto::Envelope::response(req, sessionBody()));
    } else if (req.type == proto::msg::SessionLogout) {
        token = QStringLiteral("revoked");
        answer(proto::Envelope::response(req));
    } else if (req.type == proto::msg::Ping) {
        if (answerPings)
            answer(proto::Envelope::response(
                req, {{QStringLiteral("serverTime"), proto::isoUtc(QDateTime::currentDateTimeUtc())}}));
    } else if (req.type == proto::msg::SyncPull) {
        const qint64 since = body.value(QStringLiteral("since")).toInteger();
        pullSince << since;
        QJsonArray changes;
        qint64 last = since;
        int remaining = 0;
        for (const proto::Change &c : std::as_const(m_log)) {
            if (c.revision <= since)
                continue;
            if (changes.size() < pageSize) {
                changes.append(c.toJson());
                last = c.revision;
            } else {
                ++remaining;
            }
        }
        answer(proto::Envelope::response(req,
                                         {{QStringLiteral("revision"), remaining ? last : revision()},
                                          {QStringLiteral("changes"), changes},
                                          {QStringLiteral("more"), remaining > 0}}));
    } else if (req.type == proto::msg::SyncPush) {
        const QJsonArray ops = body.value(QStringLiteral("ops")).toArray();
        pushSizes << int(ops.size());
        const QJsonObject result = pushAnswer(ops);
        if (dropOnNextPush) {
            // Applied, but the answer is lost with the link.
            dropOnNextPush = false;
            m_clients.removeAll(socket);
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
            return;
        }
        maxPushesInFlight = qMax(maxPushesInFlight, ++m_pushesInFlight);
        QPointer<QWebSocket> guard(socket);
        QTimer::singleShot(pushAnswerDelayMs, this, [this, guard, req, result] {
            --m_pushesInFlight;
            if (guard)
                guard->sendTextMessage(
                    QString::fromUtf8(proto::encode(proto::Envelope::response(req, result))));
        });
    } else {
        answer(proto::Envelope::failure(req, proto::StatusCode::UnknownType));
    }
}

}  // namespace cdtest
