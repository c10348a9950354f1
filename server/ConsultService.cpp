#include "ConsultService.h"

#include "ChangeLog.h"
#include "Codec.h"
#include "Hub.h"
#include "Logging.h"
#include "Messages.h"

#include <QJsonArray>

namespace cd::server {

using proto::StatusCode;
namespace msg = proto::msg;

namespace {

qint64 idOf(const QJsonObject &body, const char *key)
{
    const QJsonValue v = body.value(QLatin1String(key));
    return v.isDouble() && v.toDouble() == double(v.toInteger()) ? v.toInteger() : 0;
}

QString threadTarget(qint64 id) { return QStringLiteral("consult:%1").arg(id); }

}  // namespace

ConsultService::ConsultService(Storage &storage, AuditLog &audit, QObject *parent)
    : QObject(parent), m_storage(storage), m_audit(audit)
{
    Result<lint::ComplianceLint> lint = lint::ComplianceLint::builtIn();
    if (lint)
        m_lint = lint.value();
    else  // the thread still works; its messages just carry no flags
        qCWarning(lcServer).noquote() << "consult lint unavailable:" << lint.error().detail;
}

QJsonObject ConsultService::threadJson(const ConsultThread &t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("customerId"), t.customerId},
            {QStringLiteral("department"), roleKey(t.department)},
            {QStringLiteral("subject"), t.subject},
            {QStringLiteral("openedBy"), t.openedBy},
            {QStringLiteral("team"), t.team},
            {QStringLiteral("createdAt"), proto::isoUtc(t.createdAt)},
            {QStringLiteral("lastMessageId"), t.lastMessageId},
            {QStringLiteral("lastMessageAt"),
             t.lastMessageAt.isValid() ? proto::isoUtc(t.lastMessageAt) : QString()},
            {QStringLiteral("messages"), t.messages},
            {QStringLiteral("unread"), t.unread}};
}

QJsonObject ConsultService::messageJson(const ConsultMessage &m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("threadId"), m.threadId},
            {QStringLiteral("author"), m.author},
            {QStringLiteral("authorName"), m.authorName},
            {QStringLiteral("authorRole"), m.authorRole},
            {QStringLiteral("text"), m.text},
            {QStringLiteral("flags"), m.flags},
            {QStringLiteral("sentAt"), proto::isoUtc(m.sentAt)}};
}

ServiceResult<QString> ConsultService::checkedText(const QJsonValue &value)
{
    if (!value.isString())
        return {StatusCode::InvalidBody, QStringLiteral("text must be a string")};
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {StatusCode::InvalidValue, QStringLiteral("the message is empty")};
    if (text.size() > MaxTextLength)
        return {StatusCode::InvalidValue,
                QStringLiteral("the message is longer than %1 characters").arg(MaxTextLength)};
    return text;
}

int ConsultService::unreadTotal(const Viewer &viewer)
{
    const Result<QList<ConsultThread>> threads = m_storage.consultThreadsFor(viewer, 0, 0);
    int total = 0;
    if (threads)
        for (const ConsultThread &t : threads.value())
            total += t.unread;
    return total;
}

ServiceResult<ConsultThread> ConsultService::threadFor(const Viewer &viewer, qint64 threadId,
                                                       const QString &action)
{
    if (threadId <= 0)
        return {StatusCode::InvalidBody, QStringLiteral("threadId (integer) is required")};
    const Result<QList<ConsultThread>> found = m_storage.consultThreadsFor(viewer, 0, threadId);
    if (!found)
        return found.error();
    if (found.value().isEmpty()) {
        m_audit.denied(viewer, action, threadTarget(threadId), StatusCode::NotFound);
        return {StatusCode::NotFound, QStringLiteral("no consult thread %1 for this user").arg(threadId)};
    }
    return found.value().first();
}

