#include "Messages.h"

#include <QStringList>

namespace cd::proto::msg {

bool isRequestType(const QString &type)
{
    static const QStringList types = {SessionLogin,       SessionResume,      SessionLogout,  SyncPull,
                                      SyncPush,           AgentSetState,      Ping,           CustomerReveal,
                                      ComplianceOverride, SettlementList,     SettlementDecide,
                                      TaskReassign,       BoardSubscribe,     BoardUnsubscribe, AlertAck,
                                      AgentForce,         MessageSend,        MessageList,    BoardHourly,
                                      RecordingBegin,     RecordingChunk,     RecordingCommit, RecordingFetch,
                                      ScriptPublish,      ScriptList,         ScriptHistory,
                                      ConsultOpen,        ConsultPost,        ConsultList,    ConsultRead,
                                      ConsultMessages};
    return types.contains(type);
}

bool allowedBeforeLogin(const QString &type)
{
    return type == SessionLogin || type == SessionResume || type == Ping;
}

} // namespace cd::proto::msg
