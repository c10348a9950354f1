#pragma once
// The durable queue of call recordings waiting to reach the server (recording_uploads, client schema
// 6). DispositionRecorder adds a row in the same transaction as the call's interaction, keyed by the
// interaction.record op, so a recording made offline waits here across restarts; sync/RecordingUploader
// works through it when online. Rows move pending -> done, or pending -> failed with the reason.
// Borrowed from LocalStore like every repository; use from the store's thread.
#include "LocalStore.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace cd {

enum class RecordingUploadStatus { Pending, Done, Failed };

struct RecordingUpload {
    qint64 id = 0;
    QString opId;  ///< the interaction.record op of the call
    QString path;  ///< the local WAV file
    QString sha256;  ///< empty until the uploader has read the file
    qint64 bytes = 0;
    qint64 durationMs = 0;
    RecordingUploadStatus status = RecordingUploadStatus::Pending;
    int attempts = 0;
    int restarts = 0;  ///< uploads started over after a checksum mismatch
    QDateTime nextAttempt;
    QString lastError;
    QDateTime created;
    qint64 interactionId = 0;  ///< the server's, once known
    qint64 recordingId = 0;    ///< the server's, once known
};

class RecordingQueue
{
public:
    explicit RecordingQueue(LocalStore &store) : m_store(store) {}

    /// A new pending upload, due at once. Joins the caller's transaction.
    Result<void> enqueue(const QString &opId, const QString &path, const QDateTime &now);

    /// Pending uploads due at `now`, oldest first, at most `limit`.
    QList<RecordingUpload> due(const QDateTime &now, int limit) const;
    /// When the next pending upload falls due, if any is pending.
    std::optional<QDateTime> nextAttempt() const;
    std::optional<RecordingUpload> find(const QString &opId) const;
    QList<RecordingUpload> all() const;  ///< every row, oldest first
    int pendingCount() const;

    /// What the file turned out to be (hash, size, length); an empty sha256 makes it be read again.
    Result<void> setFacts(const QString &opId, const QString &sha256, qint64 bytes, qint64 durationMs);
    /// The server named the call's interaction: the local file goes on its row too (a pull may have
    /// brought the row before the upload began).
    Result<void> setInteraction(const QString &opId, qint64 interactionId, qint64 recordingId);
    /// attempts + 1, last_error, next attempt; stays pending.
    Result<void> scheduleRetry(const QString &opId, const QString &error, const QDateTime &nextAttempt);
    /// Starts over after a checksum mismatch: restarts + 1 and the facts are read again.
    Result<void> restart(const QString &opId);
    Result<void> markDone(const QString &opId);
    Result<void> markFailed(const QString &opId, const QString &error);

private:
    Result<void> update(const QString &sql, const QVariantList &binds, const QString &what);

    LocalStore &m_store;
};

}  // namespace cd
