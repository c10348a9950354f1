#include "TaskEngine.h"

#include "Assignment.h"
#include "ChangeLog.h"
#include "Logging.h"
#include "Messages.h"
#include "Storage.h"
#include "TaskService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

namespace cd::server {

using proto::StatusCode;
using taskrules::RuleSet;
using taskrules::TaskPlan;

struct TaskEngine::Context {
    RuleSet rules;
    /// The staff part is read only when a task must be assigned (staff()): re-planning one customer
    /// after a recorded call mostly keeps or closes their task, and reading every agent's open-task
    /// count for each call was most of the server's time per call on a busy floor.
    bool staffed = false;
    QList<UserRecord> agents;       ///< active agents, by username
    QHash<QString, int> loads;      ///< open tasks per assignee, kept current during a sweep
    QHash<QString, QString> teams;  ///< username -> team (cache)
};

TaskEngine::TaskEngine(Storage &storage, AuditLog &audit, TaskService &tasks, QObject *parent)
    : QObject(parent), m_storage(storage), m_audit(audit), m_tasks(tasks)
{
    connect(&m_timer, &QTimer::timeout, this, &TaskEngine::timedSweep);
    // Zero timers, not QTimer::singleShot(0) (a posted event, run before the sockets are read): a
    // timer fires after the turn's socket events, so a request already waiting goes before the next
    // slice of engine work.
    for (QTimer *t : {&m_sliceTimer, &m_replanTimer}) {
        t->setSingleShot(true);
        t->setInterval(0);
    }
    connect(&m_sliceTimer, &QTimer::timeout, this, &TaskEngine::sweepSlice);
    connect(&m_replanTimer, &QTimer::timeout, this, &TaskEngine::replanSlice);
}

/// A timed sweep between slices: the staff and rules as they were when it began, the customers
/// still to plan, and what it has done so far.
struct TaskEngine::SweepRun {
    Context ctx;
    QList<qint64> ids;
    qsizetype next = 0;
    Summary summary;
    QElapsedTimer clock;
    int slices = 0;
};

TaskEngine::~TaskEngine() = default;

void TaskEngine::timedSweep()
{
    if (m_run) {
        qCInfo(lcServer).noquote() << "task engine: the previous sweep is still running;"
                                   << m_run->ids.size() - m_run->next << "customers to go";
        return;
    }
    auto run = std::make_unique<SweepRun>();
    run->clock.start();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<Context> ctx = context(now);
    Result<void> staffed = ctx ? staff(ctx.value()) : Result<void>(ctx.error());
    const Result<QList<qint64>> ids = staffed ? m_storage.customerIds() : Result<QList<qint64>>(staffed.error());
    if (!ids) {
        qCWarning(lcServer).noquote() << "task engine sweep failed:" << ids.error().detail;
        return;
    }
    run->ctx = std::move(ctx.value());
    run->ids = ids.value();
    run->summary.ruleVersion = run->ctx.rules.version;
    m_run = std::move(run);
    sweepSlice();
}

void TaskEngine::sweepSlice()
{
    if (!m_run)
        return;
    SweepRun &run = *m_run;
    QElapsedTimer slice;
    slice.start();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ++run.slices;
    while (run.next < run.ids.size()) {
        if (auto r = apply(run.ctx, run.ids.at(run.next++), now, run.summary); !r) {
            qCWarning(lcServer).noquote() << "task engine sweep failed:" << r.error().detail;
            m_run.reset();
            return;
        }
        if (slice.nsecsElapsed() >= m_sliceNs)
            break;
    }
    if (run.next < run.ids.size()) {
        m_sliceTimer.start();
        return;
    }
    const Summary &s = run.summary;
    if (s.created + s.updated + s.closed > 0)
        qCInfo(lcServer).noquote()
            << QStringLiteral("task engine (rules v%1): %2 customers, %3 created, %4 updated, %5 closed in "
                              "%6 ms (%7 slices)")
                   .arg(s.ruleVersion)
                   .arg(s.customers)
                   .arg(s.created)
                   .arg(s.updated)
                   .arg(s.closed)
                   .arg(run.clock.elapsed())
                   .arg(run.slices);
    m_run.reset();
}

// ---- rules --------------------------------------------------------------------------------------

RuleSet TaskEngine::bundledRules()
{
    QFile file(QStringLiteral(":/collectdesk-server/rules/default-task-rules.json"));
    if (!file.open(QIODevice::ReadOnly))
        return RuleSet::defaults();
    const Result<RuleSet> parsed = RuleSet::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    if (!parsed) {
        qCWarning(lcServer).noquote() << "bundled task rules invalid:" << parsed.error().detail;
        return RuleSet::defaults();
    }
    return parsed.value();
}

Result<RuleSet> TaskEngine::activeRules(Storage &storage)
{
    const Result<std::optional<RuleSetRecord>> stored = storage.latestRuleSet();
    if (!stored)
        return stored.error();
    if (!stored.value())
        return bundledRules();
    Result<RuleSet> parsed = RuleSet::fromJson(stored.value()->rules);
    if (!parsed)
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("stored task rules version %1: %2")
                         .arg(stored.value()->version)
                         .arg(parsed.error().detail)};
    parsed.value().version = stored.value()->version;
    return parsed;
}

