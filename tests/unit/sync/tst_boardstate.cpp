// The supervisor's copy of the floor board: a snapshot followed by a random stream of deltas ends
// equal to the server's final snapshot; a missed delta asks for one new subscription (not one per
// later delta) and applies nothing until the fresh snapshot; stale deltas change nothing; alerts are
// raised once, acknowledged and cleared whichever of delta / alert event comes first; per-hour
// figures add up the KPI changes seen.
#include "BoardState.h"
#include "Messages.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace cd;

namespace {

const QDateTime T0(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

QString iso(const QDateTime &t) { return t.isValid() ? t.toString(Qt::ISODateWithMs) : QString(); }

/// A team's board as the server would hold it, to build snapshots and deltas from.
struct FakeTeam {
    QString team = QStringLiteral("A");
    qint64 seq = 0;
    QString day = QStringLiteral("2026-11-23");
    QMap<QString, QJsonObject> agents;
    QJsonObject queue;
    QJsonObject kpis;
    QMap<qint64, QJsonObject> alerts;

    QJsonObject snapshot() const
    {
        QJsonArray a, al;
        for (const QJsonObject &o : agents)
            a << o;
        for (const QJsonObject &o : alerts)
            al << o;
        return {{"team", team}, {"seq", seq}, {"day", day}, {"agents", a},
                {"queue", queue}, {"kpis", kpis}, {"alerts", al}};
    }
};

QJsonObject counts(int attempts, int connects, int rpc = 0, int promises = 0, qint64 amount = 0, qint64 collected = 0)
{
    return {{"attempts", attempts}, {"connects", connects}, {"rightParty", rpc},
            {"promises", promises}, {"promiseAmount", amount}, {"collected", collected}};
}

QJsonObject agent(const QString &user, const QString &state, const QDateTime &since, const QJsonObject &today,
                  const QString &team = QStringLiteral("A"))
{
    return {{"username", user}, {"name", user.toUpper()}, {"team", team}, {"state", state}, {"reason", ""},
            {"since", iso(since)}, {"connected", true}, {"today", today}};
}

QJsonObject alertJson(qint64 id, const QString &kind, const QString &subject, const QString &team = QStringLiteral("A"))
{
    return {{"id", id}, {"kind", kind}, {"team", team}, {"subject", subject}, {"value", 16}, {"threshold", 15},
            {"raisedAt", iso(T0.addSecs(id))}};
}

/// Everything the view shows, as one comparable text.
QString dump(const BoardState &b)
{
    QStringList out;
    for (const QString &t : b.teams()) {
        const BoardState::Team *team = b.team(t);
        out << QStringLiteral("team %1 day %2").arg(t, team->day.toString(Qt::ISODate));
        for (const BoardState::Agent &a : team->agents)
            out << QStringLiteral("agent %1 %2 %3 %4 %5 task %6/%7 %8 | %9 %10 %11 %12 %13 %14")
                       .arg(a.username, a.name, enumKey(a.state), a.reason, iso(a.since))
                       .arg(a.taskId)
                       .arg(a.customerId)
                       .arg(a.customer)
                       .arg(a.today.attempts)
                       .arg(a.today.connects)
                       .arg(a.today.rightParty)
                       .arg(a.today.promises)
                       .arg(a.today.promiseAmount)
                       .arg(a.today.collected);
        QStringList depth;
        for (auto it = team->queue.depth.cbegin(); it != team->queue.depth.cend(); ++it)
            depth << enumKey(it.key()) + QLatin1Char('=') + QString::number(it.value());
        out << QStringLiteral("queue %1 open %2 oldest %3 %4 cb %5")
                   .arg(depth.join(QLatin1Char(',')))
                   .arg(team->queue.open)
                   .arg(team->queue.oldestTaskId)
                   .arg(iso(team->queue.oldestSince))
                   .arg(team->queue.callbacksOverdue);
        out << QStringLiteral("kpis %1 %2 %3").arg(team->kpis.counts.attempts).arg(team->kpis.counts.connects).arg(team->kpis.connectRate);
    }
    for (const BoardState::Alert &a : b.alerts())
        out << QStringLiteral("alert %1 %2 %3 %4 ack %5").arg(a.id).arg(enumKey(a.kind), a.team, a.subject, a.acknowledgedBy);
    return out.join(QLatin1Char('\n'));
}

}  // namespace

class TstBoardState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshotThenDeltasEqualFinalSnapshot()
    {
        FakeTeam server;
        const QStringList users{"agent01", "agent02", "agent03", "agent04"};
        const QStringList states{"Ready", "NotReady", "Busy", "WrapUp", "Offline"};
        for (const QString &u : users)
            server.agents.insert(u, agent(u, "Offline", T0, counts(0, 0)));
        server.queue = QJsonObject{{"depth", QJsonObject{{"M1", 3}}}, {"open", 3}, {"oldestTaskId", 11},
                                   {"oldestSince", iso(T0)}, {"callbacksOverdue", 0}};
        server.kpis = counts(0, 0);
        server.seq = 4;

