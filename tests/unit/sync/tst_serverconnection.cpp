// ServerConnection: at most Limits::maxInFlight requests unanswered (the rest wait, in order), every
// response reaches its own handler, and the subprotocol is offered on the handshake.
#include "Messages.h"
#include "ScriptedServer.h"
#include "ServerConnection.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace cd;

class TestServerConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsAtMostMaxInFlightAndAnswersInOrder();
    void sendOnAClosedConnectionIsRefused();
};

void TestServerConnection::keepsAtMostMaxInFlightAndAnswersInOrder()
{
    cdtest::ScriptedServer server;
    QVERIFY(server.listen());
    server.pushAnswerDelayMs = 20;  // answers come late, so requests pile up
    ServerConnection link;
    QSignalSpy opened(&link, &ServerConnection::opened);
    link.open(server.url());
    QVERIFY(opened.wait(5000));

    const int limit = proto::Limits{}.maxInFlight;
    const int total = limit + 18;
    QStringList sent;
    QStringList answered;
    for (int i = 0; i < total; ++i) {
        const QString opId = QStringLiteral("op-%1").arg(i);
        sent << opId;
        const QJsonArray ops{QJsonObject{{QStringLiteral("opId"), opId},
                                         {QStringLiteral("type"), proto::msg::OpInteractionRecord},
                                         {QStringLiteral("body"), QJsonObject{}}}};
        link.send(proto::msg::SyncPush, {{QStringLiteral("ops"), ops}},
                  [&answered](const proto::Envelope &r) {
                      answered << r.body.value(QStringLiteral("results"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("opId"))
                                      .toString();
                  });
        QVERIFY(link.inFlight() <= limit);
    }
    QCOMPARE(link.inFlight(), limit);
    QTRY_COMPARE(answered.size(), total);
    QCOMPARE(answered, sent);
    QCOMPARE(server.pushedOpIds, sent);
    QVERIFY2(server.maxPushesInFlight <= limit, qPrintable(QString::number(server.maxPushesInFlight)));
    QVERIFY(server.maxPushesInFlight > 1);  // it did pipeline
    QCOMPARE(link.inFlight(), 0);
}

void TestServerConnection::sendOnAClosedConnectionIsRefused()
{
    ServerConnection link;
    bool called = false;
    QVERIFY(link.send(proto::msg::Ping, {}, [&called](const proto::Envelope &) { called = true; }).isEmpty());
    QVERIFY(!link.isOpen());
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestServerConnection)
#include "tst_serverconnection.moc"
