#pragma once
// Priority score for the task queue. Tiers, highest first:
//   callback due > promise due today > broken or partly kept promise, escalation to legal review >
//   everything else by DPD (plus a boost on a DPD milestone day), amount, risk and time since the
//   customer was last reached.
// Customers on hold (dispute, hardship hold, do-not-call) drop to the bottom tier.
// The score comes with the reason codes that produced it so the queue can say why a task is there.
// core/TaskRules.h decides which task a customer has; this file only ranks it.
#include "Entities.h"

namespace cd::priority {

struct Input {
    int dpd = 0;
    Fen overdueAmount = 0;
    RiskGrade risk = RiskGrade::C;
    CustomerFlags flags;
    QDateTime callbackAt;  ///< pending callback, null if none
    bool hasPromise = false;
    QDate promiseDue;
    PromiseStatus promiseStatus = PromiseStatus::Pending;
    QDate nextDueDate;  ///< next installment not yet due (for M0 reminders)
    // Task-engine facts (core/TaskRules.h); the defaults change nothing.
    bool reminderDue = false;      ///< a pre-due reminder rule fired today: DueSoon whatever the distance
    bool dpdMilestone = false;     ///< today is a DPD milestone day
    bool retryDue = false;         ///< a retry after no answer / busy whose backoff has elapsed
    bool legalReview = false;      ///< escalation: repeated refusals in a late bucket
    int daysSinceContact = -1;     ///< days since the customer was last reached (-1: not known)
    bool noRecentContact = false;  ///< not reached for longer than the rules allow
};

struct Result {
    qint64 score = 0;
    TaskKind kind = TaskKind::Collection;
    QList<ReasonCode> reasons;  ///< most important first
};

constexpr qint64 TierSize = 1'000'000;
constexpr Fen LargeBalanceThreshold = yuan(10'000);
constexpr int ReminderDaysAhead = 3;
constexpr qint64 MilestonePoints = 30'000;  ///< a milestone day weighs a month of DPD
constexpr qint64 ContactDayPoints = 500;    ///< per day since the last contact...
constexpr int ContactDaysCounted = 60;      ///< ...up to this many days

/// `now` is UTC; `today` is the debtor's local date.
Result score(const Input &in, const QDateTime &now, const QDate &today);

/// True when a customer with these facts should get a task at all.
bool needsTask(const Input &in, const QDateTime &now, const QDate &today);

}  // namespace cd::priority