        BoardState board;
        QSignalSpy resync(&board, &BoardState::resubscribeNeeded);
        QVERIFY(board.handleEvent(proto::msg::BoardSnapshot, server.snapshot()));

        QRandomGenerator rng(20261123);
        int attempts = 0, connects = 0;
        qint64 nextAlert = 1;
        for (int i = 0; i < 400; ++i) {
            QJsonObject delta{{"team", "A"}, {"seq", ++server.seq}, {"day", server.day}};
            const int what = rng.bounded(5);
            if (what == 0 || what == 1) {
                const QString u = users.at(rng.bounded(users.size()));
                QJsonObject a = server.agents.value(u);
                a["state"] = states.at(rng.bounded(states.size()));
                a["since"] = iso(T0.addSecs(i * 7));
                if (what == 1) {
                    QJsonObject today = a["today"].toObject();
                    today["attempts"] = today["attempts"].toInt() + 1;
                    ++attempts;
                    if (rng.bounded(2)) {
                        today["connects"] = today["connects"].toInt() + 1;
                        ++connects;
                    }
                    a["today"] = today;
                    a["task"] = QJsonObject{{"taskId", 100 + i}, {"customerId", 7}, {"customer", QStringLiteral("王*")}};
                    server.kpis = counts(attempts, connects);
                    server.kpis["connectRate"] = double(connects) / attempts;
                    delta["kpis"] = server.kpis;
                }
                server.agents.insert(u, a);
                delta["agents"] = QJsonArray{a};
            } else if (what == 2) {
                const int depth = int(rng.bounded(50));
                server.queue = QJsonObject{{"depth", QJsonObject{{"M1", depth}, {"M2", 1}}}, {"open", depth + 1},
                                           {"oldestTaskId", 11 + i}, {"oldestSince", iso(T0.addSecs(i))},
                                           {"callbacksOverdue", int(rng.bounded(3))}};
                delta["queue"] = server.queue;
            } else if (what == 3) {
                const QJsonObject a = alertJson(nextAlert++, "NotReadyTooLong", users.at(rng.bounded(4)));
                server.alerts.insert(a["id"].toInteger(), a);
                delta["alerts"] = QJsonArray{a};
                if (rng.bounded(2))  // the alert event sometimes arrives before its delta
                    board.handleEvent(proto::msg::AlertRaised, a);
            } else if (!server.alerts.isEmpty()) {
                const qint64 id = server.alerts.firstKey();
                if (rng.bounded(2)) {
                    QJsonObject a = server.alerts.value(id);
                    a["acknowledgedBy"] = "lead01";
                    a["acknowledgedAt"] = iso(T0.addSecs(i));
                    server.alerts.insert(id, a);
                    delta["alerts"] = QJsonArray{a};
                } else {
                    server.alerts.remove(id);
                    delta["clearedAlerts"] = QJsonArray{id};
                }
            }
            QVERIFY(board.handleEvent(proto::msg::BoardDelta, delta));
            if (i % 50 == 0)  // a duplicate changes nothing
                QVERIFY(board.handleEvent(proto::msg::BoardDelta, delta));
        }
        QCOMPARE(resync.count(), 0);

        BoardState fresh;
        fresh.handleEvent(proto::msg::BoardSnapshot, server.snapshot());
        QCOMPARE(dump(board), dump(fresh));
        QCOMPARE(board.team("A")->seq, server.seq);
        QCOMPARE(board.kpis().counts.attempts, attempts);
        QVERIFY(attempts > 0);
    }

