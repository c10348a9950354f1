// LocalStore: file creation and permissions, pragmas, migrations from every shipped version,
// refusal of a newer file, and the transaction guard.
#include "LocalStore.h"
#include "TestStore.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

class TestLocalStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshStoreHasCurrentSchema_data();
    void freshStoreHasCurrentSchema();
    void pragmas_data();
    void pragmas();
    void fileAndDirectoryAreOwnerOnly();
    void upgradesFromV1Fixture();
    void upgradesFromV2Fixture();
    void upgradesFromV3Fixture();
    void failedV3MigrationLeavesAV2File();
    void refusesNewerSchemaWithoutTouchingTheFile();
    void failedMigrationLeavesTheFileAtItsVersion();
    void garbageFileIsOpenFailed();
    void twoStoresHaveSeparateConnections();
    void transactionRollsBackUnlessCommitted();
    void nestedTransactionsRollBackWithTheOuterOne();
    void defaultPathIsInAppData();

private:
    QTemporaryDir m_dir;
};

void TestLocalStore::freshStoreHasCurrentSchema_data()
{
    QTest::addColumn<QString>("table");
    for (const char *t : {"customers", "phones", "loans", "installments", "payments", "tasks", "interactions",
                          "promises", "scripts", "script_graphs", "outbox", "sync_state", "bucket_history", "settlements",
                          "compliance_overrides"})
        QTest::newRow(t) << QString::fromLatin1(t);
}

void TestLocalStore::freshStoreHasCurrentSchema()
{
    QFETCH(QString, table);
    LocalStore store;
    const auto r = store.open(m_dir.filePath(QStringLiteral("fresh.sqlite")));
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    QCOMPARE(store.schemaVersion(), LocalStore::SchemaVersion);
    QCOMPARE(store.schemaVersion(), LocalStore::SchemaVersion);
    QCOMPARE(
        cdtest::scalar(
            store.db(),
            QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name='%1'").arg(table))
            .toInt(),
        1);
    QCOMPARE(cdtest::rowCount(store, table), 0);
}

void TestLocalStore::pragmas_data()
{
    QTest::addColumn<QString>("pragma");
    QTest::addColumn<QString>("expected");
    QTest::newRow("WAL journal") << "journal_mode"
                                 << "wal";
    QTest::newRow("synchronous NORMAL (1)") << "synchronous"
                                            << "1";
    QTest::newRow("foreign keys enforced") << "foreign_keys"
                                           << "1";
    QTest::newRow("busy timeout 5 s") << "busy_timeout"
                                      << "5000";
}

void TestLocalStore::pragmas()
{
    QFETCH(QString, pragma);
    QFETCH(QString, expected);
    LocalStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("pragmas.sqlite"))).ok());
    QCOMPARE(cdtest::scalar(store.db(), QStringLiteral("PRAGMA ") + pragma).toString(), expected);
}

void TestLocalStore::fileAndDirectoryAreOwnerOnly()
{
    const QString dir = m_dir.filePath(QStringLiteral("profile/CollectDesk"));
    const QString path = dir + QStringLiteral("/cache.sqlite");
    QVERIFY(!QFileInfo::exists(dir));
    LocalStore store;
    QVERIFY(store.open(path).ok());
    // Write something so the WAL file exists and can be checked too.
    QVERIFY(CustomerRepository(store).upsert(cdtest::customer(1)).ok());

    const auto ownerRw = QFile::ReadOwner | QFile::WriteOwner;
    const auto everyoneElse = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    const QFile::Permissions filePerms = QFileInfo(path).permissions();
    QVERIFY((filePerms & ownerRw) == ownerRw);
    QCOMPARE(filePerms & everyoneElse, QFile::Permissions());
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).permissions() & everyoneElse, QFile::Permissions());
    const QFile::Permissions dirPerms = QFileInfo(dir).permissions();
    QVERIFY(dirPerms & QFile::ExeOwner);
    QCOMPARE(dirPerms & everyoneElse, QFile::Permissions());
}

