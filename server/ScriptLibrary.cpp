#include "ScriptLibrary.h"

#include "ChangeLog.h"
#include "Codec.h"
#include "Logging.h"
#include "Storage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cd::server {

Result<int> ScriptLibrary::ensureDefaults(Storage &storage)
{
    const Result<QList<ScriptTemplate>> existing = storage.scripts();
    if (!existing)
        return existing.error();
    if (!existing.value().isEmpty())
        return 0;
    QFile f(QString::fromLatin1(DefaultsResource));
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound,
                     QStringLiteral("default scripts resource missing: ") + f.errorString()};
    return importJson(storage, f.readAll());
}

Result<int> ScriptLibrary::importJson(Storage &storage, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("scripts JSON at offset %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString())};
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("collectdesk.scripts"))
        return Error{ErrorCode::InvalidInput, QStringLiteral("not a collectdesk.scripts document")};
    if (root.value(QStringLiteral("formatVersion")).toInt(1) > 1)
        return Error{ErrorCode::InvalidInput, QStringLiteral("scripts formatVersion newer than 1")};

    StorageTransaction tx(storage);
    if (!tx.started())
        return tx.started().error();
    ChangeLog log(storage);
    int n = 0;
    for (const QJsonValue &v : root.value(QStringLiteral("scripts")).toArray()) {
        std::optional<ScriptTemplate> s = proto::scriptFromJson(v.toObject());
        if (!s || s->steps.isEmpty())
            return Error{ErrorCode::InvalidInput,
                         QStringLiteral("script #%1 needs segment, locale and steps").arg(n)};
        const Result<qint64> id = storage.upsertScript(*s);
        if (!id)
            return id.error();
        s->id = id.value();
        if (auto r = log.script(*s); !r)
            return r.error();
        ++n;
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    qCInfo(lcServer) << "imported" << n << "scripts";
    return n;
}

}  // namespace cd::server
