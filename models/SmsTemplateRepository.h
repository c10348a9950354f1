#pragma once
// The client's cache of SMS templates (table sms_templates, schema 5): filled by ChangeApplier from the
// server's "smsTemplate" changes, read by the SMS dialog, so templates work offline. A store that is
// not synced (demo, training) gets the bundled defaults (resources/sms/default-templates.json).
#include "LocalStore.h"
#include "SmsTemplate.h"

#include <optional>

namespace cd {

class SmsTemplateRepository
{
public:
    static constexpr char DefaultsResource[] = ":/collectdesk/sms/default-templates.json";

    explicit SmsTemplateRepository(LocalStore &store) : m_store(store) {}

    /// The server's template replaces what the cache holds under its id or its (code, locale).
    Result<void> replace(const SmsTemplate &t);
    std::optional<SmsTemplate> find(qint64 id) const;
    /// Active templates, optionally only those for `audience`, by name.
    QList<SmsTemplate> active(std::optional<lint::Audience> audience = std::nullopt) const;
    /// Loads the bundled defaults (ids 1..n) when the cache holds no template; returns how many.
    Result<int> ensureDefaults();

private:
    LocalStore &m_store;
};

}  // namespace cd
