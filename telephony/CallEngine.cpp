#include "CallEngine.h"

#include <QLoggingCategory>

namespace cd {

Q_LOGGING_CATEGORY(lcTelephony, "collectdesk.telephony")

// The engines call these helpers so that every implementation keeps the same contract: timestamps
// in UTC, stateChanged only on a real change, answeredAt stamped once, callEnded once per call.

void CallEngine::beginCall(const QString &number)
{
    m_remoteNumber = number;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_answeredAt = QDateTime();
    m_endedAt = QDateTime();
    m_endReason = EndReason::None;
    // Mute belongs to one call: a new call must not start muted because the last one was.
    setMutedState(false);
    qCDebug(lcTelephony) << "call to" << number << "started";
}

void CallEngine::setState(CallState state)
{
    if (state == m_state)
        return;
    // Only the first answer counts: resuming from hold goes back to Connected but the talk time
    // still starts at the original answer.
    if (state == CallState::Connected && !m_answeredAt.isValid())
        m_answeredAt = QDateTime::currentDateTimeUtc();
    qCDebug(lcTelephony) << "state" << m_state << "->" << state;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void CallEngine::setMutedState(bool muted)
{
    if (muted == m_muted)
        return;
    m_muted = muted;
    Q_EMIT mutedChanged(muted);
}

void CallEngine::finishCall(EndReason reason)
{
    // Idle: no call was ever started. Ended: this call already finished; a late network event or a
    // second hangup must not report the end twice.
    if (!inCall())
        return;
    m_endedAt = QDateTime::currentDateTimeUtc();
    m_endReason = reason;
    setMutedState(false);  // the microphone is not left muted for the next call
    qCInfo(lcTelephony) << "call to" << m_remoteNumber << "ended:" << reason;
    setState(CallState::Ended);
    // A slot on stateChanged(Ended) may already dial the next number; report the reason we ended
    // with, not whatever the next call has put in m_endReason.
    Q_EMIT callEnded(reason);
}

}  // namespace cd
