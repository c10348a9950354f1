// The supervisor's client side against the real server: a lead's SyncClient subscribes, BoardState
// follows an agent's state changes from the deltas, and what it holds equals a fresh subscription's
// snapshot (no drift); a task.reassign sent the way the supervisor view sends it is answered.
#include "ServerFixture.h"

#include "BoardState.h"
#include "LocalStore.h"
#include "Messages.h"
#include "SyncClient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace cdtest;

class TestSupervisorBoard : public ServerFixture
{
    Q_OBJECT

    std::unique_ptr<cd::LocalStore> m_store;
    std::unique_ptr<cd::SyncClient> m_client;

    /// Sends `type` through the lead's SyncClient and waits for the answer.
    cd::proto::Envelope ask(const QString &type, const QJsonObject &body)
    {
        cd::proto::Envelope answer;
        bool done = false;
        m_client->request(type, body, this, [&](const cd::proto::Envelope &e, bool offline) {
            answer = e;
            done = !offline;
        });
        if (!QTest::qWaitFor([&] { return done; }, 5000))
            qWarning() << "no answer to" << type;
        return answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        startServer();
        m_store = std::make_unique<cd::LocalStore>();
        QVERIFY(m_store->open(QStringLiteral(":memory:")).ok());
        m_client = std::make_unique<cd::SyncClient>(*m_store);
        m_client->setServerUrl(m_url);
        QSignalSpy loggedIn(m_client.get(), &cd::SyncClient::loggedIn);
        m_client->login(QStringLiteral("lead01"), Demo, QStringLiteral("tst_supervisorboard"));
        QVERIFY(loggedIn.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), cd::SyncClient::State::Online, 10000);
    }

    void deltasFollowTheFloorWithoutDrift()
    {
        cd::BoardState board;
        QSignalSpy resync(&board, &cd::BoardState::resubscribeNeeded);
        connect(m_client.get(), &cd::SyncClient::serverEvent, &board, &cd::BoardState::handleEvent);
        const cd::proto::Envelope sub = ask(cd::proto::msg::BoardSubscribe, {});
        QVERIFY(sub.ok());
        QCOMPARE(sub.body.value(QStringLiteral("teams")).toArray().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(board.team(QStringLiteral("north")) != nullptr, 5000);

        WsTestClient agent;
        QVERIFY(agent.open(m_url));
        QCOMPARE(WsTestClient::code(agent.login(QStringLiteral("agent01"), Demo)), 0);
        QCOMPARE(WsTestClient::code(agent.call(cd::proto::msg::AgentSetState, {{"state", "Ready"}})), 0);
        // (The fixture seeds its users after the board loaded: agent01 appears with its first change.)
        QTRY_VERIFY_WITH_TIMEOUT(board.agent(QStringLiteral("agent01"))
                                     && board.agent(QStringLiteral("agent01"))->state == cd::BoardState::FloorState::Ready,
                                 5000);
        QCOMPARE(WsTestClient::code(agent.call(cd::proto::msg::AgentSetState, {{"state", "NotReady"}, {"reason", "Break"}})), 0);
        QTRY_VERIFY_WITH_TIMEOUT(board.agent(QStringLiteral("agent01"))->state == cd::BoardState::FloorState::NotReady, 5000);
        QCOMPARE(board.agent(QStringLiteral("agent01"))->reason, QStringLiteral("Break"));
        QVERIFY(board.agent(QStringLiteral("agent01"))->connected);
        QCOMPARE(resync.count(), 0);

        // A fresh subscription's snapshot holds what the deltas built. The old state keeps getting the
        // deltas (not the new snapshot): the server sends a delta flushed while the new subscription is
        // made (the board's tick, the engine's sweep) before the snapshot that contains it, so the old
        // state gets every seq and the two meet at the same seq.
        cd::BoardState fresh;
        disconnect(m_client.get(), &cd::SyncClient::serverEvent, &board, &cd::BoardState::handleEvent);
        connect(m_client.get(), &cd::SyncClient::serverEvent, &board, [&board](const QString &type, const QJsonObject &body) {
            if (type == cd::proto::msg::BoardDelta)
                board.handleEvent(type, body);
        });
        connect(m_client.get(), &cd::SyncClient::serverEvent, &fresh, &cd::BoardState::handleEvent);
        QVERIFY(ask(cd::proto::msg::BoardSubscribe, {}).ok());
        QTRY_VERIFY_WITH_TIMEOUT(fresh.team(QStringLiteral("north")) != nullptr, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(fresh.team(QStringLiteral("north"))->seq, board.team(QStringLiteral("north"))->seq, 5000);
        disconnect(m_client.get(), &cd::SyncClient::serverEvent, &board, nullptr);
        const auto a = board.agents(), b = fresh.agents();
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(a.at(i).username, b.at(i).username);
            QCOMPARE(a.at(i).state, b.at(i).state);
            QCOMPARE(a.at(i).since, b.at(i).since);
            QCOMPARE(a.at(i).connected, b.at(i).connected);
            QVERIFY(a.at(i).today == b.at(i).today);
        }
        QCOMPARE(board.queue().open, fresh.queue().open);
        QVERIFY(board.kpis().counts == fresh.kpis().counts);
        QCOMPARE(board.alerts().size(), fresh.alerts().size());
        QCOMPARE(fresh.team(QStringLiteral("north"))->seq, board.team(QStringLiteral("north"))->seq);
        QVERIFY(ask(cd::proto::msg::BoardUnsubscribe, {}).ok());
    }

    void reassignIsAnswered()
    {
        // A task of agent01 (the lead's cache has the team's tasks after the first pull).
        QTRY_VERIFY_WITH_TIMEOUT(m_client->revision() > 0, 10000);
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM tasks WHERE assignee = 'agent01' AND status <> 'Done' LIMIT 1")));
        QVERIFY(q.next());
        const qint64 taskId = q.value(0).toLongLong();
        const cd::proto::Envelope answer =
            ask(cd::proto::msg::TaskReassign, {{"taskId", taskId}, {"assignee", "agent02"}});
        QVERIFY2(answer.ok(), qPrintable(answer.error));
        QCOMPARE(answer.body.value(QStringLiteral("assignee")).toString(), QStringLiteral("agent02"));
    }
};

QTEST_GUILESS_MAIN(TestSupervisorBoard)
#include "tst_supervisorboard.moc"
