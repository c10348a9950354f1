// AccountService on a real SqliteStorage: what a posted payment does to the schedule, the promises,
// the bucket history and the risk grade, what reaches the change log (so the agent's workstation
// shows it) and when the leads are alerted. Times are fixed; the debtor is in Asia/Shanghai (UTC+8).
#include "AccountService.h"
#include "AuditLog.h"
#include "Messages.h"
#include "SqliteStorage.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace cd;
using namespace cd::server;

namespace {

const QTimeZone Shanghai(QByteArray("Asia/Shanghai"));

QDateTime local(int m, int d, int h = 12, int min = 0)
{
    return QDateTime(QDate(2026, m, d), QTime(h, min), Shanghai).toUTC();
}

int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

UserRecord user(const QString &name, Role role, const QString &team)
{
    UserRecord u;
    u.username = name;
    u.name = name;
    u.role = role;
    u.team = team;
    u.passwordHash = QStringLiteral("x");
    return u;
}

Installment inst(int seq, const QDate &due, Fen principal, Fen interest, Fen fee, Fen penalty)
{
    Installment i;
    i.seq = seq;
    i.dueDate = due;
    i.principalDue = principal;
    i.interestDue = interest;
    i.feeDue = fee;
    i.penaltyDue = penalty;
    return i;
}

using Payments = QList<QPair<QDateTime, Fen>>;

}  // namespace

