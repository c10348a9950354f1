#pragma once
// The call bar: choose the number, dial, hang up, hold, mute, DTMF keypad, call state and timer;
// with a SIP engine also the phone's registration, answer for incoming calls (ring tone), a REC
// indicator, call quality and blind / attended transfer. Drives a CallEngine (SimulatedEngine in
// demo mode, LinphoneEngine on a PBX) and reports each finished attempt so the disposition step can
// follow. Keyboard: F2 dial, F3 hang up, F4 hold, F6 mute, F7 keypad, F9 answer, Ctrl+1..9 choose
// the number.
#include "CallEngine.h"
#include "Compliance.h"
#include "Entities.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSoundEffect;
class QTimer;

namespace cd {

class DtmfKeypad;

/// One finished attempt as the call bar saw it.
struct CallAttempt {
    qint64 phoneId = 0;
    QString number;
    QDateTime startedAt;
    QDateTime answeredAt;
    QDateTime endedAt;
    CallEngine::EndReason endReason = CallEngine::EndReason::None;
    QString recordingPath;  ///< absolute path of the call's recording (WAV); empty when not recorded
    bool transferred = false;
};

class CallBar : public QWidget
{
    Q_OBJECT
public:
    explicit CallBar(CallEngine &engine, QWidget *parent = nullptr);

    /// The contact rules checked before every dial (calling window, caps, third parties).
    void setPolicy(const compliance::Policy &policy);
    /// The open customer: numbers to offer (own numbers first) with today's counters, and the past
    /// attempts the rules count. Re-checked every 30 s, so a window that opens is noticed.
    /// `overrides`: a lead's overrides in force for this customer (compliance::check honours them).
    void setCustomer(const Customer &customer, const QList<Phone> &phones, const QList<Interaction> &history,
                     const QList<compliance::Override> &overrides = {});
    /// Leads (and admins) may override an overridable rule: the bar then offers "Override…".
    void setCanOverride(bool can);
    /// A lead's override in force for the selected number, shown in the bar ("" when none).
    QString overrideText() const;
    void clear();
    /// The verdict for the selected number now (Allowed when there is none).
    compliance::Verdict currentVerdict() const;
    /// The short text shown in the bar when the selected number may not be called (empty when it
    /// may): the rule and when it becomes allowed.
    QString blockText() const;
    /// The full explanation with the figures behind it (tooltip, status bar).
    QString blockDetail() const;
    bool selectPhone(int index);
    /// Index of the first number the rules allow now (own numbers come first); -1 when none.
    int firstAllowedPhone() const;
    int phoneCount() const;
    qint64 selectedPhoneId() const;
    /// While the disposition is pending the agent cannot dial again.
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }

    void dial();
    void hangup();
    void toggleHold();
    void toggleMute();
    void showKeypad();
    void answer();
    /// Blind transfer of the current call to `target` (asks for it when empty).
    void blindTransfer(const QString &target = {});
    /// Attended transfer: consult `target` (asks for it when empty), then complete or cancel.
    void startConsult(const QString &target = {});
    void completeTransfer();
    void cancelConsult();
    /// The engine can transfer calls (a SIP engine): shows the transfer buttons during a call.
    void setTransfersSupported(bool supported);
    /// WAV played while an incoming call rings; empty or missing: ":/sounds/ring.wav" if the
    /// application has one, else silence.
    void setRingTone(const QString &path);
    bool isRinging() const;
    DtmfKeypad *keypad() const { return m_keypad; }

Q_SIGNALS:
    void attemptFinished(const cd::CallAttempt &attempt);
    void dialRefused(const QString &reason);
    /// Something the agent should read in the status bar (transfer results, incoming calls).
    void statusMessage(const QString &text);
    /// The lead pressed "Override…" for the selected number's blocking rule.
    void overrideRequested(cd::compliance::Rule rule, const QString &phoneNumber);

private:
    void onStateChanged(CallEngine::CallState state);
    void onCallEnded(CallEngine::EndReason reason);
    void onTick();
    void updateButtons();
    void refreshVerdicts();
    void updateRegistration();
    void updateQuality(const CallEngine::Quality &q);
    void stopRing();
    QString askTarget(const QString &title);

    CallEngine &m_engine;
    QList<Phone> m_phones;
    std::optional<Customer> m_customer;
    QList<Interaction> m_history;
    QList<compliance::Override> m_overrides;
    bool m_canOverride = false;
    compliance::Policy m_policy;
    QList<compliance::Verdict> m_verdicts;  ///< per phone, same order
    bool m_locked = false;
    qint64 m_dialledPhoneId = 0;
    QComboBox *m_number;
    QPushButton *m_dial;
    QPushButton *m_hangup;
    QPushButton *m_hold;
    QPushButton *m_mute;
    QPushButton *m_keypadButton;
    QLabel *m_state;
    QLabel *m_timer;
    QLabel *m_block;
    QPushButton *m_override;
    QTimer *m_tick;
    QTimer *m_recheck;
    DtmfKeypad *m_keypad;
    QPushButton *m_answer;
    QPushButton *m_transfer;
    QPushButton *m_consult;
    QPushButton *m_complete;
    QPushButton *m_cancelConsult;
    QLabel *m_registration;
    QLabel *m_rec;
    QLabel *m_quality;
    QSoundEffect *m_ring = nullptr;
    QString m_ringTone;
    bool m_incoming = false;
    bool m_transfersSupported = false;
};

}  // namespace cd

Q_DECLARE_METATYPE(cd::CallAttempt)
