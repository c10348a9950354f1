#include "RecordingService.h"

#include "AuditLog.h"
#include "ChangeLog.h"
#include "Hub.h"
#include "Logging.h"
#include "Messages.h"
#include "Storage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace cd::server {

using proto::StatusCode;

namespace {

const QString ActionUpload = QStringLiteral("recording.upload");
const QString ActionFetch = QStringLiteral("recording.fetch");
const QString ActionPurge = QStringLiteral("recording.purge");

QString target(qint64 interactionId) { return QStringLiteral("interaction:%1").arg(interactionId); }

/// Hex SHA-256 of a file, read in blocks (a recording may be larger than we want in memory).
std::optional<QString> sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return std::nullopt;
    return QString::fromLatin1(hash.result().toHex());
}

qint64 sizeOf(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

/// A failed write: disk full is StorageFull (retry once space is freed), anything else Internal.
ServiceResult<QJsonObject> writeFailure(const QFile &f, const QString &what)
{
    const QString detail = QStringLiteral("%1 %2: %3").arg(what, f.fileName(), f.errorString());
    qCWarning(lcServer).noquote() << detail;
    return {f.error() == QFileDevice::ResourceError ? StatusCode::StorageFull : StatusCode::Internal, detail};
}

}  // namespace

RecordingService::RecordingService(Storage &storage, AuditLog &audit, RecordingConfig config)
    : m_storage(storage), m_audit(audit), m_config(std::move(config))
{}

Result<void> RecordingService::prepare()
{
    if (m_config.directory.isEmpty())
        return Error{ErrorCode::OpenFailed, QStringLiteral("no recordings directory configured")};
    if (!QDir().mkpath(m_config.directory))
        return Error{ErrorCode::OpenFailed,
                     QStringLiteral("cannot create the recordings directory %1").arg(m_config.directory)};
    const QFileInfo info(m_config.directory);
    if (!info.isWritable())
        return Error{ErrorCode::OpenFailed,
                     QStringLiteral("the recordings directory %1 is not writable").arg(m_config.directory)};
    if (m_config.retentionDays < RecordingConfig::MinimumRetentionDays)
        qCWarning(lcServer).noquote()
            << QStringLiteral("recordings are kept only %1 days (below the %2-day minimum, as configured)")
                   .arg(m_config.retentionDays)
                   .arg(RecordingConfig::MinimumRetentionDays);
    return {};
}

QString RecordingService::finalPath(const RecordingRecord &r) const
{
    return QDir(m_config.directory).filePath(r.file);
}

QString RecordingService::partPath(const RecordingRecord &r) const { return finalPath(r) + QStringLiteral(".part"); }

bool RecordingService::mayPlay(const Viewer &viewer, const QString &agent, const QString &agentTeam)
{
    switch (viewer.role) {
    case Role::Admin:
    case Role::Trainer: return true;
    case Role::Agent: return viewer.username == agent;
    case Role::Lead: return viewer.username == agent || (!agentTeam.isEmpty() && agentTeam == viewer.team);
    case Role::Legal:
    case Role::Risk: return false;
    }
    return false;
}

