#include "AgentState.h"

#include "Domain.h"

#include <QLoggingCategory>

namespace cd {

Q_DECLARE_LOGGING_CATEGORY(lcTelephony)

AgentState::AgentState(QObject *parent)
    : QObject(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_since = m_clock();
}

void AgentState::setEngine(CallEngine *engine)
{
    for (const QMetaObject::Connection &c : std::as_const(m_engineConnections))
        disconnect(c);
    m_engineConnections.clear();
    m_engine = engine;
    if (!engine)
        return;
    m_engineConnections << connect(engine, &CallEngine::stateChanged, this, &AgentState::onCallState)
                        << connect(engine, &CallEngine::callEnded, this, &AgentState::onCallEnded);
}

void AgentState::setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

bool AgentState::inCall() const
{
    return m_state == State::Dialling || m_state == State::Ringing || m_state == State::Talking
        || m_state == State::Held;
}

QList<AgentState::Reason> AgentState::selectableReasons()
{
    return {Reason::Break, Reason::Training, Reason::Meeting, Reason::Coaching};
}

bool AgentState::logIn()
{
    if (m_state != State::LoggedOut)
        return false;
    enter(State::Ready);
    return true;
}

bool AgentState::logOut()
{
    // A call or an unsaved outcome would be lost from the floor view: finish them first.
    if (m_state != State::Ready && m_state != State::NotReady)
        return false;
    m_systemText = QString();
    setPending(Reason::None);
    enter(State::LoggedOut);
    return true;
}

bool AgentState::requestReady()
{
    switch (m_state) {
    case State::LoggedOut:
    case State::Ready: return false;
    case State::NotReady:
        if (systemNotReady()) {
            if (m_pending == Reason::None)
                return false;
            setPending(Reason::None);
            return true;
        }
        enter(State::Ready);
        return true;
    case State::Dialling:
    case State::Ringing:
    case State::Talking:
    case State::Held:
    case State::WrapUp:
        if (m_pending == Reason::None)
            return false;
        setPending(Reason::None);
        return true;
    }
    return false;
}

bool AgentState::requestNotReady(Reason reason)
{
    if (reason == Reason::None || reason == Reason::System || m_state == State::LoggedOut)
        return false;
    if (m_state == State::Ready || (m_state == State::NotReady && !systemNotReady())) {
        if (m_state == State::NotReady && m_reason == reason)
            return false;
        enter(State::NotReady, reason);
        return true;
    }
    // In a call, in wrap-up or held by the System reason: the agent's choice waits its turn.
    setPending(reason);
    return true;
}

bool AgentState::wrapUpFinished()
{
    if (m_state != State::WrapUp)
        return false;
    settle();
    return true;
}

bool AgentState::setSystemNotReady(const QString &text)
{
    if (m_state == State::LoggedOut)
        return false;
    // An empty explanation still marks the reason as set (null vs empty QString).
    const QString newText = text.isNull() ? QStringLiteral("") : text;
    const bool wasSystem = systemNotReady();
    m_systemText = newText;
    if (m_state == State::Ready) {
        enter(State::NotReady, Reason::System);
    } else if (m_state == State::NotReady) {
        if (!wasSystem) {
            // The agent's own reason comes back when the application clears System.
            setPending(m_reason);
            enter(State::NotReady, Reason::System);
        } else {
            enter(State::NotReady, Reason::System);  // new explanation, same state: keep since
        }
    }
    // In a call or wrap-up the call goes on; settle() applies System afterwards.
    return true;
}

bool AgentState::clearSystemNotReady()
{
    if (!systemNotReady())
        return false;
    m_systemText = QString();
    if (m_state == State::NotReady && m_reason == Reason::System)
        settle();
    return true;
}

void AgentState::settle()
{
    if (systemNotReady()) {
        enter(State::NotReady, Reason::System);
        return;
    }
    const Reason pending = m_pending;
    setPending(Reason::None);
    if (pending != Reason::None)
        enter(State::NotReady, pending);
    else
        enter(State::Ready);
}

void AgentState::onCallState(CallEngine::CallState callState)
{
    if (m_state == State::LoggedOut) {
        // A logged-out agent has no floor state to follow; the call is not theirs to report.
        if (callState != CallEngine::CallState::Idle && callState != CallEngine::CallState::Ended)
            qCWarning(lcTelephony) << "call state" << callState << "while logged out: ignored";
        return;
    }
    const bool idle = m_state == State::Ready || m_state == State::NotReady || m_state == State::WrapUp;
    // A call placed while not ready (a manual callback) returns to the same reason afterwards.
    const auto startCall = [this](State next) {
        if (m_state == State::NotReady && m_reason != Reason::System)
            setPending(m_reason);
        enter(next);
    };
    switch (callState) {
    case CallEngine::CallState::Dialing:
        if (idle)
            startCall(State::Dialling);
        return;
    case CallEngine::CallState::Ringing:
        if (idle)
            startCall(State::Ringing);
        else if (m_state == State::Dialling)
            enter(State::Ringing);
        return;
    case CallEngine::CallState::Connected:
        if (idle)
            startCall(State::Talking);
        else if (m_state == State::Dialling || m_state == State::Ringing || m_state == State::Held)
            enter(State::Talking);
        return;
    case CallEngine::CallState::OnHold:
        if (m_state == State::Talking)
            enter(State::Held);
        return;
    case CallEngine::CallState::Idle:
    case CallEngine::CallState::Ended:
        return;  // callEnded() carries the end; Idle follows it and means nothing new
    }
}

void AgentState::onCallEnded(CallEngine::EndReason endReason)
{
    Q_UNUSED(endReason)
    // Every attempt, answered or not, gets an outcome recorded in wrap-up.
    if (inCall())
        enter(State::WrapUp);
}

void AgentState::enter(State state, Reason reason)
{
    const bool same = state == m_state && reason == m_reason;
    m_state = state;
    m_reason = state == State::NotReady ? reason : Reason::None;
    if (!same)
        m_since = m_clock();
    qCInfo(lcTelephony) << "agent state" << state << m_reason;
    Q_EMIT stateChanged(m_state, m_reason, m_since);

    const QString floor = floorState(m_state);
    const QString floorWhy = m_state == State::NotReady ? floorReason(m_reason, m_systemText) : QString();
    if (floor != m_lastFloorState || floorWhy != m_lastFloorReason) {
        m_lastFloorState = floor;
        m_lastFloorReason = floorWhy;
        Q_EMIT floorStateChanged(floorStateBody());
    }
}

void AgentState::setPending(Reason pending)
{
    if (pending == m_pending)
        return;
    m_pending = pending;
    Q_EMIT pendingReasonChanged(pending);
}

QString AgentState::floorState(State state)
{
    switch (state) {
    case State::LoggedOut: return QStringLiteral("Offline");
    case State::Ready: return QStringLiteral("Ready");
    case State::NotReady: return QStringLiteral("NotReady");
    case State::WrapUp: return QStringLiteral("WrapUp");
    case State::Dialling:
    case State::Ringing:
    case State::Talking:
    case State::Held: return QStringLiteral("Busy");
    }
    return QStringLiteral("Offline");
}

QString AgentState::floorReason(Reason reason, const QString &systemText)
{
    if (reason == Reason::None)
        return {};
    QString text = enumKey(reason);
    if (reason == Reason::System && !systemText.trimmed().isEmpty())
        text += QStringLiteral(": ") + systemText.trimmed();
    return text.left(MaxServerReasonLength);
}

QJsonObject AgentState::floorStateBody() const
{
    QJsonObject body{{QStringLiteral("state"), floorState(m_state)},
                     {QStringLiteral("at"), m_since.toUTC().toString(Qt::ISODateWithMs)}};
    if (m_state == State::NotReady)
        body.insert(QStringLiteral("reason"), floorReason(m_reason, m_systemText));
    return body;
}

}  // namespace cd
