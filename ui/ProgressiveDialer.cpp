#include "ProgressiveDialer.h"

#include "CallBar.h"
#include "Labels.h"
#include "WorkSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>

Q_LOGGING_CATEGORY(lcProgressive, "collectdesk.ui.progressive")

namespace cd {

ProgressiveDialer::ProgressiveDialer(WorkSession &session, CallBar &callBar, CallEngine &engine,
                                     QWidget *parent)
    : QWidget(parent), m_session(session), m_callBar(callBar), m_engine(engine), m_label(new QLabel(this)),
      m_dialNow(new QPushButton(this)), m_skip(new QPushButton(this)), m_skipMenu(new QMenu(this)),
      m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("progressiveDialer"));
    m_label->setObjectName(QStringLiteral("progressiveText"));
    m_dialNow->setObjectName(QStringLiteral("progressiveDialNow"));
    m_skip->setObjectName(QStringLiteral("progressiveSkip"));
    m_skipMenu->setObjectName(QStringLiteral("progressiveSkipMenu"));
    m_label->setStyleSheet(QStringLiteral("font-weight:bold;"));
    m_dialNow->setText(tr("Dial now"));
    m_skip->setText(tr("Skip (Esc)…"));
    for (SkipReason r :
         {SkipReason::NeedToPrepare, SkipReason::WrongTask, SkipReason::Break, SkipReason::Other}) {
        QAction *a = m_skipMenu->addAction(Labels::text(r), this, [this, r] { skip(r); });
        a->setData(int(r));
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_label);
    layout->addWidget(m_dialNow);
    layout->addWidget(m_skip);
    layout->addStretch();

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &ProgressiveDialer::tick);
    connect(m_dialNow, &QPushButton::clicked, this, &ProgressiveDialer::fire);
    connect(m_skip, &QPushButton::clicked, this, &ProgressiveDialer::askSkipReason);
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    esc->setContext(Qt::WindowShortcut);
    connect(esc, &QShortcut::activated, this, [this] {
        if (m_phase == Phase::Countdown || m_phase == Phase::Blocked)
            askSkipReason();
    });

    connect(&m_session, &WorkSession::taskOpened, this, [this] {
        if (m_on)
            offer();
    });
    connect(&m_session, &WorkSession::dispositionSaved, this, [this] {
        // After wrap-up the next task comes by itself; its countdown starts when it opens.
        if (m_on && !paused())
            QTimer::singleShot(0, &m_session, &WorkSession::nextTask);
    });
    connect(&m_engine, &CallEngine::stateChanged, this, [this](CallEngine::CallState s) {
        if (s != CallEngine::CallState::Idle && s != CallEngine::CallState::Ended && m_on)
            setPhase(Phase::Idle, {});  // a call started (by us, by hand, or incoming): nothing to offer
    });
}

void ProgressiveDialer::setProgressive(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    qCInfo(lcProgressive) << "progressive dialling" << (on ? "on" : "off");
    if (!on) {
        setPhase(Phase::Off, {});
        return;
    }
    offer();
}

void ProgressiveDialer::setSeconds(int seconds) { m_seconds = qBound(1, seconds, 120); }

void ProgressiveDialer::setAgentState(AgentState *state)
{
    if (m_agent)
        disconnect(m_agent, nullptr, this, nullptr);
    m_agent = state;
    if (m_agent)
        connect(m_agent, &AgentState::stateChanged, this, [this](AgentState::State s) { onAgentState(s); });
}

bool ProgressiveDialer::paused() const
{
    return m_agent
        && (m_agent->state() == AgentState::State::NotReady
            || m_agent->state() == AgentState::State::LoggedOut);
}

void ProgressiveDialer::onAgentState(AgentState::State state)
{
    if (!m_on)
        return;
    if (state == AgentState::State::NotReady || state == AgentState::State::LoggedOut) {
        setPhase(Phase::Paused, tr("Progressive dialling paused: you are not ready."));
        return;
    }
    if (state == AgentState::State::Ready && m_phase == Phase::Paused)
        offer();  // back from a break: the open task gets a fresh countdown
}

QString ProgressiveDialer::text() const { return m_label->text(); }

