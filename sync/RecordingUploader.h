#pragma once
// Carries queued call recordings (models/RecordingQueue.h) to the server while the session is online:
// recording.begin (the server says how many bytes it already has), recording.chunk from there
// (base64, 256 KiB by default), recording.commit (the server checks the SHA-256 of the whole file).
// A dropped link stops the upload where it is; the next begin resumes it. A checksum mismatch starts
// the upload over once (the file is read again), then the row fails with the reason. A missing or
// unreadable file fails its row at once and the queue goes on with the next. Owned by the composition
// root next to the SyncClient; UI thread; one upload at a time.
#include "Backoff.h"
#include "LocalStore.h"
#include "Result.h"
#include "Status.h"

#include <QObject>
#include <QTimer>

namespace cd {

class SyncClient;
struct RecordingUpload;

namespace proto {
struct Envelope;
}

/// What a recording file is: its hex SHA-256, its size and (from a WAV header) its length.
struct RecordingFacts {
    QString sha256;
    qint64 bytes = 0;
    qint64 durationMs = 0;
};

/// Reads `path` once. NotFound when it does not exist, OpenFailed when it cannot be read or is empty.
Result<RecordingFacts> inspectRecording(const QString &path);

class RecordingUploader : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultChunkBytes = 256 * 1024;

    RecordingUploader(LocalStore &store, SyncClient &sync, QObject *parent = nullptr);

    void setChunkBytes(int bytes) { m_chunkBytes = qMax(1, bytes); }
    void setRetry(const Backoff &retry) { m_retry = retry; }
    bool busy() const { return !m_opId.isEmpty(); }

public Q_SLOTS:
    /// Looks at the queue now (a disposition with a recording was saved, or the session came up).
    void kick();

Q_SIGNALS:
    /// `sent` of `total` bytes of the recording of op `opId` are on the server.
    void progressed(const QString &opId, qint64 sent, qint64 total);
    void uploaded(const QString &opId, qint64 interactionId);
    /// The recording will not be uploaded: `detail` says why (developer-facing, also in the queue).
    void failed(const QString &opId, const QString &detail);

private:
    void startNext();
    void begin(const RecordingUpload &u);
    void onBegun(const proto::Envelope &response, bool offline);
    void sendChunk();
    void onChunk(const proto::Envelope &response, bool offline);
    void commit();
    void onCommitted(const proto::Envelope &response, bool offline);
    /// The server said no for now (or did not answer): try this one again later, go on with others.
    void retryLater(const QString &why);
    void fail(const QString &why);
    void finish();  ///< done with the current one; next
    void armTimer();

    LocalStore &m_store;
    SyncClient &m_sync;
    int m_chunkBytes = DefaultChunkBytes;
    Backoff m_retry{1'000, 60'000};
    QTimer m_timer;
    // the upload in progress
    QString m_opId;
    QString m_path;
    qint64 m_recordingId = 0;
    qint64 m_interactionId = 0;
    qint64 m_offset = 0;
    qint64 m_bytes = 0;
    int m_attempts = 0;
    int m_restarts = 0;
};

}  // namespace cd
