#pragma once
// The agent's floor state on the workstation (ACD style): logged out → ready → dialling/ringing →
// talking ⇄ held → wrap-up → ready, or not ready with a reason code. It follows a CallEngine (a call
// starting, being answered, held, ending) and the agent's own requests; wrapUpFinished() ends
// wrap-up when the call outcome is saved. A "not ready" asked for during a call is kept pending and
// applies when wrap-up ends, as in real ACD systems. Owned by the composition root; QtCore only.
#include "CallEngine.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

namespace cd {

class AgentState : public QObject
{
    Q_OBJECT
public:
    enum class State { LoggedOut, Ready, Dialling, Ringing, Talking, Held, WrapUp, NotReady };
    Q_ENUM(State)
    /// Why the agent is not ready. System is set by the application only (the SIP registration or
    /// the server connection was lost); the agent cannot pick it or clear it.
    enum class Reason { None, Break, Training, Meeting, Coaching, System };
    Q_ENUM(Reason)

    /// The server's longest accepted reason text (server/AgentStates MaxReasonLength).
    static constexpr int MaxServerReasonLength = 100;

    explicit AgentState(QObject *parent = nullptr);

    /// Follows this engine's calls from now on (one engine at a time; nullptr detaches).
    void setEngine(CallEngine *engine);
    /// Tests pin the time; default: QDateTime::currentDateTimeUtc().
    void setClock(std::function<QDateTime()> clock);

    State state() const { return m_state; }
    /// The reason while NotReady; None otherwise.
    Reason reason() const { return m_reason; }
    /// The application's explanation of a System not-ready ("SIP registration lost").
    QString systemText() const { return m_systemText; }
    QDateTime since() const { return m_since; }  ///< UTC, when the current state began
    /// The agent's not-ready asked for during a call (applied when wrap-up ends) or kept under a
    /// System not-ready (applied when the application clears it); None when there is none.
    Reason pendingReason() const { return m_pending; }
    /// The application has set System not-ready and not cleared it yet.
    bool systemNotReady() const { return !m_systemText.isNull(); }
    bool inCall() const;
    /// Reasons the agent may pick (every reason but None and System).
    static QList<Reason> selectableReasons();

    // The agent's and the application's requests. Each returns false, and changes nothing, when
    // the transition is not allowed from the current state.
    bool logIn();   ///< LoggedOut → Ready
    bool logOut();  ///< Ready / NotReady → LoggedOut; refused during a call or wrap-up
    /// NotReady → Ready; during a call, wrap-up or a System not-ready it cancels the pending
    /// reason instead. Refused when there is nothing to change (already ready, no pending reason,
    /// or a System not-ready that only the application can clear).
    bool requestReady();
    /// Ready / NotReady → NotReady(reason); during a call, wrap-up or a System not-ready the
    /// reason becomes pending. Refused for None and System, and when logged out.
    bool requestNotReady(Reason reason);
    /// The outcome of the call is saved: WrapUp → Ready, or NotReady with the pending reason.
    bool wrapUpFinished();
    /// The phone or the server is unreachable: NotReady(System) now, or after wrap-up when in a
    /// call. Refused when logged out.
    bool setSystemNotReady(const QString &text);
    /// The phone works again: leaves NotReady(System) for Ready (or the pending agent reason);
    /// during a call it just drops the System reason. Refused when none is set.
    bool clearSystemNotReady();

    /// The floor state names of server/AgentStates: Offline, Ready, NotReady, Busy, WrapUp.
    static QString floorState(State state);
    /// The reason text sent with NotReady: the reason's key; "System: <text>" for System,
    /// cut to the server's limit.
    static QString floorReason(Reason reason, const QString &systemText = {});
    /// Body of the "agent.state" push operation: {state, reason (NotReady only), at}.
    QJsonObject floorStateBody() const;

Q_SIGNALS:
    void stateChanged(cd::AgentState::State state, cd::AgentState::Reason reason, const QDateTime &since);
    void pendingReasonChanged(cd::AgentState::Reason pending);
    /// The server-visible state changed (several call states are all "Busy"): push floorStateBody().
    void floorStateChanged(const QJsonObject &body);

private:
    void onCallState(CallEngine::CallState callState);
    void onCallEnded(CallEngine::EndReason endReason);
    void enter(State state, Reason reason = Reason::None);
    /// Where the agent goes when nothing holds them: wrap-up ended, System cleared.
    void settle();
    void setPending(Reason pending);

    std::function<QDateTime()> m_clock;
    QPointer<CallEngine> m_engine;
    QList<QMetaObject::Connection> m_engineConnections;
    State m_state = State::LoggedOut;
    Reason m_reason = Reason::None;
    Reason m_pending = Reason::None;
    QString m_systemText;
    QDateTime m_since;
    QString m_lastFloorState;
    QString m_lastFloorReason;
};

}  // namespace cd