Result<int> TaskEngine::publishRules(Storage &storage, const QJsonObject &json, const QString &author,
                                     const QDateTime &nowUtc)
{
    const Result<RuleSet> parsed = RuleSet::fromJson(json);
    if (!parsed)
        return parsed.error();
    StorageTransaction tx(storage);
    if (!tx.started())
        return tx.started().error();
    // Stored normalised: every key present, so a later change of a default does not change this version.
    const Result<int> version = storage.insertRuleSet(RuleSetRecord{0, parsed->toJson(), author, nowUtc});
    if (!version)
        return version.error();
    const Result<qint64> audited = AuditLog(storage).record(author, QStringLiteral("rules.set"),
                                                            QStringLiteral("rules:%1").arg(version.value()),
                                                            {{QStringLiteral("version"), version.value()}});
    if (!audited)
        return audited.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return version.value();
}

// ---- facts and tasks ----------------------------------------------------------------------------

Result<taskrules::CustomerFacts> TaskEngine::facts(Storage &storage, qint64 customerId)
{
    taskrules::CustomerFacts f;
    const Result<std::optional<Customer>> customer = storage.customer(customerId);
    if (!customer)
        return customer.error();
    if (!customer.value())
        return Error{ErrorCode::NotFound, QStringLiteral("customer %1 not found").arg(customerId)};
    f.customer = *customer.value();
    Result<QList<Loan>> loans = storage.loans(customerId);
    if (!loans)
        return loans.error();
    f.loans = loans.value();
    Result<QList<Interaction>> interactions = storage.contactHistory(customerId);
    if (!interactions)
        return interactions.error();
    f.interactions = interactions.value();
    Result<QList<Promise>> promises = storage.promises(customerId);
    if (!promises)
        return promises.error();
    f.promises = promises.value();
    return f;
}

Task TaskEngine::taskFromPlan(const TaskPlan &plan, qint64 customerId, const QString &assignee)
{
    Task t;
    t.customerId = customerId;
    t.kind = plan.kind;
    t.status = plan.status;
    t.priority = plan.priority;
    t.reasons = plan.reasons;
    t.due = plan.due;
    t.nextEligible = plan.nextEligible;
    t.assignee = assignee;
    return t;
}

namespace {

bool sameTask(const Task &a, const Task &b)
{
    return a.kind == b.kind && a.status == b.status && a.priority == b.priority && a.reasons == b.reasons
        && a.due == b.due && a.nextEligible == b.nextEligible && a.assignee == b.assignee;
}

bool sameFacts(const TaskFacts &a, const TaskFacts &b)
{
    return a.dpd == b.dpd && a.bucket == b.bucket && a.overdue == b.overdue;
}

}  // namespace

// ---- sweeping -----------------------------------------------------------------------------------

