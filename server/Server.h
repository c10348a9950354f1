#pragma once
// The server assembled: storage, services and hub wired together. `serve` runs one; tests start one
// in-process on a free loopback port (port 0) and talk to it with raw WebSocket clients.
#include "Compliance.h"
#include "FloorBoard.h"
#include "RecordingService.h"
#include "FactsReader.h"
#include "WalCheckpointer.h"
#include "Result.h"
#include "Settlement.h"
#include "SmsService.h"
#include "Status.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>
#include <optional>

namespace cd::server {

class AgentStates;
class AuditLog;
class AccountService;
class Authenticator;
class CustomerService;
class Hub;
class Storage;
class SyncService;
class TaskEngine;
class TaskService;

struct ServerConfig {
    QString database;  ///< "sqlite:/path/file.db" or a path (see createStorage)
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;            ///< 0: any free port (read it back with Server::port())
    QString tlsCertificateFile;  ///< PEM; with tlsKeyFile: wss
    QString tlsKeyFile;          ///< PEM, unencrypted
    bool allowInsecure = false;  ///< plain ws beyond loopback (refused otherwise)
    proto::Limits limits;
    compliance::Policy policy;  ///< checked on every recorded attempt (serve --policy FILE)
    /// The task engine sweeps every customer this often, once right after start, and plans a customer
    /// again after each recorded call. 0: the engine does not run (in-process tests that drive it
    /// themselves); `serve` runs it every 60 s unless --engine-interval says otherwise.
    int engineIntervalSeconds = 0;
    /// The account sweep (promise decisions after grace, bucket rolls, risk review) runs this often
    /// and once right after start. 0: not scheduled (tests; `accounts sweep` does it by hand); `serve`
    /// runs it every 60 minutes unless --account-sweep-interval says otherwise.
    int accountSweepMinutes = 0;
    FloorConfig floor;  ///< the leads' floor board: alert thresholds, the day's time zone
    /// Settlement discounts above these wait for a lead (serve --discount-limit-junior/-senior).
    settlement::DiscountLimits discountLimits;
    SmsConfig sms;  ///< where sms.send messages go (serve --sms-url / --sms-file)
    /// Call recordings: directory (default "<database folder>/recordings") and retention.
    RecordingConfig recordings;
};

class Server : public QObject
{
    Q_OBJECT
public:
    explicit Server(QObject *parent = nullptr);
    ~Server() override;

    /// Opens (and migrates) the database, loads the default scripts into an empty one, listens.
    /// InvalidInput for a configuration that must not run (plain ws beyond loopback, bad TLS files).
    Result<void> start(const ServerConfig &config);
    /// Closes every session with ServerShutdown (waiting up to `drainMs` for them to go), stops
    /// listening and closes the database. Safe to call twice.
    void stop(int drainMs = 3000);
    bool isRunning() const { return m_hub != nullptr; }

    quint16 port() const;
    QHostAddress address() const;
    bool secure() const;

    Storage &storage() { return *m_storage; }
    TaskService &tasks() { return *m_tasks; }
    TaskEngine &engine() { return *m_engine; }
    Authenticator &authenticator() { return *m_auth; }
    Hub &hub() { return *m_hub; }
    /// The WAL checkpointer of an SQLite file, or null (in memory, or it could not start).
    const WalCheckpointer *checkpointer() const { return m_checkpointer.get(); }
    /// The task engine's reader thread (null: re-plans read on the serving thread).
    const FactsReader *factsReader() const { return m_factsReader.get(); }
    FloorBoard &board() { return *m_board; }
    SmsService &sms() { return *m_sms; }
    RecordingService &recordings() { return *m_recordings; }

    /// Loads a PEM certificate chain and private key (RSA or EC) for wss.
    static Result<QSslConfiguration> loadTls(const QString &certificateFile, const QString &keyFile);

private:
    /// One account sweep at the current time, logged (the timer's slot).
    void sweepAccounts();
    /// Recordings past their retention and abandoned uploads (RecordingService::purge).
    void purgeRecordings();
    void startCheckpoints();
    /// The task engine's re-plans read their facts on a thread of their own (SQLite files).
    void startFactsReader();
    /// Builds the floor board and connects it to the services' events and the hub (Server.cpp).
    void wireFloorBoard(const FloorConfig &config);

    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<WalCheckpointer> m_checkpointer;  ///< SQLite files only
    std::unique_ptr<FactsReader> m_factsReader;       ///< SQLite files only; stopped before the engine goes
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Authenticator> m_auth;
    std::unique_ptr<TaskService> m_tasks;
    std::unique_ptr<TaskEngine> m_engine;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<AgentStates> m_states;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<Hub> m_hub;
    std::unique_ptr<FloorBoard> m_board;
    std::unique_ptr<QTimer> m_accountSweep;
    std::unique_ptr<QTimer> m_recordingPurge;
    QPointer<SmsService> m_sms;  ///< a child of the hub (SmsService.h wireSms)
    std::unique_ptr<RecordingService> m_recordings;
};

}  // namespace cd::server
