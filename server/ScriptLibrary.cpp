#include "ScriptLibrary.h"

#include "AuditLog.h"
#include "ChangeLog.h"
#include "Logging.h"
#include "ServerTypes.h"
#include "Storage.h"

#include <QFile>
#include <QJsonArray>

namespace cd::server {

Result<int> ScriptLibrary::ensureDefaults(Storage &storage)
{
    const Result<QList<script::Script>> existing = storage.scripts();
    if (!existing)
        return existing.error();
    if (!existing.value().isEmpty())
        return 0;
    QFile f(QString::fromLatin1(DefaultsResource));
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, QStringLiteral("default scripts resource missing: ") + f.errorString()};
    return importJson(storage, f.readAll(), QStringLiteral("defaults"));
}

// Stores `s` as the next version of its id (inside the caller's transaction) and logs the change.
Result<qint64> ScriptLibrary::store(Storage &storage, script::Script &s)
{
    const Result<QList<script::Script>> versions = storage.scriptVersions(s.id);
    if (!versions)
        return versions.error();
    if (!versions.value().isEmpty())
        s.version = qMax(s.version, versions.value().first().version + 1);
    const Result<qint64> row = storage.insertScriptVersion(s);
    if (!row)
        return row.error();
    return ChangeLog(storage).script(s, row.value());
}

Result<int> ScriptLibrary::importJson(Storage &storage, const QByteArray &json, const QString &by,
                                      const QDateTime &nowUtc)
{
    Result<QList<script::Script>> doc = script::readDocument(json);
    if (!doc)
        return doc.error();
    for (const script::Script &s : doc.value()) {
        const QList<script::Problem> problems = script::validate(s);
        if (!problems.isEmpty())
            return Error{ErrorCode::InvalidInput, QStringLiteral("script %1: %2 (%3 problems)")
                                                      .arg(s.id, problems.first().detail)
                                                      .arg(problems.size())};
    }
    StorageTransaction tx(storage);
    if (!tx.started())
        return tx.started().error();
    int n = 0;
    for (script::Script &s : doc.value()) {
        s.publishedAt = nowUtc.toUTC();
        s.publishedBy = by;
        if (auto r = store(storage, s); !r)
            return r.error();
        ++n;
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    qCInfo(lcServer) << "imported" << n << "scripts";
    return n;
}

ServiceResult<QJsonObject> ScriptLibrary::publish(Storage &storage, AuditLog &audit, const Viewer &viewer,
                                                  const QJsonObject &body, const QDateTime &nowUtc)
{
    const QJsonValue v = body.value(QStringLiteral("script"));
    if (!v.isObject())
        return {proto::StatusCode::InvalidBody, QStringLiteral("script: missing or not an object")};
    Result<script::Script> parsed = script::fromJson(v.toObject());
    if (!parsed)
        return {proto::StatusCode::InvalidBody, parsed.error().detail};
    script::Script s = parsed.value();
    const QList<script::Problem> problems = script::validate(s);
    if (!problems.isEmpty()) {
        const bool lint = std::any_of(problems.cbegin(), problems.cend(), [](const script::Problem &p) {
            return p.kind == script::Problem::Kind::LintFinding;
        });
        const proto::StatusCode code = lint ? proto::StatusCode::LintBlocked : proto::StatusCode::InvalidValue;
        const QJsonObject reason{{QStringLiteral("problems"), script::problemsToJson(problems)}};
        (void)audit.denied(viewer, QStringLiteral("script.publish"), QStringLiteral("script:") + s.id, code, reason);
        return {code, QStringLiteral("%1: %2 problem(s), first: %3").arg(s.id).arg(problems.size()).arg(problems.first().detail),
                reason};
    }
    StorageTransaction tx(storage);
    if (!tx.started())
        return tx.started().error();
    s.version = 1;
    s.publishedAt = nowUtc.toUTC();
    s.publishedBy = viewer.username;
    const Result<qint64> revision = store(storage, s);
    if (!revision)
        return revision.error();
    if (auto r = audit.record(viewer.username, QStringLiteral("script.publish"), QStringLiteral("script:") + s.id,
                              {{QStringLiteral("version"), s.version}, {QStringLiteral("name"), s.name}});
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    qCInfo(lcServer).noquote() << viewer.username << "published script" << s.id << "version" << s.version;
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("version"), s.version},
                       {QStringLiteral("publishedAt"), s.publishedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("revision"), revision.value()}};
}

ServiceResult<QJsonObject> ScriptLibrary::list(Storage &storage)
{
    const Result<QList<script::Script>> all = storage.scripts();
    if (!all)
        return all.error();
    QJsonArray a;
    for (const script::Script &s : all.value())
        a.append(script::toJson(s));
    return QJsonObject{{QStringLiteral("scripts"), a}};
}

ServiceResult<QJsonObject> ScriptLibrary::history(Storage &storage, const QJsonObject &body)
{
    const QJsonValue id = body.value(QStringLiteral("id"));
    if (!id.isString() || id.toString().isEmpty())
        return {proto::StatusCode::InvalidBody, QStringLiteral("id: missing or not a string")};
    const Result<QList<script::Script>> versions = storage.scriptVersions(id.toString());
    if (!versions)
        return versions.error();
    if (versions.value().isEmpty())
        return {proto::StatusCode::NotFound, QStringLiteral("no script ") + id.toString()};
    QJsonArray a;
    for (const script::Script &s : versions.value())
        a.append(script::toJson(s));
    return QJsonObject{{QStringLiteral("versions"), a}};
}

}  // namespace cd::server
