#include "SmsService.h"

#include "ChangeLog.h"
#include "Hub.h"
#include "Logging.h"
#include "Messages.h"
#include "Storage.h"
#include "SyncService.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace cd::server {

using proto::StatusCode;

namespace {
QString customerTarget(qint64 id) { return QStringLiteral("customer:%1").arg(id); }
}  // namespace

QString SmsConfig::defaultFileFor(const QString &databaseFile)
{
    return QFileInfo(databaseFile).absoluteDir().filePath(QStringLiteral("sms-outbox.jsonl"));
}

SmsService::SmsService(Storage &storage, AuditLog &audit, const compliance::Policy &policy,
                       std::unique_ptr<SmsGateway> gateway, QObject *parent)
    : QObject(parent), m_storage(storage), m_audit(audit), m_policy(policy), m_gateway(std::move(gateway))
{
    m_gateway->setParent(nullptr);  // owned by the unique_ptr, not by a QObject parent
    Result<lint::ComplianceLint> lint = lint::ComplianceLint::builtIn();
    if (lint)
        m_lint = lint.value();
    else  // a build without the resource: every send is refused rather than sent unchecked
        qCWarning(lcServer).noquote() << "SMS lint unavailable:" << lint.error().detail;
}

QString SmsService::teamOf(const QString &username)
{
    const Result<std::optional<UserRecord>> u = m_storage.userByName(username);
    return u && u.value() ? u.value()->team : QString();
}

