// ChangeApplier: a page of server changes lands in the cache as one transaction — every entity kind
// upserted and deleted, a loan's schedule replaced, queue facts recomputed, the provisional rows of
// the same op replaced by the server's, tasks reassigned away dropped, the revision stored — and a
// single bad change leaves the cache exactly as it was.
#include "AccountRepositories.h"
#include "ChangeApplier.h"
#include "DispositionRecorder.h"
#include "Repositories.h"
#include "TestStore.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace cd;

Q_DECLARE_METATYPE(cd::proto::Change)

namespace {

// 2026-11-22 10:00 in Beijing.
const QDateTime Now(QDate(2026, 11, 22), QTime(2, 0), Qt::UTC);
const QString Me = QStringLiteral("agent007");

template <typename T>
proto::Change upsert(qint64 rev, const char *entity, const T &e, const QString &opId = {})
{
    proto::Change c;
    c.revision = rev;
    c.entity = QLatin1String(entity);
    c.id = e.id;
    c.opId = opId;
    c.data = proto::toJson(e);
    return c;
}

proto::Change removal(qint64 rev, const char *entity, qint64 id)
{
    proto::Change c;
    c.revision = rev;
    c.entity = QLatin1String(entity);
    c.id = id;
    c.deleted = true;
    return c;
}

Installment installment(qint64 id, int seq, QDate due, Fen principal, Fen paid = 0)
{
    Installment i;
    i.id = id;
    i.seq = seq;
    i.dueDate = due;
    i.principalDue = principal;
    i.paid = paid;
    return i;
}

Loan loan(qint64 id, qint64 customerId)
{
    Loan l;
    l.id = id;
    l.customerId = customerId;
    l.contractNo = QStringLiteral("CL-%1").arg(id);
    l.product = ProductType::CashLoan;
    l.principal = yuan(6000);
    l.termMonths = 6;
    l.annualRateBp = 1800;
    l.disbursed = QDate(2026, 5, 1);
    // Beijing today is 2026-11-22: the October installment is 52 days past due.
    l.installments = {installment(id * 10 + 1, 1, QDate(2026, 10, 1), yuan(1000)),
                      installment(id * 10 + 2, 2, QDate(2026, 12, 1), yuan(1000))};
    Payment p;
    p.id = id * 10 + 9;
    p.paidAt = QDateTime(QDate(2026, 9, 1), QTime(3, 0), Qt::UTC);
    p.amount = yuan(200);
    p.channel = QStringLiteral("alipay");
    l.payments = {p};
    return l;
}

Interaction interaction(qint64 id, qint64 customerId, qint64 taskId)
{
    Interaction i;
    i.id = id;
    i.customerId = customerId;
    i.taskId = taskId;
    i.phoneNumber = QStringLiteral("10012345678");
    i.agent = Me;
    i.startedAt = Now.addSecs(-120);
    i.endedAt = Now.addSecs(-10);
    i.outcome = Outcome::PromiseToPay;
    i.promiseAmount = yuan(1500);
    i.promiseDate = QDate(2026, 11, 25);
    return i;
}

Promise promise(qint64 id, qint64 customerId, qint64 interactionId)
{
    Promise p;
    p.id = id;
    p.customerId = customerId;
    p.interactionId = interactionId;
    p.amount = yuan(1500);
    p.dueDate = QDate(2026, 11, 25);
    p.createdAt = Now;
    return p;
}

script::Script graphScript(const QString &id, int version, const QString &text)
{
    script::Script s;
    s.id = id;
    s.segment.locale = QStringLiteral("zh_CN");
    s.name = QStringLiteral("早期");
    s.version = version;
    s.start = QStringLiteral("verify");
    script::Step st;
    st.key = QStringLiteral("verify");
    st.kind = script::StepKind::End;
    st.title = QStringLiteral("核实");
    st.text = text;
    s.steps = {st};
    return s;
}

/// A script change: the change id is the server's script_versions row.
proto::Change scriptChange(qint64 rev, qint64 row, const script::Script &s)
{
    proto::Change c;
    c.revision = rev;
    c.entity = QStringLiteral("script");
    c.id = row;
    c.data = script::toJson(s);
    return c;
}

QString ids(const LocalStore &s, const QString &table)
{
    return cdtest::scalar(s.db(),
                          QStringLiteral("SELECT IFNULL(group_concat(id), '') FROM (SELECT id FROM %1 ORDER "
                                         "BY id)")
                              .arg(table))
        .toString();
}

/// Everything in the cache, as text: to prove a failed page changed nothing.
QString dump(const LocalStore &s)
{
    QString out;
    for (const char *table : {"customers", "phones", "loans", "installments", "payments", "tasks",
                              "interactions", "promises", "scripts", "outbox", "sync_state"}) {
        QSqlQuery q(s.db());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

}  // namespace

class TestChangeApplier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void upsertsEveryEntity();
    void upsertsReplaceWhatIsCached();
    void loanReplacesItsScheduleAndRefreshesQueueFacts();
    void deletesEveryEntity();
    void serverRowsReplaceTheProvisionalRowsOfTheirOp();
    void ackedOpSettlesWhenThePullPassesItsRevision();
    void taskReassignedAwayIsDropped();
    void leadKeepsTheTeamsTasks();
    void revisionIsStored();
    void unknownEntityIsSkipped();
    void serverScriptReplacesTheBundledOne();
    void badChangeRollsBackEverything_data();
    void badChangeRollsBackEverything();
    void forgetServerDataKeepsUnsentWork();
    void bucketChangesReachTheCache();
    void recordingFollowsTheServer();

private:
    ChangeApplier applier() const;
    QList<proto::Change> customerPage(qint64 firstRev) const;
    std::unique_ptr<LocalStore> m_store;
};

void TestChangeApplier::init()
{
    m_store = std::make_unique<LocalStore>();
    CD_OPEN_MEMORY_STORE(*m_store);
    SyncStateRepository state(*m_store);
    QVERIFY(state.setServerUrl(QUrl(QStringLiteral("wss://collect.example.cn"))).ok());
    QVERIFY(state.setUsername(Me).ok());
    QVERIFY(state.setRole(QStringLiteral("agent")).ok());
}

void TestChangeApplier::cleanup() { m_store.reset(); }

ChangeApplier TestChangeApplier::applier() const
{
    return ChangeApplier(*m_store);  // user and role from sync_state
}

// One customer as the server sends it after assigning a task: customer, phone, loan, task,
// interaction, promise, and a script.
QList<proto::Change> TestChangeApplier::customerPage(qint64 firstRev) const
{
    qint64 rev = firstRev;
    return {upsert(rev++, "customer", cdtest::customer(1)),
            upsert(rev++, "phone", cdtest::phone(10, 1, QStringLiteral("10012345678"))),
            upsert(rev++, "loan", loan(100, 1)),
            upsert(rev++, "task", cdtest::task(70, 1)),
            upsert(rev++, "interaction", interaction(500, 1, 70)),
            upsert(rev++, "promise", promise(600, 1, 500)),
            scriptChange(rev++, 3, graphScript(QStringLiteral("early-zh_CN"), 4, QStringLiteral("您好")))};
}

void TestChangeApplier::upsertsEveryEntity()
{
    const auto r = applier().apply(customerPage(1), 7, Now);
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    QCOMPARE(r->upserted, 7);
    QCOMPARE(r->deleted, 0);
    QVERIFY(r->any());

    const auto c = CustomerRepository(*m_store).find(1);
    QVERIFY(c);
    QCOMPARE(c->name, QStringLiteral("张伟"));
    QCOMPARE(c->idNumber, QStringLiteral("110105199003071234"));
    QCOMPARE(CustomerRepository(*m_store).phones(1).first().number, QStringLiteral("10012345678"));
    const QList<Loan> loans = LoanRepository(*m_store).loansFor(1);
    QCOMPARE(loans.size(), 1);
    QCOMPARE(loans[0].principal, yuan(6000));
    QCOMPARE(loans[0].installments.size(), 2);
    QCOMPARE(loans[0].payments.first().amount, yuan(200));
    const auto t = TaskRepository(*m_store).find(70);
    QVERIFY(t);
    QCOMPARE(t->assignee, Me);
    QCOMPARE(t->reasons, QList<ReasonCode>{ReasonCode::Overdue});
    // Queue facts computed from the loans at the debtor's today, like DemoSeeder does.
    QCOMPARE(
        cdtest::scalar(m_store->db(), QStringLiteral("SELECT dpd||' '||bucket||' '||overdue_fen FROM tasks"))
            .toString(),
        QStringLiteral("52 M2 100000"));
    QCOMPARE(InteractionRepository(*m_store).forCustomer(1).first().outcome, Outcome::PromiseToPay);
    QCOMPARE(PromiseRepository(*m_store).forCustomer(1).first().interactionId, 500);
    const auto s = ScriptRepository(*m_store).find(QStringLiteral("early-zh_CN"));
    QVERIFY(s);
    QCOMPARE(s->version, 4);
    QCOMPARE(s->steps.first().text, QStringLiteral("您好"));
    // Server rows are never provisional.
    QCOMPARE(
        cdtest::scalar(m_store->db(), QStringLiteral("SELECT COUNT(*) FROM tasks WHERE op_id IS NOT NULL"))
            .toInt(),
        0);
}

void TestChangeApplier::upsertsReplaceWhatIsCached()
{
    QVERIFY(applier().apply(customerPage(1), 7, Now).ok());
    Customer c = cdtest::customer(1, QStringLiteral("张伟（已更名）"));
    c.flags = CustomerFlag::Dispute;
    Task t = cdtest::task(70, 1);
    t.status = TaskStatus::Deferred;
    t.attempts = 3;
    t.nextEligible = Now.addSecs(3600);
    Interaction i = interaction(500, 1, 70);
    i.note = QStringLiteral("补充备注");
    Promise p = promise(600, 1, 500);
    p.status = PromiseStatus::Kept;
    Phone ph = cdtest::phone(10, 1, QStringLiteral("10012345678"));
    ph.status = PhoneStatus::Invalid;
    const auto r =
        applier().apply({upsert(8, "customer", c), upsert(9, "task", t), upsert(10, "interaction", i),
                         upsert(11, "promise", p), upsert(12, "phone", ph)},
                        12, Now);
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    QCOMPARE(CustomerRepository(*m_store).find(1)->name, QStringLiteral("张伟（已更名）"));
    QCOMPARE(CustomerRepository(*m_store).find(1)->flags, CustomerFlags(CustomerFlag::Dispute));
    const Task after = *TaskRepository(*m_store).find(70);
    QCOMPARE(after.status, TaskStatus::Deferred);
    QCOMPARE(after.attempts, 3);
    QCOMPARE(after.nextEligible, Now.addSecs(3600));
    QCOMPARE(InteractionRepository(*m_store).forCustomer(1).size(), 1);
    QCOMPARE(InteractionRepository(*m_store).forCustomer(1).first().note, QStringLiteral("补充备注"));
    QCOMPARE(PromiseRepository(*m_store).forCustomer(1).first().status, PromiseStatus::Kept);
    QCOMPARE(CustomerRepository(*m_store).phones(1).first().status, PhoneStatus::Invalid);
    QCOMPARE(cdtest::scalar(m_store->db(), QStringLiteral("SELECT bucket FROM tasks")).toString(),
             QStringLiteral("M2"));
}

void TestChangeApplier::loanReplacesItsScheduleAndRefreshesQueueFacts()
{
    QVERIFY(applier().apply(customerPage(1), 7, Now).ok());
    // The debtor paid the October installment; the server re-planned the rest into one new period.
    Loan l = loan(100, 1);
    l.installments = {installment(1001, 1, QDate(2026, 10, 1), yuan(1000), yuan(1000)),
                      installment(1005, 2, QDate(2027, 1, 1), yuan(5000))};
    Payment paid;
    paid.id = 1008;
    paid.paidAt = Now.addSecs(-3600);
    paid.amount = yuan(1000);
    paid.channel = QStringLiteral("wechat");
    l.payments = {paid};
    const auto r = applier().apply({upsert(8, "loan", l)}, 8, Now);
    QVERIFY2(r.ok(), qPrintable(r.error().detail));

    const Loan after = LoanRepository(*m_store).loansFor(1).first();
    QCOMPARE(after.installments.size(), 2);
    QCOMPARE(after.installments[1].id, 1005);  // 1002 is gone, not lingering beside it
    QCOMPARE(after.installments[1].principalDue, yuan(5000));
    QCOMPARE(after.payments.size(), 1);
    QCOMPARE(after.payments[0].channel, QStringLiteral("wechat"));
    QCOMPARE(ids(*m_store, QStringLiteral("installments")), QStringLiteral("1001,1005"));
    // Nothing past due any more: the task leaves the M2 bucket.
    QCOMPARE(
        cdtest::scalar(m_store->db(), QStringLiteral("SELECT dpd||' '||bucket||' '||overdue_fen FROM tasks"))
            .toString(),
        QStringLiteral("0 M0 0"));
}

void TestChangeApplier::deletesEveryEntity()
{
    QVERIFY(applier().apply(customerPage(1), 7, Now).ok());
    QVERIFY(applier()
                .apply({upsert(8, "customer", cdtest::customer(2, QStringLiteral("李娜"))),
                        upsert(9, "task", cdtest::task(71, 2))},
                       9, Now)
                .ok());

    auto r = applier().apply({removal(10, "promise", 600), removal(11, "interaction", 500),
                              removal(12, "phone", 10), removal(13, "script", 3), removal(14, "loan", 100)},
                             14, Now);
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    QCOMPARE(r->deleted, 5);
    QCOMPARE(cdtest::rowCount(*m_store, QStringLiteral("promises")), 0);
    QCOMPARE(cdtest::rowCount(*m_store, QStringLiteral("interactions")), 0);
    QCOMPARE(cdtest::rowCount(*m_store, QStringLiteral("phones")), 0);
    QCOMPARE(cdtest::rowCount(*m_store, QStringLiteral("script_graphs")), 0);
    QCOMPARE(cdtest::rowCount(*m_store, QStringLiteral("loans")), 0);
    QCOMPARE(cdtest::rowCount(*m_store, QStringLiteral("installments")), 0);  // with its loan
    QCOMPARE(cdtest::rowCount(*m_store, QStringLiteral("payments")), 0);
    // No loan left: the task's facts follow.
    QCOMPARE(
        cdtest::scalar(m_store->db(), QStringLiteral("SELECT bucket FROM tasks WHERE id = 70")).toString(),
        QStringLiteral("M0"));

    r = applier().apply({removal(15, "task", 70), removal(16, "customer", 2)}, 16, Now);
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    QCOMPARE(r->deleted, 2);
    QCOMPARE(ids(*m_store, QStringLiteral("tasks")), QString());  // 71 went with customer 2
    QCOMPARE(ids(*m_store, QStringLiteral("customers")), QStringLiteral("1"));
    // Deleting what is not cached is not an error (it may never have been visible here).
    r = applier().apply({removal(17, "customer", 999)}, 17, Now);
    QVERIFY(r.ok());
    QCOMPARE(r->deleted, 0);
}

// The agent recorded a promise offline (provisional interaction, promise and follow-up task); the
// pull brings the server's rows for the same op: the provisional ones go in the same transaction.
void TestChangeApplier::serverRowsReplaceTheProvisionalRowsOfTheirOp()
{
    QVERIFY(applier().apply(customerPage(1), 7, Now).ok());
    QVERIFY(applier().apply({removal(8, "interaction", 500), removal(9, "promise", 600)}, 9, Now).ok());
    Disposition d;
    d.taskId = 70;
    d.customerId = 1;
    d.phoneId = 10;
    d.agent = Me;
    d.startedAt = Now.addSecs(-120);
    d.answeredAt = Now.addSecs(-110);
    d.endedAt = Now.addSecs(-5);
    d.outcome = Outcome::PromiseToPay;
    d.promiseAmount = yuan(1500);
    d.promiseDate = QDate(2026, 11, 25);
    const auto recorded = DispositionRecorder(*m_store).record(d, Now);
    QVERIFY2(recorded.ok(), qPrintable(recorded.error().detail));
    QVERIFY(recorded->interactionId < 0 && recorded->promiseId < 0 && recorded->followUpTaskId < 0);
    // An older provisional row of another op, still unconfirmed, must survive.
    QSqlQuery q(m_store->db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO interactions(id, customer_id, channel, outcome, op_id) "
                                  "VALUES (-50, 1, 'Call', 'Busy', 'other-op')")));
    const QString op = recorded->opId;

    Task updated = cdtest::task(70, 1);
    updated.status = TaskStatus::Done;
    updated.attempts = 1;
    Task followUp = cdtest::task(71, 1);
    followUp.kind = TaskKind::PromiseFollowUp;
    followUp.status = TaskStatus::Deferred;
    const auto r = applier().apply({upsert(10, "interaction", interaction(501, 1, 70), op),
                                    upsert(11, "promise", promise(601, 1, 501), op),
                                    upsert(12, "task", updated, op), upsert(13, "task", followUp, op)},
                                   13, Now);
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    QCOMPARE(r->provisionalRemoved, 3);
    QCOMPARE(ids(*m_store, QStringLiteral("interactions")), QStringLiteral("-50,501"));
    QCOMPARE(ids(*m_store, QStringLiteral("promises")), QStringLiteral("601"));
    QCOMPARE(ids(*m_store, QStringLiteral("tasks")), QStringLiteral("70,71"));
    QCOMPARE(TaskRepository(*m_store).find(70)->status, TaskStatus::Done);
    // The follow-up inherits the customer's queue facts like every task.
    QCOMPARE(
        cdtest::scalar(m_store->db(), QStringLiteral("SELECT bucket FROM tasks WHERE id = 71")).toString(),
        QStringLiteral("M2"));
}

