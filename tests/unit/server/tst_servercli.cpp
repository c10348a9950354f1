// The collectdesk-server binary as an operator uses it: every command answers --help, bad arguments
// exit 2 with a message, init / user add / seed-demo / task reassign leave the database as promised,
// and serve prints "listening on", logs sessions and stops cleanly on SIGTERM.
#include "PasswordHasher.h"
#include "ServerTypes.h"
#include "SqliteStorage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

using namespace cd;
using namespace cd::server;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 120'000)
{
    QProcess p;
    p.start(QStringLiteral(CD_SERVER_BINARY), args);
    if (!p.waitForStarted())
        return {};
    if (!input.isNull())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
               QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

int count(SqliteStorage &s, const QString &sql)
{
    QSqlQuery q(s.db());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

}  // namespace

class TestServerCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(CD_SERVER_BINARY)), CD_SERVER_BINARY);
    }

    void helpForEveryCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("usage");
        QTest::newRow("main") << QStringList{QStringLiteral("--help")}
                              << QStringLiteral("Usage: collectdesk-server <command>");
        for (const char *cmd : {"init", "user add", "user disable", "seed-demo", "serve", "task reassign",
                                "queue", "rules show", "rules set", "payment post", "accounts sweep"}) {
            QStringList args = QString::fromLatin1(cmd).split(QLatin1Char(' '));
            args << QStringLiteral("--help");
            QTest::newRow(cmd)
                << args << QStringLiteral("Usage: collectdesk-server %1 [options]").arg(QLatin1String(cmd));
        }
    }

    void helpForEveryCommand()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, usage);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(usage), qPrintable(r.out));
    }

    void badArgumentsExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString db = m_dir.filePath(QStringLiteral("bad.db"));
        auto l = [](std::initializer_list<const char *> a) {
            QStringList out;
            for (const char *s : a)
                out << QString::fromUtf8(s);
            return out;
        };
        QTest::newRow("no command") << QStringList() << QStringLiteral("no command given");
        QTest::newRow("unknown command")
            << l({"frobnicate"}) << QStringLiteral("unknown command \"frobnicate\"");
        QTest::newRow("init without --db") << l({"init"}) << QStringLiteral("--db is required");
        QTest::newRow("unknown option")
            << l({"init", "--dbx", "x"}) << QStringLiteral("Unknown option 'dbx'");
        QTest::newRow("postgres not yet") << l({"init", "--db", "postgres://cd@localhost/cd"})
                                          << QStringLiteral("PostgreSQL storage is not available yet");
        QTest::newRow("unknown scheme")
            << l({"init", "--db", "mysql://x/y"}) << QStringLiteral("unknown database scheme");
        QTest::newRow("user without subcommand") << l({"user"}) << QStringLiteral("expected 'user add'");
        QTest::newRow("bad role")
            << (l({"user", "add", "--username", "u1", "--role", "boss", "--team", "t", "--db"}) << db)
            << QStringLiteral("--role must be agent, lead, trainer, admin, legal or risk");
        QTest::newRow("bad username")
            << (l({"user", "add", "--username", "a b", "--role", "agent", "--team", "t", "--db"}) << db)
            << QStringLiteral("--username");
        QTest::newRow("missing team")
            << (l({"user", "add", "--username", "u1", "--role", "agent", "--db"}) << db)
            << QStringLiteral("--team is required");
        QTest::newRow("customers not a number")
            << (l({"seed-demo", "--customers", "many", "--agents", "2", "--db"}) << db)
            << QStringLiteral("--customers must be a number");
        QTest::newRow("zero agents") << (l({"seed-demo", "--customers", "5", "--agents", "0", "--db"}) << db)
                                     << QStringLiteral("--agents must be a number");
        QTest::newRow("serve beyond loopback without TLS")
            << (l({"serve", "--listen", "0.0.0.0:0", "--db"}) << db) << QStringLiteral("without TLS");
        QTest::newRow("serve bad listen")
            << (l({"serve", "--listen", "localhost", "--db"}) << db) << QStringLiteral("is not HOST:PORT");
        QTest::newRow("serve host name") << (l({"serve", "--listen", "example.com:80", "--db"}) << db)
                                         << QStringLiteral("must be an IP address or localhost");
        QTest::newRow("serve cert without key")
            << (l({"serve", "--listen", "127.0.0.1:0", "--tls-cert", "c.pem", "--db"}) << db)
            << QStringLiteral("--tls-cert and --tls-key go together");
        QTest::newRow("reassign bad task")
            << (l({"task", "reassign", "--task", "x", "--to", "u", "--db"}) << db)
            << QStringLiteral("--task must be a task id");
        QTest::newRow("queue without --agent") << (l({"queue", "--at", "2026-03-02T10:00:00Z", "--db"}) << db)
                                               << QStringLiteral("--agent is required");
        QTest::newRow("queue without --at")
            << (l({"queue", "--agent", "agent01", "--db"}) << db) << QStringLiteral("--at is required");
        QTest::newRow("queue bad --at")
            << (l({"queue", "--agent", "agent01", "--at", "tomorrow", "--db"}) << db)
            << QStringLiteral("--at must be an ISO-8601 time");
        QTest::newRow("queue unreadable --policy")
            << (l({"queue", "--agent", "a", "--at", "2026-03-02T10:00:00Z", "--policy", "/nonexistent.json",
                   "--db"})
                << db)
            << QStringLiteral("cannot read --policy");
        QTest::newRow("rules without subcommand")
            << l({"rules"}) << QStringLiteral("expected 'rules show' or 'rules set'");
        QTest::newRow("rules set without --author") << (l({"rules", "set", "--file", "r.json", "--db"}) << db)
                                                    << QStringLiteral("--author is required");
        QTest::newRow("rules set unreadable file")
            << (l({"rules", "set", "--author", "admin", "--file", "/nonexistent.json", "--db"}) << db)
            << QStringLiteral("cannot read --file");
        QTest::newRow("rules set invalid rules")
            << (l({"rules", "set", "--author", "admin", "--file"})
                << writeFile("bad-rules.json", R"({"retry": {"backoffMinutes": [30, 0]}})")
                << QStringLiteral("--db") << db)
            << QStringLiteral("retry.backoffMinutes[1]: must be 1..10080");
        QTest::newRow("rules set not JSON")
            << (l({"rules", "set", "--author", "admin", "--file"})
                << writeFile("not-json.json", "retry = 5") << QStringLiteral("--db") << db)
            << QStringLiteral("is not a JSON object");
        QTest::newRow("serve bad --engine-interval")
            << (l({"serve", "--listen", "127.0.0.1:0", "--engine-interval", "often", "--db"}) << db)
            << QStringLiteral("--engine-interval must be 0..86400 seconds");
    }

    void badArgumentsExit2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("--help")), qPrintable(r.err));  // says where to look
        QVERIFY(
            !QFile::exists(m_dir.filePath(QStringLiteral("bad.db"))));  // refused before touching anything
    }

    void rulesShowAndSet()
    {
        const QString db = m_dir.filePath(QStringLiteral("rules.db"));
        Run r = run({QStringLiteral("rules"), QStringLiteral("show"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("version")).toInt(), 0);  // bundled defaults
        QCOMPARE(
            shown.value(QStringLiteral("reminders")).toObject().value(QStringLiteral("daysBefore")).toArray(),
            (QJsonArray{3, 1}));

        const QStringList set{
            QStringLiteral("rules"),    QStringLiteral("set"),       QStringLiteral("--db"),  db,
            QStringLiteral("--author"), QStringLiteral("ops-admin"), QStringLiteral("--file")};
        r = run(set
                + QStringList{writeFile("good-rules.json", R"({"retry": {"backoffMinutes": [15, 45]}})")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("stored task rules version 1")), qPrintable(r.out));
        r = run(set + QStringList{writeFile("bad-rules2.json", R"({"escalation": {"minBucket": "M7"}})")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("escalation.minBucket")), qPrintable(r.err));

        r = run({QStringLiteral("rules"), QStringLiteral("show"), QStringLiteral("--db"), db});
        shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("version")).toInt(), 1);  // the bad file stored nothing
        QCOMPARE(
            shown.value(QStringLiteral("retry")).toObject().value(QStringLiteral("backoffMinutes")).toArray(),
            (QJsonArray{15, 45}));
        SqliteStorage s(db);
        QVERIFY(s.open().ok());
        const auto audit = s.auditEntries(QStringLiteral("rules.set"), 10).value();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().user, QStringLiteral("ops-admin"));
    }

    void initCreatesAndMigrates()
    {
        const QString db = m_dir.filePath(QStringLiteral("init.db"));
        Run r = run({QStringLiteral("init"), QStringLiteral("--db"), QStringLiteral("sqlite:") + db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("ready (schema %1)").arg(SqliteStorage::CurrentSchema)), qPrintable(r.out));
        QVERIFY(QFile::exists(db));
        r = run(
            {QStringLiteral("init"), QStringLiteral("--db"), db});  // plain path, second time: nothing new
        QCOMPARE(r.exitCode, 0);
        SqliteStorage s(db);
        QVERIFY(s.open().ok());
        QCOMPARE(s.schemaVersion(), SqliteStorage::CurrentSchema);
        // The same default scripts the client bundles, once each, all in the change log.
        QFile json(QStringLiteral(":/collectdesk-server/default-scripts.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const int bundled = int(QJsonDocument::fromJson(json.readAll())
                                    .object()
                                    .value(QStringLiteral("scripts"))
                                    .toArray()
                                    .size());
        QVERIFY(bundled > 0);
        QCOMPARE(s.scripts().value().size(), bundled);
        QCOMPARE(
            count(s,
                  QStringLiteral(
                      "SELECT COUNT(*) FROM change_log WHERE entity = 'script' AND customer_id IS NULL")),
            bundled);
    }

    void userAddReadsPasswordFromStdin()
    {
        const QString db = m_dir.filePath(QStringLiteral("users.db"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
        const QStringList add{QStringLiteral("user"),       QStringLiteral("add"),
                              QStringLiteral("--db"),       db,
                              QStringLiteral("--username"), QStringLiteral("wang.li"),
                              QStringLiteral("--role"),     QStringLiteral("lead"),
                              QStringLiteral("--team"),     QStringLiteral("north"),
                              QStringLiteral("--skill"),    QStringLiteral("senior"),
                              QStringLiteral("--name"),     QStringLiteral("王丽")};
        Run r = run(add, QByteArray("s3cret pass\nignored second line\n"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("added user wang.li")), qPrintable(r.out));

        // Same user again: refused, exit 1.
        r = run(add, QByteArray("other\n"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));

        // Empty password: refused, nothing created.
        QStringList empty = add;
        empty[empty.indexOf(QStringLiteral("wang.li"))] = QStringLiteral("empty.pw");
        r = run(empty, QByteArray("\n"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("empty password")), qPrintable(r.err));

        // From a file.
        const QString pwFile = m_dir.filePath(QStringLiteral("pw.txt"));
        QFile f(pwFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("from-file\r\n");
        f.close();
        r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db,
                 QStringLiteral("--username"), QStringLiteral("agent.file"), QStringLiteral("--role"),
                 QStringLiteral("agent"), QStringLiteral("--team"), QStringLiteral("north"),
                 QStringLiteral("--password-file"), pwFile});
        QCOMPARE(r.exitCode, 0);

        SqliteStorage s(db);
        QVERIFY(s.open().ok());
        const auto lead = s.userByName(QStringLiteral("wang.li")).value();
        QVERIFY(lead.has_value());
        QCOMPARE(lead->role, Role::Lead);
        QCOMPARE(lead->team, QStringLiteral("north"));
        QCOMPARE(lead->skill, QStringLiteral("senior"));
        QCOMPARE(lead->name, QStringLiteral("王丽"));
        QVERIFY(lead->passwordHash.startsWith(QStringLiteral("pbkdf2-sha256$")));
        QVERIFY(PasswordHasher::verify(QStringLiteral("s3cret pass"), lead->passwordHash));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("s3cret pass\n"), lead->passwordHash));
        QVERIFY(!s.userByName(QStringLiteral("empty.pw")).value().has_value());
        QVERIFY(PasswordHasher::verify(QStringLiteral("from-file"),
                                       s.userByName(QStringLiteral("agent.file")).value()->passwordHash));
        QCOMPARE(s.auditEntries(QStringLiteral("user.add"), 10).value().size(), 2);
    }

    void seedDemoAndReassign()
    {
        const QString db = m_dir.filePath(QStringLiteral("demo.db"));
        Run r = run({QStringLiteral("seed-demo"), QStringLiteral("--db"), db, QStringLiteral("--customers"),
                     QStringLiteral("150"), QStringLiteral("--agents"), QStringLiteral("3"),
                     QStringLiteral("--team"), QStringLiteral("north"), QStringLiteral("--seed"),
                     QStringLiteral("7")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("seeded 150 customers")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("created users: agent01, agent02, agent03, lead01")),
                 qPrintable(r.out));

        {
            SqliteStorage s(db);
            QVERIFY(s.open().ok());
            for (const char *name : {"agent01", "agent02", "agent03", "lead01"}) {
                const auto u = s.userByName(QString::fromLatin1(name)).value();
                QVERIFY2(u.has_value(), name);
                QCOMPARE(u->team, QStringLiteral("north"));
                QCOMPARE(u->role, name[0] == 'l' ? Role::Lead : Role::Agent);
            }
            QVERIFY(PasswordHasher::verify(QStringLiteral("demo"),
                                           s.userByName(QStringLiteral("agent02")).value()->passwordHash));
            QCOMPARE(count(s, QStringLiteral("SELECT COUNT(*) FROM customers WHERE demo = 1")), 150);
            // Round-robin: the customers (in generation order) go agent01, agent02, agent03, agent01, ...
            QSqlQuery q(s.db());
            QVERIFY(q.exec(
                QStringLiteral("SELECT assignee, COUNT(DISTINCT customer_id) FROM tasks GROUP BY assignee")));
            QMap<QString, int> perAgent;
            while (q.next())
                perAgent.insert(q.value(0).toString(), q.value(1).toInt());
            QCOMPARE(perAgent.keys(),
                     (QStringList{QStringLiteral("agent01"), QStringLiteral("agent02"),
                                  QStringLiteral("agent03")}));
            for (int n : perAgent)
                QVERIFY2(n >= 35 && n <= 50, qPrintable(QString::number(n)));
            // Every entity is in the change log, so the first pull of an agent fills its cache.
            for (const char *table : {"customers", "phones", "loans", "tasks", "interactions", "promises"}) {
                const QString entity = QString::fromLatin1(table).chopped(1);
                QCOMPARE(
                    count(s,
                          QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = '%1'").arg(entity)),
                    count(s, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
            }
            m_taskOfAgent01 =
                count(s, QStringLiteral("SELECT MIN(id) FROM tasks WHERE assignee = 'agent01'"));
            QVERIFY(m_taskOfAgent01 > 0);
        }

        // A second run finds the users and adds customers; it does not duplicate users.
        r = run({QStringLiteral("seed-demo"), QStringLiteral("--db"), db, QStringLiteral("--customers"),
                 QStringLiteral("10"), QStringLiteral("--agents"), QStringLiteral("3"),
                 QStringLiteral("--team"), QStringLiteral("north")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains(QStringLiteral("created users")), qPrintable(r.out));

        const QStringList reassign{
            QStringLiteral("task"),   QStringLiteral("reassign"),       QStringLiteral("--db"), db,
            QStringLiteral("--task"), QString::number(m_taskOfAgent01), QStringLiteral("--to")};
        r = run(reassign + QStringList{QStringLiteral("agent03")});
        QCOMPARE(r.exitCode, 0);
        r = run(reassign + QStringList{QStringLiteral("nobody")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("user nobody not found")), qPrintable(r.err));

        SqliteStorage s(db);
        QVERIFY(s.open().ok());
        QCOMPARE(s.task(m_taskOfAgent01).value()->task.assignee, QStringLiteral("agent03"));
        QCOMPARE(count(s,
                       QStringLiteral(
                           "SELECT COUNT(*) FROM change_log WHERE entity = 'task' AND entity_id = %1 AND "
                           "prev_assignee = 'agent01'")
                           .arg(m_taskOfAgent01)),
                 1);
        const auto audit = s.auditEntries(QStringLiteral("task.reassign"), 10).value();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().detail.value(QStringLiteral("from")).toString(), QStringLiteral("agent01"));
        QCOMPARE(audit.first().detail.value(QStringLiteral("to")).toString(), QStringLiteral("agent03"));
    }

    void paymentPostAndAccountsSweep()
    {
        const QString db = m_dir.filePath(QStringLiteral("accounts.db"));
        QCOMPARE(run({QStringLiteral("seed-demo"), QStringLiteral("--db"), db, QStringLiteral("--customers"),
                      QStringLiteral("20"), QStringLiteral("--agents"), QStringLiteral("2")})
                     .exitCode,
                 0);
        QString contract;
        {
            SqliteStorage s(db);
            QVERIFY(s.open().ok());
            QSqlQuery q(s.db());
            QVERIFY(q.exec(
                QStringLiteral("SELECT contract_no FROM loans l JOIN installments i ON i.loan_id = l.id "
                               "WHERE i.paid_fen < i.principal_fen ORDER BY l.id LIMIT 1")));
            QVERIFY(q.next());
            contract = q.value(0).toString();
        }
        const QStringList post{QStringLiteral("payment"), QStringLiteral("post"), QStringLiteral("--db"), db,
                               QStringLiteral("--contract")};
        const QString at = QStringLiteral("2026-11-22T03:00:00Z");
        // Bad input: exit 2 with the reason, nothing written.
        Run r = run(post
                    + QStringList{contract, QStringLiteral("--amount"), QStringLiteral("0"),
                                  QStringLiteral("--at"), at});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--amount")), qPrintable(r.err));
        r = run(post
                + QStringList{contract, QStringLiteral("--amount"), QStringLiteral("12.345"),
                              QStringLiteral("--at"), at});
        QCOMPARE(r.exitCode, 2);
        r = run(post
                + QStringList{QStringLiteral("NO-SUCH"), QStringLiteral("--amount"), QStringLiteral("10"),
                              QStringLiteral("--at"), at});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("NO-SUCH")), qPrintable(r.err));
        int paymentsBefore = 0;
        {
            SqliteStorage s(db);
            QVERIFY(s.open().ok());
            paymentsBefore = count(s, QStringLiteral("SELECT COUNT(*) FROM payments"));
            QCOMPARE(s.auditEntries(QStringLiteral("payment.post"), 10).value().size(), 0);
        }

        r = run(post
                + QStringList{contract, QStringLiteral("--amount"), QStringLiteral("10.50"),
                              QStringLiteral("--at"), at, QStringLiteral("--channel"),
                              QStringLiteral("alipay")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("10.50")) && r.out.contains(QStringLiteral("period")),
                 qPrintable(r.out));
        r = run({QStringLiteral("accounts"), QStringLiteral("sweep"), QStringLiteral("--db"), db,
                 QStringLiteral("--at"), QStringLiteral("2026-11-23T01:00:00Z")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("swept ")), qPrintable(r.out));

        SqliteStorage s(db);
        QVERIFY(s.open().ok());
        QCOMPARE(count(s, QStringLiteral("SELECT COUNT(*) FROM payments")), paymentsBefore + 1);
        QCOMPARE(count(s, QStringLiteral("SELECT amount_fen FROM payments ORDER BY id DESC LIMIT 1")), 1050);
        QCOMPARE(s.auditEntries(QStringLiteral("payment.post"), 10).value().size(), 1);
        QCOMPARE(s.auditEntries(QStringLiteral("accounts.sweep"), 10).value().size(), 1);
    }

    void serveLogsSessionsAndStopsOnSigterm()
    {
        const QString db = m_dir.filePath(QStringLiteral("serve.db"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db,
                      QStringLiteral("--username"), QStringLiteral("zhao"), QStringLiteral("--role"),
                      QStringLiteral("agent"), QStringLiteral("--team"), QStringLiteral("north")},
                     QByteArray("pw-zhao\n"))
                     .exitCode,
                 0);

        QProcess server;
        server.start(QStringLiteral(CD_SERVER_BINARY),
                     {QStringLiteral("serve"), QStringLiteral("--db"), db, QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1:0")});
        QVERIFY(server.waitForStarted());
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT(
            (out += QString::fromUtf8(server.readAllStandardOutput())).contains(QLatin1Char('\n')), 20000);
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^listening on 127\\.0\\.0\\.1:(\\d+)\\n")).match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        const int port = m.captured(1).toInt();
        QVERIFY(port > 0);

        QWebSocket client;
        QWebSocketHandshakeOptions options;
        options.setSubprotocols({QStringLiteral("collectdesk.v1")});
        QString answer;
        connect(&client, &QWebSocket::textMessageReceived, this, [&answer](const QString &m) { answer = m; });
        client.open(QNetworkRequest(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port))), options);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, 10000);
        client.sendTextMessage(
            QStringLiteral(R"({"v":1,"kind":"req","type":"session.login","id":"l1","ts":"",)"
                           R"("body":{"username":"zhao","password":"pw-zhao","device":"pc-9"}})"));
        QTRY_VERIFY_WITH_TIMEOUT(!answer.isEmpty(), 10000);
        const QJsonObject res = QJsonDocument::fromJson(answer.toUtf8()).object();
        QCOMPARE(res.value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toInt(), 0);

        server.terminate();  // SIGTERM
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 10000);
        QCOMPARE(int(client.closeCode()), 4004);                                 // CloseCode::ServerShutdown
        QTRY_COMPARE_WITH_TIMEOUT(server.state(), QProcess::NotRunning, 10000);  // (may already have ended)
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        const QString log = QString::fromUtf8(server.readAllStandardError());
        QVERIFY2(log.contains(QRegularExpression(
                     QStringLiteral("session start user=zhao peer=127\\.0\\.0\\.1:\\d+ device=pc-9"))),
                 qPrintable(log));
        QVERIFY2(log.contains(QRegularExpression(
                     QStringLiteral("session end user=zhao peer=127\\.0\\.0\\.1:\\d+ device=pc-9 "
                                    "duration=\\d+\\.\\ds close=4004"))),
                 qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("shutting down")), qPrintable(log));
    }

private:
    QTemporaryDir m_dir;
    QString writeFile(const char *name, const char *content)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }
    int m_taskOfAgent01 = 0;
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
