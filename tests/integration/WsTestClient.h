#pragma once
// A raw WebSocket client for protocol tests: sends hand-made frames, keeps every frame it receives,
// and waits (event loop, never a fixed sleep) for a response, an event or the close.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslError>
#include <QTest>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <optional>

namespace cdtest {

constexpr int WaitMs = 15000;

class WsTestClient : public QObject
{
    Q_OBJECT
public:
    WsTestClient()
    {
        connect(&socket, &QWebSocket::textMessageReceived, this,
                [this](const QString &m) { frames << QJsonDocument::fromJson(m.toUtf8()).object(); });
        connect(&socket, &QWebSocket::disconnected, this, [this] {
            closed = true;
            closeCode = int(socket.closeCode());
        });
        connect(&socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &e) { sslErrors << e; });
    }

    /// Connects (offering collectdesk.v1 unless told not to). True once connected.
    bool open(const QUrl &url, bool offerSubprotocol = true, const std::optional<QSslConfiguration> &tls = {})
    {
        QWebSocketHandshakeOptions options;
        if (offerSubprotocol)
            options.setSubprotocols({QStringLiteral("collectdesk.v1")});
        if (tls)
            socket.setSslConfiguration(*tls);
        socket.open(QNetworkRequest(url), options);
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState || closed; },
                               WaitMs)
            && socket.state() == QAbstractSocket::ConnectedState;
    }

    QString send(const QString &type, const QJsonObject &body = {},
                 const QString &kind = QStringLiteral("req"))
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        sendObject({{QStringLiteral("v"), 1},
                    {QStringLiteral("kind"), kind},
                    {QStringLiteral("type"), type},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("ts"), QStringLiteral("2026-11-22T10:00:00.000Z")},
                    {QStringLiteral("body"), body}});
        return id;
    }
    void sendObject(const QJsonObject &o)
    {
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
    void sendRaw(const QString &text) { socket.sendTextMessage(text); }

    /// The response with this id (empty object on timeout).
    QJsonObject response(const QString &id, int timeoutMs = WaitMs)
    {
        std::optional<QJsonObject> found;
        (void)QTest::qWaitFor(
            [&] {
                for (const QJsonObject &f : std::as_const(frames))
                    if (f.value(QStringLiteral("kind")) == QLatin1String("res")
                        && f.value(QStringLiteral("id")).toString() == id)
                        found = f;
                return found.has_value() || closed;
            },
            timeoutMs);
        return found.value_or(QJsonObject());
    }
    QJsonObject call(const QString &type, const QJsonObject &body = {}) { return response(send(type, body)); }

    static int code(const QJsonObject &response)
    {
        const QJsonValue c =
            response.value(QStringLiteral("status")).toObject().value(QStringLiteral("code"));
        return c.isDouble() ? c.toInt() : -1;
    }
    static QJsonObject body(const QJsonObject &frame)
    {
        return frame.value(QStringLiteral("body")).toObject();
    }

    QJsonObject login(const QString &username, const QString &password,
                      const QString &device = QStringLiteral("test-pc"))
    {
        return call(QStringLiteral("session.login"),
                    {{QStringLiteral("username"), username},
                     {QStringLiteral("password"), password},
                     {QStringLiteral("device"), device}});
    }

    QList<QJsonObject> events(const QString &type) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &f : frames)
            if (f.value(QStringLiteral("kind")) == QLatin1String("evt")
                && f.value(QStringLiteral("type")) == type)
                out << f;
        return out;
    }
    bool waitForEvent(const QString &type, int timeoutMs = WaitMs)
    {
        return QTest::qWaitFor([&] { return !events(type).isEmpty(); }, timeoutMs);
    }
    /// A ping round trip: every frame the server sent before answering it has arrived.
    bool barrier() { return code(call(QStringLiteral("ping"))) == 0; }
    bool waitClosed(int timeoutMs = WaitMs)
    {
        return QTest::qWaitFor([this] { return closed; }, timeoutMs);
    }

    QWebSocket socket;
    QList<QJsonObject> frames;
    QList<QSslError> sslErrors;
    bool closed = false;
    int closeCode = -1;
};

}  // namespace cdtest
