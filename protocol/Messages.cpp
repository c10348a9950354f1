#include "Messages.h"

#include <QStringList>

namespace cd::proto::msg {

bool isRequestType(const QString &type)
{
    static const QStringList types = {SessionLogin,       SessionResume,      SessionLogout,  SyncPull,
                                      SyncPush,           AgentSetState,      Ping,           CustomerReveal,
                                      ComplianceOverride, SettlementList,     SettlementDecide,
                                      TaskReassign};
    return types.contains(type);
}

bool allowedBeforeLogin(const QString &type)
{
    return type == SessionLogin || type == SessionResume || type == Ping;
}

} // namespace cd::proto::msg
