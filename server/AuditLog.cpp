#include "AuditLog.h"

#include "Logging.h"
#include "Storage.h"

namespace cd::server {

Result<qint64> AuditLog::record(const QString &user, const QString &action, const QString &target,
                                const QJsonObject &detail, proto::StatusCode code)
{
    AuditEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.user = user;
    e.action = action;
    e.target = target;
    e.detail = detail;
    e.code = int(code);
    Result<qint64> r = m_storage.appendAudit(e);
    if (!r)
        qCWarning(lcServer).noquote() << "audit write failed:" << action << target << r.error().detail;
    return r;
}

Result<qint64> AuditLog::denied(const Viewer &who, const QString &action, const QString &target,
                                proto::StatusCode code, const QJsonObject &detail)
{
    qCWarning(lcServer).noquote() << "denied" << action << "on" << target << "to" << who.username << "("
                                  << roleKey(who.role) << who.team << "):" << proto::slug(code);
    return record(who.username, action, target, detail, code);
}

}  // namespace cd::server
