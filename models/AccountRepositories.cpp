#include "AccountRepositories.h"

#include "StoreRows.h"

#include <QSqlQuery>

namespace cd {

Result<void> BucketHistoryRepository::upsert(const BucketChange &b)
{
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(
            q,
            QStringLiteral("INSERT OR REPLACE INTO bucket_history(id, customer_id, loan_id, at, "
                           "from_bucket, to_bucket, dpd) VALUES(?,?,?,?,?,?,?)"));
        !r)
        return r;
    q.bindValue(0, rows::fromId(b.id));
    q.bindValue(1, b.customerId);
    q.bindValue(2, b.loanId > 0 ? QVariant(b.loanId) : QVariant());
    q.bindValue(3, rows::fromTime(b.at));
    q.bindValue(4, rows::fromEnum(b.from));
    q.bindValue(5, rows::fromEnum(b.to));
    q.bindValue(6, b.dpd);
    return rows::exec(q, QStringLiteral("upsert bucket change"));
}

QList<BucketChange> BucketHistoryRepository::forCustomer(qint64 customerId) const
{
    QSqlQuery q(m_store.db());
    if (!rows::prepare(q,
                       QStringLiteral("SELECT id, customer_id, loan_id, at, from_bucket, to_bucket, dpd FROM "
                                      "bucket_history WHERE customer_id = ? ORDER BY at, id")))
        return {};
    q.bindValue(0, customerId);
    QList<BucketChange> out;
    if (!rows::exec(q, QStringLiteral("read bucket history")))
        return out;
    while (q.next()) {
        BucketChange b;
        b.id = q.value(0).toLongLong();
        b.customerId = q.value(1).toLongLong();
        b.loanId = q.value(2).toLongLong();
        b.at = rows::toTime(q.value(3));
        b.from = rows::toEnum(q.value(4), Bucket::M0);
        b.to = rows::toEnum(q.value(5), Bucket::M0);
        b.dpd = q.value(6).toInt();
        out << b;
    }
    return out;
}

}  // namespace cd