void TestChangeApplier::ackedOpSettlesWhenThePullPassesItsRevision()
{
    QVERIFY(applier().apply(customerPage(1), 7, Now).ok());
    QVERIFY(OutboxRepository(*m_store)
                .enqueue(QStringLiteral("op-9"), QStringLiteral("interaction.record"), {})
                .ok());
    QSqlQuery q(m_store->db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO interactions(id, customer_id, channel, outcome, op_id) "
                                  "VALUES (-1, 1, 'Call', 'NoAnswer', 'op-9')")));
    QVERIFY(OutboxRepository(*m_store).markAcked(QStringLiteral("op-9"), 20).ok());

    // A page that ends before the op's revision leaves it; the one that passes it settles it.
    auto r = applier().apply({}, 19, Now);
    QVERIFY(r.ok());
    QCOMPARE(ids(*m_store, QStringLiteral("interactions")), QStringLiteral("-1,500"));
    r = applier().apply({}, 20, Now);
    QVERIFY(r.ok());
    QCOMPARE(r->provisionalRemoved, 1);
    QCOMPARE(ids(*m_store, QStringLiteral("interactions")), QStringLiteral("500"));
    QVERIFY(!OutboxRepository(*m_store).find(QStringLiteral("op-9")));
}

void TestChangeApplier::taskReassignedAwayIsDropped()
{
    QVERIFY(applier().apply(customerPage(1), 7, Now).ok());
    // Customer 2 has two tasks; only one of them moves away.
    QVERIFY(applier()
                .apply({upsert(8, "customer", cdtest::customer(2, QStringLiteral("李娜"))),
                        upsert(9, "task", cdtest::task(80, 2)), upsert(10, "task", cdtest::task(81, 2))},
                       10, Now)
                .ok());
    Task moved = cdtest::task(70, 1);
    moved.assignee = QStringLiteral("agent009");
    Task moved2 = cdtest::task(80, 2);
    moved2.assignee = QStringLiteral("agent009");
    const auto r = applier().apply({upsert(11, "task", moved), upsert(12, "task", moved2)}, 12, Now);
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    QCOMPARE(r->reassignedAway, 2);
    QCOMPARE(ids(*m_store, QStringLiteral("tasks")), QStringLiteral("81"));
    // Customer 1 has no task here any more: it and everything about it leave the cache.
    QCOMPARE(r->customersDropped, 1);
    QVERIFY(!CustomerRepository(*m_store).find(1));
    QCOMPARE(cdtest::rowCount(*m_store, QStringLiteral("loans")), 0);
    QCOMPARE(cdtest::rowCount(*m_store, QStringLiteral("interactions")), 0);
    QVERIFY(CustomerRepository(*m_store).find(2));
    // A task first seen already assigned to someone else is simply not stored.
    Task foreign = cdtest::task(90, 2);
    foreign.assignee = QStringLiteral("agent009");
    QVERIFY(applier().apply({upsert(13, "task", foreign)}, 13, Now).ok());
    QVERIFY(!TaskRepository(*m_store).find(90));
}

