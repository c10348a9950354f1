#include "LeadActions.h"

#include "AgentStates.h"
#include "Codec.h"
#include "Hub.h"
#include "Messages.h"
#include "Storage.h"
#include "Workflow.h"

namespace cd::server {

using proto::StatusCode;
namespace msg = proto::msg;

namespace {

/// The reason codes a lead may force (the workstation's AgentState::Reason keys but None).
const QStringList ForceReasons = {QStringLiteral("Break"), QStringLiteral("Training"), QStringLiteral("Meeting"),
                                  QStringLiteral("Coaching"), QStringLiteral("System")};

bool optionalString(const QJsonValue &v) { return v.isUndefined() || v.isNull() || v.isString(); }

struct HourFigures {
    int attempts = 0;
    int connects = 0;
    int promises = 0;
    Fen promiseAmount = 0;
    Fen collected = 0;
};

QJsonArray hoursJson(const HourFigures (&hours)[24])
{
    QJsonArray out;
    for (int h = 0; h < 24; ++h)
        out << QJsonObject{{QStringLiteral("hour"), h},
                           {QStringLiteral("attempts"), hours[h].attempts},
                           {QStringLiteral("connects"), hours[h].connects},
                           {QStringLiteral("promises"), hours[h].promises},
                           {QStringLiteral("promiseAmount"), hours[h].promiseAmount},
                           {QStringLiteral("collected"), hours[h].collected}};
    return out;
}

}  // namespace

LeadActions::LeadActions(Storage &storage, AuditLog &audit, AgentStates &states, QTimeZone zone,
                         QObject *parent)
    : QObject(parent), m_storage(storage), m_audit(audit), m_states(states), m_zone(std::move(zone))
{}

ServiceResult<UserRecord> LeadActions::agentFor(const Viewer &viewer, const QString &username,
                                                const QString &action)
{
    const Result<std::optional<UserRecord>> user = m_storage.userByName(username);
    if (!user)
        return user.error();
    if (!user.value() || user.value()->disabled || user.value()->role != Role::Agent)
        return {StatusCode::NotFound, QStringLiteral("no agent %1").arg(username)};
    if (viewer.role != Role::Admin && user.value()->team != viewer.team) {
        m_audit.denied(viewer, action, QStringLiteral("user:") + username, StatusCode::Forbidden,
                       {{QStringLiteral("team"), user.value()->team}});
        return {StatusCode::Forbidden, QStringLiteral("%1 is not in team %2").arg(username, viewer.team)};
    }
    return *user.value();
}

ServiceResult<QJsonObject> LeadActions::force(const Viewer &viewer, const QJsonObject &body, const QDateTime &now)
{
    const QJsonValue agentValue = body.value(QStringLiteral("agent"));
    const QJsonValue reasonValue = body.value(QStringLiteral("reason"));
    const QJsonValue noteValue = body.value(QStringLiteral("note"));
    if (!agentValue.isString() || !reasonValue.isString() || !optionalString(noteValue))
        return {StatusCode::InvalidBody, QStringLiteral("agent and reason must be strings, note a string")};
    const QString reason = reasonValue.toString();
    if (!ForceReasons.contains(reason))
        return {StatusCode::InvalidValue, QStringLiteral("unknown reason %1").arg(reason)};
    const QString note = noteValue.toString().trimmed();
    if (note.size() > MaxNoteLength)
        return {StatusCode::InvalidValue, QStringLiteral("note too long")};
    const ServiceResult<UserRecord> agent = agentFor(viewer, agentValue.toString(), msg::AgentForce);
    if (!agent)
        return {agent.code(), agent.detail()};

    ServiceResult<QJsonObject> stored = m_states.forceState(agent.value(), AgentState::NotReady, reason, now);
    if (!stored)
        return stored;
    m_audit.record(viewer.username, msg::AgentForce, QStringLiteral("user:") + agent->username,
                   {{QStringLiteral("reason"), reason}, {QStringLiteral("note"), note}});

    const Result<std::optional<UserRecord>> lead = m_storage.userByName(viewer.username);
    const QString leadName = lead && lead.value() ? lead.value()->name : QString();
    const QString since = stored.value().value(QStringLiteral("since")).toString();
    Notice n;
    n.type = msg::AgentForced;
    n.body = {{QStringLiteral("reason"), reason},
              {QStringLiteral("note"), note},
              {QStringLiteral("by"), viewer.username},
              {QStringLiteral("byName"), leadName},
              {QStringLiteral("since"), since}};
    n.users = {agent->username};
    Q_EMIT noticed(n);
    return QJsonObject{{QStringLiteral("agent"), agent->username},
                       {QStringLiteral("state"), enumKey(AgentState::NotReady)},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("since"), since}};
}

