#pragma once
// Who gets a new task: the task's bucket and the customer's risk decide which skill may take it
// (junior agents: early buckets and low risk; senior agents: everything, and they are preferred for
// late buckets and high risk), the agents' current open-task load balances the rest, and the agent
// who last reached the customer keeps them when eligible and not overloaded. Pure and data-driven;
// the thresholds are part of the admin-edited task rules (core/TaskRules.h). Used by server/TaskEngine.
#include "Domain.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd::assignment {
Q_NAMESPACE

struct Rules {
    Bucket juniorMaxBucket = Bucket::M1;      ///< juniors take buckets up to this one...
    RiskGrade juniorMaxRisk = RiskGrade::C;   ///< ...and risk grades up to this one
    Bucket seniorFromBucket = Bucket::M3;     ///< from this bucket seniors are preferred
    RiskGrade seniorFromRisk = RiskGrade::D;  ///< from this grade seniors are preferred
    int maxOpenTasks = 0;  ///< an agent with this many open tasks takes no more (0: no limit)
    /// The last agent who reached the customer keeps them while their load exceeds the least-loaded
    /// candidate's by no more than this many tasks.
    int stickySlack = 20;
    /// A customer nobody has worked yet (no task, no call) goes to an agent of these teams by the
    /// bucket; a bucket not listed goes to any team. Once worked, a customer stays with the team.
    QHash<Bucket, QStringList> newCustomerTeams;
};

struct Agent {
    QString username;
    bool senior = false;
    int openTasks = 0;
};

struct Input {
    Bucket bucket = Bucket::M0;
    RiskGrade risk = RiskGrade::C;
    QString lastReachedBy;  ///< agent of the last right-party contact (empty: none)
    QList<Agent> agents;    ///< active agents of the customer's team
};

/// Why the agent was chosen (logged and shown by the task engine).
enum class Basis {
    None,       ///< no agent at all
    Sticky,     ///< the agent who last reached the customer
    Preferred,  ///< least loaded of the preferred skill
    Eligible,   ///< least loaded of those allowed to take it (nobody of the preferred skill was free)
    Overflow,   ///< nobody allowed was under the limit, or nobody has the skill: least loaded of all
};
Q_ENUM_NS(Basis)

struct Choice {
    QString agent;  ///< empty when there is no agent
    Basis basis = Basis::None;
};

/// True when a junior may take a task of this bucket and risk.
bool juniorMayTake(const Rules &rules, Bucket bucket, RiskGrade risk);
/// True when seniors are preferred for this bucket and risk.
bool seniorPreferred(const Rules &rules, Bucket bucket, RiskGrade risk);

/// Chooses the agent. Ties on load go to the username that sorts first, so the choice is repeatable.
Choice choose(const Rules &rules, const Input &input);

}  // namespace cd::assignment
