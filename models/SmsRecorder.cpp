#include "SmsRecorder.h"

#include "Messages.h"
#include "OutboxRepository.h"
#include "Repositories.h"
#include "SmsCodec.h"
#include "SmsTemplateRepository.h"
#include "StoreRows.h"
#include "SyncStateRepository.h"

#include <QSqlQuery>
#include <QUuid>

namespace cd {

namespace {
Error invalid(const QString &detail) { return Error{ErrorCode::InvalidInput, detail}; }
}  // namespace

SmsRecorder::SmsRecorder(LocalStore &store) : m_store(store)
{
    if (Result<lint::ComplianceLint> lint = lint::ComplianceLint::builtIn())
        m_lint = lint.value();
}

Result<RecordedSms> SmsRecorder::send(const SmsRequest &d, const QDateTime &now)
{
    CustomerRepository customers(m_store);
    if (!customers.find(d.customerId))
        return Error{ErrorCode::NotFound, QStringLiteral("customer %1 not found").arg(d.customerId)};
    std::optional<Phone> phone;
    for (const Phone &p : customers.phones(d.customerId))
        if (p.id == d.phoneId)
            phone = p;
    if (!phone)
        return invalid(
            QStringLiteral("phone %1 is not one of customer %2's numbers").arg(d.phoneId).arg(d.customerId));
    const std::optional<SmsTemplate> templ = SmsTemplateRepository(m_store).find(d.templateId);
    if (!templ)
        return Error{ErrorCode::NotFound, QStringLiteral("SMS template %1 not found").arg(d.templateId)};
    if (d.text.trimmed().isEmpty() || d.text.size() > proto::SmsSend::MaxTextLength)
        return invalid(
            QStringLiteral("SMS text must have 1..%1 characters").arg(proto::SmsSend::MaxTextLength));
    if (!m_lint)
        return Error{ErrorCode::NotFound, QStringLiteral("compliance lint unavailable")};
    const lint::Audience audience =
        phone->relation == Relation::Self && templ->audience == lint::Audience::Debtor
        ? lint::Audience::Debtor
        : lint::Audience::ThirdParty;
    if (const QList<lint::Finding> f = m_lint->check(d.text, audience); !f.isEmpty())
        return invalid(QStringLiteral("text fails the compliance lint: %1 \"%2\"")
                           .arg(enumKey(f.first().rule), f.first().text));
    const bool synced = SyncStateRepository(m_store).isSynced();
    if (synced && (phone->id < 0 || d.customerId < 0))
        return invalid(QStringLiteral("customer %1 is not confirmed by the server yet").arg(d.customerId));

    Transaction tx(m_store.db());
    RecordedSms out;
    out.opId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Interaction i;
    if (synced) {
        // Below every id in the table: never a server id, dropped when the server's row arrives.
        QSqlQuery q(m_store.db());
        if (!q.exec(QStringLiteral("SELECT MIN(IFNULL(MIN(id), 0), 0) - 1 FROM interactions")) || !q.next())
            return rows::fromSql(q.lastError(), QStringLiteral("next provisional id"));
        i.id = q.value(0).toLongLong();
    }
    i.customerId = d.customerId;
    i.channel = Channel::Sms;
    i.phoneNumber = phone->number;
    i.agent = d.agent;
    i.startedAt = now.toUTC();
    i.endedAt = now.toUTC();
    i.outcome = Outcome::NoAnswer;
    i.note = d.text;
    i.smsStatus = SmsStatus::Queued;
    const Result<qint64> id = InteractionRepository(m_store).insert(i);
    if (!id)
        return id.error();
    out.interactionId = id.value();
    if (synced) {
        QSqlQuery tag(m_store.db());
        if (auto r = rows::prepare(tag, QStringLiteral("UPDATE interactions SET op_id = ? WHERE id = ?")); !r)
            return r.error();
        tag.bindValue(0, out.opId);
        tag.bindValue(1, out.interactionId);
        if (auto r = rows::exec(tag, QStringLiteral("tag provisional sms")); !r)
            return r.error();
    }
    proto::SmsSend body;
    body.customerId = d.customerId;
    body.phoneId = phone->id;
    body.phoneNumber = phone->number;
    body.templateId = d.templateId;
    body.text = d.text;
    body.at = now.toUTC();
    if (auto r = OutboxRepository(m_store).enqueue(out.opId, proto::msg::OpSmsSend, body.toJson()); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    qCDebug(lcStore) << "queued SMS" << out.opId << "for customer" << d.customerId;
    return out;
}

}  // namespace cd
