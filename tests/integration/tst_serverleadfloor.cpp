// A lead's actions on the floor, through the real server on loopback (server/LeadActions.h):
//  - agent.force: the team's lead sets an agent NotReady with a reason; the agent hears agent.forced,
//    the lead agent.stateChanged; another team's lead is refused (audited), an agent cannot ask.
//  - message.send / message.list: to one agent or to the team reaches exactly those sessions; an
//    agent who was offline lists them after logging in; empty or too long texts are refused.
//  - board.hourly: the figures follow recorded calls and payments, and a second ask within a minute
//    costs no query; yesterday's calls land in "yesterday" at their local hour.
#include "ServerFixture.h"

#include "Hub.h"
#include "LeadActions.h"
#include "Messages.h"

#include <QSqlError>

using namespace cd;
using namespace cd::server;
using namespace cdtest;

namespace {
constexpr int Forbidden = int(proto::StatusCode::Forbidden);
constexpr int NotFound = int(proto::StatusCode::NotFound);
constexpr int InvalidValue = int(proto::StatusCode::InvalidValue);
constexpr int InvalidBody = int(proto::StatusCode::InvalidBody);
}  // namespace

class TestServerLeadFloor : public ServerFixture
{
    Q_OBJECT

    LeadActions &actions() { return *m_server->hub().findChild<LeadActions *>(); }

