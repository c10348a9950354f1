#pragma once
// A lead's (or an admin's) actions on one customer outside the sync flow:
//  - customer.reveal: the full ID number or bank card of a customer the user may see. Sync only ever
//    sends them masked (ChangeLog); each reveal — and each refusal — is an audit row.
//  - compliance.override: lets one overridable contact rule (core/Compliance.h overridable()) through
//    for one customer (one number or all) for a few hours, with a reason. Stored, audited, written to
//    the change log so the assigned agent's client applies it before dialling, and honoured by
//    TaskService when the attempt is recorded.
// Each call is one transaction. Owned by the Server; emits Notices after a commit.
#include "AuditLog.h"
#include "Compliance.h"
#include "Notice.h"
#include "ServerTypes.h"
#include "ServiceResult.h"

#include <QObject>

namespace cd::server {

class Storage;

class CustomerService : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultOverrideHours = 4;
    static constexpr int MaxOverrideHours = 24;
    static constexpr int MinReasonLength = 4;
    static constexpr int MaxReasonLength = 500;

    CustomerService(Storage &storage, AuditLog &audit, QObject *parent = nullptr);

    /// {customerId, field: "idNumber" | "bankCard"} -> {customerId, field, value}.
    /// Lead: customers of their team; admin: all; trainer: demo customers only; agent: Forbidden.
    ServiceResult<QJsonObject> reveal(const Viewer &viewer, const QJsonObject &body, const QDateTime &now);

    /// {customerId, rule, phoneNumber?, reason, hours?} -> {override: {...}, revision}.
    /// Lead (own team) or admin. InvalidValue: rule unknown or not overridable, reason too short or
    /// long, hours out of 1..24, a number that is not the customer's.
    ServiceResult<QJsonObject> overrideRule(const Viewer &viewer, const QJsonObject &body, const QDateTime &now);

Q_SIGNALS:
    void noticed(const cd::server::Notice &notice);
    /// A lead granted a compliance override (after its commit; the floor board raises an alert).
    void complianceOverrideGranted(qint64 customerId, const QString &lead);

private:
    /// NotFound when the customer does not exist or `viewer` may not see it (no difference shown).
    std::optional<proto::StatusCode> refuseCustomer(const Viewer &viewer, qint64 customerId);

    Storage &m_storage;
    AuditLog &m_audit;
};

}  // namespace cd::server
