#include "AgentStates.h"

#include "Codec.h"
#include "Messages.h"
#include "Storage.h"

namespace cd::server {

using proto::StatusCode;

AgentStates::AgentStates(Storage &storage, AuditLog &audit, QObject *parent)
    : QObject(parent), m_storage(storage), m_audit(audit)
{}

ServiceResult<QJsonObject> AgentStates::setState(const Viewer &viewer, const QJsonObject &body,
                                                 const QDateTime &now, const QString &action)
{
    if (viewer.role != Role::Agent && viewer.role != Role::Lead) {
        m_audit.denied(viewer, action, QStringLiteral("user:") + viewer.username, StatusCode::Forbidden);
        return {StatusCode::Forbidden, QStringLiteral("%1 has no floor state").arg(roleKey(viewer.role))};
    }
    const QJsonValue stateValue = body.value(QStringLiteral("state"));
    const QJsonValue reasonValue = body.value(QStringLiteral("reason"));
    const QJsonValue atValue = body.value(QStringLiteral("at"));
    if (!stateValue.isString()
        || !(reasonValue.isUndefined() || reasonValue.isNull() || reasonValue.isString())
        || !(atValue.isUndefined() || atValue.isNull() || atValue.isString()))
        return {StatusCode::InvalidBody, QStringLiteral("state must be a string, reason and at strings")};
    bool known = false;
    const int v =
        QMetaEnum::fromType<AgentState>().keyToValue(stateValue.toString().toLatin1().constData(), &known);
    if (!known)
        return {StatusCode::InvalidValue, QStringLiteral("unknown state %1").arg(stateValue.toString())};
    const auto state = static_cast<AgentState>(v);
    const QString reason = reasonValue.toString().trimmed();
    if (state == AgentState::NotReady && reason.isEmpty())
        return {StatusCode::InvalidValue, QStringLiteral("NotReady needs a reason")};
    if (reason.size() > MaxReasonLength)
        return {StatusCode::InvalidValue, QStringLiteral("reason too long")};
    QDateTime since = now.toUTC();
    if (atValue.isString()) {
        const QDateTime at = proto::parseIsoUtc(atValue.toString());
        if (!at.isValid())
            return {StatusCode::InvalidValue, QStringLiteral("at is not an ISO-8601 time")};
        if (at < since)  // a state set offline keeps its time; one from the future does not
            since = at;
    }
    if (auto r = m_storage.setAgentState(viewer.userId, state, reason, since); !r)
        return r.error();

    const QString sinceText = proto::isoUtc(since);
    Notice n;
    n.type = proto::msg::AgentStateChanged;
    n.body = {{QStringLiteral("agent"), viewer.username},
              {QStringLiteral("state"), enumKey(state)},
              {QStringLiteral("reason"), reason},
              {QStringLiteral("since"), sinceText}};
    n.users = {viewer.username};
    n.leadTeams = {viewer.team};
    n.onBoard = true;
    Q_EMIT noticed(n);
    return QJsonObject{{QStringLiteral("state"), enumKey(state)}, {QStringLiteral("since"), sinceText}};
}

ServiceResult<QJsonObject> AgentStates::forceState(const UserRecord &agent, AgentState state,
                                                   const QString &reason, const QDateTime &now)
{
    const QDateTime since = now.toUTC();
    if (auto r = m_storage.setAgentState(agent.id, state, reason, since); !r)
        return r.error();
    const QString sinceText = proto::isoUtc(since);
    Notice n;
    n.type = proto::msg::AgentStateChanged;
    n.body = {{QStringLiteral("agent"), agent.username},
              {QStringLiteral("state"), enumKey(state)},
              {QStringLiteral("reason"), reason},
              {QStringLiteral("since"), sinceText}};
    n.users = {agent.username};
    n.leadTeams = {agent.team};
    n.onBoard = true;
    Q_EMIT noticed(n);
    return QJsonObject{{QStringLiteral("state"), enumKey(state)}, {QStringLiteral("since"), sinceText}};
}

}  // namespace cd::server
