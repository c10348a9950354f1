#include "SmsCodec.h"

#include "Codec.h"

namespace cd::proto {

namespace {

/// The key's string, `ok` false when present with another type (or absent and required).
QString stringOf(const QJsonObject &o, const char *key, bool required, bool &ok)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        ok &= !required;
        return {};
    }
    ok &= v.isString();
    return v.toString();
}

qint64 idOf(const QJsonObject &o, const char *key, bool required, bool &ok)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        ok &= !required;
        return 0;
    }
    const double d = v.toDouble();
    if (!v.isDouble() || d != double(qint64(d))) {
        ok = false;
        return 0;
    }
    return v.toInteger();
}

}  // namespace

QJsonObject toJson(const SmsTemplate &t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("code"), t.code},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("body"), t.body},
            {QStringLiteral("audience"), enumKey(t.audience)},
            {QStringLiteral("locale"), t.locale},
            {QStringLiteral("version"), t.version},
            {QStringLiteral("active"), t.active},
            {QStringLiteral("updatedAt"), isoUtc(t.updatedAt)}};
}

std::optional<SmsTemplate> smsTemplateFromJson(const QJsonObject &o)
{
    bool ok = true;
    SmsTemplate t;
    t.id = idOf(o, "id", false, ok);
    t.code = stringOf(o, "code", true, ok);
    t.name = stringOf(o, "name", true, ok);
    t.body = stringOf(o, "body", true, ok);
    const QString audience = stringOf(o, "audience", false, ok);
    const QString locale = stringOf(o, "locale", false, ok);
    if (!locale.isEmpty())
        t.locale = locale;
    const QJsonValue version = o.value(QStringLiteral("version"));
    if (!version.isUndefined() && !version.isNull()) {
        ok &= version.isDouble() && version.toInt() >= 1;
        t.version = version.toInt();
    }
    const QJsonValue active = o.value(QStringLiteral("active"));
    if (!active.isUndefined() && !active.isNull()) {
        ok &= active.isBool();
        t.active = active.toBool();
    }
    const QString updated = stringOf(o, "updatedAt", false, ok);
    if (!updated.isEmpty()) {
        t.updatedAt = parseIsoUtc(updated);
        ok &= t.updatedAt.isValid();
    }
    if (!audience.isEmpty()) {
        bool known = false;
        const int v =
            QMetaEnum::fromType<lint::Audience>().keyToValue(audience.toLatin1().constData(), &known);
        ok &= known;
        t.audience = static_cast<lint::Audience>(v);
    }
    if (!ok || t.code.trimmed().isEmpty() || t.name.trimmed().isEmpty() || t.body.trimmed().isEmpty())
        return std::nullopt;
    return t;
}

QJsonObject SmsSend::toJson() const
{
    QJsonObject o{{QStringLiteral("customerId"), customerId},
                  {QStringLiteral("templateId"), templateId},
                  {QStringLiteral("text"), text},
                  {QStringLiteral("at"), isoUtc(at)}};
    if (phoneId > 0)
        o.insert(QStringLiteral("phoneId"), phoneId);
    if (!phoneNumber.isEmpty())
        o.insert(QStringLiteral("phoneNumber"), phoneNumber);
    return o;
}

std::optional<SmsSend> SmsSend::fromJson(const QJsonObject &o, StatusCode *error)
{
    auto fail = [error](StatusCode c) {
        if (error)
            *error = c;
        return std::nullopt;
    };
    bool ok = true;
    SmsSend s;
    s.customerId = idOf(o, "customerId", true, ok);
    s.phoneId = idOf(o, "phoneId", false, ok);
    s.phoneNumber = stringOf(o, "phoneNumber", false, ok);
    s.templateId = idOf(o, "templateId", true, ok);
    s.text = stringOf(o, "text", true, ok);
    const QString at = stringOf(o, "at", false, ok);
    if (!at.isEmpty()) {
        s.at = parseIsoUtc(at);
        ok &= s.at.isValid();
    }
    if (!ok)
        return fail(StatusCode::InvalidBody);
    if (s.customerId <= 0 || s.templateId <= 0 || (s.phoneId <= 0 && s.phoneNumber.trimmed().isEmpty())
        || s.text.trimmed().isEmpty() || s.text.size() > MaxTextLength)
        return fail(StatusCode::InvalidValue);
    if (error)
        *error = StatusCode::Ok;
    return s;
}

}  // namespace cd::proto
