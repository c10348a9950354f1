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
    /// SIP account registration. Engines without a network (SimulatedEngine) stay at None.
    enum class RegistrationState { None, Progress, Ok, Failed };
    Q_ENUM(RegistrationState)
    /// The consultation call of an attended transfer (the customer call is on hold meanwhile).
    enum class ConsultState { None, Dialing, Ringing, Connected };
    Q_ENUM(ConsultState)
    enum class DtmfMode { Rfc2833, SipInfo };
    Q_ENUM(DtmfMode)
    /// Receive-side audio quality of the current call; valid only while a call has media.
    struct Quality {
        bool valid = false;
        double jitterMs = 0.0;     ///< interarrival jitter of the received stream
        double lossPercent = 0.0;  ///< share of received packets lost, 0–100
    };

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

    // Additions for real SIP engines. The defaults describe an engine that cannot do these things
    // (SimulatedEngine): they refuse and never emit the matching signals.

    /// Answers the ringing incoming call (see incomingCall()); false when there is none.
    virtual bool answer() { return false; }
    /// Blind transfer (SIP REFER) of the connected or held call to `target`; the call ends when the
    /// transfer is accepted. False when not possible.
    virtual bool blindTransfer(const QString &target) { return false; }
    /// Attended transfer, step 1: puts the customer on hold and calls `target`.
    virtual bool startConsult(const QString &target) { return false; }
    /// Attended transfer, step 2: connects the customer with the consulted party (REFER with
    /// Replaces); both of our legs end.
    virtual bool completeTransfer() { return false; }
    /// Abandons the consultation; the customer call is taken off hold.
    virtual bool cancelConsult() { return false; }
    virtual ConsultState consultState() const { return ConsultState::None; }
    /// True when the current/last call ended because it was transferred.
    virtual bool wasTransferred() const { return false; }
    virtual RegistrationState registrationState() const { return RegistrationState::None; }
    /// Why registration failed (server reason phrase), empty otherwise. Not translated.
    virtual QString registrationReason() const { return {}; }
    virtual Quality quality() const { return {}; }
    /// Absolute path of the current/last call's recording, empty when not recorded.
    virtual QString recordingPath() const { return {}; }

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
    /// Someone calls us; the engine is in Ringing with remoteNumber() set. answer() or hangup().
    void incomingCall(const QString &from);
    void registrationStateChanged(cd::CallEngine::RegistrationState state, const QString &reason);
    void consultStateChanged(cd::CallEngine::ConsultState state);
    /// The consultation ended without a transfer (failed, rejected, cancelled); the customer call is
    /// being resumed.
    void consultFailed(cd::CallEngine::EndReason reason);
    /// The far end accepted the transfer; callEnded follows.
    void transferred(const QString &target);
    /// New figures for the call bar, every second or so during a call.
    void qualityChanged(const cd::CallEngine::Quality &quality);
    /// The call is being recorded to `path`.
    void recordingStarted(const QString &path);

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