void TestChangeApplier::leadKeepsTheTeamsTasks()
{
    ChangeApplier lead(*m_store);
    lead.setUser(QStringLiteral("lead01"), QStringLiteral("lead"));
    const auto r = lead.apply(customerPage(1), 7, Now);  // task 70 is agent007's
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    QCOMPARE(r->reassignedAway, 0);
    QVERIFY(TaskRepository(*m_store).find(70));
}

void TestChangeApplier::revisionIsStored()
{
    QCOMPARE(SyncStateRepository(*m_store).revision(), 0);
    QVERIFY(applier().apply(customerPage(1), 7, Now).ok());
    QCOMPARE(SyncStateRepository(*m_store).revision(), 7);
    // An empty page still moves the revision (the server's current one).
    const auto r = applier().apply({}, 1234, Now);
    QVERIFY(r.ok());
    QVERIFY(!r->any());
    QCOMPARE(SyncStateRepository(*m_store).revision(), 1234);
}

void TestChangeApplier::unknownEntityIsSkipped()
{
    proto::Change future;
    future.revision = 1;
    future.entity = QStringLiteral("sms_template");
    future.id = 5;
    future.data = {{QStringLiteral("id"), 5}};
    QList<proto::Change> page{future};
    page << upsert(2, "customer", cdtest::customer(1));
    const auto r = applier().apply(page, 2, Now);
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    QCOMPARE(r->skipped, 1);
    QCOMPARE(r->upserted, 1);
    QCOMPARE(SyncStateRepository(*m_store).revision(), 2);
}