ServiceResult<ConsultMessage> ConsultService::store(const Viewer &viewer, qint64 threadId,
                                                    const QString &text, const QDateTime &now)
{
    ConsultMessage m;
    m.threadId = threadId;
    m.author = viewer.username;
    m.authorRole = roleKey(viewer.role);
    m.text = text;
    m.sentAt = now;
    if (m_lint) {
        for (const lint::Finding &f : m_lint->check(text))
            m.flags << QJsonObject{{QStringLiteral("rule"), enumKey(f.rule)},
                                   {QStringLiteral("text"), f.text},
                                   {QStringLiteral("start"), f.start},
                                   {QStringLiteral("length"), f.length}};
    }
    const Result<qint64> id = m_storage.insertConsultMessage(m);
    if (!id)
        return id.error();
    m.id = id.value();
    if (auto r = m_storage.markConsultRead(threadId, viewer.username, m.id); !r)
        return r.error();
    const Result<std::optional<UserRecord>> author = m_storage.userByName(viewer.username);
    m.authorName = author && author.value() ? author.value()->name : QString();
    return m;
}

ServiceResult<QJsonObject> ConsultService::open(const Viewer &viewer, const QJsonObject &body,
                                                const QDateTime &now)
{
    const qint64 customerId = idOf(body, "customerId");
    const QJsonValue departmentValue = body.value(QStringLiteral("department"));
    const QJsonValue subjectValue = body.value(QStringLiteral("subject"));
    if (customerId <= 0 || !departmentValue.isString() || !subjectValue.isString())
        return {StatusCode::InvalidBody,
                QStringLiteral("customerId (integer), department, subject and text (strings) are required")};
    const std::optional<Role> department = roleFromKey(departmentValue.toString());
    if (!department || (*department != Role::Legal && *department != Role::Risk))
        return {StatusCode::InvalidValue, QStringLiteral("department must be legal or risk")};
    const QString subject = subjectValue.toString().trimmed();
    if (subject.isEmpty() || subject.size() > MaxSubjectLength)
        return {StatusCode::InvalidValue,
                QStringLiteral("the subject must have 1 to %1 characters").arg(MaxSubjectLength)};
    const ServiceResult<QString> text = checkedText(body.value(QStringLiteral("text")));
    if (!text)
        return {text.code(), text.detail()};

    // Who may open: the agent holding a live task of the customer, or a lead whose team holds one.
    // Anyone else learns nothing about the customer (NotFound, as customer.reveal answers).
    const Result<QList<Task>> tasks = m_storage.tasks(customerId);
    if (!tasks)
        return tasks.error();
    bool allowed = false;
    for (const Task &t : tasks.value()) {
        if (t.status == TaskStatus::Done)
            continue;
        if (viewer.role == Role::Agent && t.assignee == viewer.username)
            allowed = true;
        if (viewer.role == Role::Lead && !viewer.team.isEmpty()) {
            const Result<std::optional<UserRecord>> agent = m_storage.userByName(t.assignee);
            if (agent && agent.value() && agent.value()->team == viewer.team)
                allowed = true;
        }
    }
    const QString customerTarget = QStringLiteral("customer:%1").arg(customerId);
    if (!allowed) {
        m_audit.denied(viewer, msg::ConsultOpen, customerTarget, StatusCode::NotFound);
        return {StatusCode::NotFound,
                QStringLiteral("no customer %1 assigned to this user or team").arg(customerId)};
    }

    StorageTransaction tx(m_storage);
    if (!tx.started())
        return tx.started().error();
    // The department's first thread on the customer: its users may see the customer from now on.
    Viewer department_{0, QString(), *department, QString()};
    const Result<bool> knownBefore = m_storage.canSee(department_, customerId);
    if (!knownBefore)
        return knownBefore.error();
    ConsultThread t;
    t.customerId = customerId;
    t.department = *department;
    t.subject = subject;
    t.openedBy = viewer.username;
    t.team = viewer.team;
    t.createdAt = now;
    const Result<qint64> id = m_storage.insertConsultThread(t);
    if (!id)
        return id.error();
    t.id = id.value();
    const ServiceResult<ConsultMessage> first = store(viewer, t.id, text.value(), now);
    if (!first)
        return {first.code(), first.detail()};
    qint64 revision = 0;
    if (!knownBefore.value()) {
        const Result<qint64> rev = ChangeLog(m_storage).snapshotCustomer(customerId);
        if (!rev)
            return rev.error();
        revision = rev.value();
    }
    if (auto r = m_audit.record(viewer.username, msg::ConsultOpen, threadTarget(t.id),
                                {{QStringLiteral("customerId"), customerId},
                                 {QStringLiteral("department"), roleKey(t.department)},
                                 {QStringLiteral("subject"), subject},
                                 {QStringLiteral("flags"), int(first->flags.size())}});
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();

    t.lastMessageId = first->id;
    t.lastMessageAt = first->sentAt;
    t.messages = 1;
    announce(t, first.value(), revision);
    return QJsonObject{{QStringLiteral("thread"), threadJson(t)},
                       {QStringLiteral("message"), messageJson(first.value())}};
}

ServiceResult<QJsonObject> ConsultService::post(const Viewer &viewer, const QJsonObject &body,
                                                const QDateTime &now)
{
    const ServiceResult<QString> text = checkedText(body.value(QStringLiteral("text")));
    const qint64 threadId = idOf(body, "threadId");
    if (threadId <= 0)
        return {StatusCode::InvalidBody, QStringLiteral("threadId (integer) is required")};
    const ServiceResult<ConsultThread> thread = threadFor(viewer, threadId, msg::ConsultPost);
    if (!thread)
        return {thread.code(), thread.detail()};
    if (!text)
        return {text.code(), text.detail()};
    const ServiceResult<ConsultMessage> m = store(viewer, threadId, text.value(), now);
    if (!m)
        return {m.code(), m.detail()};
    ConsultThread t = thread.value();
    t.lastMessageId = m->id;
    t.lastMessageAt = m->sentAt;
    t.messages += 1;
    announce(t, m.value(), 0);
    return QJsonObject{{QStringLiteral("message"), messageJson(m.value())}};
}

void ConsultService::announce(const ConsultThread &thread, const ConsultMessage &message, qint64 revision)
{
    const Result<QStringList> participants = m_storage.consultParticipants(thread.id);
    if (!participants) {
        qCWarning(lcServer).noquote() << "consult participants unreadable:" << participants.error().detail;
        return;
    }
    for (const QString &username : participants.value()) {
        const Result<std::optional<UserRecord>> user = m_storage.userByName(username);
        if (!user || !user.value())
            continue;
        const Viewer v = Viewer::of(*user.value());
        const Result<QList<ConsultThread>> mine = m_storage.consultThreadsFor(v, 0, 0);
        if (!mine)
            continue;
        ConsultThread seen = thread;
        int total = 0;
        for (const ConsultThread &t : mine.value()) {
            total += t.unread;
            if (t.id == thread.id)
                seen = t;
        }
        Notice n;
        n.type = msg::ConsultMessage;
        n.body = {{QStringLiteral("thread"), threadJson(seen)},
                  {QStringLiteral("message"), messageJson(message)},
                  {QStringLiteral("unread"), seen.unread},
                  {QStringLiteral("unreadTotal"), total}};
        if (revision > 0)
            n.body.insert(QStringLiteral("revision"), revision);  // the customer is new to some: pull
        n.users = {username};  // participation was checked here; customerId 0 skips the Hub's own check
        Q_EMIT noticed(n);
    }
}

ServiceResult<QJsonObject> ConsultService::list(const Viewer &viewer, const QJsonObject &body)
{
    const QJsonValue customerValue = body.value(QStringLiteral("customerId"));
    if (!customerValue.isUndefined() && !customerValue.isNull() && !customerValue.isDouble())
        return {StatusCode::InvalidBody, QStringLiteral("customerId must be an integer")};
    const qint64 customerId = idOf(body, "customerId");
    const Result<QList<ConsultThread>> threads = m_storage.consultThreadsFor(viewer, customerId, 0);
    if (!threads)
        return threads.error();
    QJsonArray out;
    for (const ConsultThread &t : threads.value())
        out << threadJson(t);
    return QJsonObject{{QStringLiteral("threads"), out},
                       {QStringLiteral("unreadTotal"), unreadTotal(viewer)}};
}

ServiceResult<QJsonObject> ConsultService::messages(const Viewer &viewer, const QJsonObject &body)
{
    const ServiceResult<ConsultThread> thread =
        threadFor(viewer, idOf(body, "threadId"), msg::ConsultMessages);
    if (!thread)
        return {thread.code(), thread.detail()};
    const Result<QList<ConsultMessage>> rows =
        m_storage.consultMessages(thread->id, qMax<qint64>(0, idOf(body, "after")), MessagesPageLimit);
    if (!rows)
        return rows.error();
    QJsonArray out;
    for (const ConsultMessage &m : rows.value())
        out << messageJson(m);
    return QJsonObject{{QStringLiteral("thread"), threadJson(thread.value())},
                       {QStringLiteral("messages"), out}};
}

ServiceResult<QJsonObject> ConsultService::read(const Viewer &viewer, const QJsonObject &body)
{
    const qint64 messageId = idOf(body, "messageId");
    const ServiceResult<ConsultThread> thread = threadFor(viewer, idOf(body, "threadId"), msg::ConsultRead);
    if (!thread)
        return {thread.code(), thread.detail()};
    if (messageId <= 0)
        return {StatusCode::InvalidBody, QStringLiteral("messageId (integer) is required")};
    // A mark past the last message would hide messages not written yet.
    const Result<qint64> mark =
        m_storage.markConsultRead(thread->id, viewer.username, qMin(messageId, thread->lastMessageId));
    if (!mark)
        return mark.error();
    const Result<QList<ConsultThread>> now = m_storage.consultThreadsFor(viewer, 0, thread->id);
    if (!now)
        return now.error();
    const int unread = now.value().isEmpty() ? 0 : now.value().first().unread;
    return QJsonObject{{QStringLiteral("threadId"), thread->id},
                       {QStringLiteral("lastRead"), mark.value()},
                       {QStringLiteral("unread"), unread},
                       {QStringLiteral("unreadTotal"), unreadTotal(viewer)}};
}

ConsultService *wireConsults(Hub &hub, Storage &storage, AuditLog &audit)
{
    auto *service = new ConsultService(storage, audit, &hub);
    // Queued: a client gets the answer to its own request before the events that request caused.
    QObject::connect(service, &ConsultService::noticed, &hub, &Hub::deliver, Qt::QueuedConnection);
    const QList<Role> everyone{Role::Agent, Role::Lead, Role::Legal, Role::Risk};
    hub.addHandler(msg::ConsultOpen, {Role::Agent, Role::Lead},
                   [service](const Viewer &v, const QJsonObject &body, const QDateTime &now) {
                       return service->open(v, body, now);
                   });
    hub.addHandler(msg::ConsultPost, everyone,
                   [service](const Viewer &v, const QJsonObject &body, const QDateTime &now) {
                       return service->post(v, body, now);
                   });
    hub.addHandler(msg::ConsultList, everyone,
                   [service](const Viewer &v, const QJsonObject &body, const QDateTime &) {
                       return service->list(v, body);
                   });
    hub.addHandler(msg::ConsultMessages, everyone,
                   [service](const Viewer &v, const QJsonObject &body, const QDateTime &) {
                       return service->messages(v, body);
                   });
    hub.addHandler(msg::ConsultRead, everyone,
                   [service](const Viewer &v, const QJsonObject &body, const QDateTime &) {
                       return service->read(v, body);
                   });
    return service;
}

}  // namespace cd::server
