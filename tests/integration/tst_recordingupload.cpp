// The client's recording queue against the real server: a call saved offline with its recording
// waits in the cache's queue, survives closing and reopening the cache, and once the agent is online
// its interaction goes first and the recording follows in chunks; the server's copy equals the file
// and the pulled interaction carries the recording with the local path kept. A file that is missing
// fails its row with a clear reason and does not hold up the next one. A checksum mismatch (the queue
// holding a stale hash) starts the upload over once and then succeeds.
#include "ServerFixture.h"
#include "ToneWav.h"

#include "DispositionRecorder.h"
#include "LocalStore.h"
#include "OutboxRepository.h"
#include "RecordingQueue.h"
#include "RecordingUploader.h"
#include "Repositories.h"
#include "SyncClient.h"

#include <QDataStream>
#include <QDir>
#include <QSignalSpy>
#include <QtMath>

using namespace cdtest;


class TestRecordingUpload : public ServerFixture
{
    Q_OBJECT

    QTemporaryDir m_local;
    QString m_cachePath;
    std::unique_ptr<cd::LocalStore> m_store;
    std::unique_ptr<cd::SyncClient> m_client;
    std::unique_ptr<cd::RecordingUploader> m_uploader;

    /// Builds the client and the uploader and starts the login (tests attach their spies next).
    void connectClient()
    {
        m_client = std::make_unique<cd::SyncClient>(*m_store);
        m_client->setServerUrl(m_url);
        m_uploader = std::make_unique<cd::RecordingUploader>(*m_store, *m_client);
        m_uploader->setChunkBytes(16 * 1024);
        m_uploader->setRetry(cd::Backoff{50, 200});
        m_client->login(QStringLiteral("agent01"), Demo, QStringLiteral("tst_recordingupload"));
    }
    void waitOnline() { QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), cd::SyncClient::State::Online, 15000); }
    void goOnline()
    {
        connectClient();
        waitOnline();
    }
    void goOffline()
    {
        m_uploader.reset();
        m_client.reset();
    }
    QString writeWav(const QString &name, int ms)
    {
        const QString path = QDir(m_local.path()).filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(toneWav(ms)) < 0)
            return {};
        return path;
    }
    /// Saves a "no answer" wrap-up of a fresh task of agent01 with `recordingPath`; returns the op.
    QString saveCall(const QString &recordingPath)
    {
        const qint64 task = freshTask(QStringLiteral("agent01"));
        if (!cd::TaskRepository(*m_store).find(task))
            return {};
        cd::Disposition d;
        d.taskId = task;
        d.agent = QStringLiteral("agent01");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        d.startedAt = now.addSecs(-90);
        d.answeredAt = now.addSecs(-80);
        d.endedAt = now.addSecs(-20);
        d.outcome = cd::Outcome::NoAnswer;
        d.recordingPath = recordingPath;
        const cd::Result<cd::RecordedDisposition> r = cd::DispositionRecorder(*m_store).record(d, now);
        return r ? r->opId : QString();
    }
    QByteArray serverCopy(const QString &opId)
    {
        const qint64 interaction =
            scalar(QStringLiteral("SELECT id FROM interactions WHERE op_id = ?"), {opId}).toLongLong();
        QFile f(QDir(m_dir.path()).filePath(QStringLiteral("recordings/%1.wav").arg(interaction)));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        startServer();
        QVERIFY(m_local.isValid());
        m_cachePath = QDir(m_local.path()).filePath(QStringLiteral("cache.sqlite"));
        m_store = std::make_unique<cd::LocalStore>();
        QVERIFY(m_store->open(m_cachePath).ok());
        goOnline();
        QTRY_VERIFY_WITH_TIMEOUT(m_client->revision() > 0, 15000);
    }

    void offlineRecordingWaitsAcrossARestartThenUploads()
    {
        goOffline();
        const QString path = writeWav(QStringLiteral("call-1.wav"), 6000);
        QVERIFY(!path.isEmpty());
        const QString opId = saveCall(path);
        QVERIFY(!opId.isEmpty());
        QCOMPARE(cd::RecordingQueue(*m_store).pendingCount(), 1);

        // The workstation closes and opens again: the queue is in the cache file.
        m_store.reset();
        m_store = std::make_unique<cd::LocalStore>();
        QVERIFY(m_store->open(m_cachePath).ok());
        const std::optional<cd::RecordingUpload> queued = cd::RecordingQueue(*m_store).find(opId);
        QVERIFY(queued);
        QCOMPARE(queued->path, path);
        QCOMPARE(queued->status, cd::RecordingUploadStatus::Pending);

        // Spies first: on a fast build the whole upload can finish while the login completes.
        connectClient();
        QSignalSpy uploaded(m_uploader.get(), &cd::RecordingUploader::uploaded);
        QSignalSpy progressed(m_uploader.get(), &cd::RecordingUploader::progressed);
        waitOnline();
        QTRY_COMPARE_WITH_TIMEOUT(uploaded.count(), 1, 20000);
        QCOMPARE(uploaded.first().at(0).toString(), opId);
        QVERIFY(progressed.count() >= 6);  // 96 KB in 16 KiB chunks
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(serverCopy(opId), f.readAll());
        const std::optional<cd::RecordingUpload> done = cd::RecordingQueue(*m_store).find(opId);
        QCOMPARE(done->status, cd::RecordingUploadStatus::Done);
        QVERIFY(qAbs(done->durationMs - 6000) < 5);

        // The pull brings the server's interaction: it has the recording and still the local file.
        const qint64 serverId = uploaded.first().at(1).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QSqlQuery q(m_store->db());
                q.prepare(QStringLiteral("SELECT recording_id, recording_path FROM interactions WHERE id = ?"));
                q.bindValue(0, serverId);
                return q.exec() && q.next() && q.value(0).toLongLong() > 0 && q.value(1).toString() == path;
            }(),
            15000);
    }

    void missingFileFailsClearlyAndOthersGoOn()
    {
        const QString missing = QDir(m_local.path()).filePath(QStringLiteral("gone.wav"));
        const QString good = writeWav(QStringLiteral("call-2.wav"), 2000);
        QSignalSpy failed(m_uploader.get(), &cd::RecordingUploader::failed);
        QSignalSpy uploaded(m_uploader.get(), &cd::RecordingUploader::uploaded);
        const QString badOp = saveCall(missing);
        const QString goodOp = saveCall(good);
        QVERIFY(!badOp.isEmpty() && !goodOp.isEmpty());
        m_client->outboxChanged();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(uploaded.count(), 1, 20000);
        QCOMPARE(failed.first().at(0).toString(), badOp);
        QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("missing")),
                 qPrintable(failed.first().at(1).toString()));
        QCOMPARE(uploaded.first().at(0).toString(), goodOp);
        const std::optional<cd::RecordingUpload> bad = cd::RecordingQueue(*m_store).find(badOp);
        QCOMPARE(bad->status, cd::RecordingUploadStatus::Failed);
        QVERIFY(bad->lastError.contains(missing));
    }

    void checksumMismatchStartsOverOnce()
    {
        goOffline();
        const QString path = writeWav(QStringLiteral("call-3.wav"), 3000);
        const QString opId = saveCall(path);
        QVERIFY(!opId.isEmpty());
        // A stale hash in the queue: the server's check fails, the client reads the file again.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(cd::RecordingQueue(*m_store)
                    .setFacts(opId, QString(64, QLatin1Char('a')), bytes.size(), 3000)
                    .ok());
        // Spies first: on a fast build the whole upload can finish while the login completes.
        connectClient();
        QSignalSpy uploaded(m_uploader.get(), &cd::RecordingUploader::uploaded);
        waitOnline();
        QTRY_COMPARE_WITH_TIMEOUT(uploaded.count(), 1, 20000);
        const std::optional<cd::RecordingUpload> row = cd::RecordingQueue(*m_store).find(opId);
        QCOMPARE(row->restarts, 1);
        QCOMPARE(row->status, cd::RecordingUploadStatus::Done);
        QCOMPARE(serverCopy(opId), bytes);
    }

    void cleanupTestCase()
    {
        goOffline();
        m_store.reset();
    }
};

QTEST_GUILESS_MAIN(TestRecordingUpload)
#include "tst_recordingupload.moc"