void TestChangeApplier::serverScriptReplacesTheBundledOne()
{
    // Bundled defaults loaded here, one of them newer than what the server sends.
    QVERIFY(ScriptRepository(*m_store).upsert(graphScript(QStringLiteral("late-zh_CN"), 9, QStringLiteral("本地"))).ok());
    QVERIFY(ScriptRepository(*m_store).upsert(graphScript(QStringLiteral("early-zh_CN"), 9, QStringLiteral("本地早期"))).ok());
    const auto r = applier().apply(
        {scriptChange(1, 5, graphScript(QStringLiteral("early-zh_CN"), 2, QStringLiteral("服务器")))}, 1, Now);
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    const auto early = ScriptRepository(*m_store).find(QStringLiteral("early-zh_CN"));
    QCOMPARE(early->version, 2);  // the server's, even though older than the bundled one
    QCOMPARE(early->steps.first().text, QStringLiteral("服务器"));
    QCOMPARE(ScriptRepository(*m_store).find(QStringLiteral("late-zh_CN"))->steps.first().text, QStringLiteral("本地"));
    QCOMPARE(cdtest::rowCount(*m_store, QStringLiteral("script_graphs")), 2);
    // A malformed script is refused with the change named, and nothing of the page is kept.
    proto::Change bad = scriptChange(2, 6, graphScript(QStringLiteral("x"), 1, QStringLiteral("坏")));
    bad.data.insert(QStringLiteral("steps"), QStringLiteral("not an array"));
    const auto refused = applier().apply({bad}, 2, Now);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().detail.contains(QStringLiteral("steps")), qPrintable(refused.error().detail));
}

