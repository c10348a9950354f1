#pragma once
// Brings a call recording the server holds to this machine for playback: recording.fetch in 256 KiB
// pieces into a cache file, accepted only when its SHA-256 matches the one the server recorded at
// upload. A file already in the cache (same checksum) is used without asking. Owned by the
// composition root; UI thread.
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace cd {

class SyncClient;

class RecordingFetcher : public QObject
{
    Q_OBJECT
public:
    /// `cacheDir`: where fetched recordings are kept (created when needed).
    RecordingFetcher(SyncClient &sync, QString cacheDir, QObject *parent = nullptr);

    QString cacheDir() const { return m_cacheDir; }
    /// Why a fetch gave no file; ui/ maps each to a translated message.
    enum class Failure { None, Offline, Forbidden, NotFound, Corrupt, WriteFailed, ServerError };
    Q_ENUM(Failure)
    struct Outcome {
        QString path;  ///< the verified local copy (empty on failure)
        Failure failure = Failure::None;
        QString detail;  ///< developer-facing
    };
    /// The local copy of interaction `interactionId`'s recording (`sha256` as the interaction says),
    /// fetched when not cached. `done` runs once, later, unless `context` is gone.
    using Done = std::function<void(const Outcome &outcome)>;
    void fetch(qint64 interactionId, const QString &sha256, QObject *context, Done done);

private:
    struct Job;
    void next(const std::shared_ptr<Job> &job);

    SyncClient &m_sync;
    QString m_cacheDir;
};

}  // namespace cd
