#include "LocalStore.h"

#include "ScriptGraph.h"
#include "StoreRows.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace cd {

namespace {

QAtomicInteger<quint64> s_connectionSerial;

constexpr int BusyTimeoutMs = 5000;

Result<int> readUserVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return rows::fromSql(q.lastError(), QStringLiteral("read user_version"), ErrorCode::OpenFailed);
    return q.value(0).toInt();
}

Result<void> runAll(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (auto r = rows::execSql(db, sql); !r)
            return Error{r.error().code == ErrorCode::DiskFull ? ErrorCode::DiskFull
                                                               : ErrorCode::MigrationFailed,
                         r.error().detail};
    }
    return {};
}

}  // namespace

LocalStore::LocalStore() : m_connection(QStringLiteral("collectdesk.store.%1").arg(++s_connectionSerial)) {}

LocalStore::~LocalStore() { close(); }

QString LocalStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/cache.sqlite");
}

bool LocalStore::isOpen() const { return QSqlDatabase::contains(m_connection) && db().isOpen(); }

QSqlDatabase LocalStore::db() const { return QSqlDatabase::database(m_connection, false); }

int LocalStore::schemaVersion() const
{
    if (!isOpen())
        return 0;
    const Result<int> v = readUserVersion(db());
    return v ? v.value() : 0;
}

void LocalStore::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase d = db();
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<void> LocalStore::open(const QString &path)
{
    close();
    m_path = path;
    const bool inMemory = path == QLatin1String(":memory:");

    if (!inMemory) {
        // The cache holds personal financial data (PIPL art. 28): owner-only directory and file.
        const QFileInfo info(path);
        QDir dir = info.absoluteDir();
        if (!dir.exists()) {
            if (!QDir().mkpath(dir.absolutePath()))
                return Error{ErrorCode::OpenFailed, QStringLiteral("cannot create ") + dir.absolutePath()};
            QFile::setPermissions(dir.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        if (!info.exists()) {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return Error{ErrorCode::OpenFailed,
                             QStringLiteral("cannot create %1: %2").arg(path, f.errorString())};
        }
        // SQLite gives the -wal and -shm files the database file's mode, so this covers them too.
        if (!QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner))
            return Error{ErrorCode::OpenFailed, QStringLiteral("cannot restrict permissions of ") + path};
    }

    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        d.setDatabaseName(path);
        if (!d.open()) {
            const Error e =
                rows::fromSql(d.lastError(), QStringLiteral("open ") + path, ErrorCode::OpenFailed);
            d = QSqlDatabase();
            close();
            return e;
        }
    }

    // Read the version before anything that writes (journal_mode=WAL rewrites the file header):
    // a database from a newer program must be left exactly as it is.
    const Result<int> version = readUserVersion(db());
    if (!version) {
        close();
        return version.error();
    }
    if (version.value() > SchemaVersion) {
        const QString detail = QStringLiteral("%1 has schema %2, this program knows up to %3")
                                   .arg(path)
                                   .arg(version.value())
                                   .arg(SchemaVersion);
        qCWarning(lcStore).noquote() << detail;
        close();
        return Error{ErrorCode::NewerSchema, detail};
    }

    const QStringList pragmas = {
        // WAL: readers never block the writer and a commit appends to the log instead of rewriting
        // pages, which keeps an agent's save (one small transaction per disposition) fast.
        QStringLiteral("PRAGMA journal_mode=WAL"),
        // NORMAL is durable against application crashes in WAL mode; a power cut may lose the last
        // transactions but never corrupts the file. Everything here is either re-pulled from the
        // server or still in the outbox of an earlier committed transaction, so FULL's fsync per
        // commit buys nothing the agent would notice except slower saves.
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        // Another connection (sync/, a second window) may hold the write lock briefly.
        QStringLiteral("PRAGMA busy_timeout=%1").arg(BusyTimeoutMs),
    };
    for (const QString &p : pragmas) {
        if (auto r = rows::execSql(db(), p); !r) {
            close();
            return Error{r.error().code == ErrorCode::DiskFull ? ErrorCode::DiskFull : ErrorCode::OpenFailed,
                         r.error().detail};
        }
    }

    if (auto r = migrate(); !r) {
        close();
        return r;
    }
    return {};
}

