// The agent's presence on the workstation: a call drives the state through Busy and wrap-up, saving
// the outcome makes the agent ready again, every server-visible change is queued as an agent.state
// operation (offline too), a failed SIP registration or a long server outage sets System not-ready
// and clears it again. Simulated phone (no PBX here), real cache, a sync client that is never online.
#include "AgentPresence.h"
#include "CallBar.h"
#include "DemoData.h"
#include "DemoSeeder.h"
#include "DispositionDialog.h"
#include "LocalStore.h"
#include "MainWindow.h"
#include "Messages.h"
#include "OutboxRepository.h"
#include "PortraitView.h"
#include "SimulatedEngine.h"
#include "SyncClient.h"
#include "WorkSession.h"

#include <QTest>

using namespace cd;

class TstAgentPresence : public QObject
{
    Q_OBJECT

    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SimulatedEngine> m_engine;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SyncClient> m_client;
    std::unique_ptr<AgentPresence> m_presence;

    QStringList queuedStates()
    {
        QStringList out;
        for (const OutboxOp &op : OutboxRepository(*m_store).due(QDateTime::currentDateTimeUtc().addDays(1), 1000))
            if (op.type == proto::msg::OpAgentState)
                out << op.body.value(QStringLiteral("state")).toString();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(QStringLiteral(":memory:")).ok());
        DemoOptions opts;
        opts.customers = 30;
        opts.seed = 5;
        opts.now = QDateTime::currentDateTimeUtc();
        DemoSeeder seeder(*m_store);
        QVERIFY(seeder.seed(DemoDataGenerator(opts)).ok());
        QVERIFY(seeder.seedDefaultScripts().ok());
        m_engine = std::make_unique<SimulatedEngine>(5);
        m_engine->setTimeScale(0.01);
        WindowOptions w;
        w.session.agent = QStringLiteral("demo");
        w.session.scriptLocale = QStringLiteral("en");
        w.policy.windowStart = QTime(0, 0);
        w.policy.windowEnd = QTime(23, 59, 59, 999);
        m_window = std::make_unique<MainWindow>(*m_store, *m_engine, w);
        m_client = std::make_unique<SyncClient>(*m_store);
        m_presence = std::make_unique<AgentPresence>(*m_window, *m_engine);
        m_presence->attachSync(*m_client, *m_store, 200);
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

    void callGoesThroughBusyAndWrapUpToReady()
    {
        QCOMPARE(m_presence->state().state(), AgentState::State::Ready);
        int phone = -1;
        const auto &phones = m_window->portrait()->phones();
        for (int i = 0; i < phones.size() && phone < 0; ++i)
            if (phones.at(i).status == PhoneStatus::Valid)
                phone = i;
        QVERIFY(phone >= 0);
        m_engine->forceScenario(phones.at(phone).number, SimulatedEngine::Scenario::Busy);
        QVERIFY(m_window->callBar()->selectPhone(phone));
        m_window->callBar()->dial();
        QTRY_VERIFY(m_window->session()->pendingDisposition() != nullptr);
        QCOMPARE(m_presence->state().state(), AgentState::State::WrapUp);
        m_window->session()->pendingDisposition()->trySave();
        QTRY_COMPARE(m_presence->state().state(), AgentState::State::Ready);
        // Offline, each server-visible change waits in the outbox, in order.
        QCOMPARE(queuedStates(), (QStringList{QStringLiteral("Busy"), QStringLiteral("WrapUp"),
                                              QStringLiteral("Ready")}));
    }

    void failedRegistrationSetsSystemNotReadyUntilItWorks()
    {
        Q_EMIT m_engine->registrationStateChanged(CallEngine::RegistrationState::Failed,
                                                  QStringLiteral("401 Unauthorized"));
        QCOMPARE(m_presence->state().state(), AgentState::State::NotReady);
        QCOMPARE(m_presence->state().reason(), AgentState::Reason::System);
        QVERIFY(m_presence->state().systemText().contains(QStringLiteral("401 Unauthorized")));
        Q_EMIT m_engine->registrationStateChanged(CallEngine::RegistrationState::Ok, QString());
        QCOMPARE(m_presence->state().state(), AgentState::State::Ready);
        QCOMPARE(queuedStates(), (QStringList{QStringLiteral("NotReady"), QStringLiteral("Ready")}));
    }

    void longServerOutageSetsSystemNotReady()
    {
        Q_EMIT m_client->stateChanged(SyncClient::State::Reconnecting);
        QCOMPARE(m_presence->state().state(), AgentState::State::Ready);  // a blip is not an outage
        QTRY_COMPARE_WITH_TIMEOUT(m_presence->state().reason(), AgentState::Reason::System, 5000);
        Q_EMIT m_client->stateChanged(SyncClient::State::Online);
        QCOMPARE(m_presence->state().state(), AgentState::State::Ready);
    }
};

QTEST_MAIN(TstAgentPresence)
#include "tst_agentpresence.moc"