void ProgressiveDialer::offer()
{
    m_timer->stop();
    if (!m_on)
        return;
    if (paused()) {
        setPhase(Phase::Paused, tr("Progressive dialling paused: you are not ready."));
        return;
    }
    m_offeredTask = m_session.currentTaskId();
    if (m_engine.inCall() || m_session.pendingDisposition() || !m_offeredTask) {
        setPhase(Phase::Idle, {});
        return;
    }
    if (m_callBar.isLocked()) {
        setPhase(Phase::Blocked,
                 tr("Not dialled automatically: this task is done. Skip (Esc) for the next one."));
        return;
    }
    if (m_callBar.firstAllowedPhone() < 0) {
        // Never auto-dial a blocked customer: say why and wait for the agent.
        const QString why = m_callBar.phoneCount() == 0 ? tr("no number on file") : m_callBar.blockText();
        setPhase(Phase::Blocked, tr("Not dialled automatically: %1 · Skip (Esc)").arg(why));
        return;
    }
    m_remaining = m_seconds;
    setPhase(Phase::Countdown, {});
    m_timer->start();
}

void ProgressiveDialer::tick()
{
    if (m_phase != Phase::Countdown)
        return;
    if (--m_remaining <= 0) {
        fire();
        return;
    }
    setPhase(Phase::Countdown, {});
}

void ProgressiveDialer::fire()
{
    m_timer->stop();
    if (!m_on || paused() || m_engine.inCall() || m_session.pendingDisposition()
        || m_session.currentTaskId() != m_offeredTask)
        return;
    // The rules are checked again at this moment (the call bar re-checks in dial() as well).
    const int index = m_callBar.firstAllowedPhone();
    if (index < 0 || m_callBar.isLocked()) {
        offer();
        return;
    }
    m_callBar.selectPhone(index);
    setPhase(Phase::Idle, {});
    m_callBar.dial();
    if (m_engine.inCall())
        Q_EMIT autoDialled(m_offeredTask, m_engine.remoteNumber());
}

void ProgressiveDialer::askSkipReason()
{
    if (m_phase != Phase::Countdown && m_phase != Phase::Blocked)
        return;
    m_timer->stop();  // no call starts while the agent picks a reason
    const QPoint at = m_skip->isVisible() ? m_skip->mapToGlobal(QPoint(0, m_skip->height())) : QCursor::pos();
    m_skipMenu->popup(at);
    // Closing the menu without a choice resumes the countdown where it was.
    connect(
        m_skipMenu, &QMenu::aboutToHide, this,
        [this] {
            QTimer::singleShot(0, this, [this] {
                if (m_phase == Phase::Countdown && !m_timer->isActive())
                    m_timer->start();
            });
        },
        Qt::SingleShotConnection);
}

void ProgressiveDialer::skip(SkipReason reason)
{
    if (!m_on || (m_phase != Phase::Countdown && m_phase != Phase::Blocked))
        return;
    m_timer->stop();
    m_skipMenu->hide();
    const qint64 task = m_offeredTask;
    qCInfo(lcProgressive) << "task" << task << "skipped:" << reason;
    Q_EMIT skipped(task, reason);
    Q_EMIT statusMessage(tr("Skipped (%1). Next task.").arg(Labels::text(reason)));
    setPhase(Phase::Idle, {});
    if (reason == SkipReason::Break && m_agent)
        m_agent->requestNotReady(AgentState::Reason::Break);  // the next task waits until ready again
    m_session.nextTask();
    if (m_session.currentTaskId() == task && !paused())
        offer();  // nothing else in the queue: offer the same task again rather than go silent
}

void ProgressiveDialer::setPhase(Phase phase, const QString &text)
{
    m_phase = phase;
    if (phase == Phase::Countdown)
        m_label->setText(tr("Auto-dial in %1 s · Skip (Esc)").arg(m_remaining));
    else
        m_label->setText(text);
    m_label->setStyleSheet(phase == Phase::Blocked ? QStringLiteral("color:#a31515;font-weight:bold;")
                                                   : QStringLiteral("color:#1a5fb4;font-weight:bold;"));
    m_dialNow->setVisible(phase == Phase::Countdown);
    m_skip->setVisible(phase == Phase::Countdown || phase == Phase::Blocked);
    if (phase != Phase::Countdown)
        m_timer->stop();
    // Inside a tool bar the bar's own visibility is what counts (MainWindow follows this signal).
    const bool visible = phase == Phase::Countdown || phase == Phase::Blocked || phase == Phase::Paused;
    Q_EMIT visibilityWanted(visible);
}

}  // namespace cd
