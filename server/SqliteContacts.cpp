// SqliteStorage: a debtor's contact history (Storage::contactHistory), read for every call recorded,
// every SMS sent and every re-plan. Through sqlite3 on the QtSql connection's own handle: a history
// runs to hundreds of rows, and QtSql's per-row cache of QVariants cost about five times the raw
// step (bench/contact_history). Same connection, so the same transaction and the same page cache.
#include "Logging.h"
#include "SqliteStorage.h"

#include <QSqlDriver>
#include <sqlite3.h>

namespace cd::server {

namespace {

const char ContactSql[] = "SELECT id, customer_id, task_id, channel, phone_number, agent, started_at, answered_at, "
                          "ended_at, outcome, callback_at, sms_status FROM interactions WHERE customer_id = ? "
                          "ORDER BY started_at, id";

QString text(sqlite3_stmt *s, int column)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(s, column)) : QString();
}

QDateTime time(sqlite3_stmt *s, int column)
{
    return sqlite3_column_type(s, column) == SQLITE_NULL ? QDateTime() : proto::parseIsoUtc(text(s, column));
}

template <typename E> E key(sqlite3_stmt *s, int column, E fallback)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    if (!bytes)
        return fallback;
    bool ok = false;
    const int v = QMetaEnum::fromType<E>().keyToValue(bytes, &ok);
    return ok ? static_cast<E>(v) : fallback;
}

}  // namespace

void SqliteStorage::finalizeRawStatements()
{
    sqlite3_finalize(m_contactStmt);  // a no-op on nullptr
    m_contactStmt = nullptr;
}

Result<QList<Interaction>> SqliteStorage::contactHistory(qint64 customerId)
{
    // The statement lives only while the connection is open (close() finalizes it): the check for
    // an open storage, two lookups under QtSql's connection lock, is needed only before preparing.
    if (!m_contactStmt) {
        if (!isOpen())
            return Error{ErrorCode::OpenFailed, QStringLiteral("storage is not open")};
        const QVariant handle = db().driver()->handle();
        sqlite3 *connection = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
            ? *static_cast<sqlite3 *const *>(handle.constData())
            : nullptr;
        if (!connection)
            return Error{ErrorCode::QueryFailed, QStringLiteral("read contact history: no sqlite3 handle")};
        if (const int rc = sqlite3_prepare_v3(connection, ContactSql, -1, SQLITE_PREPARE_PERSISTENT,
                                              &m_contactStmt, nullptr);
            rc != SQLITE_OK) {
            const Error error{ErrorCode::QueryFailed, QStringLiteral("read contact history: %1")
                                                          .arg(QString::fromUtf8(sqlite3_errmsg(connection)))};
            finalizeRawStatements();
            qCWarning(lcServerStorage).noquote() << error.detail;
            return error;
        }
    }
    sqlite3_stmt *s = m_contactStmt;
    sqlite3_bind_int64(s, 1, customerId);
    QList<Interaction> out;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        Interaction i;
        i.id = sqlite3_column_int64(s, 0);
        i.customerId = sqlite3_column_int64(s, 1);
        i.taskId = sqlite3_column_int64(s, 2);
        i.channel = key(s, 3, Channel::Call);
        i.phoneNumber = text(s, 4);
        i.agent = text(s, 5);
        i.startedAt = time(s, 6);
        i.answeredAt = time(s, 7);
        i.endedAt = time(s, 8);
        i.outcome = key(s, 9, Outcome::NoAnswer);
        i.callbackAt = time(s, 10);
        i.smsStatus = key(s, 11, SmsStatus::Queued);
        out.append(std::move(i));
    }
    const QString why = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(s)));
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (rc != SQLITE_DONE) {
        const Error error{rc == SQLITE_FULL ? ErrorCode::DiskFull : ErrorCode::QueryFailed,
                          QStringLiteral("read contact history: %1").arg(why)};
        qCWarning(lcServerStorage).noquote() << error.detail;
        return error;
    }
    return out;
}

}  // namespace cd::server
