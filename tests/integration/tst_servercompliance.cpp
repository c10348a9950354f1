// The server checks every recorded call against the contact-compliance rules (core/Compliance.h) with
// the default policy, at the time the call started in the debtor's local time and against the
// history stored before the op: a call at 23:00 debtor time, the 7th unanswered attempt on one number
// in a local day, a do-not-call debtor or a relative called too early are refused with 3004
// compliance-blocked (final, remembered, audited with the rule) and change nothing; valid calls pass.
// Times are fixed local times two days back, so the result does not depend on the wall clock. Last,
// `collectdesk-server serve --policy FILE` refuses a policy file it cannot use and logs the one it serves.
#include "ServerFixture.h"

using namespace cd;
using namespace cd::server;
using namespace cdtest;

namespace {
constexpr int Blocked = int(proto::StatusCode::ComplianceBlocked);
}

class TestServerCompliance : public ServerFixture
{
    Q_OBJECT

    struct Debtor {
        qint64 customer = 0;
        qint64 task = 0;
        QTimeZone zone;
        Phone own, own2, parent, invalid;
    };

    /// A new debtor of agent01 in `zone` with two own numbers, an invalid one and a parent.
    Debtor newDebtor(const QString &zone, CustomerFlags flags = {})
    {
        Storage &s = m_server->storage();
        Debtor d;
        d.zone = QTimeZone(zone.toLatin1());
        Customer c;
        c.name = QStringLiteral("合规测试");
        c.timeZone = zone;
        c.flags = flags;
        d.customer = s.insertCustomer(c, false).value();
        auto addPhone = [&](const QString &number, Relation relation, PhoneStatus status) {
            Phone p;
            p.customerId = d.customer;
            p.number = number;
            p.relation = relation;
            p.status = status;
            p.id = s.insertPhone(p).value();
            return p;
        };
        const QString stem = QStringLiteral("139%1").arg(d.customer, 6, 10, QLatin1Char('0'));
        d.own = addPhone(stem + QStringLiteral("01"), Relation::Self, PhoneStatus::Valid);
        d.own2 = addPhone(stem + QStringLiteral("02"), Relation::Self, PhoneStatus::Valid);
        d.invalid = addPhone(stem + QStringLiteral("03"), Relation::Self, PhoneStatus::Invalid);
        d.parent = addPhone(stem + QStringLiteral("09"), Relation::Parent, PhoneStatus::Valid);
        Task t;
        t.customerId = d.customer;
        t.assignee = QStringLiteral("agent01");
        t.due = QDateTime::currentDateTimeUtc();
        d.task = s.insertTask(t, {}, {}).value();
        return d;
    }

    /// `time` on the debtor's local day two days before today, as UTC.
    static QDateTime localAt(const Debtor &d, const QTime &time, int dayOffset = 0)
    {
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(d.zone).date();
        return QDateTime(today.addDays(-2 + dayOffset), time, d.zone).toUTC();
    }

    /// A call on `phone` that started at `startedAt`, saved now. `phoneId` false: the number only.
    static QJsonObject attempt(const Debtor &d, const Phone &phone, const QDateTime &startedAt,
                               Outcome outcome = Outcome::NoAnswer, bool phoneId = true)
    {
        proto::InteractionRecord r;
        r.taskId = d.task;
        r.customerId = d.customer;
        r.phoneId = phoneId ? phone.id : 0;
        r.phoneNumber = phone.number;
        r.outcome = outcome;
        r.startedAt = startedAt;
        if (outcome != Outcome::NoAnswer && outcome != Outcome::Busy)
            r.answeredAt = startedAt.addSecs(8);
        r.endedAt = startedAt.addSecs(40);
        r.recordedAt = QDateTime::currentDateTimeUtc();
        return r.toJson();
    }

    /// Pushes one op and returns its result code (and the slug in m_lastError).
    int pushOne(WsTestClient &c, const QString &opId, const QJsonObject &body)
    {
        const QJsonObject r = firstResult(push(c, {op(opId, QStringLiteral("interaction.record"), body)}));
        m_lastError = r.value(QStringLiteral("error")).toString();
        return r.value(QStringLiteral("code")).toInt(-1);
    }