    void gapAsksForOneResubscription()
    {
        FakeTeam server;
        server.seq = 5;
        server.agents.insert("agent01", agent("agent01", "Ready", T0, counts(0, 0)));
        BoardState board;
        QSignalSpy resync(&board, &BoardState::resubscribeNeeded);
        board.handleEvent(proto::msg::BoardSnapshot, server.snapshot());

        const QJsonObject busy = agent("agent01", "Busy", T0.addSecs(60), counts(1, 1));
        board.handleEvent(proto::msg::BoardDelta, {{"team", "A"}, {"seq", 7}, {"day", server.day}, {"agents", QJsonArray{busy}}});
        QCOMPARE(resync.count(), 1);
        QCOMPARE(board.agent("agent01")->state, BoardState::FloorState::Ready);  // not applied across the gap
        board.handleEvent(proto::msg::BoardDelta, {{"team", "A"}, {"seq", 8}, {"day", server.day}, {"agents", QJsonArray{busy}}});
        QCOMPARE(resync.count(), 1);  // still waiting for the snapshot: no second request

        server.seq = 8;
        server.agents.insert("agent01", busy);
        board.handleEvent(proto::msg::BoardSnapshot, server.snapshot());
        QCOMPARE(board.agent("agent01")->state, BoardState::FloorState::Busy);
        const QJsonObject wrap = agent("agent01", "WrapUp", T0.addSecs(120), counts(1, 1));
        board.handleEvent(proto::msg::BoardDelta, {{"team", "A"}, {"seq", 9}, {"day", server.day}, {"agents", QJsonArray{wrap}}});
        QCOMPARE(board.agent("agent01")->state, BoardState::FloorState::WrapUp);
        QCOMPARE(resync.count(), 1);

        // A later gap asks again.
        board.handleEvent(proto::msg::BoardDelta, {{"team", "A"}, {"seq", 11}, {"day", server.day}});
        QCOMPARE(resync.count(), 2);
    }

    void deltaForUnknownTeamAsksForSnapshot()
    {
        BoardState board;
        QSignalSpy resync(&board, &BoardState::resubscribeNeeded);
        board.handleEvent(proto::msg::BoardDelta, {{"team", "B"}, {"seq", 3}, {"day", "2026-11-23"}});
        QCOMPARE(resync.count(), 1);
        QVERIFY(board.teams().isEmpty());
    }

    void staleDeltaChangesNothing()
    {
        FakeTeam server;
        server.seq = 10;
        server.agents.insert("agent01", agent("agent01", "Ready", T0, counts(2, 1)));
        BoardState board;
        QSignalSpy resync(&board, &BoardState::resubscribeNeeded);
        board.handleEvent(proto::msg::BoardSnapshot, server.snapshot());
        const QString before = dump(board);
        board.handleEvent(proto::msg::BoardDelta,
                          {{"team", "A"}, {"seq", 9}, {"day", server.day},
                           {"agents", QJsonArray{agent("agent01", "Offline", T0.addSecs(-60), counts(1, 0))}}});
        QCOMPARE(dump(board), before);
        QCOMPARE(board.staleDeltas(), 1);
        QCOMPARE(resync.count(), 0);
    }

    void alertsRaisedAcknowledgedCleared()
    {
        FakeTeam server;
        server.seq = 1;
        BoardState board;
        board.handleEvent(proto::msg::BoardSnapshot, server.snapshot());
        QSignalSpy raised(&board, &BoardState::alertRaised);
        QSignalSpy changed(&board, &BoardState::alertsChanged);

        const QJsonObject a = alertJson(42, "WrapUpTooLong", "agent02");
        board.handleEvent(proto::msg::AlertRaised, a);
        board.handleEvent(proto::msg::BoardDelta, {{"team", "A"}, {"seq", 2}, {"day", server.day}, {"alerts", QJsonArray{a}}});
        QCOMPARE(raised.count(), 1);  // the event and its delta are one alert
        QCOMPARE(board.alerts().size(), 1);
        QCOMPARE(board.alerts().first().kind, BoardState::AlertKind::WrapUpTooLong);
        QVERIFY(!board.alerts().first().acknowledged());

        QJsonObject acked = a;
        acked["acknowledgedBy"] = "lead01";
        acked["acknowledgedAt"] = iso(T0.addSecs(300));
        board.applyAlert(acked);  // the alert.ack answer
        QVERIFY(board.alert(42)->acknowledged());
        QCOMPARE(board.alert(42)->acknowledgedBy, QStringLiteral("lead01"));
        QCOMPARE(raised.count(), 1);

        board.handleEvent(proto::msg::AlertCleared, a);
        QVERIFY(!board.alert(42));
        QVERIFY(changed.count() >= 3);

        // Cleared through the delta too; an unknown kind is kept (worded generically by the UI).
        const QJsonObject b = alertJson(43, "SomethingNew", "");
        board.handleEvent(proto::msg::BoardDelta, {{"team", "A"}, {"seq", 3}, {"day", server.day}, {"alerts", QJsonArray{b}}});
        QCOMPARE(board.alert(43)->kind, BoardState::AlertKind::Unknown);
        board.handleEvent(proto::msg::BoardDelta, {{"team", "A"}, {"seq", 4}, {"day", server.day}, {"clearedAlerts", QJsonArray{43}}});
        QVERIFY(board.alerts().isEmpty());
    }

