#pragma once
// Call recordings on the server: receives a recording in chunks (resumable: recording.begin says how
// many bytes are already here), accepts it only when the whole file hashes to the SHA-256 the
// uploader declared, keeps it in the recordings directory for the retention period, and serves it
// back to those allowed to listen (recording.fetch, audited). Owned by the Server; event-loop thread.
//
// Files: "<dir>/<interactionId>.wav" once complete, "<dir>/<interactionId>.wav.part" while it grows.
// A failed write truncates the part back to what was acknowledged, so the next chunk resumes cleanly.
#include "ServiceResult.h"
#include "ServerTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cd::server {

class AuditLog;
class Hub;
class Storage;
struct RecordingRecord;

struct RecordingConfig {
    QString directory;                ///< empty: "<database folder>/recordings" (Server::start)
    int retentionDays = 730;          ///< kept this long after upload (serve --recording-retention-days)
    static constexpr int MinimumRetentionDays = 730;  ///< two years; lower only when told explicitly
    int purgeIntervalMinutes = 360;   ///< the retention purge: at start and then this often; 0: never
};

class RecordingService
{
public:
    static constexpr qint64 MaxChunkBytes = 512 * 1024;          ///< per recording.chunk (decoded)
    static constexpr qint64 FetchChunkBytes = 256 * 1024;        ///< per recording.fetch answer
    static constexpr qint64 MaxRecordingBytes = 2LL * 1024 * 1024 * 1024;  ///< 2 GiB: hours of PCM

    RecordingService(Storage &storage, AuditLog &audit, RecordingConfig config);

    /// Creates the directory. OpenFailed when it cannot be created or written.
    Result<void> prepare();
    QString directory() const { return m_config.directory; }
    int retentionDays() const { return m_config.retentionDays; }

    ServiceResult<QJsonObject> begin(const Viewer &viewer, const QJsonObject &body, const QDateTime &now);
    ServiceResult<QJsonObject> chunk(const Viewer &viewer, const QJsonObject &body);
    ServiceResult<QJsonObject> commit(const Viewer &viewer, const QJsonObject &body, const QDateTime &now);
    ServiceResult<QJsonObject> fetch(const Viewer &viewer, const QJsonObject &body);

    /// What one purge removed.
    struct PurgeSummary {
        int expired = 0;    ///< complete recordings past their retention
        int abandoned = 0;  ///< uploads left incomplete for longer than AbandonedUploadHours
        qint64 bytes = 0;   ///< file bytes freed
        int failed = 0;     ///< rows that could not be removed (left for the next purge)
    };
    /// An upload not completed within this long is given up: its part file and row go.
    static constexpr int AbandonedUploadHours = 48;
    /// Removes the recordings kept past their retention and the abandoned uploads, audited
    /// (`recording.purge`, by `actor`). An expired recording's interaction goes to the change log
    /// again without it, so every client that has the call learns it can no longer be played. The
    /// row goes first (in one transaction with the change log and audit), then the file: a file that
    /// cannot be removed is logged and left, never a row without its file.
    PurgeSummary purge(const QDateTime &now, const QString &actor);

    /// Who may listen to a call `agent` made: that agent, the leads of the agent's team, trainers,
    /// admins. `agentTeam` is the team of `agent`.
    static bool mayPlay(const Viewer &viewer, const QString &agent, const QString &agentTeam);

private:
    QString finalPath(const RecordingRecord &r) const;
    QString partPath(const RecordingRecord &r) const;
    /// The row `body.recordingId` names, if `viewer` is the agent who uploads it.
    ServiceResult<RecordingRecord> ownRecording(const Viewer &viewer, const QJsonObject &body,
                                                const QString &action);

    Storage &m_storage;
    AuditLog &m_audit;
    RecordingConfig m_config;
};

/// Registers recording.begin / chunk / commit (the agent who made the call) and recording.fetch
/// (agents, leads, trainers, admins; RecordingService::mayPlay decides) with `hub`.
void wireRecordings(Hub &hub, RecordingService &service);

}  // namespace cd::server
