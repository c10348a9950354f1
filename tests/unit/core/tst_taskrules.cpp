// The task rules decide which single task a customer has right now; an agent notices a wrong one as
// a call too early, too late or not at all. Every rule has its boundaries here.
#include "TaskRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace cd;
using namespace cd::taskrules;

namespace {

const QTimeZone kZone(QByteArrayLiteral("Asia/Shanghai"));
const QDate kToday(2026, 3, 2);  // a Monday, debtor's local date

/// An instant on the debtor's clock (UTC+8).
QDateTime local(const QDate &d, int hour, int minute = 0)
{
    return QDateTime(d, QTime(hour, minute), kZone).toUTC();
}
const QDateTime kNow = local(kToday, 10);

Loan loanDue(const QDate &due, Fen amount = yuan(3000))
{
    Loan l;
    l.id = 1;
    Installment i;
    i.id = 1;
    i.seq = 1;
    i.dueDate = due;
    i.principalDue = amount;
    l.installments << i;
    return l;
}

CustomerFacts base()
{
    CustomerFacts f;
    f.customer.id = 7;
    f.customer.name = QStringLiteral("张伟");
    f.customer.timeZone = QStringLiteral("Asia/Shanghai");
    f.customer.risk = RiskGrade::C;
    return f;
}

CustomerFacts overdue(int dpd)
{
    CustomerFacts f = base();
    f.loans << loanDue(kToday.addDays(-dpd));
    return f;
}

CustomerFacts dueIn(int days)
{
    CustomerFacts f = base();
    f.loans << loanDue(kToday.addDays(days));
    return f;
}

CustomerFacts withCall(CustomerFacts f, Outcome outcome, const QDateTime &endedAt,
                       const QDateTime &callbackAt = {})
{
    Interaction i;
    i.id = f.interactions.size() + 1;
    i.customerId = f.customer.id;
    i.agent = QStringLiteral("agent01");
    i.startedAt = endedAt.addSecs(-60);
    if (rightParty(outcome) || outcome == Outcome::ThirdParty || outcome == Outcome::WrongParty)
        i.answeredAt = i.startedAt.addSecs(10);
    i.endedAt = endedAt;
    i.outcome = outcome;
    i.callbackAt = callbackAt;
    f.interactions << i;
    return f;
}

/// `n` failed attempts (`outcome`), the last ending `lastMinutesAgo` before kNow, 10 minutes apart.
CustomerFacts withFailures(CustomerFacts f, int n, int lastMinutesAgo, Outcome outcome = Outcome::NoAnswer)
{
    for (int k = n - 1; k >= 0; --k)
        f = withCall(f, outcome, kNow.addSecs(-60 * (lastMinutesAgo + 10 * k)));
    return f;
}

CustomerFacts withPromise(CustomerFacts f, const QDate &due, PromiseStatus status,
                          const QDateTime &decidedAt = {})
{
    Promise p;
    p.id = f.promises.size() + 1;
    p.customerId = f.customer.id;
    p.amount = yuan(500);
    p.dueDate = due;
    p.status = status;
    p.createdAt = local(due.addDays(-5), 11);
    p.decidedAt = decidedAt;
    f.promises << p;
    return f;
}

CustomerFacts withFlags(CustomerFacts f, CustomerFlags flags, const QDate &holdUntil = {})
{
    f.customer.flags = flags;
    f.customer.holdUntil = holdUntil;
    return f;
}

/// Refusals on three days before, `n` of them, oldest first.
CustomerFacts withRefusals(CustomerFacts f, int n)
{
    for (int k = n; k >= 1; --k)
        f = withCall(f, Outcome::Refused, local(kToday.addDays(-k - 1), 15));
    return f;
}

using Reasons = QList<ReasonCode>;

}  // namespace

