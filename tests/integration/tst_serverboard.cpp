// The leads' floor board through the real server: who may subscribe, who sees which team, and that an
// agent's state change, a recorded call and a dropped connection reach the lead as board.delta, with
// the disconnect alert acknowledged (and audited) by the lead of that team only.
#include "ServerFixture.h"

#include "Messages.h"

#include <QJsonArray>
#include <QTest>

using namespace cdtest;

class TestServerBoard : public ServerFixture
{
    Q_OBJECT

    WsTestClient m_lead;   // lead01, team north
    WsTestClient m_south;  // lead02, team south

    /// The agent object of `username` in the newest board.delta `c` got that `test` accepts.
    static std::optional<QJsonObject> agentInDelta(const WsTestClient &c, const QString &username,
                                                   const std::function<bool(const QJsonObject &)> &test)
    {
        const QList<QJsonObject> deltas = c.events(proto::msg::BoardDelta);
        for (auto it = deltas.crbegin(); it != deltas.crend(); ++it)
            for (const QJsonValue &v : WsTestClient::body(*it).value(QStringLiteral("agents")).toArray())
                if (v.toObject().value(QStringLiteral("username")).toString() == username
                    && test(v.toObject()))
                    return v.toObject();
        return std::nullopt;
    }
    static bool waitAgent(const WsTestClient &c, const QString &username,
                          const std::function<bool(const QJsonObject &)> &test)
    {
        return QTest::qWaitFor([&] { return agentInDelta(c, username, test).has_value(); }, 5000);
    }
    static QStringList teamsSeen(const WsTestClient &c)
    {
        QStringList out;
        for (const QString &type :
             {proto::msg::BoardSnapshot, proto::msg::BoardDelta, proto::msg::AlertRaised})
            for (const QJsonObject &e : c.events(type))
                out << WsTestClient::body(e).value(QStringLiteral("team")).toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        startServer();
        QVERIFY(m_lead.open(m_url));
        QCOMPARE(WsTestClient::code(m_lead.login(QStringLiteral("lead01"), Demo)), 0);
        QVERIFY(m_south.open(m_url));
        QCOMPARE(WsTestClient::code(m_south.login(QStringLiteral("lead02"), Pw)), 0);
    }

