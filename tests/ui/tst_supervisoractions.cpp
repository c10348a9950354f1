// The supervisor view's actions through the real server on loopback (ServerFixture): the lead picks
// an agent in the grid and forces them not ready with a reason (the agent's own AgentState follows,
// through agent.forced, and the grid shows the new state from the board's delta), sends a message to
// that agent and to the whole team (the agent's messages panel receives them), and sees the server's
// refusals as text in the view. An admin sees every team with the team filter, and the charts get
// board.hourly per team. Screenshot: supervisoractions.png.
#include "ServerFixture.h"

#include "AgentBoardModel.h"
#include "AgentState.h"
#include "FloorMessagesPanel.h"
#include "HourlyChart.h"
#include "Labels.h"
#include "LeadActions.h"
#include "LocalStore.h"
#include "Messages.h"
#include "SupervisorView.h"
#include "SyncClient.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace cdtest;

namespace {

struct Session {
    std::unique_ptr<cd::LocalStore> store;
    std::unique_ptr<cd::SyncClient> client;
};

}  // namespace

class TstSupervisorActions : public ServerFixture
{
    Q_OBJECT

    Session m_lead, m_agent;
    std::unique_ptr<cd::SupervisorView> m_view;
    std::unique_ptr<QMainWindow> m_agentWindow;
    cd::FloorMessagesPanel *m_panel = nullptr;
    cd::AgentState m_agentState;

    static bool login(Session &s, const QUrl &url, const QString &user, const QString &password)
    {
        s.store = std::make_unique<cd::LocalStore>();
        if (!s.store->open(QStringLiteral(":memory:")).ok())
            return false;
        s.client = std::make_unique<cd::SyncClient>(*s.store);
        s.client->setServerUrl(url);
        s.client->login(user, password, QStringLiteral("tst_supervisoractions"));
        return QTest::qWaitFor([&] { return s.client->state() == cd::SyncClient::State::Online; }, 10000);
    }
    int rowOf(const QString &user) const
    {
        for (int r = 0; r < m_view->agentProxy()->rowCount(); ++r)
            if (m_view->agentProxy()->index(r, 0).data(cd::AgentBoardModel::UsernameRole).toString() == user)
                return r;
        return -1;
    }
    QString stateCell(const QString &user) const
    {
        return m_view->agentProxy()->index(rowOf(user), cd::AgentBoardModel::State).data().toString();
    }
    template <typename D> D *openDialog(const char *name)
    {
        D *dlg = nullptr;
        // Null when it never opened: the caller's QVERIFY says so.
        const bool shown = QTest::qWaitFor(
            [&] { return (dlg = m_view->findChild<D *>(QLatin1String(name))) && dlg->isVisible(); }, 3000);
        return shown ? dlg : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        startServer();
        // The agent's side: a window with the messages panel, wired to the agent's own state.
        QVERIFY(login(m_agent, m_url, QStringLiteral("agent01"), Demo));
        m_agentWindow = std::make_unique<QMainWindow>();
        m_panel = new cd::FloorMessagesPanel(*m_agentWindow);
        m_panel->attachSync(*m_agent.client);
        m_panel->setAgentState(&m_agentState);
        QVERIFY(m_agentState.logIn());
        // The agent says Ready, so the board knows them before the lead looks.
        bool answered = false;
        m_agent.client->request(cd::proto::msg::AgentSetState, {{QStringLiteral("state"), QStringLiteral("Ready")}},
                                this, [&](const cd::proto::Envelope &e, bool) { answered = e.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);

        QVERIFY(login(m_lead, m_url, QStringLiteral("lead01"), Demo));
        m_view = std::make_unique<cd::SupervisorView>(*m_lead.client, *m_lead.store);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QTRY_COMPARE_WITH_TIMEOUT(m_view->statusLabel()->text(), tr("Live"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("agent01")) >= 0, 5000);
        QCOMPARE(stateCell(QStringLiteral("agent01")), cd::Labels::text(cd::BoardState::FloorState::Ready));
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_agentWindow.reset();
        m_lead.client.reset();
        m_agent.client.reset();
    }

    void actionsNeedASelectedAgent()
    {
        m_view->agentTable()->clearSelection();
        QVERIFY(!m_view->forceAction()->isEnabled());
        QVERIFY(!m_view->messageAction()->isEnabled());
        QVERIFY(m_view->teamMessageAction()->isEnabled());  // a lead's one team
        m_view->agentTable()->selectRow(rowOf(QStringLiteral("agent01")));
        QVERIFY(m_view->forceAction()->isEnabled());
        QVERIFY(m_view->messageAction()->isEnabled());
    }

    void forceReachesTheAgent()
    {
        m_view->agentTable()->selectRow(rowOf(QStringLiteral("agent01")));
        QSignalSpy forced(m_panel, &cd::FloorMessagesPanel::forcedNotReady);
        QSignalSpy finished(m_view.get(), &cd::SupervisorView::actionFinished);
        m_view->forceAction()->trigger();
        auto *dlg = openDialog<QDialog>("forceDialog");
        QVERIFY(dlg);
        auto *reason = dlg->findChild<QComboBox *>(QStringLiteral("forceReason"));
        reason->setCurrentIndex(reason->findData(QVariant::fromValue(cd::AgentState::Reason::Coaching)));
        dlg->findChild<QLineEdit *>(QStringLiteral("forceNote"))->setText(QStringLiteral("来办公室一趟"));
        QTest::mouseClick(dlg->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(m_view->actionLabel()->text().contains(cd::Labels::text(cd::AgentState::Reason::Coaching)));
        // The agent's own state follows, with the lead's note.
        QTRY_COMPARE_WITH_TIMEOUT(m_agentState.state(), cd::AgentState::State::NotReady, 5000);
        QCOMPARE(m_agentState.reason(), cd::AgentState::Reason::Coaching);
        QCOMPARE(forced.size(), 1);
        QCOMPARE(forced.first().at(1).toString(), QStringLiteral("来办公室一趟"));
        // And the lead's grid, from the board's delta.
        QTRY_VERIFY_WITH_TIMEOUT(stateCell(QStringLiteral("agent01")).contains(cd::Labels::text(cd::AgentState::Reason::Coaching)),
                                 5000);
        QVERIFY(stateCell(QStringLiteral("agent01")).startsWith(cd::Labels::text(cd::BoardState::FloorState::NotReady)));
    }

    void messagesReachTheAgent()
    {
        QSignalSpy unread(m_panel, &cd::FloorMessagesPanel::unreadChanged);
        QSignalSpy finished(m_view.get(), &cd::SupervisorView::actionFinished);
        m_view->agentTable()->selectRow(rowOf(QStringLiteral("agent01")));
        m_view->messageAction()->trigger();
        auto *dlg = openDialog<QDialog>("messageDialog");
        QVERIFY(dlg);
        QPushButton *send = dlg->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!send->isEnabled());  // nothing to send yet
        dlg->findChild<QPlainTextEdit *>(QStringLiteral("messageText"))->setPlainText(QStringLiteral("下午三点开会"));
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toBool(), true);
        QVERIFY(m_view->actionLabel()->text().contains(QStringLiteral("1")));
        QTRY_VERIFY_WITH_TIMEOUT(!unread.isEmpty() && unread.last().first().toInt() >= 1, 5000);

        // To the whole team: every agent of north, the agent included.
        const int before = unread.last().first().toInt();
        m_view->sendMessage({}, QStringLiteral("north"), QStringLiteral("全组注意：系统五点维护"));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(unread.last().first().toInt() == before + 1, 5000);
    }

