#pragma once
// What the cache knows about its server: address, who is logged in, the session token, the last
// revision pulled and when. No server address = a local (demo) store that never syncs. The token is
// a bearer secret: it lives in this owner-only file and is cleared on logout or expiry.
#include "LocalStore.h"

#include <QDateTime>
#include <QUrl>

namespace cd {

class SyncStateRepository
{
public:
    explicit SyncStateRepository(LocalStore &store) : m_store(store) {}

    QUrl serverUrl() const;
    Result<void> setServerUrl(const QUrl &url);
    /// Synced mode: the store belongs to a server (new rows made here are provisional).
    bool isSynced() const { return !serverUrl().isEmpty(); }

    QString username() const;
    Result<void> setUsername(const QString &username);
    QString role() const;  ///< "agent", "lead", "trainer", "admin"; empty before the first login
    Result<void> setRole(const QString &role);
    QString token() const;
    Result<void> setToken(const QString &token);  ///< empty clears it

    qint64 revision() const;  ///< 0 before the first pull
    Result<void> setRevision(qint64 revision);
    QDateTime lastSync() const;  ///< invalid before the first complete pull
    Result<void> setLastSync(const QDateTime &when);

    /// Demo stores are filled by DemoSeeder and must never be connected to a server.
    bool isDemo() const;
    Result<void> setDemo(bool demo);

private:
    QString value(const QString &key) const;
    Result<void> setValue(const QString &key, const QString &value);

    LocalStore &m_store;
};

}  // namespace cd
