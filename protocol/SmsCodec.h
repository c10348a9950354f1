#pragma once
// The SMS parts of the wire: the "smsTemplate" change-log entity and the body of the "sms.send"
// operation (docs/dev/Protocol.md). Same conventions as Codec.h.
#include "SmsTemplate.h"
#include "Status.h"

#include <QJsonObject>
#include <optional>

namespace cd::proto {

/// Entity "smsTemplate": {id, code, name, body, audience, locale, version, active, updatedAt}.
QJsonObject toJson(const SmsTemplate &t);
/// Also reads the bundled defaults file's entries (no id, no updatedAt). Fails on a missing code,
/// name or body or an unknown audience.
std::optional<SmsTemplate> smsTemplateFromJson(const QJsonObject &o);

/// Body of the "sms.send" operation: the text the agent sent (rendered from a template and maybe
/// edited), to one of the customer's numbers (phoneId) or a number typed in (phoneNumber), at `at`
/// (when the agent pressed Send). Ids are the server's.
struct SmsSend {
    static constexpr int MaxTextLength = 1000;  ///< UTF-16 units: about 15 concatenated parts

    qint64 customerId = 0;
    qint64 phoneId = 0;
    QString phoneNumber;
    qint64 templateId = 0;
    QString text;
    QDateTime at;

    QJsonObject toJson() const;
    /// Fails with InvalidBody (missing / wrong type) or InvalidValue (customer or template id not
    /// positive, neither phone id nor number, empty text or over MaxTextLength).
    static std::optional<SmsSend> fromJson(const QJsonObject &o, StatusCode *error = nullptr);
};

}  // namespace cd::proto
