// SqliteStorage: leads' compliance overrides (compliance_overrides, schema 2).
#include "SqliteRows.h"
#include "SqliteStorage.h"

namespace cd::server {

using namespace sqlrows;

Result<qint64> SqliteStorage::insertOverride(qint64 customerId, const compliance::Override &o,
                                             const QDateTime &createdAt)
{
    auto q = statement(QStringLiteral("INSERT INTO compliance_overrides(customer_id, phone_number, rule, reason, "
                                      "lead, created_at, expires_at) VALUES(?,?,?,?,?,?,?)"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, customerId);
    s.bindValue(1, text(o.phoneNumber));
    s.bindValue(2, enumKey(o.rule));
    s.bindValue(3, o.reason);
    s.bindValue(4, o.lead);
    s.bindValue(5, time(createdAt));
    s.bindValue(6, time(o.expiresAt));
    return insertReturningId(s, "insert compliance override");
}

Result<QList<compliance::Override>> SqliteStorage::activeOverrides(qint64 customerId, const QDateTime &nowUtc)
{
    // Times are stored as fixed-width ISO UTC text, so text order is time order.
    auto q = statement(QStringLiteral("SELECT id, phone_number, rule, reason, lead, expires_at FROM "
                                      "compliance_overrides WHERE customer_id = ? AND expires_at > ? ORDER BY id"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, customerId);
    s.bindValue(1, time(nowUtc));
    if (auto r = exec(s, "read compliance overrides"); !r)
        return r.error();
    QList<compliance::Override> out;
    while (s.next()) {
        compliance::Override o;
        o.id = s.value(0).toLongLong();
        o.phoneNumber = s.value(1).toString();
        o.rule = toEnum(s.value(2), compliance::Rule::Allowed);
        o.reason = s.value(3).toString();
        o.lead = s.value(4).toString();
        o.expiresAt = toTime(s.value(5));
        if (o.rule != compliance::Rule::Allowed)
            out << o;
    }
    s.finish();
    return out;
}

}  // namespace cd::server