ServiceResult<QJsonObject> RecordingService::begin(const Viewer &viewer, const QJsonObject &body,
                                                   const QDateTime &now)
{
    const QString opId = body.value(QStringLiteral("opId")).toString();
    const QString sha = body.value(QStringLiteral("sha256")).toString().toLower();
    const QJsonValue bytesValue = body.value(QStringLiteral("bytes"));
    const qint64 durationMs = body.value(QStringLiteral("durationMs")).toInteger(0);
    if (opId.isEmpty() || sha.isEmpty() || !bytesValue.isDouble())
        return {StatusCode::InvalidBody, QStringLiteral("recording.begin needs opId, sha256 and bytes")};
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    const qint64 bytes = bytesValue.toInteger(-1);
    if (!hex64.match(sha).hasMatch() || bytes <= 0 || bytes > MaxRecordingBytes || durationMs < 0)
        return {StatusCode::InvalidValue, QStringLiteral("bad sha256, bytes or durationMs")};

    const Result<std::optional<Interaction>> interaction = m_storage.interactionByOpId(opId);
    if (!interaction)
        return interaction.error();
    // The call's own op has not reached the server yet (or was refused): the uploader retries later.
    if (!interaction.value())
        return {StatusCode::NotFound, QStringLiteral("no interaction for op %1").arg(opId)};
    const Interaction &call = *interaction.value();
    if (call.channel != Channel::Call)
        return {StatusCode::InvalidValue, QStringLiteral("interaction %1 is not a call").arg(call.id)};
    if (call.agent != viewer.username) {
        m_audit.denied(viewer, ActionUpload, target(call.id), StatusCode::Forbidden);
        return {StatusCode::Forbidden, QStringLiteral("only the agent who made the call uploads its recording")};
    }

    const Result<std::optional<RecordingRecord>> existing = m_storage.recordingOfInteraction(call.id);
    if (!existing)
        return existing.error();
    RecordingRecord r;
    if (!existing.value()) {
        r.interactionId = call.id;
        r.customerId = call.customerId;
        r.agent = call.agent;
        r.sha256 = sha;
        r.bytes = bytes;
        r.durationMs = durationMs;
        r.file = QStringLiteral("%1.wav").arg(call.id);
        r.createdAt = now;
        QFile::remove(partPath(r));  // a leftover of a database restored from backup: start clean
        const Result<qint64> id = m_storage.insertRecording(r);
        if (!id)
            return id.error();
        r.id = id.value();
    } else {
        r = *existing.value();
        if (r.complete) {
            if (r.sha256 != sha)
                return {StatusCode::Conflict, QStringLiteral("interaction %1 already has another recording")
                                                  .arg(call.id)};
            return QJsonObject{{QStringLiteral("recordingId"), r.id},
                               {QStringLiteral("interactionId"), call.id},
                               {QStringLiteral("received"), r.bytes},
                               {QStringLiteral("complete"), true}};
        }
        if (r.sha256 != sha || r.bytes != bytes || r.durationMs != durationMs) {
            // Another file for the same call (re-recorded, or the client restarted after a mismatch):
            // what was received belongs to the old one.
            QFile::remove(partPath(r));
            r.sha256 = sha;
            r.bytes = bytes;
            r.durationMs = durationMs;
            if (auto u = m_storage.updateRecording(r); !u)
                return u.error();
        }
    }
    qint64 received = sizeOf(partPath(r));
    if (received > r.bytes) {  // cannot be this file: drop it and start over
        QFile::remove(partPath(r));
        received = 0;
    }
    return QJsonObject{{QStringLiteral("recordingId"), r.id},
                       {QStringLiteral("interactionId"), call.id},
                       {QStringLiteral("received"), received},
                       {QStringLiteral("complete"), false}};
}

ServiceResult<RecordingRecord> RecordingService::ownRecording(const Viewer &viewer, const QJsonObject &body,
                                                              const QString &action)
{
    const QJsonValue idValue = body.value(QStringLiteral("recordingId"));
    if (!idValue.isDouble())
        return {StatusCode::InvalidBody, QStringLiteral("%1 needs recordingId").arg(action)};
    const Result<std::optional<RecordingRecord>> row = m_storage.recording(idValue.toInteger());
    if (!row)
        return row.error();
    if (!row.value())
        return {StatusCode::NotFound, QStringLiteral("no recording %1").arg(idValue.toInteger())};
    if (row.value()->agent != viewer.username) {
        m_audit.denied(viewer, ActionUpload, target(row.value()->interactionId), StatusCode::Forbidden);
        return {StatusCode::Forbidden, QStringLiteral("recording %1 is another agent's").arg(row.value()->id)};
    }
    return *row.value();
}

