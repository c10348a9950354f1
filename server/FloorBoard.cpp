#include "FloorBoard.h"

#include "Codec.h"
#include "Envelope.h"
#include "Logging.h"
#include "Messages.h"
#include "Pii.h"
#include "Storage.h"
#include "Workflow.h"

#include <QCoreApplication>
#include <QEvent>
#include <QJsonArray>

#include <iterator>

namespace cd::server {

using proto::StatusCode;
namespace msg = proto::msg;

namespace {

bool reachedDebtor(Outcome o)
{
    switch (o) {
    case Outcome::RightPartyContact:
    case Outcome::Refused:
    case Outcome::PromiseToPay:
    case Outcome::Paid:
    case Outcome::Dispute:
    case Outcome::Hardship:
    case Outcome::Callback: return true;
    default: return false;
    }
}

const QEvent::Type FlushEvent = QEvent::Type(QEvent::registerEventType());

FloorTask floorTask(const Task &t, const TaskFacts &facts)
{
    return FloorTask{t.id, t.customerId, t.assignee, t.kind, t.status, facts.bucket, t.due};
}

QByteArray eventFrame(const QString &type, const QJsonObject &body)
{
    return proto::encode(proto::Envelope::event(type, body));
}

}  // namespace

FloorBoard::FloorBoard(Storage &storage, AuditLog &audit, const FloorConfig &config, Clock clock,
                       QObject *parent)
    : QObject(parent), m_storage(storage), m_audit(audit), m_config(config),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); })),
      m_alerts(config.alerts, m_clock)
{
    if (Result<lint::ComplianceLint> lint = lint::ComplianceLint::builtIn())
        m_lint = lint.value();
    else
        qCWarning(lcServer).noquote() << "notes are not linted for the floor:" << lint.error().detail;
    m_tick.setInterval(m_config.tickMs);
    connect(&m_tick, &QTimer::timeout, this, &FloorBoard::tick);
}

QDate FloorBoard::dayOf(const QDateTime &utc) const { return utc.toTimeZone(m_config.zone).date(); }

QDateTime FloorBoard::dayStart() const { return QDateTime(m_day, QTime(0, 0), m_config.zone).toUTC(); }

Result<void> FloorBoard::load()
{
    m_day = dayOf(m_clock());
    const Result<QList<UserRecord>> agents = m_storage.activeAgents();
    if (!agents)
        return agents.error();
    QHash<qint64, QString> byId;
    for (const UserRecord &u : agents.value()) {
        FloorAgent a;
        a.username = u.username;
        a.name = u.name;
        a.team = u.team;
        m_agents.insert(u.username, a);
        m_teamOf.insert(u.username, u.team);
        byId.insert(u.id, u.username);
    }
    const Result<QList<StoredAgentState>> states = m_storage.agentStates();
    if (!states)
        return states.error();
    for (const StoredAgentState &s : states.value()) {
        const auto it = m_agents.find(byId.value(s.userId));
        if (it == m_agents.end())
            continue;
        it->state = s.state;
        it->reason = s.reason;
        it->since = s.since;
    }
    const Result<QList<EngineTask>> tasks = m_storage.openTasks();
    if (!tasks)
        return tasks.error();
    for (const EngineTask &t : tasks.value())
        setTask(floorTask(t.task, t.facts), true);
    const Result<QList<Interaction>> today = m_storage.interactionsSince(dayStart());
    if (!today)
        return today.error();
    QHash<QString, Interaction> last;
    for (const Interaction &i : today.value()) {
        const auto it = m_agents.find(i.agent);
        if (it == m_agents.end())
            continue;
        countInteraction(*it, i);
        last.insert(i.agent, i);
    }
    for (const Interaction &i : std::as_const(last)) {
        FloorAgent &a = m_agents[i.agent];
        a.taskId = i.taskId;
        a.customerId = i.customerId;
        const Result<std::optional<Customer>> c = m_storage.customer(i.customerId);
        a.customer = c && c.value() ? pii::maskName(c.value()->name) : QString();
    }
    const Result<QList<CustomerPayment>> payments = m_storage.paymentsSince(dayStart());
    if (!payments)
        return payments.error();
    for (const CustomerPayment &p : payments.value())
        onPayment(p.customerId, p.amount, p.paidAt);

    for (const QString &team : teams()) {
        m_queues.insert(team, computeQueue(team));
        m_queueSent.insert(team, m_queues.value(team).toJson());
        m_kpis.insert(team, teamCounts(team).kpiJson());
    }
    (void)m_alerts.evaluate(m_agents, m_queues);
    m_dirty.clear();
    m_flushScheduled = false;
    if (m_config.tickMs > 0)
        m_tick.start();
    qCInfo(lcServer) << "floor board:" << m_agents.size() << "agents," << m_tasks.size() << "open tasks,"
                     << today.value().size() << "interactions today";
    return {};
}

