// Sync over the wire, checked against the database behind the server: sync.pull shows each role what
// it may see (and pages), sync.push is idempotent and refuses someone else's or a closed task (with an
// audit row), and events reach only the sessions that may see them (agent states, reassignment).
#include "Hub.h"
#include "ServerFixture.h"

using namespace cd;
using namespace cd::server;
using namespace cdtest;

class TestServerSync : public ServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startServer(); }
    void cleanupTestCase() { m_server.reset(); }

    void pullGivesAgentOnlyTheirCustomers()
    {
        WsTestClient c;
        QVERIFY(c.open(m_url));
        QCOMPARE(WsTestClient::code(c.login(QStringLiteral("agent01"), Demo)), 0);
        qint64 revision = 0;
        const QList<QJsonObject> changes = pullAll(c, 0, &revision);
        QVERIFY(!changes.isEmpty());
        QSet<qint64> customers;
        QMap<QString, int> perEntity;
        for (const QJsonObject &ch : changes) {
            const QString entity = ch.value(QStringLiteral("entity")).toString();
            const QJsonObject data = ch.value(QStringLiteral("data")).toObject();
            ++perEntity[entity];
            if (entity == QLatin1String("customer"))
                customers.insert(ch.value(QStringLiteral("id")).toInteger());
            if (entity == QLatin1String("task"))
                QCOMPARE(data.value(QStringLiteral("assignee")).toString(), QStringLiteral("agent01"));
            if (entity == QLatin1String("loan"))
                QVERIFY(!data.value(QStringLiteral("installments")).toArray().isEmpty());
            if (entity != QLatin1String("script") && entity != QLatin1String("smsTemplate"))  // for everyone
                QVERIFY2(customers.contains(entity == QLatin1String("customer")
                                                ? ch.value(QStringLiteral("id")).toInteger()
                                                : data.value(QStringLiteral("customerId")).toInteger()),
                         qPrintable(entity));
        }
        const QList<qint64> visible =
            m_server->storage().visibleCustomers(viewer(QStringLiteral("agent01"))).value();
        QCOMPARE(QSet<qint64>(visible.begin(), visible.end()), customers);
        QVERIFY(!customers.contains(m_realCustomer));
        QCOMPARE(perEntity.value(QStringLiteral("script")), m_server->storage().scripts().value().size());
        // agent01 has about a third of north's debtors, not all of them.
        QVERIFY(customers.size()
                < scalar(QStringLiteral(
                             "SELECT COUNT(DISTINCT customer_id) FROM tasks WHERE assignee LIKE 'agent0%'"))
                      .toInt());
        // Caught up: nothing more, and the revision is the server's.
        const QJsonObject again = c.call(QStringLiteral("sync.pull"), {{QStringLiteral("since"), revision}});
        QCOMPARE(WsTestClient::body(again).value(QStringLiteral("changes")).toArray().size(), 0);
        QCOMPARE(WsTestClient::body(again).value(QStringLiteral("revision")).toInteger(),
                 m_server->storage().currentRevision().value());
        QCOMPARE(WsTestClient::code(
                     c.call(QStringLiteral("sync.pull"), {{QStringLiteral("since"), QStringLiteral("0")}})),
                 3001);
        QCOMPARE(WsTestClient::code(c.call(QStringLiteral("sync.pull"), {{QStringLiteral("since"), -1}})),
                 3002);
    }

    void pullPages()
    {
        WsTestClient c;
        QVERIFY(c.open(m_url));
        QCOMPARE(WsTestClient::code(c.login(QStringLiteral("lead01"), Demo)), 0);
        const QJsonObject first =
            WsTestClient::body(c.call(QStringLiteral("sync.pull"), {{QStringLiteral("since"), 0}}));
        const QJsonArray changes = first.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), proto::Limits().maxChangesPerPull);
        QVERIFY(first.value(QStringLiteral("more")).toBool());
        const qint64 revision = first.value(QStringLiteral("revision")).toInteger();
        QCOMPARE(revision, changes.last().toObject().value(QStringLiteral("rev")).toInteger());
        const QJsonObject second =
            WsTestClient::body(c.call(QStringLiteral("sync.pull"), {{QStringLiteral("since"), revision}}));
        const QJsonArray next = second.value(QStringLiteral("changes")).toArray();
        QVERIFY(!next.isEmpty());
        QVERIFY(next.first().toObject().value(QStringLiteral("rev")).toInteger() > revision);
        // The lead sees the whole team: all three agents' debtors.
        QSet<QString> assignees;
        for (const QJsonArray &page : {changes, next})
            for (const QJsonValue &v : page)
                if (v.toObject().value(QStringLiteral("entity")) == QLatin1String("task"))
                    assignees.insert(v.toObject()
                                         .value(QStringLiteral("data"))
                                         .toObject()
                                         .value(QStringLiteral("assignee"))
                                         .toString());
        QVERIFY(assignees.contains(QStringLiteral("agent01"))
                && assignees.contains(QStringLiteral("agent03")));
        QVERIFY(!assignees.contains(QStringLiteral("south01")));
    }

    void trainerSeesOnlyDemoAndSouthOnlyTheirs()
    {
        WsTestClient trainer, south;
        QVERIFY(trainer.open(m_url));
        QVERIFY(south.open(m_url));
        QCOMPARE(WsTestClient::code(trainer.login(QStringLiteral("trainer01"), Pw)), 0);
        QCOMPARE(WsTestClient::code(south.login(QStringLiteral("south01"), Pw)), 0);
        QSet<qint64> trainerCustomers, southCustomers;
        for (const QJsonObject &ch : pullAll(trainer, 0))
            if (ch.value(QStringLiteral("entity")) == QLatin1String("customer"))
                trainerCustomers.insert(ch.value(QStringLiteral("id")).toInteger());
        for (const QJsonObject &ch : pullAll(south, 0))
            if (ch.value(QStringLiteral("entity")) == QLatin1String("customer"))
                southCustomers.insert(ch.value(QStringLiteral("id")).toInteger());
        QCOMPARE(trainerCustomers.size(),
                 scalar(QStringLiteral("SELECT COUNT(*) FROM customers WHERE demo = 1")).toInt());
        QVERIFY(!trainerCustomers.contains(m_realCustomer));
        QCOMPARE(southCustomers, QSet<qint64>{m_realCustomer});
        // A trainer cannot record on real data: Forbidden, audited.
        const QJsonObject res = push(
            trainer,
            {op(newOpId(), QStringLiteral("interaction.record"), record(m_realTask, Outcome::NoAnswer))});
        QCOMPARE(firstResult(res).value(QStringLiteral("code")).toInt(), 2005);
        QCOMPARE(
            scalar(QStringLiteral(
                       "SELECT COUNT(*) FROM audit WHERE user = 'trainer01' AND code = 2005 AND target = ?"),
                   {QStringLiteral("task:%1").arg(m_realTask)})
                .toInt(),
            1);
    }

    void pushIsIdempotent()
    {
        WsTestClient c;
        QVERIFY(c.open(m_url));
        QCOMPARE(WsTestClient::code(c.login(QStringLiteral("agent01"), Demo)), 0);
        const qint64 task = freshTask(QStringLiteral("agent01"));
        QVERIFY(task > 0);
        const int attempts = m_server->storage().task(task).value()->task.attempts;
        const qint64 before = m_server->storage().currentRevision().value();
        const QString opId = newOpId();
        const QJsonObject recordOp =
            op(opId, QStringLiteral("interaction.record"), record(task, Outcome::NoAnswer));

        const QJsonObject first = firstResult(push(c, {recordOp}));
        QCOMPARE(first.value(QStringLiteral("opId")).toString(), opId);
        QCOMPARE(first.value(QStringLiteral("code")).toInt(), 0);
        QVERIFY(first.value(QStringLiteral("revision")).toInteger() > before);
        // Sent again (a reconnecting outbox), alone and twice in one batch: the same answer, applied once.
        QCOMPARE(firstResult(push(c, {recordOp})), first);
        const QJsonArray twice =
            WsTestClient::body(push(c, {recordOp, recordOp})).value(QStringLiteral("results")).toArray();
        QCOMPARE(twice.size(), 2);
        QCOMPARE(twice[0].toObject(), first);
        QCOMPARE(twice[1].toObject(), first);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE op_id = ?"), {opId}).toInt(),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM applied_ops WHERE op_id = ?"), {opId}).toInt(),
                 1);
        const Task after = m_server->storage().task(task).value()->task;
        QCOMPARE(after.attempts, attempts + 1);
        QCOMPARE(after.status, TaskStatus::Deferred);
        QVERIFY(after.nextEligible
                > QDateTime::currentDateTimeUtc().addSecs(25 * 60));  // NoAnswer: retry in 30 minutes

        // The pull brings the server's rows of this op, tagged with the opId.
        QSet<QString> tagged;
        for (const QJsonObject &ch : pullAll(c, before))
            if (ch.value(QStringLiteral("opId")).toString() == opId)
                tagged.insert(ch.value(QStringLiteral("entity")).toString());
        QCOMPARE(tagged, (QSet<QString>{QStringLiteral("interaction"), QStringLiteral("task")}));
        bool audited = false;
        const QList<AuditEntry> records =
            m_server->storage().auditEntries(QStringLiteral("interaction.record"), 50).value();
        for (const AuditEntry &e : records)
            audited |= e.code == 0 && e.detail.value(QStringLiteral("opId")).toString() == opId;
        QVERIFY(audited);
    }

    void pushOnAnotherAgentsTask()
    {
        WsTestClient c;
        QVERIFY(c.open(m_url));
        QCOMPARE(WsTestClient::code(c.login(QStringLiteral("agent01"), Demo)), 0);
        const qint64 task = freshTask(QStringLiteral("agent02"));
        QVERIFY(task > 0);
        const QString opId = newOpId();
        const QJsonObject res = firstResult(
            push(c, {op(opId, QStringLiteral("interaction.record"), record(task, Outcome::Refused))}));
        QCOMPARE(res.value(QStringLiteral("code")).toInt(), 4002);
        QCOMPARE(res.value(QStringLiteral("error")).toString(), QStringLiteral("task-reassigned"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE op_id = ?"), {opId}).toInt(),
                 0);
        QCOMPARE(m_server->storage().task(task).value()->task.attempts, 0);
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'interaction.record' AND user = "
                                  "'agent01' AND code = 4002 AND target = ?"),
                   {QStringLiteral("task:%1").arg(task)})
                .toInt(),
            1);
        // The refusal is final and remembered: a repeat answers the same without a second audit row.
        QCOMPARE(
            firstResult(
                push(c, {op(opId, QStringLiteral("interaction.record"), record(task, Outcome::Refused))}))
                .value(QStringLiteral("code"))
                .toInt(),
            4002);
    }

    void pushOnDoneTask()
    {
        WsTestClient c;
        QVERIFY(c.open(m_url));
        QCOMPARE(WsTestClient::code(c.login(QStringLiteral("agent01"), Demo)), 0);
        const qint64 task = freshTask(QStringLiteral("agent01"));
        const QString promiseOp = newOpId();
        QCOMPARE(firstResult(push(c,
                                  {op(promiseOp, QStringLiteral("interaction.record"),
                                      record(task, Outcome::PromiseToPay))}))
                     .value(QStringLiteral("code"))
                     .toInt(),
                 0);
        QCOMPARE(m_server->storage().task(task).value()->task.status, TaskStatus::Done);
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM promises WHERE op_id = ? AND amount_fen = 50000"),
                   {promiseOp})
                .toInt(),
            1);
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT COUNT(*) FROM tasks WHERE op_id = ? AND kind = 'PromiseFollowUp' AND "
                            "assignee = 'agent01' AND status = 'Deferred'"),
                        {promiseOp})
                     .toInt(),
                 1);
        QVERIFY(c.waitForEvent(QStringLiteral("task.assigned")));  // the follow-up is the agent's
        const QJsonObject closed = firstResult(
            push(c, {op(newOpId(), QStringLiteral("interaction.record"), record(task, Outcome::NoAnswer))}));
        QCOMPARE(closed.value(QStringLiteral("code")).toInt(), 4003);
    }

    void pushLimitsAndBadOps()
    {
        WsTestClient c;
        QVERIFY(c.open(m_url));
        QCOMPARE(WsTestClient::code(c.login(QStringLiteral("agent01"), Demo)), 0);
        QJsonArray tooMany;
        for (int i = 0; i < proto::Limits().maxOpsPerPush + 1; ++i)
            tooMany.append(op(newOpId(), QStringLiteral("agent.state"),
                              {{QStringLiteral("state"), QStringLiteral("Ready")}}));
        const QJsonObject refused = push(c, tooMany);
        QCOMPARE(WsTestClient::code(refused), 3003);
        QVERIFY(!WsTestClient::body(refused).contains(QStringLiteral("results")));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM applied_ops WHERE op_id = ?"),
                        {tooMany[0].toObject().value(QStringLiteral("opId"))})
                     .toInt(),
                 0);
        QCOMPARE(WsTestClient::code(
                     c.call(QStringLiteral("sync.push"), {{QStringLiteral("ops"), QStringLiteral("x")}})),
                 3001);

        const qint64 task = freshTask(QStringLiteral("agent01"));
        QJsonObject badOutcome = record(task, Outcome::NoAnswer);
        badOutcome.insert(QStringLiteral("outcome"), QStringLiteral("Vanished"));
        QJsonObject missingTask = record(task, Outcome::NoAnswer);
        missingTask.insert(QStringLiteral("taskId"), 987654);
        QJsonObject wrongType = record(task, Outcome::NoAnswer);
        wrongType.insert(QStringLiteral("taskId"), QStringLiteral("seven"));
        const QJsonArray ops{
            op(QString(), QStringLiteral("interaction.record"), record(task, Outcome::NoAnswer)),
            op(QString(65, QLatin1Char('x')), QStringLiteral("interaction.record"),
               record(task, Outcome::NoAnswer)),
            op(newOpId(), QStringLiteral("task.frobnicate"), {}),
            op(newOpId(), QStringLiteral("interaction.record"), wrongType),
            op(newOpId(), QStringLiteral("interaction.record"), badOutcome),
            op(newOpId(), QStringLiteral("interaction.record"), missingTask),
            op(newOpId(), QStringLiteral("agent.state"),
               {{QStringLiteral("state"), QStringLiteral("Ready")}})};
        const QJsonArray results =
            WsTestClient::body(push(c, ops)).value(QStringLiteral("results")).toArray();
        QList<int> codes;
        for (const QJsonValue &r : results)
            codes << r.toObject().value(QStringLiteral("code")).toInt();
        QCOMPARE(codes, (QList<int>{3001, 3001, 1005, 3001, 3002, 4001, 0}));
        QCOMPARE(m_server->storage().task(task).value()->task.attempts, 0);  // nothing of the bad ops applied
    }

    void agentStateReachesOwnTeamLeadOnly()
    {
        WsTestClient agent, lead, otherAgent, south, southLead, trainer;
        const QList<std::pair<WsTestClient *, std::pair<QString, QString>>> logins{
            {&agent, {QStringLiteral("agent01"), Demo}},      {&lead, {QStringLiteral("lead01"), Demo}},
            {&otherAgent, {QStringLiteral("agent02"), Demo}}, {&south, {QStringLiteral("south01"), Pw}},
            {&southLead, {QStringLiteral("lead02"), Pw}},     {&trainer, {QStringLiteral("trainer01"), Pw}}};
        for (const auto &[client, cred] : logins) {
            QVERIFY(client->open(m_url));
            QCOMPARE(WsTestClient::code(client->login(cred.first, cred.second)), 0);
        }
        const QString change = QStringLiteral("agent.setState");
        QCOMPARE(
            WsTestClient::code(agent.call(change, {{QStringLiteral("state"), QStringLiteral("NotReady")}})),
            3002);
        QCOMPARE(
            WsTestClient::code(agent.call(change, {{QStringLiteral("state"), QStringLiteral("Sleeping")}})),
            3002);
        QCOMPARE(WsTestClient::code(agent.call(change, {{QStringLiteral("state"), 3}})), 3001);
        const QJsonObject res = agent.call(change,
                                           {{QStringLiteral("state"), QStringLiteral("NotReady")},
                                            {QStringLiteral("reason"), QStringLiteral("午休")}});
        QCOMPARE(WsTestClient::code(res), 0);
        QCOMPARE(WsTestClient::body(res).value(QStringLiteral("state")).toString(),
                 QStringLiteral("NotReady"));

        QVERIFY(lead.waitForEvent(QStringLiteral("agent.stateChanged")));
        const QJsonObject evt = WsTestClient::body(lead.events(QStringLiteral("agent.stateChanged")).first());
        QCOMPARE(evt.value(QStringLiteral("agent")).toString(), QStringLiteral("agent01"));
        QCOMPARE(evt.value(QStringLiteral("state")).toString(), QStringLiteral("NotReady"));
        QCOMPARE(evt.value(QStringLiteral("reason")).toString(), QStringLiteral("午休"));
        QVERIFY(proto::parseIsoUtc(evt.value(QStringLiteral("since")).toString()).isValid());
        QVERIFY(agent.waitForEvent(QStringLiteral("agent.stateChanged")));  // the agent's own sessions too
        for (WsTestClient *c : {&otherAgent, &south, &southLead, &trainer}) {
            QVERIFY(c->barrier());
            QVERIFY(c->events(QStringLiteral("agent.stateChanged")).isEmpty());
        }
        QCOMPARE(
            scalar(QStringLiteral("SELECT state || '/' || reason FROM agent_states s JOIN users u ON u.id = "
                                  "s.user_id WHERE u.username = 'agent01'"))
                .toString(),
            QStringLiteral("NotReady/午休"));

        // A trainer has no floor state: refused and audited.
        QCOMPARE(
            WsTestClient::code(trainer.call(change, {{QStringLiteral("state"), QStringLiteral("Ready")}})),
            2005);
        QCOMPARE(
            scalar(QStringLiteral(
                       "SELECT COUNT(*) FROM audit WHERE action = 'agent.setState' AND user = 'trainer01' "
                       "AND code = 2005"))
                .toInt(),
            1);
    }

    // Events go through the sessions each one addresses (indexed by user and by lead's team): the
    // index follows a connection that logs out and in as someone else, or logs in again directly.
    void eventsFollowTheUserOfEachConnection()
    {
        WsTestClient agentA, agentB, switcher, leadSwitcher;
        QVERIFY(agentA.open(m_url) && agentB.open(m_url) && switcher.open(m_url) && leadSwitcher.open(m_url));
        QCOMPARE(WsTestClient::code(agentA.login(QStringLiteral("agent01"), Demo)), 0);
        QCOMPARE(WsTestClient::code(agentB.login(QStringLiteral("agent01"), Demo, QStringLiteral("pc-2"))), 0);
        QCOMPARE(WsTestClient::code(switcher.login(QStringLiteral("agent01"), Demo, QStringLiteral("pc-3"))), 0);
        QCOMPARE(WsTestClient::code(leadSwitcher.login(QStringLiteral("lead01"), Demo)), 0);
        const auto setState = [](WsTestClient &c, const QString &state) {
            return WsTestClient::code(c.call(QStringLiteral("agent.setState"),
                                             {{QStringLiteral("state"), state},
                                              {QStringLiteral("reason"), QStringLiteral("培训")}}));
        };
        const auto statesSeen = [](WsTestClient &c) {
            QStringList out;
            for (const QJsonObject &e : c.events(QStringLiteral("agent.stateChanged")))
                out << WsTestClient::body(e).value(QStringLiteral("agent")).toString() + QLatin1Char('/')
                        + WsTestClient::body(e).value(QStringLiteral("state")).toString();
            return out;
        };

        // Three sessions of agent01 and the team's lead all get agent01's change.
        QCOMPARE(setState(agentA, QStringLiteral("Ready")), 0);
        for (WsTestClient *c : {&agentA, &agentB, &switcher, &leadSwitcher}) {
            QVERIFY(c->barrier());
            QCOMPARE(statesSeen(*c), QStringList{QStringLiteral("agent01/Ready")});
            c->frames.clear();
        }

        // One connection logs out and in as agent02; the lead's logs in again as the south team's lead
        // without logging out.
        QCOMPARE(WsTestClient::code(switcher.call(QStringLiteral("session.logout"))), 0);
        QCOMPARE(WsTestClient::code(switcher.login(QStringLiteral("agent02"), Demo, QStringLiteral("pc-3"))), 0);
        QCOMPARE(WsTestClient::code(leadSwitcher.login(QStringLiteral("lead02"), Pw)), 0);
        // A session of agent01 goes away altogether.
        agentB.socket.close();
        QVERIFY(agentB.waitClosed());
        for (WsTestClient *c : {&switcher, &leadSwitcher})
            c->frames.clear();

        QCOMPARE(setState(agentA, QStringLiteral("NotReady")), 0);
        QCOMPARE(setState(switcher, QStringLiteral("Ready")), 0);
        for (WsTestClient *c : {&agentA, &switcher, &leadSwitcher})
            QVERIFY(c->barrier());
        QCOMPARE(statesSeen(agentA), QStringList{QStringLiteral("agent01/NotReady")});
        QCOMPARE(statesSeen(switcher), QStringList{QStringLiteral("agent02/Ready")});
        QCOMPARE(statesSeen(leadSwitcher), QStringList());  // lead02 leads the south team

        // The south lead now gets its team's changes.
        WsTestClient south;
        QVERIFY(south.open(m_url));
        QCOMPARE(WsTestClient::code(south.login(QStringLiteral("south01"), Pw)), 0);
        QCOMPARE(setState(south, QStringLiteral("Ready")), 0);
        QVERIFY(leadSwitcher.barrier());
        QVERIFY(leadSwitcher.waitForEvent(QStringLiteral("agent.stateChanged")));
        QCOMPARE(statesSeen(leadSwitcher), QStringList{QStringLiteral("south01/Ready")});
    }

    void leadsGetTheTeamsTaskEventsCoalesced()
    {
        WsTestClient agent1, agent2, lead;
        for (auto [c, user] : {std::pair{&agent1, "agent01"}, {&agent2, "agent02"}, {&lead, "lead01"}}) {
            QVERIFY(c->open(m_url));
            QCOMPARE(WsTestClient::code(c->login(QString::fromLatin1(user), Demo)), 0);
        }
        m_server->hub().setTeamHintWindow(300);
        const qint64 task = freshTask(QStringLiteral("agent01"));
        auto revisionsOf = [](WsTestClient &c) {
            QList<qint64> out;
            for (const QJsonObject &e : c.events(QStringLiteral("task.updated")))
                out << WsTestClient::body(e).value(QStringLiteral("revision")).toInteger();
            return out;
        };
        QTest::qWait(350);  // no window open from earlier events
        QVERIFY(lead.barrier());
        const qsizetype leadBefore = revisionsOf(lead).size();

        // Five moves inside one window: the lead's client hears the first at once, then only the last.
        QList<qint64> revisions;
        for (int i = 0; i < 5; ++i) {
            const QString to = i % 2 == 0 ? QStringLiteral("agent02") : QStringLiteral("agent01");
            const ServiceResult<qint64> moved = m_server->tasks().reassignTask(task, to, QStringLiteral("lead01"));
            QVERIFY2(moved.ok(), qPrintable(moved.detail()));
            revisions << moved.value();
        }
        QVERIFY(lead.barrier());
        QCOMPARE(revisionsOf(lead).mid(leadBefore), QList<qint64>{revisions.first()});
        QTRY_COMPARE_WITH_TIMEOUT(revisionsOf(lead).size(), leadBefore + 2, 3000);
        QCOMPARE(revisionsOf(lead).last(), revisions.last());  // its pull brings all five
        QTest::qWait(400);
        QCOMPARE(revisionsOf(lead).size(), leadBefore + 2);
        // The agents are not coalesced: agent01 lost the task three times, agent02 twice.
        QVERIFY(agent1.barrier() && agent2.barrier());
        QVERIFY(revisionsOf(agent1).size() >= 3);
        QVERIFY(revisionsOf(agent2).size() >= 2);

        // A window after the last one, the next goes at once again.
        const ServiceResult<qint64> back = m_server->tasks().reassignTask(task, QStringLiteral("agent01"),
                                                                          QStringLiteral("lead01"));
        QVERIFY(back.ok());
        QVERIFY(lead.barrier());
        QCOMPARE(revisionsOf(lead).last(), back.value());
        m_server->hub().setTeamHintWindow(250);
    }

    void taskAssignedReachesOnlyNewAssignee()
    {
        WsTestClient oldAgent, newAgent, bystander, lead, southLead;
        const QList<std::pair<WsTestClient *, std::pair<QString, QString>>> logins{
            {&oldAgent, {QStringLiteral("agent01"), Demo}},
            {&newAgent, {QStringLiteral("agent02"), Demo}},
            {&bystander, {QStringLiteral("agent03"), Demo}},
            {&lead, {QStringLiteral("lead01"), Demo}},
            {&southLead, {QStringLiteral("lead02"), Pw}}};
        for (const auto &[client, cred] : logins) {
            QVERIFY(client->open(m_url));
            QVERIFY2(WsTestClient::code(client->login(cred.first, cred.second)) == 0, qPrintable(cred.first));
        }
        qint64 newRev = 0, oldRev = 0;
        pullAll(newAgent, 0, &newRev);
        pullAll(oldAgent, 0, &oldRev);
        const qint64 task = freshTask(QStringLiteral("agent01"));
        const qint64 customer = customerOf(task);
        QVERIFY(!m_server->storage().canSee(viewer(QStringLiteral("agent02")), customer).value());
        // A payment plan the old agent offered travels with the customer.
        Settlement plan;
        plan.customerId = customer;
        plan.loanId = m_server->storage().loans(customer).value().first().id;
        plan.agent = QStringLiteral("agent01");
        plan.createdAt = QDateTime::currentDateTimeUtc();
        plan.outstanding = yuan(3000);
        plan.discountBp = 1500;
        plan.total = yuan(2550);
        plan.instalments = 3;
        plan.firstAmount = yuan(850);
        plan.firstDate = QDate::currentDate().addDays(3);
        QVERIFY(m_server->storage().insertSettlement(plan, newOpId()).ok());

        const ServiceResult<qint64> moved =
            m_server->tasks().reassignTask(task, QStringLiteral("agent02"), QStringLiteral("lead01"));
        QVERIFY2(moved.ok(), qPrintable(moved.detail()));

        QVERIFY(newAgent.waitForEvent(QStringLiteral("task.assigned")));
        const QJsonObject assigned =
            WsTestClient::body(newAgent.events(QStringLiteral("task.assigned")).first());
        QCOMPARE(assigned.value(QStringLiteral("taskId")).toInteger(), task);
        QCOMPARE(assigned.value(QStringLiteral("customerId")).toInteger(), customer);
        QCOMPARE(assigned.value(QStringLiteral("revision")).toInteger(), moved.value());
        QVERIFY(oldAgent.waitForEvent(QStringLiteral("task.updated")));  // so it pulls and drops the task
        QVERIFY(lead.waitForEvent(QStringLiteral("task.updated")));
        for (WsTestClient *c : {&oldAgent, &bystander, &lead, &southLead}) {
            QVERIFY(c->barrier());
            QVERIFY(c->events(QStringLiteral("task.assigned")).isEmpty());
        }
        QVERIFY(bystander.events(QStringLiteral("task.updated")).isEmpty());
        QVERIFY(southLead.events(QStringLiteral("task.updated")).isEmpty());

        // The new assignee's next pull brings the whole customer; the old one's only the moved task.
        QSet<QString> newEntities, oldEntities;
        for (const QJsonObject &ch : pullAll(newAgent, newRev))
            if (ch.value(QStringLiteral("data")).toObject().value(QStringLiteral("customerId")).toInteger()
                    == customer
                || (ch.value(QStringLiteral("entity")) == QLatin1String("customer")
                    && ch.value(QStringLiteral("id")).toInteger() == customer))
                newEntities.insert(ch.value(QStringLiteral("entity")).toString());
        QVERIFY(newEntities.contains(QStringLiteral("customer")));
        QVERIFY(newEntities.contains(QStringLiteral("phone")));
        QVERIFY(newEntities.contains(QStringLiteral("loan")));
        QVERIFY(newEntities.contains(QStringLiteral("task")));
        QVERIFY(newEntities.contains(QStringLiteral("settlement")));
        QJsonObject movedTask;
        for (const QJsonObject &ch : pullAll(oldAgent, oldRev)) {
            oldEntities.insert(ch.value(QStringLiteral("entity")).toString());
            if (ch.value(QStringLiteral("entity")) == QLatin1String("task")
                && ch.value(QStringLiteral("id")).toInteger() == task)
                movedTask = ch.value(QStringLiteral("data")).toObject();
        }
        QCOMPARE(movedTask.value(QStringLiteral("assignee")).toString(), QStringLiteral("agent02"));
        QVERIFY(!oldEntities.contains(QStringLiteral("customer")));
        // And the old assignee's record on it now answers TaskReassigned.
        QCOMPARE(firstResult(push(oldAgent,
                                  {op(newOpId(), QStringLiteral("interaction.record"),
                                      record(task, Outcome::NoAnswer))}))
                     .value(QStringLiteral("code"))
                     .toInt(),
                 4002);
    }
};

QTEST_GUILESS_MAIN(TestServerSync)
#include "tst_serversync.moc"
