// SqliteStorage: call recordings (schema 5) and the interaction lookups their upload needs.
#include "SqliteRows.h"
#include "SqliteStorage.h"

namespace cd::server {

using namespace sqlrows;

namespace {

const char *const RecordingColumns = "id, interaction_id, customer_id, agent, sha256, bytes, duration_ms, file, "
                                     "complete, created_at, uploaded_at, retain_until";

RecordingRecord readRecording(const QSqlQuery &q)
{
    RecordingRecord r;
    r.id = q.value(0).toLongLong();
    r.interactionId = q.value(1).toLongLong();
    r.customerId = q.value(2).toLongLong();
    r.agent = q.value(3).toString();
    r.sha256 = q.value(4).toString();
    r.bytes = q.value(5).toLongLong();
    r.durationMs = q.value(6).toLongLong();
    r.file = q.value(7).toString();
    r.complete = q.value(8).toBool();
    r.createdAt = toTime(q.value(9));
    r.uploadedAt = toTime(q.value(10));
    r.retainUntil = toTime(q.value(11));
    return r;
}

}  // namespace

// v5 (recordings): one row per call recording, at most one per interaction. The audio itself is a
// file in the recordings directory (serve --recordings-dir); the row says whose it is, what it must
// hash to and how long it is kept. retain_until is indexed for the purge that reads it.
Result<void> SqliteStorage::migrateTo5()
{
    static const char *const schema[] = {
        "CREATE TABLE recordings(id INTEGER PRIMARY KEY AUTOINCREMENT, interaction_id INTEGER NOT NULL UNIQUE "
        "REFERENCES interactions(id), customer_id INTEGER NOT NULL REFERENCES customers(id), agent TEXT NOT "
        "NULL, sha256 TEXT NOT NULL, bytes INTEGER NOT NULL, duration_ms INTEGER NOT NULL DEFAULT 0, file "
        "TEXT NOT NULL, complete INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, uploaded_at TEXT, "
        "retain_until TEXT)",
        "CREATE INDEX recordings_retain ON recordings(retain_until) WHERE complete = 1",
    };
    for (const char *sql : schema) {
        if (auto r = execSql(QString::fromLatin1(sql), "migrateTo5"); !r)
            return r;
    }
    return {};
}

Result<std::optional<Interaction>> SqliteStorage::interaction(qint64 id)
{
    auto q = statement(
        QStringLiteral("SELECT %1 FROM interactions WHERE id = ?").arg(QLatin1String(InteractionColumns)));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, id);
    if (auto r = exec(s, "read interaction"); !r)
        return r.error();
    std::optional<Interaction> out;
    if (s.next())
        out = readInteraction(s);
    s.finish();
    return out;
}

Result<std::optional<Interaction>> SqliteStorage::interactionByOpId(const QString &opId)
{
    auto q = statement(QStringLiteral("SELECT %1 FROM interactions WHERE op_id = ? ORDER BY id LIMIT 1")
                           .arg(QLatin1String(InteractionColumns)));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, opId);
    if (auto r = exec(s, "read interaction of op"); !r)
        return r.error();
    std::optional<Interaction> out;
    if (s.next())
        out = readInteraction(s);
    s.finish();
    return out;
}

Result<qint64> SqliteStorage::insertRecording(const RecordingRecord &r)
{
    auto q = statement(QStringLiteral(
        "INSERT INTO recordings(interaction_id, customer_id, agent, sha256, bytes, duration_ms, file, complete, "
        "created_at, uploaded_at, retain_until) VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, r.interactionId);
    s.bindValue(1, r.customerId);
    s.bindValue(2, r.agent);
    s.bindValue(3, r.sha256);
    s.bindValue(4, r.bytes);
    s.bindValue(5, r.durationMs);
    s.bindValue(6, r.file);
    s.bindValue(7, r.complete ? 1 : 0);
    s.bindValue(8, time(r.createdAt));
    s.bindValue(9, time(r.uploadedAt));
    s.bindValue(10, time(r.retainUntil));
    return insertReturningId(s, "insert recording");
}

Result<void> SqliteStorage::updateRecording(const RecordingRecord &r)
{
    auto q = statement(QStringLiteral("UPDATE recordings SET sha256 = ?, bytes = ?, duration_ms = ?, complete = ?, "
                                      "uploaded_at = ?, retain_until = ? WHERE id = ?"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, r.sha256);
    s.bindValue(1, r.bytes);
    s.bindValue(2, r.durationMs);
    s.bindValue(3, r.complete ? 1 : 0);
    s.bindValue(4, time(r.uploadedAt));
    s.bindValue(5, time(r.retainUntil));
    s.bindValue(6, r.id);
    return exec(s, "update recording");
}

Result<std::optional<RecordingRecord>> SqliteStorage::recording(qint64 id)
{
    auto q = statement(
        QStringLiteral("SELECT %1 FROM recordings WHERE id = ?").arg(QLatin1String(RecordingColumns)));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, id);
    if (auto r = exec(s, "read recording"); !r)
        return r.error();
    std::optional<RecordingRecord> out;
    if (s.next())
        out = readRecording(s);
    s.finish();
    return out;
}

Result<std::optional<RecordingRecord>> SqliteStorage::recordingOfInteraction(qint64 interactionId)
{
    auto q = statement(QStringLiteral("SELECT %1 FROM recordings WHERE interaction_id = ?")
                           .arg(QLatin1String(RecordingColumns)));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, interactionId);
    if (auto r = exec(s, "read recording of interaction"); !r)
        return r.error();
    std::optional<RecordingRecord> out;
    if (s.next())
        out = readRecording(s);
    s.finish();
    return out;
}

Result<QList<RecordingRecord>> SqliteStorage::recordingsToPurge(const QDateTime &now,
                                                                const QDateTime &abandonedBefore, int limit)
{
    // Two index-backed halves: retain_until (partial index on complete rows), and the few
    // incomplete uploads.
    auto q = statement(QStringLiteral("SELECT %1 FROM recordings WHERE (complete = 1 AND retain_until < ?) OR "
                                      "(complete = 0 AND created_at < ?) ORDER BY id LIMIT ?")
                           .arg(QLatin1String(RecordingColumns)));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, time(now));
    s.bindValue(1, time(abandonedBefore));
    s.bindValue(2, limit);
    if (auto r = exec(s, "read recordings to purge"); !r)
        return r.error();
    QList<RecordingRecord> out;
    while (s.next())
        out << readRecording(s);
    s.finish();
    return out;
}

Result<void> SqliteStorage::deleteRecording(qint64 id)
{
    auto q = statement(QStringLiteral("DELETE FROM recordings WHERE id = ?"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, id);
    return exec(s, "delete recording");
}

}  // namespace cd::server
