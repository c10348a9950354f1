// SqliteStorage: SMS templates and the delivery state of SMS interactions (schema 4).
#include "SqliteRows.h"
#include "SqliteStorage.h"

namespace cd::server {

using namespace sqlrows;

namespace {

const char *const TemplateColumns = "id, code, name, body, audience, locale, version, active, updated_at";

SmsTemplate readTemplate(const QSqlQuery &q)
{
    SmsTemplate t;
    t.id = q.value(0).toLongLong();
    t.code = q.value(1).toString();
    t.name = q.value(2).toString();
    t.body = q.value(3).toString();
    t.audience = toEnum(q.value(4), lint::Audience::Debtor);
    t.locale = q.value(5).toString();
    t.version = q.value(6).toInt();
    t.active = q.value(7).toBool();
    t.updatedAt = toTime(q.value(8));
    return t;
}

}  // namespace

Result<qint64> SqliteStorage::upsertSmsTemplate(const SmsTemplate &t)
{
    // Keyed on (code, locale): a re-import changes the wording but keeps the id clients cached.
    auto q = statement(QStringLiteral(
        "INSERT INTO sms_templates(code, name, body, audience, locale, version, active, updated_at) "
        "VALUES(?,?,?,?,?,?,?,?) ON CONFLICT(code, locale) DO UPDATE SET name = excluded.name, "
        "body = excluded.body, audience = excluded.audience, version = excluded.version, "
        "active = excluded.active, updated_at = excluded.updated_at"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, t.code);
    s.bindValue(1, t.name);
    s.bindValue(2, t.body);
    s.bindValue(3, enumKey(t.audience));
    s.bindValue(4, t.locale);
    s.bindValue(5, t.version);
    s.bindValue(6, t.active ? 1 : 0);
    s.bindValue(7, time(t.updatedAt.isValid() ? t.updatedAt : QDateTime::currentDateTimeUtc()));
    if (auto r = exec(s, "upsert sms template"); !r)
        return r.error();
    auto idQuery = statement(QStringLiteral("SELECT id FROM sms_templates WHERE code = ? AND locale = ?"));
    if (!idQuery)
        return idQuery.error();
    QSqlQuery &i = *idQuery.value();
    i.bindValue(0, t.code);
    i.bindValue(1, t.locale);
    if (auto r = exec(i, "read sms template id"); !r)
        return r.error();
    if (!i.next())
        return Error{ErrorCode::QueryFailed, QStringLiteral("sms template %1 not stored").arg(t.code)};
    const qint64 id = i.value(0).toLongLong();
    i.finish();
    return id;
}

Result<QList<SmsTemplate>> SqliteStorage::smsTemplates()
{
    auto q = statement(
        QStringLiteral("SELECT %1 FROM sms_templates ORDER BY id").arg(QLatin1String(TemplateColumns)));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    if (auto r = exec(s, "read sms templates"); !r)
        return r.error();
    QList<SmsTemplate> out;
    while (s.next())
        out << readTemplate(s);
    s.finish();
    return out;
}

Result<std::optional<SmsTemplate>> SqliteStorage::smsTemplate(qint64 id)
{
    auto q = statement(
        QStringLiteral("SELECT %1 FROM sms_templates WHERE id = ?").arg(QLatin1String(TemplateColumns)));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, id);
    if (auto r = exec(s, "read sms template"); !r)
        return r.error();
    std::optional<SmsTemplate> out;
    if (s.next())
        out = readTemplate(s);
    s.finish();
    return out;
}

Result<void> SqliteStorage::setSmsDelivery(qint64 interactionId, SmsStatus status, const QString &reason)
{
    auto q = statement(QStringLiteral("UPDATE interactions SET sms_status = ?, sms_reason = ? WHERE id = ?"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, enumKey(status));
    s.bindValue(1, text(reason));
    s.bindValue(2, interactionId);
    return exec(s, "set sms delivery");
}

}  // namespace cd::server
