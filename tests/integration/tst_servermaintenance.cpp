// What keeps the serving thread's turns short on a busy floor, checked against real files and sockets:
// - the task engine's timed sweep runs in slices (one per turn of the event loop) and plans exactly
//   what one whole sweep plans;
// - the WAL is checkpointed by a thread of its own: the serving connection never does it, and the log
//   still goes back to the start after a burst of writes; a database not in WAL mode is refused;
// - the server's sockets send small frames at once (TCP_NODELAY) instead of waiting for the peer's
//   delayed ACK.
#include "ClientSession.h"
#include "Hub.h"
#include "ServerFixture.h"
#include "TaskEngine.h"
#include "ThreadPolicies.h"
#include "WalCheckpointer.h"

#include <QAbstractSocket>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <netinet/in.h>
#include <sched.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace cdtest;

namespace {

/// The open tasks of a database, one line each: what a sweep decided.
QStringList openTasks(SqliteStorage &db)
{
    QStringList out;
    QSqlQuery q(db.db());
    q.exec(QStringLiteral("SELECT customer_id, kind, assignee, priority FROM tasks WHERE status != 'Done' "
                          "ORDER BY customer_id, kind"));
    while (q.next())
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(q.value(0).toLongLong())
                   .arg(q.value(1).toString(), q.value(2).toString())
                   .arg(q.value(3).toInt());
    return out;
}

}  // namespace

