// OutboxRepository: the life of an operation — pending, retried later (order kept), acked and then
// settled by a pull, or rejected, shown to the agent and dismissed — and the provisional rows an op
// leaves in the cache.
#include "OutboxRepository.h"
#include "TestStore.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace cd;

namespace {

const QDateTime Now = QDateTime::currentDateTimeUtc();

QJsonObject record(qint64 taskId, qint64 customerId, const QString &outcome)
{
    return {{QStringLiteral("taskId"), taskId},
            {QStringLiteral("customerId"), customerId},
            {QStringLiteral("outcome"), outcome}};
}

QStringList ids(const QList<OutboxOp> &ops)
{
    QStringList out;
    for (const OutboxOp &op : ops)
        out << op.opId;
    return out;
}

}  // namespace

class TestOutboxRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dueInCreationOrderWithLimit();
    void retryKeepsOrderAndCountsAttempts();
    void ackedLeavesThePendingCount();
    void transitionsOnlyFromPending();
    void rejectedIsListedForTheAgentUntilDismissed();
    void discardProvisionalTouchesOnlyThatOpsNegativeRows();
    void settleAckedDropsWhatThePullReplaced();

private:
    void enqueue(const QString &opId, qint64 taskId = 70,
                 const QString &outcome = QStringLiteral("NoAnswer"));
    std::unique_ptr<LocalStore> m_store;
};

void TestOutboxRepository::init()
{
    m_store = std::make_unique<LocalStore>();
    CD_OPEN_MEMORY_STORE(*m_store);
    QVERIFY(CustomerRepository(*m_store).upsert(cdtest::customer(1, QStringLiteral("张伟"))).ok());
}

void TestOutboxRepository::cleanup() { m_store.reset(); }

void TestOutboxRepository::enqueue(const QString &opId, qint64 taskId, const QString &outcome)
{
    const auto r = OutboxRepository(*m_store).enqueue(opId, QStringLiteral("interaction.record"),
                                                      record(taskId, 1, outcome));
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
}

void TestOutboxRepository::dueInCreationOrderWithLimit()
{
    for (const char *id : {"op-c", "op-a", "op-b"})  // creation order, not alphabetical
        enqueue(QLatin1String(id));
    OutboxRepository outbox(*m_store);
    QCOMPARE(outbox.pendingCount(), 3);
    QCOMPARE(ids(outbox.due(Now.addSecs(1), 10)), (QStringList{"op-c", "op-a", "op-b"}));
    QCOMPARE(ids(outbox.due(Now.addSecs(1), 2)), (QStringList{"op-c", "op-a"}));
    QVERIFY(outbox.due(Now.addSecs(1), 0).isEmpty());
    const OutboxOp first = outbox.due(Now.addSecs(1), 1).first();
    QCOMPARE(first.type, QStringLiteral("interaction.record"));
    QCOMPARE(first.body, record(70, 1, QStringLiteral("NoAnswer")));
    QCOMPARE(first.attempts, 0);
    QCOMPARE(first.status, OutboxStatus::Pending);
    QVERIFY(first.seq > 0);
    // Not due before it was made.
    QVERIFY(outbox.due(Now.addSecs(-3600), 10).isEmpty());
}

void TestOutboxRepository::retryKeepsOrderAndCountsAttempts()
{
    enqueue(QStringLiteral("op-1"));
    enqueue(QStringLiteral("op-2"));
    enqueue(QStringLiteral("op-3"));
    OutboxRepository outbox(*m_store);
    const QDateTime later = Now.addSecs(30);
    QVERIFY(outbox.scheduleRetry(QStringLiteral("op-2"), QStringLiteral("internal"), later).ok());

    // op-1 goes; op-3 must not overtake op-2, which waits for its retry.
    QCOMPARE(ids(outbox.due(Now.addSecs(1), 10)), QStringList{"op-1"});
    QCOMPARE(outbox.pendingCount(), 3);
    QCOMPARE(outbox.nextAttempt().value(), outbox.find(QStringLiteral("op-1"))->nextAttempt);
    QVERIFY(outbox.markAcked(QStringLiteral("op-1"), 11).ok());
    QVERIFY(outbox.due(Now.addSecs(1), 10).isEmpty());
    QCOMPARE(outbox.nextAttempt().value(), later);
    QCOMPARE(ids(outbox.due(later, 10)), (QStringList{"op-2", "op-3"}));

    const OutboxOp op2 = *outbox.find(QStringLiteral("op-2"));
    QCOMPARE(op2.attempts, 1);
    QCOMPARE(op2.lastError, QStringLiteral("internal"));
    QCOMPARE(op2.nextAttempt, later);
    QCOMPARE(op2.status, OutboxStatus::Pending);
    QVERIFY(outbox.scheduleRetry(QStringLiteral("op-2"), QStringLiteral("unavailable"), later).ok());
    QCOMPARE(outbox.find(QStringLiteral("op-2"))->attempts, 2);
}

