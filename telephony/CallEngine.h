#pragma once
// The softphone seen from the UI: one call at a time, driven from the Qt thread.
// Implementations: SimulatedEngine (demo mode, tests) and, later, LinphoneEngine (real SIP).
#include <QDateTime>
#include <QObject>

namespace cd {

class CallEngine : public QObject
{
    Q_OBJECT
public:
    enum class CallState { Idle, Dialing, Ringing, Connected, OnHold, Ended };
    Q_ENUM(CallState)
    /// Why a call ended. Busy / NoAnswer / InvalidNumber / Declined come from the network before
    /// anyone answered; LocalHangup / RemoteHangup end an answered or ringing call.
    enum class EndReason { None, LocalHangup, RemoteHangup, Busy, NoAnswer, Declined, InvalidNumber, Failed };
    Q_ENUM(EndReason)

    using QObject::QObject;
    ~CallEngine() override = default;

    /// Starts an outgoing call. False (and nothing happens) when a call is already in progress
    /// or the number is empty.
    virtual bool dial(const QString &number) = 0;
    /// Ends the current call (CANCEL when ringing, BYE when connected). No-op when idle.
    virtual void hangup() = 0;
    virtual void setHold(bool onHold) = 0;
    virtual void setMuted(bool muted) = 0;
    /// Sends one DTMF digit (0-9, *, #, A-D) during a connected call; false otherwise.
    virtual bool sendDtmf(QChar digit) = 0;

    CallState state() const { return m_state; }
    bool isMuted() const { return m_muted; }
    bool inCall() const { return m_state != CallState::Idle && m_state != CallState::Ended; }
    QString remoteNumber() const { return m_remoteNumber; }
    QDateTime startedAt() const { return m_startedAt; }    ///< UTC, when dial() was called
    QDateTime answeredAt() const { return m_answeredAt; }  ///< UTC, null if never answered
    QDateTime endedAt() const { return m_endedAt; }
    EndReason endReason() const { return m_endReason; }

Q_SIGNALS:
    void stateChanged(cd::CallEngine::CallState state);
    void mutedChanged(bool muted);
    void dtmfSent(QChar digit);
    /// Emitted once per call, after stateChanged(Ended).
    void callEnded(cd::CallEngine::EndReason reason);

protected:
    void beginCall(const QString &number);
    void setState(CallState state);
    void setMutedState(bool muted);
    void finishCall(EndReason reason);

private:
    CallState m_state = CallState::Idle;
    bool m_muted = false;
    QString m_remoteNumber;
    QDateTime m_startedAt;
    QDateTime m_answeredAt;
    QDateTime m_endedAt;
    EndReason m_endReason = EndReason::None;
};

}  // namespace cd
