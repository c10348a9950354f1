#include "SmsTemplateRepository.h"

#include "SmsCodec.h"
#include "StoreRows.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cd {

namespace {

const char *const Columns = "id, code, name, body, audience, locale, version, active, updated_at";

SmsTemplate readTemplate(const QSqlQuery &q)
{
    SmsTemplate t;
    t.id = q.value(0).toLongLong();
    t.code = q.value(1).toString();
    t.name = q.value(2).toString();
    t.body = q.value(3).toString();
    t.audience = rows::toEnum(q.value(4), lint::Audience::Debtor);
    t.locale = q.value(5).toString();
    t.version = q.value(6).toInt();
    t.active = q.value(7).toBool();
    t.updatedAt = rows::toTime(q.value(8));
    return t;
}

}  // namespace

Result<void> SmsTemplateRepository::replace(const SmsTemplate &t)
{
    Transaction tx(m_store.db());
    QSqlQuery del(m_store.db());
    if (auto r = rows::prepare(
            del, QStringLiteral("DELETE FROM sms_templates WHERE id = ? OR (code = ? AND locale = ?)"));
        !r)
        return r;
    del.bindValue(0, t.id);
    del.bindValue(1, t.code);
    del.bindValue(2, t.locale);
    if (auto r = rows::exec(del, QStringLiteral("replace sms template")); !r)
        return r;
    QSqlQuery ins(m_store.db());
    if (auto r = rows::prepare(ins,
                               QStringLiteral("INSERT INTO sms_templates(%1) VALUES(?,?,?,?,?,?,?,?,?)")
                                   .arg(QLatin1String(Columns)));
        !r)
        return r;
    ins.bindValue(0, t.id);
    ins.bindValue(1, t.code);
    ins.bindValue(2, t.name);
    ins.bindValue(3, t.body);
    ins.bindValue(4, rows::fromEnum(t.audience));
    ins.bindValue(5, t.locale);
    ins.bindValue(6, t.version);
    ins.bindValue(7, t.active ? 1 : 0);
    ins.bindValue(8, rows::fromTime(t.updatedAt));
    if (auto r = rows::exec(ins, QStringLiteral("insert sms template")); !r)
        return r;
    return tx.commit();
}

std::optional<SmsTemplate> SmsTemplateRepository::find(qint64 id) const
{
    QSqlQuery q(m_store.db());
    if (!rows::prepare(
            q, QStringLiteral("SELECT %1 FROM sms_templates WHERE id = ?").arg(QLatin1String(Columns))))
        return std::nullopt;
    q.bindValue(0, id);
    if (!rows::exec(q, QStringLiteral("find sms template")) || !q.next())
        return std::nullopt;
    return readTemplate(q);
}

QList<SmsTemplate> SmsTemplateRepository::active(std::optional<lint::Audience> audience) const
{
    QSqlQuery q(m_store.db());
    if (!rows::prepare(q,
                       QStringLiteral("SELECT %1 FROM sms_templates WHERE active = 1 ORDER BY id")
                           .arg(QLatin1String(Columns))))
        return {};
    if (!rows::exec(q, QStringLiteral("sms templates")))
        return {};
    QList<SmsTemplate> out;
    while (q.next()) {
        const SmsTemplate t = readTemplate(q);
        if (!audience || t.audience == *audience)
            out << t;
    }
    return out;
}

Result<int> SmsTemplateRepository::ensureDefaults()
{
    QSqlQuery count(m_store.db());
    if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM sms_templates")) || !count.next())
        return rows::fromSql(count.lastError(), QStringLiteral("count sms templates"));
    if (count.value(0).toInt() > 0)
        return 0;
    QFile f(QString::fromLatin1(DefaultsResource));
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound,
                     QStringLiteral("bundled SMS templates missing: ") + f.errorString()};
    const QJsonArray list =
        QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("templates")).toArray();
    Transaction tx(m_store.db());
    int n = 0;
    for (const QJsonValue &v : list) {
        std::optional<SmsTemplate> t = proto::smsTemplateFromJson(v.toObject());
        if (!t)
            return Error{ErrorCode::InvalidInput,
                         QStringLiteral("bundled SMS template #%1 malformed").arg(n)};
        t->id = ++n;
        if (auto r = replace(*t); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return n;
}

}  // namespace cd
