// SqliteStorage: settlement offers and their approval (table settlements, schema v2).
#include "SqliteStorage.h"

#include "SqliteRows.h"

namespace cd::server {

using namespace sqlrows;

namespace {

const QString SettlementColumns = QStringLiteral(
    "s.id, s.customer_id, s.loan_id, s.agent, s.created_at, s.outstanding_fen, s.discount_bp, s.total_fen, "
    "s.instalments, s.first_amount_fen, s.first_date, s.note, s.status, s.decided_by, s.decided_at, "
    "s.decision_note");

Settlement readSettlement(const QSqlQuery &q)
{
    Settlement s;
    s.id = q.value(0).toLongLong();
    s.customerId = q.value(1).toLongLong();
    s.loanId = q.value(2).toLongLong();
    s.agent = q.value(3).toString();
    s.createdAt = toTime(q.value(4));
    s.outstanding = q.value(5).toLongLong();
    s.discountBp = q.value(6).toInt();
    s.total = q.value(7).toLongLong();
    s.instalments = q.value(8).toInt();
    s.firstAmount = q.value(9).toLongLong();
    s.firstDate = toDate(q.value(10));
    s.note = q.value(11).toString();
    s.status = toEnum(q.value(12), SettlementStatus::Pending);
    s.decidedBy = q.value(13).toString();
    s.decidedAt = toTime(q.value(14));
    s.decisionNote = q.value(15).toString();
    return s;
}

}  // namespace

Result<qint64> SqliteStorage::insertSettlement(const Settlement &s, const QString &opId)
{
    auto q = statement(QStringLiteral(
        "INSERT INTO settlements(customer_id, loan_id, agent, created_at, outstanding_fen, discount_bp, "
        "total_fen, instalments, first_amount_fen, first_date, note, status, decided_by, decided_at, "
        "decision_note, op_id) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!q)
        return q.error();
    QSqlQuery &b = *q.value();
    b.bindValue(0, s.customerId);
    b.bindValue(1, s.loanId);
    b.bindValue(2, s.agent);
    b.bindValue(3, time(s.createdAt));
    b.bindValue(4, s.outstanding);
    b.bindValue(5, s.discountBp);
    b.bindValue(6, s.total);
    b.bindValue(7, s.instalments);
    b.bindValue(8, s.firstAmount);
    b.bindValue(9, date(s.firstDate));
    b.bindValue(10, text(s.note));
    b.bindValue(11, enumKey(s.status));
    b.bindValue(12, text(s.decidedBy));
    b.bindValue(13, time(s.decidedAt));
    b.bindValue(14, text(s.decisionNote));
    b.bindValue(15, text(opId));
    return insertReturningId(b, "insert settlement");
}

Result<std::optional<Settlement>> SqliteStorage::settlement(qint64 id)
{
    auto q = statement(QStringLiteral("SELECT %1 FROM settlements s WHERE s.id = ?").arg(SettlementColumns));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, id);
    if (auto r = exec(s, "read settlement"); !r)
        return r.error();
    std::optional<Settlement> out;
    if (s.next())
        out = readSettlement(s);
    s.finish();
    return out;
}

Result<QList<Settlement>> SqliteStorage::customerSettlements(qint64 customerId)
{
    auto q = statement(
        QStringLiteral("SELECT %1 FROM settlements s WHERE s.customer_id = ? ORDER BY s.id").arg(SettlementColumns));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, customerId);
    if (auto r = exec(s, "list customer settlements"); !r)
        return r.error();
    QList<Settlement> out;
    while (s.next())
        out << readSettlement(s);
    s.finish();
    return out;
}

Result<QList<Settlement>> SqliteStorage::teamSettlements(const QString &team,
                                                         std::optional<SettlementStatus> status)
{
    // The team is the requesting agent's team now (users.team), as for every lead's view.
    auto q = statement(QStringLiteral("SELECT %1 FROM settlements s JOIN users u ON u.username = s.agent "
                                      "WHERE u.team = ? AND (? IS NULL OR s.status = ?) ORDER BY s.id DESC")
                           .arg(SettlementColumns));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    const QVariant wanted = status ? QVariant(enumKey(*status)) : QVariant(QMetaType::fromType<QString>());
    s.bindValue(0, team);
    s.bindValue(1, wanted);
    s.bindValue(2, wanted);
    if (auto r = exec(s, "list team settlements"); !r)
        return r.error();
    QList<Settlement> out;
    while (s.next())
        out << readSettlement(s);
    s.finish();
    return out;
}

Result<bool> SqliteStorage::decideSettlement(const Settlement &d)
{
    auto q = statement(QStringLiteral("UPDATE settlements SET status = ?, decided_by = ?, decided_at = ?, "
                                      "decision_note = ? WHERE id = ? AND status = 'Pending'"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, enumKey(d.status));
    s.bindValue(1, text(d.decidedBy));
    s.bindValue(2, time(d.decidedAt));
    s.bindValue(3, text(d.decisionNote));
    s.bindValue(4, d.id);
    if (auto r = exec(s, "decide settlement"); !r)
        return r.error();
    return s.numRowsAffected() == 1;
}

}  // namespace cd::server