    QJsonObject force(WsTestClient &c, const QString &agent, const QString &reason, const QString &note = {})
    {
        return c.call(proto::msg::AgentForce, {{QStringLiteral("agent"), agent},
                                               {QStringLiteral("reason"), reason},
                                               {QStringLiteral("note"), note}});
    }
    QJsonObject sendTo(WsTestClient &c, const QString &to, const QString &text)
    {
        return c.call(proto::msg::MessageSend, {{QStringLiteral("to"), to}, {QStringLiteral("text"), text}});
    }
    QJsonObject sendToTeam(WsTestClient &c, const QString &text)
    {
        return c.call(proto::msg::MessageSend, {{QStringLiteral("to"), QJsonValue::Null},
                                                {QStringLiteral("team"), true},
                                                {QStringLiteral("text"), text}});
    }
    static QStringList texts(const WsTestClient &c)
    {
        QStringList out;
        for (const QJsonObject &e : c.events(proto::msg::MessageReceived))
            out << WsTestClient::body(e).value(QStringLiteral("text")).toString();
        return out;
    }
    int audits(const QString &action, const QString &user, int code)
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = ? AND user = ? AND code = ?"),
                      {action, user, code})
            .toInt();
    }
    QString storedState(const QString &username)
    {
        return scalar(QStringLiteral("SELECT s.state || ':' || COALESCE(s.reason, '') FROM agent_states s "
                                     "JOIN users u ON u.id = s.user_id WHERE u.username = ?"),
                      {username})
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        startServer();
        QVERIFY(m_lead.open(m_url));
        QCOMPARE(WsTestClient::code(m_lead.login(QStringLiteral("lead01"), Demo)), 0);
        QVERIFY(m_south.open(m_url));
        QCOMPARE(WsTestClient::code(m_south.login(QStringLiteral("lead02"), Pw)), 0);
        QVERIFY(m_agent1.open(m_url));
        QCOMPARE(WsTestClient::code(m_agent1.login(QStringLiteral("agent01"), Demo)), 0);
        QVERIFY(m_agent2.open(m_url));
        QCOMPARE(WsTestClient::code(m_agent2.login(QStringLiteral("agent02"), Demo)), 0);
        QVERIFY(m_southAgent.open(m_url));
        QCOMPARE(WsTestClient::code(m_southAgent.login(QStringLiteral("south01"), Pw)), 0);
    }

    void leadForcesOwnAgent()
    {
        const QJsonObject res = force(m_lead, QStringLiteral("agent01"), QStringLiteral("Training"),
                                      QStringLiteral("新人培训 10:00"));
        QCOMPARE(WsTestClient::code(res), 0);
        QCOMPARE(WsTestClient::body(res).value(QStringLiteral("state")).toString(), QStringLiteral("NotReady"));

        QVERIFY(m_agent1.waitForEvent(proto::msg::AgentForced));
        const QJsonObject forced = WsTestClient::body(m_agent1.events(proto::msg::AgentForced).first());
        QCOMPARE(forced.value(QStringLiteral("reason")).toString(), QStringLiteral("Training"));
        QCOMPARE(forced.value(QStringLiteral("note")).toString(), QStringLiteral("新人培训 10:00"));
        QCOMPARE(forced.value(QStringLiteral("by")).toString(), QStringLiteral("lead01"));

        // The lead (and so the floor board) sees the state change like any other.
        QVERIFY(QTest::qWaitFor([&] {
            for (const QJsonObject &e : m_lead.events(proto::msg::AgentStateChanged)) {
                const QJsonObject b = WsTestClient::body(e);
                if (b.value(QStringLiteral("agent")).toString() == QLatin1String("agent01")
                    && b.value(QStringLiteral("state")).toString() == QLatin1String("NotReady")
                    && b.value(QStringLiteral("reason")).toString() == QLatin1String("Training"))
                    return true;
            }
            return false;
        }, 5000));
        QCOMPARE(storedState(QStringLiteral("agent01")), QStringLiteral("NotReady:Training"));
        QCOMPARE(audits(proto::msg::AgentForce, QStringLiteral("lead01"), 0), 1);
        // Only agent01 heard it.
        QVERIFY(m_agent2.barrier());
        QVERIFY(m_agent2.events(proto::msg::AgentForced).isEmpty());
    }

    void forceRefused()
    {
        // Another team's lead: refused and audited, nothing changes.
        QCOMPARE(WsTestClient::code(force(m_south, QStringLiteral("agent02"), QStringLiteral("Break"))), Forbidden);
        QCOMPARE(audits(proto::msg::AgentForce, QStringLiteral("lead02"), Forbidden), 1);
        QVERIFY(!storedState(QStringLiteral("agent02")).endsWith(QLatin1String(":Break")));
        QVERIFY(m_agent2.barrier());
        QVERIFY(m_agent2.events(proto::msg::AgentForced).isEmpty());
        // Unknown agent, an agent asking, a reason that is not a code, a lead as target.
        QCOMPARE(WsTestClient::code(force(m_lead, QStringLiteral("nobody"), QStringLiteral("Break"))), NotFound);
        QCOMPARE(WsTestClient::code(force(m_agent2, QStringLiteral("agent01"), QStringLiteral("Break"))),
                 Forbidden);
        QCOMPARE(audits(proto::msg::AgentForce, QStringLiteral("agent02"), Forbidden), 1);
        QCOMPARE(WsTestClient::code(force(m_lead, QStringLiteral("agent02"), QStringLiteral("Lunch"))),
                 InvalidValue);
        QCOMPARE(WsTestClient::code(force(m_lead, QStringLiteral("lead01"), QStringLiteral("Break"))), NotFound);
        // An admin may force anyone.
        WsTestClient admin;
        QVERIFY(admin.open(m_url));
        QCOMPARE(WsTestClient::code(admin.login(QStringLiteral("admin01"), Pw)), 0);
        QCOMPARE(WsTestClient::code(force(admin, QStringLiteral("south01"), QStringLiteral("Meeting"))), 0);
        QVERIFY(m_southAgent.waitForEvent(proto::msg::AgentForced));
    }

    void messageToOneAgent()
    {
        const QJsonObject res = sendTo(m_lead, QStringLiteral("agent02"), QStringLiteral("请先处理M2的承诺回访"));
        QCOMPARE(WsTestClient::code(res), 0);
        QVERIFY(m_agent2.waitForEvent(proto::msg::MessageReceived));
        const QJsonObject m = WsTestClient::body(m_agent2.events(proto::msg::MessageReceived).first());
        QCOMPARE(m.value(QStringLiteral("text")).toString(), QStringLiteral("请先处理M2的承诺回访"));
        QCOMPARE(m.value(QStringLiteral("from")).toString(), QStringLiteral("lead01"));
        QCOMPARE(m.value(QStringLiteral("team")).toBool(), false);
        QVERIFY(m.value(QStringLiteral("id")).toInteger() > 0);
        QVERIFY(m_agent1.barrier());
        QVERIFY(m_southAgent.barrier());
        QVERIFY(texts(m_agent1).isEmpty());
        QVERIFY(texts(m_southAgent).isEmpty());
        QCOMPARE(audits(proto::msg::MessageSend, QStringLiteral("lead01"), 0), 1);
        // Not to another team's agent.
        QCOMPARE(WsTestClient::code(sendTo(m_south, QStringLiteral("agent01"), QStringLiteral("hi"))), Forbidden);
        QCOMPARE(audits(proto::msg::MessageSend, QStringLiteral("lead02"), Forbidden), 1);
        // One-way: agents do not send.
        QCOMPARE(WsTestClient::code(sendTo(m_agent1, QStringLiteral("agent02"), QStringLiteral("hi"))), Forbidden);
    }

    void messageToTeam()
    {
        QCOMPARE(WsTestClient::code(sendToTeam(m_lead, QStringLiteral("15:00 开晨会"))), 0);
        QVERIFY(QTest::qWaitFor([&] { return texts(m_agent1).contains(QStringLiteral("15:00 开晨会")); }, 5000));
        QVERIFY(QTest::qWaitFor([&] { return texts(m_agent2).contains(QStringLiteral("15:00 开晨会")); }, 5000));
        QVERIFY(m_southAgent.barrier());
        QVERIFY(texts(m_southAgent).isEmpty());
        QCOMPARE(WsTestClient::body(m_agent1.events(proto::msg::MessageReceived).last())
                     .value(QStringLiteral("team"))
                     .toBool(),
                 true);
    }

    void badMessagesRefused_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("code");
        const auto to = [](const QString &text) {
            return QJsonObject{{QStringLiteral("to"), QStringLiteral("agent02")}, {QStringLiteral("text"), text}};
        };
        QTest::newRow("empty") << to(QString()) << InvalidValue;
        QTest::newRow("blank") << to(QStringLiteral("   ")) << InvalidValue;
        QTest::newRow("501 chars") << to(QString(501, QChar(0x597D))) << InvalidValue;
        QTest::newRow("no recipient") << QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}} << InvalidBody;
        QTest::newRow("both") << QJsonObject{{QStringLiteral("to"), QStringLiteral("agent02")},
                                             {QStringLiteral("team"), true},
                                             {QStringLiteral("text"), QStringLiteral("x")}}
                              << InvalidBody;
        QTest::newRow("unknown agent") << QJsonObject{{QStringLiteral("to"), QStringLiteral("nobody")},
                                                      {QStringLiteral("text"), QStringLiteral("x")}}
                                       << NotFound;
    }
    void badMessagesRefused()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, code);
        const int before = scalar(QStringLiteral("SELECT COUNT(*) FROM floor_messages")).toInt();
        QCOMPARE(WsTestClient::code(m_lead.call(proto::msg::MessageSend, body)), code);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM floor_messages")).toInt(), before);
    }

    void longestMessageAccepted()
    {
        QCOMPARE(WsTestClient::code(sendTo(m_lead, QStringLiteral("agent02"), QString(500, QChar(0x597D)))), 0);
    }

    void offlineAgentListsMessages()
    {
        QCOMPARE(WsTestClient::code(sendTo(m_lead, QStringLiteral("agent03"), QStringLiteral("明早9点到岗"))), 0);
        WsTestClient agent3;
        QVERIFY(agent3.open(m_url));
        QCOMPARE(WsTestClient::code(agent3.login(QStringLiteral("agent03"), Demo)), 0);
        const QJsonObject res = agent3.call(proto::msg::MessageList);
        QCOMPARE(WsTestClient::code(res), 0);
        const QJsonArray messages = WsTestClient::body(res).value(QStringLiteral("messages")).toArray();
        QStringList got;
        for (const QJsonValue &v : messages)
            got << v.toObject().value(QStringLiteral("text")).toString();
        // The team message and their own; not agent02's.
        QCOMPARE(got, (QStringList{QStringLiteral("15:00 开晨会"), QStringLiteral("明早9点到岗")}));
        // Nothing after the newest one.
        const qint64 last = messages.last().toObject().value(QStringLiteral("id")).toInteger();
        const QJsonObject none = agent3.call(proto::msg::MessageList, {{QStringLiteral("since"), last}});
        QCOMPARE(WsTestClient::body(none).value(QStringLiteral("messages")).toArray().size(), 0);
        // Another team's agent sees none of north's.
        const QJsonObject south = m_southAgent.call(proto::msg::MessageList);
        QCOMPARE(WsTestClient::body(south).value(QStringLiteral("messages")).toArray().size(), 0);
    }

    void hourlyFollowsCallsAndIsCached()
    {
        QCOMPARE(WsTestClient::code(m_agent1.call(proto::msg::BoardHourly)), Forbidden);
        QCOMPARE(WsTestClient::code(m_lead.call(proto::msg::BoardHourly, {{QStringLiteral("team"),
                                                                          QStringLiteral("south")}})),
                 Forbidden);

        const int queries = actions().hourlyQueries();
        const QJsonObject before = WsTestClient::body(m_lead.call(proto::msg::BoardHourly));
        QCOMPARE(before.value(QStringLiteral("team")).toString(), QStringLiteral("north"));
        QCOMPARE(before.value(QStringLiteral("today")).toArray().size(), 24);
        QCOMPARE(before.value(QStringLiteral("yesterday")).toArray().size(), 24);
        QCOMPARE(actions().hourlyQueries(), queries + 1);

        // Three calls of agent01 and one payment on the customer of agent01's oldest open task.
        QJsonArray ops;
        QDateTime startedAt;
        for (Outcome o : {Outcome::NoAnswer, Outcome::RightPartyContact, Outcome::PromiseToPay}) {
            const QJsonObject r = record(freshTask(QStringLiteral("agent01")), o);
            startedAt = proto::parseIsoUtc(r.value(QStringLiteral("startedAt")).toString());
            ops << op(newOpId(), proto::msg::OpInteractionRecord, r);
        }
        const QJsonObject pushed = push(m_agent1, ops);
        for (const QJsonValue &v : WsTestClient::body(pushed).value(QStringLiteral("results")).toArray())
            QCOMPARE(v.toObject().value(QStringLiteral("code")).toInt(), 0);
        const qint64 oldestTask =
            scalar(QStringLiteral("SELECT MIN(id) FROM tasks WHERE assignee = 'agent01' AND status <> 'Done'"))
                .toLongLong();
        const qint64 customer = customerOf(oldestTask);
        const QList<Loan> loans = m_server->storage().loans(customer).value();
        QVERIFY(!loans.isEmpty());
        Payment p;
        p.loanId = loans.first().id;
        p.paidAt = QDateTime::currentDateTimeUtc();
        p.amount = 12'345;
        p.channel = QStringLiteral("alipay");
        QVERIFY(m_server->storage().insertPayment(p).ok());

        // Many leads asking within the minute: the same figures, no further query.
        WsTestClient lead2;
        QVERIFY(lead2.open(m_url));
        QCOMPARE(WsTestClient::code(lead2.login(QStringLiteral("lead01"), Demo)), 0);
        QCOMPARE(WsTestClient::body(lead2.call(proto::msg::BoardHourly)), before);
        QCOMPARE(WsTestClient::body(m_lead.call(proto::msg::BoardHourly)), before);
        QCOMPARE(actions().hourlyQueries(), queries + 1);

        // A minute later the next ask queries again and shows the new calls in their hour.
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(LeadActions::HourlyCacheSeconds + 1);
        const ServiceResult<QJsonObject> after =
            actions().hourly(viewer(QStringLiteral("lead01")), {}, later);
        QVERIFY(after.ok());
        QCOMPARE(actions().hourlyQueries(), queries + 2);
        const QTimeZone zone(before.value(QStringLiteral("zone")).toString().toUtf8());
        const QString dayKey = startedAt.toTimeZone(zone).date() == later.toTimeZone(zone).date()
                                   ? QStringLiteral("today")
                                   : QStringLiteral("yesterday");
        const int callHour = startedAt.toTimeZone(zone).time().hour();
        const int payHour = p.paidAt.toTimeZone(zone).time().hour();
        auto figure = [](const QJsonObject &body, const QString &day, int hour, const char *key) {
            return body.value(day).toArray().at(hour).toObject().value(QLatin1String(key)).toInteger();
        };
        QCOMPARE(figure(after.value(), dayKey, callHour, "attempts") - figure(before, dayKey, callHour, "attempts"),
                 3);
        QCOMPARE(figure(after.value(), dayKey, callHour, "connects") - figure(before, dayKey, callHour, "connects"),
                 2);
        QCOMPARE(figure(after.value(), dayKey, callHour, "promises") - figure(before, dayKey, callHour, "promises"),
                 1);
        QCOMPARE(figure(after.value(), dayKey, callHour, "promiseAmount")
                     - figure(before, dayKey, callHour, "promiseAmount"),
                 50'000);
        QCOMPARE(figure(after.value(), QStringLiteral("today"), payHour, "collected")
                     - figure(before, QStringLiteral("today"), payHour, "collected"),
                 12'345);

        // The south team's figures are computed apart and do not include north's calls.
        WsTestClient admin;
        QVERIFY(admin.open(m_url));
        QCOMPARE(WsTestClient::code(admin.login(QStringLiteral("admin01"), Pw)), 0);
        QCOMPARE(WsTestClient::code(admin.call(proto::msg::BoardHourly)), InvalidBody);
        const QJsonObject south =
            WsTestClient::body(admin.call(proto::msg::BoardHourly, {{QStringLiteral("team"), QStringLiteral("south")}}));
        QCOMPARE(south.value(QStringLiteral("team")).toString(), QStringLiteral("south"));
        QCOMPARE(figure(south, dayKey, callHour, "attempts"), 0);
        QCOMPARE(actions().hourlyQueries(), queries + 3);
    }

    // Yesterday's calls go into "yesterday" at their local hour, not into today, in the same one query.
    void hourlyHasYesterday()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(3 * LeadActions::HourlyCacheSeconds);
        const ServiceResult<QJsonObject> first = actions().hourly(viewer(QStringLiteral("lead01")), {}, now);
        QVERIFY(first.ok());
        const QTimeZone zone(first.value().value(QStringLiteral("zone")).toString().toUtf8());
        // 10:15 local yesterday: two calls of agent01, one a promise, stored as the server stores them.
        const QDate yesterday = now.toTimeZone(zone).date().addDays(-1);
        const QDateTime at = QDateTime(yesterday, QTime(10, 15), zone).toUTC();
        const qint64 task = freshTask(QStringLiteral("agent01"));
        QVERIFY(task > 0);
        for (const char *outcome : {"NoAnswer", "PromiseToPay"}) {
            QSqlQuery q(db().db());
            q.prepare(QStringLiteral("INSERT INTO interactions(customer_id, task_id, channel, agent, started_at, "
                                     "ended_at, outcome, promise_amount_fen) VALUES (?, ?, 'Call', 'agent01', ?, ?, ?, ?)"));
            q.addBindValue(customerOf(task));
            q.addBindValue(task);
            q.addBindValue(proto::isoUtc(at));
            q.addBindValue(proto::isoUtc(at.addSecs(60)));
            q.addBindValue(QString::fromLatin1(outcome));
            q.addBindValue(QByteArray(outcome) == "PromiseToPay" ? 80'000 : 0);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        const int queries = actions().hourlyQueries();
        const ServiceResult<QJsonObject> after =
            actions().hourly(viewer(QStringLiteral("lead01")), {}, now.addSecs(LeadActions::HourlyCacheSeconds + 1));
        QVERIFY(after.ok());
        QCOMPARE(actions().hourlyQueries(), queries + 1);  // today and yesterday: one query
        auto figure = [](const QJsonObject &body, const char *day, int hour, const char *key) {
            return body.value(QLatin1String(day)).toArray().at(hour).toObject().value(QLatin1String(key)).toInteger();
        };
        QCOMPARE(figure(after.value(), "yesterday", 10, "attempts") - figure(first.value(), "yesterday", 10, "attempts"), 2);
        QCOMPARE(figure(after.value(), "yesterday", 10, "promises") - figure(first.value(), "yesterday", 10, "promises"), 1);
        QCOMPARE(figure(after.value(), "yesterday", 10, "promiseAmount")
                     - figure(first.value(), "yesterday", 10, "promiseAmount"),
                 80'000);
        QCOMPARE(figure(after.value(), "today", 10, "attempts"), figure(first.value(), "today", 10, "attempts"));
        // The day before yesterday is in neither series.
        const QDateTime older = QDateTime(yesterday.addDays(-1), QTime(10, 15), zone).toUTC();
        QVERIFY(db().db().exec(QStringLiteral("UPDATE interactions SET started_at = '%1' WHERE started_at = '%2'")
                                   .arg(proto::isoUtc(older), proto::isoUtc(at)))
                    .numRowsAffected()
                == 2);
        const ServiceResult<QJsonObject> moved =
            actions().hourly(viewer(QStringLiteral("lead01")), {}, now.addSecs(2 * LeadActions::HourlyCacheSeconds + 2));
        QCOMPARE(figure(moved.value(), "yesterday", 10, "attempts"), figure(first.value(), "yesterday", 10, "attempts"));
    }

private:
    WsTestClient m_lead, m_south, m_agent1, m_agent2, m_southAgent;
};

QTEST_GUILESS_MAIN(TestServerLeadFloor)
#include "tst_serverleadfloor.moc"
