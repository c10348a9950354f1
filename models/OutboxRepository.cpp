#include "OutboxRepository.h"

#include "Repositories.h"
#include "StoreRows.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace cd {

namespace {

const QString Pending = QStringLiteral("pending");
const QString Acked = QStringLiteral("acked");
const QString Rejected = QStringLiteral("rejected");

OutboxStatus statusFromText(const QString &s)
{
    if (s == Acked)
        return OutboxStatus::Acked;
    if (s == Rejected)
        return OutboxStatus::Rejected;
    return OutboxStatus::Pending;
}

const char *const OpColumns = "id, op_id, type, body, created, attempts, next_attempt, last_error, status, "
                              "result_code, acked_revision";

OutboxOp readOp(const QSqlQuery &q)
{
    OutboxOp op;
    op.seq = q.value(0).toLongLong();
    op.opId = q.value(1).toString();
    op.type = q.value(2).toString();
    op.body = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    op.created = rows::toTime(q.value(4));
    op.attempts = q.value(5).toInt();
    op.nextAttempt = rows::toTime(q.value(6));
    op.lastError = q.value(7).toString();
    op.status = statusFromText(q.value(8).toString());
    op.resultCode = static_cast<proto::StatusCode>(q.value(9).toInt());
    op.ackedRevision = q.value(10).toLongLong();
    return op;
}

/// UPDATE ... WHERE op_id = ? AND status = 'pending', NotFound when no pending row matched.
Result<void> transition(LocalStore &store, const QString &what, const QString &sql, const QVariantList &binds,
                        const QString &opId)
{
    QSqlQuery q(store.db());
    if (auto r = rows::prepare(q, sql); !r)
        return r;
    int i = 0;
    for (const QVariant &v : binds)
        q.bindValue(i++, v);
    q.bindValue(i, opId);
    if (auto r = rows::exec(q, what); !r)
        return r;
    if (q.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, QStringLiteral("%1: no pending op %2").arg(what, opId)};
    return {};
}

}  // namespace

Result<void> OutboxRepository::enqueue(const QString &opId, const QString &type, const QJsonObject &body)
{
    if (opId.isEmpty() || type.isEmpty())
        return Error{ErrorCode::InvalidInput, QStringLiteral("outbox op needs an id and a type")};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(q,
                               QStringLiteral("INSERT INTO outbox(op_id, type, body, created, attempts, "
                                              "next_attempt, status) VALUES(?,?,?,?,0,?,'pending')"));
        !r)
        return r;
    q.bindValue(0, opId);
    q.bindValue(1, type);
    q.bindValue(2, QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    q.bindValue(3, now);
    q.bindValue(4, now);
    return rows::exec(q, QStringLiteral("enqueue ") + type);
}

QList<OutboxOp> OutboxRepository::due(const QDateTime &now, int limit) const
{
    QList<OutboxOp> out;
    if (limit <= 0)
        return out;
    QSqlQuery q(m_store.db());
    if (!rows::prepare(q,
                       QStringLiteral("SELECT ") + QLatin1String(OpColumns)
                           + QStringLiteral(" FROM outbox WHERE status = 'pending' ORDER BY id LIMIT ?")))
        return out;
    q.bindValue(0, limit);
    if (!rows::exec(q, QStringLiteral("due outbox ops")))
        return out;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    while (q.next()) {
        if (q.value(6).toLongLong() > nowMs)
            break;  // strict order: nothing overtakes an op waiting for its retry
        out << readOp(q);
    }
    return out;
}

std::optional<QDateTime> OutboxRepository::nextAttempt() const
{
    QSqlQuery q(m_store.db());
    // The head of the queue decides: nothing behind it goes before it (see due()).
    if (!q.exec(
            QStringLiteral("SELECT next_attempt FROM outbox WHERE status = 'pending' ORDER BY id LIMIT 1"))) {
        rows::fromSql(q.lastError(), QStringLiteral("next outbox attempt"));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return rows::toTime(q.value(0));
}

std::optional<OutboxOp> OutboxRepository::find(const QString &opId) const
{
    QSqlQuery q(m_store.db());
    if (!rows::prepare(q,
                       QStringLiteral("SELECT ") + QLatin1String(OpColumns)
                           + QStringLiteral(" FROM outbox WHERE op_id = ?")))
        return std::nullopt;
    q.bindValue(0, opId);
    if (!rows::exec(q, QStringLiteral("find outbox op")) || !q.next())
        return std::nullopt;
    return readOp(q);
}

Result<void> OutboxRepository::markAcked(const QString &opId, qint64 revision)
{
    return transition(
        m_store, QStringLiteral("ack outbox op"),
        QStringLiteral("UPDATE outbox SET status = 'acked', result_code = 0, acked_revision = ?, "
                       "last_error = NULL WHERE op_id = ? AND status = 'pending'"),
        {revision > 0 ? QVariant(revision) : QVariant(QMetaType(QMetaType::LongLong))}, opId);
}

Result<void> OutboxRepository::markRejected(const QString &opId, proto::StatusCode code, const QJsonObject &reason)
{
    // The server's reason (which rule refused it) is kept as JSON in last_error for the agent's notice.
    const QString error = reason.isEmpty() ? proto::slug(code)
                                           : QString::fromUtf8(QJsonDocument(reason).toJson(QJsonDocument::Compact));
    return transition(m_store, QStringLiteral("reject outbox op"),
                      QStringLiteral("UPDATE outbox SET status = 'rejected', result_code = ?, last_error = ? "
                                     "WHERE op_id = ? AND status = 'pending'"),
                      {int(code), error}, opId);
}

Result<void> OutboxRepository::scheduleRetry(const QString &opId, const QString &error,
                                             const QDateTime &nextAttempt)
{
    return transition(
        m_store, QStringLiteral("reschedule outbox op"),
        QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt = ? "
                       "WHERE op_id = ? AND status = 'pending'"),
        {rows::fromText(error), nextAttempt.toMSecsSinceEpoch()}, opId);
}