Result<TaskEngine::Context> TaskEngine::context(const QDateTime &)
{
    Context ctx;
    // The stored version is read every time (the CLI may publish while the server runs); the set is
    // parsed again only when it changed.
    const Result<std::optional<RuleSetRecord>> stored = m_storage.latestRuleSet();
    if (!stored)
        return stored.error();
    const int version = stored.value() ? stored.value()->version : 0;
    if (!m_rules || m_rules->first != version) {
        Result<RuleSet> rules = activeRules(m_storage);
        if (!rules)
            return rules.error();
        m_rules = std::make_pair(version, rules.value());
    }
    ctx.rules = m_rules->second;
    return ctx;
}

Result<void> TaskEngine::staff(Context &ctx)
{
    if (ctx.staffed)
        return {};
    Result<QList<UserRecord>> agents = m_storage.activeAgents();
    if (!agents)
        return agents.error();
    ctx.agents = agents.value();
    for (const UserRecord &u : std::as_const(ctx.agents))
        ctx.teams.insert(u.username, u.team);
    Result<QHash<QString, int>> loads = m_storage.openTaskCounts();
    if (!loads)
        return loads.error();
    ctx.loads = loads.value();
    ctx.staffed = true;
    return {};
}

QString TaskEngine::teamOf(Context &ctx, const QString &username)
{
    if (username.isEmpty())
        return {};
    const auto it = ctx.teams.constFind(username);
    if (it != ctx.teams.constEnd())
        return *it;
    const Result<std::optional<UserRecord>> u = m_storage.userByName(username);
    const QString team = u && u.value() ? u.value()->team : QString();
    ctx.teams.insert(username, team);
    return team;
}

QString TaskEngine::chooseAssignee(Context &ctx, const TaskPlan &plan, const taskrules::CustomerFacts &facts,
                                   const QList<EngineTask> &tasks)
{
    if (Result<void> r = staff(ctx); !r) {
        qCWarning(lcServer).noquote() << "task engine: cannot read the agents:" << r.error().detail;
        return {};
    }
    // The customer's team: that of whoever had their last task, else of whoever last called them.
    // A customer nobody ever worked goes to the teams the rules name for the bucket, else to any team.
    QString team;
    for (auto it = tasks.crbegin(); it != tasks.crend() && team.isEmpty(); ++it)
        team = teamOf(ctx, it->task.assignee);
    QList<Interaction> calls = facts.interactions;
    std::sort(calls.begin(), calls.end(),
              [](const Interaction &a, const Interaction &b) { return a.startedAt < b.startedAt; });
    for (auto it = calls.crbegin(); it != calls.crend() && team.isEmpty(); ++it)
        team = teamOf(ctx, it->agent);

    assignment::Input in;
    in.bucket = plan.bucket;
    in.risk = facts.customer.risk;
    in.lastReachedBy = taskrules::lastReachedBy(facts.interactions);
    const QStringList newTeams =
        team.isEmpty() ? ctx.rules.assignment.newCustomerTeams.value(plan.bucket) : QStringList();
    for (const UserRecord &u : std::as_const(ctx.agents))
        if (team.isEmpty() ? newTeams.isEmpty() || newTeams.contains(u.team) : u.team == team)
            in.agents << assignment::Agent{u.username, u.skill == QLatin1String("senior"),
                                           ctx.loads.value(u.username)};
    if (in.agents.isEmpty())
        for (const UserRecord &u : std::as_const(ctx.agents))
            in.agents << assignment::Agent{u.username, u.skill == QLatin1String("senior"),
                                           ctx.loads.value(u.username)};
    return assignment::choose(ctx.rules.assignment, in).agent;
}

Result<void> TaskEngine::apply(Context &ctx, qint64 customerId, const QDateTime &now, Summary &summary)
{
    const Result<taskrules::CustomerFacts> found = facts(m_storage, customerId);
    if (!found)
        return found.error();
    return apply(ctx, customerId, found.value(), now, summary);
}