void TestLocalStore::upgradesFromV1Fixture()
{
    const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
    const QString err = cdtest::buildDatabase(QStringLiteral(CD_FIXTURES_DIR "/store_v1.sql"), path, 1);
    QVERIFY2(err.isEmpty(), qPrintable(err));

    LocalStore store;
    const auto r = store.open(path);
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    QCOMPARE(store.schemaVersion(), LocalStore::SchemaVersion);
    // v2 objects exist...
    for (const char *name : {"scripts", "outbox", "idx_tasks_assignee_status", "idx_outbox_next_attempt"})
        QVERIFY2(
            cdtest::scalar(
                store.db(),
                QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name='%1'").arg(QLatin1String(name)))
                    .toInt()
                == 1,
            name);
    // ...and every v1 row is still there, readable through today's repositories.
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("customers")), 2);
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("phones")), 3);
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("installments")), 2);
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("tasks")), 2);
    const auto c = CustomerRepository(store).find(2);
    QVERIFY(c);
    QCOMPARE(c->name, QStringLiteral("艾力·买买提"));
    QCOMPARE(c->timeZone, QStringLiteral("Asia/Urumqi"));
    QCOMPARE(c->risk, RiskGrade::D);
    QCOMPARE(c->flags, CustomerFlags(CustomerFlag::HardshipHold));
    const QList<Loan> loans = LoanRepository(store).loansFor(1);
    QCOMPARE(loans.size(), 1);
    QCOMPARE(loans[0].principal, Fen(1200000));
    QCOMPARE(loans[0].installments.size(), 2);
    QCOMPARE(loans[0].installments[1].penaltyDue, Fen(1234));
    QCOMPARE(loans[0].payments.first().paidAt, QDateTime::fromMSecsSinceEpoch(1679000000000, Qt::UTC));
    const auto t = TaskRepository(store).find(7001);
    QVERIFY(t);
    QCOMPARE(t->kind, TaskKind::Callback);
    QCOMPARE(t->reasons, (QList<ReasonCode>{ReasonCode::CallbackDue, ReasonCode::OnHold}));
    QCOMPARE(PromiseRepository(store).forCustomer(1).first().dueDate, QDate(2023, 11, 30));
    // The upgraded file works for new features.
    QVERIFY(OutboxRepository(store).enqueue(QStringLiteral("op-1"), QStringLiteral("t"), {}).ok());
    QCOMPARE(OutboxRepository(store).pendingCount(), 1);
}

namespace {
bool hasColumn(const QSqlDatabase &db, const QString &table, const QString &column)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return false;
    while (q.next()) {
        if (q.value(1).toString() == column)
            return true;
    }
    return false;
}
}  // namespace

void TestLocalStore::upgradesFromV2Fixture()
{
    const QString path = m_dir.filePath(QStringLiteral("v2.sqlite"));
    const QString err = cdtest::buildDatabase(QStringLiteral(CD_FIXTURES_DIR "/store_v2.sql"), path, 2);
    QVERIFY2(err.isEmpty(), qPrintable(err));

    LocalStore store;
    const auto r = store.open(path);
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    QCOMPARE(store.schemaVersion(), LocalStore::SchemaVersion);
    // v3 objects exist...
    for (const char *name :
         {"sync_state", "idx_outbox_status", "idx_interactions_op", "idx_promises_op", "idx_tasks_op"})
        QVERIFY2(
            cdtest::scalar(
                store.db(),
                QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name='%1'").arg(QLatin1String(name)))
                    .toInt()
                == 1,
            name);
    for (const auto &[table, column] : {std::pair{"outbox", "status"},
                                        {"outbox", "result_code"},
                                        {"outbox", "acked_revision"},
                                        {"interactions", "op_id"},
                                        {"promises", "op_id"},
                                        {"tasks", "op_id"}})
        QVERIFY2(hasColumn(store.db(), QLatin1String(table), QLatin1String(column)), column);

    // ...the operations made offline under v2 are still waiting, in order, with their history...
    OutboxRepository outbox(store);
    QCOMPARE(outbox.pendingCount(), 2);
    const QList<OutboxOp> due = outbox.due(QDateTime::currentDateTimeUtc(), 10);
    QCOMPARE(due.size(), 2);
    QCOMPARE(due[0].opId, QStringLiteral("3b0c7e52-8a4f-4c1e-9d7a-1f2e3d4c5b6a"));
    QCOMPARE(due[0].status, OutboxStatus::Pending);
    QCOMPARE(due[0].body.value(QStringLiteral("taskId")).toInteger(), 7000);
    QCOMPARE(due[1].attempts, 2);
    QCOMPARE(due[1].lastError, QStringLiteral("server unavailable"));
    QCOMPARE(due[1].nextAttempt, QDateTime::fromMSecsSinceEpoch(1700003700000, Qt::UTC));
    QVERIFY(outbox.rejected().isEmpty());

    // ...every v2 row is intact and not provisional...
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("customers")), 2);
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("tasks")), 2);
    QCOMPARE(
        cdtest::scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM interactions WHERE op_id IS NULL"))
            .toInt(),
        1);
    QCOMPARE(LoanRepository(store).loansFor(1).first().installments.size(), 2);
    // (the v2 flat script is carried over as a graph: a line of steps from its first)
    const auto script = ScriptRepository(store).find(QStringLiteral("early-zh_CN"));
    QVERIFY(script);
    QCOMPARE(script->version, 2);
    QCOMPARE(script->start, QStringLiteral("verify"));
    QCOMPARE(script->steps.first().key, QStringLiteral("verify"));

    // ...and an upgraded store starts as a local store that has never synced.
    SyncStateRepository state(store);
    QVERIFY(!state.isSynced());
    QCOMPARE(state.revision(), 0);
    QVERIFY(!state.lastSync().isValid());
    QVERIFY(state.setServerUrl(QUrl(QStringLiteral("wss://collect.example.cn:8443"))).ok());
    QVERIFY(state.isSynced());
}

