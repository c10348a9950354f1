// Whether a promise counts as kept decides whether the debtor is called again, how hard, and how the
// agent is scored: a payment counted twice or a late payment rescuing a broken promise would both be
// visible on the floor. Allocation decides which installment is still overdue (and so the DPD).
#include "PromiseLedger.h"

#include <QTest>

using namespace cd;
using namespace cd::ledger;

namespace {

const QTimeZone Shanghai(QByteArray("Asia/Shanghai"));

/// Debtor-local (UTC+8) wall time as UTC.
QDateTime local(int m, int d, int h = 12, int min = 0)
{
    return QDateTime(QDate(2026, m, d), QTime(h, min), Shanghai).toUTC();
}

Payment pay(qint64 id, const QDateTime &at, Fen amount)
{
    Payment p;
    p.id = id;
    p.loanId = 1;
    p.paidAt = at;
    p.amount = amount;
    return p;
}

Promise promise(qint64 id, Fen amount, const QDate &due, const QDateTime &created)
{
    Promise p;
    p.id = id;
    p.customerId = 1;
    p.amount = amount;
    p.dueDate = due;
    p.createdAt = created;
    return p;
}

Installment inst(qint64 id, int seq, const QDate &due, Fen principal, Fen interest, Fen fee, Fen penalty,
                 Fen paid = 0)
{
    Installment i;
    i.id = id;
    i.seq = seq;
    i.dueDate = due;
    i.principalDue = principal;
    i.interestDue = interest;
    i.feeDue = fee;
    i.penaltyDue = penalty;
    i.paid = paid;
    return i;
}

using Statuses = QList<PromiseStatus>;
using Amounts = QList<Fen>;

}  // namespace

