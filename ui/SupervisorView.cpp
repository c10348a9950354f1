#include "SupervisorView.h"

#include "AgentBoardModel.h"
#include "DisplayDelegate.h"
#include "HourlyChart.h"
#include "Labels.h"
#include "LocalStore.h"
#include "Messages.h"
#include "SettlementApprovalsDialog.h"
#include "SyncStatusWidget.h"
#include "TeamTaskModel.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <memory>

namespace cd {

namespace {

bool isSupervisor(const QJsonObject &user)
{
    const QString role = user.value(QStringLiteral("role")).toString();
    return role == QLatin1String("lead") || role == QLatin1String("admin");
}

}  // namespace

SupervisorView::SupervisorView(SyncClient &client, LocalStore &store, QWidget *parent)
    : QMainWindow(parent), m_client(client), m_store(store)
{
    setWindowTitle(tr("Supervisor view"));
    setObjectName(QStringLiteral("supervisorView"));
    m_transport.canSubscribe = [this] {
        return m_client.state() == SyncClient::State::Online && isSupervisor(m_client.user());
    };
    m_transport.request = [this](const QString &type, const QJsonObject &body, QObject *context,
                                 SyncClient::RequestHandler onAnswer) {
        m_client.request(type, body, context, std::move(onAnswer));
    };

    auto *bar = addToolBar(tr("Board"));
    bar->setMovable(false);
    bar->addWidget(new QLabel(tr("Team:") + QLatin1Char(' '), bar));
    m_teamFilter = new QComboBox(bar);
    m_teamFilter->setObjectName(QStringLiteral("teamFilter"));
    m_teamFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_teamFilter);
    bar->addSeparator();
    bar->addAction(tr("Settlement approvals…"), this, [this] {
        auto *dlg = new SettlementApprovalsDialog(m_client, m_store, this);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->open();
    });
    bar->addSeparator();
    // The lead's actions on an agent: also in the agent grid's context menu.
    m_forceAction = bar->addAction(tr("Force not ready…"), this, &SupervisorView::askForce);
    m_forceAction->setObjectName(QStringLiteral("forceAction"));
    m_messageAction = bar->addAction(tr("Send message…"), this, [this] { askMessage(false); });
    m_messageAction->setObjectName(QStringLiteral("messageAction"));
    m_teamMessageAction = bar->addAction(tr("Message the team…"), this, [this] { askMessage(true); });
    m_teamMessageAction->setObjectName(QStringLiteral("teamMessageAction"));
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("boardStatus"));
    m_status->setContentsMargins(12, 0, 0, 0);
    bar->addWidget(m_status);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildFloorTab(), tr("Floor"));
    m_chart = new HourlyChart(m_tabs);
    m_tabs->addTab(m_chart, tr("Charts"));
    setCentralWidget(m_tabs);
    resize(1360, 860);

    connect(&m_board, &BoardState::teamsChanged, this, &SupervisorView::refreshTeams);
    connect(&m_board, &BoardState::queueChanged, this, &SupervisorView::refreshFigures);
    connect(&m_board, &BoardState::kpisChanged, this, &SupervisorView::refreshFigures);
    connect(&m_board, &BoardState::alertsChanged, this, &SupervisorView::refreshAlerts);
    connect(&m_board, &BoardState::hourlySeriesChanged, this,
            [this] { m_chart->setSeries(m_board.hourlySeries(currentTeam())); });
    // board.hourly is cached by the server for a minute: asking more often shows nothing new.
    m_hourlyTimer = new QTimer(this);
    m_hourlyTimer->setInterval(60'000);
    connect(m_hourlyTimer, &QTimer::timeout, this, &SupervisorView::refreshHourly);
    connect(&m_board, &BoardState::resubscribeNeeded, this, [this] {
        m_subscribed = false;
        subscribe();
    });
    connect(m_agentModel, &AgentBoardModel::tasksDropped, this, &SupervisorView::reassign);
    connect(m_agentTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SupervisorView::updateAgentActions);
    connect(m_agentProxy, &QAbstractItemModel::modelReset, this, &SupervisorView::updateAgentActions);
    m_agentTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_agentTable, &QWidget::customContextMenuRequested, this, &SupervisorView::showAgentMenu);
    // The oldest task's wait grows by itself: repaint it with the agents' timers.
    auto *tick = new QTimer(this);
    tick->setInterval(1000);
    connect(tick, &QTimer::timeout, this, &SupervisorView::refreshOldest);
    tick->start();

    connect(&m_client, &SyncClient::serverEvent, this, &SupervisorView::onServerEvent);
    connect(&m_client, &SyncClient::stateChanged, this, &SupervisorView::onClientState);
    connect(&m_client, &SyncClient::dataChanged, m_taskModel, &TeamTaskModel::refresh);
    refreshTeams();
    refreshFigures();
    refreshAlerts();
    updateAgentActions();
    m_status->setText(tr("Not connected"));
}

