#include "Priority.h"

#include <cmath>

namespace cd::priority {

namespace {
constexpr CustomerFlags holdFlags()
{
    return CustomerFlags(CustomerFlag::Dispute) | CustomerFlag::HardshipHold | CustomerFlag::DoNotCall;
}

// Within a tier: DPD weighs most (1,000 points a day up to a year), then the overdue
// amount on a log scale (so 100k yuan does not drown 60 days of DPD), then the risk grade.
qint64 baseScore(const Input &in)
{
    const qint64 dpdPts = qint64(qBound(0, in.dpd, 365)) * 1000;
    const double yuanOverdue = double(qMax<Fen>(0, in.overdueAmount)) / 100.0;
    const qint64 amountPts = qMin<qint64>(240'000, qint64(std::log10(1.0 + yuanOverdue) * 40'000));
    const qint64 riskPts = qint64(static_cast<int>(in.risk)) * 20'000;  // one grade ~ 20 days of DPD
    // Time since the customer was last reached counts half as much as DPD, capped at two months: a
    // debtor nobody has talked to for weeks comes before one reached yesterday at the same DPD.
    const qint64 contactPts = qint64(qBound(0, in.daysSinceContact, ContactDaysCounted)) * ContactDayPoints;
    const qint64 milestonePts = in.dpdMilestone ? MilestonePoints : 0;
    return dpdPts + amountPts + riskPts + contactPts + milestonePts;
}
}  // namespace

Result score(const Input &in, const QDateTime &now, const QDate &today)
{
    Result r;
    int tier = 1;
    const bool onHold = bool(in.flags & holdFlags());
    const bool promisePending = in.hasPromise && in.promiseStatus == PromiseStatus::Pending;
    const bool promiseBroken = in.hasPromise
        && (in.promiseStatus == PromiseStatus::Broken || in.promiseStatus == PromiseStatus::Partial
            || (promisePending && in.promiseDue.isValid() && in.promiseDue < today));

    if (in.callbackAt.isValid() && in.callbackAt <= now) {
        tier = 4;
        r.kind = TaskKind::Callback;
        r.reasons << ReasonCode::CallbackDue;
    } else if (promisePending && in.promiseDue == today) {
        tier = 3;
        r.kind = TaskKind::PromiseFollowUp;
        r.reasons << ReasonCode::PromiseDueToday;
    } else if (promiseBroken) {
        tier = 2;
        r.kind = TaskKind::BrokenPromise;
        r.reasons << (in.promiseStatus == PromiseStatus::Partial ? ReasonCode::PromisePartial
                                                                 : ReasonCode::PromiseBroken);
    } else if (in.legalReview) {
        tier = 2;
        r.kind = TaskKind::LegalReview;
        r.reasons << ReasonCode::RepeatedRefusal;
    } else if (in.dpd > 0) {
        r.kind = TaskKind::Collection;
    } else {
        r.kind = TaskKind::Reminder;
    }

    if (in.dpdMilestone && in.dpd > 0)
        r.reasons << ReasonCode::DpdMilestone;
    if (in.dpd > 90)
        r.reasons << ReasonCode::SeverelyOverdue;
    else if (in.dpd > 0)
        r.reasons << ReasonCode::Overdue;
    else if (in.reminderDue
             || (in.nextDueDate.isValid() && today.daysTo(in.nextDueDate) >= 0
                 && today.daysTo(in.nextDueDate) <= ReminderDaysAhead))
        r.reasons << ReasonCode::DueSoon;
    if (in.retryDue)
        r.reasons << ReasonCode::RetryDue;
    if (in.noRecentContact)
        r.reasons << ReasonCode::NoRecentContact;
    if (in.overdueAmount >= LargeBalanceThreshold)
        r.reasons << ReasonCode::LargeBalance;
    if (in.risk >= RiskGrade::D)
        r.reasons << ReasonCode::HighRisk;

    if (onHold) {
        tier = 0;
        r.reasons.prepend(ReasonCode::OnHold);
    }
    r.score = qint64(tier) * TierSize + baseScore(in);
    return r;
}

bool needsTask(const Input &in, const QDateTime &now, const QDate &today)
{
    const Result r = score(in, now, today);
    for (ReasonCode c : r.reasons) {
        if (c != ReasonCode::HighRisk && c != ReasonCode::OnHold && c != ReasonCode::RetryDue
            && c != ReasonCode::NoRecentContact)
            return true;
    }
    return false;
}

}  // namespace cd::priority
