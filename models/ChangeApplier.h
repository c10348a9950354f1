#pragma once
// Applies one page of server changes (sync.pull) to the cache, all or nothing: upserts and deletes
// of customers, phones, loans (with their schedule and payments), tasks, interactions, promises,
// bucket changes and scripts; drops the provisional rows the change's op made here; recomputes the
// queue facts of the touched customers; stores the new revision. Used by sync/SyncClient; owned by nobody (a value
// over the store, like the repositories).
#include "Codec.h"
#include "LocalStore.h"

#include <QDateTime>
#include <QList>

namespace cd {

class ChangeApplier
{
public:
    struct Counts {
        int upserted = 0;
        int deleted = 0;
        int provisionalRemoved = 0;  ///< provisional rows replaced by the server's rows of the same op
        int reassignedAway = 0;      ///< tasks dropped because they now belong to someone else
        int customersDropped = 0;    ///< customers left with no task after that (PII leaves the cache)
        int skipped = 0;             ///< changes of an entity kind this program does not know
        bool any() const { return upserted + deleted + provisionalRemoved + reassignedAway > 0; }
    };

    /// The logged-in user is read from sync_state (username, role) unless setUser() says otherwise.
    explicit ChangeApplier(LocalStore &store);
    /// Whose cache this is: an agent's cache keeps only tasks assigned to `username`; a lead's or an
    /// admin's keeps what the server sends (the team's, everyone's).
    void setUser(const QString &username, const QString &role);

    /// Applies `changes` in order, then stores `revision`, in one transaction. Any failure (a
    /// malformed entity, a row the cache cannot hold) rolls everything back and is returned; the
    /// stored revision is then unchanged, so the same page is pulled again. `now` dates the queue
    /// facts (DPD at the debtor's local today).
    Result<Counts> apply(const QList<proto::Change> &changes, qint64 revision,
                         const QDateTime &now = QDateTime::currentDateTimeUtc());

    /// Forgets everything pulled from a server (customers and all that hangs off them, acked
    /// outbox rows) and resets the revision to 0, in one transaction: the cache is about to be
    /// filled by another server or for another user. Scripts and unsent (pending, rejected)
    /// operations stay.
    Result<void> forgetServerData();

private:
    LocalStore &m_store;
    QString m_username;
    QString m_role;
};

}  // namespace cd
