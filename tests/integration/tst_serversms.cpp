// sms.send end to end on the server: the default templates are in the change log; a send within the
// calling window is stored as an SMS interaction, written to the file sink and marked Sent (a new
// change-log row brings the state); at 23:00 debtor time it is refused with OutsideCallingWindow, a
// debtor template to a parent's number with DebtorTextToThirdParty (a contact template there with
// ThirdPartyNotYet while the debtor is reachable, as for calls), a threatening text with
// lint-blocked and the rule — all audited and nothing stored; the daily SMS cap refuses the third SMS
// of a day (SMS do not count toward the call caps); and the HTTP gateway retries a 500 and ends Sent.
// The rules run at the service's clock, fixed per test to a local time two days back.
#include "ServerFixture.h"
#include "SmsService.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace cd;
using namespace cd::server;
using namespace cdtest;

class TestServerSms : public ServerFixture
{
    Q_OBJECT

    struct Debtor {
        qint64 customer = 0;
        QTimeZone zone;
        Phone own, parent;
    };

    Debtor newDebtor()
    {
        Storage &s = m_server->storage();
        Debtor d;
        d.zone = QTimeZone("Asia/Shanghai");
        Customer c;
        c.name = QStringLiteral("短信测试");
        c.timeZone = QStringLiteral("Asia/Shanghai");
        d.customer = s.insertCustomer(c, false).value();
        auto addPhone = [&](const QString &number, Relation relation) {
            Phone p;
            p.customerId = d.customer;
            p.number = number;
            p.relation = relation;
            p.status = PhoneStatus::Valid;
            p.id = s.insertPhone(p).value();
            return p;
        };
        d.own =
            addPhone(QStringLiteral("1390000%1").arg(d.customer, 4, 10, QLatin1Char('0')), Relation::Self);
        d.parent =
            addPhone(QStringLiteral("1370000%1").arg(d.customer, 4, 10, QLatin1Char('0')), Relation::Parent);
        Task t;
        t.customerId = d.customer;
        t.assignee = QStringLiteral("agent01");
        t.due = QDateTime::currentDateTimeUtc();
        s.insertTask(t, {}, {}).value();
        return d;
    }

    /// Fixes the service's clock at `time` on the debtor's local day two days back.
    void clockAt(const Debtor &d, const QTime &time, int dayOffset = 0)
    {
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(d.zone).date();
        const QDateTime at = QDateTime(today.addDays(-2 + dayOffset), time, d.zone).toUTC();
        m_server->sms().setClock([at] { return at; });
    }

    qint64 templateId(const QString &code)
    {
        return scalar(QStringLiteral("SELECT id FROM sms_templates WHERE code = ?"), {code}).toLongLong();
    }

    QJsonObject sendBody(const Debtor &d, const Phone &to, const QString &code, const QString &text)
    {
        proto::SmsSend s;
        s.customerId = d.customer;
        s.phoneId = to.id;
        s.templateId = templateId(code);
        s.text = text;
        s.at = QDateTime::currentDateTimeUtc();
        return s.toJson();
    }

    int pushOne(const QString &opId, const QJsonObject &body)
    {
        const QJsonObject r = firstResult(push(m_agent, {op(opId, QStringLiteral("sms.send"), body)}));
        m_lastError = r.value(QStringLiteral("error")).toString();
        m_lastReason = r.value(QStringLiteral("reason")).toObject();
        return r.value(QStringLiteral("code")).toInt(-1);
    }

