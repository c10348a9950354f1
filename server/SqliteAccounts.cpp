// SqliteStorage: payments posted against loans, promise decisions, bucket history and risk events
// (tables payments, installments, promises, bucket_history, risk_events, customers.risk*; schema v2).
#include "SqliteStorage.h"

#include "SqliteRows.h"

namespace cd::server {

using namespace sqlrows;

namespace {
BucketChange readBucketChange(const QSqlQuery &q)
{
    BucketChange b;
    b.id = q.value(0).toLongLong();
    b.customerId = q.value(1).toLongLong();
    b.loanId = q.value(2).toLongLong();
    b.at = toTime(q.value(3));
    b.from = toEnum(q.value(4), Bucket::M0);
    b.to = toEnum(q.value(5), Bucket::M0);
    b.dpd = q.value(6).toInt();
    return b;
}
}  // namespace

Result<std::optional<qint64>> SqliteStorage::loanIdByContract(const QString &contractNo)
{
    auto q = statement(QStringLiteral("SELECT id FROM loans WHERE contract_no = ? ORDER BY id LIMIT 1"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, contractNo);
    if (auto r = exec(s, "find loan by contract"); !r)
        return r.error();
    std::optional<qint64> out;
    if (s.next())
        out = s.value(0).toLongLong();
    s.finish();
    return out;
}

Result<std::optional<qint64>> SqliteStorage::customerOfLoan(qint64 loanId)
{
    auto q = statement(QStringLiteral("SELECT customer_id FROM loans WHERE id = ?"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, loanId);
    if (auto r = exec(s, "customer of loan"); !r)
        return r.error();
    std::optional<qint64> out;
    if (s.next())
        out = s.value(0).toLongLong();
    s.finish();
    return out;
}

Result<qint64> SqliteStorage::insertPayment(const Payment &p)
{
    auto q = statement(
        QStringLiteral("INSERT INTO payments(loan_id, paid_at, amount_fen, channel) VALUES(?,?,?,?)"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, p.loanId);
    s.bindValue(1, time(p.paidAt));
    s.bindValue(2, p.amount);
    s.bindValue(3, text(p.channel));
    return insertReturningId(s, "insert payment");
}

Result<void> SqliteStorage::setInstallmentPaid(qint64 installmentId, Fen paid)
{
    auto q = statement(QStringLiteral("UPDATE installments SET paid_fen = ? WHERE id = ?"));
    if (!q)
        return q.error();
    q.value()->bindValue(0, paid);
    q.value()->bindValue(1, installmentId);
    return exec(*q.value(), "set installment paid");
}

Result<void> SqliteStorage::updatePromise(const Promise &p)
{
    auto q = statement(
        QStringLiteral("UPDATE promises SET status = ?, paid_fen = ?, decided_at = ? WHERE id = ?"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, enumKey(p.status));
    s.bindValue(1, p.paid);
    s.bindValue(2, time(p.decidedAt));
    s.bindValue(3, p.id);
    return exec(s, "update promise");
}

Result<qint64> SqliteStorage::insertBucketChange(const BucketChange &b)
{
    auto q = statement(QStringLiteral("INSERT INTO bucket_history(customer_id, loan_id, at, from_bucket, "
                                      "to_bucket, dpd) VALUES(?,?,?,?,?,?)"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, b.customerId);
    s.bindValue(1, b.loanId > 0 ? QVariant(b.loanId) : QVariant());
    s.bindValue(2, time(b.at));
    s.bindValue(3, enumKey(b.from));
    s.bindValue(4, enumKey(b.to));
    s.bindValue(5, b.dpd);
    return insertReturningId(s, "insert bucket change");
}

Result<QList<BucketChange>> SqliteStorage::bucketHistory(qint64 customerId)
{
    auto q = statement(QStringLiteral("SELECT id, customer_id, loan_id, at, from_bucket, to_bucket, dpd FROM "
                                      "bucket_history WHERE customer_id = ? ORDER BY at, id"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, customerId);
    if (auto r = exec(s, "read bucket history"); !r)
        return r.error();
    QList<BucketChange> out;
    while (s.next())
        out << readBucketChange(s);
    s.finish();
    return out;
}

Result<void> SqliteStorage::setCustomerRisk(qint64 customerId, RiskGrade grade,
                                            const QList<RiskFactor> &factors)
{
    auto q = statement(QStringLiteral("UPDATE customers SET risk = ?, risk_factors = ? WHERE id = ?"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, enumKey(grade));
    s.bindValue(1, text(fromRiskFactors(factors)));
    s.bindValue(2, customerId);
    return exec(s, "set customer risk");
}

Result<qint64> SqliteStorage::insertRiskEvent(qint64 customerId, const QDateTime &at, RiskGrade from,
                                              RiskGrade to, const QList<RiskFactor> &factors)
{
    auto q = statement(QStringLiteral(
        "INSERT INTO risk_events(customer_id, at, from_grade, to_grade, factors) VALUES(?,?,?,?,?)"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, customerId);
    s.bindValue(1, time(at));
    s.bindValue(2, enumKey(from));
    s.bindValue(3, enumKey(to));
    s.bindValue(4, text(fromRiskFactors(factors)));
    return insertReturningId(s, "insert risk event");
}

Result<QList<qint64>> SqliteStorage::accountCustomers()
{
    auto q = statement(
        QStringLiteral("SELECT customer_id FROM loans WHERE status IS NULL OR status <> 'Settled' UNION "
                       "SELECT customer_id FROM promises WHERE status = 'Pending' ORDER BY 1"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    if (auto r = exec(s, "account customers"); !r)
        return r.error();
    QList<qint64> out;
    while (s.next())
        out << s.value(0).toLongLong();
    s.finish();
    return out;
}

}  // namespace cd::server
