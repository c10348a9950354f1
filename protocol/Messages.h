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
inline const QString BoardSubscribe = QStringLiteral("board.subscribe");      ///< lead / admin: {} -> {teams[]}; then board.snapshot per team, board.delta
inline const QString BoardUnsubscribe = QStringLiteral("board.unsubscribe");  ///< lead / admin: {} -> {}
inline const QString AlertAck = QStringLiteral("alert.ack");                  ///< lead (own team) / admin: {alertId} -> {alert} (audited)
inline const QString AgentForce = QStringLiteral("agent.force");  ///< lead (own team) / admin: {agent,reason,note?} -> {agent,state,reason,since} (audited)
inline const QString MessageSend = QStringLiteral("message.send");  ///< lead / admin: {to?,team?,text} -> {message} (audited)
inline const QString MessageList = QStringLiteral("message.list");  ///< {since?} -> {messages[]} (the newest 50 after id `since`)
inline const QString BoardHourly = QStringLiteral("board.hourly");  ///< lead / admin: {team?} -> {team,zone,today[24],yesterday[24]}
inline const QString ConsultOpen = QStringLiteral("consult.open");  ///< agent / lead: {customerId,department,subject,text} -> {thread,message} (audited)
inline const QString ConsultPost = QStringLiteral("consult.post");  ///< participant: {threadId,text} -> {message} (lint flags stored, not blocking)
inline const QString ConsultList = QStringLiteral("consult.list");  ///< {customerId?} -> {threads[]} (with unread counts), {unreadTotal}
inline const QString ConsultRead = QStringLiteral("consult.read");  ///< participant: {threadId,messageId} -> {threadId,lastRead,unread}
inline const QString ConsultMessages = QStringLiteral("consult.messages");  ///< participant: {threadId,after?} -> {thread,messages[]}
inline const QString RecordingBegin = QStringLiteral("recording.begin");  ///< the call's agent: {opId,sha256,bytes,durationMs} -> {recordingId,interactionId,received,complete}
inline const QString RecordingChunk = QStringLiteral("recording.chunk");  ///< {recordingId,offset,data(base64)} -> {received}
inline const QString RecordingCommit = QStringLiteral("recording.commit");  ///< {recordingId} -> {recordingId,interactionId,retainUntil,revision} (SHA-256 checked)
inline const QString RecordingFetch = QStringLiteral("recording.fetch");  ///< {interactionId,offset} -> {recordingId,sha256,bytes,durationMs,offset,data} (audited at offset 0)
inline const QString ScriptPublish = QStringLiteral("script.publish");  ///< lead / trainer / admin: {script} -> {id,version,publishedAt,revision} (validated, audited)
inline const QString ScriptList = QStringLiteral("script.list");  ///< {} -> {scripts[]} (latest version of each)
inline const QString ScriptHistory = QStringLiteral("script.history");  ///< lead / trainer / admin: {id} -> {versions[]} (newest first)

// events (server -> client)
inline const QString AgentStateChanged = QStringLiteral("agent.stateChanged");  ///< {agent,state,reason,since}
inline const QString TaskAssigned = QStringLiteral("task.assigned");            ///< {revision,taskId,customerId}
inline const QString TaskUpdated = QStringLiteral("task.updated");              ///< {revision,taskId,customerId,status}
inline const QString BoardSnapshot = QStringLiteral("board.snapshot");  ///< {team,seq,day,agents[],queue,kpis,alerts[]}
inline const QString BoardDelta = QStringLiteral("board.delta");  ///< {team,seq,day,agents[]?,queue?,kpis?,alerts[]?,clearedAlerts[]?}
inline const QString AlertRaised = QStringLiteral("alert.raised");    ///< to subscribed leads: the alert
inline const QString AlertCleared = QStringLiteral("alert.cleared");  ///< to subscribed leads: the alert
inline const QString SettlementDecided = QStringLiteral("settlement.decided");  ///< {revision,settlement}
inline const QString SettlementRequested = QStringLiteral("settlement.requested");  ///< to leads: {revision,settlement}
inline const QString AgentForced = QStringLiteral("agent.forced");  ///< to the agent: {reason,note,by,byName,since}
inline const QString MessageReceived = QStringLiteral("message.received");  ///< to the recipients: {id,from,fromName,text,sentAt,team}
inline const QString RiskUpgraded = QStringLiteral("risk.upgraded");  ///< to leads: {customerId,from,to,factors[]}
inline const QString SmsDelivered = QStringLiteral("sms.delivered");  ///< to the sender and the team's leads: {revision,interactionId,customerId,status}
inline const QString ConsultMessage = QStringLiteral("consult.message");  ///< to each participant: {thread,message,unread,unreadTotal}

// operation types inside sync.push
inline const QString OpInteractionRecord = QStringLiteral("interaction.record");  ///< protocol/Ops.h InteractionRecord
inline const QString OpAgentState = QStringLiteral("agent.state");                ///< {state,reason?,at}
inline const QString OpSettlementRequest = QStringLiteral("settlement.request");  ///< protocol/Codec.h SettlementRequest
inline const QString OpSmsSend = QStringLiteral("sms.send");  ///< protocol/SmsCodec.h SmsSend

bool isRequestType(const QString &type);
/// Requests allowed before login.
bool allowedBeforeLogin(const QString &type);

} // namespace cd::proto::msg
