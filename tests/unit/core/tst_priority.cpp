// The priority score orders the agent's queue: what is on top is what gets called next.
#include "Priority.h"

#include <QTest>

using namespace cd;
using namespace cd::priority;

namespace {

const QDateTime kNow(QDate(2024, 3, 1), QTime(2, 0), Qt::UTC);  // 10:00 in Beijing
const QDate kToday(2024, 3, 1);                                 // the debtor's local date

Input overdue(int dpd, Fen amount = yuan(3000), RiskGrade risk = RiskGrade::C)
{
    Input in;
    in.dpd = dpd;
    in.overdueAmount = amount;
    in.risk = risk;
    return in;
}

Input withCallback(Input in, qint64 minutesFromNow)
{
    in.callbackAt = kNow.addSecs(minutesFromNow * 60);
    return in;
}

Input withPromise(Input in, int dueInDays, PromiseStatus status)
{
    in.hasPromise = true;
    in.promiseDue = kToday.addDays(dueInDays);
    in.promiseStatus = status;
    return in;
}

Input withFlags(Input in, CustomerFlags flags)
{
    in.flags = flags;
    return in;
}

Input current(int nextDueInDays)
{
    Input in;
    in.nextDueDate = kToday.addDays(nextDueInDays);
    return in;
}

using Reasons = QList<ReasonCode>;

}  // namespace

