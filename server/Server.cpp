#include "Server.h"

#include "AgentStates.h"
#include "ClientSession.h"
#include "ConsultService.h"
#include "AuditLog.h"
#include "AccountService.h"
#include "Authenticator.h"
#include "CustomerService.h"
#include "Hub.h"
#include "LeadActions.h"
#include "Logging.h"
#include "ScriptLibrary.h"
#include "SmsTemplateLibrary.h"
#include "FactsReader.h"
#include "SqliteStorage.h"
#include "Storage.h"
#include "SyncService.h"
#include "TaskEngine.h"
#include "TaskService.h"
#include "Messages.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

namespace cd::server {

Server::Server(QObject *parent) : QObject(parent) {}

Server::~Server() { stop(0); }

quint16 Server::port() const { return m_hub ? m_hub->port() : 0; }

QHostAddress Server::address() const { return m_hub ? m_hub->address() : QHostAddress(); }

bool Server::secure() const { return m_hub && m_hub->secure(); }

Result<QSslConfiguration> Server::loadTls(const QString &certificateFile, const QString &keyFile)
{
    if (!QSslSocket::supportsSsl())
        return Error{ErrorCode::OpenFailed,
                     QStringLiteral("TLS is not available (no OpenSSL backend for Qt)")};
    QFile certFile(certificateFile);
    if (!certFile.open(QIODevice::ReadOnly))
        return Error{
            ErrorCode::InvalidInput,
            QStringLiteral("cannot read certificate %1: %2").arg(certificateFile, certFile.errorString())};
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("%1 holds no PEM certificate").arg(certificateFile)};
    QFile key(keyFile);
    if (!key.open(QIODevice::ReadOnly))
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("cannot read key %1: %2").arg(keyFile, key.errorString())};
    const QByteArray keyPem = key.readAll();
    QSslKey privateKey(keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (privateKey.isNull())
        privateKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (privateKey.isNull())
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("%1 holds no unencrypted RSA or EC private key").arg(keyFile)};
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(privateKey);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);  // clients authenticate with a password, not a certificate
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

