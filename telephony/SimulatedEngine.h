#pragma once
// CallEngine for demo mode and tests: no network, no audio. Each dial plays a scenario — ringing,
// then answered / busy / no answer / wrong party / invalid number / remote hang-up — chosen
// deterministically from the seed and the number, so a trainer sees the same customer behave the same
// way each time. Timings scale with setTimeScale() so tests run in milliseconds.
#include "CallEngine.h"

#include <QHash>
#include <QTimer>

namespace cd {

class SimulatedEngine : public CallEngine
{
    Q_OBJECT
public:
    enum class Scenario { Answer, Busy, NoAnswer, WrongParty, InvalidNumber, AnswerThenHangup };
    Q_ENUM(Scenario)

    explicit SimulatedEngine(quint32 seed = 1, QObject *parent = nullptr);

    bool dial(const QString &number) override;
    void hangup() override;
    void setHold(bool onHold) override;
    void setMuted(bool muted) override;
    bool sendDtmf(QChar digit) override;

    /// 1.0 = demo speed (rings ~2–6 s, no answer after 25 s); 0.01 in tests.
    void setTimeScale(double scale);
    /// The scenario a number will play (deterministic). Forced scenarios win.
    Scenario scenarioFor(const QString &number) const;
    void forceScenario(const QString &number, Scenario scenario);
    /// Scenario of the current (or last) call.
    Scenario currentScenario() const { return m_scenario; }

    static constexpr int RingTimeoutMs = 25'000;  ///< no-answer timeout at scale 1.0

Q_SIGNALS:
    /// WrongParty: the person who answered says this is not the customer's number.
    void remotePartyMismatch();

private:
    void onProgress();
    int scaled(int ms) const;

    quint32 m_seed;
    double m_scale = 1.0;
    Scenario m_scenario = Scenario::Answer;
    QHash<QString, Scenario> m_forced;
    QTimer m_timer;
    int m_step = 0;
    QString m_dtmfLog;
};

}  // namespace cd
