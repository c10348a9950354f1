// AgentState: the floor state an agent and their lead see. The transition table is data-driven:
// each row drives the machine along a path of steps from "logged out", then tries one more step
// and checks whether it was accepted and where the agent ends up.
#include "AgentState.h"
#include "CallEngine.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace cd;
using State = AgentState::State;
using Reason = AgentState::Reason;

namespace {

// A CallEngine the test moves by hand, like the network would.
class ScriptedEngine : public CallEngine
{
public:
    bool dial(const QString &number) override
    {
        beginCall(number);
        setState(CallState::Dialing);
        return true;
    }
    void hangup() override { finishCall(EndReason::LocalHangup); }
    void setHold(bool onHold) override { setState(onHold ? CallState::OnHold : CallState::Connected); }
    void setMuted(bool muted) override { setMutedState(muted); }
    bool sendDtmf(QChar) override { return true; }
    void ring() { setState(CallState::Ringing); }
    void incoming()
    {
        beginCall(QStringLiteral("13800000000"));
        setState(CallState::Ringing);
    }
    bool answer() override
    {
        setState(CallState::Connected);
        return true;
    }
    void end(EndReason reason) { finishCall(reason); }
};

struct Rig {
    ScriptedEngine engine;
    AgentState agent;
    Rig() { agent.setEngine(&engine); }

    // Performs one step; returns whether the machine accepted it (engine events: whether the
    // state changed, since the network does not ask for permission).
    bool step(const QString &s)
    {
        const State before = agent.state();
        const Reason beforeReason = agent.reason();
        const auto moved = [&] { return agent.state() != before || agent.reason() != beforeReason; };
        if (s == QLatin1String("login"))
            return agent.logIn();
        if (s == QLatin1String("logout"))
            return agent.logOut();
        if (s == QLatin1String("ready"))
            return agent.requestReady();
        if (s.startsWith(QLatin1String("notready:")))
            return agent.requestNotReady(reasonOf(s.mid(9)));
        if (s == QLatin1String("wrapup"))
            return agent.wrapUpFinished();
        if (s == QLatin1String("system"))
            return agent.setSystemNotReady(QStringLiteral("SIP registration lost"));
        if (s == QLatin1String("systemclear"))
            return agent.clearSystemNotReady();
        if (s == QLatin1String("dial")) {
            engine.dial(QStringLiteral("13900000000"));
        } else if (s == QLatin1String("ring")) {
            engine.ring();
        } else if (s == QLatin1String("incoming")) {
            engine.incoming();
        } else if (s == QLatin1String("answer")) {
            engine.answer();
        } else if (s == QLatin1String("hold")) {
            engine.setHold(true);
        } else if (s == QLatin1String("resume")) {
            engine.setHold(false);
        } else if (s == QLatin1String("busy")) {
            engine.end(CallEngine::EndReason::Busy);
        } else if (s == QLatin1String("hangup")) {
            engine.end(CallEngine::EndReason::RemoteHangup);
        } else {
            qFatal("unknown step %s", qPrintable(s));
        }
        return moved();
    }

    static Reason reasonOf(const QString &key)
    {
        bool ok = false;
        const int v = QMetaEnum::fromType<Reason>().keyToValue(key.toLatin1().constData(), &ok);
        if (!ok)
            qFatal("unknown reason %s", qPrintable(key));
        return static_cast<Reason>(v);
    }
};

}  // namespace

class TestAgentState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void transitions_data();
    void transitions();
    void notReadyDuringCallAppliesAfterWrapUp();
    void systemReasonComesFromTheAppOnly();
    void sinceRestartsOnEveryChange();
    void floorStateFollowsTheServersNames_data();
    void floorStateFollowsTheServersNames();
    void floorStatePushedOncePerServerVisibleChange();
};