Result<void> Server::start(const ServerConfig &config)
{
    if (m_hub)
        return Error{ErrorCode::InvalidInput, QStringLiteral("server already running")};
    const bool tls = !config.tlsCertificateFile.isEmpty() || !config.tlsKeyFile.isEmpty();
    if (tls && (config.tlsCertificateFile.isEmpty() || config.tlsKeyFile.isEmpty()))
        return Error{ErrorCode::InvalidInput, QStringLiteral("TLS needs both a certificate and a key")};
    if (!tls && !config.address.isLoopback() && !config.allowInsecure)
        return Error{
            ErrorCode::InvalidInput,
            QStringLiteral("refusing to listen on %1 without TLS: passwords and customer data would cross "
                           "the network in clear text (give a certificate, or --insecure)")
                .arg(config.address.toString())};
    std::optional<QSslConfiguration> sslConfig;
    if (tls) {
        Result<QSslConfiguration> loaded = loadTls(config.tlsCertificateFile, config.tlsKeyFile);
        if (!loaded)
            return loaded.error();
        sslConfig = loaded.value();
    }

    Result<std::unique_ptr<Storage>> storage = createStorage(config.database);
    if (!storage)
        return storage.error();
    m_storage = std::move(storage.value());
    if (auto r = m_storage->open(); !r) {
        m_storage.reset();
        return r;
    }
    startCheckpoints();
    if (auto r = ScriptLibrary::ensureDefaults(*m_storage); !r) {
        m_storage.reset();
        return r.error();
    }
    if (auto r = SmsTemplateLibrary::ensureDefaults(*m_storage); !r) {
        m_storage.reset();
        return r.error();
    }
    m_audit = std::make_unique<AuditLog>(*m_storage);
    m_auth = std::make_unique<Authenticator>(*m_storage, *m_audit);
    m_tasks = std::make_unique<TaskService>(*m_storage, *m_audit, config.policy);
    m_states = std::make_unique<AgentStates>(*m_storage, *m_audit);
    m_sync = std::make_unique<SyncService>(*m_storage, *m_tasks, *m_states, config.limits, config.discountLimits);
    m_hub = std::make_unique<Hub>(*m_storage, *m_auth, *m_sync, *m_states, *m_audit, config.limits);
    // Queued: a client gets the answer to its own request before the events that request caused.
    connect(m_tasks.get(), &TaskService::noticed, m_hub.get(), &Hub::deliver, Qt::QueuedConnection);
    connect(m_states.get(), &AgentStates::noticed, m_hub.get(), &Hub::deliver, Qt::QueuedConnection);
    // The task engine plans the customer again after every recorded call (queued: after the
    // recording's own events), sweeps everyone on a timer, and serves the lead's task.reassign.
    m_engine = std::make_unique<TaskEngine>(*m_storage, *m_audit, *m_tasks);
    if (config.engineIntervalSeconds > 0)
        connect(m_tasks.get(), &TaskService::noticed, m_engine.get(), &TaskEngine::onTaskNotice,
                Qt::QueuedConnection);
    connect(m_engine.get(), &TaskEngine::noticed, m_hub.get(), &Hub::deliver, Qt::QueuedConnection);
    m_hub->addHandler(proto::msg::TaskReassign, {Role::Lead, Role::Admin},
                      [engine = m_engine.get()](const Viewer &v, const QJsonObject &body, const QDateTime &) {
                          return engine->reassign(v, body);
                      });
    // Payments, promise decisions, bucket rolls and risk: after a recorded refusal or promise the
    // customer's risk is reviewed; a changed account is planned again by the engine.
    m_accounts = std::make_unique<AccountService>(*m_storage, *m_audit);
    connect(m_accounts.get(), &AccountService::noticed, m_hub.get(), &Hub::deliver, Qt::QueuedConnection);
    connect(m_tasks.get(), &TaskService::interactionRecorded, m_accounts.get(),
            &AccountService::onInteractionRecorded, Qt::QueuedConnection);
    if (config.engineIntervalSeconds > 0)
        connect(m_accounts.get(), &AccountService::customerChanged, m_engine.get(),
                [engine = m_engine.get()](qint64 customerId) { engine->replanSoon(customerId); });
    if (config.engineIntervalSeconds > 0)
        startFactsReader();
    m_engine->startTimer(config.engineIntervalSeconds);
    if (config.accountSweepMinutes > 0) {
        m_accountSweep = std::make_unique<QTimer>();
        m_accountSweep->setInterval(std::chrono::minutes(config.accountSweepMinutes));
        connect(m_accountSweep.get(), &QTimer::timeout, this, &Server::sweepAccounts);
        m_accountSweep->start();
        QTimer::singleShot(0, this, &Server::sweepAccounts);
    }
    // A lead's actions on one customer: PII reveal and compliance overrides (both audited).
    m_customers = std::make_unique<CustomerService>(*m_storage, *m_audit);
    connect(m_customers.get(), &CustomerService::noticed, m_hub.get(), &Hub::deliver, Qt::QueuedConnection);
    m_hub->addHandler(
        proto::msg::CustomerReveal,
        {Role::Lead, Role::Admin, Role::Trainer, Role::Agent, Role::Legal, Role::Risk},
        [svc = m_customers.get()](const Viewer &v, const QJsonObject &body, const QDateTime &now) {
            return svc->reveal(v, body, now);  // audits the agent's refusal too
        });
    m_hub->addHandler(
        proto::msg::ComplianceOverride, {Role::Lead, Role::Admin},
        [svc = m_customers.get()](const Viewer &v, const QJsonObject &body, const QDateTime &now) {
            return svc->overrideRule(v, body, now);
        });
    // Talk-track graphs: leads and trainers publish validated versions; everyone may list them.
    m_hub->addHandler(proto::msg::ScriptPublish, {Role::Lead, Role::Trainer, Role::Admin},
                      [storage = m_storage.get(), audit = m_audit.get()](const Viewer &v, const QJsonObject &body,
                                                                         const QDateTime &now) {
                          return ScriptLibrary::publish(*storage, *audit, v, body, now);
                      });
    m_hub->addHandler(proto::msg::ScriptList,
                      {Role::Agent, Role::Lead, Role::Trainer, Role::Admin, Role::Legal, Role::Risk},
                      [storage = m_storage.get()](const Viewer &, const QJsonObject &, const QDateTime &) {
                          return ScriptLibrary::list(*storage);
                      });
    m_hub->addHandler(proto::msg::ScriptHistory, {Role::Lead, Role::Trainer, Role::Admin},
                      [storage = m_storage.get()](const Viewer &, const QJsonObject &body, const QDateTime &) {
                          return ScriptLibrary::history(*storage, body);
                      });
    m_sms = wireSms(*m_hub, *m_sync, *m_storage, *m_audit, config.policy, config.sms);  // sms.send
    {  // call recordings: files next to the database unless told otherwise (recording.*)
        RecordingConfig recordings = config.recordings;
        if (recordings.directory.isEmpty()) {
            const QString db = m_storage->location();
            recordings.directory = db == QLatin1String(":memory:")
                ? QDir::temp().filePath(QStringLiteral("collectdesk-recordings-%1").arg(QCoreApplication::applicationPid()))
                : QFileInfo(db).absoluteDir().filePath(QStringLiteral("recordings"));
        }
        m_recordings = std::make_unique<RecordingService>(*m_storage, *m_audit, recordings);
        if (auto r = m_recordings->prepare(); !r) {
            stop(0);
            return r;
        }
        wireRecordings(*m_hub, *m_recordings);
        if (recordings.purgeIntervalMinutes > 0) {
            m_recordingPurge = std::make_unique<QTimer>();
            m_recordingPurge->setInterval(std::chrono::minutes(recordings.purgeIntervalMinutes));
            connect(m_recordingPurge.get(), &QTimer::timeout, this, &Server::purgeRecordings);
            m_recordingPurge->start();
            QTimer::singleShot(0, this, &Server::purgeRecordings);
        }
    }
    wireFloorBoard(config.floor);
    wireLeadActions(*m_hub, *m_storage, *m_audit, *m_states, config.floor.zone);  // agent.force, message.*, board.hourly
    wireConsults(*m_hub, *m_storage, *m_audit);  // consult.* (case collaboration with legal and risk)
    if (auto r = m_board->load(); !r) {
        stop(0);
        return r;
    }
    if (auto r = m_hub->listen(config.address, config.port, sslConfig); !r) {
        stop(0);
        return r;
    }
    qCInfo(lcServer).noquote() << "serving" << m_storage->location() << "on"
                               << QStringLiteral("%1://%2:%3")
                                      .arg(sslConfig ? QStringLiteral("wss") : QStringLiteral("ws"),
                                           m_hub->address().toString())
                                      .arg(m_hub->port());
    return {};
}

