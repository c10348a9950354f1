#include "FloorAlerts.h"

#include <algorithm>
#include <cmath>

namespace cd::server {

using proto::StatusCode;

namespace {

struct IntKey {
    const char *key;
    int AlertThresholds::*field;
};
struct BoolKey {
    const char *key;
    bool AlertThresholds::*field;
};
const IntKey IntKeys[] = {{"notReadyMinutes", &AlertThresholds::notReadyMinutes},
                          {"wrapUpMinutes", &AlertThresholds::wrapUpMinutes},
                          {"callbacksOverdue", &AlertThresholds::callbacksOverdue},
                          {"callbackGraceMinutes", &AlertThresholds::callbackGraceMinutes},
                          {"queueDepth", &AlertThresholds::queueDepth},
                          {"oldestTaskMinutes", &AlertThresholds::oldestTaskMinutes},
                          {"brokenPromisesPerHour", &AlertThresholds::brokenPromisesPerHour}};
const BoolKey BoolKeys[] = {{"disconnected", &AlertThresholds::disconnected},
                            {"complianceOverrides", &AlertThresholds::complianceOverrides},
                            {"flaggedNotes", &AlertThresholds::flaggedNotes}};

QString knownKeys()
{
    QStringList keys;
    for (const IntKey &k : IntKeys)
        keys << QLatin1String(k.key);
    for (const BoolKey &k : BoolKeys)
        keys << QLatin1String(k.key);
    return keys.join(QStringLiteral(", "));
}

}  // namespace

Result<AlertThresholds> AlertThresholds::fromJson(const QJsonObject &json)
{
    AlertThresholds t;
    // A misspelt key would silently keep its default: refuse it so the operator sees the typo.
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QByteArray key = it.key().toUtf8();
        const bool known = std::any_of(std::begin(IntKeys), std::end(IntKeys),
                                       [&](const IntKey &k) { return key == k.key; })
                           || std::any_of(std::begin(BoolKeys), std::end(BoolKeys),
                                          [&](const BoolKey &k) { return key == k.key; });
        if (!known)
            return Error{ErrorCode::InvalidInput,
                         QStringLiteral("unknown floor alert key %1 (known: %2)").arg(it.key(), knownKeys())};
    }
    for (const IntKey &k : IntKeys) {
        const QJsonValue v = json.value(QLatin1String(k.key));
        if (v.isUndefined())
            continue;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d != std::floor(d) || d > 1e6)
            return Error{ErrorCode::InvalidInput,
                         QStringLiteral("floor alert threshold %1 must be a whole number from 0")
                             .arg(QLatin1String(k.key))};
        t.*k.field = int(d);
    }
    for (const BoolKey &k : BoolKeys) {
        const QJsonValue v = json.value(QLatin1String(k.key));
        if (v.isUndefined())
            continue;
        if (!v.isBool())
            return Error{
                ErrorCode::InvalidInput,
                QStringLiteral("floor alert switch %1 must be true or false").arg(QLatin1String(k.key))};
        t.*k.field = v.toBool();
    }
    return t;
}

QJsonObject AlertThresholds::toJson() const
{
    QJsonObject o;
    for (const IntKey &k : IntKeys)
        o.insert(QLatin1String(k.key), this->*k.field);
    for (const BoolKey &k : BoolKeys)
        o.insert(QLatin1String(k.key), this->*k.field);
    return o;
}

FloorAlerts::FloorAlerts(const AlertThresholds &thresholds, Clock clock)
    : m_thresholds(thresholds),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{}

QString FloorAlerts::keyOf(AlertKind kind, const QString &team, const QString &subject)
{
    return enumKey(kind) + QLatin1Char('|') + team + QLatin1Char('|') + subject;
}

void FloorAlerts::brokenPromise(const QString &team)
{
    if (m_thresholds.brokenPromisesPerHour > 0)
        m_broken[team].append(m_clock());
}

void FloorAlerts::complianceOverride(const QString &team, qint64 customerId, const QString &by, bool granted)
{
    if (!m_thresholds.complianceOverrides)
        return;
    // One alert per override event: the subject tells the customer, who, and whether it was granted
    // (by a lead) or used (by an agent's call).
    Condition c{AlertKind::ComplianceOverride, team,
                QStringLiteral("customer:%1 %2 %3")
                    .arg(customerId)
                    .arg(granted ? QStringLiteral("granted") : QStringLiteral("used"), by),
                customerId, 0};
    // The same override noticed twice before an acknowledgement is one alert.
    for (const Condition &o : std::as_const(m_overrides))
        if (o.team == c.team && o.subject == c.subject)
            return;
    m_overrides.append(c);
}

void FloorAlerts::noteFlagged(const QString &team, qint64 customerId, qint64 interactionId, const QString &agent,
                              const QString &rule, const QString &match)
{
    if (!m_thresholds.flaggedNotes)
        return;
    // Kept with the override events: both are one alert per event, held until acknowledged.
    Condition c{AlertKind::NoteFlagged, team, QStringLiteral("customer:%1 note:%2").arg(customerId).arg(interactionId),
                customerId, 0,
                QJsonObject{{QStringLiteral("agent"), agent},
                            {QStringLiteral("interactionId"), interactionId},
                            {QStringLiteral("rule"), rule},
                            {QStringLiteral("match"), match}}};
    for (const Condition &o : std::as_const(m_overrides))
        if (o.team == c.team && o.subject == c.subject)
            return;
    m_overrides.append(c);
}