QStringList FloorBoard::teams() const
{
    QSet<QString> out;
    for (const FloorAgent &a : m_agents)
        out.insert(a.team);
    for (auto it = m_teamTasks.cbegin(); it != m_teamTasks.cend(); ++it)
        out.insert(it.key());
    out.remove(QString());
    QStringList sorted(out.cbegin(), out.cend());
    sorted.sort();
    return sorted;
}

const FloorAgent *FloorBoard::agent(const QString &username) const
{
    const auto it = m_agents.constFind(username);
    return it == m_agents.cend() ? nullptr : &it.value();
}

QString FloorBoard::teamOfUser(const QString &username)
{
    const auto it = m_teamOf.constFind(username);
    if (it != m_teamOf.cend())
        return it.value();
    const Result<std::optional<UserRecord>> u = m_storage.userByName(username);
    const QString team = u && u.value() ? u.value()->team : QString();
    m_teamOf.insert(username, team);
    return team;
}

FloorAgent *FloorBoard::agentFor(const QString &username)
{
    auto it = m_agents.find(username);
    if (it != m_agents.end())
        return &it.value();
    // An agent added while the server runs (serve and the CLI share the database).
    const Result<std::optional<UserRecord>> u = m_storage.userByName(username);
    if (!u || !u.value() || u.value()->role != Role::Agent || u.value()->disabled)
        return nullptr;
    FloorAgent a;
    a.username = username;
    a.name = u.value()->name;
    a.team = u.value()->team;
    m_teamOf.insert(username, a.team);
    return &m_agents.insert(username, a).value();
}

bool FloorBoard::rollDay()
{
    const QDate today = dayOf(m_clock());
    if (today == m_day)
        return false;
    m_day = today;
    for (FloorAgent &a : m_agents) {
        a.today = {};
        markAgent(a);
    }
    return true;
}

void FloorBoard::countInteraction(FloorAgent &a, const Interaction &i)
{
    if (i.channel != Channel::Call || dayOf(i.startedAt) != m_day)
        return;
    a.today.attempts += 1;
    a.today.connects += workflow::isContact(i.outcome) ? 1 : 0;
    a.today.rightParty += reachedDebtor(i.outcome) ? 1 : 0;
    if (i.outcome == Outcome::PromiseToPay) {
        a.today.promises += 1;
        a.today.promiseAmount += i.promiseAmount;
    }
}

void FloorBoard::setTask(const FloorTask &task, bool live)
{
    const auto old = m_tasks.constFind(task.id);
    if (old != m_tasks.cend()) {
        const QString oldTeam = teamOfUser(old->assignee);
        m_teamTasks[oldTeam].remove(task.id);
        markQueue(oldTeam);
        m_tasks.erase(old);
    }
    if (!live)
        return;
    const QString team = teamOfUser(task.assignee);
    m_tasks.insert(task.id, task);
    m_teamTasks[team].insert(task.id);
    markQueue(team);
}

void FloorBoard::reloadTask(qint64 taskId)
{
    const Result<std::optional<TaskRow>> row = m_storage.task(taskId);
    if (!row) {
        qCWarning(lcServer).noquote() << "floor board: cannot read task" << taskId << row.error().detail;
        return;
    }
    if (!row.value()) {
        FloorTask gone;
        gone.id = taskId;
        setTask(gone, false);
        return;
    }
    const TaskRow &t = *row.value();
    setTask(floorTask(t.task, t.facts), t.task.status != TaskStatus::Done);
}