Result<void> LocalStore::migrate()
{
    const Result<int> v = readUserVersion(db());
    if (!v)
        return v.error();
    if (v.value() < 1) {
        if (auto r = migrateTo1(); !r)
            return r;
    }
    if (v.value() < 2) {
        if (auto r = migrateTo2(); !r)
            return r;
    }
    if (v.value() < 3) {
        if (auto r = migrateTo3(); !r)
            return r;
    }
    if (v.value() < 4) {
        if (auto r = migrateTo4(); !r)
            return r;
    }
    if (v.value() < 5) {
        if (auto r = migrateTo5(); !r)
            return r;
    }
    if (v.value() < 6) {
        if (auto r = migrateTo6(); !r)
            return r;
    }
    if (v.value() < 7) {
        if (auto r = migrateTo7(); !r)
            return r;
    }
    if (v.value() < 8) {
        if (auto r = migrateTo8(); !r)
            return r;
    }
    if (v.value() < 9) {
        if (auto r = migrateTo9(); !r)
            return r;
    }
    qCDebug(lcStore) << "store" << m_path << "at schema" << SchemaVersion;
    return {};
}

// v1: the offline working set. Money columns are INTEGER fen; instants INTEGER epoch ms (UTC);
// calendar dates TEXT 'YYYY-MM-DD'; enums TEXT keys. See docs/dev/Database.md.
Result<void> LocalStore::migrateTo1()
{
    Transaction tx(db());
    const QStringList ddl = {
        QStringLiteral("CREATE TABLE customers ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " gender TEXT NOT NULL,"
                       " id_number TEXT NOT NULL DEFAULT '',"
                       " birth_date TEXT,"
                       " province TEXT NOT NULL DEFAULT '',"
                       " city TEXT NOT NULL DEFAULT '',"
                       " time_zone TEXT NOT NULL DEFAULT 'Asia/Shanghai',"
                       " occupation TEXT NOT NULL DEFAULT '',"
                       " employer TEXT NOT NULL DEFAULT '',"
                       " address TEXT NOT NULL DEFAULT '',"
                       " risk TEXT NOT NULL,"
                       " risk_score INTEGER NOT NULL DEFAULT 0,"
                       " flags INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE phones ("
                       " id INTEGER PRIMARY KEY,"
                       " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                       " number TEXT NOT NULL,"
                       " type TEXT NOT NULL,"
                       " relation TEXT NOT NULL,"
                       " contact_name TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX idx_phones_customer ON phones(customer_id)"),
        QStringLiteral("CREATE TABLE loans ("
                       " id INTEGER PRIMARY KEY,"
                       " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                       " contract_no TEXT NOT NULL,"
                       " product TEXT NOT NULL,"
                       " principal_fen INTEGER NOT NULL,"
                       " term_months INTEGER NOT NULL,"
                       " annual_rate_bp INTEGER NOT NULL,"
                       " disbursed TEXT,"
                       " status TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX idx_loans_customer ON loans(customer_id)"),
        QStringLiteral("CREATE TABLE installments ("
                       " id INTEGER PRIMARY KEY,"
                       " loan_id INTEGER NOT NULL REFERENCES loans(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL,"
                       " due_date TEXT NOT NULL,"
                       " principal_due_fen INTEGER NOT NULL DEFAULT 0,"
                       " interest_due_fen INTEGER NOT NULL DEFAULT 0,"
                       " fee_due_fen INTEGER NOT NULL DEFAULT 0,"
                       " penalty_due_fen INTEGER NOT NULL DEFAULT 0,"
                       " paid_fen INTEGER NOT NULL DEFAULT 0,"
                       " waived_fen INTEGER NOT NULL DEFAULT 0,"
                       " UNIQUE(loan_id, seq))"),
        QStringLiteral("CREATE TABLE payments ("
                       " id INTEGER PRIMARY KEY,"
                       " loan_id INTEGER NOT NULL REFERENCES loans(id) ON DELETE CASCADE,"
                       " paid_at INTEGER NOT NULL,"
                       " amount_fen INTEGER NOT NULL,"
                       " channel TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX idx_payments_loan ON payments(loan_id)"),
        // dpd, bucket and overdue_fen are denormalised from the customer's loans when the task is
        // written, so the queue is one indexed query with no per-row computation. The customer's
        // name is joined, never copied.
        QStringLiteral("CREATE TABLE tasks ("
                       " id INTEGER PRIMARY KEY,"
                       " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " priority INTEGER NOT NULL DEFAULT 0,"
                       " reasons TEXT NOT NULL DEFAULT '',"
                       " due INTEGER,"
                       " assignee TEXT NOT NULL DEFAULT '',"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " next_eligible INTEGER,"
                       " dpd INTEGER NOT NULL DEFAULT 0,"
                       " bucket TEXT NOT NULL DEFAULT 'M0',"
                       " overdue_fen INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX idx_tasks_status_priority ON tasks(status, priority DESC)"),
        QStringLiteral("CREATE INDEX idx_tasks_customer ON tasks(customer_id)"),
        QStringLiteral("CREATE INDEX idx_tasks_bucket ON tasks(bucket, status)"),
        QStringLiteral("CREATE INDEX idx_tasks_kind ON tasks(kind, status)"),
        QStringLiteral("CREATE INDEX idx_tasks_status_next ON tasks(status, next_eligible)"),
        // task_id is a soft link: history outlives the task it was made for (tasks are deleted when
        // done on the server), so no foreign key.
        QStringLiteral("CREATE TABLE interactions ("
                       " id INTEGER PRIMARY KEY,"
                       " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                       " task_id INTEGER,"
                       " channel TEXT NOT NULL,"
                       " phone_number TEXT NOT NULL DEFAULT '',"
                       " agent TEXT NOT NULL DEFAULT '',"
                       " started_at INTEGER,"
                       " answered_at INTEGER,"
                       " ended_at INTEGER,"
                       " outcome TEXT NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " promise_amount_fen INTEGER NOT NULL DEFAULT 0,"
                       " promise_date TEXT,"
                       " callback_at INTEGER)"),
        QStringLiteral("CREATE INDEX idx_interactions_customer ON interactions(customer_id, started_at)"),
        QStringLiteral("CREATE TABLE promises ("
                       " id INTEGER PRIMARY KEY,"
                       " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                       " interaction_id INTEGER,"
                       " amount_fen INTEGER NOT NULL,"
                       " due_date TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " created_at INTEGER)"),
        QStringLiteral("CREATE INDEX idx_promises_customer ON promises(customer_id)"),
        QStringLiteral("PRAGMA user_version = 1"),
    };
    if (auto r = runAll(db(), ddl); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return Error{r.error().code == ErrorCode::DiskFull ? ErrorCode::DiskFull : ErrorCode::MigrationFailed,
                     r.error().detail};
    qCInfo(lcStore) << "migrated" << m_path << "to schema 1";
    return {};
}

// v2: scripts (talk-tracks) and the outbox of offline operations.
Result<void> LocalStore::migrateTo2()
{
    Transaction tx(db());
    const QStringList ddl = {
        QStringLiteral("CREATE TABLE scripts ("
                       " id INTEGER PRIMARY KEY,"
                       " segment TEXT NOT NULL,"
                       " locale TEXT NOT NULL,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " steps TEXT NOT NULL DEFAULT '[]',"  // JSON array of {key, title, text}
                       " UNIQUE(segment, locale))"),
        // Replayed by sync/ in id order; op_id is the server's idempotency key.
        QStringLiteral("CREATE TABLE outbox ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " op_id TEXT NOT NULL UNIQUE,"
                       " type TEXT NOT NULL,"
                       " body TEXT NOT NULL,"  // JSON object
                       " created INTEGER NOT NULL,"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " next_attempt INTEGER NOT NULL,"
                       " last_error TEXT)"),
        QStringLiteral("CREATE INDEX idx_outbox_next_attempt ON outbox(next_attempt)"),
        // Per-agent queues (a lead's cache holds the team's tasks) filter on the assignee.
        QStringLiteral("CREATE INDEX idx_tasks_assignee_status ON tasks(assignee, status)"),
        QStringLiteral("PRAGMA user_version = 2"),
    };
    if (auto r = runAll(db(), ddl); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return Error{r.error().code == ErrorCode::DiskFull ? ErrorCode::DiskFull : ErrorCode::MigrationFailed,
                     r.error().detail};
    qCInfo(lcStore) << "migrated" << m_path << "to schema 2";
    return {};
}

// v3: synchronisation with the server (sync/). sync_state holds the session and the pulled revision;
// outbox rows keep their fate (pending / acked / rejected) instead of only existing; rows made here
// before the server confirmed them are "provisional": negative ids and the op_id that made them, so
// the pull that brings the server's rows for that op can drop them (docs/dev/Database.md).
Result<void> LocalStore::migrateTo3()
{
    Transaction tx(db());
    const QStringList ddl = {
        QStringLiteral("CREATE TABLE sync_state ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        QStringLiteral("ALTER TABLE outbox ADD COLUMN status TEXT NOT NULL DEFAULT 'pending'"),
        QStringLiteral("ALTER TABLE outbox ADD COLUMN result_code INTEGER"),
        QStringLiteral("ALTER TABLE outbox ADD COLUMN acked_revision INTEGER"),
        // Replay reads pending rows in id order; the UI counts them on every change.
        QStringLiteral("CREATE INDEX idx_outbox_status ON outbox(status, id)"),
        QStringLiteral("ALTER TABLE interactions ADD COLUMN op_id TEXT"),
        QStringLiteral("ALTER TABLE promises ADD COLUMN op_id TEXT"),
        QStringLiteral("ALTER TABLE tasks ADD COLUMN op_id TEXT"),
        // Partial: only provisional rows carry an op_id, so these stay tiny.
        QStringLiteral("CREATE INDEX idx_interactions_op ON interactions(op_id) WHERE op_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX idx_promises_op ON promises(op_id) WHERE op_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX idx_tasks_op ON tasks(op_id) WHERE op_id IS NOT NULL"),
        QStringLiteral("PRAGMA user_version = 3"),
    };
    if (auto r = runAll(db(), ddl); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return Error{r.error().code == ErrorCode::DiskFull ? ErrorCode::DiskFull : ErrorCode::MigrationFailed,
                     r.error().detail};
    qCInfo(lcStore) << "migrated" << m_path << "to schema 3";
    return {};
}

// v4: workflow (issue 4). Hardship-hold end and risk factors on customers; what was paid towards a
// promise and when it was decided; the bucket history, settlement offers and leads' compliance
// overrides the server sends (docs/dev/Database.md).
Result<void> LocalStore::migrateTo4()
{
    Transaction tx(db());
    const QStringList ddl = {
        QStringLiteral("ALTER TABLE customers ADD COLUMN hold_until TEXT"),
        QStringLiteral("ALTER TABLE customers ADD COLUMN risk_factors TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE customers ADD COLUMN bank_card TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE promises ADD COLUMN paid_fen INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE promises ADD COLUMN decided_at INTEGER"),
        QStringLiteral("CREATE TABLE bucket_history ("
                       " id INTEGER PRIMARY KEY,"
                       " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                       " loan_id INTEGER,"
                       " at INTEGER NOT NULL,"
                       " from_bucket TEXT NOT NULL,"
                       " to_bucket TEXT NOT NULL,"
                       " dpd INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX idx_bucket_history_customer ON bucket_history(customer_id, at)"),
        QStringLiteral("CREATE TABLE settlements ("
                       " id INTEGER PRIMARY KEY,"
                       " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                       " loan_id INTEGER NOT NULL,"
                       " agent TEXT NOT NULL DEFAULT '',"
                       " created_at INTEGER,"
                       " outstanding_fen INTEGER NOT NULL,"
                       " discount_bp INTEGER NOT NULL,"
                       " total_fen INTEGER NOT NULL,"
                       " instalments INTEGER NOT NULL,"
                       " first_amount_fen INTEGER NOT NULL,"
                       " first_date TEXT NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL,"
                       " decided_by TEXT NOT NULL DEFAULT '',"
                       " decided_at INTEGER,"
                       " decision_note TEXT NOT NULL DEFAULT '',"
                       " op_id TEXT)"),
        QStringLiteral("CREATE INDEX idx_settlements_customer ON settlements(customer_id)"),
        QStringLiteral("CREATE INDEX idx_settlements_op ON settlements(op_id) WHERE op_id IS NOT NULL"),
        QStringLiteral("CREATE TABLE compliance_overrides ("
                       " id INTEGER PRIMARY KEY,"
                       " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                       " phone_number TEXT NOT NULL DEFAULT '',"
                       " rule TEXT NOT NULL,"
                       " reason TEXT NOT NULL,"
                       " lead TEXT NOT NULL,"
                       " expires_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX idx_overrides_customer ON compliance_overrides(customer_id, expires_at)"),
        QStringLiteral("PRAGMA user_version = 4"),
    };
    if (auto r = runAll(db(), ddl); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return Error{r.error().code == ErrorCode::DiskFull ? ErrorCode::DiskFull : ErrorCode::MigrationFailed,
                     r.error().detail};
    qCInfo(lcStore) << "migrated" << m_path << "to schema 4";
    return {};
}

// v5: SMS (issue 6). The SMS templates the server sends (entity "smsTemplate") for offline use, and
// each SMS interaction's delivery state and reason (docs/dev/Database.md).
Result<void> LocalStore::migrateTo5()
{
    Transaction tx(db());
    const QStringList ddl = {
        QStringLiteral("CREATE TABLE sms_templates ("
                       " id INTEGER PRIMARY KEY,"
                       " code TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " body TEXT NOT NULL,"
                       " audience TEXT NOT NULL,"
                       " locale TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " active INTEGER NOT NULL DEFAULT 1,"
                       " updated_at INTEGER,"
                       " UNIQUE(code, locale))"),
        QStringLiteral("ALTER TABLE interactions ADD COLUMN sms_status TEXT"),
        QStringLiteral("ALTER TABLE interactions ADD COLUMN sms_reason TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("PRAGMA user_version = 5"),
    };
    if (auto r = runAll(db(), ddl); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return Error{r.error().code == ErrorCode::DiskFull ? ErrorCode::DiskFull : ErrorCode::MigrationFailed,
                     r.error().detail};
    qCInfo(lcStore) << "migrated" << m_path << "to schema 5";
    return {};
}

// v6: call recordings (issue 5). Each call's recording on this machine and what the server holds of
// it (interactions.recording_*), and the durable upload queue (recording_uploads, models/RecordingQueue.h):
// one row per recording, keyed by the interaction.record op that made the call, surviving restarts.
Result<void> LocalStore::migrateTo6()
{
    Transaction tx(db());
    const QStringList ddl = {
        QStringLiteral("ALTER TABLE interactions ADD COLUMN recording_path TEXT"),
        QStringLiteral("ALTER TABLE interactions ADD COLUMN recording_id INTEGER"),
        QStringLiteral("ALTER TABLE interactions ADD COLUMN recording_sha256 TEXT"),
        QStringLiteral("ALTER TABLE interactions ADD COLUMN recording_bytes INTEGER"),
        QStringLiteral("ALTER TABLE interactions ADD COLUMN recording_duration_ms INTEGER"),
        QStringLiteral("ALTER TABLE interactions ADD COLUMN recording_retain_until INTEGER"),
        QStringLiteral("CREATE TABLE recording_uploads ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " op_id TEXT NOT NULL UNIQUE,"  // the interaction.record op of the call
                       " path TEXT NOT NULL,"
                       " sha256 TEXT,"
                       " bytes INTEGER,"
                       " duration_ms INTEGER,"
                       " status TEXT NOT NULL DEFAULT 'pending',"  // pending | done | failed
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " restarts INTEGER NOT NULL DEFAULT 0,"
                       " next_attempt INTEGER NOT NULL,"
                       " last_error TEXT,"
                       " created INTEGER NOT NULL,"
                       " interaction_id INTEGER,"  // the server's, once recording.begin named it
                       " recording_id INTEGER)"),
        QStringLiteral("CREATE INDEX idx_recording_uploads_due ON recording_uploads(status, next_attempt)"),
        QStringLiteral("PRAGMA user_version = 6"),
    };
    if (auto r = runAll(db(), ddl); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return Error{r.error().code == ErrorCode::DiskFull ? ErrorCode::DiskFull : ErrorCode::MigrationFailed,
                     r.error().detail};
    qCInfo(lcStore) << "migrated" << m_path << "to schema 6";
    return {};
}

// v9: trainers' rehearsal sessions (issue 6, models/RehearsalRepository.h). One row per session: the
// columns the review list shows, and the whole session (events, trainer's comments, score) as the JSON
// document that is also the export format, so export and import are lossless.
// v7: consult threads (server/ConsultService.h) and their messages as last fetched, so the portrait's
// consult panel reads offline; `unread` is the server's count for this user (docs/dev/Database.md).
Result<void> LocalStore::migrateTo7()
{
    Transaction tx(db());
    const QStringList ddl = {
        QStringLiteral("CREATE TABLE consult_threads ("
                       " id INTEGER PRIMARY KEY,"
                       " customer_id INTEGER NOT NULL,"
                       " department TEXT NOT NULL,"
                       " subject TEXT NOT NULL,"
                       " opened_by TEXT NOT NULL,"
                       " created_at INTEGER,"
                       " last_message_id INTEGER NOT NULL DEFAULT 0,"
                       " last_message_at INTEGER,"
                       " messages INTEGER NOT NULL DEFAULT 0,"
                       " unread INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX consult_threads_customer ON consult_threads(customer_id)"),
        QStringLiteral("CREATE TABLE consult_messages ("
                       " id INTEGER PRIMARY KEY,"
                       " thread_id INTEGER NOT NULL REFERENCES consult_threads(id) ON DELETE CASCADE,"
                       " author TEXT NOT NULL,"
                       " author_name TEXT NOT NULL DEFAULT '',"
                       " author_role TEXT NOT NULL DEFAULT '',"
                       " text TEXT NOT NULL,"
                       " flags TEXT NOT NULL DEFAULT '[]',"
                       " sent_at INTEGER)"),
        QStringLiteral("CREATE INDEX consult_messages_thread ON consult_messages(thread_id, id)"),
        QStringLiteral("PRAGMA user_version = 7"),
    };
    if (auto r = runAll(db(), ddl); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return Error{r.error().code == ErrorCode::DiskFull ? ErrorCode::DiskFull : ErrorCode::MigrationFailed,
                     r.error().detail};
    qCInfo(lcStore) << "migrated" << m_path << "to schema 7";
    return {};
}

// v8: talk-tracks as versioned graphs (core/ScriptGraph.h): the latest version of each script the
// server sent (id = its script_versions row) or the bundled defaults loaded here (id NULL). The flat
// v2 `scripts` rows are carried over as version-1 graphs (a straight line of steps), so a cache that
// was offline at the upgrade still has its scripts; the v2 table is no longer written.
Result<void> LocalStore::migrateTo8()
{
    Transaction tx(db());
    const QStringList ddl = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS script_graphs ("
                       " script_id TEXT PRIMARY KEY,"
                       " id INTEGER,"  // the server's script_versions row; NULL for a bundled default
                       " version INTEGER NOT NULL,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " locale TEXT NOT NULL DEFAULT '',"
                       " answerer TEXT NOT NULL,"
                       " document TEXT NOT NULL)"),  // the script's JSON (script::toJson)
    };
    if (auto r = runAll(db(), ddl); !r)
        return r;
    QJsonArray old;
    {
        QSqlQuery q(db());
        if (q.exec(QStringLiteral("SELECT segment, locale, name, version, steps FROM scripts"))) {
            while (q.next())
                old.append(QJsonObject{
                    {QStringLiteral("segment"), q.value(0).toString()},
                    {QStringLiteral("locale"), q.value(1).toString()},
                    {QStringLiteral("name"), q.value(2).toString()},
                    {QStringLiteral("version"), q.value(3).toInt()},
                    {QStringLiteral("steps"), QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array()}});
        }
    }
    const Result<QList<script::Script>> carried = script::readDocument(
        QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("collectdesk.scripts")},
                                  {QStringLiteral("formatVersion"), 1},
                                  {QStringLiteral("scripts"), old}})
            .toJson(QJsonDocument::Compact));
    for (const script::Script &s : carried ? carried.value() : QList<script::Script>{}) {
        QSqlQuery ins(db());
        ins.prepare(QStringLiteral("INSERT OR REPLACE INTO script_graphs(script_id, id, version, name, locale, "
                                   "answerer, document) VALUES(?, NULL, ?, ?, ?, ?, ?)"));
        ins.bindValue(0, s.id);
        ins.bindValue(1, s.version);
        ins.bindValue(2, s.name);
        ins.bindValue(3, s.segment.locale);
        ins.bindValue(4, enumKey(s.segment.answerer));
        ins.bindValue(5, QString::fromUtf8(QJsonDocument(script::toJson(s)).toJson(QJsonDocument::Compact)));
        if (!ins.exec())
            return Error{ErrorCode::MigrationFailed, QStringLiteral("carry script %1 over: %2").arg(s.id, ins.lastError().text())};
    }
    if (auto r = runAll(db(), {QStringLiteral("PRAGMA user_version = 8")}); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return Error{r.error().code == ErrorCode::DiskFull ? ErrorCode::DiskFull : ErrorCode::MigrationFailed,
                     r.error().detail};
    qCInfo(lcStore) << "migrated" << m_path << "to schema 8";
    return {};
}

Result<void> LocalStore::migrateTo9()
{
    Transaction tx(db());
    const QStringList ddl = {
        QStringLiteral("CREATE TABLE rehearsal_sessions ("
                       " id TEXT PRIMARY KEY,"
                       " trainee TEXT NOT NULL,"
                       " persona TEXT NOT NULL,"
                       " customer_name TEXT NOT NULL,"
                       " started_at INTEGER NOT NULL,"
                       " ended_at INTEGER,"
                       " outcome TEXT,"
                       " score INTEGER,"
                       " doc TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX rehearsal_sessions_started ON rehearsal_sessions(started_at)"),
        QStringLiteral("PRAGMA user_version = 9"),
    };
    if (auto r = runAll(db(), ddl); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return Error{r.error().code == ErrorCode::DiskFull ? ErrorCode::DiskFull : ErrorCode::MigrationFailed,
                     r.error().detail};
    qCInfo(lcStore) << "migrated" << m_path << "to schema 9";
    return {};
}

// Savepoints rather than BEGIN: they nest, so a repository call that guards itself (a loan with
// its installments) also composes into a caller's larger transaction (a disposition, a seed).
// The outermost SAVEPOINT starts the transaction and its RELEASE commits it. Every guard uses the
// same name: ROLLBACK TO / RELEASE act on the most recent savepoint of that name, which, guards
// being scoped objects, is always this guard's own.
Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("SAVEPOINT cd_tx"));
    if (!m_active)
        rows::fromSql(q.lastError(), QStringLiteral("begin transaction"));  // logs
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    // After SQLITE_FULL SQLite may already have rolled the whole transaction back; then there is
    // no savepoint left and these fail harmlessly.
    if (!q.exec(QStringLiteral("ROLLBACK TO cd_tx")) || !q.exec(QStringLiteral("RELEASE cd_tx")))
        qCDebug(lcStore) << "rollback:" << q.lastError().text();
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return Error{ErrorCode::QueryFailed,
                     QStringLiteral("transaction not active (begin failed or already committed)")};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("RELEASE cd_tx")))
        return rows::fromSql(q.lastError(), QStringLiteral("commit"));
    m_active = false;
    return {};
}

}  // namespace cd
