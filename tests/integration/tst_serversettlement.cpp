// Settlement offers end to end against the real server in-process: an agent's offer within their
// discount limit is approved at once, one above it waits for a lead of the same team, who lists and
// decides it; the agent hears the decision and pulls the new status. Other teams' leads and agents
// cannot decide, a decision is final, a malformed body is refused, and the server's figures win
// over whatever the client claims.
#include "ServerFixture.h"

#include "Messages.h"
#include "Settlement.h"

#include <QTest>

using namespace cdtest;

class TstServerSettlement : public ServerFixture
{
    Q_OBJECT

    struct Account {
        qint64 customerId = 0;
        qint64 loanId = 0;
        Fen outstanding = 0;
        QString timeZone;
    };

    /// A debtor of `agent` with a loan that still has something to pay, not used by another test.
    Account account(const QString &agent)
    {
        for (int tries = 0; tries < 50; ++tries) {
            const qint64 task = freshTask(agent);
            if (task == 0)
                break;
            const qint64 customerId = customerOf(task);
            const QList<Loan> loans = m_server->storage().loans(customerId).value();
            for (const Loan &l : loans) {
                const Fen owed = settlement::outstandingOf(l);
                if (owed >= 10'000)
                    return {customerId, l.id, owed,
                            m_server->storage().customer(customerId).value()->timeZone};
            }
        }
        return {};
    }

    static QJsonObject request(const Account &a, int discountBp, int instalments, Fen firstAmount = 0)
    {
        proto::SettlementRequest r;
        r.customerId = a.customerId;
        r.loanId = a.loanId;
        r.discountBp = discountBp;
        r.instalments = instalments;
        r.firstAmount = firstAmount;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        r.firstDate = now.toTimeZone(QTimeZone(a.timeZone.toLatin1())).date().addDays(3);
        r.note = QStringLiteral("客户同意分期");
        r.createdAt = now;
        return r.toJson();
    }

    QJsonObject settlementChange(const QList<QJsonObject> &changes, qint64 id)
    {
        QJsonObject found;
        for (const QJsonObject &c : changes)
            if (c.value(QStringLiteral("entity")).toString() == QLatin1String("settlement")
                && c.value(QStringLiteral("id")).toInteger() == id)
                found = c;  // the last one: the newest state
        return found;
    }

    qint64 newestSettlementId()
    {
        return scalar(QStringLiteral("SELECT MAX(id) FROM settlements")).toLongLong();
    }

    QJsonObject decide(WsTestClient &c, qint64 id, bool approve, const QString &note = QStringLiteral("同意"))
    {
        return c.call(proto::msg::SettlementDecide,
                      {{QStringLiteral("settlementId"), id},
                       {QStringLiteral("approve"), approve},
                       {QStringLiteral("note"), note}});
    }

private Q_SLOTS:
    void initTestCase() { startServer(); }

    void withinLimitIsApprovedAtOnce()
    {
        WsTestClient agent, lead;
        QVERIFY(agent.open(m_url) && lead.open(m_url));
        QCOMPARE(WsTestClient::code(agent.login(QStringLiteral("agent01"), Demo)), 0);  // junior: 10%
        QCOMPARE(WsTestClient::code(lead.login(QStringLiteral("lead01"), Demo)), 0);
        const Account a = account(QStringLiteral("agent01"));
        QVERIFY(a.loanId > 0);
        qint64 since = 0;
        pullAll(agent, 0, &since);

        const QString opId = newOpId();
        const QJsonObject result =
            firstResult(push(agent, {op(opId, proto::msg::OpSettlementRequest, request(a, 1000, 6))}));
        QCOMPARE(result.value(QStringLiteral("code")).toInt(), 0);
        const qint64 id = newestSettlementId();
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM settlements WHERE id = ?"), {id}).toString(),
                 QStringLiteral("AutoApproved"));

        const QJsonObject change = settlementChange(pullAll(agent, since), id);
        QCOMPARE(change.value(QStringLiteral("opId")).toString(),
                 opId);  // the client drops its provisional row
        const auto s = proto::settlementFromJson(change.value(QStringLiteral("data")).toObject());
        QVERIFY(s);
        QCOMPARE(s->status, SettlementStatus::AutoApproved);
        QCOMPARE(s->agent, QStringLiteral("agent01"));
        QCOMPARE(s->outstanding, a.outstanding);
        QCOMPARE(s->total, a.outstanding - a.outstanding * 1000 / 10000);

        // The leads of the team hear of it; the audit has it.
        QVERIFY(lead.waitForEvent(proto::msg::SettlementRequested));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'settlement.request' AND "
                                       "target = ?"),
                        {QStringLiteral("settlement:%1").arg(id)})
                     .toInt(),
                 1);

        // A replay of the same op changes nothing and gets the same answer.
        const QJsonObject again =
            firstResult(push(agent, {op(opId, proto::msg::OpSettlementRequest, request(a, 1000, 6))}));
        QCOMPARE(again.value(QStringLiteral("code")).toInt(), 0);
        QCOMPARE(newestSettlementId(), id);
    }

    void seniorLimitIsHigher()
    {
        WsTestClient agent;
        QVERIFY(agent.open(m_url));
        QCOMPARE(WsTestClient::code(agent.login(QStringLiteral("agent03"), Demo)), 0);  // senior: 20%
        const Account a = account(QStringLiteral("agent03"));
        QVERIFY(a.loanId > 0);
        QCOMPARE(
            firstResult(push(agent, {op(newOpId(), proto::msg::OpSettlementRequest, request(a, 1500, 3))}))
                .value(QStringLiteral("code"))
                .toInt(),
            0);
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM settlements WHERE id = ?"), {newestSettlementId()})
                     .toString(),
                 QStringLiteral("AutoApproved"));
    }

    void configuredLimitsApply()
    {
        // serve --discount-limit-junior 30: a junior's 25 % no longer waits for a lead.
        Server own;
        ServerConfig config;
        config.database = QStringLiteral("sqlite:") + m_dbPath;
        config.policy = aroundTheClock();
        config.discountLimits.juniorBp = 3000;
        config.discountLimits.seniorBp = 3000;
        const Result<void> started = own.start(config);
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().detail));
        WsTestClient agent;
        QVERIFY(agent.open(urlOf(own)));
        QCOMPARE(WsTestClient::code(agent.login(QStringLiteral("agent02"), Demo)), 0);  // junior
        const Account a = account(QStringLiteral("agent02"));
        QVERIFY(a.loanId > 0);
        QCOMPARE(
            firstResult(push(agent, {op(newOpId(), proto::msg::OpSettlementRequest, request(a, 2500, 3))}))
                .value(QStringLiteral("code"))
                .toInt(),
            0);
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM settlements WHERE id = ?"), {newestSettlementId()})
                     .toString(),
                 QStringLiteral("AutoApproved"));
        // The same offer on the default limits waits.
        WsTestClient again;
        QVERIFY(again.open(m_url));
        QCOMPARE(WsTestClient::code(again.login(QStringLiteral("agent02"), Demo)), 0);
        QCOMPARE(
            firstResult(push(again, {op(newOpId(), proto::msg::OpSettlementRequest, request(a, 2500, 3))}))
                .value(QStringLiteral("code"))
                .toInt(),
            0);
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM settlements WHERE id = ?"), {newestSettlementId()})
                     .toString(),
                 QStringLiteral("Pending"));
    }

    void loginTellsTheSkill()
    {
        WsTestClient agent;
        QVERIFY(agent.open(m_url));
        const QJsonObject body = WsTestClient::body(agent.login(QStringLiteral("agent03"), Demo));
        QCOMPARE(body.value(QStringLiteral("user")).toObject().value(QStringLiteral("skill")).toString(),
                 QStringLiteral("senior"));
    }

    void aboveLimitWaitsForTheLead()
    {
        WsTestClient agent, lead, otherLead;
        QVERIFY(agent.open(m_url) && lead.open(m_url) && otherLead.open(m_url));
        QCOMPARE(WsTestClient::code(agent.login(QStringLiteral("agent01"), Demo)), 0);
        QCOMPARE(WsTestClient::code(lead.login(QStringLiteral("lead01"), Demo)), 0);
        QCOMPARE(WsTestClient::code(otherLead.login(QStringLiteral("lead02"), Pw)), 0);
        const Account a = account(QStringLiteral("agent01"));
        QVERIFY(a.loanId > 0);
        qint64 since = 0;
        pullAll(agent, 0, &since);

        QCOMPARE(
            firstResult(push(agent, {op(newOpId(), proto::msg::OpSettlementRequest, request(a, 1500, 12))}))
                .value(QStringLiteral("code"))
                .toInt(),
            0);
        const qint64 id = newestSettlementId();
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM settlements WHERE id = ?"), {id}).toString(),
                 QStringLiteral("Pending"));
        QVERIFY(lead.waitForEvent(proto::msg::SettlementRequested));
        QVERIFY(otherLead.barrier());
        QVERIFY(otherLead.events(proto::msg::SettlementRequested).isEmpty());  // not their team

        // The lead's list: the team's pending offers, newest first.
        const QJsonObject listed =
            lead.call(proto::msg::SettlementList, {{QStringLiteral("status"), QStringLiteral("Pending")}});
        QCOMPARE(WsTestClient::code(listed), 0);
        const QJsonArray pending = WsTestClient::body(listed).value(QStringLiteral("settlements")).toArray();
        QVERIFY(!pending.isEmpty());
        QCOMPARE(pending.first().toObject().value(QStringLiteral("id")).toInteger(), id);
        for (const QJsonValue &v : pending)
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("Pending"));
        // Another team's lead does not see it, and may not decide it.
        const QJsonArray south = WsTestClient::body(otherLead.call(proto::msg::SettlementList, {}))
                                     .value(QStringLiteral("settlements"))
                                     .toArray();
        for (const QJsonValue &v : south)
            QVERIFY(v.toObject().value(QStringLiteral("id")).toInteger() != id);
        QCOMPARE(WsTestClient::code(decide(otherLead, id, true)), int(proto::StatusCode::Forbidden));
        // Nor may the agent.
        QCOMPARE(WsTestClient::code(decide(agent, id, true)), int(proto::StatusCode::Forbidden));
        QCOMPARE(WsTestClient::code(agent.call(proto::msg::SettlementList, {})),
                 int(proto::StatusCode::Forbidden));

        const QJsonObject decided = decide(lead, id, true, QStringLiteral("可以，按时还"));
        QCOMPARE(WsTestClient::code(decided), 0);
        QCOMPARE(WsTestClient::body(decided)
                     .value(QStringLiteral("settlement"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("Approved"));

        // The agent hears it and the pull brings the decision.
        QVERIFY(agent.waitForEvent(proto::msg::SettlementDecided));
        const auto s = proto::settlementFromJson(
            settlementChange(pullAll(agent, since), id).value(QStringLiteral("data")).toObject());
        QVERIFY(s);
        QCOMPARE(s->status, SettlementStatus::Approved);
        QCOMPARE(s->decidedBy, QStringLiteral("lead01"));
        QCOMPARE(s->decisionNote, QStringLiteral("可以，按时还"));
        QVERIFY(s->decidedAt.isValid());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'settlement.decide' AND "
                                       "target = ? AND code = 0"),
                        {QStringLiteral("settlement:%1").arg(id)})
                     .toInt(),
                 1);

        // A decision is final: a second one (either way) is a conflict and changes nothing.
        QCOMPARE(WsTestClient::code(decide(lead, id, false)), int(proto::StatusCode::Conflict));
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM settlements WHERE id = ?"), {id}).toString(),
                 QStringLiteral("Approved"));
        QCOMPARE(WsTestClient::code(decide(lead, 999'999, true)), int(proto::StatusCode::NotFound));
    }

    void rejectionReachesTheAgent()
    {
        WsTestClient agent, lead;
        QVERIFY(agent.open(m_url) && lead.open(m_url));
        QCOMPARE(WsTestClient::code(agent.login(QStringLiteral("agent02"), Demo)), 0);
        QCOMPARE(WsTestClient::code(lead.login(QStringLiteral("lead01"), Demo)), 0);
        const Account a = account(QStringLiteral("agent02"));
        QVERIFY(a.loanId > 0);
        QCOMPARE(
            firstResult(push(agent, {op(newOpId(), proto::msg::OpSettlementRequest, request(a, 3000, 2))}))
                .value(QStringLiteral("code"))
                .toInt(),
            0);
        const qint64 id = newestSettlementId();
        QCOMPARE(WsTestClient::code(decide(lead, id, false, QStringLiteral("折扣太大"))), 0);
        QVERIFY(agent.waitForEvent(proto::msg::SettlementDecided));
        const QJsonObject event = agent.events(proto::msg::SettlementDecided).last();
        const QJsonObject s = WsTestClient::body(event).value(QStringLiteral("settlement")).toObject();
        QCOMPARE(s.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("Rejected"));
    }

    void malformedBodyIsRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("code");
        QTest::newRow("no loan") << QStringLiteral("loanId") << QJsonValue(QJsonValue::Undefined)
                                 << int(proto::StatusCode::InvalidBody);
        QTest::newRow("discount as text") << QStringLiteral("discountBp") << QJsonValue(QStringLiteral("10%"))
                                          << int(proto::StatusCode::InvalidBody);
        QTest::newRow("bad date") << QStringLiteral("firstDate") << QJsonValue(QStringLiteral("2026/12/01"))
                                  << int(proto::StatusCode::InvalidBody);
        QTest::newRow("discount above 50%")
            << QStringLiteral("discountBp") << QJsonValue(5001) << int(proto::StatusCode::InvalidValue);
        QTest::newRow("37 instalments")
            << QStringLiteral("instalments") << QJsonValue(37) << int(proto::StatusCode::InvalidValue);
        QTest::newRow("date in the past")
            << QStringLiteral("firstDate") << QJsonValue(QStringLiteral("2020-01-01"))
            << int(proto::StatusCode::InvalidValue);
        QTest::newRow("first amount above the total")
            << QStringLiteral("firstAmountFen") << QJsonValue(qint64(1'000'000'000'000))
            << int(proto::StatusCode::InvalidValue);
    }
    void malformedBodyIsRefused()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(int, code);
        if (!m_malformedAccount.loanId)
            m_malformedAccount = account(QStringLiteral("agent01"));
        QVERIFY(m_malformedAccount.loanId > 0);
        WsTestClient agent;
        QVERIFY(agent.open(m_url));
        QCOMPARE(WsTestClient::code(agent.login(QStringLiteral("agent01"), Demo)), 0);
        QJsonObject body = request(m_malformedAccount, 500, 3);
        if (value.isUndefined())
            body.remove(key);
        else
            body.insert(key, value);
        const qint64 before = newestSettlementId();
        const QJsonObject result =
            firstResult(push(agent, {op(newOpId(), proto::msg::OpSettlementRequest, body)}));
        QCOMPARE(result.value(QStringLiteral("code")).toInt(), code);
        QCOMPARE(newestSettlementId(), before);  // nothing stored
    }

    void serverFiguresWin()
    {
        WsTestClient agent;
        QVERIFY(agent.open(m_url));
        QCOMPARE(WsTestClient::code(agent.login(QStringLiteral("agent01"), Demo)), 0);
        const Account a = account(QStringLiteral("agent01"));
        QVERIFY(a.loanId > 0);
        QJsonObject body = request(a, 500, 4);
        // A client that claims a tiny balance and total, and that it was approved, is not believed.
        body.insert(QStringLiteral("outstandingFen"), 100);
        body.insert(QStringLiteral("totalFen"), 1);
        body.insert(QStringLiteral("status"), QStringLiteral("Approved"));
        QCOMPARE(firstResult(push(agent, {op(newOpId(), proto::msg::OpSettlementRequest, body)}))
                     .value(QStringLiteral("code"))
                     .toInt(),
                 0);
        const auto s = m_server->storage().settlement(newestSettlementId()).value();
        QVERIFY(s);
        QCOMPARE(s->outstanding, a.outstanding);
        const settlement::Plan plan =
            settlement::compute({a.outstanding, 500, 4, s->firstDate, 0}, s->firstDate);
        QCOMPARE(s->total, plan.total);
        QCOMPARE(s->firstAmount, plan.firstAmount());
        QCOMPARE(s->status, SettlementStatus::AutoApproved);
    }

    void onlyForVisibleCustomersAndTheirLoans()
    {
        WsTestClient agent;
        QVERIFY(agent.open(m_url));
        QCOMPARE(WsTestClient::code(agent.login(QStringLiteral("agent01"), Demo)), 0);
        const Account mine = account(QStringLiteral("agent01"));
        const Account theirs = account(QStringLiteral("agent02"));
        QVERIFY(mine.loanId > 0 && theirs.loanId > 0);
        // Another agent's debtor: forbidden, and audited.
        QCOMPARE(
            firstResult(push(agent, {op(newOpId(), proto::msg::OpSettlementRequest, request(theirs, 0, 1))}))
                .value(QStringLiteral("code"))
                .toInt(),
            int(proto::StatusCode::Forbidden));
        QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'settlement.request' AND "
                                      "code = ?"),
                       {int(proto::StatusCode::Forbidden)})
                    .toInt()
                >= 1);
        // Their loan on my debtor: not the customer's loan.
        Account mixed = mine;
        mixed.loanId = theirs.loanId;
        QCOMPARE(
            firstResult(push(agent, {op(newOpId(), proto::msg::OpSettlementRequest, request(mixed, 0, 1))}))
                .value(QStringLiteral("code"))
                .toInt(),
            int(proto::StatusCode::InvalidValue));
    }

private:
    Account m_malformedAccount;
};

QTEST_GUILESS_MAIN(TstServerSettlement)
#include "tst_serversettlement.moc"