SupervisorView::~SupervisorView() = default;

void SupervisorView::setTransport(Transport transport) { m_transport = std::move(transport); }

QLabel *SupervisorView::addCard(QLayout *row, const QString &name, const QString &title)
{
    auto *card = new QFrame;
    card->setFrameShape(QFrame::StyledPanel);
    card->setMinimumWidth(110);
    auto *v = new QVBoxLayout(card);
    v->setContentsMargins(10, 6, 10, 6);
    auto *caption = new QLabel(title, card);
    caption->setStyleSheet(QStringLiteral("color: #616161;"));
    auto *value = new QLabel(card);
    value->setObjectName(name);
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    value->setFont(f);
    v->addWidget(caption);
    v->addWidget(value);
    row->addWidget(card);
    m_figures.insert(name, value);
    return value;
}

QWidget *SupervisorView::buildFloorTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);

    auto *kpis = new QHBoxLayout;
    addCard(kpis, QStringLiteral("kpiAttempts"), tr("Calls"));
    addCard(kpis, QStringLiteral("kpiConnectRate"), tr("Connect rate"));
    addCard(kpis, QStringLiteral("kpiRpcRate"), tr("RPC rate"));
    addCard(kpis, QStringLiteral("kpiPtpRate"), tr("PTP rate"));
    addCard(kpis, QStringLiteral("kpiPtpAmount"), tr("Promised"));
    addCard(kpis, QStringLiteral("kpiCollected"), tr("Collected"));
    layout->addLayout(kpis);

    auto *queue = new QHBoxLayout;
    for (Bucket b : {Bucket::M0, Bucket::M1, Bucket::M2, Bucket::M3, Bucket::M4Plus})
        addCard(queue, QStringLiteral("queue") + enumKey(b), tr("Queue %1").arg(Labels::text(b)));
    addCard(queue, QStringLiteral("queueOpen"), tr("Open tasks"));
    m_oldestTile = addCard(queue, QStringLiteral("queueOldest"), tr("Oldest waiting"));
    addCard(queue, QStringLiteral("queueCallbacksOverdue"), tr("Callbacks overdue"));
    layout->addLayout(queue);

    // Agent grid above the team's tasks, so tasks are dragged straight onto an agent.
    m_agentModel = new AgentBoardModel(m_board, this);
    m_agentProxy = new QSortFilterProxyModel(this);
    m_agentProxy->setSourceModel(m_agentModel);
    m_agentProxy->setSortRole(AgentBoardModel::SortRole);
    m_agentProxy->setFilterRole(AgentBoardModel::TeamRole);
    m_agentProxy->setFilterKeyColumn(0);
    m_agentTable = new QTableView;
    m_agentTable->setObjectName(QStringLiteral("agentGrid"));
    m_agentTable->setModel(m_agentProxy);
    m_agentTable->setSortingEnabled(true);
    m_agentTable->sortByColumn(AgentBoardModel::Agent, Qt::AscendingOrder);
    m_agentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agentTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agentTable->setAcceptDrops(true);
    m_agentTable->setDragDropMode(QAbstractItemView::DropOnly);
    m_agentTable->setDropIndicatorShown(true);
    m_agentTable->verticalHeader()->hide();
    m_agentTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agentTable->horizontalHeader()->setSectionResizeMode(AgentBoardModel::Task, QHeaderView::Stretch);

    auto *left = new QSplitter(Qt::Vertical);
    left->addWidget(m_agentTable);
    left->addWidget(buildTasksTab());
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);

    auto *alerts = new QWidget;
    auto *av = new QVBoxLayout(alerts);
    av->setContentsMargins(0, 0, 0, 0);
    av->addWidget(new QLabel(tr("Alerts"), alerts));
    m_alertList = new QListWidget(alerts);
    m_alertList->setObjectName(QStringLiteral("alertList"));
    m_alertList->setWordWrap(true);
    av->addWidget(m_alertList, 1);
    m_ack = new QPushButton(tr("Acknowledge"), alerts);
    m_ack->setObjectName(QStringLiteral("ackButton"));
    av->addWidget(m_ack);
    connect(m_alertList, &QListWidget::currentItemChanged, this, &SupervisorView::updateAckButton);
    connect(m_ack, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_alertList->currentItem())
            acknowledge(item->data(Qt::UserRole).toLongLong());
    });

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(alerts);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    m_actionStatus = new QLabel(page);
    m_actionStatus->setObjectName(QStringLiteral("actionStatus"));
    m_actionStatus->setWordWrap(true);
    layout->addWidget(m_actionStatus);
    connect(m_teamFilter, &QComboBox::currentIndexChanged, this, &SupervisorView::applyTeamFilter);
    return page;
}

