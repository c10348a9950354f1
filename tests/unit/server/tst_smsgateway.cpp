// The SMS gateway adapters: HttpSmsGateway against a local HTTP receiver (a QTcpServer speaking just
// enough HTTP/1.1) that answers each request from a script, and FileSmsSink writing JSON lines.
#include "SmsGateway.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace cd::server;

namespace {

/// Answers request N with the N-th scripted status (the last one repeats); 0 = never answer.
class Receiver : public QObject
{
    Q_OBJECT
public:
    explicit Receiver(QList<int> statuses) : m_statuses(std::move(statuses))
    {
        connect(&m_server, &QTcpServer::newConnection, this, &Receiver::onNewConnection);
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/sms").arg(m_server.serverPort())); }

    QList<QJsonObject> bodies;  ///< every request body received, in order
    QList<QByteArray> paths;

signals:
    void requestReceived();

private:
    void onNewConnection()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        }
    }

    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        paths.append(buffer.left(buffer.indexOf('\n')).trimmed());
        bodies.append(QJsonDocument::fromJson(buffer.mid(headerEnd + 4, length)).object());
        buffer.clear();
        const int status = m_statuses.value(bodies.size() - 1, m_statuses.last());
        emit requestReceived();
        if (status == 0)
            return;  // hang: the client's timeout must fire
        const QByteArray body =
            status < 300 ? QByteArray(R"({"id":"gw-1"})") : QByteArray(R"({"error":"x"})");
        socket->write("HTTP/1.1 " + QByteArray::number(status)
                      + " X\r\nContent-Type: application/json\r\n"
                        "Content-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QList<int> m_statuses;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

HttpSmsGatewayConfig fastConfig(const QUrl &url)
{
    HttpSmsGatewayConfig c;
    c.url = url;
    c.timeoutMs = 500;
    c.maxAttempts = 3;
    c.initialBackoffMs = 20;
    c.maxBackoffMs = 100;
    return c;
}

const SmsMessage Message{QStringLiteral("13800000000"), QStringLiteral("您好，您本期应还1200元。"),
                         QStringLiteral("sms-42")};

}  // namespace

class TstSmsGateway : public QObject
{
    Q_OBJECT

private slots:
    void sentOnFirstAttempt();
    void retriedAfter500();
    void failsAfterPersistent500();
    void timeoutIsRetriedThenFails();
    void clientErrorNotRetried();
    void refusedConnectionFails();
    void fileSinkAppendsLines();
    void fileSinkReportsUnwritableFile();
};

/// Sends Message through `gateway` and waits for the result.
static std::optional<DeliveryResult> sendAndWait(SmsGateway &gateway, int timeoutMs = 5000)
{
    std::optional<DeliveryResult> result;
    int calls = 0;
    gateway.send(Message, [&](const DeliveryResult &r) {
        result = r;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        return std::nullopt;
    // Exactly one callback, even after a little more event processing.
    QTest::qWait(50);
    if (calls != 1)
        return std::nullopt;
    return result;
}

void TstSmsGateway::sentOnFirstAttempt()
{
    Receiver receiver({200});
    QVERIFY(receiver.listen());
    HttpSmsGateway gateway(fastConfig(receiver.url()));
    const std::optional<DeliveryResult> r = sendAndWait(gateway);
    QVERIFY(r);
    QCOMPARE(r->state, DeliveryState::Sent);
    QCOMPARE(r->attempts, 1);
    QCOMPARE(r->httpStatus, 200);
    QCOMPARE(r->response.value(QStringLiteral("id")).toString(), QStringLiteral("gw-1"));
    QCOMPARE(receiver.bodies.size(), 1);
    QVERIFY(receiver.paths.first().startsWith("POST /sms "));
    const QJsonObject body = receiver.bodies.first();
    QCOMPARE(body.value(QStringLiteral("to")).toString(), Message.to);
    QCOMPARE(body.value(QStringLiteral("text")).toString(), Message.text);
    QCOMPARE(body.value(QStringLiteral("reference")).toString(), Message.reference);
}

void TstSmsGateway::retriedAfter500()
{
    Receiver receiver({500, 200});
    QVERIFY(receiver.listen());
    HttpSmsGateway gateway(fastConfig(receiver.url()));
    const std::optional<DeliveryResult> r = sendAndWait(gateway);
    QVERIFY(r);
    QCOMPARE(r->state, DeliveryState::Sent);
    QCOMPARE(r->attempts, 2);
    QCOMPARE(receiver.bodies.size(), 2);
    // The retry carries the same reference, so the gateway can drop a duplicate.
    QCOMPARE(receiver.bodies.at(1), receiver.bodies.at(0));
}

void TstSmsGateway::failsAfterPersistent500()
{
    Receiver receiver({503});
    QVERIFY(receiver.listen());
    HttpSmsGateway gateway(fastConfig(receiver.url()));
    const std::optional<DeliveryResult> r = sendAndWait(gateway);
    QVERIFY(r);
    QCOMPARE(r->state, DeliveryState::Failed);
    QCOMPARE(r->attempts, 3);
    QCOMPARE(r->httpStatus, 503);
    QCOMPARE(r->reason, QStringLiteral("http-503"));
    QCOMPARE(receiver.bodies.size(), 3);
}

void TstSmsGateway::timeoutIsRetriedThenFails()
{
    Receiver receiver({0});
    QVERIFY(receiver.listen());
    HttpSmsGatewayConfig config = fastConfig(receiver.url());
    config.timeoutMs = 200;
    config.maxAttempts = 2;
    HttpSmsGateway gateway(config);
    QElapsedTimer clock;
    clock.start();
    const std::optional<DeliveryResult> r = sendAndWait(gateway);
    QVERIFY(r);
    QCOMPARE(r->state, DeliveryState::Failed);
    QCOMPARE(r->reason, QStringLiteral("timeout"));
    QCOMPARE(r->attempts, 2);
    QCOMPARE(receiver.bodies.size(), 2);
    QVERIFY(clock.elapsed() >= 2 * 200);
}

void TstSmsGateway::clientErrorNotRetried()
{
    Receiver receiver({400, 200});
    QVERIFY(receiver.listen());
    HttpSmsGateway gateway(fastConfig(receiver.url()));
    const std::optional<DeliveryResult> r = sendAndWait(gateway);
    QVERIFY(r);
    QCOMPARE(r->state, DeliveryState::Failed);
    QCOMPARE(r->attempts, 1);
    QCOMPARE(r->httpStatus, 400);
    QCOMPARE(r->reason, QStringLiteral("http-400"));
    QTest::qWait(200);  // longer than the backoff: a retry would have arrived by now
    QCOMPARE(receiver.bodies.size(), 1);
}

void TstSmsGateway::refusedConnectionFails()
{
    // A port nobody listens on: network errors are retried like 5xx, then reported.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    HttpSmsGateway gateway(fastConfig(QUrl(QStringLiteral("http://127.0.0.1:%1/sms").arg(port))));
    const std::optional<DeliveryResult> r = sendAndWait(gateway);
    QVERIFY(r);
    QCOMPARE(r->state, DeliveryState::Failed);
    QCOMPARE(r->attempts, 3);
    QVERIFY2(r->reason.startsWith(QStringLiteral("network: ")), qPrintable(r->reason));
}

void TstSmsGateway::fileSinkAppendsLines()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sms.jsonl"));
    FileSmsSink sink(path);
    std::optional<DeliveryResult> first;
    sink.send(Message, [&](const DeliveryResult &r) { first = r; });
    QVERIFY(first);
    QCOMPARE(first->state, DeliveryState::Sent);
    SmsMessage second = Message;
    second.reference = QStringLiteral("sms-43");
    second.text = QStringLiteral("第二条 😀");
    sink.send(second, [](const DeliveryResult &) {});

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.size(), 3);  // two lines and the empty rest after the last newline
    QVERIFY(lines.at(2).isEmpty());
    const QJsonObject a = QJsonDocument::fromJson(lines.at(0)).object();
    const QJsonObject b = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(a.value(QStringLiteral("to")).toString(), Message.to);
    QCOMPARE(a.value(QStringLiteral("text")).toString(), Message.text);
    QCOMPARE(a.value(QStringLiteral("reference")).toString(), QStringLiteral("sms-42"));
    QVERIFY(QDateTime::fromString(a.value(QStringLiteral("ts")).toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(b.value(QStringLiteral("reference")).toString(), QStringLiteral("sms-43"));
    QCOMPARE(b.value(QStringLiteral("text")).toString(), second.text);
}

void TstSmsGateway::fileSinkReportsUnwritableFile()
{
    QTemporaryDir dir;
    FileSmsSink sink(dir.filePath(QStringLiteral("missing-dir/sms.jsonl")));
    std::optional<DeliveryResult> r;
    sink.send(Message, [&](const DeliveryResult &result) { r = result; });
    QVERIFY(r);
    QCOMPARE(r->state, DeliveryState::Failed);
    QVERIFY(r->reason.startsWith(QStringLiteral("file: ")));
}

QTEST_GUILESS_MAIN(TstSmsGateway)
#include "tst_smsgateway.moc"
