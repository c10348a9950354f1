// The agent's state in the status bar: what it says, its colour, its live timer, and the menu the
// agent picks Ready / Not ready (with a reason) from.
#include "AgentState.h"
#include "AgentStateWidget.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QTest>

using namespace cd;

class TestAgentStateWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsStateReasonAndTimer();
    void notReadyInACallShowsPending();
    void systemReasonCannotBeClearedByTheAgent();
};

namespace {
QAction *action(AgentStateWidget &w, const char *name)
{
    auto *a = w.menu()->findChild<QAction *>(QLatin1String(name));
    if (!a)
        qFatal("no action %s", name);
    return a;
}

class IdleEngine : public CallEngine
{
public:
    bool dial(const QString &n) override
    {
        beginCall(n);
        setState(CallState::Dialing);
        return true;
    }
    void hangup() override { finishCall(EndReason::LocalHangup); }
    void setHold(bool) override {}
    void setMuted(bool) override {}
    bool sendDtmf(QChar) override { return false; }
};
}  // namespace

void TestAgentStateWidget::showsStateReasonAndTimer()
{
    AgentState agent;
    // The state began 75 s ago: the timer counts from the change, not from the widget's creation.
    agent.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-75); });
    AgentStateWidget w(agent);
    auto *text = w.findChild<QLabel *>(QStringLiteral("agentStateText"));
    QCOMPARE(text->text(), QStringLiteral("Logged out"));
    QVERIFY(!w.findChild<QWidget *>(QStringLiteral("agentStateButton"))->isEnabled());

    agent.logIn();
    QVERIFY2(text->text().startsWith(QStringLiteral("Ready 01:1")), qPrintable(text->text()));
    QVERIFY(text->styleSheet().contains(AgentStateWidget::colour(AgentState::State::Ready).name()));
    QVERIFY(!action(w, "agentReady")->isEnabled());  // already ready

    action(w, "agentNotReadyBreak")->trigger();
    QCOMPARE(agent.state(), AgentState::State::NotReady);
    QCOMPARE(agent.reason(), AgentState::Reason::Break);
    QVERIFY2(text->text().startsWith(QStringLiteral("Not ready (Break) 01:1")), qPrintable(text->text()));
    QVERIFY(action(w, "agentNotReadyBreak")->isChecked());
    QVERIFY(action(w, "agentReady")->isEnabled());
    QVERIFY(AgentStateWidget::colour(AgentState::State::NotReady)
            != AgentStateWidget::colour(AgentState::State::Ready));
    // System is the application's: the agent is never offered it.
    QVERIFY(!w.menu()->findChild<QAction *>(QStringLiteral("agentNotReadySystem")));

    action(w, "agentReady")->trigger();
    QCOMPARE(agent.state(), AgentState::State::Ready);
    QVERIFY(!action(w, "agentNotReadyBreak")->isChecked());
}

void TestAgentStateWidget::notReadyInACallShowsPending()
{
    IdleEngine engine;
    AgentState agent;
    agent.setEngine(&engine);
    AgentStateWidget w(agent);
    w.show();
    agent.logIn();
    engine.dial(QStringLiteral("13900000000"));
    auto *pending = w.findChild<QLabel *>(QStringLiteral("agentStatePending"));
    QVERIFY(!pending->isVisible());
    action(w, "agentNotReadyMeeting")->trigger();
    QCOMPARE(agent.state(), AgentState::State::Dialling);  // the call goes on
    QVERIFY(pending->isVisible());
    QVERIFY2(pending->text().contains(QStringLiteral("Meeting")), qPrintable(pending->text()));
    QVERIFY(pending->text().contains(QStringLiteral("after wrap-up")));
    engine.hangup();
    agent.wrapUpFinished();
    QCOMPARE(agent.reason(), AgentState::Reason::Meeting);
    QVERIFY(!pending->isVisible());
}

void TestAgentStateWidget::systemReasonCannotBeClearedByTheAgent()
{
    AgentState agent;
    AgentStateWidget w(agent);
    agent.logIn();
    agent.setSystemNotReady(QStringLiteral("SIP registration lost"));
    auto *text = w.findChild<QLabel *>(QStringLiteral("agentStateText"));
    QVERIFY(text->text().startsWith(QStringLiteral("Not ready (System)")));
    QCOMPARE(text->toolTip(), QStringLiteral("SIP registration lost"));
    QVERIFY(!action(w, "agentReady")->isEnabled());
    agent.clearSystemNotReady();
    QVERIFY(text->text().startsWith(QStringLiteral("Ready")));
}

QTEST_MAIN(TestAgentStateWidget)
#include "tst_agentstatewidget.moc"
