#pragma once
// Writes change-log rows for entities in their wire form (protocol/Codec.h toJson), so sync.pull can
// hand them out as they are. Used inside the caller's transaction.
#include "Compliance.h"
#include "ScriptGraph.h"
#include "ServerTypes.h"
#include "SmsTemplate.h"

#include "Result.h"

namespace cd::server {

class Storage;

class ChangeLog
{
public:
    explicit ChangeLog(Storage &storage) : m_storage(storage) {}

    Result<qint64> customer(const Customer &c, const QString &opId = {});
    Result<qint64> phone(const Phone &p, const QString &opId = {});
    Result<qint64> loan(const Loan &l, const QString &opId = {});
    Result<qint64> task(const Task &t, const QString &opId = {}, const QString &prevAssignee = {});
    Result<qint64> interaction(const Interaction &i, const QString &opId = {});
    Result<qint64> promise(const Promise &p, const QString &opId = {});
    /// Entity "script", for everyone: the script's JSON under its script_versions row.
    Result<qint64> script(const script::Script &s, qint64 row);
    Result<qint64> smsTemplate(const SmsTemplate &t);  ///< entity "smsTemplate", for everyone
    /// A lead's compliance override (entity "override", customer-scoped).
    Result<qint64> complianceOverride(qint64 customerId, const compliance::Override &o);
    Result<qint64> bucketChange(const BucketChange &b);
    Result<qint64> settlement(const Settlement &s, const QString &opId = {});

    /// Re-writes everything of a customer (customer, phones, loans, interactions, promises, tasks,
    /// bucket history, settlements) with new revisions, so whoever may see the customer now receives all of it on
    /// the next pull. The row
    /// of `reassignedTask` also names `prevAssignee`. Returns the last revision written.
    Result<qint64> snapshotCustomer(qint64 customerId, qint64 reassignedTask = 0,
                                    const QString &prevAssignee = {});

private:
    Result<qint64> append(const QString &entity, qint64 id, qint64 customerId, const QString &opId,
                          const QJsonObject &data, const QString &prevAssignee = {});

    Storage &m_storage;
};

}  // namespace cd::server
