#pragma once
// The task engine's rules: which single task a customer should have right now, and why. The rules are
// configuration an admin edits as JSON (a versioned RuleSet stored by the server, the bundled
// defaults in resources/rules/default-task-rules.json; docs/admin/TaskRules.md), and plan() applies
// them to one customer's facts at one instant. Pure: no clock, no I/O. server/TaskEngine builds the
// facts from storage, calls plan() and writes the result; `collectdesk-server queue` explains it.
//
// Rules, in the order they win:
//   suppression  a flag (Deceased, Legal, DoNotCall, Dispute, HardshipHold until holdUntil) = no task
//   callback     the agent scheduled a callback: due at its time
//   escalation   bucket >= minBucket and N refusals in a row: a LegalReview task (not for Legal customers)
//   promiseDue   a pending promise: follow-up on its date at a local hour; quiet during the grace days
//   brokenPromise a promise broken or partly kept (or pending past its grace days), not yet talked about
//   dpdMilestone an overdue account on a milestone day (1, 3, 7, 15, 30, 60, 90)
//   overdue      any other overdue account (collectBetweenMilestones)
//   reminder     a current account N days before its next due date (D-3, D-1)
// Whatever the rule, the task waits after the last attempt: the retry backoff after no answer / busy
// (growing with the failures in a row), a cooling-off after a conversation, a shorter one after a
// third party or a wrong number. A scheduled callback does not wait.
#include "Assignment.h"
#include "Entities.h"
#include "Result.h"

#include <QJsonObject>

namespace cd::taskrules {
Q_NAMESPACE

/// Rule ids: stored on the task (tasks.rule), printed by `queue`, named in the rule-set JSON docs.
namespace rule {
inline const QString Callback = QStringLiteral("callback");
inline const QString Escalation = QStringLiteral("escalation");
inline const QString PromiseDue = QStringLiteral("promiseDue");
inline const QString BrokenPromise = QStringLiteral("brokenPromise");
inline const QString DpdMilestone = QStringLiteral("dpdMilestone");
inline const QString Overdue = QStringLiteral("overdue");
inline const QString Reminder = QStringLiteral("reminder");
}  // namespace rule

struct RuleSet {
    int version = 0;  ///< assigned when stored; 0 = the bundled defaults
    QList<int> reminderDaysBefore{3, 1};
    QList<int> dpdMilestones{1, 3, 7, 15, 30, 60, 90};
    bool collectBetweenMilestones = true;  ///< overdue accounts keep a task between milestones
    int promiseFollowUpLocalHour = 10;
    int promiseGraceDays = 1;  ///< a pending promise is broken after the end of dueDate + graceDays
    QList<int> retryBackoffMinutes{30, 60, 120, 240};  ///< after the 1st, 2nd, ... failure; the last repeats
    int afterConversationHours = 24;
    int afterThirdPartyHours = 4;
    int afterWrongNumberMinutes = 5;
    Bucket escalationMinBucket = Bucket::M3;
    int escalationRefusals = 3;  ///< 0 disables escalation
    QList<CustomerFlag> suppressingFlags{CustomerFlag::Deceased, CustomerFlag::Legal, CustomerFlag::DoNotCall,
                                         CustomerFlag::Dispute, CustomerFlag::HardshipHold};
    int noRecentContactDays = 7;  ///< 0 disables the NoRecentContact reason
    assignment::Rules assignment;

    /// Every key, with the version when it has one.
    QJsonObject toJson() const;
    /// Missing keys keep their default; an unknown key, a wrong type or an impossible value fails with
    /// InvalidInput naming the key ("retry.backoffMinutes[2]: must be 1..10080"). "version" is ignored.
    static Result<RuleSet> fromJson(const QJsonObject &json);
    /// The bundled defaults (the same values as a default-constructed RuleSet).
    static RuleSet defaults() { return RuleSet(); }
};

/// Everything plan() looks at for one customer.
struct CustomerFacts {
    Customer customer;
    QList<Loan> loans;                ///< with installments
    QList<Interaction> interactions;  ///< any order
    QList<Promise> promises;          ///< any order
};

/// Why a customer has no task.
enum class Quiet {
    None,        ///< (there is a task)
    NothingDue,  ///< no rule applies now
    Deceased,
    Legal,
    DoNotCall,
    Dispute,
    HardshipHold,
};
Q_ENUM_NS(Quiet)

struct TaskPlan {
    bool hasTask = false;
    TaskKind kind = TaskKind::Collection;
    TaskStatus status = TaskStatus::Open;  ///< Open now, or Deferred until nextEligible
    QDateTime due;                         ///< when the work became (or becomes) due, UTC
    QDateTime nextEligible;                ///< Deferred only: when it may be worked
    qint64 priority = 0;
    QList<ReasonCode> reasons;  ///< most important first
    QString rule;               ///< the rule id that produced it
    Quiet quiet = Quiet::None;  ///< without a task: why
    // the account at the time of the plan (queue facts)
    int dpd = 0;
    Bucket bucket = Bucket::M0;
    Fen overdue = 0;
};

/// The single task `facts.customer` should have at `nowUtc` (or none, and why). Dates that matter
/// (DPD, due days, milestone days, hold end) are the debtor's local dates.
TaskPlan plan(const RuleSet &rules, const CustomerFacts &facts, const QDateTime &nowUtc);

/// The agent who last reached the customer (a right-party conversation), empty when nobody has.
QString lastReachedBy(const QList<Interaction> &interactions);

/// Outcomes that mean the debtor was on the line.
bool rightParty(Outcome outcome);

}  // namespace cd::taskrules
