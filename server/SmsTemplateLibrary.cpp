#include "SmsTemplateLibrary.h"

#include "ChangeLog.h"
#include "ComplianceLint.h"
#include "Logging.h"
#include "SmsCodec.h"
#include "Storage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cd::server {

Result<int> SmsTemplateLibrary::ensureDefaults(Storage &storage)
{
    const Result<QList<SmsTemplate>> existing = storage.smsTemplates();
    if (!existing)
        return existing.error();
    if (!existing.value().isEmpty())
        return 0;
    QFile f(QString::fromLatin1(DefaultsResource));
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound,
                     QStringLiteral("default SMS templates resource missing: ") + f.errorString()};
    return importJson(storage, f.readAll());
}

Result<int> SmsTemplateLibrary::importJson(Storage &storage, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("SMS templates JSON at offset %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString())};
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("collectdesk.smsTemplates"))
        return Error{ErrorCode::InvalidInput, QStringLiteral("not a collectdesk.smsTemplates document")};
    if (root.value(QStringLiteral("formatVersion")).toInt(1) > 1)
        return Error{ErrorCode::InvalidInput, QStringLiteral("smsTemplates formatVersion newer than 1")};
    const Result<lint::ComplianceLint> lint = lint::ComplianceLint::builtIn();
    if (!lint)
        return lint.error();

    StorageTransaction tx(storage);
    if (!tx.started())
        return tx.started().error();
    ChangeLog log(storage);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int n = 0;
    for (const QJsonValue &v : root.value(QStringLiteral("templates")).toArray()) {
        std::optional<SmsTemplate> t = proto::smsTemplateFromJson(v.toObject());
        if (!t)
            return Error{
                ErrorCode::InvalidInput,
                QStringLiteral("SMS template #%1 needs code, name, body and a known audience").arg(n)};
        const QList<lint::Finding> findings = lint.value().check(t->body, t->audience);
        if (!findings.isEmpty())
            return Error{ErrorCode::InvalidInput,
                         QStringLiteral("SMS template %1: %2 \"%3\" at %4")
                             .arg(t->code, enumKey(findings.first().rule), findings.first().text)
                             .arg(findings.first().start)};
        t->updatedAt = now;
        const Result<qint64> id = storage.upsertSmsTemplate(*t);
        if (!id)
            return id.error();
        t->id = id.value();
        if (auto r = log.smsTemplate(*t); !r)
            return r.error();
        ++n;
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    qCInfo(lcServer) << "imported" << n << "SMS templates";
    return n;
}

}  // namespace cd::server
