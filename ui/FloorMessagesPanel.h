#pragma once
// What the team lead tells the agent, on the agent's workstation, never in a modal dialog:
//  - a "Messages" dock listing the lead's messages (message.received live, message.list after each
//    login) with the unread count in its title; opening the dock marks them read;
//  - a banner across the top of the window for the newest message or for a lead forcing the agent
//    not ready (agent.forced: "Your team lead set you to not ready: Training"), dismissable, and the
//    same notice in the status bar.
// With an AgentState attached, a forced reason is applied to it (requestNotReady: during a call it
// waits for the wrap-up, as the agent's own choice would). Messages are one-way, lead to agents.
// Created by MainWindow::attachSync; borrows the SyncClient.
#include "AgentState.h"

#include <QDateTime>
#include <QDockWidget>
#include <QJsonObject>
#include <QPointer>

class QLabel;
class QListWidget;
class QMainWindow;
class QToolBar;
class QToolButton;

namespace cd {

class SyncClient;

class FloorMessagesPanel : public QDockWidget
{
    Q_OBJECT
public:
    /// Docks itself on the right of `window` (hidden until a message comes) and puts the banner on top.
    explicit FloorMessagesPanel(QMainWindow &window);

    /// Follows the client's events; after each login asks for the messages sent meanwhile.
    void attachSync(SyncClient &client);
    /// Forced states go to `state` (nullptr: only shown).
    void setAgentState(AgentState *state) { m_agentState = state; }

    /// agent.forced and message.received; false for any other event.
    bool handleEvent(const QString &type, const QJsonObject &body);

    int unreadCount() const;
    int messageCount() const;
    /// Marks every message read (the user opened the dock or dismissed the banner).
    void markAllRead();
    /// What the banner shows now (empty when dismissed).
    QString bannerText() const;
    bool bannerVisible() const;
    QToolBar *bannerBar() const { return m_bannerBar; }
    QListWidget *list() const { return m_list; }
    /// The status-bar button "Messages (2)" that opens the dock.
    QToolButton *statusButton() const { return m_statusButton; }

Q_SIGNALS:
    void unreadChanged(int unread);
    /// A notice for the status bar.
    void statusMessage(const QString &text);
    /// The lead forced the agent not ready (after it was applied to the attached AgentState, if any).
    void forcedNotReady(cd::AgentState::Reason reason, const QString &note, const QString &by);

private:
    /// Adds one message (ignoring an id already listed); `live` ones also raise the banner.
    void addMessage(const QJsonObject &message, bool live);
    void onForced(const QJsonObject &body);
    void showBanner(const QString &text);
    void updateTitle();
    QString readKey() const;
    void loadLastRead();

    QPointer<SyncClient> m_client;
    QPointer<AgentState> m_agentState;
    QListWidget *m_list;
    QToolButton *m_statusButton;
    QToolBar *m_bannerBar;
    QLabel *m_bannerText;
    QString m_user;
    qint64 m_lastSeen = 0;  ///< highest message id listed
    qint64 m_lastRead = 0;  ///< highest message id read (kept in QSettings per user)
};

}  // namespace cd
