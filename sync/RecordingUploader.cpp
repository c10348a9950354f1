#include "RecordingUploader.h"

#include "Envelope.h"
#include "Messages.h"
#include "OutboxRepository.h"
#include "RecordingQueue.h"
#include "SyncClient.h"
#include "SyncLog.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
#include <QFileInfo>

namespace cd {

namespace {

/// Length of a PCM WAV from its header: the data chunk's size over the byte rate. 0 when the file
/// is not a RIFF/WAVE file this can read (the server takes 0 as "unknown").
qint64 wavDurationMs(QFile &f)
{
    if (!f.seek(0))
        return 0;
    const QByteArray riff = f.read(12);
    if (riff.size() < 12 || !riff.startsWith("RIFF") || riff.mid(8, 4) != "WAVE")
        return 0;
    quint32 byteRate = 0;
    while (!f.atEnd()) {
        const QByteArray header = f.read(8);
        if (header.size() < 8)
            return 0;
        QDataStream in(header.mid(4));
        in.setByteOrder(QDataStream::LittleEndian);
        quint32 size = 0;
        in >> size;
        const QByteArray id = header.left(4);
        if (id == "fmt ") {
            const QByteArray fmt = f.read(qMin<quint32>(size, 64));
            if (fmt.size() < 16)
                return 0;
            QDataStream fs(fmt);
            fs.setByteOrder(QDataStream::LittleEndian);
            quint16 format = 0, channels = 0;
            quint32 rate = 0;
            fs >> format >> channels >> rate >> byteRate;
            if (!f.seek(f.pos() - fmt.size() + size + (size & 1)))
                return 0;
        } else if (id == "data") {
            // A recorder killed mid-call may leave 0 or 0xFFFFFFFF here: count what is really there.
            const qint64 available = f.size() - f.pos();
            const qint64 data = (size == 0 || size > available) ? available : size;
            return byteRate > 0 ? data * 1000 / byteRate : 0;
        } else if (!f.seek(f.pos() + size + (size & 1))) {
            return 0;
        }
    }
    return 0;
}

}  // namespace

Result<RecordingFacts> inspectRecording(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return Error{ErrorCode::NotFound, QStringLiteral("the recording file %1 is missing").arg(path)};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::OpenFailed,
                     QStringLiteral("the recording file %1 cannot be read: %2").arg(path, f.errorString())};
    if (f.size() == 0)
        return Error{ErrorCode::OpenFailed, QStringLiteral("the recording file %1 is empty").arg(path)};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return Error{ErrorCode::OpenFailed,
                     QStringLiteral("the recording file %1 cannot be read: %2").arg(path, f.errorString())};
    RecordingFacts facts;
    facts.sha256 = QString::fromLatin1(hash.result().toHex());
    facts.bytes = f.size();
    facts.durationMs = wavDurationMs(f);
    return facts;
}

RecordingUploader::RecordingUploader(LocalStore &store, SyncClient &sync, QObject *parent)
    : QObject(parent), m_store(store), m_sync(sync)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RecordingUploader::kick);
    connect(&m_sync, &SyncClient::stateChanged, this, [this](SyncClient::State s) {
        if (s == SyncClient::State::Online)
            QTimer::singleShot(0, this, &RecordingUploader::kick);
    });
    // The call's own op must be on the server before its recording: after a push, look again.
    connect(&m_sync, &SyncClient::pendingCountChanged, this, [this] { QTimer::singleShot(0, this, &RecordingUploader::kick); });
}

void RecordingUploader::kick()
{
    if (busy() || m_sync.state() != SyncClient::State::Online || !m_store.isOpen())
        return;
    startNext();
}

void RecordingUploader::armTimer()
{
    const std::optional<QDateTime> next = RecordingQueue(m_store).nextAttempt();
    if (!next)
        return;
    const qint64 ms = qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(*next));
    m_timer.start(int(qMin<qint64>(ms + 10, 24 * 3600 * 1000)));
}