    void agentCannotSubscribe()
    {
        WsTestClient agent;
        QVERIFY(agent.open(m_url));
        QCOMPARE(WsTestClient::code(agent.login(QStringLiteral("agent03"), Demo)), 0);
        QCOMPARE(WsTestClient::code(agent.call(proto::msg::BoardSubscribe)),
                 int(proto::StatusCode::Forbidden));
        QVERIFY(agent.barrier());
        QVERIFY(agent.events(proto::msg::BoardSnapshot).isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'board.subscribe' AND "
                                       "user = 'agent03' AND code = ?"),
                        {int(proto::StatusCode::Forbidden)})
                     .toInt(),
                 1);
    }

    void leadSubscribesToOwnTeamOnly()
    {
        const QJsonObject res = m_lead.call(proto::msg::BoardSubscribe);
        QCOMPARE(WsTestClient::code(res), 0);
        QCOMPARE(WsTestClient::body(res).value(QStringLiteral("teams")).toArray(),
                 QJsonArray{QStringLiteral("north")});
        QVERIFY(m_lead.waitForEvent(proto::msg::BoardSnapshot));
        QCOMPARE(WsTestClient::code(m_south.call(proto::msg::BoardSubscribe)), 0);
        QVERIFY(m_south.waitForEvent(proto::msg::BoardSnapshot));
        const QJsonObject snap = WsTestClient::body(m_south.events(proto::msg::BoardSnapshot).first());
        QCOMPARE(snap.value(QStringLiteral("team")).toString(), QStringLiteral("south"));
        QVERIFY(snap.contains(QStringLiteral("queue")));
        QVERIFY(snap.contains(QStringLiteral("kpis")));
    }

    void stateChangeAndCallReachTheLead()
    {
        WsTestClient agent;
        QVERIFY(agent.open(m_url));
        QCOMPARE(WsTestClient::code(agent.login(QStringLiteral("agent01"), Demo)), 0);
        QCOMPARE(WsTestClient::code(agent.call(proto::msg::AgentSetState,
                                               {{QStringLiteral("state"), QStringLiteral("Ready")}})),
                 0);
        QVERIFY(waitAgent(m_lead, QStringLiteral("agent01"), [](const QJsonObject &a) {
            return a.value(QStringLiteral("state")) == QLatin1String("Ready")
                && a.value(QStringLiteral("connected")).toBool();
        }));

        const qint64 task = freshTask(QStringLiteral("agent01"));
        QVERIFY(task > 0);
        const QJsonObject pushed = push(
            agent, {op(newOpId(), proto::msg::OpInteractionRecord, record(task, Outcome::PromiseToPay))});
        QCOMPARE(firstResult(pushed).value(QStringLiteral("code")).toInt(), 0);
        QVERIFY(waitAgent(m_lead, QStringLiteral("agent01"), [task](const QJsonObject &a) {
            const QJsonObject today = a.value(QStringLiteral("today")).toObject();
            return today.value(QStringLiteral("attempts")).toInt() == 1
                && today.value(QStringLiteral("promises")).toInt() == 1
                && a.value(QStringLiteral("task")).toObject().value(QStringLiteral("taskId")).toInteger()
                == task;
        }));
        const QJsonObject a =
            *agentInDelta(m_lead, QStringLiteral("agent01"), [](const QJsonObject &) { return true; });
        const QString customer =
            a.value(QStringLiteral("task")).toObject().value(QStringLiteral("customer")).toString();
        QVERIFY2(customer.contains(QLatin1Char('*')), qPrintable(customer));  // masked
        QVERIFY(m_south.barrier());
        QVERIFY(!teamsSeen(m_south).contains(QStringLiteral("north")));
        QVERIFY(teamsSeen(m_lead).contains(QStringLiteral("north")));
        QVERIFY(!teamsSeen(m_lead).contains(QStringLiteral("south")));
    }

    void watchingLeadGetsTheStateOnceInTheBoard()
    {
        // A second session of lead01 that does not watch the board still hears agent.stateChanged;
        // the watching one gets the change in board.delta only (no second frame per lead and change).
        WsTestClient other;
        QVERIFY(other.open(m_url));
        QCOMPARE(WsTestClient::code(other.login(QStringLiteral("lead01"), Demo, QStringLiteral("pc-2"))), 0);
        WsTestClient agent;
        QVERIFY(agent.open(m_url));
        QCOMPARE(WsTestClient::code(agent.login(QStringLiteral("agent03"), Demo)), 0);
        const qsizetype heardBefore = m_lead.events(proto::msg::AgentStateChanged).size();
        QCOMPARE(WsTestClient::code(agent.call(proto::msg::AgentSetState,
                                               {{QStringLiteral("state"), QStringLiteral("NotReady")},
                                                {QStringLiteral("reason"), QStringLiteral("午休")}})),
                 0);
        QVERIFY(waitAgent(m_lead, QStringLiteral("agent03"), [](const QJsonObject &a) {
            return a.value(QStringLiteral("state")) == QLatin1String("NotReady");
        }));
        QVERIFY(other.waitForEvent(proto::msg::AgentStateChanged));
        QCOMPARE(WsTestClient::body(other.events(proto::msg::AgentStateChanged).first())
                     .value(QStringLiteral("agent"))
                     .toString(),
                 QStringLiteral("agent03"));
        QVERIFY(agent.waitForEvent(proto::msg::AgentStateChanged));  // the agent's own session too
        QVERIFY(m_lead.barrier());
        QCOMPARE(m_lead.events(proto::msg::AgentStateChanged).size(), heardBefore);
        // Unsubscribed, the lead hears the event again.
        QCOMPARE(WsTestClient::code(m_lead.call(proto::msg::BoardUnsubscribe)), 0);
        QCOMPARE(WsTestClient::code(agent.call(proto::msg::AgentSetState,
                                               {{QStringLiteral("state"), QStringLiteral("Ready")}})),
                 0);
        QVERIFY(QTest::qWaitFor(
            [&] { return m_lead.events(proto::msg::AgentStateChanged).size() > heardBefore; }, 5000));
        QCOMPARE(WsTestClient::code(m_lead.call(proto::msg::BoardSubscribe)), 0);
    }

    void flaggedNoteRaisesAnAlertForTheLead()
    {
        // An agent's call note with a threat in it: the team's lead gets an alert naming the agent, the
        // lint rule and the words; a clean note raises nothing.
        WsTestClient agent;
        QVERIFY(agent.open(m_url));
        QCOMPARE(WsTestClient::code(agent.login(QStringLiteral("agent01"), Demo)), 0);
        const qint64 task = freshTask(QStringLiteral("agent01"));
        QVERIFY(task > 0);
        QJsonObject flagged = record(task, Outcome::Refused);
        flagged.insert(QStringLiteral("note"), QStringLiteral("客户拒绝还款，我说再不还就上门找他"));
        QCOMPARE(firstResult(push(agent, {op(newOpId(), proto::msg::OpInteractionRecord, flagged)}))
                     .value(QStringLiteral("code"))
                     .toInt(),
                 0);
        const auto noteAlert = [this]() -> QJsonObject {
            for (const QJsonObject &e : m_lead.events(proto::msg::AlertRaised))
                if (WsTestClient::body(e).value(QStringLiteral("kind")) == QLatin1String("NoteFlagged"))
                    return WsTestClient::body(e);
            return {};
        };
        QVERIFY(QTest::qWaitFor([&] { return !noteAlert().isEmpty(); }, 5000));
        const QJsonObject detail = noteAlert().value(QStringLiteral("detail")).toObject();
        QCOMPARE(detail.value(QStringLiteral("agent")).toString(), QStringLiteral("agent01"));
        QCOMPARE(detail.value(QStringLiteral("rule")).toString(), QStringLiteral("Threat"));
        QCOMPARE(detail.value(QStringLiteral("match")).toString(), QStringLiteral("上门"));
        QCOMPARE(noteAlert().value(QStringLiteral("team")).toString(), QStringLiteral("north"));
        // Another team's lead hears nothing of it.
        QVERIFY(m_south.barrier());
        for (const QJsonObject &e : m_south.events(proto::msg::AlertRaised))
            QVERIFY(WsTestClient::body(e).value(QStringLiteral("kind")) != QLatin1String("NoteFlagged"));
    }

    void droppedAgentShowsOfflineWithAlert()
    {
        auto agent = std::make_unique<WsTestClient>();
        QVERIFY(agent->open(m_url));
        QCOMPARE(WsTestClient::code(agent->login(QStringLiteral("agent02"), Demo)), 0);
        QCOMPARE(WsTestClient::code(agent->call(proto::msg::AgentSetState,
                                                {{QStringLiteral("state"), QStringLiteral("Ready")}})),
                 0);
        QVERIFY(waitAgent(m_lead, QStringLiteral("agent02"), [](const QJsonObject &a) {
            return a.value(QStringLiteral("state")) == QLatin1String("Ready");
        }));
        agent->socket.abort();  // the workstation vanishes without going Offline
        agent.reset();
        QVERIFY(waitAgent(m_lead, QStringLiteral("agent02"), [](const QJsonObject &a) {
            return a.value(QStringLiteral("state")) == QLatin1String("Offline")
                && !a.value(QStringLiteral("connected")).toBool();
        }));
        QVERIFY(QTest::qWaitFor(
            [this] {
                for (const QJsonObject &e : m_lead.events(proto::msg::AlertRaised))
                    if (WsTestClient::body(e).value(QStringLiteral("kind"))
                        == QLatin1String("AgentDisconnected"))
                        return true;
                return false;
            },
            5000));
        qint64 alertId = 0;
        for (const QJsonObject &e : m_lead.events(proto::msg::AlertRaised))
            if (WsTestClient::body(e).value(QStringLiteral("subject")) == QLatin1String("agent02"))
                alertId = WsTestClient::body(e).value(QStringLiteral("id")).toInteger();
        QVERIFY(alertId > 0);

        // Another team's lead may not acknowledge it; the team's lead does, and it is audited.
        QCOMPARE(
            WsTestClient::code(m_south.call(proto::msg::AlertAck, {{QStringLiteral("alertId"), alertId}})),
            int(proto::StatusCode::Forbidden));
        const QJsonObject acked = m_lead.call(proto::msg::AlertAck, {{QStringLiteral("alertId"), alertId}});
        QCOMPARE(WsTestClient::code(acked), 0);
        QCOMPARE(WsTestClient::body(acked)
                     .value(QStringLiteral("alert"))
                     .toObject()
                     .value(QStringLiteral("acknowledgedBy"))
                     .toString(),
                 QStringLiteral("lead01"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'alert.ack' AND user = 'lead01' "
                                  "AND target = ? AND code = 0"),
                   {QStringLiteral("alert:%1").arg(alertId)})
                .toInt(),
            1);
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT COUNT(*) FROM audit WHERE action = 'alert.ack' AND user = 'lead02'"))
                     .toInt(),
                 1);

        // Back online: the alert clears.
        WsTestClient again;
        QVERIFY(again.open(m_url));
        QCOMPARE(WsTestClient::code(again.login(QStringLiteral("agent02"), Demo)), 0);
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const QJsonObject &e : m_lead.events(proto::msg::AlertCleared))
                    if (WsTestClient::body(e).value(QStringLiteral("id")).toInteger() == alertId)
                        return true;
                return false;
            },
            5000));
    }
};

QTEST_GUILESS_MAIN(TestServerBoard)
#include "tst_serverboard.moc"
