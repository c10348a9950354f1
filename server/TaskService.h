#pragma once
// Work on tasks: applying an agent's "interaction.record" operation with core/Workflow.h (the same rule
// the client's DispositionRecorder applies to its cache) after checking the attempt against
// core/Compliance.h, and reassigning a task to another user.
// Each call is one transaction: the records, their change-log rows, the audit row and (for an
// operation) the applied_ops row commit together or not at all. Owned by the Server; emits Notices
// for the hub after a commit.
#include "AuditLog.h"
#include "Codec.h"
#include "Compliance.h"
#include "Notice.h"
#include "ServerTypes.h"
#include "ServiceResult.h"

#include <QObject>

namespace cd::server {

class Storage;

class TaskService : public QObject
{
    Q_OBJECT
public:
    TaskService(Storage &storage, AuditLog &audit, QObject *parent = nullptr);
    /// `policy`: the contact-compliance rules recorded attempts are checked against (the constructor
    /// above uses the default Policy).
    TaskService(Storage &storage, AuditLog &audit, const compliance::Policy &policy,
                QObject *parent = nullptr);

    /// Applies operation `opId` for `viewer`. NotFound, TaskReassigned (someone else's task), Forbidden,
    /// TaskClosed, InvalidValue, ComplianceBlocked (the attempt broke a contact rule at its startedAt;
    /// audited with the rule), or the revision of the last change written. On success the operation
    /// is also stored as applied (code 0) in the same transaction.
    ServiceResult<qint64> recordInteraction(const Viewer &viewer, const QString &opId,
                                            const proto::InteractionRecord &record, const QDateTime &now);

    /// Gives the task to `newAssignee` and re-writes the customer into the change log so the new
    /// assignee's next pull brings all of it; the old assignee gets the task row (with the new
    /// assignee) so its client can drop it. Returns the revision (unchanged when already assigned).
    ServiceResult<qint64> reassignTask(qint64 taskId, const QString &newAssignee,
                                       const QString &actor = QStringLiteral("admin"));

Q_SIGNALS:
    void noticed(const cd::server::Notice &notice);
    /// After a recorded attempt committed (AccountService reviews the risk on refusals).
    void interactionRecorded(qint64 customerId, cd::Outcome outcome);
    /// The same, with the interaction as stored (the floor board counts it for the agent).
    void interactionStored(const cd::Interaction &interaction);
    /// A lead's override let an attempt through (audited as compliance.override.used).
    void complianceOverrideUsed(qint64 customerId, const QString &agent);

private:
    /// Why `viewer` may not record on this task, if they may not.
    std::optional<proto::StatusCode> refusal(const Viewer &viewer, const TaskRow &task, QString *why);
    QString teamOf(const QString &username);

    Storage &m_storage;
    AuditLog &m_audit;
    compliance::Policy m_policy;
};

}  // namespace cd::server
