// DispositionRecorder: each outcome moves the task the way core/Workflow says, invalid input and
// storage failures (disk full, a failing last step) leave the cache exactly as it was.
#include "Codec.h"
#include "DispositionRecorder.h"
#include "Priority.h"
#include "TestStore.h"
#include "Workflow.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

Q_DECLARE_METATYPE(std::function<void(cd::Disposition &)>)

namespace {

// 2026-11-22 10:00 in Beijing.
const QDateTime Now(QDate(2026, 11, 22), QTime(2, 0), Qt::UTC);
constexpr qint64 CustomerId = 1;
constexpr qint64 TaskId = 70;
constexpr qint64 OwnPhone = 10;
constexpr qint64 SpousePhone = 11;

struct Counts {
    int interactions, promises, tasks, outbox, openTasks, deferredTasks;
    QString taskRow, customerRow, phoneRow;
    bool operator==(const Counts &o) const
    {
        return interactions == o.interactions && promises == o.promises && tasks == o.tasks
            && outbox == o.outbox && openTasks == o.openTasks && deferredTasks == o.deferredTasks
            && taskRow == o.taskRow && customerRow == o.customerRow && phoneRow == o.phoneRow;
    }
};

Counts snapshot(const LocalStore &s)
{
    auto text = [&](const QString &sql) { return cdtest::scalar(s.db(), sql).toString(); };
    return Counts{cdtest::rowCount(s, QStringLiteral("interactions")),
                  cdtest::rowCount(s, QStringLiteral("promises")),
                  cdtest::rowCount(s, QStringLiteral("tasks")),
                  cdtest::rowCount(s, QStringLiteral("outbox")),
                  TaskRepository(const_cast<LocalStore &>(s)).count(TaskStatus::Open),
                  TaskRepository(const_cast<LocalStore &>(s)).count(TaskStatus::Deferred),
                  text(QStringLiteral("SELECT kind||status||priority||reasons||IFNULL(due,'')||attempts||"
                                      "IFNULL(next_eligible,'') FROM tasks WHERE id = 70")),
                  text(QStringLiteral("SELECT flags FROM customers WHERE id = 1")),
                  text(QStringLiteral("SELECT group_concat(status) FROM phones WHERE customer_id = 1"))};
}

}  // namespace

class TestDispositionRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void outcomeMovesTheTask_data();
    void outcomeMovesTheTask();
    void promiseFollowUpAtTenLocal_data();
    void promiseFollowUpAtTenLocal();
    void invalidInputWritesNothing_data();
    void invalidInputWritesNothing();
    void promiseDateIsJudgedInTheDebtorsZone();
    void diskFullWritesNothing();
    void failureAtTheLastStepRollsEverythingBack();
    void syncedModeMakesProvisionalRows();
    void demoModeKeepsServerStyleIds();
    void syncedModeRefusesAProvisionalTask();

private:
    Disposition disposition(Outcome outcome) const;
    void seed(const QString &timeZone = QStringLiteral("Asia/Shanghai"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
};

void TestDispositionRecorder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>();
    const auto r = m_store->open(m_dir->filePath(QStringLiteral("cache.sqlite")));
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
}

void TestDispositionRecorder::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestDispositionRecorder::seed(const QString &timeZone)
{
    CustomerRepository customers(*m_store);
    Customer c = cdtest::customer(CustomerId, QStringLiteral("张伟"), timeZone);
    c.risk = RiskGrade::B;
    QVERIFY(customers.upsert(c).ok());
    QVERIFY(customers.upsertPhone(cdtest::phone(OwnPhone, CustomerId, QStringLiteral("10012345678"))).ok());
    QVERIFY(customers
                .upsertPhone(
                    cdtest::phone(SpousePhone, CustomerId, QStringLiteral("10087654321"), Relation::Spouse))
                .ok());
    Task t = cdtest::task(TaskId, CustomerId, 1'045'000);
    t.reasons = {ReasonCode::Overdue};
    t.attempts = 2;
    QVERIFY(TaskRepository(*m_store).insert(t, TaskFacts{12, Bucket::M1, yuan(3000)}).ok());
}