void TestChangeApplier::badChangeRollsBackEverything_data()
{
    QTest::addColumn<proto::Change>("bad");
    Loan noContract = loan(101, 1);
    proto::Change malformed = upsert(20, "loan", noContract);
    malformed.data.remove(QStringLiteral("contractNo"));
    QTest::newRow("malformed entity (loan without contract number)") << malformed;
    proto::Change mismatch = upsert(20, "customer", cdtest::customer(3));
    mismatch.id = 4;
    QTest::newRow("data id differs from the change id") << mismatch;
    QTest::newRow("phone of a customer not in the cache")
        << upsert(20, "phone", cdtest::phone(30, 999, QStringLiteral("10000000000")));
    proto::Change negative = upsert(20, "task", cdtest::task(-5, 1));
    QTest::newRow("provisional-looking server id") << negative;
    proto::Change badEnum = upsert(20, "interaction", interaction(502, 1, 70));
    badEnum.data.insert(QStringLiteral("outcome"), QStringLiteral("Teleported"));
    QTest::newRow("unknown enum key") << badEnum;
}

void TestChangeApplier::badChangeRollsBackEverything()
{
    QFETCH(proto::Change, bad);
    QVERIFY(applier().apply(customerPage(1), 7, Now).ok());
    QVERIFY(OutboxRepository(*m_store)
                .enqueue(QStringLiteral("op-1"), QStringLiteral("interaction.record"), {})
                .ok());
    QVERIFY(OutboxRepository(*m_store).markAcked(QStringLiteral("op-1"), 8).ok());
    const QString before = dump(*m_store);

    Customer renamed = cdtest::customer(1, QStringLiteral("改名"));
    Loan l = loan(100, 1);
    l.installments.removeLast();
    const QList<proto::Change> page{upsert(8, "customer", renamed), removal(9, "phone", 10),
                                    upsert(10, "loan", l), upsert(11, "customer", cdtest::customer(2)), bad};
    if (QByteArray(QTest::currentDataTag()).contains("not in the cache"))
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("FOREIGN KEY constraint failed")));
    const auto r = applier().apply(page, 20, Now);
    QVERIFY(!r.ok());
    QVERIFY(!r.error().detail.isEmpty());
    QCOMPARE(dump(*m_store), before);  // nothing of the page, revision still 7, op-1 not settled
    QCOMPARE(SyncStateRepository(*m_store).revision(), 7);
}

