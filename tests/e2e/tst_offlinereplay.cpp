// End to end with real processes: the agent's client (SyncClient over a real cache file) against the
// real collectdesk-server binary. The server is stopped while the agent keeps working offline, and
// killed with SIGKILL in the middle of a large replay; after each restart the outbox drains and every
// operation is on the server exactly once — none lost, none doubled.
#include "Compliance.h"
#include "DispositionRecorder.h"
#include "LocalStore.h"
#include "OutboxRepository.h"
#include "Repositories.h"
#include "ServerProcess.h"
#include "SyncClient.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

class TestOfflineReplay : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncClient> m_client;

    /// Counts on the server's database, read by a separate connection while it runs.
    qint64 serverCount(const QString &sql)
    {
        const QString name = QStringLiteral("server-db-%1").arg(quintptr(this));
        qint64 n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_dir->filePath(QStringLiteral("server.db")));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    n = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return n;
    }

    /// Records `n` no-answer attempts on the agent's open or deferred tasks (offline: outbox only), each
    /// on the first number the server's compliance policy lets the agent dial (debtors on hold or
    /// not to be called, and invalid numbers, are skipped as an agent would).
    QStringList recordAttempts(int n)
    {
        QSqlQuery q(m_store->db());
        QList<qint64> ids;
        q.exec(QStringLiteral("SELECT id FROM tasks WHERE status != 'Done' AND id > 0 ORDER BY id"));
        while (q.next())
            ids << q.value(0).toLongLong();
        const std::optional<compliance::Policy> policy =
            compliance::Policy::fromJson(ServerProcess::aroundTheClock());
        if (!policy)
            return {};
        QList<std::pair<Task, Phone>> callable;
        for (qint64 id : std::as_const(ids)) {
            const auto task = TaskRepository(*m_store).find(id);
            const auto customer = CustomerRepository(*m_store).find(task->customerId);
            const QList<Phone> phones = CustomerRepository(*m_store).phones(task->customerId);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const Phone &p : phones) {
                if (compliance::check(*policy, *customer, p, phones, {}, now).allowed()) {
                    callable.append({*task, p});
                    break;
                }
            }
        }
        if (callable.isEmpty())
            return {};
        DispositionRecorder recorder(*m_store);
        for (int i = 0; i < n; ++i) {
            const auto &[task, phone] = callable.at(i % callable.size());
            Disposition d;
            d.taskId = task.id;
            d.customerId = task.customerId;
            d.phoneId = phone.id;
            d.phoneNumber = phone.number;
            d.agent = QStringLiteral("agent01");
            d.startedAt = QDateTime::currentDateTimeUtc().addSecs(-30);
            d.endedAt = QDateTime::currentDateTimeUtc();
            d.outcome = Outcome::NoAnswer;
            d.note = QStringLiteral("离线记录 %1").arg(i);
            if (!recorder.record(d, QDateTime::currentDateTimeUtc()))
                return {};
        }
        QStringList ops;
        QSqlQuery o(m_store->db());
        o.exec(QStringLiteral("SELECT op_id FROM outbox WHERE status = 'pending' ORDER BY id"));
        while (o.next())
            ops << o.value(0).toString();
        return ops;
    }

    void verifyExactlyOnce(const QStringList &ops)
    {
        // Every op applied once, each produced one interaction carrying its op id, nothing doubled.
        const QString list = QLatin1Char('\'') + ops.join(QStringLiteral("','")) + QLatin1Char('\'');
        QCOMPARE(
            serverCount(QStringLiteral("SELECT COUNT(*) FROM applied_ops WHERE op_id IN (%1)").arg(list)),
            qint64(ops.size()));
        QCOMPARE(
            serverCount(QStringLiteral("SELECT COUNT(*) FROM applied_ops WHERE op_id IN (%1) AND code = 0")
                            .arg(list)),
            qint64(ops.size()));
        QCOMPARE(
            serverCount(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE op_id IN (%1)").arg(list)),
            qint64(ops.size()));
        QCOMPARE(
            serverCount(QStringLiteral("SELECT COUNT(DISTINCT op_id) FROM interactions WHERE op_id IN (%1)")
                            .arg(list)),
            qint64(ops.size()));
        QCOMPARE(OutboxRepository(*m_store).pendingCount(), 0);
        QVERIFY(OutboxRepository(*m_store).rejected().isEmpty());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<ServerProcess>(m_dir->filePath(QStringLiteral("server.db")));
        QVERIFY2(m_server->prepare(40, 2), m_server->lastOutput().constData());
        QVERIFY2(m_server->start(), m_server->lastOutput().constData());

        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("agent01.sqlite"))).ok());
        m_client = std::make_unique<SyncClient>(*m_store);
        SyncClient::Timing t;
        t.reconnect = Backoff{100, 1000};
        t.retry = Backoff{100, 1000};
        t.pushDelayMs = 10;
        m_client->setTiming(t);
        m_client->setServerUrl(m_server->url());
        QSignalSpy synced(m_client.get(), &SyncClient::synced);
        m_client->login(QStringLiteral("agent01"), QStringLiteral("demo"), QStringLiteral("e2e"));
        QVERIFY(synced.wait(30'000));
        QCOMPARE(m_client->state(), SyncClient::State::Online);
        QVERIFY(TaskRepository(*m_store).count(TaskStatus::Open) > 0);
    }

    void cleanup()
    {
        m_client.reset();
        m_store.reset();
        m_server.reset();
        m_dir.reset();
    }

    void offlineWorkDrainsExactlyOnceAfterRestart()
    {
        QVERIFY(m_server->stop());
        QTRY_VERIFY_WITH_TIMEOUT(m_client->state() == SyncClient::State::Reconnecting, 15'000);

        const QStringList ops = recordAttempts(25);
        QCOMPARE(ops.size(), 25);
        m_client->outboxChanged();
        // Still offline: nothing can leave, and nothing is lost.
        QTest::qWait(300);
        QCOMPARE(OutboxRepository(*m_store).pendingCount(), 25);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM applied_ops")), qint64(0));

        QVERIFY2(m_server->start(), m_server->lastOutput().constData());
        QTRY_VERIFY_WITH_TIMEOUT(m_client->state() == SyncClient::State::Online, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->pendingCount(), 0, 60'000);
        verifyExactlyOnce(ops);
    }

    void killedMidReplayLosesAndDoublesNothing()
    {
        QVERIFY(m_server->stop());
        QTRY_VERIFY_WITH_TIMEOUT(m_client->state() == SyncClient::State::Reconnecting, 15'000);
        const int n = 1200;
        const QStringList ops = recordAttempts(n);
        QCOMPARE(ops.size(), n);

        // Restart, and kill the server as soon as the replay is visibly under way.
        QVERIFY2(m_server->start(), m_server->lastOutput().constData());
        m_client->outboxChanged();
        QTRY_VERIFY_WITH_TIMEOUT(m_client->pendingCount() < n, 60'000);
        m_server->kill();
        const int leftAfterKill = OutboxRepository(*m_store).pendingCount();
        QVERIFY2(leftAfterKill > 0, "the replay finished before the kill; the test proves nothing");

        QVERIFY2(m_server->start(), m_server->lastOutput().constData());
        QTRY_COMPARE_WITH_TIMEOUT(m_client->pendingCount(), 0, 120'000);
        verifyExactlyOnce(ops);
    }
};

QTEST_GUILESS_MAIN(TestOfflineReplay)
#include "tst_offlinereplay.moc"
