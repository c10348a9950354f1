#pragma once
// Progressive dialling (预览外呼 → 自动外呼): after wrap-up the next task opens with a visible countdown,
// then the first number the contact rules allow is dialled unless the agent skips (with a reason).
// A task whose numbers are all blocked is never dialled automatically: the banner says why and
// waits for the agent. Pauses while the agent is not ready (AgentState). Off = preview mode: the
// agent dials every call. A banner widget placed by MainWindow; borrows the session and the call bar.
#include "AgentState.h"
#include "CallEngine.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QTimer;

namespace cd {

class CallBar;
class WorkSession;

class ProgressiveDialer : public QWidget
{
    Q_OBJECT
public:
    /// Why the agent skipped a task offered for automatic dialling.
    enum class SkipReason { NeedToPrepare, WrongTask, Break, Other };
    Q_ENUM(SkipReason)
    /// What the banner shows.
    enum class Phase { Off, Countdown, Blocked, Paused, Idle };
    Q_ENUM(Phase)

    static constexpr int DefaultSeconds = 5;

    ProgressiveDialer(WorkSession &session, CallBar &callBar, CallEngine &engine, QWidget *parent = nullptr);

    /// Turns progressive dialling on (the open task is offered at once) or off (preview mode).
    void setProgressive(bool on);
    bool isProgressive() const { return m_on; }
    /// Length of the countdown (1–120 s).
    void setSeconds(int seconds);
    int seconds() const { return m_seconds; }
    /// Follows the agent's floor state: not ready (or logged out) pauses the countdown.
    void setAgentState(AgentState *state);

    Phase phase() const { return m_phase; }
    int remainingSeconds() const { return m_remaining; }
    /// The banner text (tests read it).
    QString text() const;
    /// The reasons menu of "Skip" (open while the agent picks one).
    QMenu *skipMenu() const { return m_skipMenu; }

    /// Skips the offered task with `reason` and opens the next one (Break also asks for not ready).
    void skip(SkipReason reason);
    /// Opens the reasons menu (Esc, the Skip button).
    void askSkipReason();

Q_SIGNALS:
    void skipped(qint64 taskId, cd::ProgressiveDialer::SkipReason reason);
    /// The countdown ran out and the call bar was asked to dial.
    void autoDialled(qint64 taskId, const QString &number);
    void statusMessage(const QString &text);
    /// The banner appeared or went away (MainWindow shows its tool bar row accordingly).
    void visibilityWanted(bool visible);

private:
    void offer();
    void tick();
    void fire();
    void setPhase(Phase phase, const QString &text);
    bool paused() const;
    void onAgentState(AgentState::State state);

    WorkSession &m_session;
    CallBar &m_callBar;
    CallEngine &m_engine;
    QPointer<AgentState> m_agent;
    bool m_on = false;
    int m_seconds = DefaultSeconds;
    int m_remaining = 0;
    Phase m_phase = Phase::Off;
    qint64 m_offeredTask = 0;
    QLabel *m_label;
    QPushButton *m_dialNow;
    QPushButton *m_skip;
    QMenu *m_skipMenu;
    QTimer *m_timer;
};

}  // namespace cd