void RecordingUploader::startNext()
{
    RecordingQueue queue(m_store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Bounded: each pass either starts an upload or moves a row out of "due now".
    for (int guard = 0; guard < 1000; ++guard) {
        const QList<RecordingUpload> due = queue.due(now, 1);
        if (due.isEmpty())
            break;
        const RecordingUpload u = due.first();
        const std::optional<OutboxOp> op = OutboxRepository(m_store).find(u.opId);
        if (op && op->status == OutboxStatus::Pending) {
            // Not on the server yet: the push's acknowledgement kicks us again.
            (void)queue.scheduleRetry(u.opId, QStringLiteral("waiting for the call to reach the server"),
                                      now.addMSecs(m_retry.delayMs(0)));
            continue;
        }
        if (op && op->status == OutboxStatus::Rejected) {
            const QString why = QStringLiteral("the server refused the call itself (%1)").arg(proto::slug(op->resultCode));
            (void)queue.markFailed(u.opId, why);
            Q_EMIT failed(u.opId, why);
            continue;
        }
        begin(u);
        return;
    }
    armTimer();
}

void RecordingUploader::begin(const RecordingUpload &u)
{
    m_opId = u.opId;
    m_path = u.path;
    m_attempts = u.attempts;
    m_restarts = u.restarts;
    RecordingFacts facts{u.sha256, u.bytes, u.durationMs};
    if (facts.sha256.isEmpty()) {
        const Result<RecordingFacts> read = inspectRecording(u.path);
        if (!read) {
            fail(read.error().detail);
            return;
        }
        facts = read.value();
        (void)RecordingQueue(m_store).setFacts(u.opId, facts.sha256, facts.bytes, facts.durationMs);
    }
    m_bytes = facts.bytes;
    m_sync.request(proto::msg::RecordingBegin,
                   {{QStringLiteral("opId"), u.opId},
                    {QStringLiteral("sha256"), facts.sha256},
                    {QStringLiteral("bytes"), facts.bytes},
                    {QStringLiteral("durationMs"), facts.durationMs}},
                   this, [this](const proto::Envelope &r, bool offline) { onBegun(r, offline); });
}

void RecordingUploader::onBegun(const proto::Envelope &response, bool offline)
{
    if (offline)
        return retryLater(QStringLiteral("offline"));
    if (!response.ok()) {
        // NotFound: the call's op is not applied yet (or still queued behind others); retry.
        if (response.status == proto::StatusCode::NotFound || proto::isRetryable(response.status))
            return retryLater(QStringLiteral("recording.begin: %1").arg(proto::slug(response.status)));
        return fail(QStringLiteral("recording.begin refused: %1").arg(proto::slug(response.status)));
    }
    m_recordingId = response.body.value(QStringLiteral("recordingId")).toInteger();
    m_interactionId = response.body.value(QStringLiteral("interactionId")).toInteger();
    m_offset = response.body.value(QStringLiteral("received")).toInteger();
    (void)RecordingQueue(m_store).setInteraction(m_opId, m_interactionId, m_recordingId);
    if (response.body.value(QStringLiteral("complete")).toBool()) {
        (void)RecordingQueue(m_store).markDone(m_opId);
        Q_EMIT uploaded(m_opId, m_interactionId);
        return finish();
    }
    if (m_offset > 0)
        qCInfo(lcSync) << "resuming recording upload" << m_opId << "at" << m_offset << "of" << m_bytes;
    sendChunk();
}

void RecordingUploader::sendChunk()
{
    if (m_offset >= m_bytes)
        return commit();
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(m_offset))
        return fail(QStringLiteral("the recording file %1 cannot be read: %2").arg(m_path, f.errorString()));
    const QByteArray data = f.read(m_chunkBytes);
    if (data.isEmpty())
        return fail(QStringLiteral("the recording file %1 is shorter than when it was queued").arg(m_path));
    m_sync.request(proto::msg::RecordingChunk,
                   {{QStringLiteral("recordingId"), m_recordingId},
                    {QStringLiteral("offset"), m_offset},
                    {QStringLiteral("data"), QString::fromLatin1(data.toBase64())}},
                   this, [this](const proto::Envelope &r, bool offline) { onChunk(r, offline); });
}

