#include "PromiseLedger.h"

#include <algorithm>
#include <numeric>

namespace cd::ledger {

Allocation owedComponents(const Installment &in)
{
    // Paid and waived money is counted against the components in the allocation order, so the
    // remainder is what the next payment meets first.
    Fen covered = in.paid + in.waived;
    auto take = [&covered](Fen due) {
        const Fen used = qMin(qMax<Fen>(0, covered), due);
        covered -= used;
        return due - used;
    };
    Allocation owed;
    owed.installmentId = in.id;
    owed.seq = in.seq;
    owed.penalty = take(in.penaltyDue);
    owed.fee = take(in.feeDue);
    owed.interest = take(in.interestDue);
    owed.principal = take(in.principalDue);
    return owed;
}

Result<Applied> applyPayment(const QList<Installment> &installments, Fen amount)
{
    if (amount <= 0)
        return Error{ErrorCode::InvalidInput, QStringLiteral("payment amount must be positive")};
    Applied out;
    out.installments = installments;
    QList<int> order(installments.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Installment &x = installments.at(a), &y = installments.at(b);
        return x.dueDate != y.dueDate ? x.dueDate < y.dueDate : x.seq < y.seq;
    });
    Fen left = amount;
    for (int i : order) {
        if (left == 0)
            break;
        Installment &in = out.installments[i];
        const Allocation owed = owedComponents(in);
        if (owed.total() == 0)
            continue;
        Allocation a;
        a.installmentId = in.id;
        a.seq = in.seq;
        auto give = [&left](Fen due) {
            const Fen g = qMin(left, due);
            left -= g;
            return g;
        };
        a.penalty = give(owed.penalty);
        a.fee = give(owed.fee);
        a.interest = give(owed.interest);
        a.principal = give(owed.principal);
        in.paid += a.total();
        out.allocations << a;
    }
    out.unapplied = left;
    return out;
}

QDateTime promiseDeadline(const Promise &promise, const PromisePolicy &policy, const QTimeZone &zone)
{
    const QDate end = promise.dueDate.addDays(qMax(0, policy.graceDays) + 1);
    return QDateTime(end, QTime(0, 0), zone.isValid() ? zone : QTimeZone(QByteArray("Asia/Shanghai")))
        .toUTC();
}

Result<QList<Promise>> decidePromises(const QList<Promise> &promises, const QList<Payment> &payments,
                                      const PromisePolicy &policy, const QDateTime &nowUtc,
                                      const QTimeZone &zone)
{
    for (const Promise &p : promises)
        if (p.amount <= 0)
            return Error{ErrorCode::InvalidInput, QStringLiteral("promise %1 has no amount").arg(p.id)};
    for (const Payment &p : payments)
        if (p.amount <= 0)
            return Error{ErrorCode::InvalidInput, QStringLiteral("payment %1 has no amount").arg(p.id)};

    QList<Payment> pays = payments;
    std::stable_sort(pays.begin(), pays.end(), [](const Payment &a, const Payment &b) {
        return a.paidAt != b.paidAt ? a.paidAt < b.paidAt : a.id < b.id;
    });
    QList<Fen> left;
    for (const Payment &p : pays)
        left << p.amount;

    QList<Promise> out = promises;
    QList<int> order(out.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Promise &x = out.at(a), &y = out.at(b);
        return x.createdAt != y.createdAt ? x.createdAt < y.createdAt : x.id < y.id;
    });

    for (int idx : order) {
        Promise &p = out[idx];
        const QDateTime deadline = promiseDeadline(p, policy, zone);
        const bool decided = p.status != PromiseStatus::Pending;
        // A decided promise takes back what it had; a pending one takes up to its amount.
        const Fen want = decided ? qBound<Fen>(0, p.paid, p.amount) : p.amount;
        const Fen threshold = (p.amount * policy.keptThresholdBp + 9999) / 10000;
        Fen got = 0;
        QDateTime completedAt;
        for (int i = 0; i < pays.size() && got < want; ++i) {
            const Payment &pay = pays.at(i);
            // Money paid before the promise was made, after the grace period, or not yet (a
            // payment dated after `now`) does not count.
            if (left.at(i) == 0 || pay.paidAt < p.createdAt || pay.paidAt >= deadline || pay.paidAt > nowUtc)
                continue;
            const Fen take = qMin(left.at(i), want - got);
            left[i] -= take;
            got += take;
            if (!completedAt.isValid() && got >= threshold)
                completedAt = pay.paidAt;
        }
        if (decided)
            continue;
        p.paid = got;
        if (got >= threshold) {
            p.status = PromiseStatus::Kept;
            p.decidedAt = completedAt.toUTC();
        } else if (nowUtc >= deadline) {
            p.status = got > 0 ? PromiseStatus::Partial : PromiseStatus::Broken;
            p.decidedAt = deadline;
        } else {
            p.decidedAt = QDateTime();
        }
    }
    return out;
}

}  // namespace cd::ledger
