// Who gets a new task: a lead notices a junior handed a late-bucket debtor, one agent drowning while
// another idles, or a debtor bounced between agents after someone finally reached them.
#include "Assignment.h"

#include <QTest>

using namespace cd;
using namespace cd::assignment;

namespace {

Agent junior(const char *name, int load) { return Agent{QString::fromLatin1(name), false, load}; }
Agent senior(const char *name, int load) { return Agent{QString::fromLatin1(name), true, load}; }

Input task(Bucket bucket, RiskGrade risk, QList<Agent> agents, const char *lastReachedBy = "")
{
    Input in;
    in.bucket = bucket;
    in.risk = risk;
    in.agents = std::move(agents);
    in.lastReachedBy = QString::fromLatin1(lastReachedBy);
    return in;
}

}  // namespace

class tst_Assignment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void skill_data()
    {
        QTest::addColumn<Bucket>("bucket");
        QTest::addColumn<RiskGrade>("risk");
        QTest::addColumn<bool>("junior");
        QTest::addColumn<bool>("seniorFirst");
        QTest::newRow("M0 A") << Bucket::M0 << RiskGrade::A << true << false;
        QTest::newRow("M1 C: the junior limit") << Bucket::M1 << RiskGrade::C << true << false;
        QTest::newRow("M2 C: past the junior bucket") << Bucket::M2 << RiskGrade::C << false << false;
        QTest::newRow("M1 D: past the junior risk") << Bucket::M1 << RiskGrade::D << false << true;
        QTest::newRow("M3 A: seniors preferred") << Bucket::M3 << RiskGrade::A << false << true;
        QTest::newRow("M4+ E") << Bucket::M4Plus << RiskGrade::E << false << true;
    }
    void skill()
    {
        QFETCH(Bucket, bucket);
        QFETCH(RiskGrade, risk);
        QFETCH(bool, junior);
        QFETCH(bool, seniorFirst);
        QCOMPARE(juniorMayTake(Rules(), bucket, risk), junior);
        QCOMPARE(seniorPreferred(Rules(), bucket, risk), seniorFirst);
    }

    void choose_data()
    {
        QTest::addColumn<Input>("input");
        QTest::addColumn<int>("maxOpen");
        QTest::addColumn<QString>("agent");
        QTest::addColumn<Basis>("basis");

        const QList<Agent> team{junior("j1", 10), junior("j2", 12), senior("s1", 30), senior("s2", 25)};
        QTest::newRow("easy work to the least-loaded junior")
            << task(Bucket::M1, RiskGrade::B, team) << 0 << "j1" << Basis::Preferred;
        QTest::newRow("late bucket to the least-loaded senior")
            << task(Bucket::M4Plus, RiskGrade::C, team) << 0 << "s2" << Basis::Preferred;
        QTest::newRow("high risk in M1 to a senior")
            << task(Bucket::M1, RiskGrade::E, team) << 0 << "s2" << Basis::Preferred;
        QTest::newRow("M2 low risk: only seniors may")
            << task(Bucket::M2, RiskGrade::B, team) << 0 << "s2" << Basis::Eligible;
        QTest::newRow("juniors full: easy work overflows to a senior")
            << task(Bucket::M0, RiskGrade::A, {junior("j1", 10), junior("j2", 12), senior("s1", 3)}) << 10
            << "s1" << Basis::Eligible;
        QTest::newRow("sticky: the agent who reached them keeps them")
            << task(Bucket::M1, RiskGrade::B, team, "j2") << 0 << "j2" << Basis::Sticky;
        QTest::newRow("sticky senior on easy work")
            << task(Bucket::M1, RiskGrade::A, team, "s1") << 0 << "s1" << Basis::Sticky;
        QTest::newRow("sticky agent overloaded beyond the slack: balanced instead")
            << task(Bucket::M1, RiskGrade::A, {junior("j1", 5), junior("j2", 26)}, "j2") << 0 << "j1"
            << Basis::Preferred;
        QTest::newRow("sticky at exactly the slack still sticks")
            << task(Bucket::M1, RiskGrade::A, {junior("j1", 5), junior("j2", 25)}, "j2") << 0 << "j2"
            << Basis::Sticky;
        QTest::newRow("sticky junior no longer eligible for M3")
            << task(Bucket::M3, RiskGrade::C, team, "j1") << 0 << "s2" << Basis::Preferred;
        QTest::newRow("sticky agent at the limit")
            << task(Bucket::M1, RiskGrade::A, team, "s1") << 30 << "j1" << Basis::Preferred;
        QTest::newRow("tie on load: username order")
            << task(Bucket::M0, RiskGrade::A, {junior("jb", 3), junior("ja", 3)}) << 0 << "ja"
            << Basis::Preferred;
        QTest::newRow("no senior in the team: the least-loaded junior anyway")
            << task(Bucket::M4Plus, RiskGrade::E, {junior("j1", 9), junior("j2", 4)}) << 0 << "j2"
            << Basis::Overflow;
        QTest::newRow("everyone at the limit: least loaded of those allowed")
            << task(Bucket::M3, RiskGrade::D, team) << 1 << "s2" << Basis::Overflow;
        QTest::newRow("no agents") << task(Bucket::M1, RiskGrade::A, {}) << 0 << "" << Basis::None;
    }
    void choose()
    {
        QFETCH(Input, input);
        QFETCH(int, maxOpen);
        QFETCH(QString, agent);
        QFETCH(Basis, basis);
        Rules rules;
        rules.maxOpenTasks = maxOpen;
        const Choice c = assignment::choose(rules, input);
        QCOMPARE(c.agent, agent);
        QCOMPARE(c.basis, basis);
    }

    void configurableSkillLimits()
    {
        Rules rules;
        rules.juniorMaxBucket = Bucket::M2;
        rules.seniorFromBucket = Bucket::M4Plus;
        const QList<Agent> team{junior("j1", 20), senior("s1", 0)};
        QCOMPARE(assignment::choose(rules, task(Bucket::M2, RiskGrade::B, team)).agent, QStringLiteral("j1"));
        QCOMPARE(assignment::choose(rules, task(Bucket::M3, RiskGrade::B, team)).agent, QStringLiteral("s1"));
    }
};

QTEST_GUILESS_MAIN(tst_Assignment)
#include "tst_assignment.moc"