void TestAgentState::transitions_data()
{
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QString>("step");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<State>("state");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<Reason>("pending");

    const auto row = [](const char *name, const QString &path, const QString &step, bool accepted,
                        State state, Reason reason = Reason::None, Reason pending = Reason::None) {
        QTest::newRow(name) << (path.isEmpty() ? QStringList() : path.split(QLatin1Char(' '))) << step
                            << accepted << state << reason << pending;
    };
    const QString call = QStringLiteral("login dial ring answer");

    // Logging in and out.
    row("log in", "", "login", true, State::Ready);
    row("log in twice refused", "login", "login", false, State::Ready);
    row("log out from ready", "login", "logout", true, State::LoggedOut);
    row("log out from not ready", "login notready:Break", "logout", true, State::LoggedOut);
    row("log out in a call refused", call, "logout", false, State::Talking);
    row("log out in wrap-up refused", call + " hangup", "logout", false, State::WrapUp);
    row("ready while logged out refused", "", "ready", false, State::LoggedOut);
    row("not ready while logged out refused", "", "notready:Break", false, State::LoggedOut);
    row("system while logged out refused", "", "system", false, State::LoggedOut);
    row("dial while logged out ignored", "", "dial", false, State::LoggedOut);

    // Ready and not ready.
    row("break", "login", "notready:Break", true, State::NotReady, Reason::Break);
    row("training", "login", "notready:Training", true, State::NotReady, Reason::Training);
    row("meeting", "login", "notready:Meeting", true, State::NotReady, Reason::Meeting);
    row("coaching", "login", "notready:Coaching", true, State::NotReady, Reason::Coaching);
    row("not ready without a reason refused", "login", "notready:None", false, State::Ready);
    row("agent cannot pick system", "login", "notready:System", false, State::Ready);
    row("change reason", "login notready:Break", "notready:Meeting", true, State::NotReady, Reason::Meeting);
    row("same reason again refused", "login notready:Break", "notready:Break", false, State::NotReady,
        Reason::Break);
    row("back to ready", "login notready:Break", "ready", true, State::Ready);
    row("ready when ready refused", "login", "ready", false, State::Ready);

    // A call.
    row("dial", "login", "dial", true, State::Dialling);
    row("remote rings", "login dial", "ring", true, State::Ringing);
    row("answered", "login dial ring", "answer", true, State::Talking);
    row("held", call, "hold", true, State::Held);
    row("resumed", call + " hold", "resume", true, State::Talking);
    row("hold while dialling ignored", "login dial", "hold", false, State::Dialling);
    row("remote hangs up", call, "hangup", true, State::WrapUp);
    row("hangs up while held", call + " hold", "hangup", true, State::WrapUp);
    row("busy goes to wrap-up too", "login dial ring", "busy", true, State::WrapUp);
    row("incoming call rings", "login", "incoming", true, State::Ringing);
    row("wrap-up done", call + " hangup", "wrapup", true, State::Ready);
    row("wrap-up done outside wrap-up refused", "login", "wrapup", false, State::Ready);
    row("wrap-up done in a call refused", call, "wrapup", false, State::Talking);
    row("manual call while not ready", "login notready:Coaching", "dial", true, State::Dialling, Reason::None,
        Reason::Coaching);
    row("after a manual call back to the reason", "login notready:Coaching dial answer hangup", "wrapup",
        true, State::NotReady, Reason::Coaching);

    // Not ready asked for during a call waits for wrap-up.
    row("not ready in a call is pending", call, "notready:Break", true, State::Talking, Reason::None,
        Reason::Break);
    row("not ready in wrap-up is pending", call + " hangup", "notready:Meeting", true, State::WrapUp,
        Reason::None, Reason::Meeting);
    row("pending applies after wrap-up", call + " notready:Break hangup", "wrapup", true, State::NotReady,
        Reason::Break);
    row("ready in a call cancels pending", call + " notready:Break", "ready", true, State::Talking);
    row("ready in a call without pending refused", call, "ready", false, State::Talking);
    row("cancelled pending ends ready", call + " notready:Break ready hangup", "wrapup", true, State::Ready);

    // System (the phone or the server is gone).
    row("system from ready", "login", "system", true, State::NotReady, Reason::System);
    row("system over a break keeps the break", "login notready:Break", "system", true, State::NotReady,
        Reason::System, Reason::Break);
    row("agent cannot clear system", "login system", "ready", false, State::NotReady, Reason::System);
    row("agent choice under system is pending", "login system", "notready:Training", true, State::NotReady,
        Reason::System, Reason::Training);
    row("system cleared to ready", "login system", "systemclear", true, State::Ready);
    row("system cleared back to the break", "login notready:Break system", "systemclear", true,
        State::NotReady, Reason::Break);
    row("system clear without system refused", "login", "systemclear", false, State::Ready);
    row("system in a call waits", call, "system", true, State::Talking);
    row("system applies after wrap-up", call + " system hangup", "wrapup", true, State::NotReady,
        Reason::System);
    row("system cleared during the call", call + " system systemclear hangup", "wrapup", true, State::Ready);
}

void TestAgentState::transitions()
{
    QFETCH(QStringList, path);
    QFETCH(QString, step);
    QFETCH(bool, accepted);
    QFETCH(State, state);
    QFETCH(Reason, reason);
    QFETCH(Reason, pending);

    Rig rig;
    for (const QString &s : std::as_const(path))
        rig.step(s);
    QSignalSpy changes(&rig.agent, &AgentState::stateChanged);
    const State before = rig.agent.state();
    QCOMPARE(rig.step(step), accepted);
    QCOMPARE(rig.agent.state(), state);
    QCOMPARE(rig.agent.reason(), reason);
    QCOMPARE(rig.agent.pendingReason(), pending);
    if (!accepted) {
        QCOMPARE(rig.agent.state(), before);
        QVERIFY2(changes.isEmpty(), "a refused step must not announce a change");
    }
}

void TestAgentState::notReadyDuringCallAppliesAfterWrapUp()
{
    Rig rig;
    rig.agent.logIn();
    rig.engine.dial(QStringLiteral("13900000000"));
    rig.engine.answer();
    QSignalSpy pending(&rig.agent, &AgentState::pendingReasonChanged);
    QVERIFY(rig.agent.requestNotReady(Reason::Training));
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.at(0).at(0).value<Reason>(), Reason::Training);
    QCOMPARE(rig.agent.state(), State::Talking);  // the call is not interrupted

    rig.engine.hangup();
    QCOMPARE(rig.agent.state(), State::WrapUp);
    QSignalSpy changes(&rig.agent, &AgentState::stateChanged);
    QVERIFY(rig.agent.wrapUpFinished());
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).at(0).value<State>(), State::NotReady);
    QCOMPARE(changes.at(0).at(1).value<Reason>(), Reason::Training);
    QCOMPARE(rig.agent.pendingReason(), Reason::None);
}