FloorAlerts::Changes FloorAlerts::evaluate(const QHash<QString, FloorAgent> &agents,
                                           const QHash<QString, FloorQueue> &queues,
                                           const QSet<QString> &teams, const QSet<QString> *onlyAgents)
{
    const QDateTime now = m_clock();
    const auto inScope = [&teams](const QString &team) { return teams.isEmpty() || teams.contains(team); };
    QMap<QString, Condition> holds;
    const auto hold = [&holds](Condition c) { holds.insert(keyOf(c.kind, c.team, c.subject), c); };

    const auto about = [&](const FloorAgent &a) {
        if (!inScope(a.team))
            return;
        const qint64 minutes = a.since.isValid() ? a.since.secsTo(now) / 60 : 0;
        if (a.connected && a.state == AgentState::NotReady && m_thresholds.notReadyMinutes > 0
            && minutes >= m_thresholds.notReadyMinutes)
            hold({AlertKind::NotReadyTooLong, a.team, a.username, minutes, m_thresholds.notReadyMinutes});
        if (a.connected && a.state == AgentState::WrapUp && m_thresholds.wrapUpMinutes > 0
            && minutes >= m_thresholds.wrapUpMinutes)
            hold({AlertKind::WrapUpTooLong, a.team, a.username, minutes, m_thresholds.wrapUpMinutes});
        if (a.dropped && !a.connected && m_thresholds.disconnected)
            hold({AlertKind::AgentDisconnected, a.team, a.username, 0, 0});
    };
    if (onlyAgents) {
        for (const QString &name : *onlyAgents)
            if (const auto it = agents.constFind(name); it != agents.cend())
                about(it.value());
    } else {
        for (const FloorAgent &a : agents)
            about(a);
    }
    // An alert about an agent left out of `onlyAgents` is not looked at, so it is kept.
    const auto looked = [&](const FloorAlert &a) {
        const bool aboutAgent = a.kind == AlertKind::NotReadyTooLong || a.kind == AlertKind::WrapUpTooLong
            || a.kind == AlertKind::AgentDisconnected;
        return inScope(a.team) && (!onlyAgents || !aboutAgent || onlyAgents->contains(a.subject));
    };
    for (auto it = queues.cbegin(); it != queues.cend(); ++it) {
        if (!inScope(it.key()))
            continue;
        const FloorQueue &q = it.value();
        if (m_thresholds.callbacksOverdue > 0 && q.callbacksOverdue >= m_thresholds.callbacksOverdue)
            hold({AlertKind::CallbacksOverdue,
                  it.key(),
                  {},
                  q.callbacksOverdue,
                  m_thresholds.callbacksOverdue});
        if (m_thresholds.queueDepth > 0 && q.open >= m_thresholds.queueDepth)
            hold({AlertKind::QueueDepth, it.key(), {}, q.open, m_thresholds.queueDepth});
        if (m_thresholds.oldestTaskMinutes > 0 && q.oldestSince.isValid()) {
            const qint64 waited = q.oldestSince.secsTo(now) / 60;
            if (waited >= m_thresholds.oldestTaskMinutes)
                hold({AlertKind::OldestTaskOverSla, it.key(), {}, waited, m_thresholds.oldestTaskMinutes});
        }
    }
    for (auto it = m_broken.begin(); it != m_broken.end(); ++it) {
        QList<QDateTime> &times = it.value();
        times.erase(std::remove_if(times.begin(), times.end(),
                                   [&now](const QDateTime &t) { return t.secsTo(now) >= 3600; }),
                    times.end());
        if (inScope(it.key()) && m_thresholds.brokenPromisesPerHour > 0
            && times.size() >= m_thresholds.brokenPromisesPerHour)
            hold({AlertKind::BrokenPromiseSpike,
                  it.key(),
                  {},
                  times.size(),
                  m_thresholds.brokenPromisesPerHour});
    }
    for (const Condition &c : std::as_const(m_overrides))
        if (inScope(c.team))
            hold(c);

    Changes out;
    for (auto it = m_active.begin(); it != m_active.end();) {
        if (looked(it.value()) && !holds.contains(it.key())) {
            out.cleared << it.value();
            it = m_active.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = holds.cbegin(); it != holds.cend(); ++it) {
        if (m_active.contains(it.key()))
            continue;
        FloorAlert a;
        a.id = m_nextId++;
        a.kind = it->kind;
        a.team = it->team;
        a.subject = it->subject;
        a.value = it->value;
        a.threshold = it->threshold;
        a.detail = it->detail;
        a.raisedAt = now;
        m_active.insert(it.key(), a);
        out.raised << a;
    }
    return out;
}

ServiceResult<FloorAlert> FloorAlerts::acknowledge(qint64 id, const Viewer &viewer)
{
    for (auto it = m_active.begin(); it != m_active.end(); ++it) {
        if (it->id != id)
            continue;
        if (viewer.role != Role::Admin && !(viewer.role == Role::Lead && viewer.team == it->team))
            return {StatusCode::Forbidden, QStringLiteral("alert %1 belongs to another team").arg(id)};
        if (it->acknowledgedBy.isEmpty()) {
            it->acknowledgedBy = viewer.username;
            it->acknowledgedAt = m_clock();
        }
        if (it->kind == AlertKind::ComplianceOverride || it->kind == AlertKind::NoteFlagged) {
            const QString team = it->team, subject = it->subject;
            m_overrides.erase(
                std::remove_if(m_overrides.begin(), m_overrides.end(),
                               [&](const Condition &c) { return c.team == team && c.subject == subject; }),
                m_overrides.end());
        }
        return it.value();
    }
    return {StatusCode::NotFound, QStringLiteral("no active alert %1").arg(id)};
}

QList<FloorAlert> FloorAlerts::active(const QString &team) const
{
    QList<FloorAlert> out;
    for (const FloorAlert &a : m_active)
        if (a.team == team)
            out << a;
    std::sort(out.begin(), out.end(), [](const FloorAlert &a, const FloorAlert &b) { return a.id < b.id; });
    return out;
}

}  // namespace cd::server
