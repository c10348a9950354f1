// The risk grade moves a customer to senior agents and raises an alert for the lead; a grade that
// climbs on every review, or never comes down after kept promises, would be noticed on the floor.
#include "RiskReview.h"

#include <QTest>
#include <QTimeZone>

using namespace cd;
using namespace cd::risk;

namespace {
using Factors = QList<RiskFactor>;

Facts facts(int score, int dpd = 0, Fen overdue = 0)
{
    Facts f;
    f.score = score;
    f.dpd = dpd;
    f.overdue = overdue;
    return f;
}

Facts with(Facts f, int broken, int kept, int refusals, bool newOverdue, bool rolled)
{
    f.brokenPromises = broken;
    f.keptPromises = kept;
    f.refusals = refusals;
    f.newOverdue = newOverdue;
    f.bucketRolled = rolled;
    return f;
}
}  // namespace

class tst_RiskReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void review_data()
    {
        QTest::addColumn<Facts>("facts");
        QTest::addColumn<RiskGrade>("before");
        QTest::addColumn<RiskGrade>("grade");
        QTest::addColumn<Factors>("factors");
        QTest::addColumn<bool>("upgraded");

        using F = RiskFactor;
        using G = RiskGrade;
        QTest::newRow("good score, nothing happened: A") << facts(780) << G::A << G::A << Factors{} << false;
        QTest::newRow("score band edge 750 is A") << facts(750) << G::B << G::A << Factors{} << false;
        QTest::newRow("score band edge 749 is B") << facts(749) << G::B << G::B << Factors{} << false;
        QTest::newRow("low score alone: E with LowScore")
            << facts(540) << G::E << G::E << Factors{F::LowScore} << false;
        QTest::newRow("a broken promise raises one grade")
            << with(facts(700), 1, 0, 0, false, false) << G::B << G::C << Factors{F::BrokenPromise} << true;
        QTest::newRow("two broken promises raise two grades")
            << with(facts(700), 2, 0, 0, false, false) << G::B << G::D << Factors{F::BrokenPromise} << true;
        QTest::newRow("three broken promises still two grades")
            << with(facts(700), 3, 0, 0, false, false) << G::B << G::D << Factors{F::BrokenPromise} << true;
        QTest::newRow("refusal raises one grade")
            << with(facts(700), 0, 0, 2, false, false) << G::B << G::C << Factors{F::Refusal} << true;
        QTest::newRow("new overdue installment raises one grade")
            << with(facts(700, 5), 0, 0, 0, true, false) << G::B << G::C << Factors{F::NewOverdue} << true;
        QTest::newRow("bucket roll counts once, not with new overdue")
            << with(facts(700, 31), 0, 0, 0, true, true) << G::B << G::C << Factors{F::BucketRoll} << true;
        QTest::newRow("large balance is listed but does not move the grade")
            << facts(700, 10, yuan(10'000)) << G::B << G::B << Factors{F::LargeBalance} << false;
        QTest::newRow("just under the large balance: no factor")
            << facts(700, 10, yuan(10'000) - 1) << G::B << G::B << Factors{} << false;
        QTest::newRow("DPD 91 is at least D")
            << facts(760, 91) << G::A << G::D << Factors{F::SeverelyOverdue} << true;
        QTest::newRow("DPD 90 is not severely overdue")
            << facts(760, 90) << G::A << G::A << Factors{} << false;
        QTest::newRow("kept promises lower one grade")
            << with(facts(700), 0, 1, 0, false, false) << G::B << G::A << Factors{F::PromisesKept} << false;
        QTest::newRow("kept promises do not offset a broken one")
            << with(facts(700), 1, 2, 0, false, false) << G::B << G::C << Factors{F::BrokenPromise} << true;
        QTest::newRow("kept promises do not take DPD > 90 below D")
            << with(facts(700, 120), 0, 1, 0, false, false) << G::D << G::D
            << Factors{F::SeverelyOverdue, F::PromisesKept} << false;
        QTest::newRow("everything at once tops out at E")
            << with(facts(650, 120, yuan(50'000)), 2, 0, 1, true, true) << G::D << G::E
            << Factors{F::BrokenPromise, F::Refusal, F::BucketRoll, F::LargeBalance, F::SeverelyOverdue}
            << true;
        QTest::newRow("facts got better: a downgrade is not an upgrade")
            << facts(700) << G::D << G::B << Factors{} << false;
    }

    void review()
    {
        QFETCH(Facts, facts);
        QFETCH(RiskGrade, before);
        QFETCH(RiskGrade, grade);
        QFETCH(Factors, factors);
        QFETCH(bool, upgraded);

        const Review r = risk::review(facts, before, {});
        QCOMPARE(r.grade, grade);
        QCOMPARE(r.factors, factors);
        QCOMPARE(r.upgraded, upgraded);
        // Reviewing the result again changes nothing: no grade creep on repeated events.
        const Review again = risk::review(facts, r.grade, r.factors);
        QCOMPARE(again.grade, r.grade);
        QVERIFY(!again.upgraded);
        QVERIFY(!again.changed);
    }

    void factsFromRecords()
    {
        const QDateTime now(QDate(2026, 6, 30), QTime(4, 0), Qt::UTC);
        const QDate today(2026, 6, 30);
        Customer c;
        c.riskScore = 700;
        Loan loan;
        Installment old;
        old.dueDate = today.addDays(-40);
        old.principalDue = yuan(12'000);
        Installment recent;
        recent.dueDate = today.addDays(-3);
        recent.principalDue = yuan(100);
        loan.installments = {old, recent};

        Promise brokenRecent, brokenLongAgo, kept;
        brokenRecent.status = PromiseStatus::Broken;
        brokenRecent.decidedAt = now.addDays(-10);
        brokenLongAgo.status = PromiseStatus::Broken;
        brokenLongAgo.decidedAt = now.addDays(-31);
        kept.status = PromiseStatus::Kept;
        kept.decidedAt = now.addDays(-5);
        Interaction refusal, noAnswer;
        refusal.outcome = Outcome::Refused;
        refusal.startedAt = now.addDays(-1);
        noAnswer.outcome = Outcome::NoAnswer;
        noAnswer.startedAt = now.addDays(-1);
        BucketChange roll, cure;
        roll.from = Bucket::M1;
        roll.to = Bucket::M2;
        roll.at = now.addDays(-9);
        cure.from = Bucket::M2;
        cure.to = Bucket::M0;
        cure.at = now.addDays(-2);

        const Facts f = factsFor(c, {loan}, {brokenRecent, brokenLongAgo, kept}, {refusal, noAnswer},
                                 {roll, cure}, now, today);
        QCOMPARE(f.score, 700);
        QCOMPARE(f.dpd, 40);
        QCOMPARE(f.overdue, yuan(12'100));
        QCOMPARE(f.brokenPromises, 1);  // the one 31 days ago has aged out
        QCOMPARE(f.keptPromises, 1);
        QCOMPARE(f.refusals, 1);
        QVERIFY(!f.newOverdue);   // 40 days past due is not newly overdue
        QVERIFY(f.bucketRolled);  // a cure does not count, the roll does
        loan.installments = {recent};
        QVERIFY(factsFor(c, {loan}, {}, {}, {}, now, today).newOverdue);  // 3 days: newly overdue
    }
};

QTEST_GUILESS_MAIN(tst_RiskReview)
#include "tst_riskreview.moc"