void TestChangeApplier::forgetServerDataKeepsUnsentWork()
{
    QVERIFY(applier().apply(customerPage(1), 7, Now).ok());
    OutboxRepository outbox(*m_store);
    QVERIFY(outbox.enqueue(QStringLiteral("pending"), QStringLiteral("interaction.record"), {}).ok());
    QVERIFY(outbox.enqueue(QStringLiteral("acked"), QStringLiteral("interaction.record"), {}).ok());
    QVERIFY(outbox.markAcked(QStringLiteral("acked"), 3).ok());
    QVERIFY(applier().forgetServerData().ok());
    for (const char *table :
         {"customers", "phones", "loans", "installments", "payments", "tasks", "interactions", "promises"})
        QCOMPARE(cdtest::rowCount(*m_store, QLatin1String(table)), 0);
    QCOMPARE(cdtest::rowCount(*m_store, QStringLiteral("script_graphs")), 1);
    QCOMPARE(outbox.pendingCount(), 1);
    QVERIFY(!outbox.find(QStringLiteral("acked")));
    QCOMPARE(SyncStateRepository(*m_store).revision(), 0);
    QCOMPARE(SyncStateRepository(*m_store).username(), Me);  // the session itself is not touched
}

// The server's accounts side: a bucket roll and the promise it decided reach the portrait's tables.
void TestChangeApplier::bucketChangesReachTheCache()
{
    QVERIFY(applier().apply(customerPage(1), 7, Now).ok());
    BucketChange roll;
    roll.id = 900;
    roll.customerId = 1;
    roll.loanId = 100;
    roll.at = Now;
    roll.from = Bucket::M1;
    roll.to = Bucket::M2;
    roll.dpd = 31;
    Promise broken = promise(600, 1, 500);
    broken.status = PromiseStatus::Broken;
    broken.decidedAt = Now;
    auto r = applier().apply({upsert(8, "bucketChange", roll), upsert(9, "promise", broken)}, 9, Now);
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    QCOMPARE(r->upserted, 2);
    QCOMPARE(r->skipped, 0);
    QList<BucketChange> h = BucketHistoryRepository(*m_store).forCustomer(1);
    QCOMPARE(h.size(), 1);
    QCOMPARE(h.first().to, Bucket::M2);
    QCOMPARE(h.first().dpd, 31);
    QCOMPARE(h.first().at, Now);
    QCOMPARE(PromiseRepository(*m_store).forCustomer(1).first().status, PromiseStatus::Broken);
    QCOMPARE(PromiseRepository(*m_store).forCustomer(1).first().decidedAt, Now);

    // The same change again (a snapshot after a reassignment) does not duplicate it.
    QVERIFY(applier().apply({upsert(10, "bucketChange", roll)}, 10, Now).ok());
    QCOMPARE(BucketHistoryRepository(*m_store).forCustomer(1).size(), 1);

    // A malformed one rolls back the page.
    proto::Change bad = upsert(11, "bucketChange", roll);
    bad.id = 901;  // data says 900
    QVERIFY(!applier().apply({bad}, 11, Now).ok());
    QCOMPARE(SyncStateRepository(*m_store).revision(), 10);

    QVERIFY(applier().apply({removal(12, "bucketChange", 900)}, 12, Now).ok());
    QVERIFY(BucketHistoryRepository(*m_store).forCustomer(1).isEmpty());
    QVERIFY(applier().apply({upsert(13, "bucketChange", roll)}, 13, Now).ok());
    QVERIFY(applier().forgetServerData().ok());
    QCOMPARE(cdtest::rowCount(*m_store, QStringLiteral("bucket_history")), 0);
}