void Server::purgeRecordings()
{
    if (m_recordings)
        m_recordings->purge(QDateTime::currentDateTimeUtc(), QStringLiteral("server"));
}

void Server::sweepAccounts()
{
    if (!m_accounts)
        return;
    const ServiceResult<AccountService::SweepSummary> r = m_accounts->sweep(QDateTime::currentDateTimeUtc());
    if (!r) {
        qCWarning(lcServer).noquote() << "account sweep failed:" << r.detail();
        return;
    }
    qCInfo(lcServer).noquote() << QStringLiteral(
                                      "account sweep: %1 customers, %2 changed, promises kept %3 / partial %4 "
                                      "/ broken %5, %6 bucket changes, %7 risk upgrades, %8 failed")
                                      .arg(r.value().customers)
                                      .arg(r.value().changed)
                                      .arg(r.value().kept)
                                      .arg(r.value().partial)
                                      .arg(r.value().broken)
                                      .arg(r.value().bucketChanges)
                                      .arg(r.value().riskUpgrades)
                                      .arg(r.value().failed);
}

void Server::startCheckpoints()
{
    auto *sqlite = dynamic_cast<SqliteStorage *>(m_storage.get());
    if (!sqlite || sqlite->location() == QLatin1String(":memory:"))
        return;
    auto checkpointer = std::make_unique<WalCheckpointer>(sqlite->location());
    QString why;
    if (!checkpointer->start(&why)) {
        qCWarning(lcServerStorage).noquote()
            << "WAL checkpoints stay on the serving thread (SQLite's automatic ones):" << why;
        return;
    }
    if (auto r = sqlite->setAutoCheckpoint(0); !r) {
        checkpointer->stop();
        qCWarning(lcServerStorage).noquote() << "WAL checkpoints stay on the serving thread:" << r.error().detail;
        return;
    }
    m_checkpointer = std::move(checkpointer);
}

