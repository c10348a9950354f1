#include "ConsultRepository.h"

#include "StoreRows.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace cd {

namespace {

QDateTime isoTime(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

const char *const ThreadColumns =
    "id, customer_id, department, subject, opened_by, created_at, last_message_id, "
    "last_message_at, messages, unread";

ConsultThreadInfo readThread(const QSqlQuery &q)
{
    ConsultThreadInfo t;
    t.id = q.value(0).toLongLong();
    t.customerId = q.value(1).toLongLong();
    t.department = q.value(2).toString();
    t.subject = q.value(3).toString();
    t.openedBy = q.value(4).toString();
    t.createdAt = rows::toTime(q.value(5));
    t.lastMessageId = q.value(6).toLongLong();
    t.lastMessageAt = rows::toTime(q.value(7));
    t.messages = q.value(8).toInt();
    t.unread = q.value(9).toInt();
    return t;
}

}  // namespace

ConsultThreadInfo ConsultThreadInfo::fromJson(const QJsonObject &o)
{
    ConsultThreadInfo t;
    t.id = o.value(QStringLiteral("id")).toInteger();
    t.customerId = o.value(QStringLiteral("customerId")).toInteger();
    t.department = o.value(QStringLiteral("department")).toString();
    t.subject = o.value(QStringLiteral("subject")).toString();
    t.openedBy = o.value(QStringLiteral("openedBy")).toString();
    t.createdAt = isoTime(o.value(QStringLiteral("createdAt")));
    t.lastMessageId = o.value(QStringLiteral("lastMessageId")).toInteger();
    t.lastMessageAt = isoTime(o.value(QStringLiteral("lastMessageAt")));
    t.messages = o.value(QStringLiteral("messages")).toInt();
    t.unread = o.value(QStringLiteral("unread")).toInt();
    return t;
}

ConsultMessageInfo ConsultMessageInfo::fromJson(const QJsonObject &o)
{
    ConsultMessageInfo m;
    m.id = o.value(QStringLiteral("id")).toInteger();
    m.threadId = o.value(QStringLiteral("threadId")).toInteger();
    m.author = o.value(QStringLiteral("author")).toString();
    m.authorName = o.value(QStringLiteral("authorName")).toString();
    m.authorRole = o.value(QStringLiteral("authorRole")).toString();
    m.text = o.value(QStringLiteral("text")).toString();
    m.flags = o.value(QStringLiteral("flags")).toArray();
    m.sentAt = isoTime(o.value(QStringLiteral("sentAt")));
    return m;
}

Result<void> ConsultRepository::saveThread(const ConsultThreadInfo &t)
{
    QSqlQuery q(m_store.db());
    // An upsert, not INSERT OR REPLACE: a replace deletes the row first, and the cascade its messages.
    if (auto r = rows::prepare(
            q,
            QStringLiteral(
                "INSERT INTO consult_threads(%1) VALUES(?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                "customer_id = excluded.customer_id, department = excluded.department, subject = "
                "excluded.subject, opened_by = excluded.opened_by, created_at = excluded.created_at, "
                "last_message_id = MAX(last_message_id, excluded.last_message_id), last_message_at = "
                "COALESCE(excluded.last_message_at, last_message_at), messages = excluded.messages, "
                "unread = excluded.unread")
                .arg(QLatin1String(ThreadColumns)));
        !r)
        return r;
    q.bindValue(0, t.id);
    q.bindValue(1, t.customerId);
    q.bindValue(2, t.department);
    q.bindValue(3, t.subject);
    q.bindValue(4, t.openedBy);
    q.bindValue(5, rows::fromTime(t.createdAt));
    q.bindValue(6, t.lastMessageId);
    q.bindValue(7, rows::fromTime(t.lastMessageAt));
    q.bindValue(8, t.messages);
    q.bindValue(9, t.unread);
    return rows::exec(q, QStringLiteral("save consult thread"));
}

Result<void> ConsultRepository::replaceThreads(const QList<ConsultThreadInfo> &threads,
                                               std::optional<qint64> customerId)
{
    Transaction tx(m_store.db());
    QStringList keep;
    for (const ConsultThreadInfo &t : threads)
        keep << QString::number(t.id);
    const QString notKept =
        keep.isEmpty() ? QStringLiteral("1") : QStringLiteral("id NOT IN (%1)").arg(keep.join(u','));
    const QString scope = customerId ? QStringLiteral(" AND customer_id = %1").arg(*customerId) : QString();
    for (const QString &table : {QStringLiteral("consult_messages"), QStringLiteral("consult_threads")}) {
        const QString sql = table == QLatin1String("consult_threads")
            ? QStringLiteral("DELETE FROM consult_threads WHERE %1%2").arg(notKept, scope)
            : QStringLiteral(
                  "DELETE FROM consult_messages WHERE thread_id IN (SELECT id FROM consult_threads "
                  "WHERE %1%2)")
                  .arg(notKept, scope);
        if (auto r = rows::execSql(m_store.db(), sql); !r)
            return r;
    }
    for (const ConsultThreadInfo &t : threads)
        if (auto r = saveThread(t); !r)
            return r;
    return tx.commit();
}

Result<void> ConsultRepository::saveMessages(const QList<ConsultMessageInfo> &messages)
{
    Transaction tx(m_store.db());
    QSqlQuery q(m_store.db());
    if (auto r =
            rows::prepare(q,
                          QStringLiteral("INSERT OR REPLACE INTO consult_messages(id, thread_id, author, "
                                         "author_name, author_role, text, flags, sent_at) "
                                         "VALUES(?,?,?,?,?,?,?,?)"));
        !r)
        return r;
    for (const ConsultMessageInfo &m : messages) {
        q.bindValue(0, m.id);
        q.bindValue(1, m.threadId);
        q.bindValue(2, m.author);
        q.bindValue(3, m.authorName);
        q.bindValue(4, m.authorRole);
        q.bindValue(5, m.text);
        q.bindValue(6, QString::fromUtf8(QJsonDocument(m.flags).toJson(QJsonDocument::Compact)));
        q.bindValue(7, rows::fromTime(m.sentAt));
        if (auto r = rows::exec(q, QStringLiteral("save consult message")); !r)
            return r;
    }
    return tx.commit();
}

Result<void> ConsultRepository::setUnread(qint64 threadId, int unread)
{
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(q, QStringLiteral("UPDATE consult_threads SET unread = ? WHERE id = ?")); !r)
        return r;
    q.bindValue(0, unread);
    q.bindValue(1, threadId);
    return rows::exec(q, QStringLiteral("set consult unread"));
}

