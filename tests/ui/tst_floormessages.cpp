// What the team lead tells the agent, as the agent's window shows it (FloorMessagesPanel, hooked in by
// MainWindow::attachSync): a message arrives as a banner, in the "Messages" dock with an unread count
// and in the status bar; dismissing it marks it read; a lead forcing the agent not ready sets the
// agent's state and says so in the banner and the status bar. Events come through the real
// SyncClient::serverEvent signal; the client is never online. Screenshot: floormessages.png.
#include "AgentPresence.h"
#include "DemoData.h"
#include "DemoSeeder.h"
#include "FloorMessagesPanel.h"
#include "LocalStore.h"
#include "MainWindow.h"
#include "Messages.h"
#include "SimulatedEngine.h"
#include "SyncClient.h"

#include <QListWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace cd;

class TstFloorMessages : public QObject
{
    Q_OBJECT

    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SimulatedEngine> m_engine;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SyncClient> m_client;
    std::unique_ptr<AgentPresence> m_presence;
    FloorMessagesPanel *m_panel = nullptr;

    static QJsonObject message(qint64 id, const QString &text, bool team = false)
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("from"), QStringLiteral("lead01")},
                {QStringLiteral("fromName"), QStringLiteral("王组长")},
                {QStringLiteral("text"), text},
                {QStringLiteral("sentAt"), QStringLiteral("2026-11-23T02:15:00.000Z")},
                {QStringLiteral("team"), team}};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(QStringLiteral(":memory:")).ok());
        DemoOptions opts;
        opts.customers = 20;
        opts.seed = 7;
        opts.now = QDateTime::currentDateTimeUtc();
        DemoSeeder seeder(*m_store);
        QVERIFY(seeder.seed(DemoDataGenerator(opts)).ok());
        QVERIFY(seeder.seedDefaultScripts().ok());
        m_engine = std::make_unique<SimulatedEngine>(5);
        WindowOptions w;
        w.session.agent = QStringLiteral("agent01");
        w.session.scriptLocale = QStringLiteral("en");
        w.policy.windowStart = QTime(0, 0);
        w.policy.windowEnd = QTime(23, 59, 59, 999);
        m_window = std::make_unique<MainWindow>(*m_store, *m_engine, w);
        m_client = std::make_unique<SyncClient>(*m_store);
        m_window->attachSync(*m_client, *m_store);
        m_presence = std::make_unique<AgentPresence>(*m_window, *m_engine);
        m_panel = m_window->findChild<FloorMessagesPanel *>();
        QVERIFY(m_panel);
        m_panel->setAgentState(&m_presence->state());
        m_window->start();
    }
    void cleanup()
    {
        m_presence.reset();
        m_window.reset();
        m_client.reset();
        m_engine.reset();
        m_store.reset();
    }

    void receivedMessageShows()
    {
        QVERIFY(!m_panel->bannerVisible());
        QVERIFY(!m_panel->statusButton()->isVisibleTo(m_window.get()));
        Q_EMIT m_client->serverEvent(proto::msg::MessageReceived, message(7, QStringLiteral("请先处理M2的承诺回访")));

        QCOMPARE(m_panel->messageCount(), 1);
        QCOMPARE(m_panel->unreadCount(), 1);
        QVERIFY(m_panel->bannerVisible());
        QCOMPARE(m_panel->bannerText(), QStringLiteral("Message from 王组长: 请先处理M2的承诺回访"));
        QCOMPARE(m_panel->statusButton()->text(), QStringLiteral("Messages (1)"));
        QVERIFY(m_panel->statusButton()->isVisibleTo(m_window.get()));
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("New message from 王组长"));
        QVERIFY(m_panel->list()->item(0)->text().contains(QStringLiteral("请先处理M2的承诺回访")));

        // The same message again (a login's message.list after the live event) is listed once.
        Q_EMIT m_client->serverEvent(proto::msg::MessageReceived, message(7, QStringLiteral("请先处理M2的承诺回访")));
        QCOMPARE(m_panel->messageCount(), 1);
        // A team message goes on top.
        Q_EMIT m_client->serverEvent(proto::msg::MessageReceived, message(9, QStringLiteral("15:00 开晨会"), true));
        QCOMPARE(m_panel->unreadCount(), 2);
        QVERIFY(m_panel->list()->item(0)->text().contains(QStringLiteral("to the team")));

        // Dismissing the banner marks them read.
        QAction *dismiss = m_panel->bannerBar()->findChild<QAction *>(QStringLiteral("floorBannerDismiss"));
        QVERIFY(dismiss);
        dismiss->trigger();
        QVERIFY(!m_panel->bannerVisible());
        QCOMPARE(m_panel->unreadCount(), 0);
        QCOMPARE(m_panel->statusButton()->text(), QStringLiteral("Messages"));
    }

    void forcedStateIsAppliedAndShown()
    {
        QCOMPARE(m_presence->state().state(), AgentState::State::Ready);
        Q_EMIT m_client->serverEvent(proto::msg::AgentForced,
                                     {{QStringLiteral("reason"), QStringLiteral("Training")},
                                      {QStringLiteral("note"), QStringLiteral("新人培训 10:00")},
                                      {QStringLiteral("by"), QStringLiteral("lead01")},
                                      {QStringLiteral("byName"), QStringLiteral("王组长")}});
        QCOMPARE(m_presence->state().state(), AgentState::State::NotReady);
        QCOMPARE(m_presence->state().reason(), AgentState::Reason::Training);
        const QString notice = QStringLiteral("Your team lead set you to not ready: Training (新人培训 10:00)");
        QCOMPARE(m_panel->bannerText(), notice);
        QCOMPARE(m_window->statusBar()->currentMessage(), notice);

        // A message after it, then the picture of the window as the agent sees it.
        Q_EMIT m_client->serverEvent(proto::msg::MessageReceived,
                                     message(11, QStringLiteral("培训结束后请把状态改回就绪")));
        m_window->resize(1480, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_panel->windowTitle(), QStringLiteral("Messages (1)"));
        m_panel->statusButton()->click();  // the agent opens the dock: read
        QVERIFY(m_panel->isVisible());
        QCOMPARE(m_panel->windowTitle(), QStringLiteral("Messages"));
        Q_EMIT m_client->serverEvent(proto::msg::AgentForced,
                                     {{QStringLiteral("reason"), QStringLiteral("Training")},
                                      {QStringLiteral("by"), QStringLiteral("lead01")},
                                      {QStringLiteral("byName"), QStringLiteral("王组长")}});
        QCOMPARE(m_panel->bannerText(), QStringLiteral("Your team lead set you to not ready: Training"));
        const QString shot = QStringLiteral(CD_SCREENSHOT_DIR "/floormessages.png");
        QVERIFY(m_window->grab().save(shot));

        // The System reason is the application's own: shown, not applied.
        QVERIFY(m_presence->state().requestReady());
        Q_EMIT m_client->serverEvent(proto::msg::AgentForced,
                                     {{QStringLiteral("reason"), QStringLiteral("System")},
                                      {QStringLiteral("by"), QStringLiteral("lead01")}});
        QCOMPARE(m_presence->state().state(), AgentState::State::Ready);
        QCOMPARE(m_panel->bannerText(), QStringLiteral("Your team lead set you to not ready: System"));
    }
};

QTEST_MAIN(TstFloorMessages)
#include "tst_floormessages.moc"
