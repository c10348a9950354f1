// The floor board against a real SQLite file and a fake clock: a lead who applies the deltas to the
// snapshot they got always holds what a fresh snapshot shows (no drift), under a seeded random stream
// of state changes, calls, task changes, sessions and time; a board loaded from storage afterwards
// shows the same figures; counts reset at local midnight.
#include "FloorBoard.h"
#include "Envelope.h"
#include "Messages.h"
#include "SqliteStorage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::server;

namespace {

const QTimeZone Shanghai("Asia/Shanghai");

UserRecord user(const QString &name, Role role, const QString &team)
{
    UserRecord u;
    u.username = name;
    u.name = name.toUpper();
    u.role = role;
    u.team = team;
    u.passwordHash = QStringLiteral("x");
    return u;
}

/// A lead's copy of one team's board: the snapshot with every delta applied.
void apply(QJsonObject &board, const QJsonObject &delta)
{
    QJsonArray agents = board.value(QStringLiteral("agents")).toArray();
    for (const QJsonValue &v : delta.value(QStringLiteral("agents")).toArray()) {
        const QString name = v.toObject().value(QStringLiteral("username")).toString();
        bool replaced = false;
        for (int i = 0; i < agents.size(); ++i)
            if (agents[i].toObject().value(QStringLiteral("username")).toString() == name) {
                agents[i] = v;
                replaced = true;
            }
        if (!replaced) {
            int at = 0;
            while (at < agents.size()
                   && agents[at].toObject().value(QStringLiteral("username")).toString() < name)
                ++at;
            agents.insert(at, v);
        }
    }
    board.insert(QStringLiteral("agents"), agents);
    for (const char *key : {"queue", "kpis", "day", "seq"})
        if (delta.contains(QLatin1String(key)))
            board.insert(QLatin1String(key), delta.value(QLatin1String(key)));
    QMap<qint64, QJsonValue> alerts;
    for (const QJsonValue &v : board.value(QStringLiteral("alerts")).toArray())
        alerts.insert(v.toObject().value(QStringLiteral("id")).toInteger(), v);
    for (const QJsonValue &v : delta.value(QStringLiteral("alerts")).toArray())
        alerts.insert(v.toObject().value(QStringLiteral("id")).toInteger(), v);
    for (const QJsonValue &v : delta.value(QStringLiteral("clearedAlerts")).toArray())
        alerts.remove(v.toInteger());
    QJsonArray list;
    for (const QJsonValue &v : alerts)
        list.append(v);
    board.insert(QStringLiteral("alerts"), list);
}

}  // namespace

