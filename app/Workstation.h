#pragma once
// Composition root of the agent workstation: builds the local store, the call engine and the main
// window, and passes them in through constructors. Owns all three; nothing else is global.
// The call engine is a LinphoneEngine registered with the desk's SIP account when one is configured
// (settings page, or --sip-account) and the app is not in demo mode; otherwise the SimulatedEngine.
#include "AgentPresence.h"
#include "Compliance.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "Result.h"
#include "SipAccount.h"

#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace cd {

class LinphoneEngine;
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
    QUrl server;                   ///< connected mode: ws:// or wss:// address of collectdesk-server
    QString caFile;                ///< extra CA certificates (PEM) to trust for wss
    int wrapUpLimitSeconds = 120;  ///< --wrap-up-limit
    std::optional<compliance::Policy> policy;  ///< --policy FILE; default: the Chinese guideline
    /// --sip-account FILE: this account (and password) instead of the settings page's.
    std::optional<SipAccount> sipAccount;
    QString sipPassword;
    QString sipBindAddress = QStringLiteral("0.0.0.0");
    int sipPort = 0;      ///< local SIP port; 0 = any free one
    QString sipBaseDir;   ///< empty: <AppDataLocation>/sip
    QString sipPlayFile;  ///< non-empty: no sound card, send this WAV (tests, headless desks)
    int sipIterateMs = 20;
    int progressiveSeconds = 0;  ///< --progressive: countdown length; 0 = preview mode
};

/// Reads a --sip-account file: {"registrar", "user", "transport": "udp|tcp|tls", "passwordFile",
/// optional "displayName", "bindAddress", "sipPort", "dtmf": "rfc2833|info", "noAnswerSeconds"}.
/// Fills `options`; an error names the file and the bad key.
Result<void> loadSipAccountFile(const QString &path, WorkstationOptions &options);

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
    LinphoneEngine *linphoneEngine() const { return m_linphone; }
    SyncClient *syncClient() const { return m_sync.get(); }
    AgentPresence *presence() const { return m_presence.get(); }
    int seededCustomers() const { return m_seeded; }
    /// Registers the SIP engine with `account` (after the settings page was saved). False when the
    /// app runs the simulated phone (a restart is needed to switch) or registration could not start.
    bool applySipAccount(const SipAccount &account, const QString &password);

private:
    std::unique_ptr<CallEngine> buildSipEngine(const WorkstationOptions &options, const SipAccount &account,
                                               const QString &password);

    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<CallEngine> m_engine;
    SimulatedEngine *m_simulated = nullptr;
    LinphoneEngine *m_linphone = nullptr;
    QString m_sipBaseDir;
    std::unique_ptr<SyncClient> m_sync;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<AgentPresence> m_presence;
    int m_seeded = 0;
};

}  // namespace cd
