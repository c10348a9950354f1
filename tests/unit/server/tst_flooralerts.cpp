// Floor alerts with a fake clock: each alert is raised when its threshold is reached (not a minute
// before) and cleared when its condition ends; acknowledgement by a lead of the team only.
#include "FloorAlerts.h"

#include <QTest>

using namespace cd;
using namespace cd::server;

namespace {

const QString Team = QStringLiteral("north");
const QDateTime T0(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

FloorAgent agent(AgentState state, const QDateTime &since, bool connected = true, bool dropped = false)
{
    FloorAgent a;
    a.username = QStringLiteral("agent01");
    a.team = Team;
    a.state = state;
    a.since = since;
    a.connected = connected;
    a.dropped = dropped;
    return a;
}

}  // namespace

class TestFloorAlerts : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now = T0;
    AlertThresholds m_t;

    FloorAlerts make()
    {
        return FloorAlerts(m_t, [this] { return m_now; });
    }

private Q_SLOTS:
    void init()
    {
        m_now = T0;
        m_t = AlertThresholds();
        m_t.notReadyMinutes = 15;
        m_t.wrapUpMinutes = 3;
        m_t.callbacksOverdue = 2;
        m_t.queueDepth = 10;
        m_t.oldestTaskMinutes = 60;
        m_t.brokenPromisesPerHour = 3;
    }