class tst_PromiseLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data()
    {
        QTest::addColumn<QList<Promise>>("promises");
        QTest::addColumn<QList<Payment>>("payments");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<Statuses>("statuses");
        QTest::addColumn<Amounts>("paid");

        const QDateTime made = local(3, 1, 10);
        const QList<Promise> one{promise(1, yuan(500), QDate(2026, 3, 10), made)};
        using P = PromiseStatus;

        QTest::newRow("nothing paid, inside grace: pending")
            << one << QList<Payment>{} << local(3, 11, 23, 59) << Statuses{P::Pending} << Amounts{0};
        QTest::newRow("nothing paid, grace over: broken")
            << one << QList<Payment>{} << local(3, 12, 0, 0) << Statuses{P::Broken} << Amounts{0};
        QTest::newRow("paid in full before the due date: kept at once")
            << one << QList<Payment>{pay(1, local(3, 5), yuan(500))} << local(3, 5, 13) << Statuses{P::Kept}
            << Amounts{yuan(500)};
        QTest::newRow("overpaid: kept, paid capped at the amount")
            << one << QList<Payment>{pay(1, local(3, 5), yuan(800))} << local(3, 20) << Statuses{P::Kept}
            << Amounts{yuan(500)};
        QTest::newRow("partial payment, grace not over: still pending")
            << one << QList<Payment>{pay(1, local(3, 5), yuan(200))} << local(3, 11) << Statuses{P::Pending}
            << Amounts{yuan(200)};
        QTest::newRow("partial payment, grace over: partially kept")
            << one << QList<Payment>{pay(1, local(3, 5), yuan(200))} << local(3, 12, 1)
            << Statuses{P::Partial} << Amounts{yuan(200)};
        QTest::newRow("several payments add up: kept")
            << one
            << QList<Payment>{pay(1, local(3, 2), yuan(100)), pay(2, local(3, 6), yuan(150)),
                              pay(3, local(3, 10, 21), yuan(250))}
            << local(3, 30) << Statuses{P::Kept} << Amounts{yuan(500)};
        QTest::newRow("late payment inside the grace day counts")
            << one << QList<Payment>{pay(1, local(3, 11, 23, 30), yuan(500))} << local(3, 30)
            << Statuses{P::Kept} << Amounts{yuan(500)};
        QTest::newRow("late payment after grace does not rescue it")
            << one << QList<Payment>{pay(1, local(3, 12, 0, 5), yuan(500))} << local(3, 30)
            << Statuses{P::Broken} << Amounts{0};
        QTest::newRow("partial in time, rest after grace: partially kept")
            << one << QList<Payment>{pay(1, local(3, 9), yuan(300)), pay(2, local(3, 13), yuan(200))}
            << local(3, 30) << Statuses{P::Partial} << Amounts{yuan(300)};
        QTest::newRow("payment before the promise was made does not count")
            << one << QList<Payment>{pay(1, local(2, 28), yuan(500))} << local(3, 30) << Statuses{P::Broken}
            << Amounts{0};
        QTest::newRow("payment dated after now is not counted yet")
            << one << QList<Payment>{pay(1, local(3, 9), yuan(500))} << local(3, 8) << Statuses{P::Pending}
            << Amounts{0};

        const QList<Promise> two{promise(1, yuan(300), QDate(2026, 3, 10), made),
                                 promise(2, yuan(300), QDate(2026, 3, 20), local(3, 4))};
        QTest::newRow("two promises: the older one takes the money first")
            << two << QList<Payment>{pay(1, local(3, 8), yuan(400))} << local(3, 30)
            << Statuses{P::Kept, P::Partial} << Amounts{yuan(300), yuan(100)};
        QTest::newRow("two promises: one payment is not counted twice")
            << two << QList<Payment>{pay(1, local(3, 8), yuan(300))} << local(3, 30)
            << Statuses{P::Kept, P::Broken} << Amounts{yuan(300), 0};
        QTest::newRow("two promises: both kept by two payments")
            << two << QList<Payment>{pay(1, local(3, 8), yuan(300)), pay(2, local(3, 19), yuan(300))}
            << local(3, 30) << Statuses{P::Kept, P::Kept} << Amounts{yuan(300), yuan(300)};
        QTest::newRow("two promises: money after the first one's grace goes to the second")
            << two << QList<Payment>{pay(1, local(3, 15), yuan(300))} << local(3, 30)
            << Statuses{P::Broken, P::Kept} << Amounts{0, yuan(300)};

        Promise broken = promise(1, yuan(500), QDate(2026, 3, 10), made);
        broken.status = PromiseStatus::Broken;
        broken.decidedAt = local(3, 12, 0);
        QTest::newRow("a decided promise keeps its status")
            << QList<Promise>{broken} << QList<Payment>{pay(1, local(3, 9), yuan(500))} << local(3, 30)
            << Statuses{P::Broken} << Amounts{0};
    }

    void decide()
    {
        QFETCH(QList<Promise>, promises);
        QFETCH(QList<Payment>, payments);
        QFETCH(QDateTime, now);
        QFETCH(Statuses, statuses);
        QFETCH(Amounts, paid);

        const Result<QList<Promise>> r = decidePromises(promises, payments, PromisePolicy{}, now, Shanghai);
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        QCOMPARE(r.value().size(), statuses.size());
        for (int i = 0; i < statuses.size(); ++i) {
            const Promise &p = r.value().at(i);
            QCOMPARE(p.status, statuses.at(i));
            QCOMPARE(p.paid, paid.at(i));
            QCOMPARE(p.decidedAt.isValid(), p.status != PromiseStatus::Pending);
        }
    }

    void decidedAtIsWhenItWasSettled()
    {
        const QList<Promise> one{promise(1, yuan(500), QDate(2026, 3, 10), local(3, 1))};
        auto kept = decidePromises(one, {pay(1, local(3, 2), yuan(200)), pay(2, local(3, 6, 9), yuan(300))},
                                   {}, local(3, 30), Shanghai);
        QVERIFY(kept.ok());
        QCOMPARE(kept.value().first().decidedAt, local(3, 6, 9));
        auto broken = decidePromises(one, {}, {}, local(3, 30), Shanghai);
        QVERIFY(broken.ok());
        QCOMPARE(broken.value().first().decidedAt, local(3, 12, 0));  // end of the grace day
    }

    void longerGraceAndLowerThreshold()
    {
        const QList<Promise> one{promise(1, yuan(500), QDate(2026, 3, 10), local(3, 1))};
        PromisePolicy policy;
        policy.graceDays = 3;
        auto late =
            decidePromises(one, {pay(1, local(3, 13, 20), yuan(500))}, policy, local(3, 30), Shanghai);
        QVERIFY(late.ok());
        QCOMPARE(late.value().first().status, PromiseStatus::Kept);
        policy.keptThresholdBp = 9000;  // 90% is enough
        auto ninety = decidePromises(one, {pay(1, local(3, 5), yuan(450))}, policy, local(3, 6), Shanghai);
        QVERIFY(ninety.ok());
        QCOMPARE(ninety.value().first().status, PromiseStatus::Kept);
    }

    void rejectsZeroAndNegativeAmounts_data()
    {
        QTest::addColumn<Fen>("promiseAmount");
        QTest::addColumn<Fen>("paymentAmount");
        QTest::newRow("zero promise") << Fen(0) << yuan(1);
        QTest::newRow("negative promise") << Fen(-100) << yuan(1);
        QTest::newRow("zero payment") << yuan(1) << Fen(0);
        QTest::newRow("negative payment") << yuan(1) << Fen(-1);
    }

    void rejectsZeroAndNegativeAmounts()
    {
        QFETCH(Fen, promiseAmount);
        QFETCH(Fen, paymentAmount);
        const auto r = decidePromises({promise(1, promiseAmount, QDate(2026, 3, 10), local(3, 1))},
                                      {pay(1, local(3, 2), paymentAmount)}, {}, local(3, 30), Shanghai);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY(!applyPayment({}, paymentAmount > 0 ? -paymentAmount : paymentAmount).ok());
    }

    void allocate_data()
    {
        QTest::addColumn<QList<Installment>>("schedule");
        QTest::addColumn<Fen>("amount");
        QTest::addColumn<Amounts>("paidAfter");
        QTest::addColumn<Fen>("unapplied");
        QTest::addColumn<Amounts>("firstSplit");  // penalty, fee, interest, principal of the first allocation

        const QDate jan(2026, 1, 10), feb(2026, 2, 10), mar(2026, 3, 10);
        const QList<Installment> two{inst(1, 1, jan, yuan(1000), yuan(50), yuan(10), yuan(20)),
                                     inst(2, 2, feb, yuan(1000), yuan(50), yuan(10), 0)};
        QTest::newRow("penalty, fee, interest first, then principal")
            << two << yuan(100) << Amounts{yuan(100), 0} << Fen(0)
            << Amounts{yuan(20), yuan(10), yuan(50), yuan(20)};
        QTest::newRow("oldest installment is cleared before the next")
            << two << yuan(1500) << Amounts{yuan(1080), yuan(420)} << Fen(0)
            << Amounts{yuan(20), yuan(10), yuan(50), yuan(1000)};
        QTest::newRow("more than owed leaves a credit")
            << two << yuan(3000) << Amounts{yuan(1080), yuan(1060)} << yuan(860)
            << Amounts{yuan(20), yuan(10), yuan(50), yuan(1000)};
        QTest::newRow("schedule listed newest first still pays the oldest")
            << QList<Installment>{inst(3, 3, mar, yuan(100), 0, 0, 0), inst(1, 1, jan, yuan(100), 0, 0, 0)}
            << yuan(100) << Amounts{0, yuan(100)} << Fen(0) << Amounts{0, 0, 0, yuan(100)};
        QTest::newRow("earlier partial payment: the next one meets the principal")
            << QList<Installment>{inst(1, 1, jan, yuan(1000), yuan(50), yuan(10), yuan(20), yuan(80))}
            << yuan(10) << Amounts{yuan(90)} << Fen(0) << Amounts{0, 0, 0, yuan(10)};
        QTest::newRow("settled installment is skipped")
            << QList<Installment>{inst(1, 1, jan, yuan(100), 0, 0, 0, yuan(100)),
                                  inst(2, 2, feb, yuan(100), 0, 0, 0)}
            << yuan(40) << Amounts{yuan(100), yuan(40)} << Fen(0) << Amounts{0, 0, 0, yuan(40)};
    }

    void allocate()
    {
        QFETCH(QList<Installment>, schedule);
        QFETCH(Fen, amount);
        QFETCH(Amounts, paidAfter);
        QFETCH(Fen, unapplied);
        QFETCH(Amounts, firstSplit);

        const Result<Applied> r = applyPayment(schedule, amount);
        QVERIFY(r.ok());
        for (int i = 0; i < paidAfter.size(); ++i)
            QCOMPARE(r.value().installments.at(i).paid, paidAfter.at(i));
        QCOMPARE(r.value().unapplied, unapplied);
        QVERIFY(!r.value().allocations.isEmpty());
        const Allocation &a = r.value().allocations.first();
        QCOMPARE((Amounts{a.penalty, a.fee, a.interest, a.principal}), firstSplit);
        Fen total = r.value().unapplied;
        for (const Allocation &x : r.value().allocations)
            total += x.total();
        QCOMPARE(total, amount);  // nothing lost, nothing made up
    }
};

QTEST_GUILESS_MAIN(tst_PromiseLedger)
#include "tst_promiseledger.moc"