ServiceResult<QJsonObject> RecordingService::chunk(const Viewer &viewer, const QJsonObject &body)
{
    ServiceResult<RecordingRecord> row = ownRecording(viewer, body, proto::msg::RecordingChunk);
    if (!row)
        return {row.code(), row.detail()};
    const RecordingRecord &r = row.value();
    if (r.complete)
        return {StatusCode::Conflict, QStringLiteral("recording %1 is already complete").arg(r.id)};
    const QJsonValue offsetValue = body.value(QStringLiteral("offset"));
    const QJsonValue dataValue = body.value(QStringLiteral("data"));
    if (!offsetValue.isDouble() || !dataValue.isString())
        return {StatusCode::InvalidBody, QStringLiteral("recording.chunk needs offset and data")};
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        dataValue.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {StatusCode::InvalidValue, QStringLiteral("data is not base64")};
    const QByteArray &data = decoded.decoded;
    const qint64 offset = offsetValue.toInteger(-1);
    if (data.isEmpty() || data.size() > MaxChunkBytes || offset < 0 || offset + data.size() > r.bytes)
        return {StatusCode::InvalidValue, QStringLiteral("chunk of %1 bytes at %2 does not fit a %3-byte recording")
                                              .arg(data.size())
                                              .arg(offset)
                                              .arg(r.bytes)};
    const QString part = partPath(r);
    const qint64 have = sizeOf(part);
    // Only the next bytes are taken: after a lost answer the client asks recording.begin where to go on.
    if (offset != have)
        return {StatusCode::Conflict, QStringLiteral("expected offset %1, got %2").arg(have).arg(offset)};

    QFile f(part);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
        return writeFailure(f, QStringLiteral("cannot open"));
    const qint64 written = f.write(data);
    const bool flushed = written == data.size() && f.flush();
    if (!flushed) {
        ServiceResult<QJsonObject> failure = writeFailure(f, QStringLiteral("cannot write"));
        // Keep what was acknowledged so the upload resumes there; a part we cannot cut back is
        // of unknown content and goes.
        if (!f.resize(have)) {
            f.close();
            QFile::remove(part);
            qCWarning(lcServer).noquote() << "removed the partial recording" << part;
        }
        return failure;
    }
    f.close();
    return QJsonObject{{QStringLiteral("received"), have + data.size()}};
}

