#pragma once
// Posted payments against a loan's schedule and the promise-to-pay lifecycle. Pure rules shared by the
// server (server/AccountService applies them when a payment is posted and in the daily sweep) and
// the tests; no I/O.
//
// Allocation: a payment goes FIFO over the installments, oldest due date first (then period number),
// and inside one installment to penalty, then fee, then interest, then principal (the order the
// contracts state: the costs of being late are cleared before the debt itself). Whatever exceeds
// everything owed stays unapplied (a credit the back office refunds or keeps for the next period).
//
// Promises: a promise is judged on the customer's payments made from the moment it was given until
// the end of the debtor-local day `dueDate + graceDays`. Payments are consumed by promises FIFO (the
// oldest promise first), so one payment never counts twice. Pending -> Kept as soon as the paid
// amount reaches the threshold; otherwise, once the grace period is over, Partial (something paid) or
// Broken (nothing). A decided promise keeps its status.
#include "Entities.h"
#include "Result.h"

#include <QTimeZone>

namespace cd::ledger {

/// How one payment landed on one installment.
struct Allocation {
    qint64 installmentId = 0;
    int seq = 0;
    Fen penalty = 0;
    Fen fee = 0;
    Fen interest = 0;
    Fen principal = 0;
    Fen total() const { return penalty + fee + interest + principal; }
};

struct Applied {
    QList<Installment> installments;  ///< the schedule after the payment (same order as given)
    QList<Allocation> allocations;    ///< oldest installment first
    Fen unapplied = 0;                ///< more than everything owed
};

/// Applies `amount` (> 0, else InvalidInput) to `installments` FIFO.
Result<Applied> applyPayment(const QList<Installment> &installments, Fen amount);

/// What is still owed on one installment per component, after what was paid and waived
/// (penalty cleared first, principal last).
Allocation owedComponents(const Installment &installment);

struct PromisePolicy {
    int graceDays = 1;            ///< payments up to the end of dueDate + graceDays (debtor's day) count
    int keptThresholdBp = 10000;  ///< share of the amount that makes it kept, in basis points (100%)
};

/// The first instant (UTC) after the grace period: payments from then on do not count.
QDateTime promiseDeadline(const Promise &promise, const PromisePolicy &policy, const QTimeZone &zone);

/// Re-decides `promises` (in the order given back) from `payments` (of every loan of the customer)
/// at `nowUtc`; `zone` is the debtor's. Fills Promise::paid, status and decidedAt: Kept is decided
/// at the payment that completed it, Partial and Broken at the end of the grace period. Promises
/// already decided keep their status and take back the money they had. A promise or payment with
/// an amount <= 0 is InvalidInput.
Result<QList<Promise>> decidePromises(const QList<Promise> &promises, const QList<Payment> &payments,
                                      const PromisePolicy &policy, const QDateTime &nowUtc,
                                      const QTimeZone &zone);

}  // namespace cd::ledger