    void refusalsAreShown()
    {
        QSignalSpy finished(m_view.get(), &cd::SupervisorView::actionFinished);
        // Another team's agent: the server refuses, the view says so in words.
        m_view->forceNotReady(QStringLiteral("south01"), cd::AgentState::Reason::Break);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY(m_view->actionLabel()->text().contains(QStringLiteral("south01")));
        QVERIFY(!m_view->actionLabel()->text().contains(QStringLiteral("…")));
        // A text over the server's limit.
        m_view->sendMessage(QStringLiteral("agent01"), {}, QString(cd::server::LeadActions::MaxMessageLength + 1, QLatin1Char('x')));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toBool(), false);
    }

    void screenshot()
    {
        m_view->agentTable()->selectRow(rowOf(QStringLiteral("agent01")));
        m_view->resize(1360, 860);
        QTest::qWait(100);
        QVERIFY(m_view->grab().save(QStringLiteral(CD_SCREENSHOT_DIR "/supervisoractions.png")));
    }

    void adminSeesEveryTeam()
    {
        // (The fixture seeds its users after the board loaded: south appears with its agent's first change.)
        WsTestClient south;
        QVERIFY(south.open(m_url));
        QCOMPARE(WsTestClient::code(south.login(QStringLiteral("south01"), Pw)), 0);
        QCOMPARE(WsTestClient::code(south.call(cd::proto::msg::AgentSetState, {{"state", "Ready"}})), 0);
        Session admin;
        QVERIFY(login(admin, m_url, QStringLiteral("admin01"), Pw));
        cd::SupervisorView view(*admin.client, *admin.store);
        view.show();
        QTRY_COMPARE_WITH_TIMEOUT(view.statusLabel()->text(), tr("Live"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(view.teamFilter()->count() >= 3, 5000);  // all teams, north, south
        QVERIFY(view.teamFilter()->isEnabled());
        QCOMPARE(view.teamFilter()->currentData().toString(), QString());
        QVERIFY(!view.teamMessageAction()->isEnabled());  // "all teams" names no team to write to
        // board.hourly was asked per team (an admin must name one): both teams' figures arrive.
        QTRY_VERIFY_WITH_TIMEOUT(view.board().hourlySeries(QStringLiteral("north")).isValid()
                                     && view.board().hourlySeries(QStringLiteral("south")).isValid(),
                                 5000);
        QVERIFY(view.board().hourlySeries().isValid());
        view.teamFilter()->setCurrentIndex(view.teamFilter()->findData(QStringLiteral("south")));
        QVERIFY(view.teamMessageAction()->isEnabled());
        for (int r = 0; r < view.agentProxy()->rowCount(); ++r)
            QCOMPARE(view.agentProxy()->index(r, 0).data(cd::AgentBoardModel::TeamRole).toString(), QStringLiteral("south"));
        view.close();
    }
};

QTEST_MAIN(TstSupervisorActions)
#include "tst_supervisoractions.moc"