FloorQueue FloorBoard::computeQueue(const QString &team) const
{
    // On every flush that touches the team's tasks (each recorded call): one pass over the team's
    // open tasks, by reference, counting in place.
    static constexpr Bucket Buckets[] = {Bucket::M0, Bucket::M1, Bucket::M2, Bucket::M3, Bucket::M4Plus};
    int depth[std::size(Buckets)] = {};
    FloorQueue q;
    const QDateTime now = m_clock();
    const qint64 overdueBeforeMs =
        now.addSecs(-60 * qint64(m_alerts.thresholds().callbackGraceMinutes)).toMSecsSinceEpoch();
    const FloorTask *oldest = nullptr;
    qint64 oldestMs = 0;
    const auto ids = m_teamTasks.constFind(team);
    if (ids != m_teamTasks.cend())
        for (qint64 id : *ids) {
            const auto found = m_tasks.constFind(id);
            if (found == m_tasks.cend())
                continue;
            const FloorTask &t = *found;
            const qint64 dueMs = t.due.isValid() ? t.due.toMSecsSinceEpoch() : 0;
            if (t.kind == TaskKind::Callback && t.due.isValid() && dueMs < overdueBeforeMs)
                ++q.callbacksOverdue;
            if (t.status != TaskStatus::Open)
                continue;
            ++q.open;
            if (const auto b = size_t(t.bucket); b < std::size(depth))  // Buckets is in enum order
                ++depth[b];
            if (t.due.isValid()
                && (!oldest || dueMs < oldestMs || (dueMs == oldestMs && t.id < oldest->id))) {
                oldest = &t;
                oldestMs = dueMs;
            }
        }
    for (size_t b = 0; b < std::size(Buckets); ++b)
        q.depth.insert(Buckets[b], depth[b]);
    if (oldest) {
        q.oldestSince = oldest->due;
        q.oldestTaskId = oldest->id;
    }
    return q;
}

FloorCounts FloorBoard::teamCounts(const QString &team) const
{
    FloorCounts sum;
    for (const FloorAgent &a : m_agents)
        if (a.team == team)
            sum += a.today;
    return sum;
}

void FloorBoard::markAgent(const FloorAgent &a)
{
    TeamDirty &d = m_dirty[a.team];
    d.agents.insert(a.username);
    d.kpis = true;
    schedule();
}

void FloorBoard::markQueue(const QString &team)
{
    m_dirty[team].queue = true;
    schedule();
}

void FloorBoard::schedule()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    // Everything that happens in this turn of the event loop goes out as one delta per team. High
    // priority: the deltas go before slower follow-up work already queued (the task engine re-planning
    // the customer after a recorded call), which reaches the board as a later delta of its own.
    QCoreApplication::postEvent(this, new QEvent(FlushEvent), Qt::HighEventPriority);
}

bool FloorBoard::event(QEvent *e)
{
    if (e->type() != FlushEvent)
        return QObject::event(e);
    if (m_flushScheduled)
        flush();
    return true;
}

void FloorBoard::evaluateAlerts(const QSet<QString> &teams, const QSet<QString> *onlyAgents)
{
    const FloorAlerts::Changes c = m_alerts.evaluate(m_agents, m_queues, teams, onlyAgents);
    for (const FloorAlert &a : c.raised)
        m_dirty[a.team].raised << a;
    for (const FloorAlert &a : c.updated)
        m_dirty[a.team].updated << a;
    for (const FloorAlert &a : c.cleared)
        m_dirty[a.team].cleared << a;
}

bool FloorBoard::sees(const Viewer &v, const QString &team) const
{
    return v.role == Role::Admin || (v.role == Role::Lead && !v.team.isEmpty() && v.team == team);
}

// ---- events --------------------------------------------------------------------------------------

void FloorBoard::onNotice(const Notice &n)
{
    rollDay();
    if (n.type == msg::AgentStateChanged) {
        FloorAgent *a = agentFor(n.body.value(QStringLiteral("agent")).toString());
        if (!a)
            return;
        a->state = enumFromKey(n.body.value(QStringLiteral("state")).toString(), AgentState::Offline);
        a->reason = n.body.value(QStringLiteral("reason")).toString();
        a->since = proto::parseIsoUtc(n.body.value(QStringLiteral("since")).toString());
        markAgent(*a);
    } else if (n.type == msg::TaskUpdated || n.type == msg::TaskAssigned) {
        const qint64 taskId = n.body.value(QStringLiteral("taskId")).toInteger();
        if (taskId > 0)
            reloadTask(taskId);
    }
}

