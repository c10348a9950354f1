// What happens to a task after the agent records a disposition: when it comes back, whether it
// closes, which follow-up appears and which flags the customer gets.
#include "TaskRules.h"
#include "Workflow.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cd;
using namespace cd::workflow;

namespace {
const QDateTime kNow(QDate(2024, 3, 1), QTime(2, 0), Qt::UTC);  // 10:00 in Beijing
constexpr int kBeijing = 8 * 3600;
constexpr int kUrumqi = 6 * 3600;

QJsonObject readShippedRules()
{
    QFile f(QStringLiteral(CD_DEFAULT_TASK_RULES));
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}
}  // namespace

class tst_Workflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void afterOutcome_data()
    {
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<TaskKind>("currentKind");
        QTest::addColumn<QDateTime>("callbackAt");
        QTest::addColumn<QDate>("promiseDate");
        QTest::addColumn<int>("utcOffset");
        QTest::addColumn<TaskStatus>("status");
        QTest::addColumn<TaskKind>("kind");
        QTest::addColumn<QDateTime>("nextEligible");
        QTest::addColumn<bool>("followUp");
        QTest::addColumn<QDateTime>("followUpAt");
        QTest::addColumn<CustomerFlags>("flags");
        QTest::addColumn<bool>("phoneInvalid");
        QTest::addColumn<bool>("rpc");

        const QDateTime none;
        const QDate noDate;
        const CustomerFlags noFlags;
        const TaskKind coll = TaskKind::Collection;
        auto mins = [](int m) { return kNow.addSecs(m * 60); };

        QTest::newRow("no answer: retry in 30 minutes")
            << Outcome::NoAnswer << coll << none << noDate << kBeijing << TaskStatus::Deferred << coll
            << mins(30) << false << none << noFlags << false << false;
        QTest::newRow("busy: retry in 30 minutes")
            << Outcome::Busy << coll << none << noDate << kBeijing << TaskStatus::Deferred << coll << mins(30)
            << false << none << noFlags << false << false;
        QTest::newRow("network error: our fault, retry the same task in 5 minutes")
            << Outcome::NetworkError << coll << none << noDate << kBeijing << TaskStatus::Deferred << coll
            << mins(5) << false << none << noFlags << false << false;
        QTest::newRow("invalid number: mark it, try other numbers in 5 minutes")
            << Outcome::InvalidNumber << coll << none << noDate << kBeijing << TaskStatus::Deferred << coll
            << mins(5) << false << none << noFlags << true << false;
        QTest::newRow("wrong party: 4 hours")
            << Outcome::WrongParty << coll << none << noDate << kBeijing << TaskStatus::Deferred << coll
            << mins(240) << false << none << noFlags << false << false;
        QTest::newRow("third party: 4 hours")
            << Outcome::ThirdParty << coll << none << noDate << kBeijing << TaskStatus::Deferred << coll
            << mins(240) << false << none << noFlags << false << false;
        QTest::newRow("right party: tomorrow")
            << Outcome::RightPartyContact << coll << none << noDate << kBeijing << TaskStatus::Deferred
            << coll << mins(24 * 60) << false << none << noFlags << false << true;
        QTest::newRow("refused: tomorrow")
            << Outcome::Refused << coll << none << noDate << kBeijing << TaskStatus::Deferred << coll
            << mins(24 * 60) << false << none << noFlags << false << true;
        QTest::newRow("promise: done, follow-up at 10:00 Beijing on the promise date")
            << Outcome::PromiseToPay << coll << none << QDate(2024, 3, 5) << kBeijing << TaskStatus::Done
            << coll << none << true << QDateTime(QDate(2024, 3, 5), QTime(2, 0), Qt::UTC) << noFlags << false
            << true;
        QTest::newRow("promise from Urumqi: 10:00 local is 04:00 UTC")
            << Outcome::PromiseToPay << TaskKind::BrokenPromise << none << QDate(2024, 3, 5) << kUrumqi
            << TaskStatus::Done << TaskKind::BrokenPromise << none << true
            << QDateTime(QDate(2024, 3, 5), QTime(4, 0), Qt::UTC) << noFlags << false << true;
        QTest::newRow("promise across a month end in a leap year")
            << Outcome::PromiseToPay << coll << none << QDate(2024, 2, 29) << kBeijing << TaskStatus::Done
            << coll << none << true << QDateTime(QDate(2024, 2, 29), QTime(2, 0), Qt::UTC) << noFlags << false
            << true;
        QTest::newRow("paid: done") << Outcome::Paid << coll << none << noDate << kBeijing << TaskStatus::Done
                                    << coll << none << false << none << noFlags << false << true;
        QTest::newRow("dispute: done and flagged")
            << Outcome::Dispute << coll << none << noDate << kBeijing << TaskStatus::Done << coll << none
            << false << none << CustomerFlags(CustomerFlag::Dispute) << false << true;
        QTest::newRow("hardship: done and put on hold")
            << Outcome::Hardship << coll << none << noDate << kBeijing << TaskStatus::Done << coll << none
            << false << none << CustomerFlags(CustomerFlag::HardshipHold) << false << true;
        QTest::newRow("callback at the agreed time becomes a callback task")
            << Outcome::Callback << coll << mins(150) << noDate << kBeijing << TaskStatus::Deferred
            << TaskKind::Callback << mins(150) << false << none << noFlags << false << true;
        QTest::newRow("callback without a time: in an hour")
            << Outcome::Callback << TaskKind::PromiseFollowUp << none << noDate << kBeijing
            << TaskStatus::Deferred << TaskKind::Callback << mins(60) << false << none << noFlags << false
            << true;
        QTest::newRow("no answer keeps a callback task a callback")
            << Outcome::NoAnswer << TaskKind::Callback << none << noDate << kBeijing << TaskStatus::Deferred
            << TaskKind::Callback << mins(30) << false << none << noFlags << false << false;
    }
    void firstRetryMatchesTheDefaultRules()
    {
        // The client's deferral after a failed call and the engine's first backoff agree.
        const taskrules::RuleSet defaults;
        QCOMPARE(workflow::NoAnswerRetryMinutes, defaults.retryBackoffMinutes.first());
        QCOMPARE(workflow::BusyRetryMinutes, defaults.retryBackoffMinutes.first());
        const auto shipped = taskrules::RuleSet::fromJson(readShippedRules());
        QVERIFY(shipped);
        QCOMPARE(workflow::NoAnswerRetryMinutes, shipped->retryBackoffMinutes.first());
    }

    void afterOutcome()
    {
        QFETCH(Outcome, outcome);
        QFETCH(TaskKind, currentKind);
        QFETCH(QDateTime, callbackAt);
        QFETCH(QDate, promiseDate);
        QFETCH(int, utcOffset);

        const NextStep s =
            workflow::afterOutcome(outcome, currentKind, kNow, callbackAt, promiseDate, utcOffset);
        QTEST(s.status, "status");
        QTEST(s.kind, "kind");
        QTEST(s.nextEligible, "nextEligible");
        QTEST(s.createPromiseFollowUp, "followUp");
        QTEST(s.followUpAt, "followUpAt");
        QTEST(s.setFlags, "flags");
        QTEST(s.markPhoneInvalid, "phoneInvalid");
        QTEST(s.rightPartyReached, "rpc");
        if (s.nextEligible.isValid())
            QCOMPARE(s.nextEligible.timeSpec(), Qt::UTC);
        if (s.followUpAt.isValid())
            QCOMPARE(s.followUpAt.timeSpec(), Qt::UTC);
    }

    void requiredInputs_data()
    {
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<bool>("promise");
        QTest::addColumn<bool>("callback");
        QTest::addColumn<bool>("contact");
        QTest::newRow("no answer") << Outcome::NoAnswer << false << false << false;
        QTest::newRow("busy") << Outcome::Busy << false << false << false;
        QTest::newRow("invalid number") << Outcome::InvalidNumber << false << false << false;
        QTest::newRow("wrong party reached someone") << Outcome::WrongParty << false << false << true;
        QTest::newRow("third party") << Outcome::ThirdParty << false << false << true;
        QTest::newRow("right party") << Outcome::RightPartyContact << false << false << true;
        QTest::newRow("refused") << Outcome::Refused << false << false << true;
        QTest::newRow("promise needs amount and date") << Outcome::PromiseToPay << true << false << true;
        QTest::newRow("paid") << Outcome::Paid << false << false << true;
        QTest::newRow("dispute") << Outcome::Dispute << false << false << true;
        QTest::newRow("hardship") << Outcome::Hardship << false << false << true;
        QTest::newRow("callback needs a time") << Outcome::Callback << false << true << true;
    }
    void requiredInputs()
    {
        QFETCH(Outcome, outcome);
        QTEST(needsPromise(outcome), "promise");
        QTEST(needsCallbackTime(outcome), "callback");
        QTEST(isContact(outcome), "contact");
    }

    void scriptSegment_data()
    {
        QTest::addColumn<Bucket>("bucket");
        QTest::addColumn<CustomerFlags>("flags");
        QTest::addColumn<QString>("segment");
        const CustomerFlags none;
        QTest::newRow("M0 reminder") << Bucket::M0 << none << "reminder";
        QTest::newRow("M1 early") << Bucket::M1 << none << "early";
        QTest::newRow("M2 mid") << Bucket::M2 << none << "mid";
        QTest::newRow("M3 mid") << Bucket::M3 << none << "mid";
        QTest::newRow("M4+ late") << Bucket::M4Plus << none << "late";
        QTest::newRow("dispute is hold whatever the bucket")
            << Bucket::M4Plus << CustomerFlags(CustomerFlag::Dispute) << "hold";
        QTest::newRow("hardship hold") << Bucket::M1 << CustomerFlags(CustomerFlag::HardshipHold) << "hold";
        QTest::newRow("both holds") << Bucket::M0 << (CustomerFlag::Dispute | CustomerFlag::HardshipHold)
                                    << "hold";
        QTest::newRow("vulnerable keeps the bucket's script")
            << Bucket::M2 << CustomerFlags(CustomerFlag::Vulnerable) << "mid";
        QTest::newRow("do-not-call keeps the bucket's script")
            << Bucket::M4Plus << CustomerFlags(CustomerFlag::DoNotCall) << "late";
    }
    void scriptSegment()
    {
        QFETCH(Bucket, bucket);
        QFETCH(CustomerFlags, flags);
        QTEST(workflow::scriptSegment(bucket, flags), "segment");
    }
};

QTEST_GUILESS_MAIN(tst_Workflow)
#include "tst_workflow.moc"