void TestAgentState::systemReasonComesFromTheAppOnly()
{
    Rig rig;
    rig.agent.logIn();
    QVERIFY(!AgentState::selectableReasons().contains(Reason::System));
    QVERIFY(!AgentState::selectableReasons().contains(Reason::None));
    QVERIFY(rig.agent.setSystemNotReady(QStringLiteral("SIP registration lost")));
    QCOMPARE(rig.agent.systemText(), QStringLiteral("SIP registration lost"));
    QCOMPARE(rig.agent.floorStateBody().value(QStringLiteral("reason")).toString(),
             QStringLiteral("System: SIP registration lost"));
    QVERIFY(!rig.agent.requestReady());
    QVERIFY(!rig.agent.logIn());
    QVERIFY(rig.agent.logOut());  // the agent may still go home
    QVERIFY(!rig.agent.systemNotReady());
    QVERIFY(rig.agent.logIn());
    QCOMPARE(rig.agent.state(), State::Ready);  // a new login does not inherit the old outage
}

void TestAgentState::sinceRestartsOnEveryChange()
{
    QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    Rig rig;
    rig.agent.setClock([&now] { return now; });
    rig.agent.logIn();
    QCOMPARE(rig.agent.since(), now);
    now = now.addSecs(75);
    rig.agent.requestNotReady(Reason::Break);
    QCOMPARE(rig.agent.since(), now);
    const QDateTime breakStart = now;
    now = now.addSecs(30);
    // A new explanation for the same reason is no new state: the timer keeps running.
    rig.agent.setSystemNotReady(QStringLiteral("server unreachable"));
    const QDateTime systemStart = now;
    QCOMPARE(rig.agent.since(), systemStart);
    QVERIFY(breakStart != systemStart);
    now = now.addSecs(30);
    rig.agent.setSystemNotReady(QStringLiteral("server unreachable for 2 minutes"));
    QCOMPARE(rig.agent.since(), systemStart);
}

void TestAgentState::floorStateFollowsTheServersNames_data()
{
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QString>("floor");
    QTest::addColumn<QString>("reason");
    QTest::newRow("logged out") << QStringList() << "Offline"
                                << "";
    QTest::newRow("ready") << QStringList{"login"} << "Ready"
                           << "";
    QTest::newRow("dialling") << QStringList{"login", "dial"} << "Busy"
                              << "";
    QTest::newRow("ringing") << QStringList{"login", "dial", "ring"} << "Busy"
                             << "";
    QTest::newRow("talking") << QStringList{"login", "dial", "answer"} << "Busy"
                             << "";
    QTest::newRow("held") << QStringList{"login", "dial", "answer", "hold"} << "Busy"
                          << "";
    QTest::newRow("wrap-up") << QStringList{"login", "dial", "busy"} << "WrapUp"
                             << "";
    QTest::newRow("break") << QStringList{"login", "notready:Break"} << "NotReady"
                           << "Break";
    QTest::newRow("coaching") << QStringList{"login", "notready:Coaching"} << "NotReady"
                              << "Coaching";
}

void TestAgentState::floorStateFollowsTheServersNames()
{
    QFETCH(QStringList, path);
    QFETCH(QString, floor);
    QFETCH(QString, reason);
    Rig rig;
    for (const QString &s : std::as_const(path))
        rig.step(s);
    const QJsonObject body = rig.agent.floorStateBody();
    QCOMPARE(body.value(QStringLiteral("state")).toString(), floor);
    QCOMPARE(body.value(QStringLiteral("reason")).toString(), reason);
    // The server accepts a past "at" as the real start (state set while offline).
    QCOMPARE(QDateTime::fromString(body.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs),
             rig.agent.since());
}

void TestAgentState::floorStatePushedOncePerServerVisibleChange()
{
    Rig rig;
    QSignalSpy pushes(&rig.agent, &AgentState::floorStateChanged);
    rig.agent.logIn();
    rig.engine.dial(QStringLiteral("13900000000"));
    rig.engine.ring();
    rig.engine.answer();
    rig.engine.setHold(true);
    rig.engine.setHold(false);
    rig.engine.hangup();
    rig.agent.wrapUpFinished();
    QStringList floors;
    for (const QList<QVariant> &args : std::as_const(pushes))
        floors << args.at(0).toJsonObject().value(QStringLiteral("state")).toString();
    // Dialling, ringing, talking and held are all "Busy" for the lead: one push, not five.
    QCOMPARE(floors, (QStringList{"Ready", "Busy", "WrapUp", "Ready"}));
}

QTEST_GUILESS_MAIN(TestAgentState)
#include "tst_agentstate.moc"
