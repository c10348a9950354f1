#include "Assignment.h"

#include <algorithm>

namespace cd::assignment {

bool juniorMayTake(const Rules &rules, Bucket bucket, RiskGrade risk)
{
    return bucket <= rules.juniorMaxBucket && risk <= rules.juniorMaxRisk;
}

bool seniorPreferred(const Rules &rules, Bucket bucket, RiskGrade risk)
{
    return bucket >= rules.seniorFromBucket || risk >= rules.seniorFromRisk;
}

namespace {

const Agent *leastLoaded(const QList<const Agent *> &agents)
{
    const Agent *best = nullptr;
    for (const Agent *a : agents) {
        if (!best || a->openTasks < best->openTasks
            || (a->openTasks == best->openTasks && a->username < best->username))
            best = a;
    }
    return best;
}

}  // namespace

Choice choose(const Rules &rules, const Input &in)
{
    if (in.agents.isEmpty())
        return {};
    const bool juniorOk = juniorMayTake(rules, in.bucket, in.risk);
    const bool seniorFirst = seniorPreferred(rules, in.bucket, in.risk);
    const auto underLimit = [&](const Agent &a) {
        return rules.maxOpenTasks <= 0 || a.openTasks < rules.maxOpenTasks;
    };

    QList<const Agent *> eligible;   // may take it and has room
    QList<const Agent *> preferred;  // of those, the preferred skill
    QList<const Agent *> skilled;    // may take it, room or not
    for (const Agent &a : in.agents) {
        if (!a.senior && !juniorOk)
            continue;
        skilled << &a;
        if (!underLimit(a))
            continue;
        eligible << &a;
        // Easy work goes to juniors first so seniors stay free for the hard cases.
        if (a.senior == seniorFirst)
            preferred << &a;
    }

    if (!in.lastReachedBy.isEmpty()) {
        const Agent *floor = leastLoaded(eligible);
        for (const Agent *a : std::as_const(eligible))
            if (a->username == in.lastReachedBy && a->openTasks <= floor->openTasks + rules.stickySlack)
                return {a->username, Basis::Sticky};
    }
    if (const Agent *a = leastLoaded(preferred))
        return {a->username, Basis::Preferred};
    if (const Agent *a = leastLoaded(eligible))
        return {a->username, Basis::Eligible};
    // Nobody allowed has room (or the team has no one with the skill): the task still needs an owner;
    // the lead sees the overflow and can reassign.
    QList<const Agent *> all;
    for (const Agent &a : in.agents)
        all << &a;
    const Agent *a = leastLoaded(skilled.isEmpty() ? all : skilled);
    return {a->username, Basis::Overflow};
}

}  // namespace cd::assignment