class tst_AccountService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStorage> m_storage;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<AccountService> m_accounts;
    qint64 m_customer = 0;
    qint64 m_loan = 0;
    QList<qint64> m_installments;
    int m_db = 0;

    Viewer viewer(const QString &name) { return Viewer::of(*m_storage->userByName(name).value()); }

    /// Posts at the payment's own time (as the CLI does); fails the test on error.
    AccountService::Posted post(Fen amount, const QDateTime &at)
    {
        AccountService::PaymentIn in;
        in.contractNo = QStringLiteral("CL20260110-000001");
        in.amount = amount;
        in.paidAt = at;
        const ServiceResult<AccountService::Posted> r =
            m_accounts->postPayment(in, QStringLiteral("test"), at);
        if (!r)
            qWarning() << "post failed" << r.detail();
        return r ? r.value() : AccountService::Posted{};
    }

    qint64 addPromise(Fen amount, const QDate &due, const QDateTime &created)
    {
        Promise p;
        p.customerId = m_customer;
        p.amount = amount;
        p.dueDate = due;
        p.createdAt = created;
        return m_storage->insertPromise(p, {}).value();
    }

    Promise promise(qint64 id)
    {
        const QList<Promise> all = m_storage->promises(m_customer).value();
        for (const Promise &p : all)
            if (p.id == id)
                return p;
        return {};
    }

    QList<Notice> riskNotices(const QSignalSpy &spy)
    {
        QList<Notice> out;
        for (const QList<QVariant> &args : spy) {
            const Notice n = args.at(0).value<Notice>();
            if (n.type == proto::msg::RiskUpgraded)
                out << n;
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_accounts.reset();
        m_audit.reset();
        m_storage.reset();
        m_storage = std::make_unique<SqliteStorage>(m_dir.filePath(QStringLiteral("a%1.db").arg(++m_db)));
        QVERIFY(m_storage->open().ok());
        for (const UserRecord &u : {user(QStringLiteral("agent01"), Role::Agent, QStringLiteral("north")),
                                    user(QStringLiteral("agent02"), Role::Agent, QStringLiteral("south")),
                                    user(QStringLiteral("lead01"), Role::Lead, QStringLiteral("north"))})
            QVERIFY(m_storage->insertUser(u).ok());
        Customer c;
        c.name = QStringLiteral("测试客户");
        c.timeZone = QStringLiteral("Asia/Shanghai");
        c.risk = RiskGrade::B;
        c.riskScore = 700;
        m_customer = m_storage->insertCustomer(c, false).value();
        Loan l;
        l.customerId = m_customer;
        l.contractNo = QStringLiteral("CL20260110-000001");
        l.principal = yuan(3000);
        l.termMonths = 3;
        l.disbursed = QDate(2026, 2, 10);
        l.installments = {inst(1, QDate(2026, 3, 10), yuan(1000), yuan(50), yuan(10), yuan(20)),
                          inst(2, QDate(2026, 4, 10), yuan(1000), yuan(50), yuan(10), 0),
                          inst(3, QDate(2026, 5, 10), yuan(1000), yuan(50), yuan(10), 0)};
        QVERIFY(m_storage->insertLoan(l).ok());
        m_loan = l.id;
        m_installments.clear();
        for (const Installment &i : l.installments)
            m_installments << i.id;
        Task t;
        t.customerId = m_customer;
        t.assignee = QStringLiteral("agent01");
        t.due = local(3, 11);
        QVERIFY(m_storage->insertTask(t, {}, {}).ok());
        m_audit = std::make_unique<AuditLog>(*m_storage);
        m_accounts = std::make_unique<AccountService>(*m_storage, *m_audit);
    }

    void cleanupTestCase()
    {
        m_accounts.reset();
        m_audit.reset();
        m_storage.reset();
    }

    void paymentIsAllocatedFifo()
    {
        QSignalSpy changed(m_accounts.get(), &AccountService::customerChanged);
        const AccountService::Posted p = post(yuan(1100), local(3, 20));
        QVERIFY(p.paymentId > 0);
        QCOMPARE(p.unapplied, Fen(0));
        const Loan loan = m_storage->loans(m_customer).value().first();
        QCOMPARE(loan.installments.at(0).paid,
                 yuan(1080));  // the oldest cleared: penalty, fee, interest, principal
        QCOMPARE(loan.installments.at(1).paid, yuan(20));  // the rest goes to the next one
        QCOMPARE(loan.installments.at(2).paid, Fen(0));
        QCOMPARE(loan.payments.size(), 1);
        QCOMPARE(loan.payments.first().amount, yuan(1100));
        QCOMPARE(p.allocations.size(), 2);
        QCOMPARE(p.allocations.at(1).fee, yuan(10));  // the second period's fee before its interest
        QCOMPARE(p.allocations.at(1).interest, yuan(10));
        QCOMPARE(m_storage->auditEntries(QStringLiteral("payment.post"), 100).value().size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toLongLong(), m_customer);
    }

    void overpaymentIsKeptAsUnapplied()
    {
        const AccountService::Posted p = post(yuan(4000), local(3, 20));
        QCOMPARE(p.unapplied, yuan(4000) - yuan(3000 + 150 + 30 + 20));
        const QList<Loan> loans = m_storage->loans(m_customer).value();
        for (const Installment &i : loans.first().installments)
            QVERIFY(i.settled());
    }

    void badInputWritesNothing_data()
    {
        QTest::addColumn<QString>("contract");
        QTest::addColumn<Fen>("amount");
        QTest::addColumn<int>("code");
        QTest::newRow("zero amount") << QStringLiteral("CL20260110-000001") << Fen(0)
                                     << int(proto::StatusCode::InvalidValue);
        QTest::newRow("negative amount")
            << QStringLiteral("CL20260110-000001") << Fen(-500) << int(proto::StatusCode::InvalidValue);
        QTest::newRow("unknown contract")
            << QStringLiteral("CL-NOPE") << yuan(10) << int(proto::StatusCode::NotFound);
    }

    void badInputWritesNothing()
    {
        QFETCH(QString, contract);
        QFETCH(Fen, amount);
        QFETCH(int, code);
        const qint64 rev = m_storage->currentRevision().value();
        AccountService::PaymentIn in;
        in.contractNo = contract;
        in.amount = amount;
        in.paidAt = local(3, 20);
        const auto r = m_accounts->postPayment(in, QStringLiteral("test"), local(3, 20));
        QVERIFY(!r.ok());
        QCOMPARE(int(r.code()), code);
        QCOMPARE(m_storage->currentRevision().value(), rev);
        QCOMPARE(count(m_storage->db(), QStringLiteral("SELECT COUNT(*) FROM payments")), 0);
        QCOMPARE(count(m_storage->db(), QStringLiteral("SELECT SUM(paid_fen) FROM installments")), 0);
    }

    void promiseLifecycle_data()
    {
        QTest::addColumn<Payments>("payments");
        QTest::addColumn<QDateTime>("sweepAt");
        QTest::addColumn<PromiseStatus>("status");
        QTest::addColumn<Fen>("paid");

        // Promise of 500 yuan made on 03-12, due 03-15; grace ends at the end of 03-16 (debtor time).
        QTest::newRow("paid in full on the day: kept")
            << Payments{{local(3, 15, 10), yuan(500)}} << local(3, 15, 11) << PromiseStatus::Kept
            << yuan(500);
        QTest::newRow("two partial payments add up: kept")
            << Payments{{local(3, 13), yuan(200)}, {local(3, 14), yuan(300)}} << local(3, 20)
            << PromiseStatus::Kept << yuan(500);
        QTest::newRow("partial, grace not over: pending")
            << Payments{{local(3, 13), yuan(200)}} << local(3, 16, 23) << PromiseStatus::Pending << yuan(200);
        QTest::newRow("partial, grace over: partially kept")
            << Payments{{local(3, 13), yuan(200)}} << local(3, 17, 0, 1) << PromiseStatus::Partial
            << yuan(200);
        QTest::newRow("nothing paid, grace over: broken")
            << Payments{} << local(3, 17, 1) << PromiseStatus::Broken << Fen(0);
        QTest::newRow("late, inside the grace day: kept")
            << Payments{{local(3, 16, 22), yuan(500)}} << local(3, 20) << PromiseStatus::Kept << yuan(500);
        QTest::newRow("late, after grace: broken")
            << Payments{{local(3, 17, 9), yuan(500)}} << local(3, 20) << PromiseStatus::Broken << Fen(0);
        QTest::newRow("paid before the promise was made: broken")
            << Payments{{local(3, 11), yuan(500)}} << local(3, 20) << PromiseStatus::Broken << Fen(0);
    }

    void promiseLifecycle()
    {
        QFETCH(Payments, payments);
        QFETCH(QDateTime, sweepAt);
        QFETCH(PromiseStatus, status);
        QFETCH(Fen, paid);

        const qint64 id = addPromise(yuan(500), QDate(2026, 3, 15), local(3, 12, 10));
        for (const auto &[at, amount] : payments)
            QVERIFY(post(amount, at).paymentId > 0);
        const auto swept = m_accounts->sweep(sweepAt);
        QVERIFY(swept.ok());
        const Promise p = promise(id);
        QCOMPARE(p.status, status);
        QCOMPARE(p.paid, paid);
        QCOMPARE(p.decidedAt.isValid(), status != PromiseStatus::Pending);
        // Decided once: a later sweep and a later payment do not change it.
        QVERIFY(m_accounts->sweep(sweepAt.addDays(3)).ok());
        if (status != PromiseStatus::Pending) {
            post(yuan(500), sweepAt.addDays(4));
            QCOMPARE(promise(id).status, status);
            QCOMPARE(promise(id).decidedAt, p.decidedAt);
        }
    }

    void twoPromisesConsumePaymentsInOrder()
    {
        const qint64 first = addPromise(yuan(300), QDate(2026, 3, 15), local(3, 12, 10));
        const qint64 second = addPromise(yuan(300), QDate(2026, 3, 25), local(3, 13, 10));
        post(yuan(400), local(3, 14));
        QVERIFY(m_accounts->sweep(local(3, 30)).ok());
        QCOMPARE(promise(first).status, PromiseStatus::Kept);
        QCOMPARE(promise(second).status, PromiseStatus::Partial);
        QCOMPARE(promise(second).paid, yuan(100));
    }

    void bucketRollIsRecordedOnce()
    {
        QVERIFY(m_accounts->sweep(local(3, 11, 1)).ok());  // DPD 1: M0 -> M1
        QVERIFY(m_accounts->sweep(local(3, 11, 2)).ok());
        QVERIFY(m_accounts->sweep(local(3, 12, 1)).ok());
        QList<BucketChange> h = m_storage->bucketHistory(m_customer).value();
        QCOMPARE(h.size(), 1);
        QCOMPARE(h.first().from, Bucket::M0);
        QCOMPARE(h.first().to, Bucket::M1);
        QCOMPARE(h.first().dpd, 1);
        QCOMPARE(h.first().loanId, m_loan);

        QVERIFY(m_accounts->sweep(local(4, 10, 1)).ok());  // DPD 31: M1 -> M2
        QVERIFY(m_accounts->sweep(local(4, 10, 3)).ok());
        h = m_storage->bucketHistory(m_customer).value();
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.last().to, Bucket::M2);

        // Paying everything due cures the account: M2 -> M0, once.
        post(yuan(2140), local(4, 10, 12));
        h = m_storage->bucketHistory(m_customer).value();
        QCOMPARE(h.size(), 3);
        QCOMPARE(h.last().from, Bucket::M2);
        QCOMPARE(h.last().to, Bucket::M0);
        QVERIFY(m_accounts->sweep(local(4, 11, 1)).ok());
        QCOMPARE(m_storage->bucketHistory(m_customer).value().size(), 3);
    }

    void riskUpgradeAlertsLeadsOnlyOnUpgrade()
    {
        qRegisterMetaType<Notice>();
        QSignalSpy spy(m_accounts.get(), &AccountService::noticed);
        QVERIFY(m_accounts->sweep(local(3, 11, 1)).ok());  // newly overdue + roll: B -> C
        QList<Notice> notices = riskNotices(spy);
        QCOMPARE(notices.size(), 1);
        const Notice n = notices.first();
        QCOMPARE(n.customerId, m_customer);
        QCOMPARE(n.leadTeams, QStringList{QStringLiteral("north")});
        QCOMPARE(n.body.value(QStringLiteral("from")).toString(), QStringLiteral("B"));
        QCOMPARE(n.body.value(QStringLiteral("to")).toString(), QStringLiteral("C"));
        QVERIFY(n.body.value(QStringLiteral("factors")).toArray().contains(QStringLiteral("BucketRoll")));
        const Customer c = *m_storage->customer(m_customer).value();
        QCOMPARE(c.risk, RiskGrade::C);
        QCOMPARE(c.riskFactors, QList<RiskFactor>{RiskFactor::BucketRoll});
        QCOMPARE(count(m_storage->db(), QStringLiteral("SELECT COUNT(*) FROM risk_events")), 1);

        // Same facts again: no second alert, no second event.
        QVERIFY(m_accounts->sweep(local(3, 11, 5)).ok());
        QCOMPARE(riskNotices(spy).size(), 1);
        QCOMPARE(count(m_storage->db(), QStringLiteral("SELECT COUNT(*) FROM risk_events")), 1);

        // A broken promise raises it again: a second alert.
        addPromise(yuan(500), QDate(2026, 3, 15), local(3, 12, 10));
        QVERIFY(m_accounts->sweep(local(3, 17, 1)).ok());
        QCOMPARE(riskNotices(spy).size(), 2);
        QCOMPARE(m_storage->customer(m_customer).value()->risk, RiskGrade::D);

        // Paid up and the events aged out: the grade comes down, and a downgrade alerts nobody.
        // (The payment finds the account rolled into M2 first: that roll weighs for 30 more days.)
        post(yuan(3230), local(4, 20));
        QVERIFY(m_accounts->sweep(local(4, 25)).ok());
        QCOMPARE(m_storage->customer(m_customer).value()->risk, RiskGrade::C);
        QVERIFY(m_accounts->sweep(local(5, 25)).ok());
        QCOMPARE(m_storage->customer(m_customer).value()->risk, RiskGrade::B);
        QCOMPARE(riskNotices(spy).size(), 2);
        // B->C, C->D, D->C, C->B: every change of grade is in risk_events, only the two upgrades alerted.
        QCOMPARE(count(m_storage->db(), QStringLiteral("SELECT COUNT(*) FROM risk_events")), 4);
    }

    void refusalRaisesRisk()
    {
        Interaction i;
        i.customerId = m_customer;
        i.agent = QStringLiteral("agent01");
        i.startedAt = local(3, 5, 10);
        i.outcome = Outcome::Refused;
        QVERIFY(m_storage->insertInteraction(i, {}).ok());
        const auto r = m_accounts->reviewCustomer(m_customer, local(3, 5, 11));
        QVERIFY(r.ok());
        QVERIFY(r->upgraded);
        QCOMPARE(r->riskAfter, RiskGrade::C);
        QCOMPARE(r->factors, QList<RiskFactor>{RiskFactor::Refusal});
    }

    void changesReachTheAssignedAgentOnly()
    {
        const qint64 id = addPromise(yuan(500), QDate(2026, 3, 15), local(3, 12, 10));
        Q_UNUSED(id);
        QVERIFY(m_accounts->sweep(local(3, 11, 1)).ok());
        post(yuan(500), local(3, 13));
        QSet<QString> seen;
        const ChangePage page =
            m_storage->changesSince(viewer(QStringLiteral("agent01")), 0, 500, 1 << 20).value();
        for (const proto::Change &c : page.changes)
            seen.insert(c.entity);
        for (const char *entity : {"loan", "promise", "bucketChange", "customer"})
            QVERIFY2(seen.contains(QLatin1String(entity)), entity);
        QVERIFY(
            m_storage->changesSince(viewer(QStringLiteral("lead01")), 0, 500, 1 << 20).value().changes.size()
            > 0);
        QCOMPARE(m_storage->changesSince(viewer(QStringLiteral("agent02")), 0, 500, 1 << 20)
                     .value()
                     .changes.size(),
                 0);
    }
};

QTEST_GUILESS_MAIN(tst_AccountService)
#include "tst_accountservice.moc"