ServiceResult<QJsonObject> RecordingService::commit(const Viewer &viewer, const QJsonObject &body,
                                                    const QDateTime &now)
{
    ServiceResult<RecordingRecord> row = ownRecording(viewer, body, proto::msg::RecordingCommit);
    if (!row)
        return {row.code(), row.detail()};
    RecordingRecord r = row.value();
    auto answer = [](const RecordingRecord &rec, qint64 revision) {
        return QJsonObject{{QStringLiteral("recordingId"), rec.id},
                           {QStringLiteral("interactionId"), rec.interactionId},
                           {QStringLiteral("retainUntil"), rec.retainUntil.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("revision"), revision}};
    };
    if (r.complete) {  // a repeated commit (the first answer was lost)
        const Result<qint64> rev = m_storage.currentRevision();
        return answer(r, rev ? rev.value() : 0);
    }
    const QString part = partPath(r);
    const qint64 have = sizeOf(part);
    if (have != r.bytes)
        return {StatusCode::Conflict,
                QStringLiteral("recording %1 has %2 of %3 bytes").arg(r.id).arg(have).arg(r.bytes)};
    const std::optional<QString> sha = sha256Of(part);
    if (!sha)
        return {StatusCode::Internal, QStringLiteral("cannot read %1").arg(part)};
    if (*sha != r.sha256) {
        // The bytes are not the file the agent has: nothing of them is worth keeping.
        QFile::remove(part);
        m_audit.record(viewer.username, ActionUpload, target(r.interactionId),
                       {{QStringLiteral("recordingId"), r.id},
                        {QStringLiteral("declared"), r.sha256},
                        {QStringLiteral("received"), *sha}},
                       StatusCode::ChecksumMismatch);
        qCWarning(lcServer).noquote() << "recording" << r.id << "checksum mismatch: declared" << r.sha256
                                      << "received" << *sha;
        return {StatusCode::ChecksumMismatch, QStringLiteral("received bytes hash to %1").arg(*sha)};
    }
    const QString final = finalPath(r);
    QFile::remove(final);
    if (!QFile::rename(part, final))
        return {StatusCode::Internal, QStringLiteral("cannot move %1 to %2").arg(part, final)};

    r.complete = true;
    r.uploadedAt = now;
    r.retainUntil = now.addDays(m_config.retentionDays);
    StorageTransaction tx(m_storage);
    if (!tx.started())
        return tx.started().error();
    if (auto u = m_storage.updateRecording(r); !u)
        return u.error();
    // Everyone who sees the customer learns that the call has a recording (the interaction's JSON
    // carries it; Codec.cpp).
    const Result<std::optional<Interaction>> call = m_storage.interaction(r.interactionId);
    if (!call)
        return call.error();
    if (!call.value())
        return {StatusCode::NotFound, QStringLiteral("interaction %1 is gone").arg(r.interactionId)};
    const Result<qint64> rev = ChangeLog(m_storage).interaction(*call.value());
    if (!rev)
        return rev.error();
    if (auto a = m_audit.record(viewer.username, ActionUpload, target(r.interactionId),
                                {{QStringLiteral("recordingId"), r.id},
                                 {QStringLiteral("bytes"), r.bytes},
                                 {QStringLiteral("sha256"), r.sha256}});
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    qCInfo(lcServer).noquote() << "stored recording" << r.id << "of interaction" << r.interactionId << r.bytes
                               << "bytes, kept until" << r.retainUntil.toString(Qt::ISODate);
    return answer(r, rev.value());
}

RecordingService::PurgeSummary RecordingService::purge(const QDateTime &now, const QString &actor)
{
    PurgeSummary summary;
    const QDateTime abandonedBefore = now.addSecs(-3600LL * AbandonedUploadHours);
    // In batches, so a purge after a long outage does not hold one huge transaction.
    constexpr int Batch = 200;
    QSet<qint64> failedIds;
    for (;;) {
        const Result<QList<RecordingRecord>> due = m_storage.recordingsToPurge(now, abandonedBefore, Batch);
        if (!due) {
            qCWarning(lcServer).noquote() << "recording purge: cannot list recordings:" << due.error().detail;
            ++summary.failed;
            break;
        }
        int progressed = 0;
        for (const RecordingRecord &r : due.value()) {
            if (failedIds.contains(r.id))
                continue;
            ++progressed;
            const QString path = r.complete ? finalPath(r) : partPath(r);
            const qint64 bytes = sizeOf(path);
            const auto removed = [&]() -> Result<void> {
                StorageTransaction tx(m_storage);
                if (!tx.started())
                    return tx.started().error();
                if (auto d = m_storage.deleteRecording(r.id); !d)
                    return d;
                QJsonObject detail{{QStringLiteral("recordingId"), r.id},
                                   {QStringLiteral("reason"), r.complete ? QStringLiteral("retention")
                                                                         : QStringLiteral("abandoned")},
                                   {QStringLiteral("bytes"), qMax<qint64>(0, bytes)}};
                if (r.complete) {
                    detail.insert(QStringLiteral("retainUntil"), r.retainUntil.toString(Qt::ISODateWithMs));
                    const Result<std::optional<Interaction>> call = m_storage.interaction(r.interactionId);
                    if (!call)
                        return call.error();
                    if (call.value()) {
                        const Result<qint64> rev = ChangeLog(m_storage).interaction(*call.value());
                        if (!rev)
                            return rev.error();
                    }
                }
                if (auto a = m_audit.record(actor, ActionPurge, target(r.interactionId), detail); !a)
                    return a.error();
                return tx.commit();
            }();
            if (!removed) {
                failedIds.insert(r.id);
                ++summary.failed;
                qCWarning(lcServer).noquote() << "recording purge: recording" << r.id << "stays:" << removed.error().detail;
                continue;
            }
            (r.complete ? summary.expired : summary.abandoned) += 1;
            if (bytes > 0)
                summary.bytes += bytes;
            if (QFileInfo::exists(path) && !QFile::remove(path))
                qCWarning(lcServer).noquote() << "recording purge: cannot remove" << path << "(its row is gone)";
        }
        if (due.value().size() < Batch || progressed == 0)
            break;
    }
    if (summary.expired + summary.abandoned + summary.failed > 0)
        qCInfo(lcServer).noquote() << "recording purge:" << summary.expired << "past retention,"
                                   << summary.abandoned << "abandoned uploads," << summary.bytes << "bytes freed,"
                                   << summary.failed << "failed";
    return summary;
}

ServiceResult<QJsonObject> RecordingService::fetch(const Viewer &viewer, const QJsonObject &body)
{
    const QJsonValue idValue = body.value(QStringLiteral("interactionId"));
    if (!idValue.isDouble())
        return {StatusCode::InvalidBody, QStringLiteral("recording.fetch needs interactionId")};
    const qint64 interactionId = idValue.toInteger();
    const qint64 offset = body.value(QStringLiteral("offset")).toInteger(0);
    const Result<std::optional<Interaction>> call = m_storage.interaction(interactionId);
    if (!call)
        return call.error();
    if (!call.value())
        return {StatusCode::NotFound, QStringLiteral("no interaction %1").arg(interactionId)};
    QString agentTeam;
    if (viewer.role == Role::Lead) {
        const Result<std::optional<UserRecord>> agent = m_storage.userByName(call.value()->agent);
        if (!agent)
            return agent.error();
        if (agent.value())
            agentTeam = agent.value()->team;
    }
    if (!mayPlay(viewer, call.value()->agent, agentTeam)) {
        m_audit.denied(viewer, ActionFetch, target(interactionId), StatusCode::Forbidden);
        return {StatusCode::Forbidden, QStringLiteral("not allowed to hear interaction %1").arg(interactionId)};
    }
    const Result<std::optional<RecordingRecord>> row = m_storage.recordingOfInteraction(interactionId);
    if (!row)
        return row.error();
    if (!row.value() || !row.value()->complete)
        return {StatusCode::NotFound, QStringLiteral("interaction %1 has no recording").arg(interactionId)};
    const RecordingRecord &r = *row.value();
    if (offset < 0 || offset > r.bytes)
        return {StatusCode::InvalidValue, QStringLiteral("offset %1 outside 0..%2").arg(offset).arg(r.bytes)};
    QFile f(finalPath(r));
    if (!f.open(QIODevice::ReadOnly) || !f.seek(offset)) {
        qCWarning(lcServer).noquote() << "recording" << r.id << "unreadable:" << f.fileName() << f.errorString();
        return {StatusCode::Internal, QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString())};
    }
    const QByteArray data = f.read(FetchChunkBytes);
    if (offset == 0) {  // one audit row per playback (a playback reads from the start)
        if (auto a = m_audit.record(viewer.username, ActionFetch, target(interactionId),
                                    {{QStringLiteral("recordingId"), r.id},
                                     {QStringLiteral("customerId"), r.customerId},
                                     {QStringLiteral("agent"), r.agent}});
            !a)
            return a.error();
    }
    return QJsonObject{{QStringLiteral("recordingId"), r.id},
                       {QStringLiteral("interactionId"), interactionId},
                       {QStringLiteral("sha256"), r.sha256},
                       {QStringLiteral("bytes"), r.bytes},
                       {QStringLiteral("durationMs"), r.durationMs},
                       {QStringLiteral("offset"), offset},
                       {QStringLiteral("data"), QString::fromLatin1(data.toBase64())}};
}

void wireRecordings(Hub &hub, RecordingService &service)
{
    using namespace proto::msg;
    const QList<Role> uploaders{Role::Agent, Role::Lead, Role::Admin, Role::Trainer};
    hub.addHandler(RecordingBegin, uploaders,
                   [&service](const Viewer &v, const QJsonObject &body, const QDateTime &now) {
                       return service.begin(v, body, now);
                   });
    hub.addHandler(RecordingChunk, uploaders,
                   [&service](const Viewer &v, const QJsonObject &body, const QDateTime &) {
                       return service.chunk(v, body);
                   });
    hub.addHandler(RecordingCommit, uploaders,
                   [&service](const Viewer &v, const QJsonObject &body, const QDateTime &now) {
                       return service.commit(v, body, now);
                   });
    hub.addHandler(RecordingFetch, {Role::Agent, Role::Lead, Role::Trainer, Role::Admin},
                   [&service](const Viewer &v, const QJsonObject &body, const QDateTime &) {
                       return service.fetch(v, body);
                   });
}

}  // namespace cd::server
