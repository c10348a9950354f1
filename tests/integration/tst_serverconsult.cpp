// Case collaboration through the real server on loopback, with real WebSocket clients:
//  - `collectdesk-server user add --role legal|risk` (the real binary, on the running server's file)
//    makes users who can log in and have no task queue;
//  - an agent opens a legal thread on their customer: the team's lead and the legal user receive
//    consult.message with their unread counts, nobody else does; replies count up, read marks count down;
//  - an agent of the same team without the customer, a lead of another team, the risk department and
//    an admin see nothing of it (NotFound / Forbidden, audited); legal sees only legal threads;
//  - the legal user's pull brings the consulted customer (masked) but no task;
//  - the compliance lint's findings are stored with the message and do not block it;
//  - empty, over-long and malformed requests are refused with their codes, and the audit has the thread.
#include "ServerFixture.h"

#include "ConsultService.h"

using namespace cd;
using namespace cd::server;
using namespace cdtest;

namespace {
constexpr int Forbidden = int(proto::StatusCode::Forbidden);
constexpr int NotFound = int(proto::StatusCode::NotFound);
constexpr int InvalidValue = int(proto::StatusCode::InvalidValue);
constexpr int InvalidBody = int(proto::StatusCode::InvalidBody);
const QString Consult = QStringLiteral("consult.message");
}  // namespace

class TestServerConsult : public ServerFixture
{
    Q_OBJECT

    std::unique_ptr<WsTestClient> client(const QString &username)
    {
        auto c = std::make_unique<WsTestClient>();
        if (!c->open(m_url))
            return nullptr;
        // The demo seeding's agents and lead have the demo password; the fixture's other users Pw.
        const bool demo = username.startsWith(QLatin1String("agent")) || username == QLatin1String("lead01");
        if (WsTestClient::code(c->login(username, demo ? Demo : Pw)) != 0)
            return nullptr;
        return c;
    }

    static QJsonObject body(const QJsonObject &response) { return WsTestClient::body(response); }

    QJsonObject open(WsTestClient &c, qint64 customerId, const QString &department, const QString &text)
    {
        return c.call(QStringLiteral("consult.open"),
                      {{QStringLiteral("customerId"), customerId},
                       {QStringLiteral("department"), department},
                       {QStringLiteral("subject"), QStringLiteral("诉讼前咨询")},
                       {QStringLiteral("text"), text}});
    }
    static QJsonObject post(WsTestClient &c, qint64 threadId, const QString &text)
    {
        return c.call(QStringLiteral("consult.post"),
                      {{QStringLiteral("threadId"), threadId}, {QStringLiteral("text"), text}});
    }
    static QJsonObject list(WsTestClient &c, qint64 customerId = 0)
    {
        QJsonObject b;
        if (customerId)
            b.insert(QStringLiteral("customerId"), customerId);
        return c.call(QStringLiteral("consult.list"), b);
    }
    static QList<qint64> threadIds(const QJsonObject &listResponse)
    {
        QList<qint64> ids;
        for (const QJsonValue &v : body(listResponse).value(QStringLiteral("threads")).toArray())
            ids << v.toObject().value(QStringLiteral("id")).toInteger();
        return ids;
    }
    /// The consult.message events `c` got for `threadId`, bodies only.
    static QList<QJsonObject> eventsFor(const WsTestClient &c, qint64 threadId)
    {
        QList<QJsonObject> out;
        for (const QJsonObject &e : c.events(Consult)) {
            const QJsonObject b = WsTestClient::body(e);
            if (b.value(QStringLiteral("thread")).toObject().value(QStringLiteral("id")).toInteger()
                == threadId)
                out << b;
        }
        return out;
    }

