#include "CustomerService.h"

#include "ChangeLog.h"
#include "Codec.h"
#include "Messages.h"
#include "Pii.h"
#include "Storage.h"

#include <QJsonArray>

namespace cd::server {

using proto::StatusCode;

namespace {
QString customerTarget(qint64 id) { return QStringLiteral("customer:%1").arg(id); }

qint64 customerIdOf(const QJsonObject &body)
{
    const QJsonValue v = body.value(QStringLiteral("customerId"));
    return v.isDouble() && v.toDouble() == double(v.toInteger()) ? v.toInteger() : 0;
}
}  // namespace

CustomerService::CustomerService(Storage &storage, AuditLog &audit, QObject *parent)
    : QObject(parent), m_storage(storage), m_audit(audit)
{}

std::optional<StatusCode> CustomerService::refuseCustomer(const Viewer &viewer, qint64 customerId)
{
    const Result<bool> visible = m_storage.canSee(viewer, customerId);
    if (!visible)
        return statusFor(visible.error());
    if (!visible.value())
        return StatusCode::NotFound;
    return std::nullopt;
}

ServiceResult<QJsonObject> CustomerService::reveal(const Viewer &viewer, const QJsonObject &body,
                                                   const QDateTime &now)
{
    Q_UNUSED(now)
    const qint64 customerId = customerIdOf(body);
    const QString field = body.value(QStringLiteral("field")).toString();
    if (customerId <= 0 || !body.value(QStringLiteral("field")).isString())
        return {StatusCode::InvalidBody, QStringLiteral("customerId (integer) and field (string) are required")};
    if (field != QLatin1String("idNumber") && field != QLatin1String("bankCard"))
        return {StatusCode::InvalidValue, QStringLiteral("field must be idNumber or bankCard")};
    const QString target = customerTarget(customerId);
    const QJsonObject detail{{QStringLiteral("field"), field}};
    if (viewer.role == Role::Agent) {
        m_audit.denied(viewer, proto::msg::CustomerReveal, target, StatusCode::Forbidden, detail);
        return {StatusCode::Forbidden, QStringLiteral("agents see masked personal data only")};
    }
    if (auto refused = refuseCustomer(viewer, customerId)) {
        m_audit.denied(viewer, proto::msg::CustomerReveal, target, *refused, detail);
        return {*refused, QStringLiteral("no such customer for this user")};
    }
    if (viewer.role == Role::Trainer) {
        const Result<bool> demo = m_storage.isDemoCustomer(customerId);
        if (!demo)
            return demo.error();
        if (!demo.value()) {
            m_audit.denied(viewer, proto::msg::CustomerReveal, target, StatusCode::Forbidden, detail);
            return {StatusCode::Forbidden, QStringLiteral("trainers reveal demo customers only")};
        }
    }
    const Result<std::optional<Customer>> c = m_storage.customer(customerId);
    if (!c)
        return c.error();
    if (!c.value())
        return {StatusCode::NotFound, QStringLiteral("no such customer")};
    // The audit row is written before the value leaves: no audit, no reveal.
    if (auto r = m_audit.record(viewer.username, QStringLiteral("pii.reveal"), target, detail); !r)
        return r.error();
    const QString value = field == QLatin1String("idNumber") ? c.value()->idNumber : c.value()->bankCard;
    return QJsonObject{{QStringLiteral("customerId"), customerId},
                       {QStringLiteral("field"), field},
                       {QStringLiteral("value"), value}};
}

ServiceResult<QJsonObject> CustomerService::overrideRule(const Viewer &viewer, const QJsonObject &body,
                                                         const QDateTime &now)
{
    const qint64 customerId = customerIdOf(body);
    const QJsonValue ruleValue = body.value(QStringLiteral("rule"));
    const QJsonValue reasonValue = body.value(QStringLiteral("reason"));
    const QJsonValue phoneValue = body.value(QStringLiteral("phoneNumber"));
    const QJsonValue hoursValue = body.value(QStringLiteral("hours"));
    if (customerId <= 0 || !ruleValue.isString() || !reasonValue.isString()
        || !(phoneValue.isUndefined() || phoneValue.isNull() || phoneValue.isString())
        || !(hoursValue.isUndefined() || hoursValue.isNull() || hoursValue.isDouble()))
        return {StatusCode::InvalidBody,
                QStringLiteral("customerId (integer), rule and reason (strings) are required; phoneNumber is a "
                               "string, hours a number")};
    const QString target = customerTarget(customerId);
    if (auto refused = refuseCustomer(viewer, customerId)) {
        m_audit.denied(viewer, proto::msg::ComplianceOverride, target, *refused);
        return {*refused, QStringLiteral("no such customer for this user")};
    }
    bool known = false;
    const int ruleInt =
        QMetaEnum::fromType<compliance::Rule>().keyToValue(ruleValue.toString().toLatin1().constData(), &known);
    const auto rule = static_cast<compliance::Rule>(ruleInt);
    if (!known || rule == compliance::Rule::Allowed)
        return {StatusCode::InvalidValue, QStringLiteral("unknown rule \"%1\"").arg(ruleValue.toString())};
    if (!compliance::overridable(rule)) {
        m_audit.denied(viewer, proto::msg::ComplianceOverride, target, StatusCode::InvalidValue,
                       {{QStringLiteral("rule"), enumKey(rule)}});
        return {StatusCode::InvalidValue,
                QStringLiteral("%1 cannot be overridden (calling hours, do-not-call, invalid numbers, legal and "
                               "deceased never are)")
                    .arg(enumKey(rule))};
    }
    const QString reason = reasonValue.toString().trimmed();
    if (reason.size() < MinReasonLength || reason.size() > MaxReasonLength)
        return {StatusCode::InvalidValue, QStringLiteral("reason must be %1-%2 characters")
                                              .arg(MinReasonLength)
                                              .arg(MaxReasonLength)};
    const double hours = hoursValue.isDouble() ? hoursValue.toDouble() : DefaultOverrideHours;
    if (!(hours >= 1 && hours <= MaxOverrideHours) || hours != std::trunc(hours))
        return {StatusCode::InvalidValue, QStringLiteral("hours must be a whole number from 1 to %1").arg(MaxOverrideHours)};
    const QString number = phoneValue.toString();
    if (!number.isEmpty()) {
        const Result<QList<Phone>> phones = m_storage.phones(customerId);
        if (!phones)
            return phones.error();
        const bool own = std::any_of(phones.value().cbegin(), phones.value().cend(),
                                     [&number](const Phone &p) { return p.number == number; });
        if (!own)
            return {StatusCode::InvalidValue, QStringLiteral("phoneNumber is not one of the customer's numbers")};
    }

    compliance::Override o;
    o.rule = rule;
    o.phoneNumber = number;
    o.reason = reason;
    o.lead = viewer.username;
    o.expiresAt = now.addSecs(qint64(hours) * 3600);

    StorageTransaction tx(m_storage);
    if (!tx.started())
        return tx.started().error();
    const Result<qint64> id = m_storage.insertOverride(customerId, o, now);
    if (!id)
        return id.error();
    o.id = id.value();
    const Result<qint64> rev = ChangeLog(m_storage).complianceOverride(customerId, o);
    if (!rev)
        return rev.error();
    QJsonObject detail = proto::overrideToJson(o, customerId);
    detail.insert(QStringLiteral("phoneNumber"), pii::maskPhone(number));  // the audit keeps no full number
    if (auto r = m_audit.record(viewer.username, QStringLiteral("compliance.override"), target, detail); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();

    // The assignee's client pulls the override (task.updated makes it pull now).
    const Result<QList<Task>> tasks = m_storage.tasks(customerId);
    Notice n;
    n.type = proto::msg::TaskUpdated;
    n.customerId = customerId;
    if (tasks) {
        for (const Task &t : tasks.value()) {
            if (t.status == TaskStatus::Done || n.users.contains(t.assignee))
                continue;
            n.users << t.assignee;
            n.body = {{QStringLiteral("revision"), rev.value()},
                      {QStringLiteral("taskId"), t.id},
                      {QStringLiteral("customerId"), customerId},
                      {QStringLiteral("status"), enumKey(t.status)}};
        }
    }
    if (!n.users.isEmpty())
        Q_EMIT noticed(n);
    Q_EMIT complianceOverrideGranted(customerId, viewer.username);
    return QJsonObject{{QStringLiteral("override"), proto::overrideToJson(o, customerId)},
                       {QStringLiteral("revision"), rev.value()}};
}

}  // namespace cd::server
