#include "TaskService.h"

#include "ChangeLog.h"
#include "LocalTime.h"
#include "Logging.h"
#include "Messages.h"
#include "Priority.h"
#include "Storage.h"
#include "Workflow.h"

#include <QJsonArray>

namespace cd::server {

using proto::StatusCode;

namespace {
QString taskTarget(qint64 id) { return QStringLiteral("task:%1").arg(id); }
}  // namespace

TaskService::TaskService(Storage &storage, AuditLog &audit, QObject *parent)
    : TaskService(storage, audit, compliance::Policy(), parent)
{}

TaskService::TaskService(Storage &storage, AuditLog &audit, const compliance::Policy &policy, QObject *parent)
    : QObject(parent), m_storage(storage), m_audit(audit), m_policy(policy)
{}

QString TaskService::teamOf(const QString &username)
{
    const Result<std::optional<UserRecord>> u = m_storage.userByName(username);
    return u && u.value() ? u.value()->team : QString();
}

std::optional<StatusCode> TaskService::refusal(const Viewer &viewer, const TaskRow &row, QString *why)
{
    switch (viewer.role) {
    case Role::Admin: return std::nullopt;
    case Role::Agent:
        if (row.task.assignee == viewer.username)
            return std::nullopt;
        *why = QStringLiteral("assigned to %1").arg(row.task.assignee);
        return StatusCode::TaskReassigned;
    case Role::Lead: {
        const QString team = teamOf(row.task.assignee);
        if (!team.isEmpty() && team == viewer.team)
            return std::nullopt;
        *why = QStringLiteral("assigned to %1 of team %2").arg(row.task.assignee, team);
        return StatusCode::Forbidden;
    }
    case Role::Trainer: {
        const Result<bool> demo = m_storage.isDemoCustomer(row.task.customerId);
        if (demo && demo.value())
            return std::nullopt;
        *why = QStringLiteral("not demo data");
        return StatusCode::Forbidden;
    }
    case Role::Legal:
    case Role::Risk: *why = QStringLiteral("departments have no tasks"); return StatusCode::Forbidden;
    }
    return StatusCode::Forbidden;
}

ServiceResult<qint64> TaskService::recordInteraction(const Viewer &viewer, const QString &opId,
                                                     const proto::InteractionRecord &d,
                                                     const QDateTime &serverNow)
{
    const Result<std::optional<TaskRow>> found = m_storage.task(d.taskId);
    if (!found)
        return found.error();
    if (!found.value())
        return {StatusCode::NotFound, QStringLiteral("task %1").arg(d.taskId)};
    const TaskRow row = *found.value();
    const Task &task = row.task;

    QString why;
    if (const auto code = refusal(viewer, row, &why)) {
        m_audit.denied(viewer, proto::msg::OpInteractionRecord, taskTarget(task.id), *code,
                       {{QStringLiteral("opId"), opId}, {QStringLiteral("why"), why}});
        return {*code, why};
    }
    if (d.customerId != task.customerId)
        return {StatusCode::InvalidValue,
                QStringLiteral("task %1 is not customer %2's").arg(task.id).arg(d.customerId)};
    if (task.status == TaskStatus::Done)
        return {StatusCode::TaskClosed, QStringLiteral("task %1 is done").arg(task.id)};
    const Result<std::optional<Customer>> customerFound = m_storage.customer(task.customerId);
    if (!customerFound)
        return customerFound.error();
    if (!customerFound.value())
        return {StatusCode::NotFound, QStringLiteral("customer %1").arg(task.customerId)};
    const Customer customer = *customerFound.value();

    // The rule runs at the moment the agent saved the wrap-up (an offline record arrives later), so
    // the task ends up exactly as the agent's client computed it; a clock ahead of ours is not trusted.
    const QDateTime now = opTime(d.recordedAt, serverNow);
    const int utcOffset = utcOffsetSeconds(customer.timeZone, now);
    const QDate debtorToday = now.addSecs(utcOffset).date();
    if (workflow::needsPromise(d.outcome) && d.promiseDate < debtorToday)
        return {StatusCode::InvalidValue, QStringLiteral("promise date before the debtor's today")};
    if (workflow::needsCallbackTime(d.outcome) && d.callbackAt <= now)
        return {StatusCode::InvalidValue, QStringLiteral("callback time not in the future")};
    if (d.endedAt.isValid() && d.startedAt.isValid() && d.endedAt < d.startedAt)
        return {StatusCode::InvalidValue, QStringLiteral("call ends before it starts")};
    const Result<QList<Phone>> phones = m_storage.phones(task.customerId);
    if (!phones)
        return phones.error();
    std::optional<Phone> phone;
    if (d.phoneId != 0) {
        for (const Phone &p : phones.value())
            if (p.id == d.phoneId)
                phone = p;
        if (!phone)
            return {StatusCode::InvalidValue,
                    QStringLiteral("phone %1 is not the customer's").arg(d.phoneId)};
    }

    // The client checks before dialling; the server checks again, at the time the call started and
    // against the history as stored before this op, so an outdated or offline client cannot
    // record a call the rules forbid. A record without a start is not an attempt and is not checked.
    if (d.startedAt.isValid()) {
        Phone target;
        if (phone) {
            target = *phone;
        } else {
            // No phone id: the number dialled, if it is one of the customer's; otherwise an own
            // number of unknown status, so the customer-level rules still apply.
            target.customerId = customer.id;
            target.number = d.phoneNumber;
            for (const Phone &p : phones.value())
                if (!d.phoneNumber.isEmpty() && p.number == d.phoneNumber)
                    target = p;
        }
        const Result<QList<Interaction>> history = m_storage.contactHistory(customer.id);
        if (!history)
            return history.error();
        const QDateTime startedAt = d.startedAt.toUTC();
        // A lead's override in force when the call started lets its rule through (audited below).
        const Result<QList<compliance::Override>> overrides = m_storage.activeOverrides(customer.id, startedAt);
        if (!overrides)
            return overrides.error();
        const compliance::Verdict verdict = compliance::check(m_policy, customer, target, phones.value(),
                                                              history.value(), startedAt, overrides.value());
        if (verdict.allowed() && !verdict.overridden.isEmpty()) {
            QJsonArray rules;
            for (compliance::Rule r : verdict.overridden)
                rules.append(enumKey(r));
            if (auto r = m_audit.record(viewer.username, QStringLiteral("compliance.override.used"),
                                        taskTarget(task.id),
                                        {{QStringLiteral("opId"), opId},
                                         {QStringLiteral("customerId"), customer.id},
                                         {QStringLiteral("rules"), rules},
                                         {QStringLiteral("startedAt"), proto::isoUtc(startedAt)}});
                !r)
                return r.error();
            Q_EMIT complianceOverrideUsed(customer.id, viewer.username);
        }
        if (!verdict.allowed()) {
            const QString rule = enumKey(verdict.rule);
            QJsonObject detail{{QStringLiteral("opId"), opId},
                               {QStringLiteral("customerId"), customer.id},
                               {QStringLiteral("rule"), rule},
                               {QStringLiteral("phoneNumber"), target.number},
                               {QStringLiteral("startedAt"), proto::isoUtc(startedAt)},
                               {QStringLiteral("localTime"), verdict.localNow.toString(Qt::ISODate)},
                               {QStringLiteral("unansweredToday"), verdict.counters.unansweredToday},
                               {QStringLiteral("conversationsToday"), verdict.counters.conversationsToday}};
            if (target.id > 0)
                detail.insert(QStringLiteral("phoneId"), target.id);
            if (verdict.allowedFrom.isValid())
                detail.insert(QStringLiteral("allowedFrom"), proto::isoUtc(verdict.allowedFrom));
            m_audit.denied(viewer, proto::msg::OpInteractionRecord, taskTarget(task.id),
                           StatusCode::ComplianceBlocked, detail);
            return {StatusCode::ComplianceBlocked,
                    QStringLiteral("%1 (debtor's local time %2)")
                        .arg(rule, verdict.localNow.toString(QStringLiteral("yyyy-MM-dd HH:mm")))};
        }
    }

    const workflow::NextStep next =
        workflow::afterOutcome(d.outcome, task.kind, now, d.callbackAt, d.promiseDate, utcOffset);

    StorageTransaction tx(m_storage);
    if (!tx.started())
        return tx.started().error();
    ChangeLog log(m_storage);
    Result<qint64> rev = qint64(0);

    Interaction i;
    i.customerId = task.customerId;
    i.taskId = task.id;
    i.channel = Channel::Call;
    i.phoneNumber = !d.phoneNumber.isEmpty() ? d.phoneNumber : (phone ? phone->number : QString());
    i.agent = viewer.username;
    i.startedAt = d.startedAt.isValid() ? d.startedAt.toUTC() : now;
    i.answeredAt = d.answeredAt.toUTC();
    i.endedAt = d.endedAt.toUTC();
    i.outcome = d.outcome;
    i.note = d.note;
    if (workflow::needsPromise(d.outcome)) {
        i.promiseAmount = d.promiseAmount;
        i.promiseDate = d.promiseDate;
    }
    if (workflow::needsCallbackTime(d.outcome))
        i.callbackAt = d.callbackAt.toUTC();
    const Result<qint64> interactionId = m_storage.insertInteraction(i, opId);
    if (!interactionId)
        return interactionId.error();
    i.id = interactionId.value();
    if (!(rev = log.interaction(i, opId)))
        return rev.error();

    if (workflow::needsPromise(d.outcome)) {
        Promise p;
        p.customerId = task.customerId;
        p.interactionId = i.id;
        p.amount = d.promiseAmount;
        p.dueDate = d.promiseDate;
        p.status = PromiseStatus::Pending;
        p.createdAt = now;
        const Result<qint64> promiseId = m_storage.insertPromise(p, opId);
        if (!promiseId)
            return promiseId.error();
        p.id = promiseId.value();
        if (!(rev = log.promise(p, opId)))
            return rev.error();
    }

    const CustomerFlags flagsAfter = customer.flags | next.setFlags;
    Task updated = task;
    updated.attempts += 1;
    updated.status = next.status;
    updated.kind = next.kind;
    updated.nextEligible = next.status == TaskStatus::Deferred ? next.nextEligible : QDateTime();
    if (next.status == TaskStatus::Deferred && next.nextEligible.isValid())
        updated.due = next.nextEligible;
    if (d.outcome == Outcome::Callback) {
        // Rank the callback as it will stand when it reopens: the callback tier.
        priority::Input in;
        in.dpd = row.facts.dpd;
        in.overdueAmount = row.facts.overdue;
        in.risk = customer.risk;
        in.flags = flagsAfter;
        in.callbackAt = next.nextEligible;
        const priority::Result score =
            priority::score(in, next.nextEligible, localDate(customer.timeZone, next.nextEligible));
        updated.priority = score.score;
        updated.reasons = score.reasons;
    }
    if (auto r = m_storage.updateTask(updated); !r)
        return r.error();
    if (!(rev = log.task(updated, opId)))
        return rev.error();

    Task followUp;
    if (next.createPromiseFollowUp) {
        priority::Input in;
        in.dpd = row.facts.dpd;
        in.overdueAmount = row.facts.overdue;
        in.risk = customer.risk;
        in.flags = flagsAfter;
        in.hasPromise = true;
        in.promiseDue = d.promiseDate;
        in.promiseStatus = PromiseStatus::Pending;
        const priority::Result score = priority::score(in, next.followUpAt, d.promiseDate);
        followUp.customerId = task.customerId;
        followUp.kind = TaskKind::PromiseFollowUp;
        followUp.status = TaskStatus::Deferred;
        followUp.priority = score.score;
        followUp.reasons = score.reasons;
        if (!followUp.reasons.contains(ReasonCode::PromiseDueToday))
            followUp.reasons.prepend(ReasonCode::PromiseDueToday);
        followUp.due = next.followUpAt;
        followUp.nextEligible = next.followUpAt;
        followUp.assignee = task.assignee;
        const Result<qint64> id = m_storage.insertTask(followUp, row.facts, opId);
        if (!id)
            return id.error();
        followUp.id = id.value();
        if (!(rev = log.task(followUp, opId)))
            return rev.error();
    }

    if (next.setFlags && flagsAfter != customer.flags) {
        if (auto r = m_storage.setCustomerFlags(customer.id, flagsAfter); !r)
            return r.error();
        Customer c = customer;
        c.flags = flagsAfter;
        if (!(rev = log.customer(c, opId)))
            return rev.error();
    }
    if (next.markPhoneInvalid && phone && phone->status != PhoneStatus::Invalid) {
        if (auto r = m_storage.setPhoneStatus(phone->id, PhoneStatus::Invalid); !r)
            return r.error();
        Phone p = *phone;
        p.status = PhoneStatus::Invalid;
        if (!(rev = log.phone(p, opId)))
            return rev.error();
    }

    const QJsonObject detail{{QStringLiteral("opId"), opId},
                             {QStringLiteral("customerId"), task.customerId},
                             {QStringLiteral("outcome"), enumKey(d.outcome)},
                             {QStringLiteral("interactionId"), i.id}};
    AuditEntry audit{0,      serverNow, viewer.username, proto::msg::OpInteractionRecord, taskTarget(task.id),
                     detail, 0};
    if (auto r = m_storage.appendAudit(audit); !r)
        return r.error();
    if (auto r = m_storage.insertAppliedOp(AppliedOp{opId, viewer.userId, 0, rev.value(), serverNow}); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();

    const QString team = teamOf(task.assignee);
    Notice updatedNotice;
    updatedNotice.type = proto::msg::TaskUpdated;
    updatedNotice.body = {{QStringLiteral("revision"), rev.value()},
                          {QStringLiteral("taskId"), task.id},
                          {QStringLiteral("customerId"), task.customerId},
                          {QStringLiteral("status"), enumKey(updated.status)}};
    updatedNotice.customerId = task.customerId;
    updatedNotice.users = {task.assignee};
    updatedNotice.leadTeams = {team};
    Q_EMIT noticed(updatedNotice);
    Q_EMIT interactionRecorded(task.customerId, d.outcome);
    Q_EMIT interactionStored(i);
    if (followUp.id > 0) {
        Notice assigned;
        assigned.type = proto::msg::TaskAssigned;
        assigned.body = {{QStringLiteral("revision"), rev.value()},
                         {QStringLiteral("taskId"), followUp.id},
                         {QStringLiteral("customerId"), task.customerId}};
        assigned.customerId = task.customerId;
        assigned.users = {task.assignee};
        Q_EMIT noticed(assigned);
    }
    return rev.value();
}

ServiceResult<qint64> TaskService::reassignTask(qint64 taskId, const QString &newAssignee,
                                                const QString &actor)
{
    const Result<std::optional<TaskRow>> found = m_storage.task(taskId);
    if (!found)
        return found.error();
    if (!found.value())
        return {StatusCode::NotFound, QStringLiteral("task %1 not found").arg(taskId)};
    const Result<std::optional<UserRecord>> user = m_storage.userByName(newAssignee);
    if (!user)
        return user.error();
    if (!user.value())
        return {StatusCode::NotFound, QStringLiteral("user %1 not found").arg(newAssignee)};
    if (user.value()->disabled)
        return {StatusCode::InvalidValue, QStringLiteral("user %1 is disabled").arg(newAssignee)};
    Task task = found.value()->task;
    const QString previous = task.assignee;
    if (previous == newAssignee) {
        const Result<qint64> rev = m_storage.currentRevision();
        return rev ? ServiceResult<qint64>(rev.value()) : ServiceResult<qint64>(rev.error());
    }

    StorageTransaction tx(m_storage);
    if (!tx.started())
        return tx.started().error();
    task.assignee = newAssignee;
    if (auto r = m_storage.updateTask(task); !r)
        return r.error();
    const Result<qint64> rev = ChangeLog(m_storage).snapshotCustomer(task.customerId, task.id, previous);
    if (!rev)
        return rev.error();
    AuditEntry audit{0,
                     QDateTime::currentDateTimeUtc(),
                     actor,
                     QStringLiteral("task.reassign"),
                     taskTarget(task.id),
                     {{QStringLiteral("from"), previous},
                      {QStringLiteral("to"), newAssignee},
                      {QStringLiteral("customerId"), task.customerId},
                      {QStringLiteral("revision"), rev.value()}},
                     0};
    if (auto r = m_storage.appendAudit(audit); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    qCInfo(lcServer).noquote() << "task" << task.id << "reassigned from" << previous << "to" << newAssignee
                               << "by" << actor << "at revision" << rev.value();

    const QString newTeam = user.value()->team;
    const QString oldTeam = teamOf(previous);
    Notice assigned;
    assigned.type = proto::msg::TaskAssigned;
    assigned.body = {{QStringLiteral("revision"), rev.value()},
                     {QStringLiteral("taskId"), task.id},
                     {QStringLiteral("customerId"), task.customerId}};
    assigned.customerId = task.customerId;
    assigned.users = {newAssignee};
    Q_EMIT noticed(assigned);

    Notice updated;
    updated.type = proto::msg::TaskUpdated;
    updated.body = {{QStringLiteral("revision"), rev.value()},
                    {QStringLiteral("taskId"), task.id},
                    {QStringLiteral("customerId"), task.customerId},
                    {QStringLiteral("status"), enumKey(task.status)}};
    updated.customerId = task.customerId;
    updated.users = {previous};
    updated.leadTeams = {newTeam, oldTeam};
    updated.formerUsers = {previous};
    updated.formerTeams = {oldTeam};
    Q_EMIT noticed(updated);
    return rev.value();
}

}  // namespace cd::server
