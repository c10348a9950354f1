#include "AccountService.h"

#include "ChangeLog.h"
#include "Codec.h"
#include "Compliance.h"
#include "Delinquency.h"
#include "Logging.h"
#include "Messages.h"
#include "Storage.h"

#include <QJsonArray>

namespace cd::server {

using proto::StatusCode;

namespace {
QString customerTarget(qint64 id) { return QStringLiteral("customer:%1").arg(id); }

QJsonArray factorKeys(const QList<RiskFactor> &factors)
{
    QJsonArray a;
    for (RiskFactor f : factors)
        a.append(enumKey(f));
    return a;
}

bool samePromise(const Promise &a, const Promise &b)
{
    return a.status == b.status && a.paid == b.paid && a.decidedAt == b.decidedAt;
}
}  // namespace

AccountService::AccountService(Storage &storage, AuditLog &audit, QObject *parent)
    : QObject(parent), m_storage(storage), m_audit(audit)
{}

QStringList AccountService::teamsOf(qint64 customerId)
{
    QStringList teams;
    const Result<QList<Task>> tasks = m_storage.tasks(customerId);
    if (!tasks)
        return teams;
    for (const Task &t : tasks.value()) {
        const Result<std::optional<UserRecord>> u = m_storage.userByName(t.assignee);
        if (u && u.value() && !u.value()->team.isEmpty() && !teams.contains(u.value()->team))
            teams << u.value()->team;
    }
    return teams;
}

Result<void> AccountService::recordBuckets(const Customer &customer, const QList<Loan> &loans,
                                           QList<BucketChange> &history, const QDateTime &now, ChangeLog &log,
                                           Changes &out)
{
    const QDate today = compliance::localTime(customer, now).date();
    for (const Loan &loan : loans) {
        const int dpd = delinquency::daysPastDue(loan.installments, today);
        const Bucket current = delinquency::bucketFor(dpd);
        // Without a recorded change the account is compared with where it stood the day before:
        // the sweep runs daily, and a first sweep must not report every old M3 as a fresh roll.
        Bucket known = delinquency::bucketFor(delinquency::daysPastDue(loan.installments, today.addDays(-1)));
        for (const BucketChange &b : std::as_const(history))
            if (b.loanId == loan.id)
                known = b.to;
        if (known == current)
            continue;
        BucketChange b;
        b.customerId = customer.id;
        b.loanId = loan.id;
        b.at = now.toUTC();
        b.from = known;
        b.to = current;
        b.dpd = dpd;
        const Result<qint64> id = m_storage.insertBucketChange(b);
        if (!id)
            return id.error();
        b.id = id.value();
        const Result<qint64> rev = log.bucketChange(b);
        if (!rev)
            return rev.error();
        out.revision = rev.value();
        history << b;
        out.bucketChanges << b;
    }
    return {};
}

Result<void> AccountService::refresh(qint64 customerId, const QDateTime &now, const QString &actor,
                                     ChangeLog &log, Changes &out)
{
    out.customerId = customerId;
    const Result<std::optional<Customer>> found = m_storage.customer(customerId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, QStringLiteral("customer %1 not found").arg(customerId)};
    Customer customer = *found.value();
    const Result<QList<Loan>> loans = m_storage.loans(customerId);
    if (!loans)
        return loans.error();
    Result<QList<BucketChange>> history = m_storage.bucketHistory(customerId);
    if (!history)
        return history.error();
    if (auto r = recordBuckets(customer, loans.value(), history.value(), now, log, out); !r)
        return r;

    const Result<QList<Promise>> promises = m_storage.promises(customerId);
    if (!promises)
        return promises.error();
    QList<Payment> payments;
    for (const Loan &l : loans.value())
        payments << l.payments;
    const QTimeZone zone = compliance::localTime(customer, now).timeZone();
    QList<Promise> decided = promises.value();
    const Result<QList<Promise>> judged =
        ledger::decidePromises(promises.value(), payments, m_policies.promises, now, zone);
    if (judged) {
        decided = judged.value();
        for (int i = 0; i < decided.size(); ++i) {
            const Promise &before = promises.value().at(i);
            const Promise &after = decided.at(i);
            if (samePromise(before, after))
                continue;
            if (auto r = m_storage.updatePromise(after); !r)
                return r;
            const Result<qint64> rev = log.promise(after);
            if (!rev)
                return rev.error();
            out.revision = rev.value();
            if (before.status == PromiseStatus::Pending && after.status != PromiseStatus::Pending)
                out.promisesDecided << after;
        }
    } else {
        // A stored promise or payment without an amount is a data error for the back office; the
        // rest of the customer (buckets, risk) is still brought up to date.
        qCWarning(lcServer).noquote()
            << "promises of customer" << customerId << "not decided:" << judged.error().detail;
    }

    const Result<QList<Interaction>> interactions = m_storage.interactions(customerId);
    if (!interactions)
        return interactions.error();
    const QDate today = compliance::localTime(customer, now).date();
    const risk::Facts facts = risk::factsFor(customer, loans.value(), decided, interactions.value(),
                                             history.value(), now, today, m_policies.risk);
    const risk::Review review = risk::review(facts, customer.risk, customer.riskFactors, m_policies.risk);
    out.riskBefore = customer.risk;
    out.riskAfter = review.grade;
    out.factors = review.factors;
    out.riskChanged = review.changed;
    out.upgraded = review.upgraded;
    if (review.changed) {
        if (auto r = m_storage.setCustomerRisk(customerId, review.grade, review.factors); !r)
            return r;
        customer.risk = review.grade;
        customer.riskFactors = review.factors;
        const Result<qint64> rev = log.customer(customer);
        if (!rev)
            return rev.error();
        out.revision = rev.value();
    }
    if (review.grade != out.riskBefore) {
        if (auto r = m_storage.insertRiskEvent(customerId, now, out.riskBefore, review.grade, review.factors);
            !r)
            return r.error();
        AuditEntry audit{0,
                         now,
                         actor,
                         QStringLiteral("risk.review"),
                         customerTarget(customerId),
                         {{QStringLiteral("from"), enumKey(out.riskBefore)},
                          {QStringLiteral("to"), enumKey(review.grade)},
                          {QStringLiteral("factors"), factorKeys(review.factors)}},
                         0};
        if (auto r = m_storage.appendAudit(audit); !r)
            return r.error();
    }
    return {};
}

void AccountService::announce(const Changes &c)
{
    if (c.revision == 0)
        return;
    const auto broken = std::count_if(c.promisesDecided.cbegin(), c.promisesDecided.cend(),
                                      [](const Promise &p) { return p.status == PromiseStatus::Broken; });
    if (broken > 0)
        Q_EMIT promisesBroken(c.customerId, int(broken));
    if (c.upgraded) {
        Notice n;
        n.type = proto::msg::RiskUpgraded;
        n.body = {{QStringLiteral("customerId"), c.customerId},
                  {QStringLiteral("from"), enumKey(c.riskBefore)},
                  {QStringLiteral("to"), enumKey(c.riskAfter)},
                  {QStringLiteral("factors"), factorKeys(c.factors)},
                  {QStringLiteral("revision"), c.revision}};
        n.customerId = c.customerId;
        n.leadTeams = teamsOf(c.customerId);
        Q_EMIT noticed(n);
    }
    Q_EMIT customerChanged(c.customerId);
}

ServiceResult<AccountService::Posted> AccountService::postPayment(const PaymentIn &in, const QString &actor,
                                                                  const QDateTime &now)
{
    if (in.amount <= 0)
        return {StatusCode::InvalidValue, QStringLiteral("payment amount must be positive")};
    if (!in.paidAt.isValid())
        return {StatusCode::InvalidValue, QStringLiteral("payment time missing")};
    qint64 loanId = in.loanId;
    if (!in.contractNo.isEmpty()) {
        const Result<std::optional<qint64>> byContract = m_storage.loanIdByContract(in.contractNo);
        if (!byContract)
            return byContract.error();
        if (!byContract.value())
            return {StatusCode::NotFound, QStringLiteral("no loan with contract %1").arg(in.contractNo)};
        loanId = *byContract.value();
    }
    const Result<std::optional<qint64>> owner = m_storage.customerOfLoan(loanId);
    if (!owner)
        return owner.error();
    if (!owner.value())
        return {StatusCode::NotFound, QStringLiteral("no loan %1").arg(loanId)};
    const qint64 customerId = *owner.value();

    StorageTransaction tx(m_storage);
    if (!tx.started())
        return tx.started().error();
    ChangeLog log(m_storage);
    Posted posted;
    posted.loanId = loanId;
    const Result<std::optional<Customer>> customer = m_storage.customer(customerId);
    if (!customer)
        return customer.error();
    if (!customer.value())
        return {StatusCode::NotFound, QStringLiteral("customer %1").arg(customerId)};
    Result<QList<Loan>> loans = m_storage.loans(customerId);
    if (!loans)
        return loans.error();
    Result<QList<BucketChange>> history = m_storage.bucketHistory(customerId);
    if (!history)
        return history.error();
    // A roll that happened before this payment is recorded first, so the history shows the roll
    // and then the cure rather than a single jump.
    if (auto r = recordBuckets(*customer.value(), loans.value(), history.value(), now, log, posted.changes);
        !r)
        return r.error();

    Loan loan;
    for (const Loan &l : loans.value())
        if (l.id == loanId)
            loan = l;
    const Result<ledger::Applied> applied = ledger::applyPayment(loan.installments, in.amount);
    if (!applied)
        return {StatusCode::InvalidValue, applied.error().detail};
    Payment payment;
    payment.loanId = loanId;
    payment.paidAt = in.paidAt.toUTC();
    payment.amount = in.amount;
    payment.channel = in.channel;
    const Result<qint64> paymentId = m_storage.insertPayment(payment);
    if (!paymentId)
        return paymentId.error();
    posted.paymentId = paymentId.value();
    posted.unapplied = applied.value().unapplied;
    posted.allocations = applied.value().allocations;
    for (const Installment &i : applied.value().installments) {
        for (const ledger::Allocation &a : applied.value().allocations) {
            if (a.installmentId != i.id)
                continue;
            if (auto r = m_storage.setInstallmentPaid(i.id, i.paid); !r)
                return r.error();
        }
    }
    loans = m_storage.loans(customerId);
    if (!loans)
        return loans.error();
    for (const Loan &l : loans.value()) {
        if (l.id != loanId)
            continue;
        const Result<qint64> rev = log.loan(l);
        if (!rev)
            return rev.error();
        posted.changes.revision = rev.value();
    }

    Changes after;
    if (auto r = refresh(customerId, now, actor, log, after); !r)
        return r.error();
    after.bucketChanges = posted.changes.bucketChanges + after.bucketChanges;
    if (after.revision == 0)
        after.revision = posted.changes.revision;
    posted.changes = after;

    QJsonArray split;
    for (const ledger::Allocation &a : posted.allocations)
        split.append(QJsonObject{{QStringLiteral("installmentId"), a.installmentId},
                                 {QStringLiteral("seq"), a.seq},
                                 {QStringLiteral("penalty"), a.penalty},
                                 {QStringLiteral("fee"), a.fee},
                                 {QStringLiteral("interest"), a.interest},
                                 {QStringLiteral("principal"), a.principal}});
    AuditEntry audit{0,
                     now,
                     actor,
                     QStringLiteral("payment.post"),
                     QStringLiteral("loan:%1").arg(loanId),
                     {{QStringLiteral("paymentId"), posted.paymentId},
                      {QStringLiteral("customerId"), customerId},
                      {QStringLiteral("amount"), in.amount},
                      {QStringLiteral("paidAt"), proto::isoUtc(payment.paidAt)},
                      {QStringLiteral("channel"), in.channel},
                      {QStringLiteral("allocations"), split},
                      {QStringLiteral("unapplied"), posted.unapplied}},
                     0};
    if (auto r = m_storage.appendAudit(audit); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    qCInfo(lcServer).noquote() << "payment" << posted.paymentId << "of" << formatFen(in.amount)
                               << "posted on loan" << loanId << "at revision" << posted.changes.revision;
    Q_EMIT paymentPosted(customerId, in.amount, payment.paidAt);
    announce(posted.changes);
    return posted;
}

ServiceResult<AccountService::Changes> AccountService::reviewCustomer(qint64 customerId, const QDateTime &now,
                                                                      const QString &actor)
{
    StorageTransaction tx(m_storage);
    if (!tx.started())
        return tx.started().error();
    ChangeLog log(m_storage);
    Changes changes;
    if (auto r = refresh(customerId, now, actor, log, changes); !r) {
        if (r.error().code == ErrorCode::NotFound)
            return {StatusCode::NotFound, r.error().detail};
        return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    announce(changes);
    return changes;
}

void AccountService::onInteractionRecorded(qint64 customerId, Outcome outcome)
{
    if (outcome != Outcome::Refused)
        return;
    const ServiceResult<Changes> r = reviewCustomer(customerId, QDateTime::currentDateTimeUtc());
    if (!r)
        qCWarning(lcServer).noquote()
            << "risk review after a refusal failed for customer" << customerId << ":" << r.detail();
}

ServiceResult<AccountService::SweepSummary> AccountService::sweep(const QDateTime &nowUtc,
                                                                  const QString &actor)
{
    const Result<QList<qint64>> ids = m_storage.accountCustomers();
    if (!ids)
        return ids.error();
    SweepSummary s;
    for (qint64 id : ids.value()) {
        ++s.customers;
        // One transaction per customer: a failure leaves the others' updates in place.
        const ServiceResult<Changes> r = reviewCustomer(id, nowUtc, actor);
        if (!r) {
            ++s.failed;
            qCWarning(lcServer).noquote() << "sweep: customer" << id << "failed:" << r.detail();
            continue;
        }
        const Changes &c = r.value();
        if (c.revision > 0) {
            ++s.changed;
            s.revision = c.revision;
        }
        for (const Promise &p : c.promisesDecided) {
            if (p.status == PromiseStatus::Kept)
                ++s.kept;
            else if (p.status == PromiseStatus::Partial)
                ++s.partial;
            else if (p.status == PromiseStatus::Broken)
                ++s.broken;
        }
        s.bucketChanges += int(c.bucketChanges.size());
        s.riskUpgrades += c.upgraded ? 1 : 0;
    }
    m_audit.record(actor, QStringLiteral("accounts.sweep"), QStringLiteral("accounts"),
                   {{QStringLiteral("at"), proto::isoUtc(nowUtc)},
                    {QStringLiteral("customers"), s.customers},
                    {QStringLiteral("changed"), s.changed},
                    {QStringLiteral("kept"), s.kept},
                    {QStringLiteral("partial"), s.partial},
                    {QStringLiteral("broken"), s.broken},
                    {QStringLiteral("bucketChanges"), s.bucketChanges},
                    {QStringLiteral("riskUpgrades"), s.riskUpgrades},
                    {QStringLiteral("failed"), s.failed}});
    qCInfo(lcServer).noquote() << "accounts sweep at" << proto::isoUtc(nowUtc) << ":" << s.customers
                               << "customers," << s.changed << "changed," << s.broken << "promises broken,"
                               << s.bucketChanges << "bucket changes," << s.riskUpgrades << "risk upgrades";
    return s;
}

}  // namespace cd::server
