#pragma once
// Composition root of the agent workstation: builds the local store, the call engine and the main
// window, and passes them in through constructors. Owns all three; nothing else is global.
#include "Compliance.h"
#include "MainWindow.h"
#include "Result.h"

#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace cd {

class LocalStore;
class SimulatedEngine;
class SyncClient;

struct WorkstationOptions {
    bool demo = false;
    int demoCustomers = 300;
    quint32 demoSeed = 20261122;
    QString dbPath;          ///< empty: default location (demo: its own file, never the production cache)
    bool ephemeral = false;  ///< keep the demo cache in a temporary folder (screenshots)
    QString locale = QStringLiteral("zh_CN");
    QString agent = QStringLiteral("demo");
    QUrl server;     ///< connected mode: ws:// or wss:// address of collectdesk-server
    QString caFile;  ///< extra CA certificates (PEM) to trust for wss
    int wrapUpLimitSeconds = 120;              ///< --wrap-up-limit
    std::optional<compliance::Policy> policy;  ///< --policy FILE; default: the Chinese guideline
};

class Workstation
{
public:
    Workstation();
    ~Workstation();

    /// Opens (and in demo mode seeds) the cache and builds the window. Errors are for the user.
    Result<void> start(const WorkstationOptions &options);

    MainWindow *window() const { return m_window.get(); }
    LocalStore *store() const { return m_store.get(); }
    SimulatedEngine *simulatedEngine() const { return m_simulated; }
    SyncClient *syncClient() const { return m_sync.get(); }
    int seededCustomers() const { return m_seeded; }

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<CallEngine> m_engine;
    SimulatedEngine *m_simulated = nullptr;
    std::unique_ptr<SyncClient> m_sync;
    std::unique_ptr<MainWindow> m_window;
    int m_seeded = 0;
};

}  // namespace cd
