#pragma once
// The team lead's supervisor window (班组长监控台), kept open beside their own work: the live floor
// board (agent grid with state colours and timers, queue tiles, KPI cards, alerts with acknowledge,
// today against yesterday per hour) and the lead's actions on it (reassign the team's tasks by drag
// and drop or a button, force an agent not ready, message an agent or the team, settlement
// approvals). It subscribes with board.subscribe while shown and the session is
// open as a lead or admin (again after every reconnect), unsubscribes when closed, and never polls.
// Opened from MainWindow's Team menu; owns its BoardState.
#include "AgentState.h"
#include "BoardState.h"
#include "SyncClient.h"

#include <QMainWindow>
#include <QMap>
#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;
class QTimer;

namespace cd {

class AgentBoardModel;
class HourlyChart;
class LocalStore;
class TeamTaskModel;

class SupervisorView : public QMainWindow
{
    Q_OBJECT
public:
    /// How the view reaches the server; by default the SyncClient's session. Tests replace it.
    struct Transport {
        std::function<bool()> canSubscribe;  ///< the session is open as a lead or admin
        std::function<void(const QString &type, const QJsonObject &body, QObject *context,
                           SyncClient::RequestHandler onAnswer)>
            request;
    };

    SupervisorView(SyncClient &client, LocalStore &store, QWidget *parent = nullptr);
    ~SupervisorView() override;

    void setTransport(Transport transport);

    /// Sends board.subscribe when the view is shown and the session allows it.
    void subscribe();
    /// Acknowledges the alert (alert.ack); the list greys it when the server answers.
    void acknowledge(qint64 alertId);
    /// Sends one task.reassign per task and shows what the server answered.
    void reassign(const QList<qint64> &taskIds, const QString &username);
    /// The task ids selected in the team's task list.
    QList<qint64> selectedTaskIds() const;
    /// The username of the agent selected in the grid, or empty.
    QString selectedAgent() const;
    /// agent.force: sets the agent NotReady with the reason; the action label shows the answer.
    void forceNotReady(const QString &username, AgentState::Reason reason, const QString &note = {});
    /// message.send to one agent, or (empty username) to the whole of `team`.
    void sendMessage(const QString &username, const QString &team, const QString &text);
    /// board.hourly for every team on the board (the chart's figures); again every minute while live.
    void refreshHourly();

    BoardState &board() { return m_board; }
    AgentBoardModel *agentModel() const { return m_agentModel; }
    QSortFilterProxyModel *agentProxy() const { return m_agentProxy; }
    QTableView *agentTable() const { return m_agentTable; }
    QTableView *taskTable() const { return m_taskTable; }
    TeamTaskModel *taskModel() const { return m_taskModel; }
    QComboBox *teamFilter() const { return m_teamFilter; }
    QListWidget *alertList() const { return m_alertList; }
    QPushButton *ackButton() const { return m_ack; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *actionLabel() const { return m_actionStatus; }
    HourlyChart *chart() const { return m_chart; }
    QAction *forceAction() const { return m_forceAction; }
    QAction *messageAction() const { return m_messageAction; }
    QAction *teamMessageAction() const { return m_teamMessageAction; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The figure shown on a KPI card or queue tile, by its object name ("kpiAttempts", "queueM1").
    QString figure(const QString &name) const;

public Q_SLOTS:
    /// SyncClient::serverEvent.
    void onServerEvent(const QString &type, const QJsonObject &body);

Q_SIGNALS:
    /// The server answered every task.reassign of one reassign() call.
    void reassigned(int done, int failed);
    /// The server answered a force or a message; `ok` false when it refused or could not be reached.
    void actionFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildFloorTab();
    QWidget *buildTasksTab();
    QLabel *addCard(QLayout *row, const QString &name, const QString &title);
    void unsubscribe();
    void onClientState(SyncClient::State state);
    void refreshTeams();
    void refreshFigures();
    void refreshAlerts();
    void refreshOldest();
    void updateAckButton();
    void askReassign();
    void applyTeamFilter();
    void updateAgentActions();
    void askForce();
    void askMessage(bool toTeam);
    void showAgentMenu(const QPoint &pos);
    QString agentName(const QString &username) const;
    void finishAction(bool ok, const QString &text);
    QString currentTeam() const;

    SyncClient &m_client;
    LocalStore &m_store;
    Transport m_transport;
    BoardState m_board;
    bool m_wanted = false;      ///< shown: the board should be live
    bool m_subscribed = false;  ///< board.subscribe answered on the current session

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_teamFilter = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_actionStatus = nullptr;
    AgentBoardModel *m_agentModel = nullptr;
    QSortFilterProxyModel *m_agentProxy = nullptr;
    QTableView *m_agentTable = nullptr;
    TeamTaskModel *m_taskModel = nullptr;
    QSortFilterProxyModel *m_taskProxy = nullptr;
    QTableView *m_taskTable = nullptr;
    QListWidget *m_alertList = nullptr;
    QPushButton *m_ack = nullptr;
    HourlyChart *m_chart = nullptr;
    QAction *m_forceAction = nullptr;
    QAction *m_messageAction = nullptr;
    QAction *m_teamMessageAction = nullptr;
    QTimer *m_hourlyTimer = nullptr;
    QStringList m_subscribedTeams;  ///< the board.subscribe answer: whose hourly figures to ask
    QMap<QString, QLabel *> m_figures;  ///< KPI cards and queue tiles by name
    QLabel *m_oldestTile = nullptr;
};

}  // namespace cd