QWidget *SupervisorView::buildTasksTab()
{
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    auto *head = new QHBoxLayout;
    head->addWidget(new QLabel(tr("Team tasks — drag onto an agent to reassign"), box), 1);
    auto *reassignButton = new QPushButton(tr("Reassign to…"), box);
    reassignButton->setObjectName(QStringLiteral("reassignButton"));
    head->addWidget(reassignButton);
    v->addLayout(head);

    m_taskModel = new TeamTaskModel(m_store, this);
    m_taskModel->setHeaderLabels(
        {tr("Customer"), tr("Assignee"), tr("Bucket"), tr("Kind"), tr("Status"), tr("Due"), tr("Overdue")});
    m_taskProxy = new QSortFilterProxyModel(this);
    m_taskProxy->setSourceModel(m_taskModel);
    m_taskProxy->setSortRole(TeamTaskModel::SortRole);
    m_taskTable = new QTableView(box);
    m_taskTable->setObjectName(QStringLiteral("teamTasks"));
    m_taskTable->setModel(m_taskProxy);
    m_taskTable->setSortingEnabled(true);
    m_taskTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_taskTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_taskTable->setDragEnabled(true);
    m_taskTable->setDragDropMode(QAbstractItemView::DragOnly);
    m_taskTable->setDefaultDropAction(Qt::CopyAction);  // the row leaves when the server says so
    m_taskTable->verticalHeader()->hide();
    m_taskTable->setItemDelegate(new DisplayDelegate(DisplayDelegate::Kind::Auto, m_taskTable));
    m_taskTable->setItemDelegateForColumn(TeamTaskModel::Due,
                                          new DisplayDelegate(DisplayDelegate::Kind::DateTime, m_taskTable));
    m_taskTable->setItemDelegateForColumn(TeamTaskModel::Overdue,
                                          new DisplayDelegate(DisplayDelegate::Kind::Money, m_taskTable));
    m_taskTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_taskTable->horizontalHeader()->setStretchLastSection(true);
    v->addWidget(m_taskTable, 1);
    connect(reassignButton, &QPushButton::clicked, this, &SupervisorView::askReassign);
    return box;
}

QString SupervisorView::figure(const QString &name) const
{
    const QLabel *l = m_figures.value(name);
    return l ? l->text() : QString();
}

QString SupervisorView::currentTeam() const { return m_teamFilter->currentData().toString(); }

void SupervisorView::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_wanted = true;
    if (!m_subscribed)
        subscribe();
}

void SupervisorView::closeEvent(QCloseEvent *event)
{
    m_wanted = false;
    unsubscribe();
    QMainWindow::closeEvent(event);
}

void SupervisorView::onClientState(SyncClient::State state)
{
    if (state == SyncClient::State::Online) {
        // A new session (after a reconnect the server forgot the old subscription).
        m_subscribed = false;
        if (m_wanted)
            subscribe();
        return;
    }
    m_subscribed = false;
    m_hourlyTimer->stop();
    updateAgentActions();
    m_status->setText(tr("Not connected: the board resumes when the connection is back"));
}

