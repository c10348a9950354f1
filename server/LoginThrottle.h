#pragma once
// Counts failed logins per key (a username, or a peer address) in a sliding window. A key is blocked
// when its failures in the window plus the attempts still being checked reach the limit: a burst of
// parallel guesses cannot slip past while the hashes are computed. In memory: a restart forgets.
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace cd::server {

class LoginThrottle
{
public:
    LoginThrottle(int maxFailures, int windowSeconds) : m_max(maxFailures), m_window(windowSeconds) {}

    bool blocked(const QString &key, const QDateTime &now);
    void addPending(const QString &key);
    void removePending(const QString &key);
    void recordFailure(const QString &key, const QDateTime &now);
    void clear(const QString &key);

private:
    struct Entry {
        QList<QDateTime> failures;
        int pending = 0;
    };
    void prune(Entry &e, const QDateTime &now) const;
    void sweep(const QDateTime &now);

    int m_max;
    int m_window;
    QHash<QString, Entry> m_entries;
};

}  // namespace cd::server
