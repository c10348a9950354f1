#pragma once
// sync.pull (the change log filtered by what the user may see now) and sync.push (operations made by
// the client, applied in order, each on its own and at most once per opId). Owned by the Server.
#include "ServerTypes.h"
#include "Settlement.h"
#include "ServiceResult.h"
#include "Status.h"

#include <QHash>
#include <QJsonObject>

#include <functional>

#include <memory>

namespace cd::server {

class AgentStates;
class AuditLog;
class SettlementService;
class Storage;
class TaskService;

class SyncService
{
public:
    static constexpr int MaxOpIdLength = 64;

    SyncService(Storage &storage, TaskService &tasks, AgentStates &states, const proto::Limits &limits,
                const settlement::DiscountLimits &discounts = {});
    ~SyncService();

    /// Applies "settlement.request" ops; the Hub routes settlement.list / settlement.decide to it
    /// and delivers its notices.
    SettlementService &settlements() { return *m_settlements; }

    /// Applies operations of `type` (e.g. "sms.send", server/SmsService.h) with `handler`: it parses
    /// the body itself and returns the revision written or the refusal, which is remembered.
    using OpHandler = std::function<ServiceResult<qint64>(const Viewer &, const QString &opId,
                                                          const QJsonObject &body, const QDateTime &now)>;
    void addOpHandler(const QString &type, OpHandler handler) { m_opHandlers.insert(type, std::move(handler)); }

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
    std::unique_ptr<AuditLog> m_audit;  ///< for the settlement service (AuditLog holds no state)
    std::unique_ptr<SettlementService> m_settlements;
    QHash<QString, OpHandler> m_opHandlers;
};

}  // namespace cd::server
