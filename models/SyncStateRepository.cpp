#include "SyncStateRepository.h"

#include "StoreRows.h"

#include <QSqlQuery>

namespace cd {

namespace {
const QString KeyServerUrl = QStringLiteral("server_url");
const QString KeyUsername = QStringLiteral("username");
const QString KeyRole = QStringLiteral("role");
const QString KeyToken = QStringLiteral("token");
const QString KeyRevision = QStringLiteral("revision");
const QString KeyLastSync = QStringLiteral("last_sync");
const QString KeyDemo = QStringLiteral("demo");
}  // namespace

QString SyncStateRepository::value(const QString &key) const
{
    QSqlQuery q(m_store.db());
    if (!rows::prepare(q, QStringLiteral("SELECT value FROM sync_state WHERE key = ?")))
        return {};
    q.bindValue(0, key);
    if (!rows::exec(q, QStringLiteral("read sync_state ") + key) || !q.next())
        return {};
    return q.value(0).toString();
}

// An empty value deletes the key: "not set" has one representation.
Result<void> SyncStateRepository::setValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_store.db());
    const bool clear = value.isEmpty();
    if (auto r =
            rows::prepare(q,
                          clear ? QStringLiteral("DELETE FROM sync_state WHERE key = ?")
                                : QStringLiteral("INSERT INTO sync_state(key, value) VALUES(?, ?) "
                                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        !r)
        return r;
    q.bindValue(0, key);
    if (!clear)
        q.bindValue(1, value);
    return rows::exec(q, QStringLiteral("write sync_state ") + key);
}

QUrl SyncStateRepository::serverUrl() const
{
    const QString v = value(KeyServerUrl);
    return v.isEmpty() ? QUrl() : QUrl(v);
}

Result<void> SyncStateRepository::setServerUrl(const QUrl &url)
{
    return setValue(KeyServerUrl, url.isValid() ? url.toString() : QString());
}

QString SyncStateRepository::username() const { return value(KeyUsername); }
Result<void> SyncStateRepository::setUsername(const QString &username)
{
    return setValue(KeyUsername, username);
}
QString SyncStateRepository::role() const { return value(KeyRole); }
Result<void> SyncStateRepository::setRole(const QString &role) { return setValue(KeyRole, role); }
QString SyncStateRepository::token() const { return value(KeyToken); }
Result<void> SyncStateRepository::setToken(const QString &token) { return setValue(KeyToken, token); }

qint64 SyncStateRepository::revision() const { return value(KeyRevision).toLongLong(); }

Result<void> SyncStateRepository::setRevision(qint64 revision)
{
    return setValue(KeyRevision, QString::number(revision));
}

QDateTime SyncStateRepository::lastSync() const
{
    const QString v = value(KeyLastSync);
    return v.isEmpty() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Result<void> SyncStateRepository::setLastSync(const QDateTime &when)
{
    return setValue(KeyLastSync, when.isValid() ? QString::number(when.toMSecsSinceEpoch()) : QString());
}

bool SyncStateRepository::isDemo() const { return value(KeyDemo) == QLatin1String("1"); }
Result<void> SyncStateRepository::setDemo(bool demo)
{
    return setValue(KeyDemo, demo ? QStringLiteral("1") : QString());
}

}  // namespace cd