    int cli(const QStringList &args, const QByteArray &stdinData)
    {
        QProcess p;
        p.start(QStringLiteral(COLLECTDESK_SERVER_BIN), args);
        p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(60'000))
            return -1;
        if (p.exitCode() != 0)
            qWarning("%s", p.readAllStandardError().constData());
        return p.exitCode();
    }

    qint64 m_customer = 0;  ///< a customer of agent01 (team north)

private Q_SLOTS:
    void initTestCase()
    {
        startServer();
        // Department users through the real CLI, on the file the running server has open.
        for (const auto &[user, role] :
             {std::pair{"legal01", "legal"}, {"risk01", "risk"}, {"legal02", "legal"}}) {
            const int code =
                cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), m_dbPath,
                     QStringLiteral("--username"), QString::fromLatin1(user), QStringLiteral("--role"),
                     QString::fromLatin1(role), QStringLiteral("--team"), QString::fromLatin1(role)},
                    Pw.toUtf8() + "\n");
            QCOMPARE(code, 0);
        }
        QCOMPARE(m_server->storage().userByName(QStringLiteral("legal01")).value()->role, Role::Legal);
        QCOMPARE(m_server->storage().userByName(QStringLiteral("risk01")).value()->role, Role::Risk);
        QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), m_dbPath,
                      QStringLiteral("--username"), QStringLiteral("x1"), QStringLiteral("--role"),
                      QStringLiteral("lawyer"), QStringLiteral("--team"), QStringLiteral("t")},
                     Pw.toUtf8() + "\n"),
                 2);
        m_customer = customerOf(freshTask(QStringLiteral("agent01")));
        QVERIFY(m_customer > 0);
    }

    void departmentUserLogsInWithoutQueue()
    {
        auto legal = client(QStringLiteral("legal01"));
        QVERIFY(legal);
        // Not consulted yet: nothing of any customer, and no floor state to set.
        const QList<QJsonObject> before = pullAll(*legal, 0);
        for (const QJsonObject &c : before)
            QVERIFY2(c.value(QStringLiteral("entity")).toString() == QLatin1String("script")
                         || c.value(QStringLiteral("entity")).toString() == QLatin1String("smsTemplate"),
                     qPrintable(c.value(QStringLiteral("entity")).toString()));
        QCOMPARE(WsTestClient::code(list(*legal)), 0);
        QVERIFY(threadIds(list(*legal)).isEmpty());
        QCOMPARE(WsTestClient::code(legal->call(QStringLiteral("board.subscribe"))), Forbidden);
        // A department cannot open threads (only the customer's agent or lead does).
        QCOMPARE(WsTestClient::code(open(*legal, m_customer, QStringLiteral("legal"), QStringLiteral("hi"))),
                 Forbidden);
    }

    void threadReachesParticipantsInRealTime()
    {
        auto agent = client(QStringLiteral("agent01"));
        auto lead = client(QStringLiteral("lead01"));
        auto legal = client(QStringLiteral("legal01"));
        auto legal2 = client(QStringLiteral("legal02"));
        auto risk = client(QStringLiteral("risk01"));
        auto otherAgent = client(QStringLiteral("agent02"));
        auto otherLead = client(QStringLiteral("lead02"));
        QVERIFY(agent && lead && legal && legal2 && risk && otherAgent && otherLead);
        qint64 legalRevision = 0;
        pullAll(*legal, 0, &legalRevision);

        const QJsonObject opened = open(*agent, m_customer, QStringLiteral("legal"),
                                        QStringLiteral("客户称已委托律师，下一步怎么处理？"));
        QCOMPARE(WsTestClient::code(opened), 0);
        const qint64 thread =
            body(opened).value(QStringLiteral("thread")).toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(thread > 0);
        const qint64 first =
            body(opened).value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toInteger();

        // The lead and both legal users hear of it at once, each with one unread message.
        for (WsTestClient *c : {lead.get(), legal.get(), legal2.get()}) {
            QTRY_COMPARE_WITH_TIMEOUT(eventsFor(*c, thread).size(), 1, 5000);
            const QJsonObject e = eventsFor(*c, thread).first();
            QCOMPARE(e.value(QStringLiteral("unread")).toInt(), 1);
            QCOMPARE(e.value(QStringLiteral("unreadTotal")).toInt(), 1);
            QCOMPARE(e.value(QStringLiteral("message")).toObject().value(QStringLiteral("author")).toString(),
                     QStringLiteral("agent01"));
        }
        // The opener's own message is not unread for them.
        QTRY_COMPARE_WITH_TIMEOUT(eventsFor(*agent, thread).size(), 1, 5000);
        QCOMPARE(eventsFor(*agent, thread).first().value(QStringLiteral("unread")).toInt(), 0);
        // Nobody else.
        for (WsTestClient *c : {risk.get(), otherAgent.get(), otherLead.get()}) {
            QVERIFY(c->barrier());
            QVERIFY(eventsFor(*c, thread).isEmpty());
        }

        // The legal user's event asks for a pull: the customer arrives, masked, without its tasks.
        QVERIFY(eventsFor(*legal, thread).first().value(QStringLiteral("revision")).toInteger()
                > legalRevision);
        const QList<QJsonObject> changes = pullAll(*legal, legalRevision);
        bool customerSeen = false;
        for (const QJsonObject &c : changes) {
            QVERIFY2(c.value(QStringLiteral("entity")).toString() != QLatin1String("task"),
                     "a task reached legal");
            if (c.value(QStringLiteral("entity")).toString() == QLatin1String("customer")
                && c.value(QStringLiteral("id")).toInteger() == m_customer) {
                customerSeen = true;
                const QString idNumber =
                    c.value(QStringLiteral("data")).toObject().value(QStringLiteral("idNumber")).toString();
                QVERIFY2(idNumber.isEmpty() || idNumber.contains(QLatin1Char('*')), qPrintable(idNumber));
            }
        }
        QVERIFY(customerSeen);

        // Legal answers: the agent and the lead count it as unread; the lead now has two.
        const QJsonObject reply = post(*legal, thread, QStringLiteral("请暂停催收，把委托书发给法务。"));
        QCOMPARE(WsTestClient::code(reply), 0);
        const qint64 replyId =
            body(reply).value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(eventsFor(*agent, thread).size(), 2, 5000);
        QCOMPARE(eventsFor(*agent, thread).last().value(QStringLiteral("unread")).toInt(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(eventsFor(*lead, thread).size(), 2, 5000);
        QCOMPARE(eventsFor(*lead, thread).last().value(QStringLiteral("unread")).toInt(), 2);
        QCOMPARE(eventsFor(*lead, thread)
                     .last()
                     .value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("authorRole"))
                     .toString(),
                 QStringLiteral("legal"));

        // Read marks: the lead reads the first message (1 left), then all (none left); never backwards.
        QJsonObject r =
            lead->call(QStringLiteral("consult.read"),
                       {{QStringLiteral("threadId"), thread}, {QStringLiteral("messageId"), first}});
        QCOMPARE(WsTestClient::code(r), 0);
        QCOMPARE(body(r).value(QStringLiteral("unread")).toInt(), 1);
        r = lead->call(QStringLiteral("consult.read"),
                       {{QStringLiteral("threadId"), thread}, {QStringLiteral("messageId"), replyId}});
        QCOMPARE(body(r).value(QStringLiteral("unread")).toInt(), 0);
        QCOMPARE(body(r).value(QStringLiteral("unreadTotal")).toInt(), 0);
        r = lead->call(QStringLiteral("consult.read"),
                       {{QStringLiteral("threadId"), thread}, {QStringLiteral("messageId"), first}});
        QCOMPARE(body(r).value(QStringLiteral("lastRead")).toInteger(), replyId);
        const QJsonObject leadList = list(*lead, m_customer);
        QCOMPARE(threadIds(leadList), QList<qint64>{thread});
        QCOMPARE(body(leadList)
                     .value(QStringLiteral("threads"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("unread"))
                     .toInt(),
                 0);
        // The agent still has the reply unread, and the history has both messages in order.
        QCOMPARE(body(list(*agent)).value(QStringLiteral("unreadTotal")).toInt(), 1);
        const QJsonObject history =
            agent->call(QStringLiteral("consult.messages"), {{QStringLiteral("threadId"), thread}});
        QCOMPARE(WsTestClient::code(history), 0);
        const QJsonArray messages = body(history).value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[0].toObject().value(QStringLiteral("id")).toInteger(), first);
        QCOMPARE(messages[1].toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("请暂停催收，把委托书发给法务。"));

        // Outsiders: the same team's other agent, another team's lead, the risk department, an admin.
        for (WsTestClient *c : {otherAgent.get(), otherLead.get(), risk.get()}) {
            QVERIFY(!threadIds(list(*c)).contains(thread));
            QCOMPARE(WsTestClient::code(
                         c->call(QStringLiteral("consult.messages"), {{QStringLiteral("threadId"), thread}})),
                     NotFound);
            QCOMPARE(WsTestClient::code(post(*c, thread, QStringLiteral("我也看看"))), NotFound);
            QCOMPARE(WsTestClient::code(c->call(
                         QStringLiteral("consult.read"),
                         {{QStringLiteral("threadId"), thread}, {QStringLiteral("messageId"), replyId}})),
                     NotFound);
        }
        QCOMPARE(
            WsTestClient::code(open(*otherAgent, m_customer, QStringLiteral("legal"), QStringLiteral("x"))),
            NotFound);
        QCOMPARE(
            WsTestClient::code(open(*otherLead, m_customer, QStringLiteral("risk"), QStringLiteral("x"))),
            NotFound);
        auto admin = client(QStringLiteral("admin01"));
        QVERIFY(admin);
        QCOMPARE(WsTestClient::code(list(*admin)), Forbidden);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM consult_messages WHERE thread_id = ?"), {thread})
                     .toInt(),
                 2);
        QVERIFY(scalar(QStringLiteral(
                           "SELECT COUNT(*) FROM audit WHERE action = 'consult.post' AND user = 'agent02' "
                           "AND code = ?"),
                       {NotFound})
                    .toInt()
                >= 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'consult.open' AND code = 0 AND "
                                  "target = ?"),
                   {QStringLiteral("consult:%1").arg(thread)})
                .toInt(),
            1);
    }

    void departmentSeesOnlyItsThreads()
    {
        auto agent = client(QStringLiteral("agent01"));
        auto legal = client(QStringLiteral("legal01"));
        auto risk = client(QStringLiteral("risk01"));
        QVERIFY(agent && legal && risk);
        const QJsonObject opened = open(*agent, m_customer, QStringLiteral("risk"),
                                        QStringLiteral("客户疑似多头借贷，是否上调风险？"));
        QCOMPARE(WsTestClient::code(opened), 0);
        const qint64 riskThread =
            body(opened).value(QStringLiteral("thread")).toObject().value(QStringLiteral("id")).toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(eventsFor(*risk, riskThread).size(), 1, 5000);
        QVERIFY(legal->barrier());
        QVERIFY(eventsFor(*legal, riskThread).isEmpty());

        const QList<qint64> legalThreads = threadIds(list(*legal));
        const QList<qint64> riskThreads = threadIds(list(*risk));
        QCOMPARE(riskThreads, QList<qint64>{riskThread});
        QVERIFY(!legalThreads.isEmpty());
        QVERIFY(!legalThreads.contains(riskThread));
        for (const QJsonValue &v : body(list(*legal)).value(QStringLiteral("threads")).toArray())
            QCOMPARE(v.toObject().value(QStringLiteral("department")).toString(), QStringLiteral("legal"));
        // The agent sees both of their customer's threads.
        QCOMPARE(threadIds(list(*agent, m_customer)).size(), 2);
    }

    void lintFlagsAreStoredNotBlocking()
    {
        auto agent = client(QStringLiteral("agent01"));
        QVERIFY(agent);
        const QList<qint64> mine = threadIds(list(*agent, m_customer));
        QVERIFY(!mine.isEmpty());
        const QString quote = QStringLiteral("客户说我们的同事讲过“再不还钱就上门”，这句话有问题吗？");
        const QJsonObject r = post(*agent, mine.first(), quote);
        QCOMPARE(WsTestClient::code(r), 0);
        const QJsonObject message = body(r).value(QStringLiteral("message")).toObject();
        const QJsonArray flags = message.value(QStringLiteral("flags")).toArray();
        QVERIFY2(!flags.isEmpty(), "the lint found nothing");
        QCOMPARE(flags.first().toObject().value(QStringLiteral("rule")).toString(), QStringLiteral("Threat"));
        const QString stored = scalar(QStringLiteral("SELECT flags FROM consult_messages WHERE id = ?"),
                                      {message.value(QStringLiteral("id")).toInteger()})
                                   .toString();
        QVERIFY2(stored.contains(QStringLiteral("Threat")), qPrintable(stored));
        // A clean text carries no flags.
        const QJsonObject clean = post(*agent, mine.first(), QStringLiteral("好的，已暂停外呼。"));
        QVERIFY(body(clean)
                    .value(QStringLiteral("message"))
                    .toObject()
                    .value(QStringLiteral("flags"))
                    .toArray()
                    .isEmpty());
    }

    void badRequestsAreRefused_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("request");
        QTest::addColumn<int>("code");
        QTest::newRow("empty text") << "post" << QJsonObject{{QStringLiteral("text"), QStringLiteral("   ")}}
                                    << InvalidValue;
        QTest::newRow("text over 2000")
            << "post"
            << QJsonObject{{QStringLiteral("text"),
                            QString(ConsultService::MaxTextLength + 1, QLatin1Char('x'))}}
            << InvalidValue;
        QTest::newRow("text not a string")
            << "post" << QJsonObject{{QStringLiteral("text"), 5}} << InvalidBody;
        QTest::newRow("unknown department")
            << "open" << QJsonObject{{QStringLiteral("department"), QStringLiteral("hr")}} << InvalidValue;
        QTest::newRow("lead as department")
            << "open" << QJsonObject{{QStringLiteral("department"), QStringLiteral("lead")}} << InvalidValue;
        QTest::newRow("empty subject")
            << "open" << QJsonObject{{QStringLiteral("subject"), QStringLiteral(" ")}} << InvalidValue;
        QTest::newRow("empty first message")
            << "open" << QJsonObject{{QStringLiteral("text"), QString()}} << InvalidValue;
        QTest::newRow("no customer") << "open"
                                     << QJsonObject{{QStringLiteral("customerId"), QStringLiteral("7")}}
                                     << InvalidBody;
    }
    void badRequestsAreRefused()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, request);
        QFETCH(int, code);
        auto agent = client(QStringLiteral("agent01"));
        QVERIFY(agent);
        const qint64 before = scalar(QStringLiteral("SELECT COUNT(*) FROM consult_messages")).toLongLong();
        QJsonObject b;
        if (type == QLatin1String("post")) {
            b = {{QStringLiteral("threadId"), threadIds(list(*agent, m_customer)).first()},
                 {QStringLiteral("text"), QStringLiteral("ok")}};
        } else {
            b = {{QStringLiteral("customerId"), m_customer},
                 {QStringLiteral("department"), QStringLiteral("legal")},
                 {QStringLiteral("subject"), QStringLiteral("s")},
                 {QStringLiteral("text"), QStringLiteral("ok")}};
        }
        for (auto it = request.begin(); it != request.end(); ++it)
            b.insert(it.key(), it.value());
        QCOMPARE(WsTestClient::code(agent->call(QStringLiteral("consult.") + type, b)), code);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM consult_messages")).toLongLong(), before);
    }
};

QTEST_GUILESS_MAIN(TestServerConsult)
#include "tst_serverconsult.moc"