ServiceResult<qint64> SmsService::send(const Viewer &viewer, const QString &opId, const proto::SmsSend &d,
                                       const QDateTime &serverNow)
{
    const QString action = proto::msg::OpSmsSend;
    const QString target = customerTarget(d.customerId);
    const Result<std::optional<Customer>> found = m_storage.customer(d.customerId);
    if (!found)
        return found.error();
    if (!found.value())
        return {StatusCode::NotFound, QStringLiteral("customer %1").arg(d.customerId)};
    const Customer customer = *found.value();
    const Result<bool> visible = m_storage.canSee(viewer, d.customerId);
    if (!visible)
        return visible.error();
    if (!visible.value()) {
        m_audit.denied(viewer, action, target, StatusCode::Forbidden, {{QStringLiteral("opId"), opId}});
        return {StatusCode::Forbidden, QStringLiteral("customer %1 not visible").arg(d.customerId)};
    }
    const Result<std::optional<SmsTemplate>> tmpl = m_storage.smsTemplate(d.templateId);
    if (!tmpl)
        return tmpl.error();
    if (!tmpl.value())
        return {StatusCode::NotFound, QStringLiteral("SMS template %1").arg(d.templateId)};
    if (!tmpl.value()->active)
        return {StatusCode::InvalidValue, QStringLiteral("SMS template %1 is inactive").arg(d.templateId)};
    const SmsTemplate &templ = *tmpl.value();

    // Only the customer's own records: a number typed in that is none of them has no relation the
    // rules could judge, so it is refused rather than guessed.
    const Result<QList<Phone>> phones = m_storage.phones(customer.id);
    if (!phones)
        return phones.error();
    std::optional<Phone> phone;
    for (const Phone &p : phones.value())
        if ((d.phoneId > 0 && p.id == d.phoneId) || (d.phoneId <= 0 && p.number == d.phoneNumber.trimmed()))
            phone = p;
    if (!phone)
        return {StatusCode::InvalidValue,
                QStringLiteral("not one of customer %1's numbers").arg(customer.id)};

    // The message leaves now, so the rules judge now (not the time the agent pressed Send: an SMS
    // queued offline at 21:55 must not reach the debtor at 23:10).
    const QDateTime sendAt = (m_clock ? m_clock() : serverNow).toUTC();
    const Result<QList<Interaction>> history = m_storage.contactHistory(customer.id);
    if (!history)
        return history.error();
    const Result<QList<compliance::Override>> overrides = m_storage.activeOverrides(customer.id, sendAt);
    if (!overrides)
        return overrides.error();
    const bool thirdPartyText = templ.audience == lint::Audience::ThirdParty;
    const compliance::Verdict verdict =
        compliance::checkSms(m_policy, customer, *phone, phones.value(), history.value(), sendAt,
                             thirdPartyText, overrides.value());
    if (!verdict.allowed()) {
        QJsonObject detail{
            {QStringLiteral("opId"), opId},
            {QStringLiteral("customerId"), customer.id},
            {QStringLiteral("rule"), enumKey(verdict.rule)},
            {QStringLiteral("phoneId"), phone->id},
            {QStringLiteral("templateId"), templ.id},
            {QStringLiteral("at"), proto::isoUtc(sendAt)},
            {QStringLiteral("localTime"), verdict.localNow.toString(Qt::ISODate)},
            {QStringLiteral("smsToday"), compliance::smsToday(customer, history.value(), sendAt)}};
        if (verdict.allowedFrom.isValid())
            detail.insert(QStringLiteral("allowedFrom"), proto::isoUtc(verdict.allowedFrom));
        m_audit.denied(viewer, action, target, StatusCode::ComplianceBlocked, detail);
        QJsonObject reason{{QStringLiteral("rule"), enumKey(verdict.rule)}};
        if (verdict.allowedFrom.isValid())
            reason.insert(QStringLiteral("allowedFrom"), proto::isoUtc(verdict.allowedFrom));
        return {StatusCode::ComplianceBlocked,
                QStringLiteral("%1 (debtor's local time %2)")
                    .arg(enumKey(verdict.rule), verdict.localNow.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                reason};
    }
    if (!verdict.overridden.isEmpty()) {
        QJsonArray rules;
        for (compliance::Rule r : verdict.overridden)
            rules.append(enumKey(r));
        if (auto r = m_audit.record(viewer.username, QStringLiteral("compliance.override.used"), target,
                                    {{QStringLiteral("opId"), opId}, {QStringLiteral("rules"), rules}});
            !r)
            return r.error();
    }

    // The agent may have edited the rendered text: lint what will be sent, as the person at that
    // number will read it (a relative's number also gets the no-disclosure rules).
    if (!m_lint)
        return {StatusCode::Internal, QStringLiteral("compliance lint unavailable")};
    const lint::Audience audience = phone->relation == Relation::Self && !thirdPartyText
        ? lint::Audience::Debtor
        : lint::Audience::ThirdParty;
    const QList<lint::Finding> findings = m_lint->check(d.text, audience);
    if (!findings.isEmpty()) {
        const lint::Finding &f = findings.first();
        m_audit.denied(viewer, action, target, StatusCode::LintBlocked,
                       {{QStringLiteral("opId"), opId},
                        {QStringLiteral("customerId"), customer.id},
                        {QStringLiteral("rule"), enumKey(f.rule)},
                        {QStringLiteral("match"), f.text},
                        {QStringLiteral("start"), f.start},
                        {QStringLiteral("length"), f.length},
                        {QStringLiteral("findings"), int(findings.size())}});
        return {StatusCode::LintBlocked, QStringLiteral("%1 \"%2\" at %3").arg(enumKey(f.rule), f.text).arg(f.start),
                QJsonObject{{QStringLiteral("lintRule"), enumKey(f.rule)}, {QStringLiteral("match"), f.text}}};
    }

    StorageTransaction tx(m_storage);
    if (!tx.started())
        return tx.started().error();
    Interaction i;
    i.customerId = customer.id;
    i.channel = Channel::Sms;
    i.phoneNumber = phone->number;
    i.agent = viewer.username;
    i.startedAt = sendAt;
    i.endedAt = sendAt;
    i.outcome = Outcome::NoAnswer;  // nobody answered a call: compliance counts only calls' outcomes
    i.note = d.text;
    i.smsStatus = SmsStatus::Queued;
    const Result<qint64> id = m_storage.insertInteraction(i, opId);
    if (!id)
        return id.error();
    i.id = id.value();
    const Result<qint64> rev = ChangeLog(m_storage).interaction(i, opId);
    if (!rev)
        return rev.error();
    const QDateTime agentAt = opTime(d.at, serverNow);
    AuditEntry audit{0,
                     serverNow,
                     viewer.username,
                     action,
                     target,
                     {{QStringLiteral("opId"), opId},
                      {QStringLiteral("interactionId"), i.id},
                      {QStringLiteral("templateId"), templ.id},
                      {QStringLiteral("templateVersion"), templ.version},
                      {QStringLiteral("phoneId"), phone->id},
                      {QStringLiteral("agentAt"), proto::isoUtc(agentAt)},
                      {QStringLiteral("length"), int(d.text.size())}},
                     0};
    if (auto r = m_storage.appendAudit(audit); !r)
        return r.error();
    if (auto r = m_storage.insertAppliedOp(AppliedOp{opId, viewer.userId, 0, rev.value(), serverNow}); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();

    // After the commit: a gateway answer (synchronous for the file sink) must find the row.
    m_gateway->send(SmsMessage{i.phoneNumber, i.note, opId},
                    [this, i, opId](const DeliveryResult &result) { onDelivered(i, opId, result); });
    return rev.value();
}

void SmsService::onDelivered(const Interaction &sent, const QString &opId, const DeliveryResult &result)
{
    if (!m_storage.isOpen())
        return;  // the server stopped meanwhile; the row stays Queued and the log says why
    Interaction i = sent;
    i.smsStatus = result.state == DeliveryState::Sent ? SmsStatus::Sent : SmsStatus::Failed;
    i.smsReason = result.reason;
    StorageTransaction tx(m_storage);
    Result<qint64> rev = tx.started() ? Result<qint64>(qint64(0)) : Result<qint64>(tx.started().error());
    if (rev) {
        if (auto r = m_storage.setSmsDelivery(i.id, i.smsStatus, i.smsReason); !r)
            rev = r.error();
    }
    if (rev)
        rev = ChangeLog(m_storage).interaction(i);
    if (rev) {
        if (auto r = m_audit.record(QStringLiteral("system"), QStringLiteral("sms.delivery"),
                                    customerTarget(i.customerId),
                                    {{QStringLiteral("opId"), opId},
                                     {QStringLiteral("interactionId"), i.id},
                                     {QStringLiteral("status"), enumKey(i.smsStatus)},
                                     {QStringLiteral("reason"), i.smsReason},
                                     {QStringLiteral("attempts"), result.attempts},
                                     {QStringLiteral("httpStatus"), result.httpStatus}});
            !r)
            rev = r.error();
    }
    if (rev) {
        if (auto r = tx.commit(); !r)
            rev = r.error();
    }
    if (!rev) {
        qCWarning(lcServer).noquote() << "cannot record the delivery of SMS" << i.id << rev.error().detail;
        return;
    }
    qCInfo(lcServer).noquote() << "SMS" << i.id << enumKey(i.smsStatus) << result.reason;
    Notice n;
    n.type = proto::msg::SmsDelivered;
    n.body = {{QStringLiteral("revision"), rev.value()},
              {QStringLiteral("interactionId"), i.id},
              {QStringLiteral("customerId"), i.customerId},
              {QStringLiteral("status"), enumKey(i.smsStatus)}};
    n.customerId = i.customerId;
    n.users = {i.agent};
    n.leadTeams = {teamOf(i.agent)};
    Q_EMIT noticed(n);
    Q_EMIT delivered(i.id, i.smsStatus);
}

SmsService *wireSms(Hub &hub, SyncService &sync, Storage &storage, AuditLog &audit,
                    const compliance::Policy &policy, const SmsConfig &config)
{
    std::unique_ptr<SmsGateway> gateway;
    if (!config.url.isEmpty()) {
        HttpSmsGatewayConfig http = config.http;
        http.url = config.url;
        gateway = std::make_unique<HttpSmsGateway>(http);
        qCInfo(lcServer).noquote() << "SMS gateway:" << config.url.toString(QUrl::RemoveUserInfo);
    } else {
        const QString file =
            !config.file.isEmpty() ? config.file : SmsConfig::defaultFileFor(storage.location());
        gateway = std::make_unique<FileSmsSink>(file);
        qCInfo(lcServer).noquote() << "SMS file sink:" << file;
    }
    auto *service = new SmsService(storage, audit, policy, std::move(gateway), &hub);
    // Queued: a client gets the answer to its own request before the events that request caused.
    QObject::connect(service, &SmsService::noticed, &hub, &Hub::deliver, Qt::QueuedConnection);
    sync.addOpHandler(proto::msg::OpSmsSend,
                      [service](const Viewer &v, const QString &opId, const QJsonObject &body,
                                const QDateTime &now) -> ServiceResult<qint64> {
                          StatusCode error = StatusCode::Ok;
                          const auto request = proto::SmsSend::fromJson(body, &error);
                          if (!request)
                              return {error, QStringLiteral("malformed sms.send")};
                          return service->send(v, opId, *request, now);
                      });
    return service;
}

}  // namespace cd::server