// v3 -> v4 (workflow): the synced store's revision, its provisional promise and every row survive;
// the new columns read as "nothing yet" and the new tables exist and work.
void TestLocalStore::upgradesFromV3Fixture()
{
    const QString path = m_dir.filePath(QStringLiteral("v3.sqlite"));
    const QString err = cdtest::buildDatabase(QStringLiteral(CD_FIXTURES_DIR "/store_v3.sql"), path, 3);
    QVERIFY2(err.isEmpty(), qPrintable(err));

    LocalStore store;
    const auto r = store.open(path);
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    QCOMPARE(store.schemaVersion(), LocalStore::SchemaVersion);
    for (const auto &[table, column] : {std::pair{"customers", "hold_until"},
                                        {"customers", "risk_factors"},
                                        {"promises", "paid_fen"},
                                        {"promises", "decided_at"},
                                        {"bucket_history", "to_bucket"},
                                        {"settlements", "status"},
                                        {"compliance_overrides", "expires_at"}})
        QVERIFY2(hasColumn(store.db(), QLatin1String(table), QLatin1String(column)), column);

    QCOMPARE(SyncStateRepository(store).revision(), 42);
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("customers")), 2);
    const auto customer = CustomerRepository(store).find(1);
    QVERIFY(customer);
    QVERIFY(!customer->holdUntil.isValid());
    QVERIFY(customer->riskFactors.isEmpty());
    // The provisional promise made offline under v3 is still there with its op id, nothing paid.
    QCOMPARE(cdtest::scalar(store.db(), QStringLiteral("SELECT op_id FROM promises WHERE id = -7")).toString(),
             QStringLiteral("op-fixture-v3"));
    QCOMPARE(cdtest::scalar(store.db(), QStringLiteral("SELECT paid_fen FROM promises WHERE id = -7")).toInt(), 0);
    QCOMPARE(OutboxRepository(store).pendingCount(), 2);
    // An upgraded customer takes the new fields.
    Customer c = *customer;
    c.holdUntil = QDate(2026, 12, 31);
    c.riskFactors = {RiskFactor::BrokenPromise, RiskFactor::Refusal};
    QVERIFY(CustomerRepository(store).upsert(c).ok());
    QCOMPARE(CustomerRepository(store).find(1)->holdUntil, QDate(2026, 12, 31));
    QCOMPARE(CustomerRepository(store).find(1)->riskFactors, c.riskFactors);
}

// Each migration is one transaction: if v3 cannot be applied, the file stays a consistent v2.
void TestLocalStore::failedV3MigrationLeavesAV2File()
{
    const QString path = m_dir.filePath(QStringLiteral("v2-conflict.sqlite"));
    QVERIFY(cdtest::buildDatabase(QStringLiteral(CD_FIXTURES_DIR "/store_v2.sql"), path, 2).isEmpty());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("conflict3"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        // In the way of one of migrateTo3's last statements, after the ALTER TABLEs succeeded.
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE idx_tasks_op (x)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("conflict3"));
    {
        LocalStore store;
        const auto r = store.open(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::MigrationFailed);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check3"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    QCOMPARE(cdtest::scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 2);
    QVERIFY(!hasColumn(db, QStringLiteral("outbox"), QStringLiteral("status")));
    QVERIFY(!hasColumn(db, QStringLiteral("interactions"), QStringLiteral("op_id")));
    QCOMPARE(
        cdtest::scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'sync_state'"))
            .toInt(),
        0);
    QCOMPARE(cdtest::scalar(db, QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(), 2);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check3"));
}

void TestLocalStore::refusesNewerSchemaWithoutTouchingTheFile()
{
    const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE from_the_future (x INTEGER)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO from_the_future VALUES (42)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));

    auto digest = [&] {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return QByteArray();
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    };
    const QByteArray before = digest();
    const QDateTime modifiedBefore = QFileInfo(path).lastModified();
    QVERIFY(!before.isEmpty());

    LocalStore store;
    const auto r = store.open(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::NewerSchema);
    QVERIFY(!store.isOpen());
    QCOMPARE(digest(), before);
    QCOMPARE(QFileInfo(path).lastModified(), modifiedBefore);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
}

