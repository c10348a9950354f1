// The server's wire protocol over loopback WebSockets: login and its failures (same code for unknown
// user and wrong password, rate limits per user and per address), requests before login, every
// malformed-frame case (answered or closed with the right code while everyone else is still served),
// limits (frame size, in-flight requests, login timeout, subprotocol), resume/logout and wss with a
// certificate made at test time and verified by the client.
#include "ServerFixture.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>

using namespace cd;
using namespace cd::server;
using namespace cdtest;

class TestServerProtocol : public ServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startServer(); }
    void cleanupTestCase() { m_server.reset(); }

    void loginOk()
    {
        WsTestClient c;
        QVERIFY(c.open(m_url));
        QElapsedTimer timer;
        timer.start();
        const QJsonObject res = c.login(QStringLiteral("agent01"), Demo, QStringLiteral("pc-01"));
        qInfo("session.login round trip with PBKDF2: %lld ms", timer.elapsed());
        QCOMPARE(WsTestClient::code(res), 0);
        QCOMPARE(res.value(QStringLiteral("type")).toString(), QStringLiteral("session.login"));
        const QJsonObject body = WsTestClient::body(res);
        const QString token = body.value(QStringLiteral("token")).toString();
        QCOMPARE(token.size(), 43);  // 32 random bytes, base64url without padding
        const QJsonObject user = body.value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("agent01"));
        QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("agent"));
        QCOMPARE(user.value(QStringLiteral("team")).toString(), QStringLiteral("north"));
        QVERIFY(user.value(QStringLiteral("id")).toInteger() > 0);
        QVERIFY(!user.value(QStringLiteral("name")).toString().isEmpty());
        QCOMPARE(body.value(QStringLiteral("revision")).toInteger(),
                 m_server->storage().currentRevision().value());
        const QDateTime expires = proto::parseIsoUtc(body.value(QStringLiteral("expiresAt")).toString());
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 12 * 3600) < 120);
        // Stored as SHA-256 only.
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(
            scalar(QStringLiteral("SELECT device FROM sessions WHERE token_hash = ?"), {hash}).toString(),
            QStringLiteral("pc-01"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE token_hash = ?"), {token}).toInt(), 0);
        QVERIFY(c.barrier());
    }

    void badCredentialsSameCode()
    {
        WsTestClient c;
        QVERIFY(c.open(m_url));
        const QJsonObject wrong = c.login(QStringLiteral("agent02"), QStringLiteral("not-demo"));
        const QJsonObject unknown = c.login(QStringLiteral("nobody"), Demo);
        QCOMPARE(WsTestClient::code(wrong), 2002);
        QCOMPARE(WsTestClient::code(unknown), 2002);
        QCOMPARE(wrong.value(QStringLiteral("status")), unknown.value(QStringLiteral("status")));
        QVERIFY(WsTestClient::body(wrong).isEmpty());
        QVERIFY(WsTestClient::body(unknown).isEmpty());
        const auto audit = m_server->storage().auditEntries(QStringLiteral("session.login"), 50).value();
        int failures = 0;
        for (const AuditEntry &e : audit)
            failures +=
                e.code == 2002 && (e.user == QLatin1String("agent02") || e.user == QLatin1String("nobody"));
        QCOMPARE(failures, 2);
        QVERIFY(c.barrier());  // a failed login does not end the connection
    }

    void loginRateLimitedPerUser()
    {
        WsTestClient c;
        QVERIFY(c.open(m_url));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(WsTestClient::code(c.login(QStringLiteral("north04"), QStringLiteral("guess%1").arg(i))),
                     2002);
        // Now even the right password is refused for this user ...
        QCOMPARE(WsTestClient::code(c.login(QStringLiteral("north04"), Pw)), 2003);
        // ... but not for another user from the same address.
        QCOMPARE(WsTestClient::code(c.login(QStringLiteral("agent02"), Demo)), 0);
        bool audited = false;
        const QList<AuditEntry> logins =
            m_server->storage().auditEntries(QStringLiteral("session.login"), 50).value();
        for (const AuditEntry &e : logins)
            audited |= e.user == QLatin1String("north04") && e.code == 2003;
        QVERIFY(audited);
    }

    void loginRateLimitedPerPeer()
    {
        // A server of its own: its per-address counter starts at zero and this test fills it.
        const std::unique_ptr<Server> own = ownServer({});
        QVERIFY(own);
        WsTestClient c;
        QVERIFY(c.open(urlOf(*own)));
        QStringList ids;
        for (int i = 1; i <= 21; ++i)  // pipelined: the checks still running count against the limit
            ids << c.send(QStringLiteral("session.login"),
                          {{QStringLiteral("username"), QStringLiteral("ghost%1").arg(i)},
                           {QStringLiteral("password"), QStringLiteral("x")},
                           {QStringLiteral("device"), QStringLiteral("bot")}});
        QList<int> codes;
        for (const QString &id : ids)
            codes << WsTestClient::code(c.response(id, 60'000));
        QCOMPARE(codes.count(2002), 20);
        QCOMPARE(codes.last(), 2003);
        QCOMPARE(WsTestClient::code(c.login(QStringLiteral("agent01"), Demo)), 2003);
    }

    void requestsBeforeLogin()
    {
        WsTestClient c;
        QVERIFY(c.open(m_url));
        QCOMPARE(WsTestClient::code(c.call(QStringLiteral("sync.pull"), {{QStringLiteral("since"), 0}})),
                 2001);
        QCOMPARE(
            WsTestClient::code(c.call(QStringLiteral("sync.push"), {{QStringLiteral("ops"), QJsonArray()}})),
            2001);
        QCOMPARE(WsTestClient::code(c.call(QStringLiteral("agent.setState"),
                                           {{QStringLiteral("state"), QStringLiteral("Ready")}})),
                 2001);
        QCOMPARE(WsTestClient::code(c.call(QStringLiteral("session.logout"))), 2001);
        const QJsonObject ping = c.call(QStringLiteral("ping"));
        QCOMPARE(WsTestClient::code(ping), 0);
        QVERIFY(proto::parseIsoUtc(WsTestClient::body(ping).value(QStringLiteral("serverTime")).toString())
                    .isValid());
    }

    void malformedFrames_data()
    {
        QTest::addColumn<QString>("frame");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("id");
        QTest::newRow("not JSON") << QStringLiteral(R"({"v":1,"kind":)") << 1001 << QString();
        QTest::newRow("JSON array") << QStringLiteral("[1,2,3]") << 1001 << QString();
        QTest::newRow("missing id") << QStringLiteral(R"({"v":1,"kind":"req","type":"ping","body":{}})")
                                    << 1002 << QString();
        QTest::newRow("missing body") << QStringLiteral(R"({"v":1,"kind":"req","type":"ping","id":"m2"})")
                                      << 1002 << QStringLiteral("m2");
        QTest::newRow("id not a string")
            << QStringLiteral(R"({"v":1,"kind":"req","type":"ping","id":7,"body":{}})") << 1003 << QString();
        QTest::newRow("body not an object")
            << QStringLiteral(R"({"v":1,"kind":"req","type":"ping","id":"m4","body":[]})") << 1003
            << QStringLiteral("m4");
        QTest::newRow("v is a string")
            << QStringLiteral(R"({"v":"1","kind":"req","type":"ping","id":"m5","body":{}})") << 1003
            << QStringLiteral("m5");
        QTest::newRow("wrong version")
            << QStringLiteral(R"({"v":2,"kind":"req","type":"ping","id":"m6","body":{}})") << 1004
            << QStringLiteral("m6");
        QTest::newRow("unknown type")
            << QStringLiteral(R"({"v":1,"kind":"req","type":"task.frobnicate","id":"m7","body":{}})") << 1005
            << QStringLiteral("m7");
        QTest::newRow("kind res from a client")
            << QStringLiteral(R"({"v":1,"kind":"res","type":"ping","id":"m8","body":{},"status":{"code":0}})")
            << 1008 << QStringLiteral("m8");
        QTest::newRow("kind evt from a client")
            << QStringLiteral(R"({"v":1,"kind":"evt","type":"ping","id":"m9","body":{}})") << 1008
            << QStringLiteral("m9");
    }

    void malformedFrames()
    {
        QFETCH(QString, frame);
        QFETCH(int, code);
        QFETCH(QString, id);
        WsTestClient c;
        QVERIFY(c.open(m_url));
        c.sendRaw(frame);
        QVERIFY(QTest::qWaitFor([&] { return !c.frames.isEmpty(); }, cdtest::WaitMs));
        const QJsonObject res = c.frames.first();
        QCOMPARE(res.value(QStringLiteral("kind")).toString(), QStringLiteral("res"));
        QCOMPARE(WsTestClient::code(res), code);
        QCOMPARE(res.value(QStringLiteral("id")).toString(), id);
        QVERIFY(!res.value(QStringLiteral("status"))
                     .toObject()
                     .value(QStringLiteral("error"))
                     .toString()
                     .isEmpty());
        QVERIFY(c.barrier());  // the connection stays open and is still served
    }

    void binaryFrame()
    {
        WsTestClient c;
        QVERIFY(c.open(m_url));
        c.socket.sendBinaryMessage(QByteArray("\x01\x02\x03", 3));
        QVERIFY(QTest::qWaitFor([&] { return !c.frames.isEmpty(); }, cdtest::WaitMs));
        QCOMPARE(WsTestClient::code(c.frames.first()), 1009);
        QCOMPARE(c.frames.first().value(QStringLiteral("id")).toString(), QString());
        QVERIFY(c.barrier());
    }

    void oversizeFrameClosesOnlyThatClient()
    {
        WsTestClient bystander;
        QVERIFY(bystander.open(m_url));
        QCOMPARE(WsTestClient::code(bystander.login(QStringLiteral("agent02"), Demo)), 0);
        WsTestClient big;
        QVERIFY(big.open(m_url));
        big.sendRaw(QString((1 << 20) + 512, QLatin1Char('a')));
        QVERIFY(big.waitClosed());
        QCOMPARE(big.closeCode, 4001);
        // Everyone else is still served, and new clients are accepted.
        QVERIFY(bystander.barrier());
        QCOMPARE(
            WsTestClient::code(bystander.call(QStringLiteral("sync.pull"), {{QStringLiteral("since"), 0}})),
            0);
        WsTestClient next;
        QVERIFY(next.open(m_url));
        QVERIFY(next.barrier());
    }

    void manyMalformedInARowClose()
    {
        WsTestClient c;
        QVERIFY(c.open(m_url));
        for (int i = 0; i < 20; ++i)
            c.sendRaw(QStringLiteral("garbage %1").arg(i));
        QVERIFY(c.waitClosed());
        QCOMPARE(c.closeCode, 4000);
        QVERIFY(c.frames.size() >= 19);
        for (const QJsonObject &f : std::as_const(c.frames))
            QCOMPARE(WsTestClient::code(f), 1001);
    }

    void subprotocolRequired()
    {
        WsTestClient c;
        c.open(m_url, /*offerSubprotocol=*/false);
        QVERIFY(c.waitClosed());
        QCOMPARE(c.closeCode, 4005);
    }

    void loginTimeoutCloses()
    {
        proto::Limits limits;
        limits.loginTimeoutMs = 300;  // shorter than one PBKDF2 check: a login being checked is not cut off
        const std::unique_ptr<Server> own = ownServer(limits);
        QVERIFY(own);
        WsTestClient idle, prompt;
        QVERIFY(idle.open(urlOf(*own)));
        QVERIFY(prompt.open(urlOf(*own)));
        QCOMPARE(WsTestClient::code(prompt.login(QStringLiteral("agent01"), Demo)), 0);
        QVERIFY(idle.waitClosed());
        QCOMPARE(idle.closeCode, 4002);
        QVERIFY(prompt.barrier());  // logged in in time: still here
    }

    void tooManyInFlight()
    {
        proto::Limits limits;
        limits.maxInFlight = 2;
        const std::unique_ptr<Server> own = ownServer(limits);
        QVERIFY(own);
        WsTestClient c;
        QVERIFY(c.open(urlOf(*own)));
        QStringList ids;
        for (int i = 0; i < 4; ++i)  // logins stay in flight while their hash is checked
            ids << c.send(QStringLiteral("session.login"),
                          {{QStringLiteral("username"), QStringLiteral("agent01")},
                           {QStringLiteral("password"), Demo},
                           {QStringLiteral("device"), QStringLiteral("pc")}});
        QList<int> codes;
        for (const QString &id : ids)
            codes << WsTestClient::code(c.response(id));
        QCOMPARE(codes.count(0), 2);
        QCOMPARE(codes.count(1007), 2);
    }

    void resumeAndLogout()
    {
        WsTestClient first;
        QVERIFY(first.open(m_url));
        const QJsonObject login = first.login(QStringLiteral("agent02"), Demo, QStringLiteral("laptop"));
        QCOMPARE(WsTestClient::code(login), 0);
        const QString token = WsTestClient::body(login).value(QStringLiteral("token")).toString();

        WsTestClient second;
        QVERIFY(second.open(m_url));
        const QJsonObject resumed =
            second.call(QStringLiteral("session.resume"), {{QStringLiteral("token"), token}});
        QCOMPARE(WsTestClient::code(resumed), 0);
        QCOMPARE(WsTestClient::body(resumed)
                     .value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("username"))
                     .toString(),
                 QStringLiteral("agent02"));
        QCOMPARE(WsTestClient::body(resumed).value(QStringLiteral("expiresAt")),
                 WsTestClient::body(login).value(QStringLiteral("expiresAt")));
        QVERIFY(first.waitClosed());
        QCOMPARE(first.closeCode, 4003);  // the same token resumed elsewhere
        QCOMPARE(WsTestClient::code(second.call(QStringLiteral("sync.pull"), {{QStringLiteral("since"), 0}})),
                 0);

        WsTestClient bogus;
        QVERIFY(bogus.open(m_url));
        QCOMPARE(WsTestClient::code(bogus.call(QStringLiteral("session.resume"),
                                               {{QStringLiteral("token"), QStringLiteral("bogus-token")}})),
                 2004);
        QCOMPARE(WsTestClient::code(bogus.call(QStringLiteral("session.resume"), {})), 3001);

        QCOMPARE(WsTestClient::code(second.call(QStringLiteral("session.logout"))), 0);
        QCOMPARE(WsTestClient::code(second.call(QStringLiteral("sync.pull"), {{QStringLiteral("since"), 0}})),
                 2001);
        QCOMPARE(WsTestClient::code(
                     bogus.call(QStringLiteral("session.resume"), {{QStringLiteral("token"), token}})),
                 2004);
    }

    void wssWithVerifiedCertificate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert, QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                       QStringLiteral("-days"), QStringLiteral("1")});
        QVERIFY(openssl.waitForFinished(60'000));
        QCOMPARE(openssl.exitCode(), 0);
        const std::unique_ptr<Server> tls = ownServer({}, cert, key);
        QVERIFY(tls);
        QVERIFY(tls->secure());

        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.setCaCertificates(QSslCertificate::fromPath(cert));
        WsTestClient verified;
        QVERIFY(
            verified.open(urlOf(*tls, QStringLiteral("wss"), QStringLiteral("localhost")), true, trusting));
        QVERIFY(verified.sslErrors.isEmpty());
        QCOMPARE(WsTestClient::code(verified.login(QStringLiteral("agent01"), Demo)), 0);
        QCOMPARE(
            WsTestClient::code(verified.call(QStringLiteral("sync.pull"), {{QStringLiteral("since"), 0}})),
            0);

        // Without the CA the certificate is not trusted and the client does not connect ...
        WsTestClient untrusting;
        QVERIFY(!untrusting.open(urlOf(*tls, QStringLiteral("wss"), QStringLiteral("localhost"))));
        QVERIFY(!untrusting.sslErrors.isEmpty());
        // ... nor does a plain ws client; the server keeps serving the verified one.
        WsTestClient plain;
        QVERIFY(!plain.open(urlOf(*tls)) || (plain.waitClosed() && plain.frames.isEmpty()));
        QVERIFY(verified.barrier());
    }
};

QTEST_GUILESS_MAIN(TestServerProtocol)
#include "tst_serverprotocol.moc"
