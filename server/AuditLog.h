#pragma once
// Append-only record of who did what: logins, applied operations, reassignments and every denial.
// Writes go to the storage's audit table (which refuses UPDATE and DELETE); inside a service's
// transaction the row commits or rolls back with the change it describes.
#include "ServerTypes.h"
#include "Status.h"

#include "Result.h"

namespace cd::server {

class Storage;

class AuditLog
{
public:
    explicit AuditLog(Storage &storage) : m_storage(storage) {}

    Result<qint64> record(const QString &user, const QString &action, const QString &target,
                          const QJsonObject &detail = {}, proto::StatusCode code = proto::StatusCode::Ok);
    /// A refused request or operation: audited and logged as a warning.
    Result<qint64> denied(const Viewer &who, const QString &action, const QString &target,
                          proto::StatusCode code, const QJsonObject &detail = {});

private:
    Storage &m_storage;
};

}  // namespace cd::server
