// SqliteStorage: what the floor board (server/FloorBoard.h) reads once at start: stored agent states,
// today's interactions and payments, and the tasks not done. Later changes reach the board as events.
#include "SqliteStorage.h"

#include "SqliteRows.h"

namespace cd::server {

using namespace sqlrows;

Result<QList<StoredAgentState>> SqliteStorage::agentStates()
{
    auto q =
        statement(QStringLiteral("SELECT user_id, state, reason, since FROM agent_states ORDER BY user_id"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    if (auto r = exec(s, "read agent states"); !r)
        return r.error();
    QList<StoredAgentState> out;
    while (s.next())
        out << StoredAgentState{s.value(0).toLongLong(), toEnum(s.value(1), AgentState::Offline),
                                s.value(2).toString(), toTime(s.value(3))};
    s.finish();
    return out;
}

Result<QList<Interaction>> SqliteStorage::interactionsSince(const QDateTime &from)
{
    // started_at is ISO-8601 UTC text with milliseconds: it compares as text.
    auto q = statement(QStringLiteral("SELECT %1 FROM interactions WHERE started_at >= ? ORDER BY id")
                           .arg(QLatin1String(InteractionColumns)));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, time(from));
    if (auto r = exec(s, "read interactions since"); !r)
        return r.error();
    QList<Interaction> out;
    while (s.next())
        out << readInteraction(s);
    s.finish();
    return out;
}

Result<QList<CustomerPayment>> SqliteStorage::paymentsSince(const QDateTime &from)
{
    auto q = statement(QStringLiteral("SELECT l.customer_id, p.amount_fen, p.paid_at FROM payments p "
                                      "JOIN loans l ON l.id = p.loan_id WHERE p.paid_at >= ? ORDER BY p.id"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, time(from));
    if (auto r = exec(s, "read payments since"); !r)
        return r.error();
    QList<CustomerPayment> out;
    while (s.next())
        out << CustomerPayment{s.value(0).toLongLong(), s.value(1).toLongLong(), toTime(s.value(2))};
    s.finish();
    return out;
}

Result<QList<EngineTask>> SqliteStorage::openTasks()
{
    return engineTaskList(QStringLiteral("SELECT %1, rule FROM tasks WHERE status <> ? ORDER BY id")
                              .arg(QLatin1String(TaskColumns)),
                          QStringLiteral("Done"));
}

}  // namespace cd::server
