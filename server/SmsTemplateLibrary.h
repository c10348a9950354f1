#pragma once
// The SMS templates (短信模板) the server hands to every client: a collectdesk.smsTemplates document
// (resources/sms/default-templates.json is bundled under :/collectdesk-server/sms/ and loaded into an
// empty database). Each imported template is written to the change log without a customer (entity
// "smsTemplate"), so everyone logged in pulls it. A template that fails the compliance lint for its
// audience is refused: the whole import then changes nothing.
#include "Result.h"

#include <QByteArray>

namespace cd::server {

class Storage;

class SmsTemplateLibrary
{
public:
    static constexpr char DefaultsResource[] = ":/collectdesk-server/sms/default-templates.json";

    /// Imports the bundled defaults when the storage holds no SMS template yet. Returns how many.
    static Result<int> ensureDefaults(Storage &storage);
    /// Imports (inserts or replaces per code and locale) a collectdesk.smsTemplates document in one
    /// transaction. InvalidInput names the template and, for a lint finding, the rule and the text.
    static Result<int> importJson(Storage &storage, const QByteArray &json);
};

}  // namespace cd::server
