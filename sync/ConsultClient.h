#pragma once
// The workstation's side of case collaboration (server/ConsultService.h): asks the server for the
// user's consult threads and their messages through SyncClient::request(), keeps them in the cache
// (models/ConsultRepository) and follows the consult.message events, so the portrait's panel and the
// unread badge are live while online and readable offline.
//
// Posting needs the server: a consult is a conversation with someone waiting for the answer, and a
// message that surfaces hours later in a thread that moved on misleads more than it helps. So a post
// or an open while offline is refused at once (failed(…, offline = true)) and the caller keeps the text
// for the user to send when the link is back; nothing is queued. Created by MainWindow::attachSync for
// the SyncClient; UI thread.
#include "ConsultRepository.h"
#include "Status.h"

#include <QObject>

namespace cd {

class SyncClient;

class ConsultClient : public QObject
{
    Q_OBJECT
public:
    ConsultClient(SyncClient &client, LocalStore &store, QObject *parent = nullptr);

    /// consult.list: the user's threads (all, or one customer's) replace the cache's.
    void refresh(qint64 customerId = 0);
    /// consult.messages: the thread's history into the cache.
    void loadMessages(qint64 threadId);
    /// consult.read up to the last cached message; the unread count drops at once in the cache.
    void markRead(qint64 threadId);
    void open(qint64 customerId, const QString &department, const QString &subject, const QString &text);
    void post(qint64 threadId, const QString &text);

    bool online() const;
    int unreadTotal() const;
    ConsultRepository &repository() { return m_repo; }

Q_SIGNALS:
    void threadsChanged();
    void messagesChanged(qint64 threadId);
    void unreadTotalChanged(int total);
    /// Another participant's message arrived (live).
    void messageReceived(qint64 threadId, const cd::ConsultMessageInfo &message);
    void opened(qint64 threadId);
    void posted(qint64 threadId, qint64 messageId);
    /// consult.open / consult.post did not happen: the server refused (`code`) or the user is offline.
    void failed(cd::proto::StatusCode code, bool offline);

private:
    void onServerEvent(const QString &type, const QJsonObject &body);
    void storeMessage(const QJsonObject &thread, const QJsonObject &message);
    void announceUnread();

    SyncClient &m_client;
    ConsultRepository m_repo;
    int m_lastTotal = -1;
};

}  // namespace cd