void SupervisorView::subscribe()
{
    if (!m_wanted)
        return;
    if (!m_transport.canSubscribe || !m_transport.canSubscribe()) {
        m_status->setText(m_client.state() == SyncClient::State::Online
                              ? tr("The floor board is for team leads")
                              : tr("Not connected: the board resumes when the connection is back"));
        return;
    }
    m_status->setText(tr("Connecting to the floor board…"));
    m_transport.request(proto::msg::BoardSubscribe, {}, this, [this](const proto::Envelope &answer, bool offline) {
        if (offline || !answer.ok()) {
            m_subscribed = false;
            m_status->setText(offline ? tr("Not connected: the board resumes when the connection is back")
                                      : tr("Floor board unavailable: %1").arg(SyncStatusWidget::reasonFor(answer.status)));
            return;
        }
        QStringList teams;
        for (const QJsonValue &v : answer.body.value(QStringLiteral("teams")).toArray())
            teams << v.toString();
        m_board.setTeams(teams);
        m_subscribedTeams = teams;
        m_subscribed = true;
        m_status->setText(tr("Live"));
        updateAgentActions();
        refreshHourly();
        m_hourlyTimer->start();
    });
}

void SupervisorView::unsubscribe()
{
    if (!m_subscribed)
        return;
    m_subscribed = false;
    m_hourlyTimer->stop();
    updateAgentActions();
    // The client outlives the view: the answer needs nobody.
    m_transport.request(proto::msg::BoardUnsubscribe, {}, &m_client, [](const proto::Envelope &, bool) {});
    m_board.clear();
}

void SupervisorView::onServerEvent(const QString &type, const QJsonObject &body)
{
    if (m_wanted)
        m_board.handleEvent(type, body);
}

void SupervisorView::refreshTeams()
{
    const QString keep = currentTeam();
    const QStringList teams = m_board.teams();
    const QSignalBlocker block(m_teamFilter);
    m_teamFilter->clear();
    // Judged by the subscription's teams too: an admin's first snapshot must not pin the filter to it.
    const bool several = teams.size() > 1 || m_subscribedTeams.size() > 1;
    if (teams.size() != 1 || several)
        m_teamFilter->addItem(tr("All teams"), QString());
    for (const QString &t : teams)
        m_teamFilter->addItem(t, t);
    const int i = m_teamFilter->findData(keep);
    m_teamFilter->setCurrentIndex(i >= 0 ? i : 0);
    // A lead sees one team: the filter has nothing to choose.
    m_teamFilter->setEnabled(several);
    applyTeamFilter();
}

void SupervisorView::applyTeamFilter()
{
    const QString team = currentTeam();
    m_agentProxy->setFilterRegularExpression(
        team.isEmpty() ? QRegularExpression()
                       : QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(team) + QLatin1Char('$')));
    refreshFigures();
    refreshAlerts();
    m_chart->setSeries(m_board.hourlySeries(team));
    updateAgentActions();
}

void SupervisorView::refreshFigures()
{
    const QString team = currentTeam();
    const BoardState::Kpis k = m_board.kpis(team);
    auto percent = [](double r) { return QStringLiteral("%1%").arg(r * 100.0, 0, 'f', 1); };
    m_figures.value(QStringLiteral("kpiAttempts"))->setText(QString::number(k.counts.attempts));
    m_figures.value(QStringLiteral("kpiConnectRate"))->setText(percent(k.connectRate));
    m_figures.value(QStringLiteral("kpiRpcRate"))->setText(percent(k.rpcRate));
    m_figures.value(QStringLiteral("kpiPtpRate"))->setText(percent(k.ptpRate));
    m_figures.value(QStringLiteral("kpiPtpAmount"))->setText(Labels::money(k.counts.promiseAmount));
    m_figures.value(QStringLiteral("kpiCollected"))->setText(Labels::money(k.counts.collected));

    const BoardState::Queue q = m_board.queue(team);
    for (Bucket b : {Bucket::M0, Bucket::M1, Bucket::M2, Bucket::M3, Bucket::M4Plus})
        m_figures.value(QStringLiteral("queue") + enumKey(b))->setText(QString::number(q.depth.value(b)));
    m_figures.value(QStringLiteral("queueOpen"))->setText(QString::number(q.open));
    QLabel *overdue = m_figures.value(QStringLiteral("queueCallbacksOverdue"));
    overdue->setText(QString::number(q.callbacksOverdue));
    overdue->setStyleSheet(q.callbacksOverdue > 0 ? QStringLiteral("color: #c62828;") : QString());
    refreshOldest();
}

