#pragma once
// sync.pull (the change log filtered by what the user may see now) and sync.push (operations made by
// the client, applied in order, each on its own and at most once per opId). Owned by the Server.
#include "ServerTypes.h"
#include "ServiceResult.h"
#include "Status.h"

#include <QJsonObject>

namespace cd::server {

class AgentStates;
class AuditLog;
class Storage;
class TaskService;

class SyncService
{
public:
    static constexpr int MaxOpIdLength = 64;

    SyncService(Storage &storage, TaskService &tasks, AgentStates &states, const proto::Limits &limits);

    /// {since} -> {revision, changes, more}.
    ServiceResult<QJsonObject> pull(const Viewer &viewer, const QJsonObject &body);
    /// {ops:[{opId, type, body}]} -> {results:[{opId, code, error?, revision?}]}. TooManyOps refuses
    /// the whole request; any other failure is per operation.
    ServiceResult<QJsonObject> push(const Viewer &viewer, const QJsonObject &body, const QDateTime &now);

private:
    QJsonObject applyOp(const Viewer &viewer, const QJsonValue &op, const QDateTime &now);
    /// Remembers a final failure so a repeat gets the same answer (5xxx are retried, not stored).
    void remember(const Viewer &viewer, const QString &opId, proto::StatusCode code);

    Storage &m_storage;
    TaskService &m_tasks;
    AgentStates &m_states;
    proto::Limits m_limits;
};

}  // namespace cd::server
