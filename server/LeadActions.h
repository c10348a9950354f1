#pragma once
// A lead's actions on the floor (issue: supervisor view), served through the Hub:
//  - agent.force: a lead of the agent's team (or an admin) sets the agent NotReady with a reason code
//    and an optional note. Stored and announced through AgentStates (agent.stateChanged: the agent,
//    the team's leads and the floor board follow), plus agent.forced to the agent's sessions.
//  - message.send / message.list: one-way messages from a lead to one agent of the team or to the
//    whole team, stored (floor_messages), pushed as message.received to the recipients' sessions and
//    listed again after a login.
//  - board.hourly: a team's attempts, connects, promises, promised amount and collected amount per
//    local hour, today and yesterday. One grouped query per team, kept for HourlyCacheSeconds: any
//    number of leads asking costs one query per team per minute.
// Every action and every refusal is audited. Owned by the Hub (wireLeadActions); one thread.
#include "AuditLog.h"
#include "Notice.h"
#include "ServerTypes.h"
#include "ServiceResult.h"
#include "Storage.h"

#include <QHash>
#include <QObject>
#include <QTimeZone>

namespace cd::server {

class AgentStates;
class Hub;
class Storage;

class LeadActions : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxNoteLength = 200;
    static constexpr int MaxMessageLength = 500;
    static constexpr int MessageListLimit = 50;
    static constexpr int HourlyCacheSeconds = 60;

    LeadActions(Storage &storage, AuditLog &audit, AgentStates &states, QTimeZone zone,
                QObject *parent = nullptr);

    /// agent.force {agent, reason (Break|Training|Meeting|Coaching|System), note?}
    /// -> {agent, state, reason, since}.
    ServiceResult<QJsonObject> force(const Viewer &viewer, const QJsonObject &body, const QDateTime &now);
    /// message.send {to: username | null, team: bool, teamName? (admins), text} -> {message}.
    ServiceResult<QJsonObject> sendMessage(const Viewer &viewer, const QJsonObject &body, const QDateTime &now);
    /// message.list {since?: message id} -> {messages[]}: the newest MessageListLimit after `since`
    /// that the user received or sent, oldest first.
    ServiceResult<QJsonObject> listMessages(const Viewer &viewer, const QJsonObject &body);
    /// board.hourly {team? (admins; a lead gets their own)} -> {team, zone, day, computedAt,
    /// today[24], yesterday[24]}; each hour {hour, attempts, connects, promises, promiseAmount, collected}.
    ServiceResult<QJsonObject> hourly(const Viewer &viewer, const QJsonObject &body, const QDateTime &now);

    /// How many grouped hourly queries ran (tests check the cache).
    int hourlyQueries() const { return m_hourlyQueries; }

    /// The message.received body of a stored message.
    static QJsonObject messageJson(const FloorMessage &message);

Q_SIGNALS:
    /// agent.forced and message.received (the Hub delivers them).
    void noticed(const cd::server::Notice &notice);

private:
    /// The active agent `username` as `viewer` may address them: NotFound when there is no such agent,
    /// Forbidden (audited as `action`) when a lead asks about another team's agent.
    ServiceResult<UserRecord> agentFor(const Viewer &viewer, const QString &username, const QString &action);

    struct HourlyCache {
        QDateTime computedAt;
        QDate day;
        QJsonObject body;
    };

    Storage &m_storage;
    AuditLog &m_audit;
    AgentStates &m_states;
    QTimeZone m_zone;
    QHash<QString, HourlyCache> m_hourly;  ///< per team
    int m_hourlyQueries = 0;
};

/// Builds the LeadActions (a child of `hub`, so it goes with it), registers agent.force,
/// message.send, message.list and board.hourly, and routes its events to the hub.
LeadActions *wireLeadActions(Hub &hub, Storage &storage, AuditLog &audit, AgentStates &states,
                             const QTimeZone &zone);

}  // namespace cd::server