void Server::startFactsReader()
{
    const QString path = m_storage->location();
    if (!dynamic_cast<SqliteStorage *>(m_storage.get()) || path == QLatin1String(":memory:"))
        return;
    auto reader = std::make_unique<FactsReader>(path);
    QString why;
    if (!reader->start(&why)) {
        qCWarning(lcServerStorage).noquote() << "task facts are read on the serving thread:" << why;
        return;
    }
    m_factsReader = std::move(reader);
    m_engine->setFactsReader(m_factsReader.get());
}

void Server::stop(int drainMs)
{
    if (m_hub) {
        if (drainMs > 0 && m_hub->sessionCount() > 0) {
            QEventLoop loop;
            QTimer::singleShot(drainMs, &loop, &QEventLoop::quit);
            connect(m_hub.get(), &Hub::drained, &loop, &QEventLoop::quit);
            m_hub->shutdown();
            loop.exec();
        } else {
            m_hub->shutdown();
        }
        m_hub.reset();
        qCInfo(lcServer) << "stopped";
    }
    m_board.reset();
    m_recordings.reset();
    m_accountSweep.reset();
    m_recordingPurge.reset();
    m_accounts.reset();
    if (m_factsReader) {
        m_factsReader->stop();
        m_factsReader.reset();
    }
    m_engine.reset();
    m_sync.reset();
    m_states.reset();
    m_tasks.reset();
    m_auth.reset();
    m_audit.reset();
    if (m_checkpointer) {
        m_checkpointer->stop();
        m_checkpointer.reset();
    }
    if (m_storage) {
        m_storage->close();
        m_storage.reset();
    }
}

// The leads' floor board follows the events the services emit anyway (directly: it only marks what
// changed and sends one delta per team on the next turn of the event loop, after the answers).
void Server::wireFloorBoard(const FloorConfig &config)
{
    m_board = std::make_unique<FloorBoard>(*m_storage, *m_audit, config);
    FloorBoard *board = m_board.get();
    connect(m_states.get(), &AgentStates::noticed, board, &FloorBoard::onNotice);
    connect(m_tasks.get(), &TaskService::noticed, board, &FloorBoard::onNotice);
    connect(m_engine.get(), &TaskEngine::noticed, board, &FloorBoard::onNotice);
    connect(m_customers.get(), &CustomerService::noticed, board, &FloorBoard::onNotice);
    connect(m_tasks.get(), &TaskService::interactionStored, board, &FloorBoard::onInteraction);
    connect(m_tasks.get(), &TaskService::complianceOverrideUsed, board,
            [board](qint64 customerId, const QString &agent) {
                board->onComplianceOverride(customerId, agent, false);
            });
    connect(m_customers.get(), &CustomerService::complianceOverrideGranted, board,
            [board](qint64 customerId, const QString &lead) {
                board->onComplianceOverride(customerId, lead, true);
            });
    connect(m_accounts.get(), &AccountService::paymentPosted, board, &FloorBoard::onPayment);
    connect(m_accounts.get(), &AccountService::promisesBroken, board, &FloorBoard::onPromisesBroken);
    connect(m_hub.get(), &Hub::sessionStarted, board,
            [board](ClientSession *s) { board->onSessionStarted(s->viewer()); });
    connect(m_hub.get(), &Hub::sessionEnded, board, [board](ClientSession *s) {
        board->unsubscribe(s);
        board->onSessionEnded(s->viewer());
    });
    m_hub->addSessionHandler(
        proto::msg::BoardSubscribe, {Role::Lead, Role::Admin},
        [board](ClientSession *s, const Viewer &v, const QJsonObject &, const QDateTime &) {
            ServiceResult<QJsonObject> r = board->subscribe(s, v, [s](const QByteArray &f) { s->sendFrame(f); });
            if (r)
                s->watchingBoard = true;
            return r;
        });
    m_hub->addSessionHandler(
        proto::msg::BoardUnsubscribe, {Role::Lead, Role::Admin},
        [board](ClientSession *s, const Viewer &, const QJsonObject &, const QDateTime &) {
            board->unsubscribe(s);
            s->watchingBoard = false;
            return ServiceResult<QJsonObject>(QJsonObject{});
        });
    m_hub->addHandler(proto::msg::AlertAck, {Role::Lead, Role::Admin},
                      [board](const Viewer &v, const QJsonObject &body, const QDateTime &) {
                          return board->acknowledge(v, body);
                      });
}

}  // namespace cd::server