Disposition TestDispositionRecorder::disposition(Outcome outcome) const
{
    Disposition d;
    d.taskId = TaskId;
    d.customerId = CustomerId;
    d.phoneId = OwnPhone;
    d.phoneNumber = QStringLiteral("10012345678");
    d.agent = QStringLiteral("agent007");
    d.startedAt = Now.addSecs(-120);
    d.answeredAt = workflow::isContact(outcome) ? Now.addSecs(-110) : QDateTime();
    d.endedAt = Now.addSecs(-5);
    d.outcome = outcome;
    d.note = QStringLiteral("通话记录");
    if (workflow::needsPromise(outcome)) {
        d.promiseAmount = yuan(1500);
        d.promiseDate = QDate(2026, 11, 25);
    }
    if (workflow::needsCallbackTime(outcome))
        d.callbackAt = Now.addSecs(3 * 3600);
    return d;
}

void TestDispositionRecorder::outcomeMovesTheTask_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("eligibleAfterSecs");  // -1: none (task done)
    QTest::addColumn<int>("flags");
    QTest::addColumn<bool>("phoneInvalid");
    QTest::addColumn<bool>("promise");
    const int coll = int(TaskKind::Collection);
    const int deferred = int(TaskStatus::Deferred);
    const int done = int(TaskStatus::Done);
    QTest::newRow("no answer: retry in 30 min")
        << int(Outcome::NoAnswer) << deferred << coll << 1800 << 0 << false << false;
    QTest::newRow("busy: retry in 30 min")
        << int(Outcome::Busy) << deferred << coll << 1800 << 0 << false << false;
    QTest::newRow("invalid number: phone marked, retry in 5 min")
        << int(Outcome::InvalidNumber) << deferred << coll << 300 << 0 << true << false;
    QTest::newRow("wrong party: retry in 4 h")
        << int(Outcome::WrongParty) << deferred << coll << 4 * 3600 << 0 << false << false;
    QTest::newRow("third party: retry in 4 h")
        << int(Outcome::ThirdParty) << deferred << coll << 4 * 3600 << 0 << false << false;
    QTest::newRow("right party: retry tomorrow")
        << int(Outcome::RightPartyContact) << deferred << coll << 24 * 3600 << 0 << false << false;
    QTest::newRow("refused: retry tomorrow")
        << int(Outcome::Refused) << deferred << coll << 24 * 3600 << 0 << false << false;
    QTest::newRow("promise to pay: done, promise kept on file")
        << int(Outcome::PromiseToPay) << done << coll << -1 << 0 << false << true;
    QTest::newRow("paid: done") << int(Outcome::Paid) << done << coll << -1 << 0 << false << false;
    QTest::newRow("dispute: done, customer flagged")
        << int(Outcome::Dispute) << done << coll << -1 << int(CustomerFlags(CustomerFlag::Dispute).toInt())
        << false << false;
    QTest::newRow("hardship: done, customer on hold")
        << int(Outcome::Hardship) << done << coll << -1
        << int(CustomerFlags(CustomerFlag::HardshipHold).toInt()) << false << false;
    QTest::newRow("callback: becomes a callback task at the asked time")
        << int(Outcome::Callback) << deferred << int(TaskKind::Callback) << 3 * 3600 << 0 << false << false;
}