void RecordingUploader::onChunk(const proto::Envelope &response, bool offline)
{
    if (offline)
        return retryLater(QStringLiteral("offline during the upload"));
    if (response.status == proto::StatusCode::Conflict) {
        // Out of step with the server (an answer lost): ask it where to go on.
        const std::optional<RecordingUpload> u = RecordingQueue(m_store).find(m_opId);
        if (!u)
            return finish();
        return begin(*u);
    }
    if (!response.ok()) {
        if (proto::isRetryable(response.status))
            return retryLater(QStringLiteral("recording.chunk: %1").arg(proto::slug(response.status)));
        return fail(QStringLiteral("recording.chunk refused: %1").arg(proto::slug(response.status)));
    }
    m_offset = response.body.value(QStringLiteral("received")).toInteger();
    Q_EMIT progressed(m_opId, m_offset, m_bytes);
    sendChunk();
}

void RecordingUploader::commit()
{
    m_sync.request(proto::msg::RecordingCommit, {{QStringLiteral("recordingId"), m_recordingId}}, this,
                   [this](const proto::Envelope &r, bool offline) { onCommitted(r, offline); });
}

void RecordingUploader::onCommitted(const proto::Envelope &response, bool offline)
{
    if (offline)
        return retryLater(QStringLiteral("offline before the commit was answered"));
    RecordingQueue queue(m_store);
    if (response.status == proto::StatusCode::ChecksumMismatch) {
        if (m_restarts == 0) {
            // The server dropped what it had; read the file again and send it once more.
            qCWarning(lcSync) << "recording" << m_opId << "checksum mismatch: starting over";
            (void)queue.restart(m_opId);
            const std::optional<RecordingUpload> u = queue.find(m_opId);
            if (!u)
                return finish();
            return begin(*u);
        }
        return fail(QStringLiteral("the server received different bytes than %1 holds, twice "
                                   "(checksum mismatch)").arg(m_path));
    }
    if (!response.ok()) {
        if (proto::isRetryable(response.status) || response.status == proto::StatusCode::Conflict)
            return retryLater(QStringLiteral("recording.commit: %1").arg(proto::slug(response.status)));
        return fail(QStringLiteral("recording.commit refused: %1").arg(proto::slug(response.status)));
    }
    (void)queue.markDone(m_opId);
    qCInfo(lcSync) << "recording of" << m_opId << "uploaded:" << m_bytes << "bytes";
    Q_EMIT uploaded(m_opId, m_interactionId);
    m_sync.syncNow();  // pull the interaction with its recording
    finish();
}

void RecordingUploader::retryLater(const QString &why)
{
    const QDateTime next = QDateTime::currentDateTimeUtc().addMSecs(m_retry.delayMs(m_attempts));
    (void)RecordingQueue(m_store).scheduleRetry(m_opId, why, next);
    qCDebug(lcSync) << "recording upload" << m_opId << "later:" << why;
    const bool online = m_sync.state() == SyncClient::State::Online;
    m_opId.clear();
    if (online)
        armTimer();  // others may be due now; this one waits its turn
    // offline: stateChanged(Online) kicks us again
}

void RecordingUploader::fail(const QString &why)
{
    qCWarning(lcSync).noquote() << "recording upload" << m_opId << "failed:" << why;
    (void)RecordingQueue(m_store).markFailed(m_opId, why);
    Q_EMIT failed(m_opId, why);
    finish();
}

void RecordingUploader::finish()
{
    m_opId.clear();
    m_recordingId = 0;
    m_interactionId = 0;
    m_offset = 0;
    m_bytes = 0;
    QTimer::singleShot(0, this, &RecordingUploader::kick);
}

}  // namespace cd