void SupervisorView::refreshOldest()
{
    const BoardState::Queue q = m_board.queue(currentTeam());
    if (!q.oldestSince.isValid()) {
        m_oldestTile->setText(QStringLiteral("—"));
        return;
    }
    const qint64 secs = std::max<qint64>(0, q.oldestSince.secsTo(QDateTime::currentDateTimeUtc()));
    const qint64 minutes = secs / 60;
    m_oldestTile->setText(minutes >= 60 * 24 ? tr("%1 d %2 h").arg(minutes / 1440).arg(minutes % 1440 / 60)
                                             : Labels::duration(int(secs)));
}

void SupervisorView::refreshAlerts()
{
    const qint64 current = m_alertList->currentItem() ? m_alertList->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_alertList->clear();
    for (const BoardState::Alert &a : m_board.alerts(currentTeam())) {
        const QString when = QLocale().toString(a.raisedAt.toLocalTime().time(), QLocale::ShortFormat);
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(when, Labels::alertText(a)), m_alertList);
        item->setData(Qt::UserRole, a.id);
        if (a.acknowledged())
            item->setForeground(QColor(0x9e, 0x9e, 0x9e));
        else
            item->setForeground(QColor(0xc6, 0x28, 0x28));
        if (a.id == current)
            m_alertList->setCurrentItem(item);
    }
    updateAckButton();
}

void SupervisorView::updateAckButton()
{
    const QListWidgetItem *item = m_alertList->currentItem();
    const auto a = item ? m_board.alert(item->data(Qt::UserRole).toLongLong()) : std::nullopt;
    m_ack->setEnabled(a && !a->acknowledged());
}

void SupervisorView::acknowledge(qint64 alertId)
{
    m_ack->setEnabled(false);
    m_transport.request(proto::msg::AlertAck, {{QStringLiteral("alertId"), alertId}}, this,
                        [this](const proto::Envelope &answer, bool offline) {
                            if (offline || !answer.ok()) {
                                m_actionStatus->setText(
                                    offline ? tr("Not acknowledged: no connection")
                                            : tr("Not acknowledged: %1").arg(SyncStatusWidget::reasonFor(answer.status)));
                                updateAckButton();
                                return;
                            }
                            m_board.applyAlert(answer.body.value(QStringLiteral("alert")).toObject());
                        });
}

QList<qint64> SupervisorView::selectedTaskIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_taskTable->selectionModel()->selectedRows())
        ids << m_taskProxy->mapToSource(i).data(TeamTaskModel::TaskIdRole).toLongLong();
    return ids;
}

void SupervisorView::askReassign()
{
    const QList<qint64> ids = selectedTaskIds();
    if (ids.isEmpty()) {
        m_actionStatus->setText(tr("Select the tasks to reassign first."));
        return;
    }
    QStringList names, users;
    for (const BoardState::Agent &a : m_board.agents(currentTeam())) {
        names << (a.name.isEmpty() ? a.username : QStringLiteral("%1 (%2)").arg(a.name, a.username));
        users << a.username;
    }
    if (users.isEmpty()) {
        m_actionStatus->setText(tr("No agents on the board to reassign to."));
        return;
    }
    bool ok = false;
    const QString picked = QInputDialog::getItem(this, tr("Reassign tasks"),
                                                 tr("Give %n task(s) to:", nullptr, int(ids.size())), names, 0,
                                                 false, &ok);
    if (ok && names.contains(picked))
        reassign(ids, users.at(names.indexOf(picked)));
}

void SupervisorView::reassign(const QList<qint64> &taskIds, const QString &username)
{
    if (taskIds.isEmpty() || username.isEmpty())
        return;
    const auto agent = m_board.agent(username);
    const QString who = agent && !agent->name.isEmpty() ? agent->name : username;
    m_actionStatus->setText(tr("Reassigning %n task(s) to %1…", nullptr, int(taskIds.size())).arg(who));
    struct Tally {
        int waiting = 0, done = 0, failed = 0;
        QString lastError;
    };
    auto tally = std::make_shared<Tally>();
    tally->waiting = int(taskIds.size());
    for (qint64 id : taskIds) {
        m_transport.request(
            proto::msg::TaskReassign, {{QStringLiteral("taskId"), id}, {QStringLiteral("assignee"), username}}, this,
            [this, tally, who, id](const proto::Envelope &answer, bool offline) {
                if (!offline && answer.ok()) {
                    ++tally->done;
                } else {
                    ++tally->failed;
                    tally->lastError = offline ? tr("no connection")
                                               : tr("task #%1: %2").arg(id).arg(SyncStatusWidget::reasonFor(answer.status));
                }
                if (--tally->waiting > 0)
                    return;
                m_actionStatus->setText(
                    tally->failed == 0
                        ? tr("%n task(s) reassigned to %1.", nullptr, tally->done).arg(who)
                        : tr("%1 of %2 reassigned to %3; refused: %4")
                              .arg(tally->done)
                              .arg(tally->done + tally->failed)
                              .arg(who, tally->lastError));
                // The cache follows with the next pull (task.updated); until then the list stays.
                Q_EMIT reassigned(tally->done, tally->failed);
            });
    }
}