// Each migration is one transaction: if v2 cannot be applied, the file stays a consistent v1.
void TestLocalStore::failedMigrationLeavesTheFileAtItsVersion()
{
    const QString path = m_dir.filePath(QStringLiteral("v1-conflict.sqlite"));
    QVERIFY(cdtest::buildDatabase(QStringLiteral(CD_FIXTURES_DIR "/store_v1.sql"), path, 1).isEmpty());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("conflict"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        // An object in the way of migrateTo2's index, created after its first statements succeed.
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE idx_tasks_assignee_status (x)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("conflict"));

    {
        LocalStore store;
        const auto r = store.open(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::MigrationFailed);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    QCOMPARE(cdtest::scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(cdtest::scalar(
                 db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('scripts','outbox')"))
                 .toInt(),
             0);
    QCOMPARE(cdtest::scalar(db, QStringLiteral("SELECT COUNT(*) FROM customers")).toInt(), 2);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestLocalStore::garbageFileIsOpenFailed()
{
    const QString path = m_dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    LocalStore store;
    const auto r = store.open(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::OpenFailed);
    QVERIFY(!store.isOpen());
}

void TestLocalStore::twoStoresHaveSeparateConnections()
{
    LocalStore a;
    LocalStore b;
    QVERIFY(a.open(m_dir.filePath(QStringLiteral("a.sqlite"))).ok());
    QVERIFY(b.open(m_dir.filePath(QStringLiteral("b.sqlite"))).ok());
    QVERIFY(a.db().connectionName() != b.db().connectionName());
    QVERIFY(CustomerRepository(a).upsert(cdtest::customer(1)).ok());
    QCOMPARE(cdtest::rowCount(a, QStringLiteral("customers")), 1);
    QCOMPARE(cdtest::rowCount(b, QStringLiteral("customers")), 0);
    a.close();
    QVERIFY(!a.isOpen());
    QVERIFY(b.isOpen());
}

void TestLocalStore::transactionRollsBackUnlessCommitted()
{
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    {
        Transaction tx(store.db());
        QVERIFY(CustomerRepository(store).upsert(cdtest::customer(1)).ok());
        QCOMPARE(cdtest::rowCount(store, QStringLiteral("customers")), 1);
    }
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("customers")), 0);
    {
        Transaction tx(store.db());
        QVERIFY(CustomerRepository(store).upsert(cdtest::customer(2)).ok());
        QVERIFY(tx.commit().ok());
        QVERIFY(!tx.commit().ok());  // only once
    }
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("customers")), 1);
}

void TestLocalStore::nestedTransactionsRollBackWithTheOuterOne()
{
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    QVERIFY(CustomerRepository(store).upsert(cdtest::customer(1)).ok());
    Loan loan;
    loan.id = 5;
    loan.customerId = 1;
    loan.contractNo = QStringLiteral("CL-5");
    Installment i;
    i.seq = 1;
    i.dueDate = QDate(2026, 1, 1);
    i.principalDue = 100;
    loan.installments << i;
    {
        Transaction outer(store.db());
        QVERIFY(LoanRepository(store).upsert(loan).ok());  // commits its own inner guard
        QCOMPARE(cdtest::rowCount(store, QStringLiteral("installments")), 1);
    }
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("loans")), 0);
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("installments")), 0);
}

void TestLocalStore::defaultPathIsInAppData()
{
    QCoreApplication::setApplicationName(QStringLiteral("CollectDesk"));
    const QString p = LocalStore::defaultPath();
    QVERIFY(p.endsWith(QStringLiteral("/cache.sqlite")));
    QVERIFY2(p.contains(QStringLiteral("CollectDesk")), qPrintable(p));
}

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