class tst_Priority : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<Input>("input");
        QTest::addColumn<TaskKind>("kind");
        QTest::addColumn<int>("tier");
        QTest::addColumn<Reasons>("reasons");
        QTest::addColumn<bool>("needsTask");

        using R = ReasonCode;
        QTest::newRow("M1 overdue") << overdue(12) << TaskKind::Collection << 1 << Reasons{R::Overdue}
                                    << true;
        QTest::newRow("90 DPD is still Overdue")
            << overdue(90) << TaskKind::Collection << 1 << Reasons{R::Overdue} << true;
        QTest::newRow("91 DPD is SeverelyOverdue")
            << overdue(91) << TaskKind::Collection << 1 << Reasons{R::SeverelyOverdue} << true;
        QTest::newRow("large balance at exactly 10,000 yuan")
            << overdue(40, yuan(10000)) << TaskKind::Collection << 1 << Reasons{R::Overdue, R::LargeBalance}
            << true;
        QTest::newRow("just under 10,000 yuan is not large")
            << overdue(40, yuan(10000) - 1) << TaskKind::Collection << 1 << Reasons{R::Overdue} << true;
        QTest::newRow("high risk D") << overdue(5, yuan(100), RiskGrade::D) << TaskKind::Collection << 1
                                     << Reasons{R::Overdue, R::HighRisk} << true;
        QTest::newRow("everything at once, most important first")
            << withCallback(overdue(200, yuan(20000), RiskGrade::E), -5) << TaskKind::Callback << 4
            << Reasons{R::CallbackDue, R::SeverelyOverdue, R::LargeBalance, R::HighRisk} << true;

        QTest::newRow("callback due now") << withCallback(overdue(3), 0) << TaskKind::Callback << 4
                                          << Reasons{R::CallbackDue, R::Overdue} << true;
        QTest::newRow("callback overdue by two hours") << withCallback(overdue(3), -120) << TaskKind::Callback
                                                       << 4 << Reasons{R::CallbackDue, R::Overdue} << true;
        QTest::newRow("callback in the future does not count")
            << withCallback(overdue(3), 1) << TaskKind::Collection << 1 << Reasons{R::Overdue} << true;
        QTest::newRow("future callback on a current account: no task")
            << withCallback(current(20), 30) << TaskKind::Reminder << 1 << Reasons{} << false;
        QTest::newRow("due callback on a current account still needs a task")
            << withCallback(current(20), -30) << TaskKind::Callback << 4 << Reasons{R::CallbackDue} << true;

        QTest::newRow("promise due today")
            << withPromise(overdue(20), 0, PromiseStatus::Pending) << TaskKind::PromiseFollowUp << 3
            << Reasons{R::PromiseDueToday, R::Overdue} << true;
        QTest::newRow("pending promise past its date counts as broken")
            << withPromise(overdue(20), -1, PromiseStatus::Pending) << TaskKind::BrokenPromise << 2
            << Reasons{R::PromiseBroken, R::Overdue} << true;
        QTest::newRow("broken promise")
            << withPromise(overdue(20), -3, PromiseStatus::Broken) << TaskKind::BrokenPromise << 2
            << Reasons{R::PromiseBroken, R::Overdue} << true;
        QTest::newRow("promise due tomorrow is plain collection")
            << withPromise(overdue(20), 1, PromiseStatus::Pending) << TaskKind::Collection << 1
            << Reasons{R::Overdue} << true;
        QTest::newRow("kept promise is plain collection")
            << withPromise(overdue(20), -2, PromiseStatus::Kept) << TaskKind::Collection << 1
            << Reasons{R::Overdue} << true;
        QTest::newRow("callback beats a promise due today")
            << withCallback(withPromise(overdue(20), 0, PromiseStatus::Pending), -10) << TaskKind::Callback
            << 4 << Reasons{R::CallbackDue, R::Overdue} << true;

        QTest::newRow("M0 due today") << current(0) << TaskKind::Reminder << 1 << Reasons{R::DueSoon} << true;
        QTest::newRow("M0 due in 3 days")
            << current(3) << TaskKind::Reminder << 1 << Reasons{R::DueSoon} << true;
        QTest::newRow("M0 due in 4 days: no task")
            << current(4) << TaskKind::Reminder << 1 << Reasons{} << false;
        QTest::newRow("M0 with nothing due: no task")
            << Input{} << TaskKind::Reminder << 1 << Reasons{} << false;
        QTest::newRow("M0 high risk alone: no task") <<
            [] {
                Input in = current(20);
                in.risk = RiskGrade::E;
                return in;
            }() << TaskKind::Reminder << 1 << Reasons{R::HighRisk}
                                                     << false;

        QTest::newRow("dispute sinks to the bottom tier")
            << withFlags(overdue(120), CustomerFlag::Dispute) << TaskKind::Collection << 0
            << Reasons{R::OnHold, R::SeverelyOverdue} << true;
        QTest::newRow("hardship hold even with a callback due")
            << withFlags(withCallback(overdue(10), -5), CustomerFlag::HardshipHold) << TaskKind::Callback << 0
            << Reasons{R::OnHold, R::CallbackDue, R::Overdue} << true;
        QTest::newRow("do-not-call customer")
            << withFlags(overdue(45), CustomerFlag::DoNotCall) << TaskKind::Collection << 0
            << Reasons{R::OnHold, R::Overdue} << true;
        QTest::newRow("on hold and not overdue: no task")
            << withFlags(current(20), CustomerFlag::Dispute) << TaskKind::Reminder << 0 << Reasons{R::OnHold}
            << false;
        QTest::newRow("vulnerable is not a hold") << withFlags(overdue(45), CustomerFlag::Vulnerable)
                                                  << TaskKind::Collection << 1 << Reasons{R::Overdue} << true;

        // task-engine facts (core/TaskRules.h)
        const auto with = [](Input in, auto set) {
            set(in);
            return in;
        };
        QTest::newRow("DPD milestone day")
            << with(overdue(30), [](Input &in) { in.dpdMilestone = true; }) << TaskKind::Collection << 1
            << Reasons{R::DpdMilestone, R::Overdue} << true;
        QTest::newRow("retry due and not reached for long")
            << with(overdue(30, yuan(20000)),
                    [](Input &in) {
                        in.retryDue = true;
                        in.noRecentContact = true;
                    })
            << TaskKind::Collection << 1
            << Reasons{R::Overdue, R::RetryDue, R::NoRecentContact, R::LargeBalance} << true;
        QTest::newRow("legal review")
            << with(overdue(100, yuan(100), RiskGrade::E), [](Input &in) { in.legalReview = true; })
            << TaskKind::LegalReview << 2 << Reasons{R::RepeatedRefusal, R::SeverelyOverdue, R::HighRisk}
            << true;
        QTest::newRow("partly kept promise")
            << withPromise(overdue(20), -3, PromiseStatus::Partial) << TaskKind::BrokenPromise << 2
            << Reasons{R::PromisePartial, R::Overdue} << true;
        QTest::newRow("reminder rule fired 5 days ahead")
            << with(current(5), [](Input &in) { in.reminderDue = true; }) << TaskKind::Reminder << 1
            << Reasons{R::DueSoon} << true;
        QTest::newRow("retry alone on a current account: no task")
            << with(current(20), [](Input &in) { in.retryDue = true; }) << TaskKind::Reminder << 1
            << Reasons{R::RetryDue} << false;
    }
    void classify()
    {
        QFETCH(Input, input);
        QFETCH(TaskKind, kind);
        QFETCH(int, tier);
        QFETCH(Reasons, reasons);
        QFETCH(bool, needsTask);
        const Result r = score(input, kNow, kToday);
        QCOMPARE(r.kind, kind);
        QCOMPARE(r.reasons, reasons);
        QCOMPARE(r.score / TierSize, qint64(tier));
        QCOMPARE(priority::needsTask(input, kNow, kToday), needsTask);
    }

    // Each row: `higher` must be called before `lower`.
    void ordering_data()
    {
        QTest::addColumn<Input>("higher");
        QTest::addColumn<Input>("lower");

        const Input severe = overdue(200, yuan(50000), RiskGrade::E);
        QTest::newRow("callback due beats promise due today")
            << withCallback(overdue(1, yuan(100), RiskGrade::A), -1)
            << withPromise(severe, 0, PromiseStatus::Pending);
        QTest::newRow("promise due today beats broken promise")
            << withPromise(overdue(1, yuan(100), RiskGrade::A), 0, PromiseStatus::Pending)
            << withPromise(severe, -1, PromiseStatus::Broken);
        QTest::newRow("broken promise beats 200 DPD")
            << withPromise(overdue(1, yuan(100), RiskGrade::A), -1, PromiseStatus::Broken) << severe;
        QTest::newRow("a one-day M1 beats any customer on hold")
            << overdue(1, yuan(1), RiskGrade::A)
            << withFlags(withCallback(withPromise(severe, 0, PromiseStatus::Pending), -1),
                         CustomerFlag::Dispute);
        QTest::newRow("M0 due soon still beats a hold")
            << current(2) << withFlags(severe, CustomerFlag::DoNotCall);
        QTest::newRow("within a tier higher DPD wins") << overdue(45) << overdue(44);
        QTest::newRow("DPD capped at a year still ranks above a month") << overdue(500) << overdue(30);
        QTest::newRow("same DPD: larger amount wins") << overdue(45, yuan(5000)) << overdue(45, yuan(4000));
        QTest::newRow("same DPD and amount: higher risk wins")
            << overdue(45, yuan(5000), RiskGrade::D) << overdue(45, yuan(5000), RiskGrade::C);
        QTest::newRow("a month more DPD outweighs double the amount")
            << overdue(75, yuan(2000)) << overdue(45, yuan(4000));
        QTest::newRow("within the callback tier older debt still wins")
            << withCallback(overdue(60), -1) << withCallback(overdue(10), -300);
        QTest::newRow("among holds, higher DPD still first") << withFlags(overdue(100), CustomerFlag::Dispute)
                                                             << withFlags(overdue(20), CustomerFlag::Dispute);
        QTest::newRow("at equal risk, a day overdue beats a reminder due today")
            << overdue(1, yuan(1)) << current(0);
        const auto contact = [](Input in, int days) {
            in.daysSinceContact = days;
            return in;
        };
        QTest::newRow("same DPD: not reached for 30 days beats reached yesterday")
            << contact(overdue(45), 30) << contact(overdue(45), 1);
        QTest::newRow("time since contact counts up to two months only")
            << contact(overdue(46), 60) << contact(overdue(45), 365);
        QTest::newRow("a milestone day outweighs 29 more days past due") << [] {
            Input in = overdue(30);
            in.dpdMilestone = true;
            return in;
        }() << overdue(59);
    }
    void ordering()
    {
        QFETCH(Input, higher);
        QFETCH(Input, lower);
        const qint64 a = score(higher, kNow, kToday).score;
        const qint64 b = score(lower, kNow, kToday).score;
        QVERIFY2(a > b, qPrintable(QStringLiteral("%1 <= %2").arg(a).arg(b)));
    }

    void scoresStayInsideTheirTier()
    {
        // The within-tier part must never spill into the next tier, whatever the amount or DPD.
        const Input extreme = overdue(100000, Fen(9'000'000'000'000'000), RiskGrade::E);
        const Result r = score(extreme, kNow, kToday);
        QCOMPARE(r.score / TierSize, qint64(1));
        QVERIFY(score(overdue(-5, -100), kNow, kToday).score >= TierSize);
    }
};

QTEST_GUILESS_MAIN(tst_Priority)
#include "tst_priority.moc"