Result<void> TaskEngine::apply(Context &ctx, qint64 customerId, const taskrules::CustomerFacts &f,
                               const QDateTime &now, Summary &summary)
{
    const Result<QList<EngineTask>> stored = m_storage.engineTasks(customerId);
    if (!stored)
        return stored.error();
    const QList<EngineTask> &tasks = stored.value();
    const TaskPlan plan = taskrules::plan(ctx.rules, f, now);
    const TaskFacts planFacts{plan.dpd, plan.bucket, plan.overdue};
    ++summary.customers;

    QList<const EngineTask *> live;
    for (const EngineTask &t : tasks)
        if (t.task.status != TaskStatus::Done)
            live << &t;

    struct Write {
        Task task;
        QString rule;
        bool created = false;
        bool logged = true;  ///< false: only the queue facts changed (not part of the wire form)
    };
    QList<Write> writes;
    const EngineTask *keep = nullptr;
    if (plan.hasTask) {
        for (const EngineTask *t : std::as_const(live))
            if (!keep && t->task.kind == plan.kind)
                keep = t;
        if (!keep && !live.isEmpty())
            keep = live.first();
        if (keep) {
            Task t = keep->task;
            t.kind = plan.kind;
            t.status = plan.status;
            t.priority = plan.priority;
            t.reasons = plan.reasons;
            t.due = plan.due;
            t.nextEligible = plan.nextEligible;
            const bool changed = !sameTask(t, keep->task) || keep->rule != plan.rule;
            if (changed || !sameFacts(keep->facts, planFacts))
                writes << Write{t, plan.rule, false, changed};
        } else {
            // Work the rules already produced and someone finished (a reminder done today, a legal
            // review of the same refusals) is not made again. Overdue collection always comes back.
            bool handled = false;
            if (plan.rule != taskrules::rule::Overdue)
                for (const EngineTask &t : tasks)
                    handled = handled || (t.rule == plan.rule && t.task.due == plan.due);
            if (!handled) {
                const QString assignee = chooseAssignee(ctx, plan, f, tasks);
                if (!assignee.isEmpty())
                    writes << Write{taskFromPlan(plan, customerId, assignee), plan.rule, true, true};
                else
                    qCWarning(lcServer) << "task engine: no active agent for customer" << customerId;
            }
        }
    }
    // One task per customer: whatever else is live is closed (with no task planned, all of it).
    for (const EngineTask *t : std::as_const(live)) {
        if (t == keep)
            continue;
        Task closed = t->task;
        closed.status = TaskStatus::Done;
        closed.nextEligible = QDateTime();
        writes << Write{closed, t->rule, false, true};
    }
    if (writes.isEmpty())
        return {};

    StorageTransaction tx(m_storage);
    if (!tx.started())
        return tx.started().error();
    ChangeLog log(m_storage);
    Result<qint64> rev = qint64(0);
    for (Write &w : writes) {
        if (w.created) {
            const Result<qint64> id = m_storage.insertTask(w.task, planFacts, {});
            if (!id)
                return id.error();
            w.task.id = id.value();
            if (auto r = m_storage.setTaskEngineFields(w.task.id, w.rule, planFacts); !r)
                return r.error();
            // A new owner who never had this customer needs all of it, not just the task.
            bool known = false;
            for (const EngineTask &t : tasks)
                known = known || t.task.assignee == w.task.assignee;
            if (!(rev = known ? log.task(w.task) : log.snapshotCustomer(customerId)))
                return rev.error();
            continue;
        }
        if (w.logged)
            if (auto r = m_storage.updateTask(w.task); !r)
                return r.error();
        if (auto r = m_storage.setTaskEngineFields(w.task.id, w.rule, planFacts); !r)
            return r.error();
        if (w.logged && !(rev = log.task(w.task)))
            return rev.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();

    for (const Write &w : std::as_const(writes)) {
        if (!w.logged)
            continue;
        const QString team = teamOf(ctx, w.task.assignee);
        Notice n;
        n.customerId = customerId;
        n.users = {w.task.assignee};
        n.leadTeams = {team};
        if (w.created) {
            ++summary.created;
            if (ctx.staffed)
                ctx.loads[w.task.assignee] += 1;
            n.type = proto::msg::TaskAssigned;
            n.body = {{QStringLiteral("revision"), rev.value()},
                      {QStringLiteral("taskId"), w.task.id},
                      {QStringLiteral("customerId"), customerId}};
        } else {
            if (w.task.status == TaskStatus::Done) {
                ++summary.closed;
                if (ctx.staffed)
                    ctx.loads[w.task.assignee] -= 1;
            } else {
                ++summary.updated;
            }
            n.type = proto::msg::TaskUpdated;
            n.body = {{QStringLiteral("revision"), rev.value()},
                      {QStringLiteral("taskId"), w.task.id},
                      {QStringLiteral("customerId"), customerId},
                      {QStringLiteral("status"), enumKey(w.task.status)}};
        }
        Q_EMIT noticed(n);
    }
    summary.revision = rev.value();
    return {};
}

Result<TaskEngine::Summary> TaskEngine::sweep(const QDateTime &nowUtc)
{
    Result<Context> ctx = context(nowUtc);
    if (!ctx)
        return ctx.error();
    if (Result<void> r = staff(ctx.value()); !r)  // a full sweep assigns many: read the staff once
        return r.error();
    const Result<QList<qint64>> ids = m_storage.customerIds();
    if (!ids)
        return ids.error();
    Summary s;
    s.ruleVersion = ctx->rules.version;
    for (qint64 id : ids.value())
        if (auto r = apply(ctx.value(), id, nowUtc, s); !r)
            return r.error();
    return s;
}

Result<TaskEngine::Summary> TaskEngine::sweepCustomer(qint64 customerId, const QDateTime &nowUtc)
{
    Result<Context> ctx = context(nowUtc);
    if (!ctx)
        return ctx.error();
    Summary s;
    s.ruleVersion = ctx->rules.version;
    if (auto r = apply(ctx.value(), customerId, nowUtc, s); !r)
        return r.error();
    return s;
}

void TaskEngine::startTimer(int intervalSeconds, double sliceMs)
{
    m_sliceNs = qint64(qMax(0.05, sliceMs) * 1e6);
    m_timer.stop();
    if (intervalSeconds <= 0)
        return;
    m_timer.start(intervalSeconds * 1000);
    QTimer::singleShot(0, this, &TaskEngine::timedSweep);
}

void TaskEngine::onTaskNotice(const Notice &notice)
{
    if (notice.customerId <= 0 || notice.type != proto::msg::TaskUpdated)
        return;
    replanSoon(notice.customerId);
}

void TaskEngine::replanSoon(qint64 customerId)
{
    if (!m_replan.contains(customerId))
        m_replan << customerId;
    if (m_reader && m_reader->running()) {
        m_generation.insert(customerId, ++m_lastGeneration);
        sendReads();
        return;
    }
    if (!m_replanTimer.isActive())
        m_replanTimer.start();
}

void TaskEngine::sendReads()
{
    if (m_readsOut || m_replan.isEmpty())
        return;
    // One batch at a time, at most 64: the reader's result arrives as one event, and a batch that is
    // out while more customers are asked for gathers them for the next.
    QList<std::pair<qint64, quint64>> batch;
    while (!m_replan.isEmpty() && batch.size() < 64) {
        const qint64 id = m_replan.takeFirst();
        batch.append({id, m_generation.value(id)});
    }
    m_readsOut = true;
    m_readsOutCount = int(batch.size());
    m_reader->read(std::move(batch), [this](QList<FactsReader::Read> reads) {
        m_readsOut = false;
        m_readsOutCount = 0;
        for (FactsReader::Read &r : reads)
            m_ready.push_back(std::move(r));
        if (!m_replanTimer.isActive())
            m_replanTimer.start();
        sendReads();
    });
}

void TaskEngine::replanSlice()
{
    QElapsedTimer slice;
    slice.start();
    if (!m_ready.empty()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Result<Context> ctx = context(now);
        if (!ctx) {
            qCWarning(lcServer).noquote() << "task engine: re-plans wait a second:" << ctx.error().detail;
            QTimer::singleShot(1000, this, [this] {
                if (!m_replanTimer.isActive())
                    m_replanTimer.start();
            });
            return;
        }
        Summary summary;
        while (!m_ready.empty()) {
            const FactsReader::Read r = std::move(m_ready.front());
            m_ready.pop_front();
            const auto latest = m_generation.constFind(r.customerId);
            // Asked for again since this read went out: the newer read plans it.
            if (latest == m_generation.constEnd() || *latest != r.generation)
                continue;
            m_generation.erase(latest);
            Result<void> applied = r.facts ? apply(ctx.value(), r.customerId, r.facts.value(), now, summary)
                                           : Result<void>(r.facts.error());
            if (!applied)
                qCWarning(lcServer).noquote()
                    << "task engine: customer" << r.customerId << applied.error().detail;
            if (slice.nsecsElapsed() >= m_sliceNs)
                break;
        }
        if (!m_ready.empty() && !m_replanTimer.isActive())
            m_replanTimer.start();
        return;
    }
    while (!m_replan.isEmpty() && !(m_reader && m_reader->running())) {
        const qint64 customerId = m_replan.takeFirst();
        const Result<Summary> s = sweepCustomer(customerId, QDateTime::currentDateTimeUtc());
        if (!s)
            qCWarning(lcServer).noquote() << "task engine: customer" << customerId << s.error().detail;
        if (slice.nsecsElapsed() >= m_sliceNs)
            break;
    }
    if (!m_replan.isEmpty() && !m_replanTimer.isActive() && !(m_reader && m_reader->running()))
        m_replanTimer.start();
}

// ---- task.reassign ------------------------------------------------------------------------------

ServiceResult<QJsonObject> TaskEngine::reassign(const Viewer &viewer, const QJsonObject &body)
{
    const QJsonValue idValue = body.value(QStringLiteral("taskId"));
    const QJsonValue assigneeValue = body.value(QStringLiteral("assignee"));
    if (!idValue.isDouble() || !assigneeValue.isString())
        return {StatusCode::InvalidBody, QStringLiteral("taskId (number) and assignee (string) required")};
    const qint64 taskId = qint64(idValue.toDouble());
    const QString assignee = assigneeValue.toString();
    if (taskId <= 0 || double(taskId) != idValue.toDouble() || assignee.isEmpty())
        return {StatusCode::InvalidValue, QStringLiteral("taskId must be a task id, assignee a username")};
    const QString target = QStringLiteral("task:%1").arg(taskId);
    const Result<std::optional<TaskRow>> task = m_storage.task(taskId);
    if (!task)
        return task.error();
    if (!task.value())
        return {StatusCode::NotFound, QStringLiteral("task %1").arg(taskId)};
    const Result<std::optional<UserRecord>> user = m_storage.userByName(assignee);
    if (!user)
        return user.error();
    if (!user.value())
        return {StatusCode::NotFound, QStringLiteral("user %1").arg(assignee)};
    if (viewer.role == Role::Lead) {
        const Result<std::optional<UserRecord>> current = m_storage.userByName(task.value()->task.assignee);
        const QString currentTeam = current && current.value() ? current.value()->team : QString();
        if (viewer.team.isEmpty() || currentTeam != viewer.team || user.value()->team != viewer.team) {
            const QString why = QStringLiteral("task of team %1 to %2 of team %3 by a lead of team %4")
                                    .arg(currentTeam, assignee, user.value()->team, viewer.team);
            m_audit.denied(viewer, proto::msg::TaskReassign, target, StatusCode::Forbidden,
                           {{QStringLiteral("assignee"), assignee}, {QStringLiteral("why"), why}});
            return {StatusCode::Forbidden, why};
        }
    } else if (viewer.role != Role::Admin) {
        m_audit.denied(viewer, proto::msg::TaskReassign, target, StatusCode::Forbidden);
        return {StatusCode::Forbidden, QStringLiteral("only leads and admins reassign")};
    }
    if (user.value()->role != Role::Agent)
        return {StatusCode::InvalidValue, QStringLiteral("%1 is not an agent").arg(assignee)};
    const ServiceResult<qint64> r = m_tasks.reassignTask(taskId, assignee, viewer.username);
    if (!r)
        return {r.code(), r.detail()};
    return QJsonObject{{QStringLiteral("taskId"), taskId},
                       {QStringLiteral("assignee"), assignee},
                       {QStringLiteral("revision"), r.value()}};
}

}  // namespace cd::server
