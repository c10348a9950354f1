#include "Envelope.h"

#include "Codec.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

namespace cd::proto {

namespace {
constexpr int MaxIdLength = 64;  ///< for "id" and "type"

QString kindKey(Kind k)
{
    switch (k) {
    case Kind::Request: return QStringLiteral("req");
    case Kind::Response: return QStringLiteral("res");
    case Kind::Event: return QStringLiteral("evt");
    }
    return {};
}
} // namespace

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Envelope Envelope::request(const QString &type, const QJsonObject &body, const QString &id)
{
    Envelope e;
    e.kind = Kind::Request;
    e.type = type;
    e.id = id.isEmpty() ? newId() : id;
    e.ts = QDateTime::currentDateTimeUtc();
    e.body = body;
    return e;
}

Envelope Envelope::event(const QString &type, const QJsonObject &body)
{
    Envelope e;
    e.kind = Kind::Event;
    e.type = type;
    e.id = newId();
    e.ts = QDateTime::currentDateTimeUtc();
    e.body = body;
    return e;
}

Envelope Envelope::response(const Envelope &req, const QJsonObject &body)
{
    Envelope e;
    e.kind = Kind::Response;
    e.type = req.type;
    e.id = req.id;
    e.ts = QDateTime::currentDateTimeUtc();
    e.body = body;
    return e;
}

Envelope Envelope::failure(const Envelope &req, StatusCode code)
{
    Envelope e = response(req);
    e.status = code;
    e.error = slug(code);
    return e;
}

QByteArray encode(const Envelope &e)
{
    QJsonObject o{{QStringLiteral("v"), Version},
                  {QStringLiteral("kind"), kindKey(e.kind)},
                  {QStringLiteral("type"), e.type},
                  {QStringLiteral("id"), e.id},
                  {QStringLiteral("ts"), isoUtc(e.ts.isValid() ? e.ts : QDateTime::currentDateTimeUtc())},
                  {QStringLiteral("body"), e.body}};
    if (e.kind == Kind::Response) {
        QJsonObject status{{QStringLiteral("code"), int(e.status)}};
        if (e.status != StatusCode::Ok)
            status.insert(QStringLiteral("error"), e.error.isEmpty() ? slug(e.status) : e.error);
        o.insert(QStringLiteral("status"), status);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Decoded decode(const QByteArray &frame, const Limits &limits, std::optional<Kind> expectKind)
{
    Decoded d;
    auto fail = [&d](StatusCode c) {
        d.code = c;
        d.envelope.reset();
        return d;
    };
    if (frame.size() > limits.maxFrameBytes)
        return fail(StatusCode::FrameTooLarge);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(frame, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return fail(StatusCode::MalformedJson);
    const QJsonObject o = doc.object();
    // Read id and type first, so even a bad frame can be answered to the right request. One too long
    // to pass this decoder is not kept: echoing it would make the error response itself malformed.
    const QString id = o.value(QStringLiteral("id")).toString();
    const QString type = o.value(QStringLiteral("type")).toString();
    if (id.size() <= MaxIdLength)
        d.id = id;
    if (type.size() <= MaxIdLength)
        d.type = type;

    for (const char *key : {"v", "kind", "type", "id", "body"})
        if (!o.contains(QLatin1String(key)))
            return fail(StatusCode::MissingField);
    const QJsonValue v = o.value(QStringLiteral("v"));
    if (!v.isDouble())
        return fail(StatusCode::WrongFieldType);
    if (v.toDouble() != Version)
        return fail(StatusCode::UnsupportedVersion);
    if (!o.value(QStringLiteral("kind")).isString() || !o.value(QStringLiteral("type")).isString()
        || !o.value(QStringLiteral("id")).isString() || !o.value(QStringLiteral("body")).isObject())
        return fail(StatusCode::WrongFieldType);
    if (id.size() > MaxIdLength || type.isEmpty() || type.size() > MaxIdLength)
        return fail(StatusCode::MissingField);
    const QString kind = o.value(QStringLiteral("kind")).toString();
    Envelope e;
    if (kind == QLatin1String("req"))
        e.kind = Kind::Request;
    else if (kind == QLatin1String("res"))
        e.kind = Kind::Response;
    else if (kind == QLatin1String("evt"))
        e.kind = Kind::Event;
    else
        return fail(StatusCode::WrongFieldType);
    if (expectKind && e.kind != *expectKind)
        return fail(StatusCode::WrongKind);
    e.type = d.type;
    e.id = d.id;
    e.ts = parseIsoUtc(o.value(QStringLiteral("ts")).toString());
    e.body = o.value(QStringLiteral("body")).toObject();
    if (e.kind == Kind::Response) {
        const QJsonValue s = o.value(QStringLiteral("status"));
        const QJsonValue code = s.toObject().value(QStringLiteral("code"));
        // toInt() turns 3002.5 into 0, which would read a failure as success.
        if (!s.isObject() || !code.isDouble() || code.toDouble() != double(code.toInt(-1)))
            return fail(StatusCode::WrongFieldType);
        e.status = static_cast<StatusCode>(code.toInt());
        e.error = s.toObject().value(QStringLiteral("error")).toString();
    }
    // Only an error response may lack an id: it answers a frame whose id could not be read (not
    // JSON, binary, id missing), see encodeError(). Everything else must be matchable.
    if (id.isEmpty() && (e.kind != Kind::Response || e.status == StatusCode::Ok))
        return fail(StatusCode::MissingField);
    d.envelope = e;
    return d;
}

QByteArray encodeError(const Decoded &d)
{
    Envelope req;
    req.type = d.type.isEmpty() ? QStringLiteral("error") : d.type;
    req.id = d.id;
    return encode(Envelope::failure(req, d.code));
}

} // namespace cd::proto
