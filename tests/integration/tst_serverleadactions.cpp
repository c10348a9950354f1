// A lead's actions on one customer, through the real server on loopback:
//  - personal data: sync sends the ID number and bank card masked; customer.reveal gives the full
//    value to a lead of the team (audited "pii.reveal"), and refuses an agent (audited) and a lead of
//    another team (NotFound: no hint the customer exists).
//  - compliance overrides: a lead lets the daily cap through for one number for a few hours; the
//    assigned agent's pull brings the override, the call it allows is recorded (audited
//    "compliance.override.used"), other numbers and expired overrides stay blocked, and rules that
//    are not the lead's to move (calling hours, do-not-call) cannot be overridden.
#include "ServerFixture.h"

#include "Pii.h"

using namespace cd;
using namespace cd::server;
using namespace cdtest;

namespace {
constexpr int Blocked = int(proto::StatusCode::ComplianceBlocked);
constexpr int Forbidden = int(proto::StatusCode::Forbidden);
constexpr int NotFound = int(proto::StatusCode::NotFound);
constexpr int InvalidValue = int(proto::StatusCode::InvalidValue);
constexpr int InvalidBody = int(proto::StatusCode::InvalidBody);
}  // namespace

class TestServerLeadActions : public ServerFixture
{
    Q_OBJECT

    struct Debtor {
        qint64 customer = 0;
        qint64 task = 0;
        Phone own, own2;
        QString idNumber, bankCard;
    };

    /// The daily cap counts the debtor's local day, and the attempts below go back 50 minutes: a debtor
    /// in Shanghai, unless Shanghai is within two hours of midnight (CI runs at any hour), then London.
    static QString zoneAwayFromMidnight()
    {
        const QTime shanghai =
            QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).time();
        return shanghai >= QTime(2, 0) && shanghai < QTime(22, 0) ? QStringLiteral("Asia/Shanghai")
                                                                   : QStringLiteral("Europe/London");
    }

    /// A debtor of agent01 (team north) with two own numbers, written to the change log.
    Debtor newDebtor()
    {
        Storage &s = m_server->storage();
        Debtor d;
        Customer c;
        c.name = QStringLiteral("覆盖测试");
        c.timeZone = zoneAwayFromMidnight();
        c.idNumber = QStringLiteral("110105199003071234");
        c.bankCard = QStringLiteral("6222021234567890123");
        d.idNumber = c.idNumber;
        d.bankCard = c.bankCard;
        c.id = d.customer = s.insertCustomer(c, false).value();
        auto addPhone = [&](const QString &suffix) {
            Phone p;
            p.customerId = d.customer;
            p.number = QStringLiteral("137%1").arg(d.customer, 6, 10, QLatin1Char('0')) + suffix;
            p.id = s.insertPhone(p).value();
            return p;
        };
        d.own = addPhone(QStringLiteral("01"));
        d.own2 = addPhone(QStringLiteral("02"));
        Task t;
        t.customerId = d.customer;
        t.assignee = QStringLiteral("agent01");
        t.due = QDateTime::currentDateTimeUtc();
        t.id = d.task = s.insertTask(t, {}, {}).value();
        ChangeLog log(s);
        [&] {
            QVERIFY(log.customer(c).ok());
            QVERIFY(log.phone(d.own).ok());
            QVERIFY(log.phone(d.own2).ok());
            QVERIFY(log.task(t).ok());
        }();
        return d;
    }

    /// An unanswered call on `phone` started `minutesAgo` minutes ago.
    static QJsonObject attempt(const Debtor &d, const Phone &phone, int minutesAgo)
    {
        proto::InteractionRecord r;
        r.taskId = d.task;
        r.customerId = d.customer;
        r.phoneId = phone.id;
        r.phoneNumber = phone.number;
        r.outcome = Outcome::NoAnswer;
        r.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
        r.endedAt = r.startedAt.addSecs(30);
        r.recordedAt = QDateTime::currentDateTimeUtc();
        return r.toJson();
    }

    int pushOne(const QJsonObject &body, const QString &opId = newOpId())
    {
        const QJsonObject r = firstResult(push(m_agent, {op(opId, QStringLiteral("interaction.record"), body)}));
        return r.value(QStringLiteral("code")).toInt(-1);
    }

    QList<AuditEntry> audit(const QString &action)
    {
        return m_server->storage().auditEntries(action, 1000).value();
    }

    QJsonObject overrideBody(const Debtor &d, const QString &rule, const QString &number, int hours = 2)
    {
        QJsonObject b{{QStringLiteral("customerId"), d.customer},
                      {QStringLiteral("rule"), rule},
                      {QStringLiteral("reason"), QStringLiteral("客户要求今天下午回电")},
                      {QStringLiteral("hours"), hours}};
        if (!number.isEmpty())
            b.insert(QStringLiteral("phoneNumber"), number);
        return b;
    }

    WsTestClient m_agent, m_lead, m_otherLead;