// The server's recording of a call arrives with the interaction, and goes with it when the
// retention purge removed it; the agent's own local file (never sent) stays where it was.
void TestChangeApplier::recordingFollowsTheServer()
{
    QVERIFY(applier().apply(customerPage(1), 7, Now).ok());
    Interaction i = interaction(500, 1, 70);
    i.recordingPath = QStringLiteral("/home/agent/recordings/500.wav");
    QVERIFY(InteractionRepository(*m_store).upsert(i).ok());
    Interaction withRecording = interaction(500, 1, 70);
    withRecording.recordingId = 42;
    withRecording.recordingSha256 = QStringLiteral("ab").repeated(32);
    withRecording.recordingBytes = 48'000;
    withRecording.recordingDurationMs = 3'000;
    withRecording.recordingRetainUntil = Now.addDays(730);
    QVERIFY(applier().apply({upsert(8, "interaction", withRecording)}, 8, Now).ok());
    Interaction cached = InteractionRepository(*m_store).forCustomer(1).first();
    QCOMPARE(cached.recordingId, 42);
    QCOMPARE(cached.recordingBytes, 48'000);
    QCOMPARE(cached.recordingPath, i.recordingPath);

    QVERIFY(applier().apply({upsert(9, "interaction", interaction(500, 1, 70))}, 9, Now).ok());
    cached = InteractionRepository(*m_store).forCustomer(1).first();
    QCOMPARE(cached.recordingId, 0);
    QCOMPARE(cached.recordingSha256, QString());
    QCOMPARE(cached.recordingBytes, 0);
    QVERIFY(!cached.recordingRetainUntil.isValid());
    QCOMPARE(cached.recordingPath, i.recordingPath);
}

QTEST_GUILESS_MAIN(TestChangeApplier)
#include "tst_changeapplier.moc"
