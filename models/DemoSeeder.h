#pragma once
// Fills a LocalStore with the demo generator's customers in one transaction, plus default scripts.
#include "DemoData.h"
#include "LocalStore.h"

namespace cd {

class DemoSeeder
{
public:
    explicit DemoSeeder(LocalStore &store) : m_store(store) {}
    /// Replaces the store's customer data with `generator`'s output and marks the store as a demo
    /// store (never synced). Refuses (InvalidInput) a store that has a server. Returns the customer count.
    Result<int> seed(const DemoDataGenerator &generator);
    /// Loads the default scripts bundled as :/collectdesk/scripts/default-scripts.json.
    Result<int> seedDefaultScripts();

private:
    LocalStore &m_store;
};

}  // namespace cd
