// What a running server does on its own: the account sweep (promise decisions after grace, bucket
// rolls, risk review) runs right after start and then on its timer when accountSweepMinutes is set, as
// `serve` sets it, and not at all when it is 0.
#include "ServerFixture.h"

#include <QTest>

using namespace cdtest;

class TstServerSchedule : public ServerFixture
{
    Q_OBJECT

    /// A promise of the real debtor that fell due ten days ago and was never paid.
    qint64 overduePromise()
    {
        Promise p;
        p.customerId = m_realCustomer;
        p.amount = yuan(800);
        p.dueDate = QDate::currentDate().addDays(-10);
        p.createdAt = QDateTime::currentDateTimeUtc().addDays(-12);
        const Result<qint64> id = m_server->storage().insertPromise(p, newOpId());
        return id ? id.value() : 0;
    }

    QString statusOf(qint64 promiseId)
    {
        return scalar(QStringLiteral("SELECT status FROM promises WHERE id = ?"), {promiseId}).toString();
    }

    std::unique_ptr<Server> serverWithSweep(int minutes)
    {
        auto s = std::make_unique<Server>();
        ServerConfig config;
        config.database = QStringLiteral("sqlite:") + m_dbPath;
        config.policy = aroundTheClock();
        config.accountSweepMinutes = minutes;
        if (!s->start(config).ok())
            return nullptr;
        return s;
    }

private Q_SLOTS:
    void initTestCase() { startServer(); }
    void cleanupTestCase() { m_server.reset(); }

    void noSweepWhenNotScheduled()
    {
        const qint64 id = overduePromise();
        QVERIFY(id > 0);
        const std::unique_ptr<Server> own = serverWithSweep(0);
        QVERIFY(own);
        QTest::qWait(300);
        QCOMPARE(statusOf(id), QStringLiteral("Pending"));
    }

    void sweepRunsAtStart()
    {
        const qint64 id = overduePromise();
        QVERIFY(id > 0);
        const std::unique_ptr<Server> own = serverWithSweep(60);
        QVERIFY(own);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("Broken"), 20000);
        QVERIFY(!scalar(QStringLiteral("SELECT decided_at FROM promises WHERE id = ?"), {id}).isNull());
        // The lead of the debtor's team sees the risk review's trace.
        QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM risk_events WHERE customer_id = ?"), {m_realCustomer})
                    .toInt()
                >= 1);
    }
};

QTEST_GUILESS_MAIN(TstServerSchedule)
#include "tst_serverschedule.moc"
