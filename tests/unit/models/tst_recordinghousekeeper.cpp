// Recordings kept on a workstation no longer than needed (models/RecordingHousekeeper): on a real
// cache file and real files in a temporary folder.
//  - own recordings go once uploaded and a week old, or once their retention has passed; the rows
//    stop pointing at them, and a later pull of the call does not bring the path back;
//  - a recording not yet uploaded (or whose upload failed) stays whatever its age;
//  - fetched copies go after three days without a play, then the least recently played beyond the
//    size bound; old parts of interrupted fetches go, a fresh part stays.
#include "TestStore.h"

#include "RecordingHousekeeper.h"
#include "RecordingQueue.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace cd;
using namespace cdtest;

class TestRecordingHousekeeper : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    qint64 m_nextId = 1;

    QString writeFile(const QString &relative, qint64 bytes, const QDateTime &modified = {})
    {
        const QString path = QDir(m_dir.path()).filePath(relative);
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(bytes, 'r')) != bytes)
            return {};
        f.flush();  // a write flushed at close() would stamp it again
        if (modified.isValid() && !f.setFileTime(modified, QFileDevice::FileModificationTime))
            return {};
        return path;
    }

    /// A call that ended `daysAgo` days before m_now, recorded to a local file, with its upload row in
    /// `status` (and, when done, what the server holds).
    struct Call {
        qint64 interactionId = 0;
        QString path;
        QString opId;
    };
    Call recordedCall(double daysAgo, RecordingUploadStatus status, const QDateTime &retainUntil = {})
    {
        Call c;
        c.interactionId = m_nextId++;
        c.opId = QStringLiteral("op-%1").arg(c.interactionId);
        c.path = writeFile(QStringLiteral("own/%1.wav").arg(c.interactionId), 4000);
        Interaction i;
        i.id = c.interactionId;
        i.customerId = 1;
        i.channel = Channel::Call;
        i.agent = QStringLiteral("agent01");
        i.endedAt = m_now.addSecs(qint64(-daysAgo * 86400));
        i.startedAt = i.endedAt.addSecs(-60);
        i.outcome = Outcome::RightPartyContact;
        i.recordingPath = c.path;
        if (status == RecordingUploadStatus::Done) {
            i.recordingId = c.interactionId + 1000;
            i.recordingSha256 = QStringLiteral("ab").repeated(32);
            i.recordingBytes = 4000;
            i.recordingDurationMs = 1000;
            i.recordingRetainUntil = retainUntil.isValid() ? retainUntil : m_now.addDays(180);
        }
        [&] { QVERIFY(InteractionRepository(*m_store).upsert(i).ok()); }();
        RecordingQueue queue(*m_store);
        [&] {
            QVERIFY(queue.enqueue(c.opId, c.path, i.endedAt).ok());
            QVERIFY(queue.setInteraction(c.opId, c.interactionId, c.interactionId + 1000).ok());
            if (status == RecordingUploadStatus::Done)
                QVERIFY(queue.markDone(c.opId).ok());
            if (status == RecordingUploadStatus::Failed)
                QVERIFY(queue.markFailed(c.opId, QStringLiteral("refused")).ok());
        }();
        return c;
    }
    QString pathOf(qint64 interactionId)
    {
        QSqlQuery q(m_store->db());
        q.prepare(QStringLiteral("SELECT recording_path FROM interactions WHERE id = ?"));
        q.addBindValue(interactionId);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<no row>");
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(QDir(m_dir.path()).filePath(QStringLiteral("cache-%1.sqlite").arg(m_nextId))).ok());
        QVERIFY(CustomerRepository(*m_store).upsert(customer(1)).ok());
    }
    void cleanup() { m_store.reset(); }

    void ownRecordingsGoOnceTheServerHasThemAndTheyAreOld()
    {
        const Call fresh = recordedCall(2, RecordingUploadStatus::Done);
        const Call old = recordedCall(8, RecordingUploadStatus::Done);
        const Call expired = recordedCall(1, RecordingUploadStatus::Done, m_now.addSecs(-60));
        const Call unsent = recordedCall(30, RecordingUploadStatus::Pending);
        const Call failed = recordedCall(30, RecordingUploadStatus::Failed);

        const Result<HousekeepingSummary> r = RecordingHousekeeper(*m_store, {}).run(m_now);
        QVERIFY(r.ok());
        QCOMPARE(r->ownRemoved, 2);
        QCOMPARE(r->ownBytes, 8000);
        QCOMPARE(r->ownWaiting, 1);
        QVERIFY(r->failures.isEmpty());

        QVERIFY(QFile::exists(fresh.path));
        QCOMPARE(pathOf(fresh.interactionId), fresh.path);
        for (const Call &gone : {old, expired}) {
            QVERIFY2(!QFile::exists(gone.path), qPrintable(gone.path));
            QVERIFY(pathOf(gone.interactionId).isEmpty());
            QVERIFY(!RecordingQueue(*m_store).find(gone.opId));
        }
        // The only copies stay, whatever their age.
        for (const Call &kept : {unsent, failed}) {
            QVERIFY(QFile::exists(kept.path));
            QCOMPARE(pathOf(kept.interactionId), kept.path);
            QVERIFY(RecordingQueue(*m_store).find(kept.opId));
        }

        // The server's row of the old call pulled again: the path does not come back, the server's
        // recording is still there to fetch and play.
        Interaction pulled = InteractionRepository(*m_store).forCustomer(1).last();
        for (const Interaction &i : InteractionRepository(*m_store).forCustomer(1))
            if (i.id == old.interactionId)
                pulled = i;
        QCOMPARE(pulled.id, old.interactionId);
        pulled.recordingPath.clear();
        QVERIFY(InteractionRepository(*m_store).upsert(pulled).ok());
        QVERIFY(pathOf(old.interactionId).isEmpty());
        for (const Interaction &i : InteractionRepository(*m_store).forCustomer(1))
            if (i.id == old.interactionId)
                QVERIFY(i.hasRecording());

        // A second run finds nothing more to do.
        const Result<HousekeepingSummary> again = RecordingHousekeeper(*m_store, {}).run(m_now);
        QVERIFY(again.ok());
        QCOMPARE(again->ownRemoved, 0);
    }

    void aFileThatCannotGoKeepsItsRows()
    {
        const Call old = recordedCall(10, RecordingUploadStatus::Done);
        // A folder in the file's place cannot be removed as a file.
        QVERIFY(QFile::remove(old.path));
        QVERIFY(QDir().mkpath(old.path));
        QVERIFY(QFile::exists(QDir(old.path).filePath(QStringLiteral("."))));
        QVERIFY(!writeFile(QStringLiteral("own/%1.wav/inside").arg(old.interactionId), 10).isEmpty());

        const Result<HousekeepingSummary> r = RecordingHousekeeper(*m_store, {}).run(m_now);
        QVERIFY(r.ok());
        QCOMPARE(r->ownRemoved, 0);
        QCOMPARE(r->failures.size(), 1);
        QCOMPARE(pathOf(old.interactionId), old.path);
        QVERIFY(RecordingQueue(*m_store).find(old.opId));
    }

    void fetchedCopiesGoByLastPlayThenBySize()
    {
        const QString cache = QDir(m_dir.path()).filePath(QStringLiteral("fetched"));
        const QString stale = writeFile(QStringLiteral("fetched/1-aaaa.wav"), 1000, m_now.addDays(-4));
        const QString oldest = writeFile(QStringLiteral("fetched/2-bbbb.wav"), 3000, m_now.addDays(-2));
        const QString middle = writeFile(QStringLiteral("fetched/3-cccc.wav"), 3000, m_now.addDays(-1));
        const QString newest = writeFile(QStringLiteral("fetched/4-dddd.wav"), 3000, m_now.addSecs(-600));
        const QString oldPart = writeFile(QStringLiteral("fetched/5-eeee.wav.part"), 500, m_now.addDays(-2));
        const QString freshPart = writeFile(QStringLiteral("fetched/6-ffff.wav.part"), 500, m_now.addSecs(-60));
        const QString other = writeFile(QStringLiteral("fetched/notes.txt"), 10, m_now.addDays(-30));

        RecordingKeep keep;
        keep.fetchedMaxBytes = 6000;  // two of the three recent copies
        const Result<HousekeepingSummary> r = RecordingHousekeeper(*m_store, cache, keep).run(m_now);
        QVERIFY(r.ok());
        QCOMPARE(r->fetchedRemoved, 3);
        QCOMPARE(r->fetchedBytes, 1000 + 3000 + 500);
        QVERIFY(!QFile::exists(stale));
        QVERIFY(!QFile::exists(oldest));
        QVERIFY(!QFile::exists(oldPart));
        QVERIFY(QFile::exists(middle));
        QVERIFY(QFile::exists(newest));
        QVERIFY(QFile::exists(freshPart));
        QVERIFY2(QFile::exists(other), "only recordings are the housekeeping's business");
    }

    void missingCacheFolderIsLeftAlone()
    {
        const Result<HousekeepingSummary> r =
            RecordingHousekeeper(*m_store, QDir(m_dir.path()).filePath(QStringLiteral("never-made"))).run(m_now);
        QVERIFY(r.ok());
        QCOMPARE(r->fetchedRemoved, 0);
        QCOMPARE(r->ownRemoved, 0);
    }
};

QTEST_GUILESS_MAIN(TestRecordingHousekeeper)
#include "tst_recordinghousekeeper.moc"
