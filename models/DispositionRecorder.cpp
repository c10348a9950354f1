#include "DispositionRecorder.h"

#include "Codec.h"
#include "Messages.h"
#include "Priority.h"
#include "RecordingQueue.h"
#include "Repositories.h"
#include "StoreRows.h"
#include "Workflow.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

namespace cd {

namespace {

Error invalid(const QString &detail) { return Error{ErrorCode::InvalidInput, detail}; }

// The outbox body is the wire's InteractionRecord: the disposition with the server's ids for the
// task, customer and phone (the cache stores server ids as its own), never our provisional ids.
proto::InteractionRecord recordFor(const Disposition &d, const QDateTime &now)
{
    proto::InteractionRecord r;
    r.taskId = d.taskId;
    r.customerId = d.customerId;
    r.phoneId = d.phoneId;
    r.phoneNumber = d.phoneNumber;
    r.startedAt = d.startedAt;
    r.answeredAt = d.answeredAt;
    r.endedAt = d.endedAt;
    r.outcome = d.outcome;
    r.note = d.note;
    r.promiseAmount = d.promiseAmount;
    r.promiseDate = d.promiseDate;
    r.callbackAt = d.callbackAt;
    r.recordedAt = now;
    return r;
}

/// Next provisional id of `table`: below every id in it, so never a server id (always > 0).
Result<qint64> nextProvisionalId(const QSqlDatabase &db, const char *table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MIN(IFNULL(MIN(id), 0), 0) - 1 FROM %1").arg(QLatin1String(table)))
        || !q.next())
        return rows::fromSql(q.lastError(), QStringLiteral("next provisional id"));
    return q.value(0).toLongLong();
}

Result<void> tagProvisional(const QSqlDatabase &db, const char *table, qint64 id, const QString &opId)
{
    QSqlQuery q(db);
    if (auto r = rows::prepare(
            q, QStringLiteral("UPDATE %1 SET op_id = ? WHERE id = ?").arg(QLatin1String(table)));
        !r)
        return r;
    q.bindValue(0, opId);
    q.bindValue(1, id);
    return rows::exec(q, QStringLiteral("tag provisional row"));
}

struct TaskFactsRow {
    int dpd = 0;
    Bucket bucket = Bucket::M0;
    Fen overdue = 0;
};

Result<TaskFactsRow> readFacts(const QSqlDatabase &db, qint64 taskId)
{
    QSqlQuery q(db);
    if (auto r = rows::prepare(q, QStringLiteral("SELECT dpd, bucket, overdue_fen FROM tasks WHERE id = ?"));
        !r)
        return r.error();
    q.bindValue(0, taskId);
    if (auto r = rows::exec(q, QStringLiteral("read task facts")); !r)
        return r.error();
    if (!q.next())
        return Error{ErrorCode::NotFound, QStringLiteral("task %1").arg(taskId)};
    return TaskFactsRow{q.value(0).toInt(), rows::toEnum(q.value(1), Bucket::M0), q.value(2).toLongLong()};
}

}  // namespace

