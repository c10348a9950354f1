#include "ConsultClient.h"

#include "Messages.h"
#include "SyncClient.h"
#include "SyncLog.h"

#include <QJsonArray>

namespace cd {

namespace msg = proto::msg;

ConsultClient::ConsultClient(SyncClient &client, LocalStore &store, QObject *parent)
    : QObject(parent), m_client(client), m_repo(store)
{
    connect(&client, &SyncClient::serverEvent, this, &ConsultClient::onServerEvent);
    // After every login or resume: threads may have come or gone, counts moved while away.
    connect(&client, &SyncClient::loggedIn, this, [this] { refresh(); });
    if (client.state() == SyncClient::State::Online)
        refresh();
}

bool ConsultClient::online() const { return m_client.state() == SyncClient::State::Online; }

int ConsultClient::unreadTotal() const { return m_repo.unreadTotal(); }

void ConsultClient::announceUnread()
{
    const int total = unreadTotal();
    if (total == m_lastTotal)
        return;
    m_lastTotal = total;
    Q_EMIT unreadTotalChanged(total);
}

void ConsultClient::refresh(qint64 customerId)
{
    if (!online())
        return;
    QJsonObject body;
    if (customerId > 0)
        body.insert(QStringLiteral("customerId"), customerId);
    m_client.request(
        msg::ConsultList, body, this, [this, customerId](const proto::Envelope &r, bool offline) {
            if (offline || !r.ok())
                return;  // the cache stays as it was: still readable
            QList<ConsultThreadInfo> threads;
            for (const QJsonValue &v : r.body.value(QStringLiteral("threads")).toArray())
                threads << ConsultThreadInfo::fromJson(v.toObject());
            if (auto s =
                    m_repo.replaceThreads(threads, customerId > 0 ? std::optional(customerId) : std::nullopt);
                !s)
                qCWarning(lcSync).noquote() << "consult threads not cached:" << s.error().detail;
            Q_EMIT threadsChanged();
            announceUnread();
        });
}

void ConsultClient::loadMessages(qint64 threadId)
{
    if (!online() || threadId <= 0)
        return;
    m_client.request(
        msg::ConsultMessages,
        // The whole history (a thread is short): an event may have cached only its newest message.
        {{QStringLiteral("threadId"), threadId}, {QStringLiteral("after"), 0}}, this,
        [this, threadId](const proto::Envelope &r, bool offline) {
            if (offline || !r.ok())
                return;
            QList<ConsultMessageInfo> messages;
            for (const QJsonValue &v : r.body.value(QStringLiteral("messages")).toArray())
                messages << ConsultMessageInfo::fromJson(v.toObject());
            if (auto s = m_repo.saveMessages(messages); !s)
                qCWarning(lcSync).noquote() << "consult messages not cached:" << s.error().detail;
            Q_EMIT messagesChanged(threadId);
        });
}

void ConsultClient::markRead(qint64 threadId)
{
    const std::optional<ConsultThreadInfo> t = m_repo.thread(threadId);
    if (!t || t->unread == 0 || !online())
        return;
    const qint64 upTo = qMax(t->lastMessageId, m_repo.lastCachedMessageId(threadId));
    (void)m_repo.setUnread(threadId, 0);
    Q_EMIT threadsChanged();
    announceUnread();
    m_client.request(msg::ConsultRead,
                     {{QStringLiteral("threadId"), threadId}, {QStringLiteral("messageId"), upTo}}, this,
                     [this, threadId](const proto::Envelope &r, bool offline) {
                         if (offline || !r.ok())
                             return;
                         (void)m_repo.setUnread(threadId, r.body.value(QStringLiteral("unread")).toInt());
                         Q_EMIT threadsChanged();
                         announceUnread();
                     });
}

void ConsultClient::open(qint64 customerId, const QString &department, const QString &subject,
                         const QString &text)
{
    if (!online()) {
        Q_EMIT failed(proto::StatusCode::Unavailable, true);
        return;
    }
    m_client.request(msg::ConsultOpen,
                     {{QStringLiteral("customerId"), customerId},
                      {QStringLiteral("department"), department},
                      {QStringLiteral("subject"), subject},
                      {QStringLiteral("text"), text}},
                     this, [this](const proto::Envelope &r, bool offline) {
                         if (offline || !r.ok()) {
                             Q_EMIT failed(r.status, offline);
                             return;
                         }
                         const QJsonObject thread = r.body.value(QStringLiteral("thread")).toObject();
                         storeMessage(thread, r.body.value(QStringLiteral("message")).toObject());
                         Q_EMIT opened(thread.value(QStringLiteral("id")).toInteger());
                     });
}

void ConsultClient::post(qint64 threadId, const QString &text)
{
    if (!online()) {
        Q_EMIT failed(proto::StatusCode::Unavailable, true);
        return;
    }
    m_client.request(msg::ConsultPost,
                     {{QStringLiteral("threadId"), threadId}, {QStringLiteral("text"), text}}, this,
                     [this, threadId](const proto::Envelope &r, bool offline) {
                         if (offline || !r.ok()) {
                             Q_EMIT failed(r.status, offline);
                             return;
                         }
                         const ConsultMessageInfo m =
                             ConsultMessageInfo::fromJson(r.body.value(QStringLiteral("message")).toObject());
                         (void)m_repo.saveMessages({m});
                         if (std::optional<ConsultThreadInfo> t = m_repo.thread(threadId)) {
                             t->lastMessageId = qMax(t->lastMessageId, m.id);
                             t->lastMessageAt = m.sentAt;
                             t->messages += 1;
                             (void)m_repo.saveThread(*t);
                         }
                         Q_EMIT messagesChanged(threadId);
                         Q_EMIT threadsChanged();
                         Q_EMIT posted(threadId, m.id);
                     });
}

void ConsultClient::storeMessage(const QJsonObject &thread, const QJsonObject &message)
{
    const ConsultThreadInfo t = ConsultThreadInfo::fromJson(thread);
    if (auto s = m_repo.saveThread(t); !s)
        qCWarning(lcSync).noquote() << "consult thread not cached:" << s.error().detail;
    if (!message.isEmpty())
        (void)m_repo.saveMessages({ConsultMessageInfo::fromJson(message)});
    Q_EMIT threadsChanged();
    Q_EMIT messagesChanged(t.id);
    announceUnread();
}

void ConsultClient::onServerEvent(const QString &type, const QJsonObject &body)
{
    if (type != msg::ConsultMessage)
        return;
    QJsonObject thread = body.value(QStringLiteral("thread")).toObject();
    thread.insert(QStringLiteral("unread"), body.value(QStringLiteral("unread")).toInt());
    const QJsonObject message = body.value(QStringLiteral("message")).toObject();
    // The thread's customer may be new to this user (a department's first consult): pull it.
    if (body.value(QStringLiteral("revision")).toInteger() > m_client.revision())
        m_client.syncNow();
    storeMessage(thread, message);
    const ConsultMessageInfo m = ConsultMessageInfo::fromJson(message);
    const QString me = m_client.user().value(QStringLiteral("username")).toString();
    if (m.author != me)
        Q_EMIT messageReceived(m.threadId, m);
}

}  // namespace cd
