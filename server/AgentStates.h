#pragma once
// Floor states of agents (Ready, NotReady with a reason, Busy, WrapUp, Offline): agent.setState and the
// "agent.state" push operation. Each change is stored and announced (agent.stateChanged) to the
// agent's own sessions and to the leads of the agent's team. Owned by the Server.
#include "AuditLog.h"
#include "Notice.h"
#include "ServerTypes.h"
#include "ServiceResult.h"

#include <QObject>

namespace cd::server {

class Storage;

class AgentStates : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxReasonLength = 100;

    AgentStates(Storage &storage, AuditLog &audit, QObject *parent = nullptr);

    /// Only agents and leads have a floor state (Forbidden otherwise, audited). `body` is
    /// {state, reason?} (plus "at" for the push operation: when it happened, if not in the future).
    /// Returns {state, since}.
    ServiceResult<QJsonObject> setState(const Viewer &viewer, const QJsonObject &body, const QDateTime &now,
                                        const QString &action);

    /// A lead's agent.force (server/LeadActions.h checks who may): stores `state` with `reason` for
    /// `agent` and announces it exactly like the agent's own change. Returns {state, since}.
    ServiceResult<QJsonObject> forceState(const UserRecord &agent, AgentState state, const QString &reason,
                                          const QDateTime &now);

Q_SIGNALS:
    void noticed(const cd::server::Notice &notice);

private:
    Storage &m_storage;
    AuditLog &m_audit;
};

}  // namespace cd::server