void TestOutboxRepository::ackedLeavesThePendingCount()
{
    enqueue(QStringLiteral("op-1"));
    enqueue(QStringLiteral("op-2"));
    OutboxRepository outbox(*m_store);
    QVERIFY(outbox.markAcked(QStringLiteral("op-1"), 42).ok());
    QCOMPARE(outbox.pendingCount(), 1);
    QCOMPARE(ids(outbox.due(Now.addSecs(1), 10)), QStringList{"op-2"});
    const OutboxOp acked = *outbox.find(QStringLiteral("op-1"));
    QCOMPARE(acked.status, OutboxStatus::Acked);
    QCOMPARE(acked.ackedRevision, 42);
    QCOMPARE(acked.resultCode, proto::StatusCode::Ok);
    QVERIFY(outbox.rejected().isEmpty());
}

void TestOutboxRepository::transitionsOnlyFromPending()
{
    enqueue(QStringLiteral("op-1"));
    enqueue(QStringLiteral("op-2"));
    OutboxRepository outbox(*m_store);
    QVERIFY(outbox.markAcked(QStringLiteral("op-1"), 5).ok());
    QVERIFY(outbox.markRejected(QStringLiteral("op-2"), proto::StatusCode::TaskClosed).ok());
    // A late duplicate answer cannot move an op twice.
    for (const QString &op : {QStringLiteral("op-1"), QStringLiteral("op-2"), QStringLiteral("nope")}) {
        QCOMPARE(outbox.markAcked(op, 6).error().code, ErrorCode::NotFound);
        QCOMPARE(outbox.markRejected(op, proto::StatusCode::Conflict).error().code, ErrorCode::NotFound);
        QCOMPARE(outbox.scheduleRetry(op, QStringLiteral("x"), Now).error().code, ErrorCode::NotFound);
    }
    QCOMPARE(outbox.find(QStringLiteral("op-1"))->ackedRevision, 5);
    QCOMPARE(outbox.find(QStringLiteral("op-2"))->resultCode, proto::StatusCode::TaskClosed);
    // Only rejected rows can be dismissed.
    QCOMPARE(outbox.dismissRejected(QStringLiteral("op-1")).error().code, ErrorCode::NotFound);
}

void TestOutboxRepository::rejectedIsListedForTheAgentUntilDismissed()
{
    enqueue(QStringLiteral("op-1"), 70, QStringLiteral("PromiseToPay"));
    enqueue(QStringLiteral("op-2"), 71, QStringLiteral("Busy"));
    OutboxRepository outbox(*m_store);
    QVERIFY(outbox.markRejected(QStringLiteral("op-1"), proto::StatusCode::TaskReassigned).ok());
    QCOMPARE(outbox.pendingCount(), 1);
    QCOMPARE(ids(outbox.due(Now.addSecs(1), 10)), QStringList{"op-2"});  // no longer sent

    const QList<RejectedOp> rejected = outbox.rejected();
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected[0].opId, QStringLiteral("op-1"));
    QCOMPARE(rejected[0].type, QStringLiteral("interaction.record"));
    QCOMPARE(rejected[0].code, proto::StatusCode::TaskReassigned);
    QCOMPARE(rejected[0].customerId, 1);
    QCOMPARE(rejected[0].taskId, 70);
    QCOMPARE(rejected[0].customerName, QStringLiteral("张伟"));
    QCOMPARE(rejected[0].outcome, Outcome::PromiseToPay);
    QCOMPARE(rejected[0].summary, QStringLiteral("张伟 · PromiseToPay"));
    QVERIFY(qAbs(rejected[0].created.secsTo(Now)) < 60);
    QCOMPARE(outbox.find(QStringLiteral("op-1"))->lastError, QStringLiteral("task-reassigned"));

    QVERIFY(outbox.dismissRejected(QStringLiteral("op-1")).ok());
    QVERIFY(outbox.rejected().isEmpty());
    QVERIFY(!outbox.find(QStringLiteral("op-1")));
    QCOMPARE(outbox.dismissRejected(QStringLiteral("op-1")).error().code, ErrorCode::NotFound);
    QCOMPARE(outbox.pendingCount(), 1);
}

