// A server whose database cannot grow (a full disk, made here with SQLite's max_page_count on the
// serving connection: SQLite answers SQLITE_FULL exactly as when the disk is full):
//  - a recorded call is refused with StorageFull, nothing of it is written (no interaction, no
//    change, no applied op), reads go on, and the same op sent again once there is room is applied
//    exactly once;
//  - a real workstation (SyncClient and its cache) keeps the agent's wrap-up pending through the
//    refusals, never shows it as rejected, and delivers it by itself once the server has room.
#include "ServerFixture.h"

#include "DispositionRecorder.h"
#include "LocalStore.h"
#include "OutboxRepository.h"
#include "Repositories.h"
#include "SyncClient.h"

using namespace cd;
using namespace cd::server;
using namespace cdtest;

namespace {
constexpr int StorageFull = int(proto::StatusCode::StorageFull);
}  // namespace

class TestServerDiskFull : public ServerFixture
{
    Q_OBJECT

    WsTestClient m_agent;
    QTemporaryDir m_local;

    /// The database may not grow beyond the pages it has now.
    void fillTheDisk()
    {
        QSqlQuery q(db().db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const qint64 pages = q.value(0).toLongLong();
        q.finish();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)) && q.next());
        QCOMPARE(q.value(0).toLongLong(), pages);
    }
    void freeTheDisk()
    {
        QSqlQuery q(db().db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    }
    /// A recorded call on `taskId` with a note of `noteChars` characters.
    QJsonObject bigRecord(qint64 taskId, int noteChars)
    {
        QJsonObject r = record(taskId, Outcome::NoAnswer);
        r.insert(QStringLiteral("note"), QString(noteChars, QChar(u'记')));
        return r;
    }
    /// Records calls (notes of `noteChars`) on fresh tasks of agent01 until the server answers
    /// StorageFull; returns that op's id and body (empty: the disk never filled).
    std::pair<QString, QJsonObject> recordUntilFull(int noteChars)
    {
        for (int i = 0; i < 20; ++i) {
            const qint64 task = freshTask(QStringLiteral("agent01"));
            if (task == 0)
                return {};
            const QString opId = newOpId();
            const QJsonObject body = bigRecord(task, noteChars);
            const int code = firstResult(push(m_agent, {op(opId, QStringLiteral("interaction.record"), body)}))
                                 .value(QStringLiteral("code"))
                                 .toInt(-1);
            if (code == StorageFull)
                return {opId, body};
            if (code != 0)
                return {};
        }
        return {};
    }
    qint64 rowsOf(const QString &opId)
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE op_id = ?"), {opId}).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        startServer();
        QVERIFY(m_local.isValid());
        QVERIFY(m_agent.open(m_url));
        QCOMPARE(WsTestClient::code(m_agent.login(QStringLiteral("agent01"), Demo)), 0);
    }
    void cleanupTestCase() { m_server.reset(); }

    void fullDatabaseRefusesTheCallAndTheRetryLandsOnce()
    {
        qint64 since = 0;
        pullAll(m_agent, 0, &since);
        const qint64 interactionsBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM interactions")).toLongLong();
        fillTheDisk();
        const auto [opId, body] = recordUntilFull(1500);
        QVERIFY2(!opId.isEmpty(), "the database never filled up");

        // Nothing of the refused call is written, and it is not remembered as applied.
        QCOMPARE(rowsOf(opId), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM applied_ops WHERE op_id = ?"), {opId}).toLongLong(), 0);
        QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM interactions")).toLongLong() >= interactionsBefore);
        // Reading goes on: the agent's pull is answered, and carries nothing of the refused call.
        for (const QJsonObject &c : pullAll(m_agent, since))
            QVERIFY(c.value(QStringLiteral("opId")).toString() != opId);
        QCOMPARE(WsTestClient::code(m_agent.call(QStringLiteral("sync.pull"), {{QStringLiteral("since"), since}})), 0);
        // Still full: the same op is refused the same way.
        QCOMPARE(firstResult(push(m_agent, {op(opId, QStringLiteral("interaction.record"), body)}))
                     .value(QStringLiteral("code"))
                     .toInt(),
                 StorageFull);

        freeTheDisk();
        QCOMPARE(firstResult(push(m_agent, {op(opId, QStringLiteral("interaction.record"), body)}))
                     .value(QStringLiteral("code"))
                     .toInt(-1),
                 0);
        QCOMPARE(rowsOf(opId), 1);
        // Sent once more (the answer was lost): still one.
        QCOMPARE(firstResult(push(m_agent, {op(opId, QStringLiteral("interaction.record"), body)}))
                     .value(QStringLiteral("code"))
                     .toInt(-1),
                 0);
        QCOMPARE(rowsOf(opId), 1);
        bool pulled = false;
        for (const QJsonObject &c : pullAll(m_agent, since))
            pulled |= c.value(QStringLiteral("entity")).toString() == QLatin1String("interaction")
                && c.value(QStringLiteral("data")).toObject().value(QStringLiteral("note")).toString().size() == 1500;
        QVERIFY(pulled);
    }

    void workstationKeepsTheWrapUpUntilTheServerHasRoom()
    {
        LocalStore store;
        QVERIFY(store.open(m_local.filePath(QStringLiteral("agent02.sqlite"))).ok());
        SyncClient client(store);
        SyncClient::Timing t;
        t.retry = Backoff{100, 400};
        t.pushDelayMs = 10;
        client.setTiming(t);
        client.setServerUrl(m_url);
        client.login(QStringLiteral("agent02"), Demo, QStringLiteral("tst_serverdiskfull"));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), SyncClient::State::Online, 15000);
        const qint64 task = freshTask(QStringLiteral("agent02"));
        QVERIFY(task > 0);
        QTRY_VERIFY_WITH_TIMEOUT(TaskRepository(store).find(task).has_value(), 15000);

        // Full, and what is left is less than one call with a 1,000-character note: the agent's call
        // with a 2,000-character note cannot fit.
        fillTheDisk();
        QVERIFY2(!recordUntilFull(1000).first.isEmpty(), "the database never filled up");

        Disposition d;
        d.taskId = task;
        d.customerId = TaskRepository(store).find(task)->customerId;
        d.agent = QStringLiteral("agent02");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        d.startedAt = now.addSecs(-90);
        d.endedAt = now.addSecs(-30);
        d.outcome = Outcome::NoAnswer;
        d.note = QString(2000, QChar(u'注'));
        const Result<RecordedDisposition> saved = DispositionRecorder(store).record(d, now);
        QVERIFY(saved.ok());
        const QString opId = saved->opId;
        client.outboxChanged();  // as the workstation does after every save

        // Refused twice or more, kept pending with the reason, never rejected.
        QTRY_VERIFY2_WITH_TIMEOUT(OutboxRepository(store).find(opId)->attempts >= 2,
                                  qPrintable(QStringLiteral("attempts %1, status %2, error %3, on the server %4")
                                                 .arg(OutboxRepository(store).find(opId)->attempts)
                                                 .arg(int(OutboxRepository(store).find(opId)->status))
                                                 .arg(OutboxRepository(store).find(opId)->lastError)
                                                 .arg(rowsOf(opId))),
                                  15000);
        const OutboxOp waiting = *OutboxRepository(store).find(opId);
        QCOMPARE(waiting.status, OutboxStatus::Pending);
        QVERIFY2(waiting.lastError.contains(QLatin1String("storage-full"))
                     || waiting.lastError.contains(QLatin1String("full")),
                 qPrintable(waiting.lastError));
        QVERIFY(OutboxRepository(store).rejected().isEmpty());
        QCOMPARE(OutboxRepository(store).pendingCount(), 1);
        QCOMPARE(client.state(), SyncClient::State::Online);
        QCOMPARE(rowsOf(opId), 0);
        // The agent's own history still shows the call meanwhile.
        bool shown = false;
        for (const Interaction &i : InteractionRepository(store).forCustomer(TaskRepository(store).find(task)->customerId))
            shown |= i.note == d.note;
        QVERIFY(shown);

        freeTheDisk();
        QTRY_COMPARE_WITH_TIMEOUT(OutboxRepository(store).pendingCount(), 0, 15000);
        QCOMPARE(rowsOf(opId), 1);
        QVERIFY(OutboxRepository(store).rejected().isEmpty());
    }
};

QTEST_MAIN(TestServerDiskFull)
#include "tst_serverdiskfull.moc"
