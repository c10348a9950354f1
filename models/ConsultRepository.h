#pragma once
// The client's cache of consult threads (case collaboration, server/ConsultService.h) and their
// messages: tables consult_threads and consult_messages (schema 7). Filled from the server's answers
// and consult.message events by sync/ConsultClient, read by ui/ConsultPanel, so a thread already
// fetched can be read offline. `unread` is the server's count for the logged-in user.
#include "LocalStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace cd {

struct ConsultThreadInfo {
    qint64 id = 0;
    qint64 customerId = 0;
    QString department;  ///< "legal" | "risk"
    QString subject;
    QString openedBy;
    QDateTime createdAt;
    qint64 lastMessageId = 0;
    QDateTime lastMessageAt;
    int messages = 0;
    int unread = 0;

    /// From the wire (consult.list threads[], consult.message thread).
    static ConsultThreadInfo fromJson(const QJsonObject &o);
};

struct ConsultMessageInfo {
    qint64 id = 0;
    qint64 threadId = 0;
    QString author;
    QString authorName;
    QString authorRole;  ///< the author's role key ("agent", "lead", "legal", "risk")
    QString text;
    QJsonArray flags;  ///< the compliance lint's findings: [{rule, text, start, length}]
    QDateTime sentAt;

    static ConsultMessageInfo fromJson(const QJsonObject &o);
};

class ConsultRepository
{
public:
    explicit ConsultRepository(LocalStore &store) : m_store(store) {}

    Result<void> saveThread(const ConsultThreadInfo &thread);
    /// The server's full list (of one customer when given): threads missing from it are no longer
    /// visible to the user and leave the cache with their messages.
    Result<void> replaceThreads(const QList<ConsultThreadInfo> &threads, std::optional<qint64> customerId);
    Result<void> saveMessages(const QList<ConsultMessageInfo> &messages);
    Result<void> setUnread(qint64 threadId, int unread);

    /// The customer's threads (every thread when 0), newest activity first.
    QList<ConsultThreadInfo> threads(qint64 customerId = 0) const;
    std::optional<ConsultThreadInfo> thread(qint64 id) const;
    /// Oldest first.
    QList<ConsultMessageInfo> messages(qint64 threadId) const;
    qint64 lastCachedMessageId(qint64 threadId) const;
    int unreadTotal() const;

private:
    LocalStore &m_store;
};

}  // namespace cd
