#pragma once
// The message catalogue. Append-only: never rename or renumber a shipped type; add new ones.
// Body of each type: docs/dev/Protocol.md.
#include <QString>

namespace cd::proto::msg {

// requests (client -> server) and their responses
inline const QString SessionLogin = QStringLiteral("session.login");    ///< {username,password,device} -> {token,expiresAt,user{id,name,role,team},revision}
inline const QString SessionResume = QStringLiteral("session.resume");  ///< {token} -> same as login
inline const QString SessionLogout = QStringLiteral("session.logout");  ///< {} -> {}
inline const QString SyncPull = QStringLiteral("sync.pull");            ///< {since} -> {revision,changes[],more}
inline const QString SyncPush = QStringLiteral("sync.push");            ///< {ops:[{opId,type,body}]} -> {results:[{opId,code,error?,revision?}]}
inline const QString AgentSetState = QStringLiteral("agent.setState");  ///< {state,reason?} -> {state,since}
inline const QString Ping = QStringLiteral("ping");                     ///< {} -> {serverTime}
inline const QString CustomerReveal = QStringLiteral("customer.reveal");  ///< {customerId,field,phoneId?} -> {value} (audited)
inline const QString ComplianceOverride = QStringLiteral("compliance.override");  ///< lead: {customerId,rule,phoneNumber?,reason,hours?} -> {override}
inline const QString SettlementList = QStringLiteral("settlement.list");      ///< lead: {status?} -> {settlements[]}
inline const QString SettlementDecide = QStringLiteral("settlement.decide");  ///< lead: {settlementId,approve,note} -> {settlement}
inline const QString TaskReassign = QStringLiteral("task.reassign");  ///< lead (own team) / admin: {taskId,assignee} -> {taskId,assignee,revision}

// events (server -> client)
inline const QString AgentStateChanged = QStringLiteral("agent.stateChanged");  ///< {agent,state,reason,since}
inline const QString TaskAssigned = QStringLiteral("task.assigned");            ///< {revision,taskId,customerId}
inline const QString TaskUpdated = QStringLiteral("task.updated");              ///< {revision,taskId,customerId,status}
inline const QString BoardSnapshot = QStringLiteral("board.snapshot");
inline const QString BoardDelta = QStringLiteral("board.delta");
inline const QString SettlementDecided = QStringLiteral("settlement.decided");  ///< {revision,settlement}
inline const QString SettlementRequested = QStringLiteral("settlement.requested");  ///< to leads: {revision,settlement}
inline const QString RiskUpgraded = QStringLiteral("risk.upgraded");  ///< to leads: {customerId,from,to,factors[]}

// operation types inside sync.push
inline const QString OpInteractionRecord = QStringLiteral("interaction.record");  ///< protocol/Ops.h InteractionRecord
inline const QString OpAgentState = QStringLiteral("agent.state");                ///< {state,reason?,at}
inline const QString OpSettlementRequest = QStringLiteral("settlement.request");  ///< protocol/Codec.h SettlementRequest

bool isRequestType(const QString &type);
/// Requests allowed before login.
bool allowedBeforeLogin(const QString &type);

} // namespace cd::proto::msg
