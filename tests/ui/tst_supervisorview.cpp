// The supervisor view fed a recorded board (snapshot and deltas, as the server sends them) offline
// through a fake transport: it subscribes when shown, the grid shows each agent's state in words and
// colour with a timer that advances by itself, the tiles and cards show the figures, an alert is
// acknowledged with alert.ack and greyed, tasks dropped on an agent (or given with the button) are
// sent as task.reassign with the selected ids, and a gap in the deltas subscribes again. Saves a
// screenshot (Chinese names) for a look at the layout.
#include "AgentBoardModel.h"
#include "HourlyChart.h"
#include "Labels.h"
#include "LocalStore.h"
#include "Messages.h"
#include "Repositories.h"
#include "SupervisorView.h"
#include "SyncClient.h"
#include "TeamTaskModel.h"

#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

using namespace cd;

namespace {

struct Sent {
    QString type;
    QJsonObject body;
    SyncClient::RequestHandler answer;
};

QString iso(const QDateTime &t) { return t.toString(Qt::ISODateWithMs); }

QJsonObject counts(int attempts, int connects, int rpc, int promises, qint64 amount, qint64 collected)
{
    return {{"attempts", attempts}, {"connects", connects}, {"rightParty", rpc},
            {"promises", promises}, {"promiseAmount", amount}, {"collected", collected}};
}

proto::Envelope okAnswer(const QString &type, const QJsonObject &body)
{
    proto::Envelope e;
    e.kind = proto::Kind::Response;
    e.type = type;
    e.body = body;
    return e;
}

}  // namespace

class TstSupervisorView : public QObject
{
    Q_OBJECT

    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncClient> m_client;
    std::unique_ptr<SupervisorView> m_view;
    QList<Sent> m_sent;
    QDateTime m_now;
    QDateTime m_t0;

