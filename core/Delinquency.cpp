#include "Delinquency.h"

namespace cd::delinquency {

const Installment *oldestUnpaid(const QList<Installment> &installments, const QDate &asOf)
{
    const Installment *oldest = nullptr;
    for (const Installment &i : installments) {
        if (i.settled() || !i.dueDate.isValid() || i.dueDate >= asOf)
            continue;
        if (!oldest || i.dueDate < oldest->dueDate)
            oldest = &i;
    }
    return oldest;
}

const Installment *nextDue(const QList<Installment> &installments, const QDate &asOf)
{
    const Installment *next = nullptr;
    for (const Installment &i : installments) {
        if (i.settled() || i.dueDate < asOf)
            continue;
        if (!next || i.dueDate < next->dueDate)
            next = &i;
    }
    return next;
}

int daysPastDue(const QList<Installment> &installments, const QDate &asOf)
{
    const Installment *oldest = oldestUnpaid(installments, asOf);
    return oldest ? int(oldest->dueDate.daysTo(asOf)) : 0;
}

int daysPastDue(const QList<Loan> &loans, const QDate &asOf)
{
    int dpd = 0;
    for (const Loan &l : loans)
        dpd = qMax(dpd, daysPastDue(l.installments, asOf));
    return dpd;
}

Bucket bucketFor(int dpd)
{
    if (dpd <= 0)
        return Bucket::M0;
    if (dpd <= 30)
        return Bucket::M1;
    if (dpd <= 60)
        return Bucket::M2;
    if (dpd <= 90)
        return Bucket::M3;
    return Bucket::M4Plus;
}

Fen overdueAmount(const QList<Installment> &installments, const QDate &asOf)
{
    Fen sum = 0;
    for (const Installment &i : installments)
        if (i.dueDate < asOf)
            sum += i.outstanding();
    return sum;
}

Fen outstandingBalance(const QList<Installment> &installments)
{
    Fen sum = 0;
    for (const Installment &i : installments)
        sum += i.outstanding();
    return sum;
}

}  // namespace cd::delinquency
