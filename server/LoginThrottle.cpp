#include "LoginThrottle.h"

namespace cd::server {

void LoginThrottle::prune(Entry &e, const QDateTime &now) const
{
    const QDateTime oldest = now.addSecs(-m_window);
    while (!e.failures.isEmpty() && e.failures.first() <= oldest)
        e.failures.removeFirst();
}

void LoginThrottle::sweep(const QDateTime &now)
{
    // Guesses at random usernames must not grow the table without bound.
    if (m_entries.size() < 10'000)
        return;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        prune(it.value(), now);
        if (it->failures.isEmpty() && it->pending == 0)
            it = m_entries.erase(it);
        else
            ++it;
    }
}

bool LoginThrottle::blocked(const QString &key, const QDateTime &now)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return false;
    prune(it.value(), now);
    return it->failures.size() + it->pending >= m_max;
}

void LoginThrottle::addPending(const QString &key) { ++m_entries[key].pending; }

void LoginThrottle::removePending(const QString &key)
{
    auto it = m_entries.find(key);
    if (it != m_entries.end() && it->pending > 0)
        --it->pending;
}

void LoginThrottle::recordFailure(const QString &key, const QDateTime &now)
{
    sweep(now);
    m_entries[key].failures.append(now);
}

void LoginThrottle::clear(const QString &key)
{
    auto it = m_entries.find(key);
    if (it != m_entries.end())
        it->failures.clear();
}

}  // namespace cd::server