    QList<Sent> sentOf(const QString &type) const
    {
        QList<Sent> out;
        for (const Sent &s : m_sent)
            if (s.type == type)
                out << s;
        return out;
    }
    QJsonObject agent(const QString &user, const QString &name, const QString &state, int secondsAgo,
                      const QJsonObject &today, qint64 task = 0, const QString &customer = {}) const
    {
        QJsonObject o{{"username", user}, {"name", name}, {"team", "华东一组"}, {"state", state},
                      {"reason", state == "NotReady" ? "Break" : ""}, {"since", iso(m_now.addSecs(-secondsAgo))},
                      {"connected", state != "Offline"}, {"today", today}};
        if (task > 0)
            o["task"] = QJsonObject{{"taskId", task}, {"customerId", task * 10}, {"customer", customer}};
        return o;
    }
    /// A board.hourly answer: a morning today (to 11:00) against a whole day yesterday.
    QJsonObject hourlyAnswer() const
    {
        QJsonArray today, yesterday;
        for (int h = 0; h < 24; ++h) {
            const bool work = h >= 8 && h < 20;
            const bool soFar = h >= 8 && h <= 11;
            today << QJsonObject{{"hour", h}, {"attempts", soFar ? 8 + 3 * (h - 8) : 0},
                                 {"connects", soFar ? 3 + (h - 8) : 0}, {"promises", soFar ? 1 : 0},
                                 {"promiseAmount", soFar ? 300'000 : 0}, {"collected", h == 10 ? 150'000 : 0}};
            yesterday << QJsonObject{{"hour", h}, {"attempts", work ? std::max(3, 20 - (h - 10) * (h - 10) / 2) : 0},
                                     {"connects", work ? 7 : 0}, {"promises", work ? 2 : 0},
                                     {"promiseAmount", work ? 250'000 + h * 10'000 : 0},
                                     {"collected", work ? 120'000 : 0}};
        }
        return {{"team", "华东一组"}, {"zone", "Asia/Shanghai"}, {"day", m_now.toLocalTime().date().toString(Qt::ISODate)},
                {"computedAt", iso(m_now)}, {"today", today}, {"yesterday", yesterday}};
    }
    int rowOf(const QString &user) const
    {
        for (int r = 0; r < m_view->agentProxy()->rowCount(); ++r)
            if (m_view->agentProxy()->index(r, 0).data(AgentBoardModel::UsernameRole).toString() == user)
                return r;
        return -1;
    }
    QString cell(const QString &user, int column, int role = Qt::DisplayRole) const
    {
        return m_view->agentProxy()->index(rowOf(user), column).data(role).toString();
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(QStringLiteral(":memory:")).ok());
        // The lead's cache: tasks of two agents of the team.
        const QStringList names{QStringLiteral("欧阳娜娜"), QStringLiteral("司马光明"), QStringLiteral("王芳")};
        for (int i = 0; i < names.size(); ++i) {
            Customer c;
            c.id = 70 + i;
            c.name = names.at(i);
            c.timeZone = QStringLiteral("Asia/Shanghai");
            QVERIFY(CustomerRepository(*m_store).upsert(c).ok());
            Task t;
            t.id = 700 + i;
            t.customerId = c.id;
            t.assignee = i == 2 ? QStringLiteral("agent02") : QStringLiteral("agent01");
            t.due = QDateTime::currentDateTimeUtc().addSecs(-3600 * (i + 1));
            TaskFacts facts;
            facts.bucket = Bucket(i % 3 + 1);
            facts.overdue = 123'456 * (i + 1);
            QVERIFY(TaskRepository(*m_store).insert(t, facts).ok());
        }
        m_client = std::make_unique<SyncClient>(*m_store);
        m_view = std::make_unique<SupervisorView>(*m_client, *m_store);
        m_sent.clear();
        m_view->setTransport({[] { return true; },
                              [this](const QString &type, const QJsonObject &body, QObject *,
                                     SyncClient::RequestHandler answer) {
                                  m_sent << Sent{type, body, std::move(answer)};
                              }});
        m_now = QDateTime::currentDateTimeUtc();
        m_t0 = m_now;
        m_view->agentModel()->setClock([this] { return m_now; });
    }

    void cleanup()
    {
        m_view.reset();
        m_client.reset();
        m_store.reset();
    }

    void recordedBoardIsShown()
    {
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QCOMPARE(sentOf(proto::msg::BoardSubscribe).size(), 1);
        sentOf(proto::msg::BoardSubscribe).first().answer(okAnswer(proto::msg::BoardSubscribe, {{"teams", QJsonArray{"华东一组"}}}), false);
        QCOMPARE(m_view->statusLabel()->text(), tr("Live"));

        const QJsonObject snapshot{
            {"team", "华东一组"}, {"seq", 3}, {"day", m_now.toLocalTime().date().toString(Qt::ISODate)},
            {"agents", QJsonArray{agent("agent01", "欧阳娜娜", "Busy", 95, counts(12, 5, 4, 2, 300'000, 150'000), 701, "司*"),
                                  agent("agent02", "李娜", "NotReady", 20 * 60, counts(8, 3, 2, 1, 50'000, 0)),
                                  agent("agent03", "张伟", "WrapUp", 30, counts(5, 2, 1, 0, 0, 0)),
                                  agent("agent04", "诸葛小明", "Offline", 3600, counts(0, 0, 0, 0, 0, 0))}},
            {"queue", QJsonObject{{"depth", QJsonObject{{"M1", 42}, {"M2", 17}, {"M3", 5}}}, {"open", 64},
                                  {"oldestTaskId", 700}, {"oldestSince", iso(m_now.addSecs(-2 * 3600))},
                                  {"callbacksOverdue", 3}}},
            {"kpis", QJsonObject{{"attempts", 25}, {"connects", 10}, {"rightParty", 7}, {"promises", 3},
                                 {"promiseAmount", 350'000}, {"collected", 150'000}, {"connectRate", 0.4},
                                 {"rpcRate", 0.28}, {"ptpRate", 0.4286}}},
            {"alerts", QJsonArray{QJsonObject{{"id", 9}, {"kind", "NotReadyTooLong"}, {"team", "华东一组"},
                                              {"subject", "agent02"}, {"value", 20}, {"threshold", 15},
                                              {"raisedAt", iso(m_now.addSecs(-300))}}}}};
        m_view->onServerEvent(proto::msg::BoardSnapshot, snapshot);

        QCOMPARE(m_view->agentProxy()->rowCount(), 4);
        QCOMPARE(cell("agent01", AgentBoardModel::State), Labels::text(BoardState::FloorState::Busy));
        QVERIFY(cell("agent02", AgentBoardModel::State).startsWith(Labels::text(BoardState::FloorState::NotReady)));
        QVERIFY(cell("agent02", AgentBoardModel::State).contains(Labels::text(AgentState::Reason::Break)));
        QCOMPARE(m_view->agentProxy()->index(rowOf("agent01"), AgentBoardModel::State).data(Qt::BackgroundRole).value<QColor>(),
                 AgentBoardModel::stateColour(BoardState::FloorState::Busy));
        QCOMPARE(m_view->agentProxy()->index(rowOf("agent03"), AgentBoardModel::State).data(Qt::BackgroundRole).value<QColor>(),
                 AgentBoardModel::stateColour(BoardState::FloorState::WrapUp));
        QCOMPARE(cell("agent01", AgentBoardModel::InState), QStringLiteral("01:35"));
        QVERIFY(cell("agent01", AgentBoardModel::Task).contains(QStringLiteral("司*")));
        QCOMPARE(cell("agent01", AgentBoardModel::Attempts), QStringLiteral("12"));
        QCOMPARE(cell("agent01", AgentBoardModel::Collected), Labels::money(150'000));

        // The timer runs on its own, without anything from the server.
        QSignalSpy repaint(m_view->agentModel(), &QAbstractItemModel::dataChanged);
        m_now = m_now.addSecs(10);
        QVERIFY(repaint.wait(2000));
        QCOMPARE(cell("agent01", AgentBoardModel::InState), QStringLiteral("01:45"));

        // Sorting by time in state puts the longest first when descending.
        m_view->agentTable()->sortByColumn(AgentBoardModel::InState, Qt::DescendingOrder);
        QCOMPARE(m_view->agentProxy()->index(0, 0).data(AgentBoardModel::UsernameRole).toString(), QStringLiteral("agent04"));

        QCOMPARE(m_view->figure("kpiAttempts"), QStringLiteral("25"));
        QCOMPARE(m_view->figure("kpiConnectRate"), QStringLiteral("40.0%"));
        QCOMPARE(m_view->figure("kpiPtpAmount"), Labels::money(350'000));
        QCOMPARE(m_view->figure("queueM1"), QStringLiteral("42"));
        QCOMPARE(m_view->figure("queueM2"), QStringLiteral("17"));
        QCOMPARE(m_view->figure("queueM0"), QStringLiteral("0"));
        QCOMPARE(m_view->figure("queueCallbacksOverdue"), QStringLiteral("3"));
        QVERIFY(m_view->figure("queueOldest").startsWith(QStringLiteral("2:00")));
        QVERIFY(!m_view->teamFilter()->isEnabled());  // a lead has one team

        // A delta: agent02 is back and calls; the hourly chart counts what changed.
        const QJsonObject delta{
            {"team", "华东一组"}, {"seq", 4}, {"day", snapshot["day"]},
            {"agents", QJsonArray{agent("agent02", "李娜", "Busy", 0, counts(9, 4, 2, 1, 50'000, 0), 702, "王*")}},
            {"kpis", QJsonObject{{"attempts", 26}, {"connects", 11}, {"rightParty", 7}, {"promises", 3},
                                 {"promiseAmount", 350'000}, {"collected", 150'000}, {"connectRate", 0.4231},
                                 {"rpcRate", 0.2692}, {"ptpRate", 0.4286}}},
            {"clearedAlerts", QJsonArray{9}}};
        m_view->onServerEvent(proto::msg::BoardDelta, delta);
        QCOMPARE(cell("agent02", AgentBoardModel::State), Labels::text(BoardState::FloorState::Busy));
        QCOMPARE(m_view->figure("kpiAttempts"), QStringLiteral("26"));
        QCOMPARE(m_view->alertList()->count(), 0);

        // The charts come from board.hourly, asked once per team after subscribing: today's bars
        // against yesterday's lines, amounts in yuan.
        const QList<Sent> hourly = sentOf(proto::msg::BoardHourly);
        QCOMPARE(hourly.size(), 1);
        QCOMPARE(hourly.first().body.value("team").toString(), QStringLiteral("华东一组"));
        hourly.first().answer(okAnswer(proto::msg::BoardHourly, hourlyAnswer()), false);
        HourlyChart *chart = m_view->chart();
        QCOMPARE(chart->firstHour(), 8);
        QCOMPARE(chart->hours().first(), QStringLiteral("08"));
        QCOMPARE(chart->values(HourlyChart::Series::TodayAttempts).at(10 - 8), 14.0);
        QCOMPARE(chart->values(HourlyChart::Series::YesterdayAttempts).at(10 - 8), 20.0);
        QCOMPARE(chart->values(HourlyChart::Series::TodayConnects).at(10 - 8), 5.0);
        QCOMPARE(chart->values(HourlyChart::Series::YesterdayCollected).at(11 - 8), 1200.0);
        QCOMPARE(chart->values(HourlyChart::Series::TodayPromised).at(9 - 8), 3000.0);
        QVERIFY(chart->caption()->text().contains(QLocale().toString(m_now.toLocalTime().time(), QLocale::ShortFormat)));

        // A missed delta subscribes again, once.
        m_view->onServerEvent(proto::msg::BoardDelta, {{"team", "华东一组"}, {"seq", 6}, {"day", snapshot["day"]}});
        QCOMPARE(sentOf(proto::msg::BoardSubscribe).size(), 2);
    }

    void alertIsAcknowledged()
    {
        m_view->show();
        sentOf(proto::msg::BoardSubscribe).first().answer(okAnswer(proto::msg::BoardSubscribe, {{"teams", QJsonArray{"华东一组"}}}), false);
        const QJsonObject alert{{"id", 31}, {"kind", "WrapUpTooLong"}, {"team", "华东一组"}, {"subject", "agent03"},
                                {"value", 5}, {"threshold", 3}, {"raisedAt", iso(m_now)}};
        m_view->onServerEvent(proto::msg::BoardSnapshot, {{"team", "华东一组"}, {"seq", 1}, {"day", "2026-11-23"}, {"alerts", QJsonArray{alert}}});
        QCOMPARE(m_view->alertList()->count(), 1);
        QVERIFY(m_view->alertList()->item(0)->text().contains(Labels::text(BoardState::AlertKind::WrapUpTooLong)));
        m_view->alertList()->setCurrentRow(0);
        QVERIFY(m_view->ackButton()->isEnabled());
        QTest::mouseClick(m_view->ackButton(), Qt::LeftButton);
        const QList<Sent> acks = sentOf(proto::msg::AlertAck);
        QCOMPARE(acks.size(), 1);
        QCOMPARE(acks.first().body.value("alertId").toInteger(), qint64(31));

        QJsonObject acked = alert;
        acked["acknowledgedBy"] = "lead01";
        acked["acknowledgedAt"] = iso(m_now);
        acks.first().answer(okAnswer(proto::msg::AlertAck, {{"alert", acked}}), false);
        QCOMPARE(m_view->alertList()->count(), 1);  // stays until its condition ends, greyed
        QCOMPARE(m_view->alertList()->item(0)->foreground().color(), QColor(0x9e, 0x9e, 0x9e));
        QVERIFY(m_view->alertList()->item(0)->text().contains(QStringLiteral("lead01")));
        m_view->alertList()->setCurrentRow(0);
        QVERIFY(!m_view->ackButton()->isEnabled());
    }

    void tasksDroppedOnAnAgentAreReassigned()
    {
        m_view->show();
        sentOf(proto::msg::BoardSubscribe).first().answer(okAnswer(proto::msg::BoardSubscribe, {{"teams", QJsonArray{"华东一组"}}}), false);
        m_view->onServerEvent(proto::msg::BoardSnapshot,
                              {{"team", "华东一组"}, {"seq", 1}, {"day", "2026-11-23"},
                               {"agents", QJsonArray{agent("agent01", "欧阳娜娜", "Ready", 5, counts(0, 0, 0, 0, 0, 0)),
                                                     agent("agent02", "李娜", "Ready", 5, counts(0, 0, 0, 0, 0, 0))}}});
        QCOMPARE(m_view->taskModel()->rowCount(), 3);

        // Select the two tasks of agent01 and drop them on agent02's row.
        QTableView *tasks = m_view->taskTable();
        auto *proxy = tasks->model();
        QModelIndexList picked;
        for (int r = 0; r < proxy->rowCount(); ++r)
            if (proxy->index(r, 0).data(TeamTaskModel::AssigneeRole).toString() == "agent01") {
                tasks->selectionModel()->select(proxy->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
                picked << proxy->index(r, 0);
            }
        QCOMPARE(m_view->selectedTaskIds().size(), 2);
        std::unique_ptr<QMimeData> mime(proxy->mimeData(tasks->selectionModel()->selectedIndexes()));
        const QModelIndex target = m_view->agentProxy()->index(rowOf("agent02"), AgentBoardModel::Agent);
        QVERIFY(m_view->agentProxy()->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, target));
        m_view->agentProxy()->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, target);

        const QList<Sent> sent = sentOf(proto::msg::TaskReassign);
        QCOMPARE(sent.size(), 2);
        QSet<qint64> ids;
        for (const Sent &s : sent) {
            QCOMPARE(s.body.value("assignee").toString(), QStringLiteral("agent02"));
            ids << s.body.value("taskId").toInteger();
        }
        QCOMPARE(ids, QSet<qint64>({700, 701}));

        QSignalSpy done(m_view.get(), &SupervisorView::reassigned);
        sent.at(0).answer(okAnswer(proto::msg::TaskReassign, {{"taskId", 700}, {"assignee", "agent02"}, {"revision", 9}}), false);
        proto::Envelope refused;
        refused.kind = proto::Kind::Response;
        refused.status = proto::StatusCode(2005);
        sent.at(1).answer(refused, false);
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.first().at(0).toInt(), 1);
        QCOMPARE(done.first().at(1).toInt(), 1);
        QVERIFY(m_view->actionLabel()->text().contains(QStringLiteral("李娜")));

        // Dropping between rows names no agent: nothing is sent.
        QVERIFY(!m_view->agentProxy()->canDropMimeData(mime.get(), Qt::CopyAction, 0, 0, {}));
    }

    void screenshot()
    {
        recordedBoardIsShown();
        // Answer the new subscription and show two alerts, one acknowledged.
        sentOf(proto::msg::BoardSubscribe).last().answer(okAnswer(proto::msg::BoardSubscribe, {{"teams", QJsonArray{"华东一组"}}}), false);
        m_view->onServerEvent(proto::msg::AlertRaised,
                              {{"id", 12}, {"kind", "CallbacksOverdue"}, {"team", "华东一组"}, {"subject", ""},
                               {"value", 3}, {"threshold", 1}, {"raisedAt", iso(m_now.addSecs(-120))}});
        m_view->onServerEvent(proto::msg::AlertRaised,
                              {{"id", 13}, {"kind", "WrapUpTooLong"}, {"team", "华东一组"}, {"subject", "agent03"},
                               {"value", 4}, {"threshold", 3}, {"raisedAt", iso(m_now.addSecs(-60))},
                               {"acknowledgedBy", "lead01"}, {"acknowledgedAt", iso(m_now)}});
        QCOMPARE(m_view->alertList()->count(), 2);
        QCOMPARE(m_view->statusLabel()->text(), tr("Live"));
        for (const Sent &h : sentOf(proto::msg::BoardHourly))
            h.answer(okAnswer(proto::msg::BoardHourly, hourlyAnswer()), false);
        // The lead's actions on the selected agent, as the toolbar shows them.
        m_view->agentTable()->selectRow(rowOf("agent02"));
        QVERIFY(m_view->forceAction()->isEnabled());
        QVERIFY(m_view->forceAction()->text().contains(QStringLiteral("李娜")));
        m_view->resize(1360, 860);
        QTest::qWait(50);
        const QString dir = QStringLiteral(CD_SCREENSHOT_DIR);
        QVERIFY(m_view->grab().save(dir + QStringLiteral("/supervisorview.png")));
        m_view->tabs()->setCurrentIndex(1);
        QTest::qWait(50);
        QVERIFY(m_view->grab().save(dir + QStringLiteral("/supervisorview-chart.png")));
        qInfo() << "screenshots in" << dir;
    }
};

QTEST_MAIN(TstSupervisorView)
#include "tst_supervisorview.moc"
