#pragma once
// The talk-tracks (话术) the server hands to every client, as versioned graphs (core/ScriptGraph.h).
// Every published version is kept (script_versions); each one is written to the change log without a
// customer, so everyone logged in pulls it. The bundled defaults (resources/scripts/default-scripts.json,
// embedded under :/collectdesk-server/) seed an empty server; leads and trainers publish edits with
// script.publish, which validates (structure, checkpoints, merge fields, compliance lint) first.
#include "Result.h"
#include "ScriptGraph.h"
#include "ServiceResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace cd::server {

class AuditLog;
class Storage;
struct Viewer;

class ScriptLibrary
{
public:
    static constexpr char DefaultsResource[] = ":/collectdesk-server/default-scripts.json";

    /// Imports the bundled defaults when the storage holds no script yet. Returns how many were imported.
    static Result<int> ensureDefaults(Storage &storage);
    /// Imports a collectdesk.scripts document (formatVersion 1 or 2) in one transaction: each script
    /// becomes a new version of its id (its own version, or one above the stored latest). All or
    /// nothing: a malformed document or a script with validation problems imports nothing.
    static Result<int> importJson(Storage &storage, const QByteArray &json, const QString &by = {},
                                  const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

    /// script.publish: {script} -> {id, version, publishedAt, revision}. Problems are refused with
    /// InvalidValue (LintBlocked when the lint found anything) and reason {problems: [...]}.
    static ServiceResult<QJsonObject> publish(Storage &storage, AuditLog &audit, const Viewer &viewer,
                                              const QJsonObject &body, const QDateTime &nowUtc);
    /// script.list: {} -> {scripts: [latest of each id]}.
    static ServiceResult<QJsonObject> list(Storage &storage);
    /// script.history: {id} -> {versions: [newest first]}.
    static ServiceResult<QJsonObject> history(Storage &storage, const QJsonObject &body);

private:
    static Result<qint64> store(Storage &storage, script::Script &s);
};

}  // namespace cd::server