    // An agent-state alert: below the threshold nothing, at it raised once, cleared when the state ends.
    void agentTimers_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("kind");
        QTest::newRow("not ready 15 min")
            << int(AgentState::NotReady) << 15 << int(AlertKind::NotReadyTooLong);
        QTest::newRow("wrap-up 3 min") << int(AgentState::WrapUp) << 3 << int(AlertKind::WrapUpTooLong);
    }
    void agentTimers()
    {
        QFETCH(int, state);
        QFETCH(int, minutes);
        QFETCH(int, kind);
        FloorAlerts alerts = make();
        QHash<QString, FloorAgent> agents{{QStringLiteral("agent01"), agent(AgentState(state), T0)}};
        m_now = T0.addSecs(60 * minutes - 1);
        QVERIFY(alerts.evaluate(agents, {}).isEmpty());
        m_now = T0.addSecs(60 * minutes);
        const FloorAlerts::Changes raised = alerts.evaluate(agents, {});
        QCOMPARE(raised.raised.size(), 1);
        QCOMPARE(int(raised.raised.first().kind), kind);
        QCOMPARE(raised.raised.first().subject, QStringLiteral("agent01"));
        QCOMPARE(raised.raised.first().value, qint64(minutes));
        m_now = m_now.addSecs(600);
        QVERIFY(alerts.evaluate(agents, {}).isEmpty());  // still holds: no second alert
        agents[QStringLiteral("agent01")] = agent(AgentState::Ready, m_now);
        const FloorAlerts::Changes cleared = alerts.evaluate(agents, {});
        QCOMPARE(cleared.cleared.size(), 1);
        QCOMPARE(cleared.cleared.first().id, raised.raised.first().id);
        QCOMPARE(alerts.activeCount(), 0);
    }

    void disconnected()
    {
        FloorAlerts alerts = make();
        QHash<QString, FloorAgent> agents{
            {QStringLiteral("agent01"), agent(AgentState::Offline, T0, false, true)}};
        const FloorAlerts::Changes raised = alerts.evaluate(agents, {});
        QCOMPARE(raised.raised.size(), 1);
        QCOMPARE(raised.raised.first().kind, AlertKind::AgentDisconnected);
        agents[QStringLiteral("agent01")] = agent(AgentState::Offline, T0, true, false);  // back
        QCOMPARE(alerts.evaluate(agents, {}).cleared.size(), 1);
        m_t.disconnected = false;
        FloorAlerts off = make();
        agents[QStringLiteral("agent01")] = agent(AgentState::Offline, T0, false, true);
        QVERIFY(off.evaluate(agents, {}).isEmpty());
    }

    // After events the board asks about the agents they changed only: another agent's alert neither
    // clears nor is raised then; the tick (everyone) does both.
    void onlyChangedAgentsBetweenTicks()
    {
        FloorAlerts alerts = make();
        FloorAgent a2 = agent(AgentState::NotReady, T0);
        a2.username = QStringLiteral("agent02");
        QHash<QString, FloorAgent> agents{{QStringLiteral("agent01"), agent(AgentState::NotReady, T0)},
                                          {QStringLiteral("agent02"), a2}};
        m_now = T0.addSecs(15 * 60);
        const QSet<QString> one{QStringLiteral("agent01")};
        const FloorAlerts::Changes first = alerts.evaluate(agents, {}, {}, &one);
        QCOMPARE(first.raised.size(), 1);
        QCOMPARE(first.raised.first().subject, QStringLiteral("agent01"));
        QCOMPARE(alerts.evaluate(agents, {}).raised.size(), 1);  // the tick: agent02's too
        QCOMPARE(alerts.activeCount(), 2);
        // agent02 is back, but only agent01 changed: agent02's alert stays until it is looked at.
        agents[QStringLiteral("agent02")].state = AgentState::Ready;
        QVERIFY(alerts.evaluate(agents, {}, {}, &one).isEmpty());
        QCOMPARE(alerts.activeCount(), 2);
        const QSet<QString> two{QStringLiteral("agent02")};
        const FloorAlerts::Changes back = alerts.evaluate(agents, {}, {}, &two);
        QCOMPARE(back.cleared.size(), 1);
        QCOMPARE(back.cleared.first().subject, QStringLiteral("agent02"));
        QCOMPARE(alerts.activeCount(), 1);
    }

    // Team queue alerts: one below the threshold is quiet, at the threshold raised, back below cleared.
    void queue_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("below");
        QTest::addColumn<int>("at");
        QTest::newRow("callbacks overdue") << int(AlertKind::CallbacksOverdue) << 1 << 2;
        QTest::newRow("queue depth") << int(AlertKind::QueueDepth) << 9 << 10;
        QTest::newRow("oldest task over SLA (minutes)") << int(AlertKind::OldestTaskOverSla) << 59 << 60;
    }
    void queue()
    {
        QFETCH(int, kind);
        QFETCH(int, below);
        QFETCH(int, at);
        const auto queueWith = [this, kind](int v) {
            FloorQueue q;
            if (AlertKind(kind) == AlertKind::CallbacksOverdue)
                q.callbacksOverdue = v;
            else if (AlertKind(kind) == AlertKind::QueueDepth)
                q.open = v;
            else
                q.oldestSince = m_now.addSecs(-60 * v);
            return QHash<QString, FloorQueue>{{Team, q}};
        };
        FloorAlerts alerts = make();
        QVERIFY(alerts.evaluate({}, queueWith(below)).isEmpty());
        const FloorAlerts::Changes raised = alerts.evaluate({}, queueWith(at));
        QCOMPARE(raised.raised.size(), 1);
        QCOMPARE(int(raised.raised.first().kind), kind);
        QCOMPARE(raised.raised.first().team, Team);
        QCOMPARE(raised.raised.first().value, qint64(at));
        QCOMPARE(raised.raised.first().threshold, qint64(at));
        const FloorAlerts::Changes cleared = alerts.evaluate({}, queueWith(below));
        QCOMPARE(cleared.cleared.size(), 1);
        QCOMPARE(cleared.cleared.first().id, raised.raised.first().id);
    }

    // Three broken promises within an hour raise the spike; it clears once the first is an hour old.
    void brokenPromiseSpike()
    {
        FloorAlerts alerts = make();
        alerts.brokenPromise(Team);
        m_now = m_now.addSecs(20 * 60);
        alerts.brokenPromise(Team);
        QVERIFY(alerts.evaluate({}, {}).isEmpty());
        m_now = m_now.addSecs(20 * 60);
        alerts.brokenPromise(Team);
        const FloorAlerts::Changes raised = alerts.evaluate({}, {});
        QCOMPARE(raised.raised.size(), 1);
        QCOMPARE(raised.raised.first().kind, AlertKind::BrokenPromiseSpike);
        QCOMPARE(raised.raised.first().value, qint64(3));
        m_now = T0.addSecs(3600 - 1);
        QVERIFY(alerts.evaluate({}, {}).isEmpty());
        m_now = T0.addSecs(3600);
        QCOMPARE(alerts.evaluate({}, {}).cleared.size(), 1);
    }

    // An override alert stays until a lead of the team acknowledges it; another team's lead may not.
    void overrideNeedsAcknowledgement()
    {
        FloorAlerts alerts = make();
        alerts.complianceOverride(Team, 7, QStringLiteral("lead01"), true);
        const FloorAlerts::Changes raised = alerts.evaluate({}, {});
        QCOMPARE(raised.raised.size(), 1);
        QCOMPARE(raised.raised.first().kind, AlertKind::ComplianceOverride);
        QVERIFY(raised.raised.first().subject.startsWith(QStringLiteral("customer:7")));
        const qint64 id = raised.raised.first().id;
        QVERIFY(alerts.evaluate({}, {}).isEmpty());
        const Viewer other{2, QStringLiteral("lead02"), Role::Lead, QStringLiteral("south")};
        QCOMPARE(alerts.acknowledge(id, other).code(), proto::StatusCode::Forbidden);
        const Viewer agent01{3, QStringLiteral("agent01"), Role::Agent, Team};
        QCOMPARE(alerts.acknowledge(id, agent01).code(), proto::StatusCode::Forbidden);
        const Viewer lead{1, QStringLiteral("lead01"), Role::Lead, Team};
        m_now = m_now.addSecs(30);
        const ServiceResult<FloorAlert> acked = alerts.acknowledge(id, lead);
        QVERIFY(acked.ok());
        QCOMPARE(acked.value().acknowledgedBy, QStringLiteral("lead01"));
        QCOMPARE(acked.value().acknowledgedAt, m_now);
        const FloorAlerts::Changes cleared = alerts.evaluate({}, {});
        QCOMPARE(cleared.cleared.size(), 1);
        QCOMPARE(alerts.acknowledge(id, lead).code(), proto::StatusCode::NotFound);
    }

    // Thresholds from JSON: missing keys keep defaults, a bad value is refused with its key named.
    void thresholdsFromJson()
    {
        const Result<AlertThresholds> t = AlertThresholds::fromJson(
            {{QStringLiteral("queueDepth"), 7}, {QStringLiteral("disconnected"), false}});
        QVERIFY(t.ok());
        QCOMPARE(t.value().queueDepth, 7);
        QCOMPARE(t.value().disconnected, false);
        QCOMPARE(t.value().notReadyMinutes, AlertThresholds().notReadyMinutes);
        const Result<AlertThresholds> bad =
            AlertThresholds::fromJson({{QStringLiteral("wrapUpMinutes"), -1}});
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().detail.contains(QStringLiteral("wrapUpMinutes")));
        QVERIFY(!AlertThresholds::fromJson({{QStringLiteral("complianceOverrides"), 1}}).ok());
    }

    // Every bad file names the offending key; a typo is not silently ignored.
    void thresholdsRefused_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("key");
        QTest::newRow("unknown key (typo)") << QJsonObject{{"notReadyMinute", 20}} << "notReadyMinute";
        QTest::newRow("unknown key beside good ones")
            << QJsonObject{{"queueDepth", 50}, {"lunchMinutes", 60}} << "lunchMinutes";
        QTest::newRow("number as text") << QJsonObject{{"queueDepth", "200"}} << "queueDepth";
        QTest::newRow("fraction") << QJsonObject{{"oldestTaskMinutes", 2.5}} << "oldestTaskMinutes";
        QTest::newRow("switch as number") << QJsonObject{{"disconnected", 0}} << "disconnected";
        QTest::newRow("number as switch") << QJsonObject{{"wrapUpMinutes", true}} << "wrapUpMinutes";
        QTest::newRow("null") << QJsonObject{{"brokenPromisesPerHour", QJsonValue::Null}} << "brokenPromisesPerHour";
    }
    void thresholdsRefused()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, key);
        const Result<AlertThresholds> t = AlertThresholds::fromJson(json);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code, ErrorCode::InvalidInput);
        QVERIFY2(t.error().detail.contains(key), qPrintable(t.error().detail));
    }

    void everyKnownKeyIsAccepted()
    {
        // What toJson() writes reads back: the list of known keys matches the fields.
        AlertThresholds custom;
        custom.notReadyMinutes = 9;
        custom.complianceOverrides = false;
        const Result<AlertThresholds> t = AlertThresholds::fromJson(custom.toJson());
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().detail));
        QCOMPARE(t.value().toJson(), custom.toJson());
    }
};

QTEST_GUILESS_MAIN(TestFloorAlerts)
#include "tst_flooralerts.moc"