void TestDispositionRecorder::outcomeMovesTheTask()
{
    QFETCH(int, outcome);
    QFETCH(int, status);
    QFETCH(int, kind);
    QFETCH(int, eligibleAfterSecs);
    QFETCH(int, flags);
    QFETCH(bool, phoneInvalid);
    QFETCH(bool, promise);
    seed();
    const Task before = *TaskRepository(*m_store).find(TaskId);

    const auto r = DispositionRecorder(*m_store).record(disposition(Outcome(outcome)), Now);
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    QCOMPARE(r->taskStatus, TaskStatus(status));

    const Task after = *TaskRepository(*m_store).find(TaskId);
    QCOMPARE(after.attempts, before.attempts + 1);
    QCOMPARE(after.status, TaskStatus(status));
    QCOMPARE(after.kind, TaskKind(kind));
    if (eligibleAfterSecs < 0) {
        QVERIFY(!after.nextEligible.isValid());
        QCOMPARE(after.due, before.due);
    } else {
        QCOMPARE(after.nextEligible, Now.addSecs(eligibleAfterSecs));
        QCOMPARE(after.due, Now.addSecs(eligibleAfterSecs));  // the queue shows when it comes back
    }
    if (Outcome(outcome) == Outcome::Callback) {
        // Ranked as a callback once it reopens: above every promise and collection task.
        QVERIFY(after.priority >= 4 * priority::TierSize);
        QCOMPARE(after.reasons.first(), ReasonCode::CallbackDue);
        QCOMPARE(TaskRepository(*m_store).reopenDue(Now.addSecs(3 * 3600 - 1)).value(), 0);
        QCOMPARE(TaskRepository(*m_store).reopenDue(Now.addSecs(3 * 3600)).value(), 1);
    } else {
        QCOMPARE(after.priority, before.priority);
    }

    const auto customer = CustomerRepository(*m_store).find(CustomerId);
    QCOMPARE(int(customer->flags.toInt()), flags);
    const QList<Phone> phones = CustomerRepository(*m_store).phones(CustomerId);
    QCOMPARE(phones[0].status, phoneInvalid ? PhoneStatus::Invalid : PhoneStatus::Valid);
    QCOMPARE(phones[1].status, PhoneStatus::Valid);  // only the dialled number

    const QList<Interaction> history = InteractionRepository(*m_store).forCustomer(CustomerId);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history[0].id, r->interactionId);
    QCOMPARE(history[0].outcome, Outcome(outcome));
    QCOMPARE(history[0].taskId, TaskId);
    QCOMPARE(history[0].phoneNumber, QStringLiteral("10012345678"));
    QCOMPARE(history[0].startedAt, Now.addSecs(-120));

    const QList<Promise> promises = PromiseRepository(*m_store).forCustomer(CustomerId);
    QCOMPARE(promises.size(), promise ? 1 : 0);
    QCOMPARE(r->promiseId != 0, promise);
    QCOMPARE(r->followUpTaskId != 0, promise);
    if (promise) {
        QCOMPARE(promises[0].status, PromiseStatus::Pending);
        QCOMPARE(promises[0].amount, yuan(1500));
        QCOMPARE(promises[0].dueDate, QDate(2026, 11, 25));
        QCOMPARE(promises[0].interactionId, r->interactionId);
    }

    // One outbox operation carrying the disposition in wire form.
    QCOMPARE(OutboxRepository(*m_store).pendingCount(), 1);
    QSqlQuery q(m_store->db());
    QVERIFY(q.exec(QStringLiteral("SELECT op_id, type, body FROM outbox")) && q.next());
    QCOMPARE(q.value(0).toString().size(), 36);  // a UUID
    QCOMPARE(q.value(1).toString(), QStringLiteral("interaction.record"));
    const QJsonObject body = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    QCOMPARE(body.value(QStringLiteral("outcome")).toString(), enumKey(Outcome(outcome)));
    QCOMPARE(body.value(QStringLiteral("taskId")).toInteger(), TaskId);
    QCOMPARE(body.value(QStringLiteral("startedAt")).toString(), QStringLiteral("2026-11-22T01:58:00.000Z"));
    if (promise)
        QCOMPARE(body.value(QStringLiteral("promiseAmountFen")).toInteger(), yuan(1500));
    // The body is the wire's InteractionRecord, exactly what the server validates.
    proto::StatusCode code = proto::StatusCode::Internal;
    const auto wire = proto::InteractionRecord::fromJson(body, &code);
    QVERIFY2(wire, qPrintable(proto::slug(code)));
    QCOMPARE(wire->taskId, TaskId);
    QCOMPARE(wire->customerId, CustomerId);
    QCOMPARE(wire->phoneId, OwnPhone);
    QCOMPARE(wire->outcome, Outcome(outcome));
    QCOMPARE(wire->recordedAt, Now);
    QCOMPARE(wire->promiseAmount, promise ? yuan(1500) : 0);
    QCOMPARE(wire->callbackAt.isValid(), Outcome(outcome) == Outcome::Callback);
    QCOMPARE(r->opId, q.value(0).toString());
}

void TestDispositionRecorder::promiseFollowUpAtTenLocal_data()
{
    QTest::addColumn<QString>("timeZone");
    QTest::addColumn<QDateTime>("followUpUtc");
    QTest::newRow("Beijing 10:00 = 02:00 UTC")
        << "Asia/Shanghai" << QDateTime(QDate(2026, 11, 25), QTime(2, 0), Qt::UTC);
    QTest::newRow("Urumqi 10:00 = 04:00 UTC")
        << "Asia/Urumqi" << QDateTime(QDate(2026, 11, 25), QTime(4, 0), Qt::UTC);
}

