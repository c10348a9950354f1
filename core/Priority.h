#pragma once
// First priority score for the task queue. Tiers, highest first:
//   callback due > promise due today > broken promise > everything else by DPD, amount and risk.
// Customers on hold (dispute, hardship hold, do-not-call) drop to the bottom tier.
// The score comes with the reason codes that produced it so the queue can say why a task is there.
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
};

struct Result {
    qint64 score = 0;
    TaskKind kind = TaskKind::Collection;
    QList<ReasonCode> reasons;  ///< most important first
};

constexpr qint64 TierSize = 1'000'000;
constexpr Fen LargeBalanceThreshold = yuan(10'000);
constexpr int ReminderDaysAhead = 3;

/// `now` is UTC; `today` is the debtor's local date.
Result score(const Input &in, const QDateTime &now, const QDate &today);

/// True when a customer with these facts should get a task at all.
bool needsTask(const Input &in, const QDateTime &now, const QDate &today);

}  // namespace cd::priority
