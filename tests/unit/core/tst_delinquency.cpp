// Days past due and buckets decide which script an agent reads and where a debtor sits in the queue:
// an off-by-one here moves customers between M1 and M2 (different scripts, different pressure).
#include "Delinquency.h"

#include <QTest>

using namespace cd;
using namespace cd::delinquency;

namespace {

Installment inst(const QDate &due, Fen principal, Fen paid = 0, Fen waived = 0, Fen penalty = 0)
{
    Installment i;
    i.dueDate = due;
    i.principalDue = principal;
    i.interestDue = 0;
    i.paid = paid;
    i.waived = waived;
    i.penaltyDue = penalty;
    return i;
}

QDate d(int y, int m, int day) { return QDate(y, m, day); }

}  // namespace

class tst_Delinquency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void daysPastDue_data()
    {
        QTest::addColumn<QList<Installment>>("installments");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<int>("dpd");

        const Fen p = yuan(1000);
        QTest::newRow("no installments") << QList<Installment>{} << d(2024, 3, 1) << 0;
        QTest::newRow("only future installments")
            << QList<Installment>{inst(d(2024, 3, 10), p)} << d(2024, 3, 1) << 0;
        QTest::newRow("due today is not yet past due")
            << QList<Installment>{inst(d(2024, 3, 1), p)} << d(2024, 3, 1) << 0;
        QTest::newRow("due yesterday") << QList<Installment>{inst(d(2024, 2, 29), p)} << d(2024, 3, 1) << 1;
        QTest::newRow("due Jan 31, asOf Mar 1 in a leap year")
            << QList<Installment>{inst(d(2024, 1, 31), p)} << d(2024, 3, 1) << 30;
        QTest::newRow("due Jan 31, asOf Mar 1 in a common year")
            << QList<Installment>{inst(d(2023, 1, 31), p)} << d(2023, 3, 1) << 29;
        QTest::newRow("due Feb 28 2023, asOf Mar 1")
            << QList<Installment>{inst(d(2023, 2, 28), p)} << d(2023, 3, 1) << 1;
        QTest::newRow("due Feb 28 2024, asOf Mar 1 (leap day between)")
            << QList<Installment>{inst(d(2024, 2, 28), p)} << d(2024, 3, 1) << 2;
        QTest::newRow("due on leap day 2024-02-29, asOf Mar 1")
            << QList<Installment>{inst(d(2024, 2, 29), p)} << d(2024, 3, 1) << 1;
        QTest::newRow("due on leap day, asOf a year later")
            << QList<Installment>{inst(d(2024, 2, 29), p)} << d(2025, 2, 28) << 365;
        QTest::newRow("across the year end")
            << QList<Installment>{inst(d(2023, 12, 31), p)} << d(2024, 1, 1) << 1;
        QTest::newRow("fully paid is settled")
            << QList<Installment>{inst(d(2024, 1, 10), p, p)} << d(2024, 3, 1) << 0;
        QTest::newRow("overpaid is settled")
            << QList<Installment>{inst(d(2024, 1, 10), p, p + 1)} << d(2024, 3, 1) << 0;
        QTest::newRow("partial payment still counts as unpaid")
            << QList<Installment>{inst(d(2024, 1, 10), p, p - 1)} << d(2024, 3, 1) << 51;
        QTest::newRow("waived remainder counts as settled")
            << QList<Installment>{inst(d(2024, 1, 10), p, yuan(600), yuan(400))} << d(2024, 3, 1) << 0;
        QTest::newRow("fully waived counts as settled")
            << QList<Installment>{inst(d(2024, 1, 10), p, 0, p)} << d(2024, 3, 1) << 0;
        QTest::newRow("waiver short of the total still unpaid")
            << QList<Installment>{inst(d(2024, 1, 10), p, yuan(500), yuan(499))} << d(2024, 3, 1) << 51;
        QTest::newRow("unpaid penalty keeps the installment past due")
            << QList<Installment>{inst(d(2024, 1, 10), p, p, 0, yuan(25))} << d(2024, 3, 1) << 51;
        QTest::newRow("oldest of several unpaid (listed newest first)")
            << QList<Installment>{inst(d(2024, 2, 10), p), inst(d(2024, 1, 10), p), inst(d(2024, 3, 10), p)}
            << d(2024, 3, 1) << 51;
        QTest::newRow("paid oldest, counts from the next unpaid")
            << QList<Installment>{inst(d(2024, 1, 10), p, p), inst(d(2024, 2, 10), p)} << d(2024, 3, 1) << 20;
        QTest::newRow("paid later one does not cure an older one")
            << QList<Installment>{inst(d(2024, 1, 10), p), inst(d(2024, 2, 10), p, p)} << d(2024, 3, 1) << 51;
        QTest::newRow("installment without a due date is ignored")
            << QList<Installment>{inst(QDate(), p), inst(d(2024, 2, 10), p)} << d(2024, 3, 1) << 20;
    }
    void daysPastDue()
    {
        QFETCH(QList<Installment>, installments);
        QFETCH(QDate, asOf);
        QFETCH(int, dpd);
        QCOMPARE(delinquency::daysPastDue(installments, asOf), dpd);
        const Installment *oldest = oldestUnpaid(installments, asOf);
        QCOMPARE(oldest != nullptr, dpd > 0);
        if (oldest)
            QCOMPARE(int(oldest->dueDate.daysTo(asOf)), dpd);
    }

    void worstLoanDecidesCustomerDpd()
    {
        Loan current, late, later;
        current.installments = {inst(d(2024, 3, 5), yuan(100))};
        late.installments = {inst(d(2024, 2, 1), yuan(100))};
        later.installments = {inst(d(2023, 11, 15), yuan(100)), inst(d(2023, 12, 15), yuan(100))};
        const QDate asOf = d(2024, 3, 1);
        QCOMPARE(delinquency::daysPastDue(QList<Loan>{}, asOf), 0);
        QCOMPARE(delinquency::daysPastDue(QList<Loan>{current}, asOf), 0);
        QCOMPARE(delinquency::daysPastDue(QList<Loan>{current, late}, asOf), 29);
        QCOMPARE(delinquency::daysPastDue(QList<Loan>{late, later, current}, asOf), 107);
    }

    void bucketFor_data()
    {
        QTest::addColumn<int>("dpd");
        QTest::addColumn<Bucket>("bucket");
        QTest::newRow("negative clamps to M0") << -3 << Bucket::M0;
        QTest::newRow("0 is M0") << 0 << Bucket::M0;
        QTest::newRow("1 starts M1") << 1 << Bucket::M1;
        QTest::newRow("30 ends M1") << 30 << Bucket::M1;
        QTest::newRow("31 starts M2") << 31 << Bucket::M2;
        QTest::newRow("60 ends M2") << 60 << Bucket::M2;
        QTest::newRow("61 starts M3") << 61 << Bucket::M3;
        QTest::newRow("90 ends M3") << 90 << Bucket::M3;
        QTest::newRow("91 starts M4+") << 91 << Bucket::M4Plus;
        QTest::newRow("two years is M4+") << 730 << Bucket::M4Plus;
    }
    void bucketFor()
    {
        QFETCH(int, dpd);
        QFETCH(Bucket, bucket);
        QCOMPARE(delinquency::bucketFor(dpd), bucket);
    }

    void amounts_data()
    {
        QTest::addColumn<QList<Installment>>("installments");
        QTest::addColumn<Fen>("overdue");
        QTest::addColumn<Fen>("outstanding");

        const QDate past = d(2024, 1, 10), today = d(2024, 3, 1), future = d(2024, 3, 10);
        QTest::newRow("nothing") << QList<Installment>{} << Fen(0) << Fen(0);
        QTest::newRow("due today is not overdue but outstanding")
            << QList<Installment>{inst(today, 12345)} << Fen(0) << Fen(12345);
        QTest::newRow("past and future")
            << QList<Installment>{inst(past, 10000), inst(future, 20000)} << Fen(10000) << Fen(30000);
        QTest::newRow("partial payment leaves the remainder overdue")
            << QList<Installment>{inst(past, 10000, 2500)} << Fen(7500) << Fen(7500);
        QTest::newRow("waiver reduces what is owed")
            << QList<Installment>{inst(past, 10000, 2500, 1500)} << Fen(6000) << Fen(6000);
        QTest::newRow("penalty is part of the overdue amount")
            << QList<Installment>{inst(past, 10000, 0, 0, 333)} << Fen(10333) << Fen(10333);
        QTest::newRow("overpayment never makes a negative balance")
            << QList<Installment>{inst(past, 10000, 15000), inst(d(2024, 2, 10), 10000)} << Fen(10000)
            << Fen(10000);
    }
    void amounts()
    {
        QFETCH(QList<Installment>, installments);
        QFETCH(Fen, overdue);
        QFETCH(Fen, outstanding);
        QCOMPARE(overdueAmount(installments, d(2024, 3, 1)), overdue);
        QCOMPARE(outstandingBalance(installments), outstanding);
    }

    void nextDue_data()
    {
        QTest::addColumn<QList<Installment>>("installments");
        QTest::addColumn<QDate>("expected");
        const Fen p = yuan(100);
        QTest::newRow("none left") << QList<Installment>{inst(d(2024, 1, 10), p, p)} << QDate();
        QTest::newRow("due today is the next due one")
            << QList<Installment>{inst(d(2024, 3, 1), p), inst(d(2024, 4, 1), p)} << d(2024, 3, 1);
        QTest::newRow("past-due ones are not next")
            << QList<Installment>{inst(d(2024, 2, 1), p), inst(d(2024, 4, 1), p), inst(d(2024, 3, 20), p)}
            << d(2024, 3, 20);
        QTest::newRow("settled future one is skipped")
            << QList<Installment>{inst(d(2024, 3, 5), p, p), inst(d(2024, 4, 5), p)} << d(2024, 4, 5);
    }
    void nextDue()
    {
        QFETCH(QList<Installment>, installments);
        QFETCH(QDate, expected);
        const Installment *next = delinquency::nextDue(installments, d(2024, 3, 1));
        QCOMPARE(next ? next->dueDate : QDate(), expected);
    }
};

QTEST_GUILESS_MAIN(tst_Delinquency)
#include "tst_delinquency.moc"