class tst_TaskRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generation_data()
    {
        QTest::addColumn<CustomerFacts>("facts");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("rule");  // empty: no task
        QTest::addColumn<TaskKind>("kind");
        QTest::addColumn<TaskStatus>("status");
        QTest::addColumn<QDateTime>("nextEligible");
        QTest::addColumn<Reasons>("leading");  // the first reasons, in order

        using R = ReasonCode;
        const QDateTime none;
        const auto add = [&](const char *name, const CustomerFacts &f, const QDateTime &now,
                             const QString &rule, TaskKind kind, TaskStatus status, const QDateTime &next,
                             const Reasons &leading) {
            QTest::newRow(name) << f << now << rule << kind << status << next << leading;
        };
        const auto quiet = [&](const char *name, const CustomerFacts &f, const QDateTime &now = kNow) {
            add(name, f, now, QString(), TaskKind::Collection, TaskStatus::Open, none, Reasons{});
        };
        const TaskStatus Open = TaskStatus::Open, Deferred = TaskStatus::Deferred;

        // pre-due reminders: D-3 and D-1 only
        quiet("D-4: nothing yet", dueIn(4));
        add("D-3 reminder", dueIn(3), kNow, rule::Reminder, TaskKind::Reminder, Open, none, {R::DueSoon});
        quiet("D-2: between reminders", dueIn(2));
        add("D-1 reminder", dueIn(1), kNow, rule::Reminder, TaskKind::Reminder, Open, none, {R::DueSoon});
        quiet("due today: not yet overdue, no reminder", dueIn(0));
        add("D-3 from local midnight", dueIn(3), local(kToday, 0), rule::Reminder, TaskKind::Reminder, Open,
            none, {R::DueSoon});
        quiet("D-3 not the evening before (local date rules)", dueIn(3), local(kToday, 0).addSecs(-1));

        // DPD milestones
        for (int dpd : {1, 3, 7, 15, 30, 60, 90}) {
            const QByteArray name = "DPD " + QByteArray::number(dpd) + " milestone";
            add(name.constData(), overdue(dpd), kNow, rule::DpdMilestone, TaskKind::Collection, Open, none,
                {R::DpdMilestone, R::Overdue});
        }
        add("DPD 2: plain overdue", overdue(2), kNow, rule::Overdue, TaskKind::Collection, Open, none,
            {R::Overdue});
        add("DPD 91: severely overdue, no milestone", overdue(91), kNow, rule::Overdue, TaskKind::Collection,
            Open, none, {R::SeverelyOverdue});

        // promises
        const CustomerFacts owing = overdue(20);
        add("promise due today, before the follow-up hour",
            withPromise(owing, kToday, PromiseStatus::Pending), local(kToday, 9), rule::PromiseDue,
            TaskKind::PromiseFollowUp, Deferred, local(kToday, 10), {R::PromiseDueToday});
        add("promise due today at 10:00", withPromise(owing, kToday, PromiseStatus::Pending), kNow,
            rule::PromiseDue, TaskKind::PromiseFollowUp, Open, none, {R::PromiseDueToday, R::Overdue});
        add("promise due tomorrow waits for it",
            withPromise(owing, kToday.addDays(1), PromiseStatus::Pending), kNow, rule::PromiseDue,
            TaskKind::PromiseFollowUp, Deferred, local(kToday.addDays(1), 10), {R::PromiseDueToday});
        add("grace day: quiet until the promise is late",
            withPromise(owing, kToday.addDays(-1), PromiseStatus::Pending), kNow, rule::BrokenPromise,
            TaskKind::BrokenPromise, Deferred, local(kToday.addDays(1), 0), {R::PromiseBroken});
        add("grace over at local midnight: broken",
            withPromise(owing, kToday.addDays(-2), PromiseStatus::Pending), local(kToday, 0),
            rule::BrokenPromise, TaskKind::BrokenPromise, Open, none, {R::PromiseBroken, R::Overdue});
        add("broken (decided by the ledger)",
            withPromise(owing, kToday.addDays(-3), PromiseStatus::Broken, local(kToday.addDays(-1), 0)), kNow,
            rule::BrokenPromise, TaskKind::BrokenPromise, Open, none, {R::PromiseBroken});
        add("partly kept",
            withPromise(owing, kToday.addDays(-3), PromiseStatus::Partial, local(kToday.addDays(-1), 0)),
            kNow, rule::BrokenPromise, TaskKind::BrokenPromise, Open, none, {R::PromisePartial});
        add("kept promise: back to collection", withPromise(owing, kToday.addDays(-3), PromiseStatus::Kept),
            kNow, rule::Overdue, TaskKind::Collection, Open, none, {R::Overdue});
        add("broken promise already talked about: back to collection",
            withCall(
                withPromise(owing, kToday.addDays(-5), PromiseStatus::Broken, local(kToday.addDays(-3), 0)),
                Outcome::RightPartyContact, local(kToday.addDays(-2), 11)),
            kNow, rule::Overdue, TaskKind::Collection, Open, none, {R::Overdue});

        // callbacks
        add("callback later today waits for its time",
            withCall(owing, Outcome::Callback, kNow.addSecs(-3600), kNow.addSecs(1800)), kNow, rule::Callback,
            TaskKind::Callback, Deferred, kNow.addSecs(1800), {R::CallbackDue});
        add("callback at its time", withCall(owing, Outcome::Callback, kNow.addSecs(-3600), kNow), kNow,
            rule::Callback, TaskKind::Callback, Open, none, {R::CallbackDue, R::Overdue});
        add("callback beats a promise due today",
            withCall(withPromise(owing, kToday, PromiseStatus::Pending), Outcome::Callback,
                     kNow.addSecs(-7200), kNow.addSecs(-60)),
            kNow, rule::Callback, TaskKind::Callback, Open, none, {R::CallbackDue});

        // retries after no answer / busy: 30 min, 1 h, 2 h, 4 h, then 4 h again
        add("1 failure, 29 min ago: wait", withFailures(owing, 1, 29), kNow, rule::Overdue,
            TaskKind::Collection, Deferred, kNow.addSecs(60), {R::Overdue});
        add("1 failure, 30 min ago: retry due", withFailures(owing, 1, 30), kNow, rule::Overdue,
            TaskKind::Collection, Open, none, {R::Overdue, R::RetryDue});
        add("2 failures: 1 h", withFailures(owing, 2, 59), kNow, rule::Overdue, TaskKind::Collection,
            Deferred, kNow.addSecs(60), {R::Overdue});
        add("2 failures, 1 h ago: retry due", withFailures(owing, 2, 60), kNow, rule::Overdue,
            TaskKind::Collection, Open, none, {R::Overdue, R::RetryDue});
        add("3 busy: 2 h", withFailures(owing, 3, 119, Outcome::Busy), kNow, rule::Overdue,
            TaskKind::Collection, Deferred, kNow.addSecs(60), {R::Overdue});
        add("4 failures: 4 h", withFailures(owing, 4, 239), kNow, rule::Overdue, TaskKind::Collection,
            Deferred, kNow.addSecs(60), {R::Overdue});
        add("7 failures: capped at 4 h", withFailures(owing, 7, 239), kNow, rule::Overdue,
            TaskKind::Collection, Deferred, kNow.addSecs(60), {R::Overdue});
        add("7 failures, 4 h ago: retry due", withFailures(owing, 7, 240), kNow, rule::Overdue,
            TaskKind::Collection, Open, none, {R::Overdue, R::RetryDue});
        add("calls our own line failed to place start no backoff",
            withFailures(withFailures(owing, 1, 40), 2, 1, Outcome::NetworkError), kNow, rule::Overdue,
            TaskKind::Collection, Open, none, {R::Overdue, R::RetryDue});
        add("a conversation resets the failure count",
            withFailures(withCall(withFailures(owing, 3, 2000), Outcome::RightPartyContact,
                                  kNow.addDays(-1).addSecs(-600)),
                         1, 29),
            kNow, rule::Overdue, TaskKind::Collection, Deferred, kNow.addSecs(60), {R::Overdue});
        add("retry waits on a promise follow-up too",
            withFailures(withPromise(owing, kToday, PromiseStatus::Pending), 1, 10), kNow, rule::PromiseDue,
            TaskKind::PromiseFollowUp, Deferred, kNow.addSecs(20 * 60), {R::PromiseDueToday});
        add("after a conversation: a day",
            withCall(owing, Outcome::RightPartyContact, kNow.addSecs(-23 * 3600)), kNow, rule::Overdue,
            TaskKind::Collection, Deferred, kNow.addSecs(3600), {R::Overdue});
        add("after a conversation a day ago", withCall(owing, Outcome::Refused, kNow.addSecs(-24 * 3600)),
            kNow, rule::Overdue, TaskKind::Collection, Open, none, {R::Overdue});
        add("after a third party: 4 h", withCall(owing, Outcome::ThirdParty, kNow.addSecs(-3 * 3600)), kNow,
            rule::Overdue, TaskKind::Collection, Deferred, kNow.addSecs(3600), {R::Overdue});

        // escalation: M3+ and 3 refusals in a row -> legal review
        add("M3 with 3 refusals: legal review", withRefusals(overdue(61), 3), kNow, rule::Escalation,
            TaskKind::LegalReview, Open, none, {R::RepeatedRefusal, R::Overdue});
        add("M3 with 2 refusals: collection", withRefusals(overdue(61), 2), kNow, rule::Overdue,
            TaskKind::Collection, Open, none, {R::Overdue});
        add("M2 with 3 refusals: collection", withRefusals(overdue(60), 3), kNow, rule::DpdMilestone,
            TaskKind::Collection, Open, none, {R::DpdMilestone});
        add("unanswered attempts do not break the run", withFailures(withRefusals(overdue(100), 3), 1, 2000),
            kNow, rule::Escalation, TaskKind::LegalReview, Open, none,
            {R::RepeatedRefusal, R::SeverelyOverdue});
        add("a conversation without refusal breaks the run",
            withCall(withCall(withCall(withCall(overdue(100), Outcome::Refused, local(kToday.addDays(-6), 9)),
                                       Outcome::RightPartyContact, local(kToday.addDays(-5), 9)),
                              Outcome::Refused, local(kToday.addDays(-3), 9)),
                     Outcome::Refused, local(kToday.addDays(-2), 9)),
            kNow, rule::Overdue, TaskKind::Collection, Open, none, {R::SeverelyOverdue});

        // suppression
        quiet("deceased", withFlags(overdue(30), CustomerFlag::Deceased));
        quiet("legal", withFlags(withRefusals(overdue(100), 3), CustomerFlag::Legal));
        quiet("do not call", withFlags(overdue(30), CustomerFlag::DoNotCall));
        quiet("dispute",
              withFlags(withCall(overdue(30), Outcome::Callback, kNow.addSecs(-60), kNow),
                        CustomerFlag::Dispute));
        quiet("hardship hold without an end", withFlags(overdue(30), CustomerFlag::HardshipHold));
        quiet("hardship hold until today still holds",
              withFlags(overdue(30), CustomerFlag::HardshipHold, kToday));
        add("hardship hold ended yesterday",
            withFlags(overdue(30), CustomerFlag::HardshipHold, kToday.addDays(-1)), kNow, rule::DpdMilestone,
            TaskKind::Collection, Open, none, {R::DpdMilestone, R::Overdue});
        add("vulnerable is not suppressed", withFlags(overdue(30), CustomerFlag::Vulnerable), kNow,
            rule::DpdMilestone, TaskKind::Collection, Open, none, {R::DpdMilestone, R::Overdue});
        quiet("current account far from due", dueIn(20));
        quiet("nothing owed", base());
    }
    void generation()
    {
        QFETCH(CustomerFacts, facts);
        QFETCH(QDateTime, now);
        QFETCH(QString, rule);
        QFETCH(TaskKind, kind);
        QFETCH(TaskStatus, status);
        QFETCH(QDateTime, nextEligible);
        QFETCH(Reasons, leading);
        const TaskPlan p = plan(RuleSet::defaults(), facts, now);
        QCOMPARE(p.hasTask, !rule.isEmpty());
        if (rule.isEmpty())
            return;
        QCOMPARE(p.rule, rule);
        QCOMPARE(p.kind, kind);
        QCOMPARE(p.status, status);
        QCOMPARE(p.nextEligible, nextEligible);
        QVERIFY2(p.reasons.mid(0, leading.size()) == leading,
                 qPrintable(QStringLiteral("reasons %1").arg(p.reasons.size())));
        QCOMPARE(p.reasons.contains(ReasonCode::RetryDue), leading.contains(ReasonCode::RetryDue));
    }

    void whyQuiet_data()
    {
        QTest::addColumn<CustomerFacts>("facts");
        QTest::addColumn<Quiet>("quiet");
        const CustomerFacts o = overdue(30);
        QTest::newRow("deceased wins over everything") << withFlags(
            o, CustomerFlags(CustomerFlag::Deceased) | CustomerFlag::Dispute | CustomerFlag::DoNotCall)
                                                       << Quiet::Deceased;
        QTest::newRow("legal") << withFlags(o, CustomerFlag::Legal) << Quiet::Legal;
        QTest::newRow("do not call before dispute")
            << withFlags(o, CustomerFlags(CustomerFlag::DoNotCall) | CustomerFlag::Dispute)
            << Quiet::DoNotCall;
        QTest::newRow("dispute") << withFlags(o, CustomerFlag::Dispute) << Quiet::Dispute;
        QTest::newRow("hardship hold")
            << withFlags(o, CustomerFlag::HardshipHold, kToday.addDays(5)) << Quiet::HardshipHold;
        QTest::newRow("nothing due") << dueIn(10) << Quiet::NothingDue;
        QTest::newRow("a task") << o << Quiet::None;
    }
    void whyQuiet()
    {
        QFETCH(CustomerFacts, facts);
        QFETCH(Quiet, quiet);
        QCOMPARE(plan(RuleSet::defaults(), facts, kNow).quiet, quiet);
    }

    void ordering_data()
    {
        // Each row: `higher` ranks above `lower` at kNow (both open).
        QTest::addColumn<CustomerFacts>("higher");
        QTest::addColumn<CustomerFacts>("lower");
        QTest::newRow("callback over legal review")
            << withCall(overdue(5), Outcome::Callback, kNow.addSecs(-3600), kNow)
            << withRefusals(overdue(200), 3);
        QTest::newRow("legal review over a plain severe account")
            << withRefusals(overdue(100), 3) << overdue(300);
        QTest::newRow("a milestone day beats a few more days past due") << overdue(30) << overdue(40);
        QTest::newRow("same DPD: not reached for long beats reached last week")
            << withCall(overdue(40), Outcome::RightPartyContact, local(kToday.addDays(-30), 11))
            << withCall(overdue(40), Outcome::RightPartyContact, local(kToday.addDays(-2), 11));
    }
    void ordering()
    {
        QFETCH(CustomerFacts, higher);
        QFETCH(CustomerFacts, lower);
        const TaskPlan a = plan(RuleSet::defaults(), higher, kNow);
        const TaskPlan b = plan(RuleSet::defaults(), lower, kNow);
        QCOMPARE(a.status, TaskStatus::Open);
        QCOMPARE(b.status, TaskStatus::Open);
        QVERIFY2(a.priority > b.priority,
                 qPrintable(QStringLiteral("%1 <= %2").arg(a.priority).arg(b.priority)));
    }

    void noRecentContact_data()
    {
        QTest::addColumn<CustomerFacts>("facts");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("reached 6 days ago")
            << withCall(overdue(20), Outcome::RightPartyContact, local(kToday.addDays(-6), 11)) << false;
        QTest::newRow("reached 7 days ago")
            << withCall(overdue(20), Outcome::RightPartyContact, local(kToday.addDays(-7), 11)) << true;
        QTest::newRow("only third parties for weeks")
            << withCall(withCall(overdue(20), Outcome::RightPartyContact, local(kToday.addDays(-15), 11)),
                        Outcome::ThirdParty, local(kToday.addDays(-1), 11))
            << true;
        QTest::newRow("never reached, 6 days overdue") << overdue(6) << false;
        QTest::newRow("never reached, 8 days overdue") << overdue(8) << true;
    }
    void noRecentContact()
    {
        QFETCH(CustomerFacts, facts);
        QFETCH(bool, flagged);
        const TaskPlan p = plan(RuleSet::defaults(), facts, kNow);
        QVERIFY(p.hasTask);
        QCOMPARE(p.reasons.contains(ReasonCode::NoRecentContact), flagged);
    }

    void customRulesApply()
    {
        QJsonObject json{
            {QStringLiteral("reminders"), QJsonObject{{QStringLiteral("daysBefore"), QJsonArray{5}}}},
            {QStringLiteral("retry"), QJsonObject{{QStringLiteral("backoffMinutes"), QJsonArray{10}}}},
            {QStringLiteral("escalation"), QJsonObject{{QStringLiteral("consecutiveRefusals"), 0}}},
            {QStringLiteral("suppression"),
             QJsonObject{{QStringLiteral("flags"), QJsonArray{QStringLiteral("Deceased")}}}}};
        const Result<RuleSet> rules = RuleSet::fromJson(json);
        QVERIFY2(rules.ok(), qPrintable(rules.error().detail));
        QCOMPARE(plan(rules.value(), dueIn(5), kNow).rule, rule::Reminder);
        QVERIFY(!plan(rules.value(), dueIn(3), kNow).hasTask);
        // Backoff capped at its only step, whatever the number of failures.
        QCOMPARE(plan(rules.value(), withFailures(overdue(20), 5, 10), kNow).status, TaskStatus::Open);
        QCOMPARE(plan(rules.value(), withFailures(overdue(20), 5, 9), kNow).status, TaskStatus::Deferred);
        QCOMPARE(plan(rules.value(), withRefusals(overdue(100), 5), kNow).rule, rule::Overdue);
        // Dispute no longer suppresses: the task is there (ranked on hold), and escalation still skips Legal.
        QVERIFY(plan(rules.value(), withFlags(overdue(20), CustomerFlag::Dispute), kNow).hasTask);
        RuleSet legal = RuleSet::defaults();
        legal.suppressingFlags = {CustomerFlag::Deceased};
        QCOMPARE(plan(legal, withFlags(withRefusals(overdue(100), 3), CustomerFlag::Legal), kNow).rule,
                 rule::Overdue);
        QCOMPARE(plan(legal, withRefusals(overdue(100), 3), kNow).rule, rule::Escalation);
    }

    void bundledFileIsTheDefaults()
    {
        QFile file(QStringLiteral(CD_DEFAULT_TASK_RULES));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<RuleSet> rules = RuleSet::fromJson(QJsonDocument::fromJson(file.readAll()).object());
        QVERIFY2(rules.ok(), qPrintable(rules.error().detail));
        QCOMPARE(rules->toJson(), RuleSet::defaults().toJson());
    }

    void jsonRoundTrip()
    {
        RuleSet r;
        r.reminderDaysBefore = {7, 2};
        r.dpdMilestones = {2, 45};
        r.retryBackoffMinutes = {5, 15};
        r.escalationMinBucket = Bucket::M4Plus;
        r.suppressingFlags = {CustomerFlag::Deceased, CustomerFlag::DoNotCall};
        r.assignment.juniorMaxRisk = RiskGrade::B;
        r.assignment.maxOpenTasks = 150;
        r.assignment.newCustomerTeams.insert(Bucket::M1, {QStringLiteral("north"), QStringLiteral("east")});
        const Result<RuleSet> back = RuleSet::fromJson(r.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->toJson(), r.toJson());
    }

    void invalidJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown group")
            << QByteArray(R"({"reminder": {}})") << QStringLiteral("reminder: unknown key");
        QTest::newRow("unknown key") << QByteArray(R"({"retry": {"backofMinutes": [5]}})")
                                     << QStringLiteral("retry.backofMinutes: unknown key");
        QTest::newRow("group not an object")
            << QByteArray(R"({"retry": 5})") << QStringLiteral("retry: must be an object");
        QTest::newRow("not a list") << QByteArray(R"({"reminders": {"daysBefore": 3}})")
                                    << QStringLiteral("reminders.daysBefore: must be a list");
        QTest::newRow("list item out of range")
            << QByteArray(R"({"retry": {"backoffMinutes": [30, 0]}})")
            << QStringLiteral("retry.backoffMinutes[1]: must be 1..10080");
        QTest::newRow("empty backoff") << QByteArray(R"({"retry": {"backoffMinutes": []}})")
                                       << QStringLiteral("retry.backoffMinutes: must not be empty");
        QTest::newRow("duplicate milestone") << QByteArray(R"({"dpdMilestones": {"days": [1, 3, 3]}})")
                                             << QStringLiteral("dpdMilestones.days[2]: 3 is listed twice");
        QTest::newRow("fraction") << QByteArray(R"({"promises": {"graceDays": 1.5}})")
                                  << QStringLiteral("promises.graceDays: must be a whole number");
        QTest::newRow("hour out of range") << QByteArray(R"({"promises": {"followUpLocalHour": 24}})")
                                           << QStringLiteral("promises.followUpLocalHour: must be 0..23");
        QTest::newRow("string for a number")
            << QByteArray(R"({"noRecentContact": {"days": "7"}})")
            << QStringLiteral("noRecentContact.days: must be a whole number");
        QTest::newRow("bad bucket") << QByteArray(R"({"escalation": {"minBucket": "M9"}})")
                                    << QStringLiteral(
                                           "escalation.minBucket: must be one of M0, M1, M2, M3, M4Plus");
        QTest::newRow("bad flag") << QByteArray(R"({"suppression": {"flags": ["Deceased", "Vulnerable"]}})")
                                  << QStringLiteral("suppression.flags[1]: must be one of Deceased");
        QTest::newRow("not a bool") << QByteArray(R"({"dpdMilestones": {"collectBetweenMilestones": 1}})")
                                    << QStringLiteral(
                                           "dpdMilestones.collectBetweenMilestones: must be true or false");
        QTest::newRow("bad risk") << QByteArray(R"({"assignment": {"juniorMaxRisk": "F"}})")
                                  << QStringLiteral("assignment.juniorMaxRisk: must be one of A, B, C, D, E");
        QTest::newRow("new-customer teams: not an object")
            << QByteArray(R"({"assignment": {"newCustomerTeams": ["north"]}})")
            << QStringLiteral("assignment.newCustomerTeams: must map buckets");
        QTest::newRow("new-customer teams: empty list")
            << QByteArray(R"({"assignment": {"newCustomerTeams": {"M2": []}}})")
            << QStringLiteral("assignment.newCustomerTeams.M2: must be a non-empty list");
        QTest::newRow("new-customer teams: blank name")
            << QByteArray(R"({"assignment": {"newCustomerTeams": {"M2": ["north", " "]}}})")
            << QStringLiteral("assignment.newCustomerTeams.M2[1]: must be a team name");
        QTest::newRow("new-customer teams: twice")
            << QByteArray(R"({"assignment": {"newCustomerTeams": {"M0": ["north", "north"]}}})")
            << QStringLiteral("assignment.newCustomerTeams.M0[1]: north is listed twice");
    }
    void invalidJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const Result<RuleSet> r = RuleSet::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().detail.startsWith(error), qPrintable(r.error().detail));
    }
};

QTEST_GUILESS_MAIN(tst_TaskRules)
#include "tst_taskrules.moc"
