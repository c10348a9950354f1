#pragma once
// Status-bar control of the agent's floor state: a coloured dot, the state ("Ready", "On a call",
// "Wrap-up", "Not ready (Break)") with a live timer since the change, and a menu where the agent
// picks Ready or Not ready with a reason. A not-ready picked during a call shows as pending.
// Borrows the AgentState; created by MainWindow's owner.
#include "AgentState.h"

#include <QHash>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QTimer;
class QToolButton;

namespace cd {

class AgentStateWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AgentStateWidget(AgentState &agent, QWidget *parent = nullptr);

    /// What the label shows now, e.g. "Not ready (Break) 03:12".
    QString displayText() const;
    /// The dot's colour for a state (tests and the lead's board use the same colours).
    static QColor colour(AgentState::State state);
    /// The menu the agent picks from (tests trigger its actions).
    QMenu *menu() const { return m_menu; }

private:
    void refresh();
    void updateMenu();

    AgentState &m_agent;
    QLabel *m_dot;
    QLabel *m_text;
    QLabel *m_pending;
    QToolButton *m_button;
    QMenu *m_menu;
    QAction *m_ready;
    QHash<AgentState::Reason, QAction *> m_notReady;
    QTimer *m_tick;
};

}  // namespace cd