QString SupervisorView::selectedAgent() const
{
    const QModelIndexList rows = m_agentTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(AgentBoardModel::UsernameRole).toString();
}

QString SupervisorView::agentName(const QString &username) const
{
    const auto agent = m_board.agent(username);
    return agent && !agent->name.isEmpty() ? agent->name : username;
}

void SupervisorView::updateAgentActions()
{
    const bool live = m_subscribed;
    const QString agent = selectedAgent();
    m_forceAction->setEnabled(live && !agent.isEmpty());
    m_messageAction->setEnabled(live && !agent.isEmpty());
    // "All teams" (an admin) names no team to write to.
    m_teamMessageAction->setEnabled(live && !currentTeam().isEmpty());
    const QString who = agent.isEmpty() ? QString() : agentName(agent);
    m_forceAction->setText(who.isEmpty() ? tr("Force not ready…") : tr("Force %1 not ready…").arg(who));
    m_messageAction->setText(who.isEmpty() ? tr("Send message…") : tr("Send message to %1…").arg(who));
    m_teamMessageAction->setText(currentTeam().isEmpty() ? tr("Message the team…")
                                                         : tr("Message team %1…").arg(currentTeam()));
}

void SupervisorView::showAgentMenu(const QPoint &pos)
{
    const QModelIndex index = m_agentTable->indexAt(pos);
    if (index.isValid())
        m_agentTable->selectRow(index.row());
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("agentMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (index.isValid()) {
        menu->addAction(m_forceAction);
        menu->addAction(m_messageAction);
        menu->addSeparator();
    }
    menu->addAction(m_teamMessageAction);
    menu->popup(m_agentTable->viewport()->mapToGlobal(pos));
}