class tst_ServerMaintenance : public ServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startServer(); }
    void cleanupTestCase() { m_server.reset(); }

    void slicedSweepPlansWhatOneSweepPlans()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString seeded = dir.filePath(QStringLiteral("seeded.db"));
        {
            SqliteStorage db(seeded);
            QVERIFY(db.open().ok());
            DemoSeedOptions demo;
            demo.customers = 400;
            demo.agents = 6;
            demo.seed = 7;
            QVERIFY(DemoSeeding(db).run(demo).ok());
            // Every task closed: the sweep has to plan and assign all 400 customers again.
            QSqlQuery q(db.db());
            QVERIFY(q.exec(QStringLiteral("UPDATE tasks SET status = 'Done'")));
        }  // closing checkpoints the WAL into the file
        const QString wholePath = dir.filePath(QStringLiteral("whole.db"));
        const QString slicedPath = dir.filePath(QStringLiteral("sliced.db"));
        QVERIFY(QFile::copy(seeded, wholePath));
        QVERIFY(QFile::copy(seeded, slicedPath));

        QStringList whole;
        {
            SqliteStorage db(wholePath);
            QVERIFY(db.open().ok());
            AuditLog audit(db);
            TaskService tasks(db, audit);
            TaskEngine engine(db, audit, tasks);
            const Result<TaskEngine::Summary> s = engine.sweep(QDateTime::currentDateTimeUtc());
            QVERIFY(s.ok());
            QCOMPARE(s->customers, 400);
            QVERIFY2(s->created >= 150, qPrintable(QString::number(s->created)));
            whole = openTasks(db);
        }
        QStringList sliced;
        {
            SqliteStorage db(slicedPath);
            QVERIFY(db.open().ok());
            AuditLog audit(db);
            TaskService tasks(db, audit);
            TaskEngine engine(db, audit, tasks);
            QSignalSpy notices(&engine, &TaskEngine::noticed);
            engine.startTimer(3600, 0.05);  // 50 µs of work per slice: many slices
            QTRY_VERIFY(engine.sweeping());  // the first slice ran and left the rest for later turns
            QVERIFY(openTasks(db).size() < whole.size());
            QTRY_VERIFY_WITH_TIMEOUT(!engine.sweeping(), 60'000);
            QVERIFY(notices.count() >= whole.size());  // every new task was announced
            sliced = openTasks(db);
        }
        QCOMPARE(sliced.size(), whole.size());
        QCOMPARE(sliced, whole);
    }

    // After a recorded call the customer is planned again on a later turn, not inside the request: the
    // answer goes first; asking twice plans once.
    void replanComesAfterTheAnswer()
    {
        QTemporaryDir dir;
        const QString seeded = dir.filePath(QStringLiteral("replan.db"));
        QList<qint64> ids;
        {
            SqliteStorage db(seeded);
            QVERIFY(db.open().ok());
            DemoSeedOptions demo;
            demo.customers = 40;
            demo.agents = 2;
            QVERIFY(DemoSeeding(db).run(demo).ok());
            QSqlQuery q(db.db());
            QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT customer_id FROM tasks WHERE status != 'Done' "
                                          "ORDER BY customer_id LIMIT 8")));
            while (q.next())
                ids << q.value(0).toLongLong();
            QCOMPARE(ids.size(), 8);
            QVERIFY(q.exec(QStringLiteral("UPDATE tasks SET status = 'Done'")));
        }
        QVERIFY(QFile::copy(seeded, dir.filePath(QStringLiteral("now.db"))));
        QStringList expected;  // each customer planned at once
        {
            SqliteStorage db(dir.filePath(QStringLiteral("now.db")));
            QVERIFY(db.open().ok());
            AuditLog audit(db);
            TaskService tasks(db, audit);
            TaskEngine engine(db, audit, tasks);
            for (qint64 id : ids)
                QVERIFY(engine.sweepCustomer(id, QDateTime::currentDateTimeUtc()).ok());
            expected = openTasks(db);
        }
        QVERIFY(!expected.isEmpty());
        SqliteStorage db(seeded);
        QVERIFY(db.open().ok());
        AuditLog audit(db);
        TaskService tasks(db, audit);
        TaskEngine engine(db, audit, tasks);
        QSignalSpy notices(&engine, &TaskEngine::noticed);
        for (qint64 id : ids)
            engine.replanSoon(id);
        engine.replanSoon(ids.first());
        QVERIFY(openTasks(db).isEmpty());  // nothing yet: the caller's turn is not held up
        QTRY_COMPARE(openTasks(db), expected);
        QCOMPARE(notices.count(), expected.size());  // one announcement per new task, none twice
    }

    void servingConnectionLeavesCheckpointsToTheirThread()
    {
        const WalCheckpointer *cp = m_server->checkpointer();
        QVERIFY(cp);
        QVERIFY(cp->running());
        QSqlQuery q(db().db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        // A burst of writes through the server (3,000+ pages: past SQLite's own threshold of 1,000).
        const QString walPath = m_dbPath + QStringLiteral("-wal");
        Storage &s = m_server->storage();
        Customer c;
        c.name = QStringLiteral("测试客户");
        c.timeZone = QStringLiteral("Asia/Shanghai");
        c.address = QString(3000, QLatin1Char('x'));
        for (int i = 0; i < 1500; ++i)
            QVERIFY(s.insertCustomer(c, true).ok());
        // The checkpointer copies the log into the database; the next write starts it from the top.
        const qint64 runsBefore = cp->stats().runs;
        QTRY_VERIFY_WITH_TIMEOUT(cp->stats().runs >= runsBefore + 2 && cp->stats().lastCopied == cp->stats().lastLog,
                                 10'000);
        QVERIFY(s.insertCustomer(c, true).ok());
        QTRY_VERIFY_WITH_TIMEOUT(cp->stats().lastLog < 50, 10'000);
        QCOMPARE(cp->stats().failures, 0);
        QVERIFY(QFileInfo(walPath).exists());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM customers WHERE name = '测试客户'")).toInt(), 1501);
    }

    void backgroundThreadsNeverPreemptTheServingThread()
    {
        // A login hashes its password on the pool.
        WsTestClient c;
        QVERIFY(c.open(m_url));
        QCOMPARE(WsTestClient::code(c.login(QStringLiteral("agent01"), Demo)), 0);

        QCOMPARE(::sched_getscheduler(0), SCHED_OTHER);  // the serving thread (this one) stays normal
        const QMultiHash<QString, int> policies = threadPolicies();
        // (The facts reader's thread is checked in tst_taskengine: this fixture's engine has no timer.)
        QCOMPARE(policies.values(QStringLiteral("wal-checkpoint")), QList<int>{SCHED_BATCH});
        bool hashedInBatch = false;
        for (auto it = policies.cbegin(); it != policies.cend(); ++it)
            hashedInBatch = hashedInBatch || (it.key().contains(QLatin1String("pooled")) && it.value() == SCHED_BATCH);
        QVERIFY2(hashedInBatch, "the login was hashed on a thread that can preempt the serving thread");
    }

    void refusesADatabaseNotInWalMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rollback.db"));
        {
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rollback"));
            d.setDatabaseName(path);
            QVERIFY(d.open());
            QSqlQuery q(d);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(x)")));
            d.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("rollback"));
        WalCheckpointer cp(path);
        QString why;
        QVERIFY(!cp.start(&why));
        QVERIFY2(why.contains(QLatin1String("WAL")), qPrintable(why));
        QVERIFY(!cp.running());
    }

    void socketsSendSmallFramesAtOnce()
    {
        WsTestClient c;
        QVERIFY(c.open(m_url));
        QCOMPARE(WsTestClient::code(c.login(QStringLiteral("agent01"), Demo)), 0);
        // The server's end of this connection: the socket in this process whose local port is the
        // server's and whose peer port is the client's.
        const quint16 clientPort = c.socket.localPort();
        int found = 0;
        for (int fd = 0; fd < 4096; ++fd) {
            sockaddr_in local{}, peer{};
            socklen_t len = sizeof local;
            if (::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &len) != 0 || local.sin_family != AF_INET)
                continue;
            len = sizeof peer;
            if (ntohs(local.sin_port) != m_server->port()
                || ::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &len) != 0
                || ntohs(peer.sin_port) != clientPort)
                continue;
            int noDelay = 0;
            len = sizeof noDelay;
            QCOMPARE(::getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &noDelay, &len), 0);
            QVERIFY2(noDelay != 0, "the server's socket waits for ACKs (Nagle) before sending small frames");
            ++found;
        }
        QCOMPARE(found, 1);
    }
};

QTEST_GUILESS_MAIN(tst_ServerMaintenance)
#include "tst_servermaintenance.moc"
