// SqliteStorage: the leads' floor messages and the hourly figures of board.hourly (server/LeadActions.h).
#include "SqliteStorage.h"

#include "SqliteRows.h"

namespace cd::server {

using namespace sqlrows;

Result<qint64> SqliteStorage::insertFloorMessage(const FloorMessage &m)
{
    auto q = statement(QStringLiteral("INSERT INTO floor_messages(sender, recipient, team, to_team, text, "
                                      "sent_at) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, m.sender);
    s.bindValue(1, text(m.recipient));
    s.bindValue(2, m.team);
    s.bindValue(3, m.toTeam ? 1 : 0);
    s.bindValue(4, m.text);
    s.bindValue(5, time(m.sentAt));
    return insertReturningId(s, "insert floor message");
}

Result<QList<FloorMessage>> SqliteStorage::floorMessages(const QString &username, const QString &team,
                                                         qint64 sinceId, int limit)
{
    // Newest first to apply the limit, turned round below.
    auto q = statement(QStringLiteral(
        "SELECT m.id, m.sender, COALESCE(u.name, ''), m.recipient, m.team, m.to_team, m.text, m.sent_at "
        "FROM floor_messages m LEFT JOIN users u ON u.username = m.sender WHERE m.id > ? AND "
        "(m.recipient = ? OR m.sender = ? OR (m.to_team = 1 AND m.team = ?)) ORDER BY m.id DESC LIMIT ?"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, sinceId);
    s.bindValue(1, username);
    s.bindValue(2, username);
    s.bindValue(3, team);
    s.bindValue(4, limit);
    if (auto r = exec(s, "read floor messages"); !r)
        return r.error();
    QList<FloorMessage> out;
    while (s.next()) {
        FloorMessage m;
        m.id = s.value(0).toLongLong();
        m.sender = s.value(1).toString();
        m.senderName = s.value(2).toString();
        m.recipient = s.value(3).toString();
        m.team = s.value(4).toString();
        m.toTeam = s.value(5).toInt() != 0;
        m.text = s.value(6).toString();
        m.sentAt = toTime(s.value(7));
        out.prepend(m);
    }
    s.finish();
    return out;
}

Result<QList<HourlyRow>> SqliteStorage::teamHourly(const QString &team, const QDateTime &from,
                                                   const QDateTime &to)
{
    // Instants are ISO-8601 UTC text, so the first 13 characters ("2026-11-23T09") name the UTC hour.
    // A payment counts for the team whose agent holds the customer's oldest open task.
    auto q = statement(QStringLiteral(
        "SELECT 'call', substr(i.started_at, 1, 13), i.outcome, COUNT(*), "
        "COALESCE(SUM(i.promise_amount_fen), 0) FROM interactions i JOIN users u ON u.username = i.agent "
        "WHERE u.team = ? AND i.channel = 'Call' AND i.started_at >= ? AND i.started_at < ? "
        "GROUP BY 2, 3 "
        "UNION ALL "
        "SELECT 'payment', substr(p.paid_at, 1, 13), '', COUNT(*), COALESCE(SUM(p.amount_fen), 0) "
        "FROM payments p JOIN loans l ON l.id = p.loan_id JOIN users u ON u.username = "
        "(SELECT t.assignee FROM tasks t WHERE t.customer_id = l.customer_id AND t.status <> 'Done' "
        "ORDER BY t.id LIMIT 1) WHERE u.team = ? AND p.paid_at >= ? AND p.paid_at < ? GROUP BY 2"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    for (int part = 0; part < 2; ++part) {
        s.bindValue(part * 3, team);
        s.bindValue(part * 3 + 1, time(from));
        s.bindValue(part * 3 + 2, time(to));
    }
    if (auto r = exec(s, "read hourly figures"); !r)
        return r.error();
    QList<HourlyRow> out;
    while (s.next()) {
        HourlyRow row;
        row.kind = s.value(0).toString();
        row.hour = QDateTime::fromString(s.value(1).toString() + QStringLiteral(":00:00Z"), Qt::ISODate);
        row.outcome = s.value(2).toString();
        row.count = s.value(3).toInt();
        row.amount = s.value(4).toLongLong();
        out << row;
    }
    s.finish();
    return out;
}

}  // namespace cd::server
