#include "Settlement.h"

namespace cd::settlement {

Fen outstandingOf(const Loan &loan)
{
    Fen sum = 0;
    for (const Installment &i : loan.installments)
        sum += i.outstanding();
    return sum;
}

Plan compute(const Terms &t, const QDate &debtorToday)
{
    Plan p;
    auto fail = [&p](Problem problem) {
        p.problem = problem;
        p.schedule.clear();
        return p;
    };
    if (t.outstanding <= 0)
        return fail(Problem::NothingOutstanding);
    if (t.discountBp < 0 || t.discountBp > MaxDiscountBp)
        return fail(Problem::DiscountOutOfRange);
    if (t.instalments < MinInstalments || t.instalments > MaxInstalments)
        return fail(Problem::InstalmentsOutOfRange);
    if (!t.firstDate.isValid())
        return fail(Problem::FirstDateMissing);
    if (debtorToday.isValid() && t.firstDate < debtorToday)
        return fail(Problem::FirstDateInPast);
    if (t.firstAmount < 0)
        return fail(Problem::FirstAmountNegative);

    // Rounded down: the customer never gets more off than the stated percentage. The product fits
    // qint64 for any balance below 1.8e15 fen.
    p.discount = t.outstanding * t.discountBp / 10000;
    p.total = t.outstanding - p.discount;
    if (p.total < t.instalments)
        return fail(Problem::InstalmentsOutOfRange);  // some instalment would be 0 fen

    const int n = t.instalments;
    Fen first = 0;
    Fen rest = p.total;
    int restCount = n;
    if (t.firstAmount > 0) {
        if (t.firstAmount > p.total)
            return fail(Problem::FirstAmountTooLarge);
        if (n == 1 && t.firstAmount < p.total)
            return fail(Problem::FirstAmountTooSmall);
        if (n > 1 && p.total - t.firstAmount < n - 1)
            return fail(Problem::FirstAmountTooLarge);
        first = t.firstAmount;
        rest = p.total - first;
        restCount = n - 1;
    }
    const Fen each = restCount > 0 ? rest / restCount : 0;
    Fen scheduled = 0;
    for (int i = 0; i < n; ++i) {
        Line line;
        line.seq = i + 1;
        // From the first date each time, so a plan starting on the 31st pays on the 31st whenever the
        // month has one (QDate clamps to the month's last day otherwise).
        line.date = t.firstDate.addMonths(i);
        if (i == 0 && t.firstAmount > 0)
            line.amount = first;
        else if (i == n - 1)
            line.amount = p.total - scheduled;  // the remainder of the division lands here
        else
            line.amount = each;
        scheduled += line.amount;
        p.schedule << line;
    }
    return p;
}

int DiscountLimits::forSkill(const QString &skill) const
{
    return skill == QLatin1String("senior") ? seniorBp : juniorBp;
}

SettlementStatus approval(int discountBp, int limitBp)
{
    return discountBp <= limitBp ? SettlementStatus::AutoApproved : SettlementStatus::Pending;
}

}  // namespace cd::settlement