private Q_SLOTS:
    void initTestCase()
    {
        // A daily cap of 2 unanswered attempts per number, calls allowed around the clock.
        compliance::Policy p = aroundTheClock();
        p.maxUnansweredPerNumberPerDay = 2;
        startServer(p);
        QVERIFY(m_agent.open(m_url));
        QCOMPARE(WsTestClient::code(m_agent.login(QStringLiteral("agent01"), Demo)), 0);
        QVERIFY(m_lead.open(m_url));
        QCOMPARE(WsTestClient::code(m_lead.login(QStringLiteral("lead01"), Demo)), 0);
        QVERIFY(m_otherLead.open(m_url));
        QCOMPARE(WsTestClient::code(m_otherLead.login(QStringLiteral("lead02"), Pw)), 0);
    }
    void cleanupTestCase() { m_server.reset(); }

    void syncSendsPersonalDataMasked()
    {
        const Debtor d = newDebtor();
        bool seen = false;
        for (const QJsonObject &c : pullAll(m_agent, 0)) {
            if (c.value(QStringLiteral("entity")).toString() != QLatin1String("customer")
                || c.value(QStringLiteral("id")).toInteger() != d.customer)
                continue;
            const QJsonObject data = c.value(QStringLiteral("data")).toObject();
            QCOMPARE(data.value(QStringLiteral("idNumber")).toString(), pii::maskIdNumber(d.idNumber));
            QCOMPARE(data.value(QStringLiteral("bankCard")).toString(), pii::maskBankCard(d.bankCard));
            QVERIFY(!data.value(QStringLiteral("bankCard")).toString().contains(QStringLiteral("567890")));
            seen = true;
        }
        QVERIFY(seen);
        // The server keeps the full values.
        QCOMPARE(m_server->storage().customer(d.customer).value()->bankCard, d.bankCard);
    }

    void revealIsForLeadsOfTheTeamAndAudited()
    {
        const Debtor d = newDebtor();
        const int before = int(audit(QStringLiteral("pii.reveal")).size());
        const QJsonObject r = m_lead.call(QStringLiteral("customer.reveal"),
                                          {{QStringLiteral("customerId"), d.customer},
                                           {QStringLiteral("field"), QStringLiteral("bankCard")}});
        QCOMPARE(WsTestClient::code(r), 0);
        QCOMPARE(WsTestClient::body(r).value(QStringLiteral("value")).toString(), d.bankCard);
        const QList<AuditEntry> rows = audit(QStringLiteral("pii.reveal"));
        QCOMPARE(int(rows.size()), before + 1);
        QCOMPARE(rows.first().user, QStringLiteral("lead01"));
        QCOMPARE(rows.first().target, QStringLiteral("customer:%1").arg(d.customer));
        QCOMPARE(rows.first().detail.value(QStringLiteral("field")).toString(), QStringLiteral("bankCard"));
        QCOMPARE(rows.first().code, 0);

        // The agent sees masked data only: refused, and the refusal is audited too.
        const QJsonObject agent = m_agent.call(QStringLiteral("customer.reveal"),
                                               {{QStringLiteral("customerId"), d.customer},
                                                {QStringLiteral("field"), QStringLiteral("idNumber")}});
        QCOMPARE(WsTestClient::code(agent), Forbidden);
        QVERIFY(!WsTestClient::body(agent).contains(QStringLiteral("value")));
        QCOMPARE(audit(QStringLiteral("customer.reveal")).first().user, QStringLiteral("agent01"));
        QCOMPARE(audit(QStringLiteral("customer.reveal")).first().code, Forbidden);
        // A lead of another team does not learn the customer exists.
        QCOMPARE(WsTestClient::code(m_otherLead.call(QStringLiteral("customer.reveal"),
                                                     {{QStringLiteral("customerId"), d.customer},
                                                      {QStringLiteral("field"), QStringLiteral("idNumber")}})),
                 NotFound);
        // Bad bodies.
        QCOMPARE(WsTestClient::code(m_lead.call(QStringLiteral("customer.reveal"),
                                                {{QStringLiteral("customerId"), d.customer},
                                                 {QStringLiteral("field"), QStringLiteral("address")}})),
                 InvalidValue);
        QCOMPARE(WsTestClient::code(m_lead.call(QStringLiteral("customer.reveal"),
                                                {{QStringLiteral("customerId"), QStringLiteral("1")}})),
                 InvalidBody);
    }

    void overrideLetsTheCapThroughForOneNumber()
    {
        const Debtor d = newDebtor();
        QCOMPARE(pushOne(attempt(d, d.own, 50)), 0);
        QCOMPARE(pushOne(attempt(d, d.own, 40)), 0);
        QCOMPARE(pushOne(attempt(d, d.own, 30)), Blocked);  // the cap of 2 is used up

        qint64 since = 0;
        pullAll(m_agent, 0, &since);
        const QJsonObject r = m_lead.call(QStringLiteral("compliance.override"),
                                          overrideBody(d, QStringLiteral("NumberDailyCap"), d.own.number));
        QCOMPARE(WsTestClient::code(r), 0);
        const QJsonObject o = WsTestClient::body(r).value(QStringLiteral("override")).toObject();
        QCOMPARE(o.value(QStringLiteral("rule")).toString(), QStringLiteral("NumberDailyCap"));
        QCOMPARE(o.value(QStringLiteral("lead")).toString(), QStringLiteral("lead01"));
        const QDateTime expires = proto::parseIsoUtc(o.value(QStringLiteral("expiresAt")).toString());
        QVERIFY(qAbs(expires.secsTo(QDateTime::currentDateTimeUtc().addSecs(2 * 3600))) < 60);
        // Audited with the reason; the full number is not in the audit trail.
        const QList<AuditEntry> aRows = audit(QStringLiteral("compliance.override"));
        QVERIFY(!aRows.isEmpty());
        const AuditEntry a = aRows.first();
        QCOMPARE(a.user, QStringLiteral("lead01"));
        QCOMPARE(a.detail.value(QStringLiteral("reason")).toString(), QStringLiteral("客户要求今天下午回电"));
        QCOMPARE(a.detail.value(QStringLiteral("phoneNumber")).toString(), pii::maskPhone(d.own.number));

        // The agent's next pull brings it, so the client can let the call through before dialling.
        bool pulled = false;
        for (const QJsonObject &c : pullAll(m_agent, since))
            pulled |= c.value(QStringLiteral("entity")).toString() == QLatin1String("override")
                && c.value(QStringLiteral("data")).toObject().value(QStringLiteral("customerId")).toInteger()
                    == d.customer;
        QVERIFY(pulled);

        // The overridden number takes the call now, and the use is audited; the other rule still holds
        // on the other number once its own cap is reached.
        const QString allowedOp = newOpId();
        QCOMPARE(pushOne(attempt(d, d.own, 1), allowedOp), 0);
        const QList<AuditEntry> usedRows = audit(QStringLiteral("compliance.override.used"));
        QVERIFY(!usedRows.isEmpty());
        const AuditEntry used = usedRows.first();
        QCOMPARE(used.detail.value(QStringLiteral("opId")).toString(), allowedOp);
        QCOMPARE(used.detail.value(QStringLiteral("rules")).toArray().first().toString(),
                 QStringLiteral("NumberDailyCap"));
        QCOMPARE(pushOne(attempt(d, d.own2, 50)), 0);
        QCOMPARE(pushOne(attempt(d, d.own2, 40)), 0);
        QCOMPARE(pushOne(attempt(d, d.own2, 20)), Blocked);
    }

    void expiredOverrideNoLongerHolds()
    {
        const Debtor d = newDebtor();
        QCOMPARE(pushOne(attempt(d, d.own, 50)), 0);
        QCOMPARE(pushOne(attempt(d, d.own, 40)), 0);
        // An override that ran out ten minutes ago (written behind the server's back).
        compliance::Override o;
        o.rule = compliance::Rule::NumberDailyCap;
        o.reason = QStringLiteral("已过期的放行");
        o.lead = QStringLiteral("lead01");
        o.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        QVERIFY(m_server->storage().insertOverride(d.customer, o, o.expiresAt.addSecs(-3600)).ok());
        QCOMPARE(pushOne(attempt(d, d.own, 1)), Blocked);
        // A call that started while it was in force is still accepted (checked at its start time).
        QCOMPARE(pushOne(attempt(d, d.own, 15)), 0);
    }

    void overrideIsRefusedWhenNotTheLeadsToGive_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("hours");
        QTest::addColumn<int>("code");
        QTest::newRow("agent") << "agent" << "NumberDailyCap" << "客户要求回电" << 2 << Forbidden;
        QTest::newRow("lead of another team") << "other" << "NumberDailyCap" << "客户要求回电" << 2 << NotFound;
        QTest::newRow("calling hours") << "lead" << "OutsideCallingWindow" << "客户要求回电" << 2 << InvalidValue;
        QTest::newRow("do-not-call") << "lead" << "CustomerDoNotCall" << "客户要求回电" << 2 << InvalidValue;
        QTest::newRow("deceased") << "lead" << "CustomerDeceased" << "客户要求回电" << 2 << InvalidValue;
        QTest::newRow("unknown rule") << "lead" << "NoSuchRule" << "客户要求回电" << 2 << InvalidValue;
        QTest::newRow("reason too short") << "lead" << "NumberDailyCap" << "好" << 2 << InvalidValue;
        QTest::newRow("too long") << "lead" << "NumberDailyCap" << "客户要求回电" << 25 << InvalidValue;
        QTest::newRow("zero hours") << "lead" << "NumberDailyCap" << "客户要求回电" << 0 << InvalidValue;
    }

    void overrideIsRefusedWhenNotTheLeadsToGive()
    {
        QFETCH(QString, who);
        QFETCH(QString, rule);
        QFETCH(QString, reason);
        QFETCH(int, hours);
        QFETCH(int, code);
        const Debtor d = newDebtor();
        QJsonObject body = overrideBody(d, rule, d.own.number, hours);
        body.insert(QStringLiteral("reason"), reason);
        WsTestClient &c = who == QLatin1String("agent") ? m_agent : who == QLatin1String("other") ? m_otherLead : m_lead;
        const int rows = scalar(QStringLiteral("SELECT COUNT(*) FROM compliance_overrides")).toInt();
        QCOMPARE(WsTestClient::code(c.call(QStringLiteral("compliance.override"), body)), code);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM compliance_overrides")).toInt(), rows);
    }

    void overrideOfAForeignNumberIsRefused()
    {
        const Debtor d = newDebtor();
        const Debtor other = newDebtor();
        QCOMPARE(WsTestClient::code(m_lead.call(QStringLiteral("compliance.override"),
                                                overrideBody(d, QStringLiteral("NumberDailyCap"), other.own.number))),
                 InvalidValue);
    }
};

QTEST_GUILESS_MAIN(TestServerLeadActions)
#include "tst_serverleadactions.moc"
