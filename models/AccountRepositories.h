#pragma once
// Client cache reads and writes of the accounts side the server decides (server/AccountService):
// bucket history of a customer's loans (table bucket_history, cache schema 4). Borrows the store's
// connection like the other repositories; filled by ChangeApplier (entity "bucketChange") and
// DemoSeeder, read by the portrait.
#include "Entities.h"
#include "LocalStore.h"

namespace cd {

class BucketHistoryRepository
{
public:
    explicit BucketHistoryRepository(LocalStore &store) : m_store(store) {}
    Result<void> upsert(const BucketChange &change);
    /// Oldest first.
    QList<BucketChange> forCustomer(qint64 customerId) const;

private:
    LocalStore &m_store;
};

}  // namespace cd