void TestOutboxRepository::discardProvisionalTouchesOnlyThatOpsNegativeRows()
{
    QSqlQuery q(m_store->db());
    // Provisional rows of op-1 and op-2, and a server row (positive id) that happens to carry op-1.
    for (const QString &sql : {
             QStringLiteral("INSERT INTO interactions(id, customer_id, channel, outcome, op_id) VALUES "
                            "(-1, 1, 'Call', 'PromiseToPay', 'op-1'), (-2, 1, 'Call', 'Busy', 'op-2'), "
                            "(900, 1, 'Call', 'PromiseToPay', 'op-1')"),
             QStringLiteral(
                 "INSERT INTO promises(id, customer_id, interaction_id, amount_fen, due_date, status, op_id) "
                 "VALUES (-1, 1, -1, 50000, '2026-11-25', 'Pending', 'op-1')"),
             QStringLiteral(
                 "INSERT INTO tasks(id, customer_id, kind, status, op_id) VALUES "
                 "(-1, 1, 'PromiseFollowUp', 'Deferred', 'op-1'), (70, 1, 'Collection', 'Done', NULL)"),
         })
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));

    const Result<int> n = OutboxRepository(*m_store).discardProvisional(QStringLiteral("op-1"));
    QVERIFY(n.ok());
    QCOMPARE(n.value(), 3);
    QCOMPARE(cdtest::scalar(
                 m_store->db(),
                 QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM interactions ORDER BY id)"))
                 .toString(),
             QStringLiteral("-2,900"));
    QCOMPARE(cdtest::rowCount(*m_store, QStringLiteral("promises")), 0);
    QCOMPARE(cdtest::scalar(m_store->db(), QStringLiteral("SELECT group_concat(id) FROM tasks")).toString(),
             QStringLiteral("70"));
    QCOMPARE(OutboxRepository(*m_store).discardProvisional(QStringLiteral("op-1")).value(), 0);
}

void TestOutboxRepository::settleAckedDropsWhatThePullReplaced()
{
    enqueue(QStringLiteral("op-1"));
    enqueue(QStringLiteral("op-2"));
    enqueue(QStringLiteral("op-3"));
    QSqlQuery q(m_store->db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO interactions(id, customer_id, channel, outcome, op_id) VALUES "
                                  "(-1, 1, 'Call', 'NoAnswer', 'op-1'), (-2, 1, 'Call', 'NoAnswer', 'op-2'), "
                                  "(-3, 1, 'Call', 'NoAnswer', 'op-3')")));
    OutboxRepository outbox(*m_store);
    QVERIFY(outbox.markAcked(QStringLiteral("op-1"), 100).ok());
    QVERIFY(outbox.markAcked(QStringLiteral("op-2"), 120).ok());

    // A pull up to 110 has brought everything op-1 wrote, not yet op-2's rows; op-3 is unsent.
    const Result<int> dropped = outbox.settleAcked(110);
    QVERIFY(dropped.ok());
    QCOMPARE(dropped.value(), 1);
    QVERIFY(!outbox.find(QStringLiteral("op-1")));
    QCOMPARE(outbox.find(QStringLiteral("op-2"))->status, OutboxStatus::Acked);
    QCOMPARE(outbox.find(QStringLiteral("op-3"))->status, OutboxStatus::Pending);
    QCOMPARE(cdtest::scalar(
                 m_store->db(),
                 QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM interactions ORDER BY id)"))
                 .toString(),
             QStringLiteral("-3,-2"));
    QCOMPARE(outbox.settleAcked(120).value(), 1);
    QVERIFY(!outbox.find(QStringLiteral("op-2")));
    QCOMPARE(outbox.pendingCount(), 1);
}

QTEST_GUILESS_MAIN(TestOutboxRepository)
#include "tst_outboxrepository.moc"
