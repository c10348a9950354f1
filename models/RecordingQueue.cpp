#include "RecordingQueue.h"

#include "StoreRows.h"

#include <QSqlQuery>

namespace cd {

namespace {

const char *const Columns = "id, op_id, path, sha256, bytes, duration_ms, status, attempts, restarts, "
                            "next_attempt, last_error, created, interaction_id, recording_id";

QString statusKey(RecordingUploadStatus s)
{
    switch (s) {
    case RecordingUploadStatus::Pending: return QStringLiteral("pending");
    case RecordingUploadStatus::Done: return QStringLiteral("done");
    case RecordingUploadStatus::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("pending");
}

RecordingUploadStatus toStatus(const QString &key)
{
    if (key == QLatin1String("done"))
        return RecordingUploadStatus::Done;
    if (key == QLatin1String("failed"))
        return RecordingUploadStatus::Failed;
    return RecordingUploadStatus::Pending;
}

RecordingUpload readRow(const QSqlQuery &q)
{
    RecordingUpload u;
    u.id = q.value(0).toLongLong();
    u.opId = q.value(1).toString();
    u.path = q.value(2).toString();
    u.sha256 = q.value(3).toString();
    u.bytes = q.value(4).toLongLong();
    u.durationMs = q.value(5).toLongLong();
    u.status = toStatus(q.value(6).toString());
    u.attempts = q.value(7).toInt();
    u.restarts = q.value(8).toInt();
    u.nextAttempt = rows::toTime(q.value(9));
    u.lastError = q.value(10).toString();
    u.created = rows::toTime(q.value(11));
    u.interactionId = q.value(12).toLongLong();
    u.recordingId = q.value(13).toLongLong();
    return u;
}

QList<RecordingUpload> readList(LocalStore &store, const QString &where, const QVariantList &binds)
{
    QSqlQuery q(store.db());
    if (!rows::prepare(q, QStringLiteral("SELECT %1 FROM recording_uploads %2").arg(QLatin1String(Columns), where)))
        return {};
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!rows::exec(q, QStringLiteral("read recording uploads")))
        return {};
    QList<RecordingUpload> out;
    while (q.next())
        out << readRow(q);
    return out;
}

}  // namespace

Result<void> RecordingQueue::enqueue(const QString &opId, const QString &path, const QDateTime &now)
{
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(q, QStringLiteral("INSERT INTO recording_uploads(op_id, path, status, next_attempt, "
                                                 "created) VALUES(?, ?, 'pending', ?, ?)"));
        !r)
        return r;
    q.bindValue(0, opId);
    q.bindValue(1, path);
    q.bindValue(2, rows::fromTime(now));
    q.bindValue(3, rows::fromTime(now));
    return rows::exec(q, QStringLiteral("enqueue recording"));
}

QList<RecordingUpload> RecordingQueue::due(const QDateTime &now, int limit) const
{
    return readList(m_store,
                    QStringLiteral("WHERE status = 'pending' AND next_attempt <= ? ORDER BY next_attempt, id LIMIT ?"),
                    {rows::fromTime(now), limit});
}

std::optional<QDateTime> RecordingQueue::nextAttempt() const
{
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("SELECT MIN(next_attempt) FROM recording_uploads WHERE status = 'pending'"))
        || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return rows::toTime(q.value(0));
}

std::optional<RecordingUpload> RecordingQueue::find(const QString &opId) const
{
    const QList<RecordingUpload> found = readList(m_store, QStringLiteral("WHERE op_id = ?"), {opId});
    return found.isEmpty() ? std::nullopt : std::optional<RecordingUpload>(found.first());
}

QList<RecordingUpload> RecordingQueue::all() const
{
    return readList(m_store, QStringLiteral("ORDER BY id"), {});
}

int RecordingQueue::pendingCount() const
{
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM recording_uploads WHERE status = 'pending'")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Result<void> RecordingQueue::update(const QString &sql, const QVariantList &binds, const QString &what)
{
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(q, sql); !r)
        return r;
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (auto r = rows::exec(q, what); !r)
        return r;
    if (q.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, QStringLiteral("%1: no pending upload").arg(what)};
    return {};
}

Result<void> RecordingQueue::setFacts(const QString &opId, const QString &sha256, qint64 bytes, qint64 durationMs)
{
    return update(QStringLiteral("UPDATE recording_uploads SET sha256 = ?, bytes = ?, duration_ms = ? "
                                 "WHERE op_id = ? AND status = 'pending'"),
                  {sha256.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(sha256), bytes, durationMs,
                   opId},
                  QStringLiteral("recording facts"));
}

Result<void> RecordingQueue::setInteraction(const QString &opId, qint64 interactionId, qint64 recordingId)
{
    Transaction tx(m_store.db());
    if (auto r = update(QStringLiteral("UPDATE recording_uploads SET interaction_id = ?, recording_id = ? "
                                       "WHERE op_id = ?"),
                        {interactionId, recordingId, opId}, QStringLiteral("recording interaction"));
        !r)
        return r;
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(q, QStringLiteral("UPDATE interactions SET recording_path = (SELECT path FROM "
                                                 "recording_uploads WHERE op_id = ?) WHERE id = ? AND "
                                                 "recording_path IS NULL"));
        !r)
        return r;
    q.bindValue(0, opId);
    q.bindValue(1, interactionId);
    if (auto r = rows::exec(q, QStringLiteral("link recording to interaction")); !r)
        return r;
    return tx.commit();
}

Result<void> RecordingQueue::scheduleRetry(const QString &opId, const QString &error, const QDateTime &nextAttempt)
{
    return update(QStringLiteral("UPDATE recording_uploads SET attempts = attempts + 1, last_error = ?, "
                                 "next_attempt = ? WHERE op_id = ? AND status = 'pending'"),
                  {error, rows::fromTime(nextAttempt), opId}, QStringLiteral("retry recording"));
}

Result<void> RecordingQueue::restart(const QString &opId)
{
    return update(QStringLiteral("UPDATE recording_uploads SET restarts = restarts + 1, sha256 = NULL "
                                 "WHERE op_id = ? AND status = 'pending'"),
                  {opId}, QStringLiteral("restart recording"));
}

Result<void> RecordingQueue::markDone(const QString &opId)
{
    return update(QStringLiteral("UPDATE recording_uploads SET status = ?, last_error = NULL WHERE op_id = ? "
                                 "AND status = 'pending'"),
                  {statusKey(RecordingUploadStatus::Done), opId}, QStringLiteral("recording uploaded"));
}

Result<void> RecordingQueue::markFailed(const QString &opId, const QString &error)
{
    return update(QStringLiteral("UPDATE recording_uploads SET status = ?, last_error = ? WHERE op_id = ? "
                                 "AND status = 'pending'"),
                  {statusKey(RecordingUploadStatus::Failed), error, opId}, QStringLiteral("recording failed"));
}

}  // namespace cd
