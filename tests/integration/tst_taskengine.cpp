// A day on the floor with a fake clock: the task engine is called at explicit instants (no sleeping)
// and the tasks appear, wait and open exactly when the rules say; an agent's queue (the real
// `collectdesk-server queue --json`) lists them in the rules' order with their reasons, and late in
// the evening says the calls are blocked and from when they are allowed. A lead reassigns within
// their team only.
#include "AuditLog.h"
#include "Codec.h"
#include "FactsReader.h"
#include "Messages.h"
#include "SqliteStorage.h"
#include "TaskEngine.h"
#include "TaskService.h"
#include "ThreadPolicies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace cd;
using namespace cd::server;

namespace {

const QTimeZone kZone(QByteArrayLiteral("Asia/Shanghai"));
const QDate kDay1(2026, 3, 1);  // Sunday
const QDate kDay2(2026, 3, 2);

QDateTime local(const QDate &d, int hour, int minute = 0, int second = 0)
{
    return QDateTime(d, QTime(hour, minute, second), kZone).toUTC();
}

}  // namespace

class tst_TaskEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStorage> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<TaskService> m_tasks;
    std::unique_ptr<TaskEngine> m_engine;
    qint64 m_reminder = 0, m_milestone = 0, m_callback = 0, m_retry = 0, m_promise = 0, m_dispute = 0,
           m_refusing = 0;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("engine.db")); }

    void addUser(const char *name, Role role, const char *team, const char *skill = "junior")
    {
        UserRecord u;
        u.username = QString::fromLatin1(name);
        u.name = u.username;
        u.role = role;
        u.team = QString::fromLatin1(team);
        u.skill = QString::fromLatin1(skill);
        u.passwordHash = QStringLiteral("-");
        QVERIFY(m_db->insertUser(u).ok());
    }
    Viewer viewer(const char *name)
    {
        return Viewer::of(*m_db->userByName(QString::fromLatin1(name)).value());
    }

    /// A customer owing one installment of 3,000 yuan due on `due`, with one own mobile number.
    qint64 addCustomer(const QString &name, const QDate &due, RiskGrade risk = RiskGrade::B,
                       CustomerFlags flags = {})
    {
        Customer c;
        c.name = name;
        c.timeZone = QStringLiteral("Asia/Shanghai");
        c.risk = risk;
        c.flags = flags;
        const qint64 id = m_db->insertCustomer(c, true).value();
        Phone p;
        p.customerId = id;
        p.number = QStringLiteral("1380013%1").arg(id, 4, 10, QLatin1Char('0'));
        m_db->insertPhone(p);
        Loan l;
        l.customerId = id;
        l.contractNo = QStringLiteral("CL-%1").arg(id);
        l.principal = yuan(3000);
        Installment i;
        i.seq = 1;
        i.dueDate = due;
        i.principalDue = yuan(3000);
        l.installments << i;
        m_db->insertLoan(l);
        return id;
    }
    /// A past call written straight to the history (before the simulated day).
    void addCall(qint64 customerId, const char *agent, Outcome outcome, const QDateTime &endedAt)
    {
        Interaction i;
        i.customerId = customerId;
        i.agent = QString::fromLatin1(agent);
        i.phoneNumber = m_db->phones(customerId).value().first().number;
        i.startedAt = endedAt.addSecs(-120);
        if (outcome != Outcome::NoAnswer && outcome != Outcome::Busy)
            i.answeredAt = endedAt.addSecs(-100);
        i.endedAt = endedAt;
        i.outcome = outcome;
        QVERIFY(m_db->insertInteraction(i, {}).ok());
    }
    std::optional<EngineTask> liveTask(qint64 customerId)
    {
        std::optional<EngineTask> out;
        const Result<QList<EngineTask>> all = m_db->engineTasks(customerId);
        for (const EngineTask &t : all.value())
            if (t.task.status != TaskStatus::Done) {
                if (out)
                    return EngineTask{};  // two live tasks: caught by the caller's comparisons (id 0)
                out = t;
            }
        return out;
    }
    /// An agent's wrap-up as the client sends it, recorded by TaskService at `at`; then the engine
    /// plans the customer again, as the server does after every recorded call.
    void record(const char *agent, qint64 customerId, Outcome outcome, const QDateTime &startedAt,
                int talkSeconds, const QDateTime &callbackAt = {})
    {
        const std::optional<EngineTask> t = liveTask(customerId);
        QVERIFY(t);
        proto::InteractionRecord r;
        r.taskId = t->task.id;
        r.customerId = customerId;
        r.phoneNumber = m_db->phones(customerId).value().first().number;
        r.startedAt = startedAt;
        if (talkSeconds > 0)
            r.answeredAt = startedAt.addSecs(5);
        r.endedAt = startedAt.addSecs(5 + talkSeconds);
        r.outcome = outcome;
        r.callbackAt = callbackAt;
        r.recordedAt = r.endedAt;
        const ServiceResult<qint64> done = m_tasks->recordInteraction(
            viewer(agent), QUuid::createUuid().toString(QUuid::WithoutBraces), r, r.endedAt);
        QVERIFY2(done.ok(), qPrintable(done.detail()));
        QVERIFY(m_engine->sweepCustomer(customerId, r.endedAt.addSecs(1)).ok());
    }
    void sweep(const QDateTime &at)
    {
        const Result<TaskEngine::Summary> s = m_engine->sweep(at);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().detail));
    }
    QJsonObject queue(const char *agent, const QString &at)
    {
        QProcess p;
        p.start(QStringLiteral(COLLECTDESK_SERVER_BIN),
                {QStringLiteral("queue"), QStringLiteral("--db"), dbPath(), QStringLiteral("--agent"),
                 QString::fromLatin1(agent), QStringLiteral("--at"), at, QStringLiteral("--json")});
        if (!p.waitForFinished(60'000) || p.exitCode() != 0) {
            qWarning().noquote() << p.readAllStandardError();
            return {};
        }
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<SqliteStorage>(dbPath());
        QVERIFY(m_db->open().ok());
        m_audit = std::make_unique<AuditLog>(*m_db);
        m_tasks = std::make_unique<TaskService>(*m_db, *m_audit);
        m_engine = std::make_unique<TaskEngine>(*m_db, *m_audit, *m_tasks);
        addUser("agent01", Role::Agent, "north");
        addUser("agent02", Role::Agent, "north", "senior");
        addUser("agent03", Role::Agent, "north");
        addUser("lead01", Role::Lead, "north", "senior");
        addUser("lead02", Role::Lead, "south", "senior");

        const QDateTime longAgo = local(kDay1.addDays(-10), 11);
        m_reminder = addCustomer(QStringLiteral("王小明"), QDate(2026, 3, 5));  // D-4 on day 1
        m_milestone = addCustomer(QStringLiteral("李华"), kDay1);              // due on day 1: DPD 1 on day 2
        m_callback = addCustomer(QStringLiteral("张伟"), kDay1.addDays(-20));  // M1
        m_retry = addCustomer(QStringLiteral("赵敏"), kDay1.addDays(-45), RiskGrade::C);  // M2: seniors only
        m_promise = addCustomer(QStringLiteral("陈静"), kDay1.addDays(-10));
        m_dispute =
            addCustomer(QStringLiteral("周杰"), kDay1.addDays(-30), RiskGrade::B, CustomerFlag::Dispute);
        m_refusing = addCustomer(QStringLiteral("吴刚"), kDay1.addDays(-70), RiskGrade::D);  // M3
        // agent01 last reached these three (sticky); agent03 the promise customer.
        for (qint64 id : {m_reminder, m_milestone, m_callback})
            addCall(id, "agent01", Outcome::RightPartyContact, longAgo);
        addCall(m_promise, "agent03", Outcome::PromiseToPay, local(kDay1.addDays(-5), 11));
        Promise p;
        p.customerId = m_promise;
        p.amount = yuan(1000);
        p.dueDate = kDay2;
        p.createdAt = local(kDay1.addDays(-5), 11);
        QVERIFY(m_db->insertPromise(p, {}).ok());
        for (int d : {5, 4, 3})
            addCall(m_refusing, "agent01", Outcome::Refused, local(kDay1.addDays(-d), 16));
    }

    void morningOfDay1()
    {
        QSignalSpy notices(m_engine.get(), &TaskEngine::noticed);
        sweep(local(kDay1, 8));
        QVERIFY2(!liveTask(m_reminder), "D-4: no reminder yet");
        QVERIFY2(!liveTask(m_milestone), "due today: not overdue yet");
        QVERIFY2(!liveTask(m_dispute), "dispute: suppressed");

        const EngineTask c = *liveTask(m_callback);
        QCOMPARE(c.task.kind, TaskKind::Collection);
        QCOMPARE(c.task.status, TaskStatus::Open);
        QCOMPARE(c.task.assignee, QStringLiteral("agent01"));  // sticky to who reached them
        QCOMPARE(c.rule, taskrules::rule::Overdue);
        QVERIFY(c.task.reasons.contains(ReasonCode::NoRecentContact));

        QCOMPARE(liveTask(m_retry)->task.assignee, QStringLiteral("agent02"));  // M2: only the senior

        const EngineTask legal = *liveTask(m_refusing);
        QCOMPARE(legal.task.kind, TaskKind::LegalReview);
        QCOMPARE(legal.task.reasons.first(), ReasonCode::RepeatedRefusal);
        QCOMPARE(legal.task.assignee, QStringLiteral("agent02"));  // the junior who called is not eligible

        const EngineTask promise = *liveTask(m_promise);
        QCOMPARE(promise.task.kind, TaskKind::PromiseFollowUp);
        QCOMPARE(promise.task.status, TaskStatus::Deferred);
        QCOMPARE(promise.task.nextEligible, local(kDay2, 10));
        QCOMPARE(promise.task.assignee, QStringLiteral("agent03"));

        // Clients learn through the change log and a task.assigned event to the owner.
        QSqlQuery q(m_db->db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = 'task'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        QCOMPARE(notices.size(), 4);
        const Notice first = notices.first().first().value<Notice>();
        QCOMPARE(first.type, proto::msg::TaskAssigned);

        // A second sweep at the same instant changes nothing.
        notices.clear();
        sweep(local(kDay1, 8));
        QCOMPARE(notices.size(), 0);
    }

    void day2ReminderAndMilestoneAppearAtLocalMidnight()
    {
        sweep(local(kDay1, 23, 59));
        QVERIFY(!liveTask(m_reminder));
        QVERIFY(!liveTask(m_milestone));
        sweep(local(kDay2, 0, 0));
        const EngineTask reminder = *liveTask(m_reminder);
        QCOMPARE(reminder.task.kind, TaskKind::Reminder);
        QCOMPARE(reminder.rule, taskrules::rule::Reminder);
        QCOMPARE(reminder.task.reasons.first(), ReasonCode::DueSoon);
        QCOMPARE(reminder.task.assignee, QStringLiteral("agent01"));
        const EngineTask milestone = *liveTask(m_milestone);
        QCOMPARE(milestone.rule, taskrules::rule::DpdMilestone);
        QCOMPARE(milestone.task.reasons.first(), ReasonCode::DpdMilestone);
        QCOMPARE(milestone.facts.dpd, 1);
    }

    void retryOnlyAfterBackoff()
    {
        record("agent02", m_retry, Outcome::NoAnswer, local(kDay2, 9), 0);  // ends 09:00:05
        EngineTask t = *liveTask(m_retry);
        QCOMPARE(t.task.status, TaskStatus::Deferred);
        QCOMPARE(t.task.nextEligible, local(kDay2, 9, 30, 5));  // first failure: 30 min
        sweep(local(kDay2, 9, 30, 4));
        QCOMPARE(liveTask(m_retry)->task.status, TaskStatus::Deferred);
        sweep(local(kDay2, 9, 30, 5));
        t = *liveTask(m_retry);
        QCOMPARE(t.task.status, TaskStatus::Open);
        QVERIFY(t.task.reasons.contains(ReasonCode::RetryDue));

        record("agent02", m_retry, Outcome::Busy, local(kDay2, 9, 35), 0);  // second failure: 1 h
        QCOMPARE(liveTask(m_retry)->task.nextEligible, local(kDay2, 10, 35, 5));
        sweep(local(kDay2, 10, 35));
        QCOMPARE(liveTask(m_retry)->task.status, TaskStatus::Deferred);
        sweep(local(kDay2, 10, 35, 5));
        QCOMPARE(liveTask(m_retry)->task.status, TaskStatus::Open);
    }

    void promiseFollowUpOpensAtTenLocal()
    {
        sweep(local(kDay2, 9, 59));
        QCOMPARE(liveTask(m_promise)->task.status, TaskStatus::Deferred);
        sweep(local(kDay2, 10));
        const EngineTask t = *liveTask(m_promise);
        QCOMPARE(t.task.status, TaskStatus::Open);
        QCOMPARE(t.task.reasons.first(), ReasonCode::PromiseDueToday);
    }

    void callbackAtItsTime()
    {
        record("agent01", m_callback, Outcome::Callback, local(kDay2, 11), 90, local(kDay2, 15));
        EngineTask t = *liveTask(m_callback);
        QVERIFY(t.task.id > 0);  // still one live task
        QCOMPARE(t.task.kind, TaskKind::Callback);
        QCOMPARE(t.task.status, TaskStatus::Deferred);
        QCOMPARE(t.task.nextEligible, local(kDay2, 15));
        sweep(local(kDay2, 14, 59, 59));
        QCOMPARE(liveTask(m_callback)->task.status, TaskStatus::Deferred);
        sweep(local(kDay2, 15));
        t = *liveTask(m_callback);
        QCOMPARE(t.task.status, TaskStatus::Open);
        QCOMPARE(t.task.reasons.first(), ReasonCode::CallbackDue);
    }

    void queueOrderAndReasons()
    {
        const QJsonObject q = queue("agent01", QStringLiteral("2026-03-02T15:00:00+08:00"));
        QCOMPARE(q.value(QStringLiteral("agent")).toString(), QStringLiteral("agent01"));
        QCOMPARE(q.value(QStringLiteral("at")).toString(), QStringLiteral("2026-03-02T07:00:00.000Z"));
        const QJsonArray tasks = q.value(QStringLiteral("tasks")).toArray();
        QList<qint64> order;
        for (const QJsonValue &v : tasks)
            order << v.toObject().value(QStringLiteral("customerId")).toInteger();
        // callback due (top tier) > DPD 1 milestone > D-3 reminder
        QCOMPARE(order, (QList<qint64>{m_callback, m_milestone, m_reminder}));
        const QJsonObject top = tasks.first().toObject();
        QCOMPARE(top.value(QStringLiteral("rank")).toInt(), 1);
        QCOMPARE(top.value(QStringLiteral("kind")).toString(), QStringLiteral("Callback"));
        QCOMPARE(top.value(QStringLiteral("reasons")).toArray().first().toString(),
                 QStringLiteral("CallbackDue"));
        QCOMPARE(top.value(QStringLiteral("customerMasked")).toString(), QStringLiteral("张*"));
        QCOMPARE(top.value(QStringLiteral("bucket")).toString(), QStringLiteral("M1"));
        QCOMPARE(top.value(QStringLiteral("dpd")).toInt(), 21);
        QCOMPARE(top.value(QStringLiteral("overdueFen")).toInteger(), yuan(3000));
        const QJsonObject verdict = top.value(QStringLiteral("verdict")).toObject();
        QVERIFY(verdict.value(QStringLiteral("allowed")).toBool());
        QCOMPARE(verdict.value(QStringLiteral("rule")).toString(), QStringLiteral("Allowed"));
        QVERIFY2(verdict.value(QStringLiteral("phone")).toString().contains(QStringLiteral("****")),
                 "the number is masked");
        QCOMPARE(tasks.at(1).toObject().value(QStringLiteral("reasons")).toArray().first().toString(),
                 QStringLiteral("DpdMilestone"));
        QCOMPARE(tasks.at(2).toObject().value(QStringLiteral("reasons")).toArray().first().toString(),
                 QStringLiteral("DueSoon"));
    }

    void queueAt23LocalIsBlocked()
    {
        const QJsonObject q = queue("agent01", QStringLiteral("2026-03-02T23:00:00+08:00"));
        const QJsonArray tasks = q.value(QStringLiteral("tasks")).toArray();
        QCOMPARE(tasks.size(), 3);
        for (const QJsonValue &v : tasks) {
            const QJsonObject verdict = v.toObject().value(QStringLiteral("verdict")).toObject();
            QCOMPARE(verdict.value(QStringLiteral("allowed")).toBool(), false);
            QCOMPARE(verdict.value(QStringLiteral("rule")).toString(),
                     QStringLiteral("OutsideCallingWindow"));
            QCOMPARE(verdict.value(QStringLiteral("allowedFrom")).toString(),
                     QStringLiteral("2026-03-03T00:00:00.000Z"));  // 08:00 the next morning, Beijing time
        }
    }

    void brokenPromiseAfterGrace()
    {
        // The follow-up was not worked; on the grace day the engine waits for the payment to post...
        sweep(local(kDay2.addDays(1), 10));
        EngineTask t = *liveTask(m_promise);
        QCOMPARE(t.task.status, TaskStatus::Deferred);
        QCOMPARE(t.task.nextEligible, local(kDay2.addDays(2), 0));
        // ...and the morning after the grace day the promise is broken.
        sweep(local(kDay2.addDays(2), 0));
        t = *liveTask(m_promise);
        QCOMPARE(t.task.status, TaskStatus::Open);
        QCOMPARE(t.task.kind, TaskKind::BrokenPromise);
        QCOMPARE(t.rule, taskrules::rule::BrokenPromise);
        QCOMPARE(t.task.reasons.first(), ReasonCode::PromiseBroken);
    }

    void flagClosesTheTask()
    {
        QSignalSpy notices(m_engine.get(), &TaskEngine::noticed);
        const qint64 id = liveTask(m_retry)->task.id;
        QVERIFY(m_db->setCustomerFlags(m_retry, CustomerFlag::DoNotCall).ok());
        sweep(local(kDay2.addDays(2), 9));
        QVERIFY(!liveTask(m_retry));
        QCOMPARE(m_db->task(id).value()->task.status, TaskStatus::Done);
        bool updated = false;
        for (const QList<QVariant> &n : std::as_const(notices)) {
            const Notice notice = n.first().value<Notice>();
            updated = updated || (notice.type == proto::msg::TaskUpdated && notice.customerId == m_retry);
        }
        QVERIFY(updated);
    }

    void leadReassignsWithinTeamOnly()
    {
        const qint64 taskId = liveTask(m_callback)->task.id;
        const QJsonObject body{{QStringLiteral("taskId"), taskId},
                               {QStringLiteral("assignee"), QStringLiteral("agent03")}};
        const ServiceResult<QJsonObject> other = m_engine->reassign(viewer("lead02"), body);
        QCOMPARE(other.code(), proto::StatusCode::Forbidden);
        QCOMPARE(m_db->task(taskId).value()->task.assignee, QStringLiteral("agent01"));

        const ServiceResult<QJsonObject> own = m_engine->reassign(viewer("lead01"), body);
        QVERIFY2(own.ok(), qPrintable(own.detail()));
        QCOMPARE(own->value(QStringLiteral("assignee")).toString(), QStringLiteral("agent03"));
        QCOMPARE(m_db->task(taskId).value()->task.assignee, QStringLiteral("agent03"));
        const QList<AuditEntry> audit = m_db->auditEntries(proto::msg::TaskReassign, 10).value();
        QCOMPARE(audit.size(), 2);  // the refusal and the reassignment, newest first
        QCOMPARE(audit.first().user, QStringLiteral("lead01"));
        QCOMPARE(audit.first().code, 0);
        QCOMPARE(audit.last().user, QStringLiteral("lead02"));
        QCOMPARE(audit.last().code, int(proto::StatusCode::Forbidden));

        QCOMPARE(m_engine->reassign(viewer("lead01"), {{QStringLiteral("taskId"), taskId}}).code(),
                 proto::StatusCode::InvalidBody);
        QCOMPARE(m_engine->reassign(viewer("agent01"), body).code(), proto::StatusCode::Forbidden);
        // The engine keeps the new owner: the next sweep does not move the task back.
        sweep(local(kDay2.addDays(2), 9, 5));
        QCOMPARE(m_db->task(taskId).value()->task.assignee, QStringLiteral("agent03"));
    }

    void publishedRulesTakeEffect()
    {
        // Reminders only 5 days ahead: the D-3 reminder customer has nothing to do on day 2 any more.
        QJsonObject json = TaskEngine::bundledRules().toJson();
        json.insert(QStringLiteral("reminders"), QJsonObject{{QStringLiteral("daysBefore"), QJsonArray{5}}});
        const Result<int> v =
            TaskEngine::publishRules(*m_db, json, QStringLiteral("admin"), local(kDay2, 12));
        QVERIFY(v.ok());
        QCOMPARE(v.value(), 1);
        QCOMPARE(TaskEngine::activeRules(*m_db)->version, 1);
        QVERIFY(m_engine->sweepCustomer(m_reminder, local(kDay2, 12)).ok());
        QVERIFY(!liveTask(m_reminder));
        QCOMPARE(m_db->auditEntries(QStringLiteral("rules.set"), 10)->size(), 1);
    }

    void newCustomersGoToTheTeamOfTheirBucket()
    {
        // The rules send never-worked M1 customers to team south; other buckets still go anywhere,
        // and a customer north already worked stays with north.
        addUser("south01", Role::Agent, "south");
        QJsonObject json = TaskEngine::activeRules(*m_db)->toJson();
        QJsonObject assign = json.value(QStringLiteral("assignment")).toObject();
        assign.insert(QStringLiteral("newCustomerTeams"),
                      QJsonObject{{QStringLiteral("M1"), QJsonArray{QStringLiteral("south")}}});
        json.insert(QStringLiteral("assignment"), assign);
        QVERIFY(TaskEngine::publishRules(*m_db, json, QStringLiteral("admin"), local(kDay2, 12)).ok());
        QCOMPARE(TaskEngine::activeRules(*m_db)->assignment.newCustomerTeams.value(Bucket::M1),
                 QStringList{QStringLiteral("south")});

        const qint64 fresh = addCustomer(QStringLiteral("孙丽"), kDay1.addDays(-20));  // M1, never worked
        QVERIFY(m_engine->sweepCustomer(fresh, local(kDay2, 12)).ok());
        QVERIFY(liveTask(fresh));
        QCOMPARE(liveTask(fresh)->task.assignee, QStringLiteral("south01"));

        const qint64 worked = addCustomer(QStringLiteral("钱进"), kDay1.addDays(-20));  // M1, called by north
        addCall(worked, "agent03", Outcome::NoAnswer, local(kDay1.addDays(-3), 11));
        QVERIFY(m_engine->sweepCustomer(worked, local(kDay2, 12)).ok());
        QVERIFY(liveTask(worked));
        QVERIFY(liveTask(worked)->task.assignee != QLatin1String("south01"));

        // A rule set naming a team for an unknown bucket is refused with the key.
        assign.insert(QStringLiteral("newCustomerTeams"),
                      QJsonObject{{QStringLiteral("M7"), QJsonArray{QStringLiteral("south")}}});
        json.insert(QStringLiteral("assignment"), assign);
        const Result<int> bad = TaskEngine::publishRules(*m_db, json, QStringLiteral("admin"), local(kDay2, 12));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().detail.contains(QStringLiteral("assignment.newCustomerTeams.M7")),
                 qPrintable(bad.error().detail));
    }

    /// The server's path: a re-plan after a recorded call reads the customer's facts on the reader's
    /// thread (its own read-only connection) and applies the plan here. A customer asked for again
    /// while their read is out is planned from the newer state, once.
    void replansReadTheirFactsOnTheReaderThread()
    {
        FactsReader reader(dbPath());
        QString why;
        QVERIFY2(reader.start(&why), qPrintable(why));
        // Its wake-ups never take the core from the serving thread (this one).
        QCOMPARE(cdtest::threadPolicies().values(QStringLiteral("facts-reader")), QList<int>{SCHED_BATCH});
        QCOMPARE(::sched_getscheduler(0), SCHED_OTHER);
        m_engine->setFactsReader(&reader);
        const auto detach = qScopeGuard([this] { m_engine->setFactsReader(nullptr); });

        // Overdue for months at the wall clock's time: the rules always give them a task.
        const qint64 c = addCustomer(QStringLiteral("郑洁"), kDay1.addDays(-40));
        QVERIFY(!liveTask(c));
        const qint64 before = reader.customersRead();
        m_engine->replanSoon(c);
        QVERIFY2(!liveTask(c), "the facts are read first; nothing is planned in the call itself");
        QTRY_VERIFY(liveTask(c));
        QCOMPARE(reader.customersRead(), before + 1);
        QTRY_COMPARE(m_engine->replansPending(), 0);
        const qint64 taskId = liveTask(c)->task.id;

        // Asked for, then the customer changes and is asked for again before the first read is back.
        QSignalSpy notices(m_engine.get(), &TaskEngine::noticed);
        m_engine->replanSoon(c);
        QVERIFY(m_db->setCustomerFlags(c, CustomerFlag::DoNotCall).ok());
        m_engine->replanSoon(c);
        QTRY_COMPARE(m_engine->replansPending(), 0);
        QCOMPARE(reader.customersRead(), before + 3);
        QVERIFY(!liveTask(c));
        QCOMPARE(m_db->task(taskId).value()->task.status, TaskStatus::Done);
        int closings = 0;
        for (const QList<QVariant> &n : std::as_const(notices)) {
            const Notice notice = n.first().value<Notice>();
            closings += notice.type == proto::msg::TaskUpdated && notice.customerId == c
                && notice.body.value(QStringLiteral("status")).toString() == QLatin1String("Done");
        }
        QCOMPARE(closings, 1);

        // The reader's connection cannot write, whatever asks it to.
        SqliteStorage direct(dbPath());
        QVERIFY(direct.open().ok());
        QVERIFY(direct.setQueryOnly().ok());
        QVERIFY(!direct.setCustomerFlags(c, {}).ok());

        // Stopped, the engine reads on its own thread again.
        reader.stop();
        QVERIFY(m_db->setCustomerFlags(c, {}).ok());
        m_engine->replanSoon(c);
        QTRY_VERIFY(liveTask(c));
        QCOMPARE(reader.customersRead(), before + 3);
    }
};

QTEST_GUILESS_MAIN(tst_TaskEngine)
#include "tst_taskengine.moc"