    /// The audit rows of interaction.record for `opId`.
    QList<AuditEntry> auditOf(const QString &opId)
    {
        const Result<QList<AuditEntry>> all =
            m_server->storage().auditEntries(QStringLiteral("interaction.record"), 5000);
        QList<AuditEntry> out;
        for (const AuditEntry &e : all.value())
            if (e.detail.value(QStringLiteral("opId")).toString() == opId)
                out << e;
        return out;
    }
    int interactionsOf(const QString &opId)
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE op_id = ?"), {opId}).toInt();
    }
    int attemptsOf(qint64 task) { return m_server->storage().task(task).value()->task.attempts; }

    /// Checks a refusal: 3004 audited once with `rule`, nothing recorded, the task untouched.
    void verifyRefused(const Debtor &d, const QString &opId, const QString &rule, int attemptsBefore)
    {
        QCOMPARE(m_lastError, QStringLiteral("compliance-blocked"));
        const QList<AuditEntry> audit = auditOf(opId);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().code, Blocked);
        QCOMPARE(audit.first().user, QStringLiteral("agent01"));
        QCOMPARE(audit.first().target, QStringLiteral("task:%1").arg(d.task));
        QCOMPARE(audit.first().detail.value(QStringLiteral("rule")).toString(), rule);
        QCOMPARE(interactionsOf(opId), 0);
        QCOMPARE(attemptsOf(d.task), attemptsBefore);
        QCOMPARE(scalar(QStringLiteral("SELECT code FROM applied_ops WHERE op_id = ?"), {opId}).toInt(),
                 Blocked);
    }

    WsTestClient m_agent;
    QString m_lastError;

    /// Runs `collectdesk-server serve` with --policy `file` until it exits or prints "listening on".
    QString serveWithPolicy(const QString &file, int *exitCode)
    {
        return serveWith({QStringLiteral("--policy"), file}, exitCode);
    }
    /// Runs `collectdesk-server serve` with `options` until it exits or prints "listening on".
    QString serveWith(const QStringList &options, int *exitCode)
    {
        QProcess server;
        server.start(QStringLiteral(COLLECTDESK_SERVER_BIN),
                     QStringList{QStringLiteral("serve"), QStringLiteral("--db"),
                                 m_dir.filePath(QStringLiteral("cli.db")), QStringLiteral("--listen"),
                                 QStringLiteral("127.0.0.1:0")}
                         + options);
        if (!server.waitForStarted())
            return {};
        QByteArray out;
        QDeadlineTimer deadline(30'000);
        while (!out.contains("listening on") && server.state() == QProcess::Running
               && !deadline.hasExpired()) {
            server.waitForReadyRead(200);
            out += server.readAllStandardOutput();
        }
        if (server.state() == QProcess::Running)
            server.terminate();  // SIGTERM: stops cleanly
        server.waitForFinished(30'000);
        *exitCode = server.exitStatus() == QProcess::NormalExit ? server.exitCode() : -1;
        return QString::fromUtf8(out + server.readAllStandardOutput() + server.readAllStandardError());
    }

private Q_SLOTS:
    void initTestCase()
    {
        startServer(compliance::Policy());  // the default policy: 08:00-22:00, 6 unanswered per number
        QVERIFY(m_agent.open(m_url));
        QCOMPARE(WsTestClient::code(m_agent.login(QStringLiteral("agent01"), Demo)), 0);
    }
    void cleanupTestCase() { m_server.reset(); }

    void callingWindow_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QTime>("localTime");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("rule");
        const QString sh = QStringLiteral("Asia/Shanghai"), urumqi = QStringLiteral("Asia/Urumqi");
        const QString window = QStringLiteral("OutsideCallingWindow");
        QTest::newRow("Shanghai 23:00 refused") << sh << QTime(23, 0) << Blocked << window;
        QTest::newRow("Shanghai 22:00 refused") << sh << QTime(22, 0) << Blocked << window;
        QTest::newRow("Shanghai 07:59 refused") << sh << QTime(7, 59) << Blocked << window;
        QTest::newRow("Shanghai 08:00 recorded") << sh << QTime(8, 0) << 0 << QString();
        QTest::newRow("Shanghai 21:59 recorded") << sh << QTime(21, 59) << 0 << QString();
        QTest::newRow("Urumqi 23:00 refused") << urumqi << QTime(23, 0) << Blocked << window;
        QTest::newRow("Urumqi 07:30 (09:30 in Beijing) refused")
            << urumqi << QTime(7, 30) << Blocked << window;
        QTest::newRow("Urumqi 21:30 (23:30 in Beijing) recorded")
            << urumqi << QTime(21, 30) << 0 << QString();
    }
    void callingWindow()
    {
        QFETCH(QString, zone);
        QFETCH(QTime, localTime);
        QFETCH(int, code);
        QFETCH(QString, rule);
        const Debtor d = newDebtor(zone);
        const QString opId = newOpId();
        QCOMPARE(pushOne(m_agent, opId, attempt(d, d.own, localAt(d, localTime))), code);
        if (code == Blocked) {
            verifyRefused(d, opId, rule, 0);
            const AuditEntry e = auditOf(opId).first();
            // The audit says when the debtor could have been called: 08:00 local on an allowed day.
            const QDateTime from =
                proto::parseIsoUtc(e.detail.value(QStringLiteral("allowedFrom")).toString());
            QVERIFY(from.isValid());
            QCOMPARE(from.toTimeZone(d.zone).time(), QTime(8, 0));
            QVERIFY(e.detail.value(QStringLiteral("localTime"))
                        .toString()
                        .contains(localTime.toString(u"HH:mm")));
        } else {
            QCOMPARE(interactionsOf(opId), 1);
            QCOMPARE(attemptsOf(d.task), 1);
            QVERIFY(auditOf(opId).first().code == 0);
        }
    }

    void seventhUnansweredOnOneNumberIsRefused()
    {
        const Debtor d = newDebtor(QStringLiteral("Asia/Shanghai"));
        for (int k = 0; k < 6; ++k)
            QCOMPARE(pushOne(m_agent, newOpId(), attempt(d, d.own, localAt(d, QTime(9, 0)).addSecs(k * 900))),
                     0);
        QCOMPARE(attemptsOf(d.task), 6);

        const QString seventh = newOpId();
        const QJsonObject body = attempt(d, d.own, localAt(d, QTime(11, 0)));
        QCOMPARE(pushOne(m_agent, seventh, body), Blocked);
        verifyRefused(d, seventh, QStringLiteral("NumberDailyCap"), 6);
        QCOMPARE(auditOf(seventh).first().detail.value(QStringLiteral("unansweredToday")).toInt(), 6);
        // Final and remembered: the replay answers the same, with no second audit row.
        QCOMPARE(pushOne(m_agent, seventh, body), Blocked);
        QCOMPARE(auditOf(seventh).size(), 1);

        // Busy counts like no answer; the debtor's other number and the next local day are fine.
        QCOMPARE(pushOne(m_agent, newOpId(), attempt(d, d.own, localAt(d, QTime(11, 30)), Outcome::Busy)),
                 Blocked);
        QCOMPARE(pushOne(m_agent, newOpId(), attempt(d, d.own2, localAt(d, QTime(11, 0)))), 0);
        QCOMPARE(pushOne(m_agent, newOpId(), attempt(d, d.own, localAt(d, QTime(8, 0), 1))), 0);
        // Dialled by number only (no phone id): the same number, the same cap.
        QCOMPARE(pushOne(m_agent, newOpId(),
                         attempt(d, d.own, localAt(d, QTime(12, 0)), Outcome::NoAnswer, false)),
                 Blocked);
        // A record without a start time is no call attempt: not checked.
        QJsonObject noStart = attempt(d, d.own, localAt(d, QTime(12, 0)));
        noStart.remove(QStringLiteral("startedAt"));
        const QString noStartOp = newOpId();
        QCOMPARE(pushOne(m_agent, noStartOp, noStart), 0);
        QCOMPARE(interactionsOf(noStartOp), 1);
        QCOMPARE(attemptsOf(d.task), 9);
    }

    // A record's own time is the agent's (an offline record arrives hours later), unless the
    // agent's clock is more than five minutes ahead of the server's: then the server's time. A
    // record without a start time is stored as started then.
    void recordTimeIsTheAgentsUnlessAhead()
    {
        const Debtor d = newDebtor(QStringLiteral("Asia/Shanghai"));
        const auto startedAtOf = [&](const QDateTime &recordedAt) {
            QJsonObject body = attempt(d, d.own, QDateTime());
            body.remove(QStringLiteral("startedAt"));
            body.remove(QStringLiteral("answeredAt"));
            body.remove(QStringLiteral("endedAt"));
            body.insert(QStringLiteral("recordedAt"), proto::isoUtc(recordedAt));
            const QString opId = newOpId();
            const int code = pushOne(m_agent, opId, body);
            if (code != 0)
                qWarning() << "refused:" << code << m_lastError;
            return proto::parseIsoUtc(
                scalar(QStringLiteral("SELECT started_at FROM interactions WHERE op_id = ?"), {opId}).toString());
        };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime hoursAgo = now.addSecs(-3 * 3600);
        QCOMPARE(startedAtOf(hoursAgo), hoursAgo);
        const QDateTime slightlyAhead = now.addSecs(120);
        QCOMPARE(startedAtOf(slightlyAhead), slightlyAhead);
        const QDateTime farAhead = now.addSecs(3600);
        const QDateTime stored = startedAtOf(farAhead);
        QVERIFY(stored.isValid());
        QVERIFY2(stored >= now && stored < now.addSecs(ClientClockSkewSeconds),
                 qPrintable(stored.toString(Qt::ISODateWithMs)));
    }

    void rules_data()
    {
        QTest::addColumn<CustomerFlags>("flags");
        QTest::addColumn<QString>("phone");  // own, parent, invalid, parent-by-number
        QTest::addColumn<int>("ownFailures");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("rule");
        const CustomerFlags none;
        const QString own = QStringLiteral("own"), parent = QStringLiteral("parent"),
                      notYet = QStringLiteral("ThirdPartyNotYet");
        QTest::newRow("do-not-call debtor refused") << CustomerFlags(CustomerFlag::DoNotCall) << own << 0
                                                    << Blocked << QStringLiteral("CustomerDoNotCall");
        QTest::newRow("debtor in dispute refused") << CustomerFlags(CustomerFlag::Dispute) << own << 0
                                                   << Blocked << QStringLiteral("CustomerOnHold");
        QTest::newRow("vulnerable debtor recorded")
            << CustomerFlags(CustomerFlag::Vulnerable) << own << 0 << 0 << QString();
        QTest::newRow("invalid number refused")
            << none << QStringLiteral("invalid") << 0 << Blocked << QStringLiteral("NumberInvalid");
        QTest::newRow("parent before the debtor proved unreachable refused")
            << none << parent << 0 << Blocked << notYet;
        QTest::newRow("parent dialled by number only, refused alike")
            << none << QStringLiteral("parent-by-number") << 0 << Blocked << notYet;
        QTest::newRow("parent after 3 failures on one of two own numbers refused")
            << none << parent << 1 << Blocked << notYet;
        QTest::newRow("parent after 3 failures on both own numbers recorded")
            << none << parent << 2 << 0 << QString();
    }
    void rules()
    {
        QFETCH(CustomerFlags, flags);
        QFETCH(QString, phone);
        QFETCH(int, ownFailures);
        QFETCH(int, code);
        QFETCH(QString, rule);
        const Debtor d = newDebtor(QStringLiteral("Asia/Shanghai"), flags);
        // Failures on the own numbers: 3 each on the first `ownFailures` of them, the day before.
        for (const Phone &own : QList<Phone>{d.own, d.own2}.mid(0, ownFailures))
            for (int k = 0; k < 3; ++k)
                QCOMPARE(pushOne(m_agent, newOpId(), attempt(d, own, localAt(d, QTime(10 + k, 0), -1))), 0);
        const int before = attemptsOf(d.task);
        const Phone target = phone == QLatin1String("invalid") ? d.invalid
            : phone.startsWith(QLatin1String("parent"))        ? d.parent
                                                               : d.own;
        const QString opId = newOpId();
        QCOMPARE(pushOne(m_agent, opId,
                         attempt(d, target, localAt(d, QTime(15, 0)), Outcome::NoAnswer,
                                 phone != QLatin1String("parent-by-number"))),
                 code);
        if (code == Blocked)
            verifyRefused(d, opId, rule, before);
        else
            QCOMPARE(attemptsOf(d.task), before + 1);
    }

    void policyFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("output");
        QTest::newRow("around the clock: served and logged")
            << QByteArray(
                   R"({"windowStart":"00:00","windowEnd":"24:00","maxUnansweredPerNumberPerDay":1000})")
            << 0 << QStringLiteral(R"("maxUnansweredPerNumberPerDay":1000)");
        QTest::newRow("not JSON") << QByteArray("window: 8-22") << 2
                                  << QStringLiteral("is not a JSON object");
        QTest::newRow("a JSON array") << QByteArray("[]") << 2 << QStringLiteral("is not a JSON object");
        QTest::newRow("window end before start")
            << QByteArray(R"({"windowStart":"20:00","windowEnd":"09:00"})") << 2
            << QStringLiteral("windowEnd must be after windowStart");
        QTest::newRow("negative cap") << QByteArray(R"({"maxConversationsPerDebtorPerDay":-1})") << 2
                                      << QStringLiteral("maxConversationsPerDebtorPerDay");
        QTest::newRow("missing file") << QByteArray() << 2 << QStringLiteral("cannot read --policy");
    }
    void policyFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, exitCode);
        QFETCH(QString, output);
        const QString file = m_dir.filePath(QStringLiteral("policy-%1.json").arg(QTest::currentDataTag()));
        if (!content.isEmpty()) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        int exit = -1;
        const QString out = serveWithPolicy(file, &exit);
        QCOMPARE(exit, exitCode);
        QVERIFY2(out.contains(output), qPrintable(out));
        QCOMPARE(out.contains(QStringLiteral("listening on")), exitCode == 0);
    }

    void serveOptions_data()
    {
        // Each case: a file content for {file} (empty: none), the options, the exit code, the output.
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("output");
        const QString file = QStringLiteral("{file}");
        QTest::newRow("floor alerts: served") << QByteArray(R"({"notReadyMinutes": 20, "queueDepth": 0})")
                                              << QStringList{QStringLiteral("--floor-alerts"), file} << 0
                                              << QStringLiteral("listening on");
        QTest::newRow("floor alerts: negative")
            << QByteArray(R"({"wrapUpMinutes": -3})") << QStringList{QStringLiteral("--floor-alerts"), file}
            << 2 << QStringLiteral("wrapUpMinutes must be a whole number");
        QTest::newRow("floor alerts: unknown key")
            << QByteArray(R"({"notReadyMinutes": 20, "wrapupMinutes": 5})")
            << QStringList{QStringLiteral("--floor-alerts"), file} << 2
            << QStringLiteral("unknown floor alert key wrapupMinutes");
        QTest::newRow("floor alerts: wrong type")
            << QByteArray(R"({"disconnected": "yes"})") << QStringList{QStringLiteral("--floor-alerts"), file}
            << 2 << QStringLiteral("disconnected must be true or false");
        QTest::newRow("floor alerts: not JSON") << QByteArray("wrapUp=3")
                                                << QStringList{QStringLiteral("--floor-alerts"), file} << 2
                                                << QStringLiteral("is not a JSON object");
        QTest::newRow("floor alerts: missing file")
            << QByteArray() << QStringList{QStringLiteral("--floor-alerts"), file} << 2
            << QStringLiteral("--floor-alerts: cannot read");
        QTest::newRow("sweep interval: negative")
            << QByteArray() << QStringList{QStringLiteral("--account-sweep-interval"), QStringLiteral("-5")} << 2
            << QStringLiteral("--account-sweep-interval must be 0..1440 minutes");
        QTest::newRow("discount over 100 %")
            << QByteArray() << QStringList{QStringLiteral("--discount-limit-junior"), QStringLiteral("150")} << 2
            << QStringLiteral("--discount-limit-junior must be a percentage");
        QTest::newRow("junior above senior")
            << QByteArray()
            << QStringList{QStringLiteral("--discount-limit-junior"), QStringLiteral("25"),
                           QStringLiteral("--discount-limit-senior"), QStringLiteral("15")}
            << 2 << QStringLiteral("must not exceed");
        QTest::newRow("discount limits: served")
            << QByteArray()
            << QStringList{QStringLiteral("--discount-limit-junior"), QStringLiteral("12.5"),
                           QStringLiteral("--discount-limit-senior"), QStringLiteral("30"),
                           QStringLiteral("--account-sweep-interval"), QStringLiteral("0")}
            << 0 << QStringLiteral("listening on");
    }
    void serveOptions()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, output);
        const QString file = m_dir.filePath(QStringLiteral("serve-%1.json").arg(QTest::currentDataTag()));
        if (!content.isEmpty()) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        options.replaceInStrings(QStringLiteral("{file}"), file);
        int exit = -1;
        const QString out = serveWith(options, &exit);
        QCOMPARE(exit, exitCode);
        QVERIFY2(out.contains(output), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestServerCompliance)
#include "tst_servercompliance.moc"
