#pragma once
// Case collaboration (会商): a consult thread on one customer between the customer's agent, the team's
// leads and a department — legal or risk (users with that role) — served through the Hub:
//  - consult.open: the agent assigned to the customer (a task not done) or a lead of a team holding one
//    opens a thread with a subject, a department and the first message. Audited ("consult.open").
//  - consult.post: any participant adds a message. The compliance lint checks the text (as if a debtor
//    read it) and its findings are stored with the message as flags: shown, never a refusal — a legal
//    colleague must be able to quote a threat to judge it.
//  - consult.list / consult.messages / consult.read: the caller's threads with unread counts, a
//    thread's history, and the caller's read mark moved forward.
//  - consult.message (event): every participant's sessions get the new message with their own unread
//    count for the thread and in total (one frame per participant: the counts differ).
// Participants: the opener, the agents holding a live task of the customer, the leads of the thread's
// team and of those agents' teams, and every user of the thread's department. Nobody else — an admin
// included — sees a thread: a request about it is answered NotFound (no hint it exists), audited.
// A department's first thread on a customer re-writes the customer to the change log so its users'
// next pull brings the portrait. Owned by the Hub (wireConsults); one thread.
#include "AuditLog.h"
#include "ComplianceLint.h"
#include "Notice.h"
#include "ServerTypes.h"
#include "ServiceResult.h"
#include "Storage.h"

#include <QObject>
#include <optional>

namespace cd::server {

class Hub;

class ConsultService : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxTextLength = 2000;
    static constexpr int MaxSubjectLength = 100;
    static constexpr int MessagesPageLimit = 500;

    ConsultService(Storage &storage, AuditLog &audit, QObject *parent = nullptr);

    /// consult.open {customerId, department: "legal"|"risk", subject, text} -> {thread, message}.
    ServiceResult<QJsonObject> open(const Viewer &viewer, const QJsonObject &body, const QDateTime &now);
    /// consult.post {threadId, text} -> {message}.
    ServiceResult<QJsonObject> post(const Viewer &viewer, const QJsonObject &body, const QDateTime &now);
    /// consult.list {customerId?} -> {threads[], unreadTotal}.
    ServiceResult<QJsonObject> list(const Viewer &viewer, const QJsonObject &body);
    /// consult.messages {threadId, after?} -> {thread, messages[]} (oldest first).
    ServiceResult<QJsonObject> messages(const Viewer &viewer, const QJsonObject &body);
    /// consult.read {threadId, messageId} -> {threadId, lastRead, unread, unreadTotal}.
    ServiceResult<QJsonObject> read(const Viewer &viewer, const QJsonObject &body);

    static QJsonObject threadJson(const ConsultThread &thread);
    static QJsonObject messageJson(const ConsultMessage &message);

Q_SIGNALS:
    /// consult.message, one per participant (the Hub delivers them).
    void noticed(const cd::server::Notice &notice);

private:
    /// The thread as `viewer` sees it, or NotFound (audited as `action`) when they do not take part.
    ServiceResult<ConsultThread> threadFor(const Viewer &viewer, qint64 threadId, const QString &action);
    /// Lints, stores `text` as a message of `thread` by `viewer` and moves the author's read mark to it.
    ServiceResult<ConsultMessage> store(const Viewer &viewer, qint64 threadId, const QString &text,
                                        const QDateTime &now);
    /// One consult.message per participant of the thread, each with their unread counts.
    void announce(const ConsultThread &thread, const ConsultMessage &message, qint64 revision);
    /// The trimmed text, or InvalidValue when empty or over MaxTextLength.
    static ServiceResult<QString> checkedText(const QJsonValue &value);
    int unreadTotal(const Viewer &viewer);

    Storage &m_storage;
    AuditLog &m_audit;
    std::optional<lint::ComplianceLint> m_lint;
};

/// Builds the ConsultService (a child of `hub`), registers consult.* and routes its events to the hub.
ConsultService *wireConsults(Hub &hub, Storage &storage, AuditLog &audit);

}  // namespace cd::server
