// SqliteStorage: migrations (fresh file, reopen, refuse a newer schema), pragmas, the database URL
// rules, change-log revisions, what each role sees in sync.pull, applied operations and the
// append-only audit table.
#include "ServerTypes.h"
#include "SqliteStorage.h"
#include "Storage.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::server;

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

/// Writes PRAGMA user_version into a new file through a connection of its own.
void writeUserVersion(const QString &path, int version)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE keep(x)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

UserRecord user(const QString &name, Role role, const QString &team)
{
    UserRecord u;
    u.username = name;
    u.name = name;
    u.role = role;
    u.team = team;
    u.passwordHash = QStringLiteral("x");
    return u;
}

}  // namespace

class TestSqliteStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void freshFileIsMigrated()
    {
        const QString path = m_dir.filePath(QStringLiteral("fresh.db"));
        SqliteStorage s(path);
        const Result<void> r = s.open();
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        QCOMPARE(s.schemaVersion(), SqliteStorage::CurrentSchema);
        QCOMPARE(scalar(s.db(), QStringLiteral("PRAGMA user_version")).toInt(), SqliteStorage::CurrentSchema);
        for (const char *table :
             {"users", "sessions", "customers", "phones", "loans", "installments", "payments", "tasks",
              "interactions", "promises", "scripts", "agent_states", "change_log", "applied_ops", "audit"})
            QVERIFY2(scalar(s.db(),
                            QStringLiteral(
                                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                                .arg(QLatin1String(table)))
                             .toInt()
                         == 1,
                     table);
        // WAL + synchronous=NORMAL (1): cheap commits, no corruption on power loss.
        QCOMPARE(scalar(s.db(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(s.db(), QStringLiteral("PRAGMA synchronous")).toInt(), 1);
    }

    void reopenKeepsDataAndSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.db"));
        {
            SqliteStorage s(path);
            QVERIFY(s.open().ok());
            QVERIFY(s.insertUser(user(QStringLiteral("alice"), Role::Agent, QStringLiteral("north"))).ok());
        }
        SqliteStorage s(path);
        QVERIFY(s.open().ok());
        const auto u = s.userByName(QStringLiteral("alice"));
        QVERIFY(u.ok() && u.value().has_value());
        QCOMPARE(u.value()->team, QStringLiteral("north"));
        QCOMPARE(u.value()->role, Role::Agent);
    }

    void refusesNewerSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.db"));
        writeUserVersion(path, SqliteStorage::CurrentSchema + 5);
        SqliteStorage s(path);
        const Result<void> r = s.open();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NewerSchema);
        QVERIFY(!s.isOpen());
        // ... and leaves the file as it was.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), SqliteStorage::CurrentSchema + 5);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'users'")).toInt(), 0);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void databaseUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("message");
        QTest::newRow("sqlite:/path") << QStringLiteral("sqlite:/tmp/x.db") << true << QString();
        QTest::newRow("sqlite:///path") << QStringLiteral("sqlite:///tmp/x.db") << true << QString();
        QTest::newRow("plain path") << QStringLiteral("/tmp/x.db") << true << QString();
        QTest::newRow("relative path") << QStringLiteral("data/x.db") << true << QString();
        QTest::newRow("postgres") << QStringLiteral("postgres://cd@db/collectdesk") << false
                                  << QStringLiteral("PostgreSQL storage is not available yet");
        QTest::newRow("postgresql") << QStringLiteral("postgresql://cd@db/collectdesk") << false
                                    << QStringLiteral("PostgreSQL storage is not available yet");
        QTest::newRow("unknown scheme")
            << QStringLiteral("mysql://db/x") << false << QStringLiteral("unknown database scheme");
        QTest::newRow("empty") << QString() << false << QStringLiteral("no database");
    }

    void databaseUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QFETCH(QString, message);
        const auto r = createStorage(url);
        QCOMPARE(r.ok(), accepted);
        if (!accepted) {
            QCOMPARE(r.error().code, ErrorCode::InvalidInput);
            QVERIFY2(r.error().detail.contains(message), qPrintable(r.error().detail));
        } else {
            QCOMPARE(r.value()->location(),
                     QString(url).remove(QStringLiteral("sqlite://")).remove(QStringLiteral("sqlite:")));
        }
    }

    void changeLogRevisionsAreMonotonic()
    {
        SqliteStorage s(m_dir.filePath(QStringLiteral("revs.db")));
        QVERIFY(s.open().ok());
        QCOMPARE(s.currentRevision().value(), 0);
        qint64 last = 0;
        for (int i = 0; i < 20; ++i) {
            ChangeRow c{QStringLiteral("script"), i + 1, 0, {}, false, {{QStringLiteral("i"), i}}, {}};
            if (i % 2) {  // inside and outside transactions alike
                StorageTransaction tx(s);
                const Result<qint64> rev = s.appendChange(c);
                QVERIFY(rev.ok() && tx.commit().ok());
                QVERIFY(rev.value() > last);
                last = rev.value();
            } else {
                const Result<qint64> rev = s.appendChange(c);
                QVERIFY(rev.ok());
                QVERIFY(rev.value() > last);
                last = rev.value();
            }
        }
        QCOMPARE(s.currentRevision().value(), last);
        {  // a rolled-back change is gone, and the next revision is still beyond every committed one
            StorageTransaction tx(s);
            QVERIFY(s.appendChange(ChangeRow{QStringLiteral("script"), 99, 0, {}, false, {}, {}}).ok());
        }
        QCOMPARE(s.currentRevision().value(), last);
        const Result<qint64> next =
            s.appendChange(ChangeRow{QStringLiteral("script"), 100, 0, {}, false, {}, {}});
        QVERIFY(next.ok() && next.value() > last);

        const Viewer admin{1, QStringLiteral("root"), Role::Admin, QStringLiteral("ops")};
        const Result<ChangePage> page = s.changesSince(admin, 5, 100, 1 << 20);
        QVERIFY(page.ok());
        QCOMPARE(page->changes.size(), 16);
        for (qsizetype i = 1; i < page->changes.size(); ++i)
            QVERIFY(page->changes[i].revision > page->changes[i - 1].revision);
        QCOMPARE(page->changes.first().revision, 6);
        QVERIFY(!page->more);
    }

    void pullShowsEachRoleItsCustomers()
    {
        SqliteStorage s(m_dir.filePath(QStringLiteral("visibility.db")));
        QVERIFY(s.open().ok());
        for (const UserRecord &u : {user(QStringLiteral("a1"), Role::Agent, QStringLiteral("north")),
                                    user(QStringLiteral("a2"), Role::Agent, QStringLiteral("north")),
                                    user(QStringLiteral("s1"), Role::Agent, QStringLiteral("south")),
                                    user(QStringLiteral("lead"), Role::Lead, QStringLiteral("north")),
                                    user(QStringLiteral("coach"), Role::Trainer, QStringLiteral("training")),
                                    user(QStringLiteral("root"), Role::Admin, QStringLiteral("ops"))})
            QVERIFY(s.insertUser(u).ok());
        // c1 -> a1, c2 -> a2, c3 -> s1 (demo), plus one script for everyone.
        QList<qint64> customers;
        const QStringList owners{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("s1")};
        for (int i = 0; i < 3; ++i) {
            Customer c;
            c.name = QStringLiteral("客户%1").arg(i);
            const qint64 id = s.insertCustomer(c, i == 2).value();
            customers << id;
            QVERIFY(s.appendChange(ChangeRow{QStringLiteral("customer"), id, id, {}, false, {}, {}}).ok());
            Task t;
            t.customerId = id;
            t.assignee = owners[i];
            const qint64 taskId = s.insertTask(t, {}, {}).value();
            QVERIFY(s.appendChange(ChangeRow{QStringLiteral("task"), taskId, id, {}, false, {}, {}}).ok());
        }
        QVERIFY(s.appendChange(ChangeRow{QStringLiteral("script"), 1, 0, {}, false, {}, {}}).ok());

        auto seen = [&](const QString &name) {
            const UserRecord u = *s.userByName(name).value();
            const ChangePage page = s.changesSince(Viewer::of(u), 0, 100, 1 << 20).value();
            QList<qint64> ids;
            int scripts = 0;
            for (const proto::Change &c : page.changes) {
                if (c.entity == QLatin1String("customer"))
                    ids << c.id;
                scripts += c.entity == QLatin1String("script");
            }
            return std::make_pair(ids, scripts);
        };
        QCOMPARE(seen(QStringLiteral("a1")), std::make_pair(QList<qint64>{customers[0]}, 1));
        QCOMPARE(seen(QStringLiteral("s1")), std::make_pair(QList<qint64>{customers[2]}, 1));
        QCOMPARE(seen(QStringLiteral("lead")), std::make_pair(QList<qint64>{customers[0], customers[1]}, 1));
        QCOMPARE(seen(QStringLiteral("coach")), std::make_pair(QList<qint64>{customers[2]}, 1));
        QCOMPARE(seen(QStringLiteral("root")), std::make_pair(customers, 1));

        const Viewer a1 = Viewer::of(*s.userByName(QStringLiteral("a1")).value());
        QVERIFY(s.canSee(a1, customers[0]).value());
        QVERIFY(!s.canSee(a1, customers[1]).value());
        QCOMPARE(s.visibleCustomers(a1).value(), QList<qint64>{customers[0]});

        // Paging: at most maxChanges, revision = the last one returned, more = true.
        const Viewer root = Viewer::of(*s.userByName(QStringLiteral("root")).value());
        const ChangePage first = s.changesSince(root, 0, 4, 1 << 20).value();
        QCOMPARE(first.changes.size(), 4);
        QVERIFY(first.more);
        QCOMPARE(first.revision, first.changes.last().revision);
        const ChangePage second = s.changesSince(root, first.revision, 4, 1 << 20).value();
        QCOMPARE(second.changes.size(), 3);
        QVERIFY(!second.more);
        QVERIFY(second.changes.first().revision > first.revision);
        // Nothing new: the server's current revision.
        const ChangePage none = s.changesSince(a1, second.revision, 4, 1 << 20).value();
        QVERIFY(none.changes.isEmpty());
        QCOMPARE(none.revision, s.currentRevision().value());

        // The previous assignee sees the one row that tells it the task moved.
        QVERIFY(s.appendChange(
                     ChangeRow{QStringLiteral("task"), 2, customers[1], {}, false, {}, QStringLiteral("a1")})
                    .ok());
        const ChangePage moved = s.changesSince(a1, second.revision, 10, 1 << 20).value();
        QCOMPARE(moved.changes.size(), 1);
        QCOMPARE(moved.changes.first().entity, QStringLiteral("task"));
    }

    void appliedOps()
    {
        SqliteStorage s(m_dir.filePath(QStringLiteral("ops.db")));
        QVERIFY(s.open().ok());
        QVERIFY(!s.appliedOp(QStringLiteral("op-1")).value().has_value());
        QVERIFY(
            s.insertAppliedOp(AppliedOp{QStringLiteral("op-1"), 7, 4002, 0, QDateTime::currentDateTimeUtc()})
                .ok());
        const auto op = s.appliedOp(QStringLiteral("op-1")).value();
        QVERIFY(op.has_value());
        QCOMPARE(op->code, 4002);
        QCOMPARE(op->userId, 7);
        // The op id is the key: a second insert of the same id fails rather than overwrite the first result.
        QVERIFY(!s.insertAppliedOp(AppliedOp{QStringLiteral("op-1"), 7, 0, 12, {}}).ok());
        QCOMPARE(s.appliedOp(QStringLiteral("op-1")).value()->code, 4002);
    }

    // The contact history the rules read for every recorded call and re-plan carries what they use,
    // the same as the full rows, oldest first, and nothing of the rest (notes, promises).
    void contactHistoryCarriesWhatTheRulesCount()
    {
        SqliteStorage s(m_dir.filePath(QStringLiteral("contacts.db")));
        QVERIFY(s.open().ok());
        Customer c;
        c.name = QStringLiteral("李娜");
        const qint64 customer = s.insertCustomer(c, false).value();
        Customer other;
        other.name = QStringLiteral("王强");
        const qint64 otherCustomer = s.insertCustomer(other, false).value();
        const QDateTime t0 = QDateTime(QDate(2026, 11, 20), QTime(1, 2, 3, 456), Qt::UTC);
        QList<Interaction> written;
        for (int k = 0; k < 6; ++k) {
            Interaction i;
            i.customerId = k == 5 ? otherCustomer : customer;
            i.channel = k == 2 ? Channel::Sms : Channel::Call;
            i.phoneNumber = QStringLiteral("1380000000%1").arg(k % 2);
            i.agent = QStringLiteral("agent01");
            i.startedAt = t0.addSecs(3600 * (4 - k));  // written newest first
            if (k % 2) {
                i.answeredAt = i.startedAt.addSecs(7);
                i.outcome = k == 1 ? Outcome::PromiseToPay : Outcome::RightPartyContact;
            } else {
                i.outcome = Outcome::NoAnswer;
            }
            i.endedAt = i.startedAt.addSecs(65);
            i.smsStatus = k == 2 ? SmsStatus::Failed : SmsStatus::Queued;
            if (k == 3) {
                i.outcome = Outcome::Callback;
                i.callbackAt = i.startedAt.addDays(1);
            }
            i.note = QStringLiteral("客户称下周还款");
            if (i.outcome == Outcome::PromiseToPay) {
                i.promiseAmount = 150'000;
                i.promiseDate = QDate(2026, 11, 27);
            }
            QVERIFY(s.insertInteraction(i, QStringLiteral("op-%1").arg(k)).ok());
            written << i;
        }
        const QList<Interaction> full = s.interactions(customer).value();
        const QList<Interaction> lean = s.contactHistory(customer).value();
        QCOMPARE(lean.size(), 5);
        QCOMPARE(full.size(), lean.size());
        for (int k = 0; k < lean.size(); ++k) {
            const Interaction &a = full.at(k), &b = lean.at(k);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.customerId, customer);
            QCOMPARE(b.channel, a.channel);
            QCOMPARE(b.phoneNumber, a.phoneNumber);
            QCOMPARE(b.startedAt, a.startedAt);
            QCOMPARE(b.answeredAt, a.answeredAt);
            QCOMPARE(b.endedAt, a.endedAt);
            QCOMPARE(b.outcome, a.outcome);
            QCOMPARE(b.smsStatus, a.smsStatus);
            QCOMPARE(b.agent, QStringLiteral("agent01"));
            QCOMPARE(b.callbackAt, a.callbackAt);
            QCOMPARE(b.taskId, a.taskId);
            QVERIFY(b.note.isEmpty());
            QCOMPARE(b.promiseAmount, 0);
            if (k > 0)
                QVERIFY(b.startedAt > lean.at(k - 1).startedAt);
        }
        // Oldest first: the last one written is the first read.
        QCOMPARE(lean.first().startedAt, written.at(4).startedAt);
        QCOMPARE(lean.first().outcome, Outcome::NoAnswer);
        QCOMPARE(lean.at(2).channel, Channel::Sms);
        QCOMPARE(lean.at(2).smsStatus, SmsStatus::Failed);
        QCOMPARE(lean.at(3).outcome, Outcome::PromiseToPay);
        QCOMPARE(lean.at(3).answeredAt, written.at(1).answeredAt);
        QCOMPARE(lean.at(1).outcome, Outcome::Callback);
        QCOMPARE(lean.at(1).callbackAt, written.at(3).callbackAt);
        QVERIFY(lean.at(1).callbackAt.isValid());
        QCOMPARE(s.contactHistory(otherCustomer).value().size(), 1);
        QVERIFY(s.contactHistory(customer + 100).value().isEmpty());

        // Read in a transaction, it sees the transaction's own row; rolled back, the row is gone.
        {
            StorageTransaction tx(s);
            Interaction late = written.first();
            late.startedAt = t0.addDays(1);
            QVERIFY(s.insertInteraction(late, QStringLiteral("op-late")).ok());
            QCOMPARE(s.contactHistory(customer).value().size(), 6);
            QCOMPARE(s.contactHistory(customer).value().last().startedAt, t0.addDays(1));
        }
        QCOMPARE(s.contactHistory(customer).value().size(), 5);

        // Closed, it says so; opened again, it reads as before.
        s.close();
        const Result<QList<Interaction>> closed = s.contactHistory(customer);
        QVERIFY(!closed);
        QCOMPARE(closed.error().code, ErrorCode::OpenFailed);
        QVERIFY(s.open().ok());
        QCOMPARE(s.contactHistory(customer).value().size(), 5);
    }

    void transactionGuardRollsBack()
    {
        SqliteStorage s(m_dir.filePath(QStringLiteral("tx.db")));
        QVERIFY(s.open().ok());
        {
            StorageTransaction tx(s);
            QVERIFY(tx.started().ok());
            QVERIFY(s.insertUser(user(QStringLiteral("ghost"), Role::Agent, QStringLiteral("x"))).ok());
        }
        QVERIFY(!s.userByName(QStringLiteral("ghost")).value().has_value());
        {
            StorageTransaction tx(s);
            QVERIFY(s.insertUser(user(QStringLiteral("kept"), Role::Agent, QStringLiteral("x"))).ok());
            QVERIFY(tx.commit().ok());
        }
        QVERIFY(s.userByName(QStringLiteral("kept")).value().has_value());
    }

    void auditIsAppendOnly()
    {
        SqliteStorage s(m_dir.filePath(QStringLiteral("audit.db")));
        QVERIFY(s.open().ok());
        AuditEntry e;
        e.user = QStringLiteral("a1");
        e.action = QStringLiteral("interaction.record");
        e.target = QStringLiteral("task:3");
        e.detail = {{QStringLiteral("opId"), QStringLiteral("x")}};
        e.code = 4002;
        QVERIFY(s.appendAudit(e).ok());
        QSqlQuery q(s.db());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit SET code = 0")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit")));
        const auto entries = s.auditEntries(QStringLiteral("interaction.record"), 10).value();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().code, 4002);
        QCOMPARE(entries.first().detail.value(QStringLiteral("opId")).toString(), QStringLiteral("x"));
        QCOMPARE(s.auditEntries(QString(), 10).value().size(), 1);
        QCOMPARE(s.auditEntries(QStringLiteral("session.login"), 10).value().size(), 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSqliteStorage)
#include "tst_sqlitestorage.moc"
