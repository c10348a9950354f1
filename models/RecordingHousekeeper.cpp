#include "RecordingHousekeeper.h"

#include "StoreRows.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>

namespace cd {

namespace {

/// Removes `path`; a file already gone counts as removed. Adds its size to `bytes`.
bool removeFile(const QString &path, qint64 *bytes, QStringList *failures)
{
    const QFileInfo info(path);
    if (!info.exists())
        return true;
    const qint64 size = info.size();
    QFile f(path);
    if (!f.remove()) {
        failures->append(QStringLiteral("%1: %2").arg(path, f.errorString()));
        return false;
    }
    *bytes += size;
    return true;
}

}  // namespace

Result<HousekeepingSummary> RecordingHousekeeper::run(const QDateTime &now)
{
    HousekeepingSummary summary;
    if (auto r = ownRecordings(now, summary); !r)
        return r.error();
    fetchCache(now, summary);
    if (summary.ownRemoved + summary.fetchedRemoved > 0 || !summary.failures.isEmpty())
        qCInfo(lcModels).noquote() << QStringLiteral(
                                          "recordings on this PC: %1 own removed (%2 KB), %3 waiting for upload, "
                                          "%4 fetched copies removed (%5 KB), %6 could not be removed")
                                          .arg(summary.ownRemoved)
                                          .arg(summary.ownBytes / 1024)
                                          .arg(summary.ownWaiting)
                                          .arg(summary.fetchedRemoved)
                                          .arg(summary.fetchedBytes / 1024)
                                          .arg(summary.failures.size());
    return summary;
}

Result<void> RecordingHousekeeper::ownRecordings(const QDateTime &now, HousekeepingSummary &summary)
{
    struct Row {
        qint64 id = 0;
        QString path;
        qint64 endedMs = 0;      ///< the call's end (or start), else when the upload was queued
        qint64 retainUntil = 0;  ///< the server's retention of the copy, 0 when not known here
    };
    QList<Row> done;
    {
        QSqlQuery q(m_store.db());
        // The call behind each upload: its interaction(s) by the local path (the provisional row, then
        // the server's, both carry it).
        if (auto r = rows::prepare(q, QStringLiteral(
                "SELECT u.id, u.path, u.status, "
                " COALESCE((SELECT MAX(COALESCE(i.ended_at, i.started_at)) FROM interactions i "
                "           WHERE i.recording_path = u.path), u.created), "
                " (SELECT MAX(i.recording_retain_until) FROM interactions i WHERE i.recording_path = u.path) "
                "FROM recording_uploads u ORDER BY u.id"));
            !r)
            return r;
        if (auto r = rows::exec(q, QStringLiteral("read recording uploads")); !r)
            return r;
        while (q.next()) {
            if (q.value(2).toString() != QLatin1String("done")) {
                summary.ownWaiting += q.value(2).toString() == QLatin1String("pending");
                continue;
            }
            done.append(Row{q.value(0).toLongLong(), q.value(1).toString(), q.value(3).toLongLong(),
                            q.value(4).isNull() ? 0 : q.value(4).toLongLong()});
        }
    }
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 cutoffMs = now.addDays(-m_keep.ownDays).toMSecsSinceEpoch();
    for (const Row &row : std::as_const(done)) {
        const bool old = row.endedMs < cutoffMs;
        const bool expired = row.retainUntil > 0 && row.retainUntil <= nowMs;
        if (!old && !expired)
            continue;
        // The file first: when it cannot go, the rows keep pointing at it and the next run tries again.
        if (!removeFile(row.path, &summary.ownBytes, &summary.failures))
            continue;
        Transaction tx(m_store.db());
        QSqlQuery q(m_store.db());
        if (auto r = rows::prepare(q, QStringLiteral("UPDATE interactions SET recording_path = NULL "
                                                     "WHERE recording_path = ?"));
            !r)
            return r;
        q.addBindValue(row.path);
        if (auto r = rows::exec(q, QStringLiteral("clear a recording's path")); !r)
            return r;
        if (auto r = rows::prepare(q, QStringLiteral("DELETE FROM recording_uploads WHERE id = ?")); !r)
            return r;
        q.addBindValue(row.id);
        if (auto r = rows::exec(q, QStringLiteral("remove a done upload")); !r)
            return r;
        if (auto r = tx.commit(); !r)
            return r;
        ++summary.ownRemoved;
    }
    return {};
}

void RecordingHousekeeper::fetchCache(const QDateTime &now, HousekeepingSummary &summary)
{
    if (m_fetchCacheDir.isEmpty() || !QDir(m_fetchCacheDir).exists())
        return;
    const QDateTime playedCutoff = now.addDays(-m_keep.fetchedDays);
    const QDateTime partCutoff = now.addDays(-1);
    QFileInfoList kept;
    qint64 total = 0;
    const QFileInfoList files =
        QDir(m_fetchCacheDir).entryInfoList({QStringLiteral("*.wav"), QStringLiteral("*.wav.part")}, QDir::Files);
    for (const QFileInfo &f : files) {
        const bool part = f.fileName().endsWith(QLatin1String(".part"));
        // A copy's modification time is its last play (the fetcher touches a copy it serves again).
        if (f.lastModified() < (part ? partCutoff : playedCutoff)) {
            if (removeFile(f.filePath(), &summary.fetchedBytes, &summary.failures))
                ++summary.fetchedRemoved;
            continue;
        }
        if (!part) {
            kept << f;
            total += f.size();
        }
    }
    std::sort(kept.begin(), kept.end(),
              [](const QFileInfo &a, const QFileInfo &b) { return a.lastModified() < b.lastModified(); });
    for (const QFileInfo &f : std::as_const(kept)) {
        if (total <= m_keep.fetchedMaxBytes)
            break;
        const qint64 size = f.size();
        if (removeFile(f.filePath(), &summary.fetchedBytes, &summary.failures)) {
            ++summary.fetchedRemoved;
            total -= size;
        }
    }
}

}  // namespace cd