void TestDispositionRecorder::promiseFollowUpAtTenLocal()
{
    QFETCH(QString, timeZone);
    QFETCH(QDateTime, followUpUtc);
    seed(timeZone);
    const auto r = DispositionRecorder(*m_store).record(disposition(Outcome::PromiseToPay), Now);
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    const auto f = TaskRepository(*m_store).find(r->followUpTaskId);
    QVERIFY(f);
    QCOMPARE(f->kind, TaskKind::PromiseFollowUp);
    QCOMPARE(f->status, TaskStatus::Deferred);
    QCOMPARE(f->nextEligible, followUpUtc);
    QCOMPARE(f->due, followUpUtc);
    QCOMPARE(f->reasons.first(), ReasonCode::PromiseDueToday);
    QCOMPARE(f->assignee, QStringLiteral("agent007"));
    QCOMPARE(f->attempts, 0);
    QVERIFY(f->priority >= 3 * priority::TierSize && f->priority < 4 * priority::TierSize);
    // It inherits the queue facts, so the bucket filter still finds the customer.
    QCOMPARE(
        cdtest::scalar(m_store->db(),
                       QStringLiteral("SELECT bucket||dpd FROM tasks WHERE id = %1").arg(r->followUpTaskId))
            .toString(),
        QStringLiteral("M112"));
    // Not in the queue before its time; back in it at 10:00 local on the promise date.
    QCOMPARE(TaskRepository(*m_store).reopenDue(followUpUtc.addSecs(-1)).value(), 0);
    QCOMPARE(TaskRepository(*m_store).reopenDue(followUpUtc).value(), 1);
    QCOMPARE(TaskRepository(*m_store).find(r->followUpTaskId)->status, TaskStatus::Open);
}

void TestDispositionRecorder::invalidInputWritesNothing_data()
{
    QTest::addColumn<QString>("timeZone");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<std::function<void(Disposition &)>>("change");
    QTest::addColumn<int>("code");
    using F = std::function<void(Disposition &)>;
    const int invalid = int(ErrorCode::InvalidInput);
    const QString bj = QStringLiteral("Asia/Shanghai");
    QTest::newRow("promise of zero") << bj << Now << F([](Disposition &d) {
        d.outcome = Outcome::PromiseToPay;
        d.promiseAmount = 0;
        d.promiseDate = QDate(2026, 11, 25);
    }) << invalid;
    QTest::newRow("negative promise") << bj << Now << F([](Disposition &d) {
        d.outcome = Outcome::PromiseToPay;
        d.promiseAmount = -100;
        d.promiseDate = QDate(2026, 11, 25);
    }) << invalid;
    QTest::newRow("promise without a date") << bj << Now << F([](Disposition &d) {
        d.outcome = Outcome::PromiseToPay;
        d.promiseAmount = 100;
    }) << invalid;
    QTest::newRow("promise dated yesterday") << bj << Now << F([](Disposition &d) {
        d.outcome = Outcome::PromiseToPay;
        d.promiseAmount = 100;
        d.promiseDate = QDate(2026, 11, 21);
    }) << invalid;
    // 17:00 UTC is already 01:00 on the 23rd in Beijing: the 22nd is in the past there...
    QTest::newRow("promise for a date already past in Beijing")
        << bj << QDateTime(QDate(2026, 11, 22), QTime(17, 0), Qt::UTC) << F([](Disposition &d) {
               d.outcome = Outcome::PromiseToPay;
               d.promiseAmount = 100;
               d.promiseDate = QDate(2026, 11, 22);
           })
        << invalid;
    QTest::newRow("callback without a time") << bj << Now << F([](Disposition &d) {
        d.outcome = Outcome::Callback;
        d.callbackAt = {};
    }) << invalid;
    QTest::newRow("callback in the past") << bj << Now << F([](Disposition &d) {
        d.outcome = Outcome::Callback;
        d.callbackAt = Now.addSecs(-60);
    }) << invalid;
    QTest::newRow("unknown task") << bj << Now << F([](Disposition &d) { d.taskId = 999; })
                                  << int(ErrorCode::NotFound);
    QTest::newRow("task of another customer")
        << bj << Now << F([](Disposition &d) { d.customerId = 2; }) << invalid;
    QTest::newRow("phone of someone else")
        << bj << Now << F([](Disposition &d) { d.phoneId = 4242; }) << invalid;
    QTest::newRow("call ends before it starts")
        << bj << Now << F([](Disposition &d) { d.endedAt = d.startedAt.addSecs(-1); }) << invalid;
}