class TestFloorBoard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStorage> m_storage;
    std::unique_ptr<AuditLog> m_audit;
    QDateTime m_now;
    QStringList m_agents;
    QList<qint64> m_tasks;
    QList<qint64> m_customers;

    FloorConfig config()
    {
        FloorConfig c;
        c.zone = Shanghai;
        c.tickMs = 0;
        c.alerts.queueDepth = 6;
        c.alerts.notReadyMinutes = 10;
        c.alerts.wrapUpMinutes = 2;
        c.alerts.oldestTaskMinutes = 90;
        return c;
    }
    std::unique_ptr<FloorBoard> board()
    {
        auto b = std::make_unique<FloorBoard>(*m_storage, *m_audit, config(), [this] { return m_now; });
        const Result<void> loaded = b->load();
        if (!loaded)
            qWarning("load: %s", qPrintable(loaded.error().detail));
        return b;
    }
    Interaction call(const QString &agent, qint64 taskId, Outcome outcome)
    {
        Interaction i;
        i.taskId = taskId;
        i.customerId = m_storage->task(taskId).value()->task.customerId;
        i.agent = agent;
        i.startedAt = m_now;
        i.endedAt = m_now.addSecs(60);
        i.outcome = outcome;
        if (outcome == Outcome::PromiseToPay) {
            i.promiseAmount = 12'345;
            i.promiseDate = m_now.date().addDays(2);
        }
        i.id = m_storage->insertInteraction(i, QUuid::createUuid().toString()).value();
        return i;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_storage = std::make_unique<SqliteStorage>(
            m_dir.filePath(QStringLiteral("board-%1.db").arg(QDateTime::currentMSecsSinceEpoch())));
        QVERIFY(m_storage->open().ok());
        m_audit = std::make_unique<AuditLog>(*m_storage);
        m_now = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Shanghai).toUTC();
        m_agents.clear();
        m_tasks.clear();
        m_customers.clear();
        for (const QString &team : {QStringLiteral("north"), QStringLiteral("south")}) {
            for (int i = 1; i <= 3; ++i) {
                const QString name = QStringLiteral("%1%2").arg(team).arg(i);
                QVERIFY(m_storage->insertUser(user(name, Role::Agent, team)).ok());
                m_agents << name;
            }
            QVERIFY(m_storage->insertUser(user(QStringLiteral("lead-") + team, Role::Lead, team)).ok());
        }
        for (int c = 0; c < 12; ++c) {
            Customer cu;
            cu.name = QStringLiteral("张三%1").arg(c);
            cu.timeZone = QStringLiteral("Asia/Shanghai");
            const qint64 id = m_storage->insertCustomer(cu, false).value();
            m_customers << id;
            Task t;
            t.customerId = id;
            t.assignee = m_agents[c % m_agents.size()];
            t.due = m_now.addSecs(-60 * 30 * c);
            t.kind = c % 4 == 0 ? TaskKind::Callback : TaskKind::Collection;
            m_tasks << m_storage->insertTask(t, TaskFacts{c * 10, Bucket(c % 5), 1000}, QString()).value();
        }
    }
    void cleanup()
    {
        m_audit.reset();
        m_storage.reset();
    }

    void snapshotPlusDeltasEqualsFreshSnapshot()
    {
        auto b = board();
        QHash<QString, QJsonObject> copies;
        for (const QString &team : b->teams())
            copies.insert(team, b->snapshot(team));
        QCOMPARE(copies.size(), 2);
        int deltas = 0;
        bool ordered = true;
        connect(b.get(), &FloorBoard::deltaSent, this, [&](const QString &team, const QJsonObject &delta) {
            QJsonObject &copy = copies[team];
            ordered = ordered
                && delta.value(QStringLiteral("seq")).toInteger()
                    == copy.value(QStringLiteral("seq")).toInteger() + 1;
            apply(copy, delta);
            ++deltas;
        });

        QRandomGenerator rng(20261123);
        const QList<Outcome> outcomes{Outcome::NoAnswer, Outcome::Busy,         Outcome::RightPartyContact,
                                      Outcome::Refused,  Outcome::PromiseToPay, Outcome::ThirdParty,
                                      Outcome::Callback};
        const QList<AgentState> states{AgentState::Ready, AgentState::NotReady, AgentState::Busy,
                                       AgentState::WrapUp, AgentState::Offline};
        for (int step = 0; step < 600; ++step) {
            const QString agent = m_agents[rng.bounded(int(m_agents.size()))];
            const Viewer v = Viewer::of(*m_storage->userByName(agent).value());
            switch (rng.bounded(7)) {
            case 0: {
                const AgentState s = states[rng.bounded(int(states.size()))];
                const QString reason = s == AgentState::NotReady ? QStringLiteral("培训") : QString();
                QVERIFY(m_storage->setAgentState(v.userId, s, reason, m_now).ok());
                Notice n;
                n.type = proto::msg::AgentStateChanged;
                n.body = {{QStringLiteral("agent"), agent},
                          {QStringLiteral("state"), enumKey(s)},
                          {QStringLiteral("reason"), reason},
                          {QStringLiteral("since"), proto::isoUtc(m_now)}};
                b->onNotice(n);
                break;
            }
            case 1:
            case 2:
                b->onInteraction(call(agent, m_tasks[rng.bounded(int(m_tasks.size()))],
                                      outcomes[rng.bounded(int(outcomes.size()))]));
                break;
            case 3: {
                const qint64 id = m_tasks[rng.bounded(int(m_tasks.size()))];
                Task t = m_storage->task(id).value()->task;
                t.status = TaskStatus(rng.bounded(3));
                t.assignee = m_agents[rng.bounded(int(m_agents.size()))];
                t.due = m_now.addSecs(-60 * rng.bounded(200));
                QVERIFY(m_storage->updateTask(t).ok());
                Notice n;
                n.type = rng.bounded(2) ? proto::msg::TaskUpdated : proto::msg::TaskAssigned;
                n.body = {{QStringLiteral("taskId"), id}};
                b->onNotice(n);
                break;
            }
            case 4:
                if (rng.bounded(2))
                    b->onSessionStarted(v);
                else
                    b->onSessionEnded(v);
                break;
            case 5:
                m_now = m_now.addSecs(rng.bounded(240));
                b->tick();
                break;
            default:
                QCoreApplication::processEvents();  // the event loop's flush
                break;
            }
        }
        b->tick();
        QVERIFY(deltas > 100);
        QVERIFY(ordered);
        for (const QString &team : b->teams())
            QCOMPARE(copies.value(team), b->snapshot(team));

        // A board loaded from storage now shows the same figures (states, counts, queues, KPIs).
        auto fresh = board();
        for (const QString &team : b->teams()) {
            const QJsonObject live = b->snapshot(team);
            const QJsonObject loaded = fresh->snapshot(team);
            QCOMPARE(loaded.value(QStringLiteral("queue")), live.value(QStringLiteral("queue")));
            QCOMPARE(loaded.value(QStringLiteral("kpis")), live.value(QStringLiteral("kpis")));
            QVERIFY(live.value(QStringLiteral("kpis")).toObject().value(QStringLiteral("attempts")).toInt()
                    > 0);
        }
        for (const QString &agent : std::as_const(m_agents)) {
            QCOMPARE(fresh->agent(agent)->today.toJson(), b->agent(agent)->today.toJson());
            QCOMPARE(fresh->agent(agent)->taskId, b->agent(agent)->taskId);
            QCOMPARE(fresh->agent(agent)->customer, b->agent(agent)->customer);
        }
    }

    // A lead's client that subscribes again (it saw a gap) gets fresh snapshots, and a delta flushed
    // between the answer and those snapshots still reaches it: the session sees every seq of its team,
    // and the snapshot that follows carries the same seq.
    void subscribingAgainKeepsEverySeq()
    {
        auto b = board();
        QObject session;
        QList<proto::Envelope> frames;
        const Viewer lead = Viewer::of(*m_storage->userByName(QStringLiteral("lead-north")).value());
        const auto send = [&frames](const QByteArray &frame) {
            const proto::Decoded d = proto::decode(frame);
            QVERIFY(d.envelope);
            frames << *d.envelope;
        };
        const auto seqs = [&frames](const QString &type) {
            QList<qint64> out;
            for (const proto::Envelope &e : std::as_const(frames))
                if (e.type == type && e.body.value(QStringLiteral("team")).toString() == QLatin1String("north"))
                    out << e.body.value(QStringLiteral("seq")).toInteger();
            return out;
        };
        QVERIFY(b->subscribe(&session, lead, send).ok());
        QCoreApplication::processEvents();
        QCOMPARE(seqs(proto::msg::BoardSnapshot), QList<qint64>{0});

        const auto change = [&](AgentState s) {
            const Viewer v = Viewer::of(*m_storage->userByName(QStringLiteral("north1")).value());
            QVERIFY(m_storage->setAgentState(v.userId, s, QString(), m_now).ok());
            Notice n;
            n.type = proto::msg::AgentStateChanged;
            n.body = {{QStringLiteral("agent"), QStringLiteral("north1")},
                      {QStringLiteral("state"), enumKey(s)},
                      {QStringLiteral("reason"), QString()},
                      {QStringLiteral("since"), proto::isoUtc(m_now)}};
            b->onNotice(n);
        };
        change(AgentState::Ready);
        b->flush();
        QCOMPARE(seqs(proto::msg::BoardDelta), QList<qint64>{1});

        // A change, the subscribe, and the event loop's flush before the queued snapshots.
        frames.clear();
        change(AgentState::NotReady);
        QVERIFY(b->subscribe(&session, lead, send).ok());
        QCOMPARE(b->subscriberCount(), 1);
        b->flush();
        QCoreApplication::processEvents();
        QCOMPARE(seqs(proto::msg::BoardDelta), QList<qint64>{2});
        QCOMPARE(seqs(proto::msg::BoardSnapshot), QList<qint64>{2});
        QCOMPARE(frames.first().type, proto::msg::BoardDelta);

        // After the snapshots, deltas go on from there (once, not twice).
        frames.clear();
        change(AgentState::Ready);
        b->flush();
        QCOMPARE(seqs(proto::msg::BoardDelta), QList<qint64>{3});
        QVERIFY(seqs(proto::msg::BoardSnapshot).isEmpty());

        // A session that goes away is dropped at the next subscribe.
        {
            QObject other;
            QVERIFY(b->subscribe(&other, lead, send).ok());
            QCOMPARE(b->subscriberCount(), 2);
        }
        QObject third;
        QVERIFY(b->subscribe(&third, lead, send).ok());
        QCOMPARE(b->subscriberCount(), 2);
    }

    // The current task shows the customer masked; a promise counts with its amount.
    void countsAndMaskedCustomer()
    {
        auto b = board();
        QSignalSpy deltas(b.get(), &FloorBoard::deltaSent);
        b->onInteraction(call(QStringLiteral("north1"), m_tasks[0], Outcome::PromiseToPay));
        b->onInteraction(call(QStringLiteral("north1"), m_tasks[0], Outcome::NoAnswer));
        b->flush();
        QCOMPARE(deltas.size(), 1);
        const QJsonObject delta = deltas.first().at(1).toJsonObject();
        const QJsonObject a = delta.value(QStringLiteral("agents")).toArray().first().toObject();
        QCOMPARE(a.value(QStringLiteral("task")).toObject().value(QStringLiteral("customer")).toString(),
                 QStringLiteral("张**"));  // "张三0": the first character only
        const QJsonObject today = a.value(QStringLiteral("today")).toObject();
        QCOMPARE(today.value(QStringLiteral("attempts")).toInt(), 2);
        QCOMPARE(today.value(QStringLiteral("connects")).toInt(), 1);
        QCOMPARE(today.value(QStringLiteral("rightParty")).toInt(), 1);
        QCOMPARE(today.value(QStringLiteral("promiseAmount")).toInteger(), 12'345);
        const QJsonObject kpis = delta.value(QStringLiteral("kpis")).toObject();
        QCOMPARE(kpis.value(QStringLiteral("connectRate")).toDouble(), 0.5);
        QCOMPARE(kpis.value(QStringLiteral("ptpRate")).toDouble(), 1.0);
        QVERIFY(!QJsonDocument(delta).toJson().contains("张三"));
    }

    // At local midnight every count goes back to zero and the delta says so; a call after counts anew.
    void dayRollover()
    {
        m_now = QDateTime(QDate(2026, 11, 23), QTime(23, 58), Shanghai).toUTC();
        auto b = board();
        b->onInteraction(call(QStringLiteral("south2"), m_tasks[4], Outcome::RightPartyContact));
        b->onPayment(m_customers[4], 5000, m_now);  // credited to south2, who holds the customer's task
        b->flush();
        QCOMPARE(b->agent(QStringLiteral("south2"))->today.attempts, 1);
        QCOMPARE(b->agent(QStringLiteral("south2"))->today.collected, 5000);
        QSignalSpy deltas(b.get(), &FloorBoard::deltaSent);
        m_now = QDateTime(QDate(2026, 11, 24), QTime(0, 0, 1), Shanghai).toUTC();
        b->tick();
        QVERIFY(!deltas.isEmpty());
        bool sawSouth = false;
        for (const QList<QVariant> &d : std::as_const(deltas)) {
            const QJsonObject delta = d.at(1).toJsonObject();
            QCOMPARE(delta.value(QStringLiteral("day")).toString(), QStringLiteral("2026-11-24"));
            if (d.at(0).toString() != QLatin1String("south"))
                continue;
            sawSouth = true;
            QCOMPARE(delta.value(QStringLiteral("kpis")).toObject().value(QStringLiteral("attempts")).toInt(),
                     0);
            QCOMPARE(
                delta.value(QStringLiteral("kpis")).toObject().value(QStringLiteral("collected")).toInt(), 0);
        }
        QVERIFY(sawSouth);
        QCOMPARE(b->agent(QStringLiteral("south2"))->today.attempts, 0);
        b->onInteraction(call(QStringLiteral("south2"), m_tasks[4], Outcome::Busy));
        QCOMPARE(b->agent(QStringLiteral("south2"))->today.attempts, 1);
        // Loaded after midnight, yesterday's calls do not count either.
        auto fresh = board();
        QCOMPARE(fresh->agent(QStringLiteral("south2"))->today.attempts, 1);
    }
};

QTEST_GUILESS_MAIN(TestFloorBoard)
#include "tst_floorboard.moc"
