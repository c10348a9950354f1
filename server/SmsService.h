#pragma once
// Sending an SMS for an agent ("sms.send" operation): the same contact rules as a call
// (compliance::checkSms at the moment of sending, with SMS on their own daily cap), the compliance lint
// on the text as the agent edited it, then an Interaction of Channel::Sms (Queued) on the customer's
// timeline, committed with its change-log row, audit row and applied op. The message leaves through the
// configured SmsGateway after the commit; its answer (Sent / Failed + reason) is written onto the
// interaction later, with a new change-log row, and announced as "sms.delivered". Owned by the Server.
#include "AuditLog.h"
#include "Compliance.h"
#include "ComplianceLint.h"
#include "Notice.h"
#include "ServerTypes.h"
#include "ServiceResult.h"
#include "SmsCodec.h"
#include "SmsGateway.h"

#include <QObject>

#include <functional>

namespace cd::server {

class Hub;
class Storage;
class SyncService;

/// Where messages go (serve --sms-url / --sms-file). Neither: a FileSmsSink next to the database.
struct SmsConfig {
    QUrl url;                   ///< HttpSmsGateway endpoint
    QString file;               ///< FileSmsSink path
    HttpSmsGatewayConfig http;  ///< timeouts and retries for `url` (its url is set from `url`)

    /// The sink for a database at `databaseFile`: "<dir>/sms-outbox.jsonl".
    static QString defaultFileFor(const QString &databaseFile);
};

class SmsService : public QObject
{
    Q_OBJECT
public:
    SmsService(Storage &storage, AuditLog &audit, const compliance::Policy &policy,
               std::unique_ptr<SmsGateway> gateway, QObject *parent = nullptr);

    /// Applies operation `opId`. NotFound (customer, template), Forbidden (customer not visible),
    /// InvalidValue (a number not the customer's, an inactive template), ComplianceBlocked (a contact
    /// rule, audited with it), LintBlocked (the text, audited with the rule and span), or the revision
    /// of the interaction's change-log row.
    ServiceResult<qint64> send(const Viewer &viewer, const QString &opId, const proto::SmsSend &request,
                               const QDateTime &now);

    /// The time the rules are checked at and the message is stamped with; the server's clock when
    /// unset. Tests fix it to check the calling window without depending on the hour they run.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    SmsGateway &gateway() { return *m_gateway; }

Q_SIGNALS:
    void noticed(const cd::server::Notice &notice);
    /// The gateway answered and the interaction holds the outcome (tests wait for it).
    void delivered(qint64 interactionId, cd::SmsStatus status);

private:
    void onDelivered(const Interaction &sent, const QString &opId, const DeliveryResult &result);
    QString teamOf(const QString &username);

    Storage &m_storage;
    AuditLog &m_audit;
    compliance::Policy m_policy;
    std::unique_ptr<SmsGateway> m_gateway;
    std::optional<lint::ComplianceLint> m_lint;
    std::function<QDateTime()> m_clock;
};

/// Builds the service with the gateway `config` names, registers "sms.send" with `sync` and delivers
/// its events through `hub`. The service is a child of `hub`.
SmsService *wireSms(Hub &hub, SyncService &sync, Storage &storage, AuditLog &audit,
                    const compliance::Policy &policy, const SmsConfig &config);

}  // namespace cd::server
