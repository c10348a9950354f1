#pragma once
// Sends an SMS from the client the way DispositionRecorder records a call: an Interaction of
// Channel::Sms (Queued, the text as its note) on the customer's timeline and an "sms.send" outbox
// operation, in one transaction, so it works offline. In a synced store the interaction is provisional
// (negative id tagged with the op) until the server's row arrives with the delivery state.
#include "ComplianceLint.h"
#include "Entities.h"
#include "LocalStore.h"

namespace cd {

struct SmsRequest {
    qint64 customerId = 0;
    qint64 phoneId = 0;  ///< one of the customer's numbers
    qint64 templateId = 0;
    QString text;  ///< rendered and maybe edited by the agent
    QString agent;
};

struct RecordedSms {
    qint64 interactionId = 0;
    QString opId;
};

class SmsRecorder
{
public:
    explicit SmsRecorder(LocalStore &store);
    /// Refuses (InvalidInput / NotFound, nothing written) an unknown customer, number or template, an
    /// empty or over-long text, or a text the compliance lint flags for the person at that number.
    Result<RecordedSms> send(const SmsRequest &request, const QDateTime &now);

private:
    LocalStore &m_store;
    std::optional<lint::ComplianceLint> m_lint;
};

}  // namespace cd
