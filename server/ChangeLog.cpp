#include "ChangeLog.h"

#include "Pii.h"

#include "Codec.h"
#include "SmsCodec.h"
#include "Storage.h"

namespace cd::server {

Result<qint64> ChangeLog::append(const QString &entity, qint64 id, qint64 customerId, const QString &opId,
                                 const QJsonObject &data, const QString &prevAssignee)
{
    ChangeRow row;
    row.entity = entity;
    row.entityId = id;
    row.customerId = customerId;
    row.opId = opId;
    row.data = data;
    row.prevAssignee = prevAssignee;
    return m_storage.appendChange(row);
}

Result<qint64> ChangeLog::customer(const Customer &c, const QString &opId)
{
    // The ID number and bank card leave the server masked: a client cache (a laptop, a shared desk)
    // never holds them in full. A permitted role asks for one with customer.reveal, which is audited.
    Customer masked = c;
    masked.idNumber = pii::maskIdNumber(c.idNumber);
    masked.bankCard = pii::maskBankCard(c.bankCard);
    return append(QStringLiteral("customer"), c.id, c.id, opId, proto::toJson(masked));
}

Result<qint64> ChangeLog::phone(const Phone &p, const QString &opId)
{
    return append(QStringLiteral("phone"), p.id, p.customerId, opId, proto::toJson(p));
}

Result<qint64> ChangeLog::loan(const Loan &l, const QString &opId)
{
    return append(QStringLiteral("loan"), l.id, l.customerId, opId, proto::toJson(l));
}

Result<qint64> ChangeLog::task(const Task &t, const QString &opId, const QString &prevAssignee)
{
    return append(QStringLiteral("task"), t.id, t.customerId, opId, proto::toJson(t), prevAssignee);
}

Result<qint64> ChangeLog::interaction(const Interaction &i, const QString &opId)
{
    return append(QStringLiteral("interaction"), i.id, i.customerId, opId, proto::toJson(i));
}

Result<qint64> ChangeLog::promise(const Promise &p, const QString &opId)
{
    return append(QStringLiteral("promise"), p.id, p.customerId, opId, proto::toJson(p));
}

Result<qint64> ChangeLog::script(const script::Script &s, qint64 row)
{
    return append(QStringLiteral("script"), row, 0, {}, script::toJson(s));
}

Result<qint64> ChangeLog::smsTemplate(const SmsTemplate &t)
{
    return append(QStringLiteral("smsTemplate"), t.id, 0, {}, proto::toJson(t));
}

Result<qint64> ChangeLog::bucketChange(const BucketChange &b)
{
    return append(QStringLiteral("bucketChange"), b.id, b.customerId, {}, proto::toJson(b));
}

Result<qint64> ChangeLog::settlement(const Settlement &s, const QString &opId)
{
    return append(QStringLiteral("settlement"), s.id, s.customerId, opId, proto::toJson(s));
}

Result<qint64> ChangeLog::complianceOverride(qint64 customerId, const compliance::Override &o)
{
    return append(QStringLiteral("override"), o.id, customerId, {}, proto::overrideToJson(o, customerId));
}

Result<qint64> ChangeLog::snapshotCustomer(qint64 customerId, qint64 reassignedTask,
                                           const QString &prevAssignee)
{
    const Result<std::optional<Customer>> c = m_storage.customer(customerId);
    if (!c)
        return c.error();
    if (!c.value())
        return Error{ErrorCode::NotFound, QStringLiteral("customer %1 not found").arg(customerId)};
    Result<qint64> rev = customer(*c.value());
    if (!rev)
        return rev;
    auto phones = m_storage.phones(customerId);
    auto loans = m_storage.loans(customerId);
    auto interactions = m_storage.interactions(customerId);
    auto promises = m_storage.promises(customerId);
    auto tasks = m_storage.tasks(customerId);
    if (!phones)
        return phones.error();
    if (!loans)
        return loans.error();
    if (!interactions)
        return interactions.error();
    if (!promises)
        return promises.error();
    if (!tasks)
        return tasks.error();
    for (const Phone &p : phones.value())
        if (!(rev = phone(p)))
            return rev;
    for (const Loan &l : loans.value())
        if (!(rev = loan(l)))
            return rev;
    for (const Interaction &i : interactions.value())
        if (!(rev = interaction(i)))
            return rev;
    for (const Promise &p : promises.value())
        if (!(rev = promise(p)))
            return rev;
    for (const Task &t : tasks.value())
        if (!(rev = task(t, {}, t.id == reassignedTask ? prevAssignee : QString())))
            return rev;
    const Result<QList<BucketChange>> buckets = m_storage.bucketHistory(customerId);
    if (!buckets)
        return buckets.error();
    for (const BucketChange &b : buckets.value())
        if (!(rev = bucketChange(b)))
            return rev;
    const Result<QList<Settlement>> settlements = m_storage.customerSettlements(customerId);
    if (!settlements)
        return settlements.error();
    for (const Settlement &s : settlements.value())
        if (!(rev = settlement(s)))
            return rev;
    return rev;
}

}  // namespace cd::server
