#pragma once
// The agent's floor presence on the workstation: owns the AgentState, puts its control in the status
// bar, ends wrap-up when the outcome is saved, sets the System not-ready while the phone is not
// registered or the server has been unreachable for a while, and queues every server-visible change
// as an "agent.state" operation (so a change made offline reaches the server later with its real
// time). Built by the composition root after the main window.
#include "AgentState.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace cd {

class CallEngine;
class LocalStore;
class MainWindow;
class SyncClient;

class AgentPresence : public QObject
{
    Q_OBJECT
public:
    /// How long the server may be unreachable before the agent is set System not-ready.
    static constexpr int DefaultServerGraceMs = 2 * 60 * 1000;

    AgentPresence(MainWindow &window, CallEngine &engine, QObject *parent = nullptr);

    AgentState &state() { return m_state; }
    /// Connected mode: floor changes go to the outbox; a lost link turns into System not-ready
    /// after `graceMs`; logging out of the server logs the agent out.
    void attachSync(SyncClient &client, LocalStore &store, int graceMs = DefaultServerGraceMs);

private:
    void updateSystem();

    AgentState m_state;
    QString m_phoneProblem;   ///< SIP registration failed (empty: fine)
    QString m_serverProblem;  ///< server unreachable for too long (empty: fine)
    QPointer<QTimer> m_offlineTimer;
};

}  // namespace cd