    void hourlyFiguresAddUpKpiChanges()
    {
        QDateTime now(QDate(2026, 11, 23), QTime(9, 10));
        BoardState board;
        board.setClock([&now] { return now; });
        FakeTeam server;
        server.kpis = counts(10, 4);
        board.handleEvent(proto::msg::BoardSnapshot, server.snapshot());
        QCOMPARE(board.hourly().attempts[9], 0);  // what happened before the view opened is unknown
        QCOMPARE(board.hourly().since, now);

        now = now.addSecs(20 * 60);
        board.handleEvent(proto::msg::BoardDelta, {{"team", "A"}, {"seq", 1}, {"day", server.day}, {"kpis", counts(13, 5)}});
        now = QDateTime(QDate(2026, 11, 23), QTime(10, 5));
        board.handleEvent(proto::msg::BoardDelta, {{"team", "A"}, {"seq", 2}, {"day", server.day}, {"kpis", counts(14, 5)}});
        QCOMPARE(board.hourly().attempts[9], 3);
        QCOMPARE(board.hourly().connects[9], 1);
        QCOMPARE(board.hourly().attempts[10], 1);
        QCOMPARE(board.hourly().connects[10], 0);

        // Midnight: the new day starts from zero.
        now = QDateTime(QDate(2026, 11, 24), QTime(0, 0, 1));
        board.handleEvent(proto::msg::BoardDelta, {{"team", "A"}, {"seq", 3}, {"day", "2026-11-24"}, {"kpis", counts(0, 0)}});
        QCOMPARE(board.hourly().day, QDate(2026, 11, 24));
        QCOMPARE(board.hourly().attempts[9], 0);
    }

    void adminSeesTeamsAddedUp()
    {
        BoardState board;
        FakeTeam a, b;
        b.team = "B";
        a.kpis = counts(10, 5, 4, 2);
        b.kpis = counts(30, 15, 6, 3);
        a.queue = QJsonObject{{"depth", QJsonObject{{"M1", 3}}}, {"open", 3}, {"oldestSince", iso(T0)}, {"oldestTaskId", 1}};
        b.queue = QJsonObject{{"depth", QJsonObject{{"M1", 2}, {"M3", 4}}}, {"open", 6}, {"oldestSince", iso(T0.addSecs(-600))}, {"oldestTaskId", 2}, {"callbacksOverdue", 2}};
        board.handleEvent(proto::msg::BoardSnapshot, a.snapshot());
        board.handleEvent(proto::msg::BoardSnapshot, b.snapshot());
        QCOMPARE(board.teams(), QStringList({"A", "B"}));
        const BoardState::Kpis k = board.kpis();
        QCOMPARE(k.counts.attempts, 40);
        QCOMPARE(k.connectRate, 0.5);
        QCOMPARE(k.ptpRate, 0.5);
        const BoardState::Queue q = board.queue();
        QCOMPARE(q.depth.value(Bucket::M1), 5);
        QCOMPARE(q.open, 9);
        QCOMPARE(q.oldestTaskId, qint64(2));
        QCOMPARE(q.callbacksOverdue, 2);

        board.setTeams({"B"});  // a new subscription sees one team only
        QCOMPARE(board.teams(), QStringList({"B"}));
        QCOMPARE(board.kpis().counts.attempts, 30);
    }
};

QTEST_GUILESS_MAIN(TstBoardState)
#include "tst_boardstate.moc"