void FloorBoard::onInteraction(const Interaction &i)
{
    rollDay();
    FloorAgent *a = agentFor(i.agent);
    if (!a)
        return;
    countInteraction(*a, i);
    if (a->customerId != i.customerId) {
        const Result<std::optional<Customer>> c = m_storage.customer(i.customerId);
        a->customer = c && c.value() ? pii::maskName(c.value()->name) : QString();
    }
    a->taskId = i.taskId;
    a->customerId = i.customerId;
    // A call note the compliance lint flags (threats, insults, …) goes to the team's leads. Notes are
    // internal, so the third-party disclosure rule does not apply; SMS texts were linted before sending.
    if (m_lint && i.channel == Channel::Call && !i.note.trimmed().isEmpty()) {
        const QList<lint::Finding> findings = m_lint->check(i.note, lint::Audience::Debtor);
        if (!findings.isEmpty())
            m_alerts.noteFlagged(a->team, i.customerId, i.id, i.agent, enumKey(findings.first().rule),
                                 findings.first().text);
    }
    markAgent(*a);
}

void FloorBoard::onPayment(qint64 customerId, Fen amount, const QDateTime &paidAt)
{
    rollDay();
    if (dayOf(paidAt) != m_day)
        return;
    // Credited to the agent who holds the customer's open task (the lowest id: the oldest).
    qint64 best = 0;
    QString agent;
    for (const FloorTask &t : std::as_const(m_tasks))
        if (t.customerId == customerId && (best == 0 || t.id < best)) {
            best = t.id;
            agent = t.assignee;
        }
    const auto it = m_agents.find(agent);
    if (it == m_agents.end())
        return;
    it->today.collected += amount;
    markAgent(*it);
}

void FloorBoard::onPromisesBroken(qint64 customerId, int count)
{
    QString team;
    for (const FloorTask &t : std::as_const(m_tasks))
        if (t.customerId == customerId) {
            team = teamOfUser(t.assignee);
            break;
        }
    if (team.isEmpty())
        return;
    for (int i = 0; i < count; ++i)
        m_alerts.brokenPromise(team);
    m_dirty[team];
    schedule();
}

void FloorBoard::onComplianceOverride(qint64 customerId, const QString &by, bool granted)
{
    const QString team = teamOfUser(by);
    if (team.isEmpty())
        return;
    m_alerts.complianceOverride(team, customerId, by, granted);
    m_dirty[team];
    schedule();
}

void FloorBoard::onSessionStarted(const Viewer &viewer)
{
    if (viewer.role != Role::Agent)
        return;
    FloorAgent *a = agentFor(viewer.username);
    if (!a)
        return;
    ++m_sessions[viewer.username];
    if (a->connected && !a->dropped)
        return;
    a->connected = true;
    a->dropped = false;
    markAgent(*a);
}

void FloorBoard::onSessionEnded(const Viewer &viewer)
{
    if (viewer.role != Role::Agent)
        return;
    auto count = m_sessions.find(viewer.username);
    if (count == m_sessions.end())
        return;
    if (--count.value() > 0)
        return;
    m_sessions.erase(count);
    FloorAgent *a = agentFor(viewer.username);
    if (!a)
        return;
    a->connected = false;
    // Gone without going Offline first: the connection dropped (or the workstation closed). The board
    // shows the agent Offline from now and raises AgentDisconnected until they are back.
    if (a->state != AgentState::Offline) {
        a->dropped = true;
        a->state = AgentState::Offline;
        a->reason.clear();
        a->since = m_clock();
    }
    markAgent(*a);
}

// ---- subscribers ---------------------------------------------------------------------------------

