// The settlement calculator: discount rounding, schedules that add up to the total to the fen,
// monthly dates, the approval threshold at its boundaries, and every invalid input refused with
// its own problem code.
#include "Settlement.h"

#include <QTest>

using namespace cd;
using namespace cd::settlement;

Q_DECLARE_METATYPE(cd::settlement::Problem)
Q_DECLARE_METATYPE(cd::SettlementStatus)

namespace {
const QDate Today(2026, 11, 23);
}

class TstSettlement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schedule_data()
    {
        QTest::addColumn<qint64>("outstanding");
        QTest::addColumn<int>("discountBp");
        QTest::addColumn<int>("instalments");
        QTest::addColumn<qint64>("firstAmount");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<QList<qint64>>("amounts");

        QTest::newRow("no discount, one payment")
            << qint64(100000) << 0 << 1 << qint64(0) << qint64(100000) << QList<qint64>{100000};
        QTest::newRow("10% off, even split") << qint64(120000) << 1000 << 3 << qint64(0) << qint64(108000)
                                             << QList<qint64>{36000, 36000, 36000};
        QTest::newRow("remainder on the last")
            << qint64(100000) << 0 << 3 << qint64(0) << qint64(100000) << QList<qint64>{33333, 33333, 33334};
        // 12345.67 * 15% = 1851.8505 yuan -> 185185 fen off (rounded down), total 1049382.
        QTest::newRow("discount rounds down") << qint64(1234567) << 1500 << 4 << qint64(0) << qint64(1049382)
                                              << QList<qint64>{262345, 262345, 262345, 262347};
        QTest::newRow("first amount, rest split")
            << qint64(100000) << 0 << 4 << qint64(40000) << qint64(100000)
            << QList<qint64>{40000, 20000, 20000, 20000};
        QTest::newRow("first amount, rest with remainder")
            << qint64(100001) << 0 << 3 << qint64(50000) << qint64(100001)
            << QList<qint64>{50000, 25000, 25001};
        QTest::newRow("first amount is the whole single payment")
            << qint64(80000) << 2500 << 1 << qint64(60000) << qint64(60000) << QList<qint64>{60000};
        QTest::newRow("maximum discount 50%")
            << qint64(99999) << 5000 << 2 << qint64(0) << qint64(50000) << QList<qint64>{25000, 25000};
        QTest::newRow("36 instalments of 1 fen")
            << qint64(36) << 0 << 36 << qint64(0) << qint64(36) << QList<qint64>(36, 1);
    }
    void schedule()
    {
        QFETCH(qint64, outstanding);
        QFETCH(int, discountBp);
        QFETCH(int, instalments);
        QFETCH(qint64, firstAmount);
        QFETCH(qint64, total);
        QFETCH(QList<qint64>, amounts);

        const Plan p = compute({outstanding, discountBp, instalments, Today, firstAmount}, Today);
        QCOMPARE(p.problem, Problem::None);
        QCOMPARE(p.total, total);
        QCOMPARE(p.discount, outstanding - total);
        QList<qint64> got;
        qint64 sum = 0;
        for (const Line &l : p.schedule) {
            got << l.amount;
            sum += l.amount;
            QCOMPARE(l.seq, int(got.size()));
        }
        QCOMPARE(got, amounts);
        QCOMPARE(sum, total);
    }

    void monthlyDates()
    {
        // From the 31st: each month's 31st where it exists, the month's last day where not.
        const Plan p = compute({300000, 0, 4, QDate(2027, 1, 31), 0}, Today);
        QVERIFY(p.ok());
        const QList<QDate> dates{QDate(2027, 1, 31), QDate(2027, 2, 28), QDate(2027, 3, 31),
                                 QDate(2027, 4, 30)};
        for (int i = 0; i < dates.size(); ++i)
            QCOMPARE(p.schedule.at(i).date, dates.at(i));
    }

    void invalid_data()
    {
        QTest::addColumn<qint64>("outstanding");
        QTest::addColumn<int>("discountBp");
        QTest::addColumn<int>("instalments");
        QTest::addColumn<QDate>("firstDate");
        QTest::addColumn<qint64>("firstAmount");
        QTest::addColumn<Problem>("problem");

        QTest::newRow("nothing outstanding")
            << qint64(0) << 0 << 1 << Today << qint64(0) << Problem::NothingOutstanding;
        QTest::newRow("negative discount")
            << qint64(1000) << -1 << 1 << Today << qint64(0) << Problem::DiscountOutOfRange;
        QTest::newRow("discount just above 50%")
            << qint64(1000) << 5001 << 1 << Today << qint64(0) << Problem::DiscountOutOfRange;
        QTest::newRow("zero instalments")
            << qint64(1000) << 0 << 0 << Today << qint64(0) << Problem::InstalmentsOutOfRange;
        QTest::newRow("37 instalments")
            << qint64(100000) << 0 << 37 << Today << qint64(0) << Problem::InstalmentsOutOfRange;
        QTest::newRow("more instalments than fen")
            << qint64(10) << 0 << 11 << Today << qint64(0) << Problem::InstalmentsOutOfRange;
        QTest::newRow("no first date")
            << qint64(1000) << 0 << 1 << QDate() << qint64(0) << Problem::FirstDateMissing;
        QTest::newRow("yesterday") << qint64(1000) << 0 << 1 << Today.addDays(-1) << qint64(0)
                                   << Problem::FirstDateInPast;
        QTest::newRow("negative first amount")
            << qint64(1000) << 0 << 2 << Today << qint64(-5) << Problem::FirstAmountNegative;
        QTest::newRow("first amount above the total")
            << qint64(1000) << 1000 << 2 << Today << qint64(901) << Problem::FirstAmountTooLarge;
        QTest::newRow("first amount leaves nothing for the rest")
            << qint64(1000) << 0 << 3 << Today << qint64(999) << Problem::FirstAmountTooLarge;
        QTest::newRow("single instalment short of the total")
            << qint64(1000) << 0 << 1 << Today << qint64(999) << Problem::FirstAmountTooSmall;
    }
    void invalid()
    {
        QFETCH(qint64, outstanding);
        QFETCH(int, discountBp);
        QFETCH(int, instalments);
        QFETCH(QDate, firstDate);
        QFETCH(qint64, firstAmount);
        QFETCH(Problem, problem);

        const Plan p = compute({outstanding, discountBp, instalments, firstDate, firstAmount}, Today);
        QCOMPARE(p.problem, problem);
        QVERIFY(!p.ok());
        QVERIFY(p.schedule.isEmpty());
    }

    void firstDateTodayIsFine() { QVERIFY(compute({1000, 0, 1, Today, 0}, Today).ok()); }

    void outstandingOfLoan()
    {
        Loan loan;
        Installment a;
        a.principalDue = 10000;
        a.interestDue = 500;
        a.penaltyDue = 200;
        a.paid = 3000;
        Installment b;
        b.principalDue = 10000;
        b.feeDue = 100;
        b.waived = 100;
        Installment settled;
        settled.principalDue = 5000;
        settled.paid = 6000;  // overpaid: counts as 0, not -1000
        loan.installments = {a, b, settled};
        QCOMPARE(outstandingOf(loan), qint64(7700 + 10000));
    }

    void approval_data()
    {
        QTest::addColumn<QString>("skill");
        QTest::addColumn<int>("discountBp");
        QTest::addColumn<SettlementStatus>("status");

        QTest::newRow("junior, no discount")
            << QStringLiteral("junior") << 0 << SettlementStatus::AutoApproved;
        QTest::newRow("junior at the limit")
            << QStringLiteral("junior") << 1000 << SettlementStatus::AutoApproved;
        QTest::newRow("junior 1bp above") << QStringLiteral("junior") << 1001 << SettlementStatus::Pending;
        QTest::newRow("senior at the limit")
            << QStringLiteral("senior") << 2000 << SettlementStatus::AutoApproved;
        QTest::newRow("senior 1bp above") << QStringLiteral("senior") << 2001 << SettlementStatus::Pending;
        QTest::newRow("unknown skill is junior")
            << QStringLiteral("expert") << 1500 << SettlementStatus::Pending;
    }
    void approval()
    {
        QFETCH(QString, skill);
        QFETCH(int, discountBp);
        QFETCH(SettlementStatus, status);
        QCOMPARE(settlement::approval(discountBp, DiscountLimits().forSkill(skill)), status);
    }

    void limitsAreConfigurable()
    {
        DiscountLimits limits;
        limits.juniorBp = 500;
        limits.seniorBp = 3000;
        QCOMPARE(settlement::approval(800, limits.forSkill(QStringLiteral("junior"))),
                 SettlementStatus::Pending);
        QCOMPARE(settlement::approval(2500, limits.forSkill(QStringLiteral("senior"))),
                 SettlementStatus::AutoApproved);
    }
};

QTEST_GUILESS_MAIN(TstSettlement)
#include "tst_settlement.moc"
