// SqliteStorage: consult threads, their messages and each user's read mark (server/ConsultService.h),
// and the schema step that creates them.
#include "SqliteStorage.h"

#include "SqliteRows.h"

#include <QJsonDocument>

namespace cd::server {

using namespace sqlrows;

// v6 (consult threads): a thread per customer and department, its messages with the compliance lint's
// flags (JSON), and per user the id of the last message they read (unread = others' messages after it).
Result<void> SqliteStorage::migrateTo6()
{
    static const char *const schema[] = {
        "CREATE TABLE consult_threads(id INTEGER PRIMARY KEY AUTOINCREMENT, customer_id INTEGER NOT NULL "
        "REFERENCES customers(id), department TEXT NOT NULL, subject TEXT NOT NULL, opened_by TEXT NOT NULL, "
        "team TEXT NOT NULL, created_at TEXT NOT NULL)",
        "CREATE INDEX consult_threads_customer ON consult_threads(customer_id)",
        "CREATE INDEX consult_threads_department ON consult_threads(department, customer_id)",
        "CREATE TABLE consult_messages(id INTEGER PRIMARY KEY AUTOINCREMENT, thread_id INTEGER NOT NULL "
        "REFERENCES consult_threads(id), author TEXT NOT NULL, text TEXT NOT NULL, flags TEXT NOT NULL "
        "DEFAULT '[]', sent_at TEXT NOT NULL)",
        "CREATE INDEX consult_messages_thread ON consult_messages(thread_id, id)",
        "CREATE TABLE consult_reads(thread_id INTEGER NOT NULL REFERENCES consult_threads(id), username TEXT "
        "NOT NULL, last_read INTEGER NOT NULL, PRIMARY KEY(thread_id, username))",
    };
    for (const char *sql : schema) {
        if (auto r = execSql(QString::fromLatin1(sql), "migrateTo6"); !r)
            return r;
    }
    return {};
}

Result<qint64> SqliteStorage::insertConsultThread(const ConsultThread &t)
{
    auto q =
        statement(QStringLiteral("INSERT INTO consult_threads(customer_id, department, subject, opened_by, "
                                 "team, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, t.customerId);
    s.bindValue(1, roleKey(t.department));
    s.bindValue(2, t.subject);
    s.bindValue(3, t.openedBy);
    s.bindValue(4, t.team);
    s.bindValue(5, time(t.createdAt));
    return insertReturningId(s, "insert consult thread");
}

Result<qint64> SqliteStorage::insertConsultMessage(const ConsultMessage &m)
{
    auto q = statement(QStringLiteral(
        "INSERT INTO consult_messages(thread_id, author, text, flags, sent_at) VALUES (?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, m.threadId);
    s.bindValue(1, m.author);
    s.bindValue(2, m.text);
    s.bindValue(3, QString::fromUtf8(QJsonDocument(m.flags).toJson(QJsonDocument::Compact)));
    s.bindValue(4, time(m.sentAt));
    return insertReturningId(s, "insert consult message");
}

// Who takes part, as one condition on a thread `th` for one user (bound in this order: username,
// role key, username, is-lead, team, team). consultParticipants() states the same rule per user row.
static const char ParticipantCondition[] =
    "(th.opened_by = ? OR th.department = ? "
    "OR th.customer_id IN (SELECT customer_id FROM tasks WHERE assignee = ? AND status <> 'Done') "
    "OR (? = 1 AND (th.team = ? OR th.customer_id IN (SELECT t.customer_id FROM tasks t JOIN users u ON "
    "u.username = t.assignee WHERE u.team = ? AND t.status <> 'Done'))))";

Result<QList<ConsultThread>> SqliteStorage::consultThreadsFor(const Viewer &v, qint64 customerId,
                                                              qint64 threadId)
{
    auto q = statement(
        QStringLiteral(
            "SELECT th.id, th.customer_id, th.department, th.subject, th.opened_by, th.team, th.created_at, "
            "(SELECT MAX(m.id) FROM consult_messages m WHERE m.thread_id = th.id), "
            "(SELECT MAX(m.sent_at) FROM consult_messages m WHERE m.thread_id = th.id), "
            "(SELECT COUNT(*) FROM consult_messages m WHERE m.thread_id = th.id), "
            "(SELECT COUNT(*) FROM consult_messages m WHERE m.thread_id = th.id AND m.author <> ? AND m.id > "
            "COALESCE((SELECT r.last_read FROM consult_reads r WHERE r.thread_id = th.id AND r.username = "
            "?), 0)) "
            "FROM consult_threads th WHERE (? = 0 OR th.customer_id = ?) AND (? = 0 OR th.id = ?) AND %1 "
            "ORDER BY 9 DESC, th.id DESC")
            .arg(QLatin1String(ParticipantCondition)));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    const bool lead = v.role == Role::Lead && !v.team.isEmpty();
    const QVariantList binds{v.username, v.username,      customerId, customerId,   threadId, threadId,
                             v.username, roleKey(v.role), v.username, lead ? 1 : 0, v.team,   v.team};
    for (int i = 0; i < binds.size(); ++i)
        s.bindValue(i, binds[i]);
    if (auto r = exec(s, "read consult threads"); !r)
        return r.error();
    QList<ConsultThread> out;
    while (s.next()) {
        ConsultThread t;
        t.id = s.value(0).toLongLong();
        t.customerId = s.value(1).toLongLong();
        t.department = roleFromKey(s.value(2).toString()).value_or(Role::Legal);
        t.subject = s.value(3).toString();
        t.openedBy = s.value(4).toString();
        t.team = s.value(5).toString();
        t.createdAt = toTime(s.value(6));
        t.lastMessageId = s.value(7).toLongLong();
        t.lastMessageAt = toTime(s.value(8));
        t.messages = s.value(9).toInt();
        t.unread = s.value(10).toInt();
        out << t;
    }
    s.finish();
    return out;
}

Result<QStringList> SqliteStorage::consultParticipants(qint64 threadId)
{
    auto q = statement(QStringLiteral(
        "SELECT u.username FROM users u JOIN consult_threads th ON th.id = ? WHERE u.disabled = 0 AND ("
        "u.username = th.opened_by OR u.role = th.department "
        "OR u.username IN (SELECT assignee FROM tasks WHERE customer_id = th.customer_id AND status <> "
        "'Done') "
        "OR (u.role = 'lead' AND u.team <> '' AND (u.team = th.team OR u.team IN (SELECT a.team FROM tasks t "
        "JOIN users a ON a.username = t.assignee WHERE t.customer_id = th.customer_id AND t.status <> "
        "'Done'))))"
        " ORDER BY u.username"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, threadId);
    if (auto r = exec(s, "read consult participants"); !r)
        return r.error();
    QStringList out;
    while (s.next())
        out << s.value(0).toString();
    s.finish();
    return out;
}

Result<QList<ConsultMessage>> SqliteStorage::consultMessages(qint64 threadId, qint64 afterId, int limit)
{
    auto q = statement(QStringLiteral(
        "SELECT m.id, m.thread_id, m.author, COALESCE(u.name, ''), COALESCE(u.role, ''), m.text, m.flags, "
        "m.sent_at FROM consult_messages m LEFT JOIN users u ON u.username = m.author "
        "WHERE m.thread_id = ? AND m.id > ? ORDER BY m.id LIMIT ?"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, threadId);
    s.bindValue(1, afterId);
    s.bindValue(2, limit);
    if (auto r = exec(s, "read consult messages"); !r)
        return r.error();
    QList<ConsultMessage> out;
    while (s.next()) {
        ConsultMessage m;
        m.id = s.value(0).toLongLong();
        m.threadId = s.value(1).toLongLong();
        m.author = s.value(2).toString();
        m.authorName = s.value(3).toString();
        m.authorRole = s.value(4).toString();
        m.text = s.value(5).toString();
        m.flags = QJsonDocument::fromJson(s.value(6).toString().toUtf8()).array();
        m.sentAt = toTime(s.value(7));
        out << m;
    }
    s.finish();
    return out;
}

Result<qint64> SqliteStorage::markConsultRead(qint64 threadId, const QString &username, qint64 messageId)
{
    auto q = statement(QStringLiteral(
        "INSERT INTO consult_reads(thread_id, username, last_read) VALUES (?, ?, ?) ON CONFLICT(thread_id, "
        "username) DO UPDATE SET last_read = MAX(last_read, excluded.last_read)"));
    auto readQ =
        statement(QStringLiteral("SELECT last_read FROM consult_reads WHERE thread_id = ? AND username = ?"));
    if (!q)
        return q.error();
    if (!readQ)
        return readQ.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, threadId);
    s.bindValue(1, username);
    s.bindValue(2, messageId);
    if (auto r = exec(s, "mark consult read"); !r)
        return r.error();
    QSqlQuery &r = *readQ.value();
    r.bindValue(0, threadId);
    r.bindValue(1, username);
    if (auto e = exec(r, "read consult mark"); !e)
        return e.error();
    const qint64 mark = r.next() ? r.value(0).toLongLong() : 0;
    r.finish();
    return mark;
}

}  // namespace cd::server
