// RehearsalRepository: sessions saved in the training cache, the trainer's comments, and the JSON file a
// trainer on another desk imports.
#include "RehearsalRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace cd;
using namespace cd::rehearsal;

namespace {

Session makeSession(const QString &id, const QString &trainee, const QDateTime &start, int scorePoints)
{
    Session s;
    s.id = id;
    s.trainee = trainee;
    s.persona = QStringLiteral("cooperative");
    s.seed = 11;
    s.customerId = 3;
    s.customerName = QStringLiteral("刘芳");
    s.bucket = Bucket::M1;
    s.overdue = 150000;
    s.scriptId = QStringLiteral("m1-debtor-zh_CN");
    s.scriptVersion = 2;
    s.required = {script::Checkpoint::IdentityVerified};
    s.startedAt = start;
    s.endedAt = start.addSecs(240);
    s.add(EventKind::Connected, start.addSecs(5));
    s.add(EventKind::CustomerSaid, start.addSecs(7), QStringLiteral("identity"), QStringLiteral("self"),
          QStringLiteral("对，是我。"));
    s.add(EventKind::Ticked, start.addSecs(9), QStringLiteral("identity"), QStringLiteral("IdentityVerified"));
    s.outcome = Outcome::PromiseToPay;
    s.promiseAmount = 150000;
    s.promiseDate = start.date().addDays(2);
    s.note = QStringLiteral("承诺两天内还款");
    s.score.criteria << CriterionScore{Criterion::Checkpoints, scorePoints, 30, {{Reason::AllCheckpoints, {}, {}}}};
    return s;
}

const QDateTime T0(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);

}  // namespace

class TestRehearsalRepository : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(QStringLiteral(":memory:")));
    }

    void saveFindAndList()
    {
        RehearsalRepository repo(*m_store);
        QVERIFY(repo.save(makeSession(QStringLiteral("a"), QStringLiteral("王小明"), T0, 20)));
        QVERIFY(repo.save(makeSession(QStringLiteral("b"), QStringLiteral("陈静"), T0.addSecs(3600), 28)));
        const auto a = repo.find(QStringLiteral("a"));
        QVERIFY(a);
        QCOMPARE(toJson(*a), toJson(makeSession(QStringLiteral("a"), QStringLiteral("王小明"), T0, 20)));
        QVERIFY(!repo.find(QStringLiteral("zzz")));

        const QList<RehearsalRepository::Summary> all = repo.list();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, QStringLiteral("b"));  // newest first
        QCOMPARE(all.at(0).score, std::optional<int>(28));
        QCOMPARE(all.at(0).outcome, std::optional<Outcome>(Outcome::PromiseToPay));
        QCOMPARE(all.at(1).customerName, QStringLiteral("刘芳"));
        QCOMPARE(repo.list(QStringLiteral("王小明")).size(), 1);

        // Saving again replaces (the session was re-scored).
        QVERIFY(repo.save(makeSession(QStringLiteral("a"), QStringLiteral("王小明"), T0, 5)));
        QCOMPARE(repo.list().size(), 2);
        QCOMPARE(repo.list(QStringLiteral("王小明")).at(0).score, std::optional<int>(5));
    }

    void commentsStayWithTheirEvent()
    {
        RehearsalRepository repo(*m_store);
        QVERIFY(repo.save(makeSession(QStringLiteral("a"), QStringLiteral("王小明"), T0, 20)));
        QVERIFY(repo.addComment(QStringLiteral("a"), 1, {QStringLiteral("李老师"), T0.addDays(1), QStringLiteral("语速放慢")}));
        QCOMPARE(repo.find(QStringLiteral("a"))->events.at(1).comments.at(0).text, QStringLiteral("语速放慢"));
        QCOMPARE(repo.list().at(0).comments, 1);
        QCOMPARE(repo.addComment(QStringLiteral("a"), 9, {QStringLiteral("x"), T0, QStringLiteral("y")}).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(repo.addComment(QStringLiteral("a"), 0, {QStringLiteral("x"), T0, QStringLiteral("  ")}).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(repo.addComment(QStringLiteral("nope"), 0, {QStringLiteral("x"), T0, QStringLiteral("y")}).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(repo.find(QStringLiteral("a"))->events.at(1).comments.size(), 1);  // failures added nothing
    }

    void exportImportToAnotherDesk()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("session.json"));
        RehearsalRepository here(*m_store);
        QVERIFY(here.save(makeSession(QStringLiteral("a"), QStringLiteral("王小明"), T0, 20)));
        QVERIFY(here.addComment(QStringLiteral("a"), 0, {QStringLiteral("李老师"), T0.addDays(1), QStringLiteral("开场好")}));
        QVERIFY(here.exportTo(QStringLiteral("a"), file));
        QCOMPARE(here.exportTo(QStringLiteral("zzz"), file).error().code, ErrorCode::NotFound);

        LocalStore otherStore;
        QVERIFY(otherStore.open(QStringLiteral(":memory:")));
        RehearsalRepository there(otherStore);
        const auto id = there.importFrom(file);
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        QCOMPARE(id.value(), QStringLiteral("a"));
        QCOMPARE(toJson(*there.find(id.value())), toJson(*here.find(QStringLiteral("a"))));

        // The trainer there comments and sends it back: here gains the comment and keeps its own.
        QVERIFY(there.addComment(QStringLiteral("a"), 2, {QStringLiteral("赵组长"), T0.addDays(2), QStringLiteral("核身后再说金额")}));
        QVERIFY(there.exportTo(QStringLiteral("a"), file));
        QVERIFY(here.importFrom(file));
        const Session merged = *here.find(QStringLiteral("a"));
        QCOMPARE(merged.events.at(0).comments.size(), 1);
        QCOMPARE(merged.events.at(2).comments.at(0).author, QStringLiteral("赵组长"));
        QVERIFY(here.importFrom(file));  // twice: nothing doubles
        QCOMPARE(here.find(QStringLiteral("a"))->events.at(2).comments.size(), 1);
    }

    void brokenFileChangesNothing()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("broken.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format":"collectdesk.rehearsal","formatVersion":1,"session":{"id":"x"}})");
        f.close();
        RehearsalRepository repo(*m_store);
        const auto r = repo.importFrom(file);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY(r.error().detail.contains(QStringLiteral("persona")));
        QVERIFY(repo.list().isEmpty());
        QCOMPARE(repo.importFrom(dir.filePath(QStringLiteral("missing.json"))).error().code, ErrorCode::OpenFailed);
    }

    // A cache from just before rehearsals (schema 8) gains the table and keeps its data.
    void migratesOlderCache()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            LocalStore s;
            QVERIFY(s.open(path));
            QSqlQuery q(s.db());
            QVERIFY(q.exec(QStringLiteral("DROP TABLE rehearsal_sessions")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_state(key, value) VALUES('probe', 'kept')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 8")));
        }
        LocalStore s;
        QVERIFY(s.open(path));
        QCOMPARE(s.schemaVersion(), LocalStore::SchemaVersion);
        RehearsalRepository repo(s);
        QVERIFY(repo.save(makeSession(QStringLiteral("a"), QStringLiteral("王小明"), T0, 20)));
        QCOMPARE(repo.list().size(), 1);
        QSqlQuery q(s.db());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'probe'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("kept"));
    }

private:
    std::unique_ptr<LocalStore> m_store;
};

QTEST_GUILESS_MAIN(TestRehearsalRepository)
#include "tst_rehearsalrepository.moc"
