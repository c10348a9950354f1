#include "AgentStateWidget.h"

#include "Domain.h"
#include "Labels.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QTimer>
#include <QToolButton>

namespace cd {

AgentStateWidget::AgentStateWidget(AgentState &agent, QWidget *parent)
    : QWidget(parent), m_agent(agent), m_dot(new QLabel(this)), m_text(new QLabel(this)),
      m_pending(new QLabel(this)), m_button(new QToolButton(this)), m_menu(new QMenu(this)),
      m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("agentStateWidget"));
    m_dot->setFixedSize(10, 10);
    m_text->setObjectName(QStringLiteral("agentStateText"));
    m_pending->setObjectName(QStringLiteral("agentStatePending"));
    m_pending->setStyleSheet(QStringLiteral("color:#8a6d00;"));
    m_button->setObjectName(QStringLiteral("agentStateButton"));
    m_button->setText(tr("Change state"));
    m_button->setToolTip(tr("Set yourself ready for calls, or not ready with a reason"));
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setMenu(m_menu);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_dot);
    layout->addWidget(m_text);
    layout->addWidget(m_pending);
    layout->addWidget(m_button);

    // One tick a second keeps the timer live; the text is rebuilt from since(), so a missed tick
    // (a busy UI thread) never makes the timer drift.
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &AgentStateWidget::refresh);
    m_tick->start();
    connect(&m_agent, &AgentState::stateChanged, this, &AgentStateWidget::refresh);
    connect(&m_agent, &AgentState::pendingReasonChanged, this, &AgentStateWidget::refresh);
    m_ready = m_menu->addAction(tr("Ready"));
    m_ready->setObjectName(QStringLiteral("agentReady"));
    connect(m_ready, &QAction::triggered, &m_agent, [this] { m_agent.requestReady(); });
    m_menu->addSection(tr("Not ready"));
    for (const AgentState::Reason reason : AgentState::selectableReasons()) {
        QAction *a = m_menu->addAction(tr("Not ready: %1").arg(Labels::text(reason)));
        a->setObjectName(QStringLiteral("agentNotReady") + enumKey(reason));
        a->setCheckable(true);
        connect(a, &QAction::triggered, &m_agent, [this, reason] {
            m_agent.requestNotReady(reason);
            updateMenu();  // a refused pick must not stay checked
        });
        m_notReady.insert(reason, a);
    }
    connect(&m_agent, &AgentState::stateChanged, this, &AgentStateWidget::updateMenu);
    connect(&m_agent, &AgentState::pendingReasonChanged, this, &AgentStateWidget::updateMenu);
    updateMenu();
    refresh();
}

QColor AgentStateWidget::colour(AgentState::State state)
{
    switch (state) {
    case AgentState::State::LoggedOut: return QColor(0x9e, 0x9e, 0x9e);
    case AgentState::State::Ready: return QColor(0x2e, 0x7d, 0x32);
    case AgentState::State::Dialling:
    case AgentState::State::Ringing:
    case AgentState::State::Talking: return QColor(0x15, 0x65, 0xc0);
    case AgentState::State::Held: return QColor(0x6a, 0x1b, 0x9a);
    case AgentState::State::WrapUp: return QColor(0xef, 0x8f, 0x00);
    case AgentState::State::NotReady: return QColor(0xc6, 0x28, 0x28);
    }
    return Qt::gray;
}

QString AgentStateWidget::displayText() const
{
    const QString state = Labels::agentState(m_agent.state(), m_agent.reason());
    if (m_agent.state() == AgentState::State::LoggedOut || !m_agent.since().isValid())
        return state;
    const qint64 seconds = qMax<qint64>(0, m_agent.since().secsTo(QDateTime::currentDateTimeUtc()));
    return tr("%1 %2", "agent state, time in it").arg(state, Labels::duration(int(seconds)));
}

void AgentStateWidget::refresh()
{
    const QColor c = colour(m_agent.state());
    m_dot->setStyleSheet(QStringLiteral("background:%1;border-radius:5px;").arg(c.name()));
    m_text->setText(displayText());
    m_text->setStyleSheet(QStringLiteral("color:%1;font-weight:bold;").arg(c.name()));
    QString tip;
    if (m_agent.state() == AgentState::State::NotReady && m_agent.reason() == AgentState::Reason::System)
        tip = m_agent.systemText().isEmpty() ? tr("Set by the application: calls cannot be made now")
                                             : m_agent.systemText();
    m_text->setToolTip(tip);
    // What comes next: the agent's pending reason, or System when the phone went away mid-call.
    const AgentState::Reason pending = m_agent.pendingReason();
    const bool busy = m_agent.inCall() || m_agent.state() == AgentState::State::WrapUp;
    QString next;
    if (busy && m_agent.systemNotReady())
        next = tr("→ %1 after wrap-up").arg(Labels::text(AgentState::Reason::System));
    else if (busy && pending != AgentState::Reason::None)
        next = tr("→ %1 after wrap-up").arg(Labels::text(pending));
    else if (pending != AgentState::Reason::None)
        next = tr("→ %1 when the phone works again").arg(Labels::text(pending));
    m_pending->setText(next);
    m_pending->setVisible(!next.isEmpty());
    m_button->setEnabled(m_agent.state() != AgentState::State::LoggedOut);
}

void AgentStateWidget::updateMenu()
{
    const bool pending = m_agent.pendingReason() != AgentState::Reason::None;
    m_ready->setEnabled(pending
                        || (m_agent.state() == AgentState::State::NotReady && !m_agent.systemNotReady()));
    m_ready->setText(pending ? tr("Stay ready (cancel the pending not ready)") : tr("Ready"));
    for (auto it = m_notReady.cbegin(); it != m_notReady.cend(); ++it) {
        it.value()->setChecked(
            (m_agent.state() == AgentState::State::NotReady && m_agent.reason() == it.key())
            || m_agent.pendingReason() == it.key());
    }
}

}  // namespace cd
