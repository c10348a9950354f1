#pragma once
// The talk-tracks (话术) the server hands to every client: the same collectdesk.scripts JSON the client
// bundles (resources/scripts/default-scripts.json, embedded under :/collectdesk-server/). Each imported
// script is written to the change log without a customer, so everyone logged in pulls it.
#include "Result.h"

#include <QByteArray>

namespace cd::server {

class Storage;

class ScriptLibrary
{
public:
    static constexpr char DefaultsResource[] = ":/collectdesk-server/default-scripts.json";

    /// Imports the bundled defaults when the storage holds no script yet. Returns how many were imported.
    static Result<int> ensureDefaults(Storage &storage);
    /// Imports (inserts or replaces per segment and locale) a collectdesk.scripts document, in one
    /// transaction.
    static Result<int> importJson(Storage &storage, const QByteArray &json);
};

}  // namespace cd::server