void SupervisorView::askForce()
{
    const QString agent = selectedAgent();
    if (agent.isEmpty()) {
        m_actionStatus->setText(tr("Select an agent first."));
        return;
    }
    auto *dlg = new QDialog(this);
    dlg->setObjectName(QStringLiteral("forceDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setWindowTitle(tr("Force not ready"));
    auto *form = new QFormLayout(dlg);
    form->addRow(new QLabel(tr("%1 goes to not ready now; their current call is not cut off.").arg(agentName(agent)), dlg));
    auto *reason = new QComboBox(dlg);
    reason->setObjectName(QStringLiteral("forceReason"));
    for (AgentState::Reason r : {AgentState::Reason::Break, AgentState::Reason::Training, AgentState::Reason::Meeting,
                                 AgentState::Reason::Coaching, AgentState::Reason::System})
        reason->addItem(Labels::text(r), QVariant::fromValue(r));
    form->addRow(tr("Reason:"), reason);
    auto *note = new QLineEdit(dlg);
    note->setObjectName(QStringLiteral("forceNote"));
    note->setMaxLength(200);  // server/LeadActions MaxNoteLength
    note->setPlaceholderText(tr("Optional, shown to the agent"));
    form->addRow(tr("Note:"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dlg);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Force not ready"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dlg, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dlg, &QDialog::reject);
    connect(dlg, &QDialog::accepted, this, [this, agent, reason, note] {
        forceNotReady(agent, reason->currentData().value<AgentState::Reason>(), note->text());
    });
    dlg->open();
}

void SupervisorView::askMessage(bool toTeam)
{
    const QString agent = toTeam ? QString() : selectedAgent();
    const QString team = currentTeam();
    if (!toTeam && agent.isEmpty()) {
        m_actionStatus->setText(tr("Select an agent first."));
        return;
    }
    if (toTeam && team.isEmpty()) {
        m_actionStatus->setText(tr("Choose a team in the team filter first."));
        return;
    }
    auto *dlg = new QDialog(this);
    dlg->setObjectName(QStringLiteral("messageDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setWindowTitle(tr("Send message"));
    auto *v = new QVBoxLayout(dlg);
    v->addWidget(new QLabel(toTeam ? tr("To every agent of team %1:").arg(team) : tr("To %1:").arg(agentName(agent)),
                            dlg));
    auto *text = new QPlainTextEdit(dlg);
    text->setObjectName(QStringLiteral("messageText"));
    text->setMinimumSize(360, 100);
    v->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dlg);
    QPushButton *send = buttons->button(QDialogButtonBox::Ok);
    send->setText(tr("Send"));
    send->setEnabled(false);
    v->addWidget(buttons);
    connect(text, &QPlainTextEdit::textChanged, dlg,
            [text, send] { send->setEnabled(!text->toPlainText().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, dlg, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dlg, &QDialog::reject);
    connect(dlg, &QDialog::accepted, this, [this, agent, team, text] { sendMessage(agent, team, text->toPlainText()); });
    dlg->open();
}

void SupervisorView::finishAction(bool ok, const QString &text)
{
    m_actionStatus->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
    m_actionStatus->setText(text);
    Q_EMIT actionFinished(ok);
}

void SupervisorView::forceNotReady(const QString &username, AgentState::Reason reason, const QString &note)
{
    if (username.isEmpty() || reason == AgentState::Reason::None)
        return;
    const QString who = agentName(username);
    m_actionStatus->setStyleSheet(QString());
    m_actionStatus->setText(tr("Setting %1 to not ready…").arg(who));
    m_transport.request(proto::msg::AgentForce,
                        {{QStringLiteral("agent"), username},
                         {QStringLiteral("reason"), enumKey(reason)},
                         {QStringLiteral("note"), note.trimmed()}},
                        this, [this, who, reason](const proto::Envelope &answer, bool offline) {
                            if (offline || !answer.ok()) {
                                finishAction(false, offline ? tr("%1 not forced: no connection").arg(who)
                                                            : tr("%1 not forced: %2")
                                                                  .arg(who, SyncStatusWidget::reasonFor(answer.status)));
                                return;
                            }
                            // The grid follows with the board's delta (agent.stateChanged on the server).
                            finishAction(true, tr("%1 is now not ready (%2).").arg(who, Labels::text(reason)));
                        });
}

void SupervisorView::sendMessage(const QString &username, const QString &team, const QString &text)
{
    const QString body = text.trimmed();
    if (body.isEmpty() || (username.isEmpty() && team.isEmpty()))
        return;
    const QString to = username.isEmpty() ? tr("team %1").arg(team) : agentName(username);
    QJsonObject request{{QStringLiteral("text"), body}};
    if (username.isEmpty()) {
        request.insert(QStringLiteral("to"), QJsonValue::Null);
        request.insert(QStringLiteral("team"), true);
        request.insert(QStringLiteral("teamName"), team);
    } else {
        request.insert(QStringLiteral("to"), username);
    }
    m_actionStatus->setStyleSheet(QString());
    m_actionStatus->setText(tr("Sending to %1…").arg(to));
    m_transport.request(proto::msg::MessageSend, request, this,
                        [this, to](const proto::Envelope &answer, bool offline) {
                            if (offline || !answer.ok()) {
                                finishAction(false, offline ? tr("Message to %1 not sent: no connection").arg(to)
                                                            : tr("Message to %1 not sent: %2")
                                                                  .arg(to, SyncStatusWidget::reasonFor(answer.status)));
                                return;
                            }
                            const int n = answer.body.value(QStringLiteral("recipients")).toInt(1);
                            finishAction(true, tr("Message sent to %1 (%n agent(s)).", nullptr, n).arg(to));
                        });
}

void SupervisorView::refreshHourly()
{
    if (!m_subscribed)
        return;
    // The answer's teams: their snapshots may still be on the way.
    for (const QString &team : m_subscribedTeams) {
        m_transport.request(proto::msg::BoardHourly, {{QStringLiteral("team"), team}}, this,
                            [this](const proto::Envelope &answer, bool offline) {
                                if (offline)
                                    return;  // the next minute asks again
                                if (!answer.ok()) {
                                    m_chart->caption()->setText(tr("Hourly figures unavailable: %1")
                                                                    .arg(SyncStatusWidget::reasonFor(answer.status)));
                                    return;
                                }
                                m_board.applyHourlySeries(answer.body);
                            });
    }
}

}  // namespace cd