ServiceResult<QJsonObject> FloorBoard::subscribe(QObject *key, const Viewer &viewer, Send send)
{
    if (viewer.role != Role::Lead && viewer.role != Role::Admin)
        return {StatusCode::Forbidden, QStringLiteral("only leads see the floor board")};
    if (viewer.role == Role::Lead && viewer.team.isEmpty())
        return {StatusCode::Forbidden, QStringLiteral("a lead without a team has no floor")};
    // Subscribing again (a lead's client that saw a gap) keeps the deltas flowing until the new
    // snapshots go out: every seq reaches the session, and the snapshot is a point in that stream.
    m_subscribers.erase(std::remove_if(m_subscribers.begin(), m_subscribers.end(),
                                       [](const Subscriber &s) { return s.key.isNull(); }),
                        m_subscribers.end());
    auto existing = std::find_if(m_subscribers.begin(), m_subscribers.end(),
                                 [key](const Subscriber &s) { return !s.key.isNull() && s.key == key; });
    if (existing != m_subscribers.end()) {
        existing->viewer = viewer;
        existing->send = std::move(send);
        existing->snapshotDue = true;
    } else {
        m_subscribers.append(Subscriber{key, viewer, std::move(send), false, true});
    }
    QJsonArray teamList;
    for (const QString &t : teams())
        if (sees(viewer, t))
            teamList.append(t);
    if (viewer.role == Role::Lead && !teamList.contains(viewer.team))
        teamList.append(viewer.team);
    // After the answer: the snapshot, then deltas.
    QMetaObject::invokeMethod(this, &FloorBoard::sendSnapshots, Qt::QueuedConnection);
    return QJsonObject{{QStringLiteral("teams"), teamList}};
}

void FloorBoard::unsubscribe(QObject *key)
{
    m_subscribers.erase(std::remove_if(m_subscribers.begin(), m_subscribers.end(),
                                       [key](const Subscriber &s) { return s.key.isNull() || s.key == key; }),
                        m_subscribers.end());
}

void FloorBoard::sendSnapshots()
{
    flush();  // what changed before goes to those already subscribed; the snapshot includes it
    for (Subscriber &s : m_subscribers) {
        if (!s.snapshotDue || s.key.isNull())
            continue;
        s.snapshotDue = false;
        s.ready = true;
        QStringList own = teams();
        if (s.viewer.role == Role::Lead && !own.contains(s.viewer.team))
            own << s.viewer.team;
        for (const QString &team : std::as_const(own))
            if (sees(s.viewer, team))
                s.send(eventFrame(msg::BoardSnapshot, snapshot(team)));
    }
}

QJsonObject FloorBoard::snapshot(const QString &team) const
{
    QStringList names;
    for (const FloorAgent &a : m_agents)
        if (a.team == team)
            names << a.username;
    names.sort();
    QJsonArray agents;
    for (const QString &n : std::as_const(names))
        agents.append(m_agents[n].toJson());
    QJsonArray alerts;
    for (const FloorAlert &a : m_alerts.active(team))
        alerts.append(a.toJson());
    FloorQueue empty;
    for (Bucket b : {Bucket::M0, Bucket::M1, Bucket::M2, Bucket::M3, Bucket::M4Plus})
        empty.depth.insert(b, 0);
    return {{QStringLiteral("team"), team},
            {QStringLiteral("seq"), m_seq.value(team)},
            {QStringLiteral("day"), m_day.toString(Qt::ISODate)},
            {QStringLiteral("agents"), agents},
            {QStringLiteral("queue"), m_queueSent.value(team, empty.toJson())},
            {QStringLiteral("kpis"), m_kpis.value(team, FloorCounts().kpiJson())},
            {QStringLiteral("alerts"), alerts}};
}

ServiceResult<QJsonObject> FloorBoard::acknowledge(const Viewer &viewer, const QJsonObject &body)
{
    const QJsonValue idValue = body.value(QStringLiteral("alertId"));
    if (!idValue.isDouble() || idValue.toInteger() <= 0)
        return {StatusCode::InvalidBody, QStringLiteral("alertId must be a positive number")};
    const qint64 id = idValue.toInteger();
    const QString target = QStringLiteral("alert:%1").arg(id);
    const ServiceResult<FloorAlert> acked = m_alerts.acknowledge(id, viewer);
    if (!acked) {
        if (acked.code() == StatusCode::Forbidden)
            m_audit.denied(viewer, msg::AlertAck, target, StatusCode::Forbidden);
        return {acked.code(), acked.detail()};
    }
    const FloorAlert &a = acked.value();
    if (auto r = m_audit.record(viewer.username, msg::AlertAck, target,
                                {{QStringLiteral("kind"), enumKey(a.kind)},
                                 {QStringLiteral("team"), a.team},
                                 {QStringLiteral("subject"), a.subject},
                                 {QStringLiteral("raisedAt"), proto::isoUtc(a.raisedAt)}});
        !r)
        return r.error();
    m_dirty[a.team].updated << a;
    schedule();
    return QJsonObject{{QStringLiteral("alert"), a.toJson()}};
}