void TestDispositionRecorder::invalidInputWritesNothing()
{
    QFETCH(QString, timeZone);
    QFETCH(QDateTime, now);
    QFETCH(std::function<void(Disposition &)>, change);
    QFETCH(int, code);
    seed(timeZone);
    const Counts before = snapshot(*m_store);
    Disposition d = disposition(Outcome::NoAnswer);
    change(d);
    const auto r = DispositionRecorder(*m_store).record(d, now);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code), code);
    QVERIFY(snapshot(*m_store) == before);
}

// ...while in Urumqi (UTC+6) it is still 23:00 on the 22nd, so the same promise is fine there.
void TestDispositionRecorder::promiseDateIsJudgedInTheDebtorsZone()
{
    seed(QStringLiteral("Asia/Urumqi"));
    Disposition d = disposition(Outcome::PromiseToPay);
    d.promiseDate = QDate(2026, 11, 22);
    const auto r =
        DispositionRecorder(*m_store).record(d, QDateTime(QDate(2026, 11, 22), QTime(17, 0), Qt::UTC));
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    QCOMPARE(PromiseRepository(*m_store).forCustomer(CustomerId).first().dueDate, QDate(2026, 11, 22));
}

void TestDispositionRecorder::diskFullWritesNothing()
{
    seed();
    const Counts before = snapshot(*m_store);
    // Cap the database at its current size: the next page SQLite needs fails with SQLITE_FULL,
    // exactly as a full disk would.
    const int pages = cdtest::scalar(m_store->db(), QStringLiteral("PRAGMA page_count")).toInt();
    QCOMPARE(cdtest::scalar(m_store->db(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages)).toInt(),
             pages);
    Disposition d = disposition(Outcome::PromiseToPay);
    d.note = QString(20000, QChar(0x8FD8));  // 20k × "还": needs fresh overflow pages

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("database or disk is full")));
    const auto r = DispositionRecorder(*m_store).record(d, Now);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::DiskFull);
    QVERIFY(snapshot(*m_store) == before);

    // Space freed: the same disposition saves, and the store was left usable.
    cdtest::scalar(m_store->db(), QStringLiteral("PRAGMA max_page_count = 1000000"));
    const auto again = DispositionRecorder(*m_store).record(d, Now);
    QVERIFY2(again.ok(), qPrintable(again.error().detail));
    QCOMPARE(cdtest::rowCount(*m_store, QStringLiteral("interactions")), before.interactions + 1);
    QCOMPARE(cdtest::rowCount(*m_store, QStringLiteral("promises")), before.promises + 1);
}

void TestDispositionRecorder::failureAtTheLastStepRollsEverythingBack()
{
    seed();
    const Counts before = snapshot(*m_store);
    // Fault injection: the outbox insert, the very last write, fails.
    QSqlQuery q(m_store->db());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER fail_outbox BEFORE INSERT ON main.outbox "
                                  "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("injected failure")));
    const auto r = DispositionRecorder(*m_store).record(disposition(Outcome::Dispute), Now);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::QueryFailed);
    // Interaction, task update and the Dispute flag were written before the outbox: all undone.
    QVERIFY(snapshot(*m_store) == before);
    QCOMPARE(CustomerRepository(*m_store).find(CustomerId)->flags, CustomerFlags());
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER fail_outbox")));
    QVERIFY(DispositionRecorder(*m_store).record(disposition(Outcome::Dispute), Now).ok());
    QCOMPARE(CustomerRepository(*m_store).find(CustomerId)->flags, CustomerFlags(CustomerFlag::Dispute));
}