QJsonObject LeadActions::messageJson(const FloorMessage &m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("from"), m.sender},
            {QStringLiteral("fromName"), m.senderName},
            {QStringLiteral("text"), m.text},
            {QStringLiteral("sentAt"), proto::isoUtc(m.sentAt)},
            {QStringLiteral("team"), m.toTeam}};
}

ServiceResult<QJsonObject> LeadActions::sendMessage(const Viewer &viewer, const QJsonObject &body,
                                                    const QDateTime &now)
{
    const QJsonValue toValue = body.value(QStringLiteral("to"));
    const QJsonValue teamValue = body.value(QStringLiteral("team"));
    const QJsonValue teamNameValue = body.value(QStringLiteral("teamName"));
    const QJsonValue textValue = body.value(QStringLiteral("text"));
    if (!optionalString(toValue) || !(teamValue.isUndefined() || teamValue.isBool())
        || !optionalString(teamNameValue) || !textValue.isString())
        return {StatusCode::InvalidBody, QStringLiteral("to: string or null, team: bool, text: string")};
    const bool toTeam = teamValue.toBool();
    const QString to = toValue.toString();
    if (toTeam == !to.isEmpty())
        return {StatusCode::InvalidBody, QStringLiteral("give either to or team: true")};
    const QString text = textValue.toString().trimmed();
    if (text.isEmpty() || text.size() > MaxMessageLength)
        return {StatusCode::InvalidValue,
                QStringLiteral("text must have 1 to %1 characters").arg(MaxMessageLength)};

    FloorMessage m;
    m.sender = viewer.username;
    m.text = text;
    m.sentAt = now.toUTC();
    m.toTeam = toTeam;
    QStringList recipients;
    if (toTeam) {
        // A lead addresses their own team; an admin names one.
        m.team = viewer.role == Role::Admin ? teamNameValue.toString() : viewer.team;
        if (m.team.isEmpty())
            return {StatusCode::InvalidBody, QStringLiteral("teamName is needed")};
        if (viewer.role != Role::Admin && !teamNameValue.toString().isEmpty() && teamNameValue.toString() != m.team) {
            m_audit.denied(viewer, msg::MessageSend, QStringLiteral("team:") + teamNameValue.toString(),
                           StatusCode::Forbidden);
            return {StatusCode::Forbidden, QStringLiteral("not the lead's team")};
        }
        const Result<QList<UserRecord>> agents = m_storage.activeAgents();
        if (!agents)
            return agents.error();
        for (const UserRecord &u : agents.value())
            if (u.team == m.team)
                recipients << u.username;
        if (recipients.isEmpty())
            return {StatusCode::NotFound, QStringLiteral("team %1 has no agents").arg(m.team)};
    } else {
        const ServiceResult<UserRecord> agent = agentFor(viewer, to, msg::MessageSend);
        if (!agent)
            return {agent.code(), agent.detail()};
        m.recipient = agent->username;
        m.team = agent->team;
        recipients << agent->username;
    }

    StorageTransaction tx(m_storage);
    if (!tx.started())
        return tx.started().error();
    const Result<qint64> id = m_storage.insertFloorMessage(m);
    if (!id)
        return id.error();
    m.id = id.value();
    if (auto r = m_audit.record(viewer.username, msg::MessageSend,
                                toTeam ? QStringLiteral("team:") + m.team : QStringLiteral("user:") + m.recipient,
                                {{QStringLiteral("messageId"), m.id}, {QStringLiteral("length"), int(text.size())}});
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();

    const Result<std::optional<UserRecord>> sender = m_storage.userByName(viewer.username);
    m.senderName = sender && sender.value() ? sender.value()->name : QString();
    Notice n;
    n.type = msg::MessageReceived;
    n.body = messageJson(m);
    n.users = recipients;
    Q_EMIT noticed(n);
    return QJsonObject{{QStringLiteral("message"), messageJson(m)}, {QStringLiteral("recipients"), int(recipients.size())}};
}

ServiceResult<QJsonObject> LeadActions::listMessages(const Viewer &viewer, const QJsonObject &body)
{
    const QJsonValue since = body.value(QStringLiteral("since"));
    if (!(since.isUndefined() || since.isNull() || since.isDouble()))
        return {StatusCode::InvalidBody, QStringLiteral("since must be a message id")};
    const Result<QList<FloorMessage>> messages =
        m_storage.floorMessages(viewer.username, viewer.team, since.toInteger(), MessageListLimit);
    if (!messages)
        return messages.error();
    QJsonArray out;
    for (const FloorMessage &m : messages.value())
        out << messageJson(m);
    return QJsonObject{{QStringLiteral("messages"), out}};
}

ServiceResult<QJsonObject> LeadActions::hourly(const Viewer &viewer, const QJsonObject &body, const QDateTime &now)
{
    const QJsonValue teamValue = body.value(QStringLiteral("team"));
    if (!optionalString(teamValue))
        return {StatusCode::InvalidBody, QStringLiteral("team must be a string")};
    QString team = teamValue.toString();
    if (viewer.role == Role::Admin) {
        if (team.isEmpty())
            return {StatusCode::InvalidBody, QStringLiteral("an admin names the team")};
    } else {
        if (!team.isEmpty() && team != viewer.team) {
            m_audit.denied(viewer, msg::BoardHourly, QStringLiteral("team:") + team, StatusCode::Forbidden);
            return {StatusCode::Forbidden, QStringLiteral("not the lead's team")};
        }
        team = viewer.team;
    }

    const QDate today = now.toTimeZone(m_zone).date();
    const auto cached = m_hourly.constFind(team);
    if (cached != m_hourly.cend() && cached->day == today && cached->computedAt <= now
        && cached->computedAt.secsTo(now) < HourlyCacheSeconds)
        return cached->body;

    const QDate yesterday = today.addDays(-1);
    const QDateTime from = QDateTime(yesterday, QTime(0, 0), m_zone).toUTC();
    const QDateTime to = QDateTime(today.addDays(1), QTime(0, 0), m_zone).toUTC();
    ++m_hourlyQueries;
    const Result<QList<HourlyRow>> rows = m_storage.teamHourly(team, from, to);
    if (!rows)
        return rows.error();
    HourFigures days[2][24];  // [0] yesterday, [1] today
    for (const HourlyRow &row : rows.value()) {
        // A UTC hour falls into one local hour in zones a whole number of hours from UTC.
        const QDateTime local = row.hour.toTimeZone(m_zone);
        const int d = local.date() == today ? 1 : local.date() == yesterday ? 0 : -1;
        if (d < 0)
            continue;
        HourFigures &h = days[d][local.time().hour()];
        if (row.kind == QLatin1String("payment")) {
            h.collected += row.amount;
            continue;
        }
        const Outcome outcome = enumFromKey<Outcome>(row.outcome, Outcome::NoAnswer);
        h.attempts += row.count;
        if (workflow::isContact(outcome))
            h.connects += row.count;
        if (outcome == Outcome::PromiseToPay) {
            h.promises += row.count;
            h.promiseAmount += row.amount;
        }
    }
    const QJsonObject out{{QStringLiteral("team"), team},
                          {QStringLiteral("zone"), QString::fromUtf8(m_zone.id())},
                          {QStringLiteral("day"), today.toString(Qt::ISODate)},
                          {QStringLiteral("computedAt"), proto::isoUtc(now)},
                          {QStringLiteral("today"), hoursJson(days[1])},
                          {QStringLiteral("yesterday"), hoursJson(days[0])}};
    m_hourly.insert(team, HourlyCache{now, today, out});
    return out;
}

LeadActions *wireLeadActions(Hub &hub, Storage &storage, AuditLog &audit, AgentStates &states,
                             const QTimeZone &zone)
{
    auto *actions = new LeadActions(storage, audit, states, zone, &hub);
    // Queued: a client gets the answer to its own request before the events that request caused.
    QObject::connect(actions, &LeadActions::noticed, &hub, &Hub::deliver, Qt::QueuedConnection);
    hub.addHandler(msg::AgentForce, {Role::Lead, Role::Admin},
                   [actions](const Viewer &v, const QJsonObject &body, const QDateTime &now) {
                       return actions->force(v, body, now);
                   });
    hub.addHandler(msg::MessageSend, {Role::Lead, Role::Admin},
                   [actions](const Viewer &v, const QJsonObject &body, const QDateTime &now) {
                       return actions->sendMessage(v, body, now);
                   });
    hub.addHandler(msg::MessageList, {Role::Agent, Role::Lead, Role::Admin, Role::Trainer},
                   [actions](const Viewer &v, const QJsonObject &body, const QDateTime &) {
                       return actions->listMessages(v, body);
                   });
    hub.addHandler(msg::BoardHourly, {Role::Lead, Role::Admin},
                   [actions](const Viewer &v, const QJsonObject &body, const QDateTime &now) {
                       return actions->hourly(v, body, now);
                   });
    return actions;
}

}  // namespace cd::server