// ---- flushing ------------------------------------------------------------------------------------

void FloorBoard::tick()
{
    rollDay();
    // Timers of states, callbacks falling overdue and the oldest task's wait move with the clock.
    for (const QString &team : teams())
        m_dirty[team].queue = true;
    m_everyAgentDue = true;  // the clock moved for everyone: not ready / wrap-up too long
    flush();
}

void FloorBoard::flush()
{
    m_flushScheduled = false;
    if (m_dirty.isEmpty())
        return;
    QSet<QString> changedTeams;
    QSet<QString> changedAgents;
    for (auto it = m_dirty.begin(); it != m_dirty.end(); ++it) {
        changedTeams.insert(it.key());
        changedAgents.unite(it->agents);
        if (it->queue)
            m_queues.insert(it.key(), computeQueue(it.key()));
    }
    // Between ticks only the agents that events touched can start or stop an alert about themselves.
    evaluateAlerts(changedTeams, std::exchange(m_everyAgentDue, false) ? nullptr : &changedAgents);
    const QHash<QString, TeamDirty> dirty = std::exchange(m_dirty, {});
    for (auto it = dirty.cbegin(); it != dirty.cend(); ++it) {
        const QString &team = it.key();
        if (team.isEmpty())
            continue;
        const TeamDirty &d = it.value();
        QJsonObject delta;
        QJsonArray agents;
        QStringList names(d.agents.cbegin(), d.agents.cend());
        names.sort();
        for (const QString &n : std::as_const(names))
            if (const FloorAgent *a = agent(n))
                agents.append(a->toJson());
        if (!agents.isEmpty())
            delta.insert(QStringLiteral("agents"), agents);
        if (d.queue) {
            const QJsonObject q = m_queues.value(team).toJson();
            if (q != m_queueSent.value(team)) {
                m_queueSent.insert(team, q);
                delta.insert(QStringLiteral("queue"), q);
            }
        }
        if (d.kpis) {
            const QJsonObject k = teamCounts(team).kpiJson();
            if (k != m_kpis.value(team)) {
                m_kpis.insert(team, k);
                delta.insert(QStringLiteral("kpis"), k);
            }
        }
        QJsonArray alerts;
        for (const FloorAlert &a : d.raised + d.updated)
            alerts.append(a.toJson());
        if (!alerts.isEmpty())
            delta.insert(QStringLiteral("alerts"), alerts);
        QJsonArray cleared;
        for (const FloorAlert &a : d.cleared)
            cleared.append(a.id);
        if (!cleared.isEmpty())
            delta.insert(QStringLiteral("clearedAlerts"), cleared);
        if (delta.isEmpty())
            continue;
        const qint64 seq = ++m_seq[team];
        delta.insert(QStringLiteral("team"), team);
        delta.insert(QStringLiteral("seq"), seq);
        delta.insert(QStringLiteral("day"), m_day.toString(Qt::ISODate));

        // One encoding per team, the same bytes to every lead watching it.
        const QByteArray frame = eventFrame(msg::BoardDelta, delta);
        QList<QByteArray> alertFrames;
        for (const FloorAlert &a : d.raised)
            alertFrames << eventFrame(msg::AlertRaised, a.toJson());
        for (const FloorAlert &a : d.cleared)
            alertFrames << eventFrame(msg::AlertCleared, a.toJson());
        for (const Subscriber &s : std::as_const(m_subscribers)) {
            if (!s.ready || s.key.isNull() || !sees(s.viewer, team))
                continue;
            s.send(frame);
            for (const QByteArray &f : std::as_const(alertFrames))
                s.send(f);
        }
        Q_EMIT deltaSent(team, delta);
    }
}

}  // namespace cd::server