// Synced mode: what the recorder creates is provisional — negative ids that can never collide with
// the server's, tagged with the outbox op that will bring the server's own rows.
void TestDispositionRecorder::syncedModeMakesProvisionalRows()
{
    seed();
    QVERIFY(
        SyncStateRepository(*m_store).setServerUrl(QUrl(QStringLiteral("wss://collect.example.cn"))).ok());
    // A server row already in the cache keeps its id.
    Interaction old;
    old.id = 900;
    old.customerId = CustomerId;
    old.startedAt = Now.addDays(-3);
    QVERIFY(InteractionRepository(*m_store).insert(old).ok());

    const auto first = DispositionRecorder(*m_store).record(disposition(Outcome::NoAnswer), Now);
    QVERIFY2(first.ok(), qPrintable(first.error().detail));
    QCOMPARE(first->interactionId, -1);
    QVERIFY(TaskRepository(*m_store).reopenDue(Now.addDays(1)).ok());
    const auto second = DispositionRecorder(*m_store).record(disposition(Outcome::PromiseToPay), Now);
    QVERIFY2(second.ok(), qPrintable(second.error().detail));
    QCOMPARE(second->interactionId, -2);
    QCOMPARE(second->promiseId, -1);
    QCOMPARE(second->followUpTaskId, -1);
    QVERIFY(first->opId != second->opId);

    auto opOf = [&](const char *table, qint64 id) {
        return cdtest::scalar(
                   m_store->db(),
                   QStringLiteral("SELECT op_id FROM %1 WHERE id = %2").arg(QLatin1String(table)).arg(id))
            .toString();
    };
    QCOMPARE(opOf("interactions", -1), first->opId);
    QCOMPARE(opOf("interactions", -2), second->opId);
    QCOMPARE(opOf("promises", -1), second->opId);
    QCOMPARE(opOf("tasks", -1), second->opId);
    QVERIFY(cdtest::scalar(m_store->db(), QStringLiteral("SELECT op_id FROM interactions WHERE id = 900"))
                .isNull());
    QVERIFY(cdtest::scalar(m_store->db(), QStringLiteral("SELECT op_id FROM tasks WHERE id = 70")).isNull());
    QCOMPARE(PromiseRepository(*m_store).forCustomer(CustomerId).first().interactionId, -2);
    // The outbox carries server ids only: the task worked on and the customer, never -1 / -2.
    const QList<OutboxOp> ops =
        OutboxRepository(*m_store).due(QDateTime::currentDateTimeUtc().addSecs(60), 10);
    QCOMPARE(ops.size(), 2);
    QCOMPARE(ops[1].opId, second->opId);
    QCOMPARE(ops[1].body.value(QStringLiteral("taskId")).toInteger(), TaskId);
    QCOMPARE(ops[1].body.value(QStringLiteral("customerId")).toInteger(), CustomerId);
    // Provisional rows show in the portrait like any other.
    QCOMPARE(InteractionRepository(*m_store).forCustomer(CustomerId).size(), 3);
}

void TestDispositionRecorder::demoModeKeepsServerStyleIds()
{
    seed();
    const auto r = DispositionRecorder(*m_store).record(disposition(Outcome::PromiseToPay), Now);
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    QVERIFY(r->interactionId > 0);
    QVERIFY(r->promiseId > 0);
    QVERIFY(r->followUpTaskId > 0);
    QCOMPARE(cdtest::scalar(m_store->db(),
                            QStringLiteral("SELECT COUNT(*) FROM interactions WHERE op_id IS NOT NULL "
                                           "OR id < 0"))
                 .toInt(),
             0);
    QCOMPARE(OutboxRepository(*m_store).pendingCount(), 1);
}

// A follow-up task the server has not confirmed has no server id to send: refused, nothing written.
void TestDispositionRecorder::syncedModeRefusesAProvisionalTask()
{
    seed();
    QVERIFY(
        SyncStateRepository(*m_store).setServerUrl(QUrl(QStringLiteral("wss://collect.example.cn"))).ok());
    const auto promised = DispositionRecorder(*m_store).record(disposition(Outcome::PromiseToPay), Now);
    QVERIFY(promised.ok());
    QVERIFY(TaskRepository(*m_store).reopenDue(QDateTime(QDate(2026, 11, 25), QTime(3, 0), Qt::UTC)).ok());
    const Counts before = snapshot(*m_store);
    Disposition d = disposition(Outcome::NoAnswer);
    d.taskId = promised->followUpTaskId;
    const auto r = DispositionRecorder(*m_store).record(d, Now.addDays(3));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QVERIFY(snapshot(*m_store) == before);
}

QTEST_GUILESS_MAIN(TestDispositionRecorder)
#include "tst_dispositionrecorder.moc"
