#pragma once
// Settlement / payment-plan offers (协商还款) on the server: applies an agent's "settlement.request"
// operation — recomputing every figure from the server's own loan data with core/Settlement.h, never
// trusting the client's — and decides AutoApproved or Pending by the agent's discount limit
// (users.skill); answers a lead's settlement.list and settlement.decide. Each call that writes is one
// transaction: the settlement, its change-log row, the audit row (and for an operation the
// applied_ops row) commit together or not at all. Emits Notices for the hub after a commit:
// settlement.requested to the leads of the agent's team, settlement.decided to the agent.
// Owned by SyncService (the operation arrives through sync.push); the Hub routes the requests to it.
#include "AuditLog.h"
#include "Codec.h"
#include "Notice.h"
#include "ServerTypes.h"
#include "ServiceResult.h"
#include "Settlement.h"

#include <QObject>

namespace cd::server {

class Storage;

class SettlementService : public QObject
{
    Q_OBJECT
public:
    SettlementService(Storage &storage, AuditLog &audit, const settlement::DiscountLimits &limits = {},
                      QObject *parent = nullptr);

    /// Applies operation `opId`: NotFound (customer), Forbidden (may not see the customer),
    /// InvalidValue (loan not the customer's, or the plan does not work on the server's figures),
    /// or the revision of the change written. On success the op is stored as applied (code 0).
    ServiceResult<qint64> request(const Viewer &viewer, const QString &opId,
                                  const proto::SettlementRequest &request, const QDateTime &now);
    /// Lead: {status?} -> {settlements[]} of the lead's team, newest first.
    ServiceResult<QJsonObject> list(const Viewer &viewer, const QJsonObject &body);
    /// Lead: {settlementId, approve, note?} -> {settlement, revision}. Forbidden for another team's
    /// offer, Conflict when it is no longer Pending, NotFound when there is none.
    ServiceResult<QJsonObject> decide(const Viewer &viewer, const QJsonObject &body, const QDateTime &now);

Q_SIGNALS:
    void noticed(const cd::server::Notice &notice);

private:
    Storage &m_storage;
    AuditLog &m_audit;
    settlement::DiscountLimits m_limits;
};

}  // namespace cd::server