    AuditEntry auditOf(const QString &opId)
    {
        const QList<AuditEntry> all =
            m_server->storage().auditEntries(QStringLiteral("sms.send"), 5000).value();
        for (const AuditEntry &e : all)
            if (e.detail.value(QStringLiteral("opId")).toString() == opId)
                return e;
        return {};
    }
    int smsOf(const QString &opId)
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE op_id = ? AND channel = 'Sms'"),
                      {opId})
            .toInt();
    }
    void verifyRefused(const QString &opId, int code, const QString &rule)
    {
        const AuditEntry a = auditOf(opId);
        QCOMPARE(a.code, code);
        QCOMPARE(a.detail.value(QStringLiteral("rule")).toString(), rule);
        QCOMPARE(smsOf(opId), 0);
    }
    QStringList sinkLines()
    {
        QFile f(m_sink);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    WsTestClient m_agent;
    QString m_lastError;
    QJsonObject m_lastReason;  ///< the op result's structured reason, for the agent's notice
    QString m_sink;
    const QString m_clean =
        QStringLiteral("【某某金融】短信测试先生您好，您的账单已逾期3天，请尽快通过官方渠道还款。");

private Q_SLOTS:
    void initTestCase()
    {
        startServer(compliance::Policy());  // the real hours and caps; times come from the fixed clock
        m_sink = SmsConfig::defaultFileFor(m_dbPath);
        QVERIFY(m_agent.open(m_url));
        QCOMPARE(WsTestClient::code(m_agent.login(QStringLiteral("agent01"), Demo)), 0);
    }

    void defaultTemplatesReachClients()
    {
        int templates = 0;
        for (const QJsonObject &c : pullAll(m_agent, 0))
            if (c.value(QStringLiteral("entity")).toString() == QLatin1String("smsTemplate"))
                ++templates;
        QCOMPARE(templates, 7);
    }

    void sendWithinWindowIsSent()
    {
        const Debtor d = newDebtor();
        clockAt(d, QTime(10, 0));
        const QString opId = newOpId();
        QSignalSpy delivered(&m_server->sms(), &SmsService::delivered);
        QCOMPARE(pushOne(opId, sendBody(d, d.own, QStringLiteral("overdue-m1"), m_clean)), 0);
        QCOMPARE(smsOf(opId), 1);
        QTRY_COMPARE(delivered.size(), 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT sms_status FROM interactions WHERE op_id = ?"), {opId}).toString(),
            QStringLiteral("Sent"));
        const QStringList lines = sinkLines();
        QVERIFY(!lines.isEmpty());
        const QJsonObject line = QJsonDocument::fromJson(lines.last().toUtf8()).object();
        QCOMPARE(line.value(QStringLiteral("to")).toString(), d.own.number);
        QCOMPARE(line.value(QStringLiteral("text")).toString(), m_clean);
        QCOMPARE(line.value(QStringLiteral("reference")).toString(), opId);
        // Everyone who sees the customer pulls the SMS, the last row with its delivery state.
        QString lastState;
        for (const QJsonObject &c : pullAll(m_agent, 0))
            if (c.value(QStringLiteral("entity")).toString() == QLatin1String("interaction")
                && c.value(QStringLiteral("data")).toObject().value(QStringLiteral("customerId")).toInteger()
                    == d.customer)
                lastState =
                    c.value(QStringLiteral("data")).toObject().value(QStringLiteral("smsStatus")).toString();
        QCOMPARE(lastState, QStringLiteral("Sent"));
        QCOMPARE(auditOf(opId).code, 0);
    }

    void lateEveningIsRefused()
    {
        const Debtor d = newDebtor();
        clockAt(d, QTime(23, 0));
        const QString opId = newOpId();
        QCOMPARE(pushOne(opId, sendBody(d, d.own, QStringLiteral("overdue-m1"), m_clean)),
                 int(proto::StatusCode::ComplianceBlocked));
        QCOMPARE(m_lastError, QStringLiteral("compliance-blocked"));
        verifyRefused(opId, int(proto::StatusCode::ComplianceBlocked),
                      QStringLiteral("OutsideCallingWindow"));
        QVERIFY(auditOf(opId).detail.contains(QStringLiteral("allowedFrom")));
        // The client is told which rule and from when, not just the code.
        QCOMPARE(m_lastReason.value(QStringLiteral("rule")).toString(), QStringLiteral("OutsideCallingWindow"));
        QVERIFY(m_lastReason.contains(QStringLiteral("allowedFrom")));
    }

    void debtorTemplateToParentIsRefused()
    {
        const Debtor d = newDebtor();
        clockAt(d, QTime(11, 0));
        const QString opId = newOpId();
        QCOMPARE(pushOne(opId,
                         sendBody(d, d.parent, QStringLiteral("callback-missed"),
                                  QStringLiteral("【某某金融】您好，方便时请回电，谢谢。"))),
                 int(proto::StatusCode::ComplianceBlocked));
        verifyRefused(opId, int(proto::StatusCode::ComplianceBlocked),
                      QStringLiteral("DebtorTextToThirdParty"));
        // The contact template passes the audience rule, but a contact gets texts only when the debtor
        // cannot be reached on their own numbers, as for calls.
        const QString contact = newOpId();
        QCOMPARE(pushOne(contact,
                         sendBody(d, d.parent, QStringLiteral("callback-missed-contact"),
                                  QStringLiteral("【某某金融】您好，烦请转告短信测试方便时回电，谢谢。"))),
                 int(proto::StatusCode::ComplianceBlocked));
        verifyRefused(contact, int(proto::StatusCode::ComplianceBlocked), QStringLiteral("ThirdPartyNotYet"));
    }

    void lintFailingTextIsRefused()
    {
        const Debtor d = newDebtor();
        clockAt(d, QTime(11, 0));
        const QString opId = newOpId();
        QCOMPARE(pushOne(opId,
                         sendBody(d, d.own, QStringLiteral("overdue-m1"),
                                  QStringLiteral("再不还钱我们就上门找你。"))),
                 int(proto::StatusCode::LintBlocked));
        QCOMPARE(m_lastError, QStringLiteral("lint-blocked"));
        QCOMPARE(m_lastReason.value(QStringLiteral("lintRule")).toString(), QStringLiteral("Threat"));
        QCOMPARE(m_lastReason.value(QStringLiteral("match")).toString(), QStringLiteral("上门"));
        verifyRefused(opId, int(proto::StatusCode::LintBlocked), QStringLiteral("Threat"));
        QCOMPARE(auditOf(opId).detail.value(QStringLiteral("match")).toString(), QStringLiteral("上门"));
    }

    void dailySmsCapStopsTheThird()
    {
        const Debtor d = newDebtor();
        clockAt(d, QTime(9, 0));
        QCOMPARE(pushOne(newOpId(), sendBody(d, d.own, QStringLiteral("overdue-m1"), m_clean)), 0);
        QCOMPARE(pushOne(newOpId(), sendBody(d, d.own, QStringLiteral("overdue-m1"), m_clean)), 0);
        const QString third = newOpId();
        QCOMPARE(pushOne(third, sendBody(d, d.own, QStringLiteral("overdue-m1"), m_clean)),
                 int(proto::StatusCode::ComplianceBlocked));
        verifyRefused(third, int(proto::StatusCode::ComplianceBlocked), QStringLiteral("SmsDailyCap"));
        clockAt(d, QTime(9, 0), 1);  // the next local day
        QCOMPARE(pushOne(newOpId(), sendBody(d, d.own, QStringLiteral("overdue-m1"), m_clean)), 0);
    }

    void httpGatewayRetriesAfter500()
    {
        // A receiver that answers the first POST with 500 and the next with 200.
        QTcpServer receiver;
        QVERIFY(receiver.listen(QHostAddress::LocalHost));
        int requests = 0;
        QByteArray lastBody;
        connect(&receiver, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = receiver.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::readyRead, s, [&, s, buffer] {
                    buffer->append(s->readAll());
                    const qsizetype head = buffer->indexOf("\r\n\r\n");
                    if (head < 0)
                        return;
                    const QByteArray headers = buffer->left(head).toLower();
                    const qsizetype cl = headers.indexOf("content-length:");
                    const int length = cl < 0
                        ? 0
                        : headers.mid(cl + 15, headers.indexOf('\r', cl) - cl - 15).trimmed().toInt();
                    if (buffer->size() < head + 4 + length)
                        return;
                    lastBody = buffer->mid(head + 4, length);
                    buffer->clear();
                    const bool fail = requests++ == 0;
                    const QByteArray body =
                        fail ? QByteArray("{\"error\":\"busy\"}") : QByteArray("{\"id\":\"m-1\"}");
                    s->write((fail ? "HTTP/1.1 500 Internal Server Error\r\n" : "HTTP/1.1 200 OK\r\n")
                             + QByteArray(
                                 "Content-Type: application/json\r\nConnection: close\r\nContent-Length: ")
                             + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });

        auto server = std::make_unique<Server>();
        ServerConfig config;
        config.database = m_dir.filePath(QStringLiteral("http.db"));
        config.policy = aroundTheClock();
        config.sms.url = QUrl(QStringLiteral("http://127.0.0.1:%1/sms").arg(receiver.serverPort()));
        config.sms.http.initialBackoffMs = 50;
        QVERIFY(server->start(config).ok());
        Storage &s = server->storage();
        UserRecord u;
        u.username = QStringLiteral("smsagent");
        u.name = u.username;
        u.role = Role::Agent;
        u.team = QStringLiteral("north");
        u.passwordHash = PasswordHasher::hash(Pw);
        QVERIFY(s.insertUser(u).ok());
        Customer c;
        c.name = QStringLiteral("网关测试");
        c.timeZone = QStringLiteral("Asia/Shanghai");
        const qint64 customer = s.insertCustomer(c, false).value();
        Phone p;
        p.customerId = customer;
        p.number = QStringLiteral("13912345678");
        p.status = PhoneStatus::Valid;
        p.id = s.insertPhone(p).value();
        Task t;
        t.customerId = customer;
        t.assignee = u.username;
        t.due = QDateTime::currentDateTimeUtc();
        QVERIFY(s.insertTask(t, {}, {}).ok());
        const QList<SmsTemplate> templates = s.smsTemplates().value();
        const qint64 tmpl = templates.first().id;

        WsTestClient client;
        QVERIFY(client.open(urlOf(*server)));
        QCOMPARE(WsTestClient::code(client.login(u.username, Pw)), 0);
        proto::SmsSend body;
        body.customerId = customer;
        body.phoneId = p.id;
        body.templateId = tmpl;
        body.text = m_clean;
        body.at = QDateTime::currentDateTimeUtc();
        QSignalSpy delivered(&server->sms(), &SmsService::delivered);
        const QString opId = newOpId();
        const QJsonObject r =
            firstResult(push(client, {op(opId, QStringLiteral("sms.send"), body.toJson())}));
        QCOMPARE(r.value(QStringLiteral("code")).toInt(-1), 0);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10000);
        QCOMPARE(delivered.first().at(1).value<SmsStatus>(), SmsStatus::Sent);
        QCOMPARE(requests, 2);
        const QJsonObject posted = QJsonDocument::fromJson(lastBody).object();
        QCOMPARE(posted.value(QStringLiteral("to")).toString(), p.number);
        QCOMPARE(posted.value(QStringLiteral("reference")).toString(), opId);
        const QList<AuditEntry> deliveries = s.auditEntries(QStringLiteral("sms.delivery"), 10).value();
        QVERIFY(!deliveries.isEmpty());
        const AuditEntry delivery = deliveries.first();
        QCOMPARE(delivery.detail.value(QStringLiteral("attempts")).toInt(), 2);
        QCOMPARE(delivery.detail.value(QStringLiteral("status")).toString(), QStringLiteral("Sent"));
        server->stop(0);
    }
};

QTEST_GUILESS_MAIN(TestServerSms)
#include "tst_serversms.moc"
