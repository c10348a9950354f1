#pragma once
// Settlement / payment-plan calculator (协商还款) and its approval threshold, shared by the client (the
// dialog shows the schedule and whether a lead must approve) and the server (it recomputes every
// figure from its own loan data and decides, never trusting the client's totals). Pure: no I/O.
//
// Money rules: the discount is `outstanding * discountBp / 10000` rounded down (the customer never gets
// more than the stated percentage off), the total is what is left, and the schedule's amounts add up to
// the total exactly: equal instalments in whole fen with the remainder on the last one.
#include "Entities.h"

#include <QList>
#include <QObject>

namespace cd::settlement {
Q_NAMESPACE

inline constexpr int MaxDiscountBp = 5000;  ///< 50%: above that no offer is made from the floor
inline constexpr int MinInstalments = 1;
inline constexpr int MaxInstalments = 36;

/// Why an offer cannot be made. Stable keys (logged, shown through ui/Labels as text).
enum class Problem {
    None,
    NothingOutstanding,     ///< the loan has nothing left to pay
    DiscountOutOfRange,     ///< discount below 0 or above MaxDiscountBp
    InstalmentsOutOfRange,  ///< not 1..36, or more instalments than fen in the total
    FirstDateMissing,
    FirstDateInPast,  ///< before the debtor's local today
    FirstAmountNegative,
    FirstAmountTooLarge,  ///< above the total, or leaving less than 1 fen for each later instalment
    FirstAmountTooSmall,  ///< a single instalment must be the whole total
};
Q_ENUM_NS(Problem)

/// What the agent offers.
struct Terms {
    Fen outstanding = 0;  ///< owed now on the loan (outstandingOf)
    int discountBp = 0;   ///< basis points of `outstanding` (1000 = 10%)
    int instalments = 1;
    QDate firstDate;      ///< debtor-local date of the first payment; then monthly
    Fen firstAmount = 0;  ///< 0: all instalments equal; else the first payment, the rest split equally
};

struct Line {
    int seq = 0;  ///< 1-based
    QDate date;
    Fen amount = 0;
};

struct Plan {
    Problem problem = Problem::None;
    Fen discount = 0;
    Fen total = 0;  ///< outstanding - discount
    QList<Line> schedule;

    bool ok() const { return problem == Problem::None; }
    Fen firstAmount() const { return schedule.isEmpty() ? 0 : schedule.first().amount; }
};

/// Sum of the installments' outstanding amounts.
Fen outstandingOf(const Loan &loan);

/// The plan for `terms`, or the first problem found (then no schedule). `debtorToday` is the
/// debtor's local date: a first payment today is allowed.
Plan compute(const Terms &terms, const QDate &debtorToday);

/// How far an agent may go without a lead (configurable; docs/dev/Protocol.md).
struct DiscountLimits {
    int juniorBp = 1000;
    int seniorBp = 2000;
    /// "senior" gets seniorBp; any other skill (or none) the stricter juniorBp.
    int forSkill(const QString &skill) const;
};

/// AutoApproved when `discountBp` is within `limitBp` (inclusive), else Pending (a lead decides).
SettlementStatus approval(int discountBp, int limitBp);

}  // namespace cd::settlement
