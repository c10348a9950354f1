#include "RiskReview.h"

#include "Delinquency.h"

namespace cd::risk {

namespace {
int scoreLevel(int score)
{
    if (score >= 750)
        return 0;
    if (score >= 680)
        return 1;
    if (score >= 620)
        return 2;
    if (score >= 550)
        return 3;
    return 4;
}
}  // namespace

Facts factsFor(const Customer &customer, const QList<Loan> &loans, const QList<Promise> &promises,
               const QList<Interaction> &interactions, const QList<BucketChange> &buckets,
               const QDateTime &nowUtc, const QDate &today, const Policy &policy)
{
    Facts f;
    f.score = customer.riskScore;
    f.dpd = delinquency::daysPastDue(loans, today);
    const QDateTime since = nowUtc.addDays(-policy.lookbackDays);
    for (const Loan &l : loans)
        f.overdue += delinquency::overdueAmount(l.installments, today);
    f.newOverdue = f.dpd >= 1 && f.dpd <= policy.newOverdueDays;
    for (const Promise &p : promises) {
        if (!p.decidedAt.isValid() || p.decidedAt < since || p.decidedAt > nowUtc)
            continue;
        if (p.status == PromiseStatus::Broken || p.status == PromiseStatus::Partial)
            ++f.brokenPromises;
        else if (p.status == PromiseStatus::Kept)
            ++f.keptPromises;
    }
    for (const Interaction &i : interactions)
        if (i.outcome == Outcome::Refused && i.startedAt >= since && i.startedAt <= nowUtc)
            ++f.refusals;
    for (const BucketChange &b : buckets)
        if (b.to > b.from && b.at >= since && b.at <= nowUtc)
            f.bucketRolled = true;
    return f;
}

Review review(const Facts &f, RiskGrade before, const QList<RiskFactor> &factorsBefore, const Policy &policy)
{
    Review r;
    int level = scoreLevel(f.score);
    if (f.brokenPromises > 0) {
        level += qMin(2, f.brokenPromises);
        r.factors << RiskFactor::BrokenPromise;
    }
    if (f.refusals > 0) {
        level += 1;
        r.factors << RiskFactor::Refusal;
    }
    if (f.bucketRolled) {
        level += 1;
        r.factors << RiskFactor::BucketRoll;
    } else if (f.newOverdue) {
        level += 1;
        r.factors << RiskFactor::NewOverdue;
    }
    if (f.overdue >= policy.largeBalance)
        r.factors << RiskFactor::LargeBalance;
    const bool kept = f.keptPromises > 0 && f.brokenPromises == 0;
    if (kept)
        level -= 1;
    // Applied after the relief: kept promises do not take a severely overdue account below D.
    if (f.dpd > 90) {
        level = qMax(level, int(RiskGrade::D));
        r.factors << RiskFactor::SeverelyOverdue;
    }
    if (f.score < policy.lowScore)
        r.factors << RiskFactor::LowScore;
    if (kept)
        r.factors << RiskFactor::PromisesKept;
    r.grade = static_cast<RiskGrade>(qBound(0, level, int(RiskGrade::E)));
    r.upgraded = r.grade > before;
    r.changed = r.grade != before || r.factors != factorsBefore;
    return r;
}

}  // namespace cd::risk