Result<RecordedDisposition> DispositionRecorder::record(const Disposition &d, const QDateTime &now)
{
    TaskRepository tasks(m_store);
    CustomerRepository customers(m_store);

    // ---- validation: nothing is written unless all of it passes ----
    const std::optional<Task> task = tasks.find(d.taskId);
    if (!task)
        return Error{ErrorCode::NotFound, QStringLiteral("task %1 not found").arg(d.taskId)};
    if (d.customerId != 0 && d.customerId != task->customerId)
        return invalid(QStringLiteral("task %1 belongs to customer %2, not %3")
                           .arg(d.taskId)
                           .arg(task->customerId)
                           .arg(d.customerId));
    const std::optional<Customer> customer = customers.find(task->customerId);
    if (!customer)
        return Error{ErrorCode::NotFound, QStringLiteral("customer %1 not found").arg(task->customerId)};
    if (task->status == TaskStatus::Done)
        return invalid(QStringLiteral("task %1 is already done").arg(d.taskId));
    // Synced mode: what this client creates is provisional until the server's rows arrive.
    const bool synced = SyncStateRepository(m_store).isSynced();
    if (synced && task->id < 0)
        return invalid(QStringLiteral("task %1 is not confirmed by the server yet").arg(d.taskId));

    const int utcOffset = rows::utcOffsetSeconds(customer->timeZone, now);
    // "Not in the past" is judged on the debtor's calendar: paying today is a valid promise.
    const QDate debtorToday = now.toUTC().addSecs(utcOffset).date();
    if (workflow::needsPromise(d.outcome)) {
        if (d.promiseAmount <= 0)
            return invalid(QStringLiteral("promise amount must be positive"));
        if (!d.promiseDate.isValid())
            return invalid(QStringLiteral("promise needs a date"));
        if (d.promiseDate < debtorToday)
            return invalid(QStringLiteral("promise date %1 is before the debtor's today %2")
                               .arg(d.promiseDate.toString(Qt::ISODate), debtorToday.toString(Qt::ISODate)));
    }
    if (workflow::needsCallbackTime(d.outcome)) {
        if (!d.callbackAt.isValid())
            return invalid(QStringLiteral("callback needs a time"));
        if (d.callbackAt <= now)
            return invalid(QStringLiteral("callback time must be in the future"));
    }
    if (d.endedAt.isValid() && d.startedAt.isValid() && d.endedAt < d.startedAt)
        return invalid(QStringLiteral("call ends before it starts"));

    std::optional<Phone> phone;
    if (d.phoneId != 0) {
        for (const Phone &p : customers.phones(task->customerId)) {
            if (p.id == d.phoneId)
                phone = p;
        }
        if (!phone)
            return invalid(QStringLiteral("phone %1 is not one of customer %2's numbers")
                               .arg(d.phoneId)
                               .arg(task->customerId));
    }
    const Result<TaskFactsRow> facts = readFacts(m_store.db(), d.taskId);
    if (!facts)
        return facts.error();

    const workflow::NextStep next =
        workflow::afterOutcome(d.outcome, task->kind, now, d.callbackAt, d.promiseDate, utcOffset);

    // ---- one transaction ----
    Transaction tx(m_store.db());
    RecordedDisposition out;
    const QString opId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto provisionalId = [&](const char *table) -> Result<qint64> {
        return synced ? nextProvisionalId(m_store.db(), table) : Result<qint64>(qint64(0));
    };

    Interaction i;
    const Result<qint64> provisionalInteraction = provisionalId("interactions");
    if (!provisionalInteraction)
        return provisionalInteraction.error();
    i.id = provisionalInteraction.value();
    i.customerId = task->customerId;
    i.taskId = task->id;
    i.channel = Channel::Call;
    i.phoneNumber = !d.phoneNumber.isEmpty() ? d.phoneNumber : (phone ? phone->number : QString());
    i.agent = d.agent;
    // A wrap-up without a call (recorded by hand) still gets a place on the timeline.
    i.startedAt = d.startedAt.isValid() ? d.startedAt.toUTC() : now.toUTC();
    i.answeredAt = d.answeredAt.toUTC();
    i.endedAt = d.endedAt.toUTC();
    i.outcome = d.outcome;
    i.note = d.note;
    i.recordingPath = d.recordingPath;
    if (workflow::needsPromise(d.outcome)) {
        i.promiseAmount = d.promiseAmount;
        i.promiseDate = d.promiseDate;
    }
    if (workflow::needsCallbackTime(d.outcome))
        i.callbackAt = d.callbackAt.toUTC();
    const Result<qint64> interactionId = InteractionRepository(m_store).insert(i);
    if (!interactionId)
        return interactionId.error();
    out.interactionId = interactionId.value();
    if (synced) {
        if (auto r = tagProvisional(m_store.db(), "interactions", out.interactionId, opId); !r)
            return r.error();
    }

    if (workflow::needsPromise(d.outcome)) {
        Promise p;
        const Result<qint64> provisionalPromise = provisionalId("promises");
        if (!provisionalPromise)
            return provisionalPromise.error();
        p.id = provisionalPromise.value();
        p.customerId = task->customerId;
        p.interactionId = out.interactionId;
        p.amount = d.promiseAmount;
        p.dueDate = d.promiseDate;
        p.status = PromiseStatus::Pending;
        p.createdAt = now.toUTC();
        const Result<qint64> promiseId = PromiseRepository(m_store).insert(p);
        if (!promiseId)
            return promiseId.error();
        out.promiseId = promiseId.value();
        if (synced) {
            if (auto r = tagProvisional(m_store.db(), "promises", out.promiseId, opId); !r)
                return r.error();
        }
    }

    const CustomerFlags flagsAfter = customer->flags | next.setFlags;
    Task updated = *task;
    updated.attempts += 1;
    updated.status = next.status;
    updated.kind = next.kind;
    updated.nextEligible = next.status == TaskStatus::Deferred ? next.nextEligible : QDateTime();
    if (next.status == TaskStatus::Deferred && next.nextEligible.isValid())
        updated.due = next.nextEligible;
    if (d.outcome == Outcome::Callback) {
        // Rank the callback as it will stand when it reopens: the callback tier.
        priority::Input in;
        in.dpd = facts->dpd;
        in.overdueAmount = facts->overdue;
        in.risk = customer->risk;
        in.flags = flagsAfter;
        in.callbackAt = next.nextEligible;
        const priority::Result score =
            priority::score(in, next.nextEligible, rows::localDate(customer->timeZone, next.nextEligible));
        updated.priority = score.score;
        updated.reasons = score.reasons;
    }
    if (auto r = tasks.update(updated); !r)
        return r.error();
    out.taskStatus = updated.status;

    if (next.createPromiseFollowUp) {
        priority::Input in;
        in.dpd = facts->dpd;
        in.overdueAmount = facts->overdue;
        in.risk = customer->risk;
        in.flags = flagsAfter;
        in.hasPromise = true;
        in.promiseDue = d.promiseDate;
        in.promiseStatus = PromiseStatus::Pending;
        const priority::Result score = priority::score(in, next.followUpAt, d.promiseDate);

        Task followUp;
        const Result<qint64> provisionalTask = provisionalId("tasks");
        if (!provisionalTask)
            return provisionalTask.error();
        followUp.id = provisionalTask.value();
        followUp.customerId = task->customerId;
        followUp.kind = TaskKind::PromiseFollowUp;
        followUp.status = TaskStatus::Deferred;
        followUp.priority = score.score;
        followUp.reasons = score.reasons;
        if (!followUp.reasons.contains(ReasonCode::PromiseDueToday))
            followUp.reasons.prepend(ReasonCode::PromiseDueToday);
        followUp.due = next.followUpAt;
        followUp.nextEligible = next.followUpAt;
        followUp.assignee = task->assignee;
        const Result<qint64> followUpId =
            tasks.insert(followUp, TaskFacts{facts->dpd, facts->bucket, facts->overdue});
        if (!followUpId)
            return followUpId.error();
        out.followUpTaskId = followUpId.value();
        if (synced) {
            if (auto r = tagProvisional(m_store.db(), "tasks", out.followUpTaskId, opId); !r)
                return r.error();
        }
    }

    if (next.setFlags) {
        if (auto r = customers.addFlags(task->customerId, next.setFlags); !r)
            return r.error();
    }
    if (next.markPhoneInvalid && phone) {
        if (auto r = customers.setPhoneStatus(phone->id, PhoneStatus::Invalid); !r)
            return r.error();
    }

    Disposition sent = d;
    sent.customerId = task->customerId;
    sent.phoneNumber = i.phoneNumber;
    sent.startedAt = i.startedAt;
    // Only what was stored: a promise amount left in the form of a "no answer" is not part of it.
    sent.promiseAmount = i.promiseAmount;
    sent.promiseDate = i.promiseDate;
    sent.callbackAt = i.callbackAt;
    if (auto r = OutboxRepository(m_store).enqueue(opId, proto::msg::OpInteractionRecord,
                                                   recordFor(sent, now).toJson());
        !r)
        return r.error();
    out.opId = opId;
    // The recording follows the call to the server, after it (sync/RecordingUploader.h); queued in the
    // same transaction so a recording is never linked but forgotten.
    if (synced && !d.recordingPath.isEmpty()) {
        if (auto r = RecordingQueue(m_store).enqueue(opId, d.recordingPath, now); !r)
            return r.error();
    }

    if (auto r = tx.commit(); !r)
        return r.error();
    qCDebug(lcStore) << "recorded" << enumKey(d.outcome) << "for task" << d.taskId;
    return out;
}

}  // namespace cd
