// Progressive dialling on the real workstation widgets with the simulated phone: the countdown is
// shown and the call starts by itself; skipping asks for a reason and opens the next task; a
// customer who must not be called is never dialled; nothing is dialled while the agent is not ready.
#include "AgentState.h"
#include "CallBar.h"
#include "DemoData.h"
#include "DemoSeeder.h"
#include "DispositionDialog.h"
#include "LocalStore.h"
#include "MainWindow.h"
#include "PortraitView.h"
#include "ProgressiveDialer.h"
#include "Repositories.h"
#include "SimulatedEngine.h"
#include "TaskQueueModel.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>

using namespace cd;

class TestProgressiveDial : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SimulatedEngine> m_engine;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<AgentState> m_agent;

    ProgressiveDialer *dialer() const { return m_window->progressiveDialer(); }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(QStringLiteral(":memory:")).ok());
        DemoOptions opts;
        opts.customers = 60;
        opts.seed = 11;
        opts.now = QDateTime::currentDateTimeUtc();
        DemoSeeder seeder(*m_store);
        QVERIFY(seeder.seed(DemoDataGenerator(opts)).ok());
        QVERIFY(seeder.seedDefaultScripts().ok());
        m_engine = std::make_unique<SimulatedEngine>(11);
        m_engine->setTimeScale(0.01);
        WindowOptions w;
        w.demo = true;
        w.session.scriptLocale = QStringLiteral("en");
        w.policy.windowStart = QTime(0, 0);  // all-day window: the test runs at any hour
        w.policy.windowEnd = QTime(23, 59, 59, 999);
        m_window = std::make_unique<MainWindow>(*m_store, *m_engine, w);
        m_agent = std::make_unique<AgentState>();
        m_agent->setEngine(m_engine.get());
        QVERIFY(m_agent->logIn());
        dialer()->setAgentState(m_agent.get());
        dialer()->setSeconds(2);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->start();
        QVERIFY(m_window->session()->currentTaskId() != 0);
    }

    void cleanup()
    {
        m_window.reset();
        m_agent.reset();
        m_engine.reset();
        m_store.reset();
    }

    void previewModeNeverDials()
    {
        QVERIFY(!m_window->progressiveAction()->isChecked());
        QTest::qWait(2'500);
        QCOMPARE(m_engine->state(), CallEngine::CallState::Idle);
        QVERIFY(!dialer()->isVisible());
    }

    void countdownThenDialsFirstAllowedNumber()
    {
        QSignalSpy dialled(dialer(), &ProgressiveDialer::autoDialled);
        m_window->progressiveAction()->setChecked(true);
        QCOMPARE(dialer()->phase(), ProgressiveDialer::Phase::Countdown);
        QVERIFY(dialer()->isVisible());
        QVERIFY2(dialer()->text().contains(QLatin1String("2 s")), qPrintable(dialer()->text()));
        QVERIFY(dialer()->text().contains(QLatin1String("Esc")));
        QCOMPARE(m_engine->state(), CallEngine::CallState::Idle);  // not before the countdown ends
        QTRY_VERIFY_WITH_TIMEOUT(dialer()->text().contains(QLatin1String("1 s")), 1'500);
        QTRY_COMPARE_WITH_TIMEOUT(dialled.count(), 1, 3'000);
        QVERIFY(m_engine->inCall() || m_engine->state() == CallEngine::CallState::Ended);
        // The number dialled is the one the call bar's rules allowed first.
        const auto &phones = m_window->portrait()->phones();
        const int first = m_window->callBar()->firstAllowedPhone();
        QVERIFY(first >= 0);
        QCOMPARE(dialled.at(0).at(1).toString(), phones.at(first).number);
        QVERIFY(!dialer()->isVisible());

        // Wrap-up saved → the next task opens with a fresh countdown.
        const qint64 firstTask = m_window->session()->currentTaskId();
        m_window->callBar()->hangup();
        QTRY_VERIFY(m_window->session()->pendingDisposition() != nullptr);
        m_window->session()->pendingDisposition()->trySave();
        QTRY_VERIFY(m_window->session()->pendingDisposition() == nullptr);
        QTRY_VERIFY(m_window->session()->currentTaskId() != firstTask);
        QCOMPARE(dialer()->phase(), ProgressiveDialer::Phase::Countdown);
    }

    void skipAsksReasonAndOpensNextTask()
    {
        QSignalSpy skipped(dialer(), &ProgressiveDialer::skipped);
        m_window->progressiveAction()->setChecked(true);
        const qint64 task = m_window->session()->currentTaskId();
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QTRY_VERIFY(dialer()->skipMenu()->isVisible());
        QTest::qWait(2'500);  // the countdown waits while the agent picks a reason
        QCOMPARE(m_engine->state(), CallEngine::CallState::Idle);
        QList<QAction *> reasons = dialer()->skipMenu()->actions();
        QCOMPARE(reasons.size(), 4);
        reasons.at(int(ProgressiveDialer::SkipReason::NeedToPrepare))->trigger();
        QCOMPARE(skipped.count(), 1);
        QCOMPARE(skipped.at(0).at(0).toLongLong(), task);
        QCOMPARE(skipped.at(0).at(1).value<ProgressiveDialer::SkipReason>(),
                 ProgressiveDialer::SkipReason::NeedToPrepare);
        QVERIFY(m_window->session()->currentTaskId() != task);
        QCOMPARE(dialer()->phase(), ProgressiveDialer::Phase::Countdown);
    }

    void blockedCustomerIsNotDialled()
    {
        const qint64 customerId = m_window->session()->currentCustomerId();
        auto c = CustomerRepository(*m_store).find(customerId);
        QVERIFY(c);
        c->flags |= CustomerFlag::DoNotCall;
        QVERIFY(CustomerRepository(*m_store).upsert(*c).ok());
        m_window->session()->openTask(m_window->session()->currentTaskId(), customerId);
        m_window->progressiveAction()->setChecked(true);
        QCOMPARE(dialer()->phase(), ProgressiveDialer::Phase::Blocked);
        QVERIFY(dialer()->isVisible());
        QVERIFY2(dialer()->text().contains(QLatin1String("Not dialled automatically")),
                 qPrintable(dialer()->text()));
        QVERIFY2(dialer()->text().contains(m_window->callBar()->blockText()), qPrintable(dialer()->text()));
        QTest::qWait(3'000);
        QCOMPARE(m_engine->state(), CallEngine::CallState::Idle);
        // Skipping still works from here.
        dialer()->skip(ProgressiveDialer::SkipReason::WrongTask);
        QVERIFY(m_window->session()->currentCustomerId() != customerId);
    }

    void pausedWhileNotReady()
    {
        QVERIFY(m_agent->requestNotReady(AgentState::Reason::Break));
        m_window->progressiveAction()->setChecked(true);
        QCOMPARE(dialer()->phase(), ProgressiveDialer::Phase::Paused);
        QVERIFY(dialer()->text().contains(QLatin1String("not ready")));
        QTest::qWait(3'000);
        QCOMPARE(m_engine->state(), CallEngine::CallState::Idle);
        // Ready again: a fresh countdown, then the call.
        QVERIFY(m_agent->requestReady());
        QCOMPARE(dialer()->phase(), ProgressiveDialer::Phase::Countdown);
        // Not ready in the middle of a countdown stops it.
        QVERIFY(m_agent->requestNotReady(AgentState::Reason::Meeting));
        QCOMPARE(dialer()->phase(), ProgressiveDialer::Phase::Paused);
        QTest::qWait(2'500);
        QCOMPARE(m_engine->state(), CallEngine::CallState::Idle);
        QVERIFY(m_agent->requestReady());
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->state() != CallEngine::CallState::Idle, 4'000);
    }

    void skipForBreakPauses()
    {
        m_window->progressiveAction()->setChecked(true);
        const qint64 task = m_window->session()->currentTaskId();
        dialer()->skip(ProgressiveDialer::SkipReason::Break);
        QCOMPARE(m_agent->state(), AgentState::State::NotReady);
        QVERIFY(m_window->session()->currentTaskId() != task);
        QCOMPARE(dialer()->phase(), ProgressiveDialer::Phase::Paused);
        QTest::qWait(2'500);
        QCOMPARE(m_engine->state(), CallEngine::CallState::Idle);
    }
};

QTEST_MAIN(TestProgressiveDial)
#include "tst_progressivedial.moc"