int OutboxRepository::pendingCount() const
{
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'pending'")) || !q.next()) {
        rows::fromSql(q.lastError(), QStringLiteral("count outbox"));
        return 0;
    }
    return q.value(0).toInt();
}

QJsonObject reasonOf(const QString &lastError)
{
    if (!lastError.startsWith(QLatin1Char('{')))
        return {};
    return QJsonDocument::fromJson(lastError.toUtf8()).object();
}

QList<RejectedOp> OutboxRepository::rejected() const
{
    QList<RejectedOp> out;
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("SELECT op_id, type, result_code, created, body, last_error FROM outbox "
                               "WHERE status = 'rejected' ORDER BY id"))) {
        rows::fromSql(q.lastError(), QStringLiteral("rejected outbox ops"));
        return out;
    }
    CustomerRepository customers(m_store);
    while (q.next()) {
        RejectedOp op;
        op.opId = q.value(0).toString();
        op.type = q.value(1).toString();
        op.code = static_cast<proto::StatusCode>(q.value(2).toInt());
        op.created = rows::toTime(q.value(3));
        const QJsonObject body = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        op.customerId = body.value(QStringLiteral("customerId")).toInteger();
        op.taskId = body.value(QStringLiteral("taskId")).toInteger();
        op.outcome = enumFromKey(body.value(QStringLiteral("outcome")).toString(), Outcome::NoAnswer);
        op.reason = reasonOf(q.value(5).toString());
        if (const auto c = customers.find(op.customerId))
            op.customerName = c->name;
        QStringList parts;
        if (!op.customerName.isEmpty())
            parts << op.customerName;
        parts << (body.contains(QStringLiteral("outcome")) ? enumKey(op.outcome) : op.type);
        op.summary = parts.join(QStringLiteral(" · "));
        out << op;
    }
    return out;
}

Result<void> OutboxRepository::dismissRejected(const QString &opId)
{
    QSqlQuery q(m_store.db());
    if (auto r =
            rows::prepare(q, QStringLiteral("DELETE FROM outbox WHERE op_id = ? AND status = 'rejected'"));
        !r)
        return r;
    q.bindValue(0, opId);
    if (auto r = rows::exec(q, QStringLiteral("dismiss rejected op")); !r)
        return r;
    if (q.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, QStringLiteral("no rejected op %1").arg(opId)};
    return {};
}

Result<int> OutboxRepository::discardProvisional(const QString &opId)
{
    if (opId.isEmpty())
        return 0;
    Transaction tx(m_store.db());
    int n = 0;
    for (const char *table : {"interactions", "promises", "tasks", "settlements"}) {
        QSqlQuery q(m_store.db());
        if (auto r = rows::prepare(
                q, QStringLiteral("DELETE FROM %1 WHERE op_id = ? AND id < 0").arg(QLatin1String(table)));
            !r)
            return r.error();
        q.bindValue(0, opId);
        if (auto r = rows::exec(q, QStringLiteral("discard provisional rows")); !r)
            return r.error();
        n += q.numRowsAffected();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return n;
}

// An ack says the server applied the op at `acked_revision`; once a pull has passed that revision
// every server row of the op has arrived (or is not visible to this user), so whatever provisional
// row is left would only be a stale duplicate. A NULL revision (a server that sent none) settles
// with the first pull after the ack.
Result<int> OutboxRepository::settleAcked(qint64 revision)
{
    Transaction tx(m_store.db());
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(q,
                               QStringLiteral("SELECT op_id FROM outbox WHERE status = 'acked' AND "
                                              "(acked_revision IS NULL OR acked_revision <= ?)"));
        !r)
        return r.error();
    q.bindValue(0, revision);
    if (auto r = rows::exec(q, QStringLiteral("settled outbox ops")); !r)
        return r.error();
    QStringList settled;
    while (q.next())
        settled << q.value(0).toString();
    int dropped = 0;
    QSqlQuery del(m_store.db());
    if (auto r = rows::prepare(del, QStringLiteral("DELETE FROM outbox WHERE op_id = ?")); !r)
        return r.error();
    for (const QString &opId : settled) {
        const Result<int> n = discardProvisional(opId);
        if (!n)
            return n.error();
        dropped += n.value();
        del.bindValue(0, opId);
        if (auto r = rows::exec(del, QStringLiteral("delete settled op")); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return dropped;
}

}  // namespace cd