QList<ConsultThreadInfo> ConsultRepository::threads(qint64 customerId) const
{
    QSqlQuery q(m_store.db());
    QList<ConsultThreadInfo> out;
    if (!rows::prepare(q,
                       QStringLiteral("SELECT %1 FROM consult_threads WHERE ? = 0 OR customer_id = ? "
                                      "ORDER BY COALESCE(last_message_at, created_at) DESC, id DESC")
                           .arg(QLatin1String(ThreadColumns))))
        return out;
    q.bindValue(0, customerId);
    q.bindValue(1, customerId);
    if (!rows::exec(q, QStringLiteral("read consult threads")))
        return out;
    while (q.next())
        out << readThread(q);
    return out;
}

std::optional<ConsultThreadInfo> ConsultRepository::thread(qint64 id) const
{
    QSqlQuery q(m_store.db());
    if (!rows::prepare(
            q,
            QStringLiteral("SELECT %1 FROM consult_threads WHERE id = ?").arg(QLatin1String(ThreadColumns))))
        return std::nullopt;
    q.bindValue(0, id);
    if (!rows::exec(q, QStringLiteral("read consult thread")) || !q.next())
        return std::nullopt;
    return readThread(q);
}

QList<ConsultMessageInfo> ConsultRepository::messages(qint64 threadId) const
{
    QSqlQuery q(m_store.db());
    QList<ConsultMessageInfo> out;
    if (!rows::prepare(q,
                       QStringLiteral("SELECT id, thread_id, author, author_name, author_role, text, flags, "
                                      "sent_at FROM consult_messages WHERE thread_id = ? ORDER BY id")))
        return out;
    q.bindValue(0, threadId);
    if (!rows::exec(q, QStringLiteral("read consult messages")))
        return out;
    while (q.next()) {
        ConsultMessageInfo m;
        m.id = q.value(0).toLongLong();
        m.threadId = q.value(1).toLongLong();
        m.author = q.value(2).toString();
        m.authorName = q.value(3).toString();
        m.authorRole = q.value(4).toString();
        m.text = q.value(5).toString();
        m.flags = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array();
        m.sentAt = rows::toTime(q.value(7));
        out << m;
    }
    return out;
}

qint64 ConsultRepository::lastCachedMessageId(qint64 threadId) const
{
    QSqlQuery q(m_store.db());
    if (!rows::prepare(
            q, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM consult_messages WHERE thread_id = ?")))
        return 0;
    q.bindValue(0, threadId);
    return rows::exec(q, QStringLiteral("read consult mark")) && q.next() ? q.value(0).toLongLong() : 0;
}

int ConsultRepository::unreadTotal() const
{
    QSqlQuery q(m_store.db());
    if (!rows::prepare(q, QStringLiteral("SELECT COALESCE(SUM(unread), 0) FROM consult_threads")))
        return 0;
    return rows::exec(q, QStringLiteral("read consult unread")) && q.next() ? q.value(0).toInt() : 0;
}

}  // namespace cd
