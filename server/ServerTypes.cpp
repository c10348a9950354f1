#include "ServerTypes.h"

namespace cd::server {

QDateTime opTime(const QDateTime &clientTime, const QDateTime &serverNow)
{
    return clientTime.isValid() && clientTime <= serverNow.addSecs(ClientClockSkewSeconds) ? clientTime.toUTC()
                                                                                            : serverNow.toUTC();
}

QString roleKey(Role role)
{
    switch (role) {
    case Role::Agent: return QStringLiteral("agent");
    case Role::Lead: return QStringLiteral("lead");
    case Role::Trainer: return QStringLiteral("trainer");
    case Role::Admin: return QStringLiteral("admin");
    case Role::Legal: return QStringLiteral("legal");
    case Role::Risk: return QStringLiteral("risk");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role r : {Role::Agent, Role::Lead, Role::Trainer, Role::Admin, Role::Legal, Role::Risk})
        if (roleKey(r) == key)
            return r;
    return std::nullopt;
}

}  // namespace cd::server
