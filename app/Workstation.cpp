#include "Workstation.h"

#include "DemoData.h"
#include "FloorMessagesPanel.h"
#include "DemoSeeder.h"
#include "LinphoneEngine.h"
#include "LocalStore.h"
#include "ProgressiveDialer.h"
#include "SimulatedEngine.h"
#include "SipSettingsDialog.h"
#include "MainWindow.h"
#include "PortraitView.h"
#include "RecordingFetcher.h"
#include "RecordingHousekeeper.h"
#include "RecordingUploader.h"
#include "WorkSession.h"
#include "SyncClient.h"

#include <QFile>
#include <QSslCertificate>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

Q_LOGGING_CATEGORY(lcApp, "collectdesk.app")

namespace cd {

Result<void> loadSipAccountFile(const QString &path, WorkstationOptions &options)
{
    auto bad = [&path](const QString &why) {
        return Error{ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(path, why)};
    };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::OpenFailed, QStringLiteral("cannot read %1").arg(path)};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject())
        return bad(QStringLiteral("not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    SipAccount a;
    a.registrar = o.value(QStringLiteral("registrar")).toString().trimmed();
    a.user = o.value(QStringLiteral("user")).toString().trimmed();
    a.displayName = o.value(QStringLiteral("displayName")).toString();
    if (a.registrar.isEmpty() || a.user.isEmpty())
        return bad(QStringLiteral("\"registrar\" and \"user\" are required"));
    const QString transport = o.value(QStringLiteral("transport")).toString(QStringLiteral("udp")).toLower();
    if (transport == QLatin1String("udp"))
        a.transport = SipAccount::Transport::Udp;
    else if (transport == QLatin1String("tcp"))
        a.transport = SipAccount::Transport::Tcp;
    else if (transport == QLatin1String("tls"))
        a.transport = SipAccount::Transport::Tls;
    else
        return bad(QStringLiteral("\"transport\" must be udp, tcp or tls"));
    const QString dtmf = o.value(QStringLiteral("dtmf")).toString(QStringLiteral("rfc2833")).toLower();
    if (dtmf != QLatin1String("rfc2833") && dtmf != QLatin1String("info"))
        return bad(QStringLiteral("\"dtmf\" must be rfc2833 or info"));
    a.dtmfMode =
        dtmf == QLatin1String("info") ? CallEngine::DtmfMode::SipInfo : CallEngine::DtmfMode::Rfc2833;
    a.noAnswerSeconds = o.value(QStringLiteral("noAnswerSeconds")).toInt(SipAccount::DefaultNoAnswerSeconds);
    if (a.noAnswerSeconds < SipAccount::MinNoAnswerSeconds
        || a.noAnswerSeconds > SipAccount::MaxNoAnswerSeconds)
        return bad(QStringLiteral("\"noAnswerSeconds\" must be between %1 and %2")
                       .arg(SipAccount::MinNoAnswerSeconds)
                       .arg(SipAccount::MaxNoAnswerSeconds));
    a.recordCalls = o.value(QStringLiteral("recordCalls")).toBool(true);
    if (const QString pf = o.value(QStringLiteral("passwordFile")).toString(); !pf.isEmpty()) {
        // Relative to the account file, so a test or an admin can keep the two side by side.
        QFile p(QFileInfo(path).dir().absoluteFilePath(pf));
        if (!p.open(QIODevice::ReadOnly))
            return bad(QStringLiteral("cannot read the password file %1").arg(p.fileName()));
        options.sipPassword = QString::fromUtf8(p.readLine()).trimmed();
    }
    if (o.contains(QStringLiteral("bindAddress")))
        options.sipBindAddress = o.value(QStringLiteral("bindAddress")).toString();
    options.sipPort = o.value(QStringLiteral("sipPort")).toInt(0);
    if (options.sipPort < 0 || options.sipPort > 65535)
        return bad(QStringLiteral("\"sipPort\" must be between 0 and 65535"));
    options.sipAccount = a;
    return {};
}

namespace {

LinphoneEngine::Transport engineTransport(SipAccount::Transport t)
{
    switch (t) {
    case SipAccount::Transport::Udp: return LinphoneEngine::Transport::Udp;
    case SipAccount::Transport::Tcp: return LinphoneEngine::Transport::Tcp;
    case SipAccount::Transport::Tls: return LinphoneEngine::Transport::Tls;
    }
    return LinphoneEngine::Transport::Udp;
}

}  // namespace

Workstation::Workstation() = default;

Workstation::~Workstation()
{
    m_presence.reset();
    m_window.reset();  // widgets first: they borrow the store, the engine and the client
    m_sync.reset();
    m_engine.reset();
    m_store.reset();
}

Result<void> Workstation::start(const WorkstationOptions &options)
{
    QString path = options.dbPath;
    if (path.isEmpty() && options.ephemeral) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        path = m_tempDir->filePath(QStringLiteral("demo-cache.sqlite"));
    }
    if (path.isEmpty()) {
        // Demo data lives in its own file so a rehearsal never touches an agent's real cache.
        path = options.demo
            ? QFileInfo(LocalStore::defaultPath()).dir().filePath(QStringLiteral("demo-cache.sqlite"))
            : LocalStore::defaultPath();
    }
    m_store = std::make_unique<LocalStore>();
    if (Result<void> r = m_store->open(path); !r) {
        qCCritical(lcApp) << "cannot open the local cache" << path << r.error().detail;
        return r;
    }
    qCInfo(lcApp) << "local cache" << path;

    if (options.demo) {
        DemoOptions demo;
        demo.customers = options.demoCustomers;
        demo.seed = options.demoSeed;
        demo.assignee = options.agent;
        demo.now = QDateTime::currentDateTimeUtc();
        DemoSeeder seeder(*m_store);
        const Result<int> seeded = seeder.seed(DemoDataGenerator(demo));
        if (!seeded)
            return seeded.error();
        m_seeded = seeded.value();
        if (const Result<int> scripts = seeder.seedDefaultScripts(); !scripts)
            return scripts.error();
        qCInfo(lcApp) << "demo cache seeded with" << m_seeded << "customers";
    }

    m_credentials = std::make_unique<CredentialStore>();
    SipAccount account;
    QString sipPassword;
    if (!options.demo) {
        // --sip-account wins over the settings page, so tests and admins never touch QSettings.
        account = options.sipAccount ? *options.sipAccount : SipAccount::load(QSettings());
        sipPassword = options.sipPassword;
        if (!options.sipAccount && !account.registrar.isEmpty()) {
            const Result<QString> stored = m_credentials->load(account.credentialKey());
            if (stored)
                sipPassword = stored.value();
            else
                qCWarning(lcApp) << "no SIP password stored for" << account.credentialKey();
        }
    }
    if (!options.demo && !account.registrar.isEmpty()) {
        m_engine = buildSipEngine(options, account, sipPassword);
    } else {
        auto engine = std::make_unique<SimulatedEngine>(options.demoSeed);
        m_simulated = engine.get();
        m_engine = std::move(engine);
    }

    WindowOptions w;
    w.demo = options.demo;
    w.session.agent = options.agent;
    w.session.agentDisplayName =
        options.demo ? QCoreApplication::translate("cd::Workstation", "Agent Li") : options.agent;
    w.session.company = QCoreApplication::translate("cd::Workstation", "Demo Consumer Finance Co.");
    w.session.scriptLocale = options.locale;
    w.session.wrapUpLimitSeconds = options.wrapUpLimitSeconds;
    w.policy = options.policy.value_or(compliance::Policy());
    if (options.demo && !options.policy) {
        // Rehearsal calls reach no one, so trainers may practise at any hour; the caps and the
        // third-party rule still apply so agents learn them.
        w.policy.windowStart = QTime(0, 0);
        w.policy.windowEnd = QTime(23, 59, 59, 999);
    }
    m_window = std::make_unique<MainWindow>(*m_store, *m_engine, w);
    if (options.demo) {
        // Training (rehearsals) exists only here: the demo profile's own cache, which is never given
        // a sync client (below), so a rehearsal cannot reach a production server.
        QList<script::Script> scripts;
        QFile bundled(QStringLiteral(":/collectdesk/scripts/default-scripts.json"));
        if (bundled.open(QIODevice::ReadOnly)) {
            if (auto read = script::readDocument(bundled.readAll()))
                scripts = read.value();
            else
                qCWarning(lcApp) << "bundled scripts unreadable:" << read.error().detail;
        }
        RehearsalOptions training;
        training.trainee = options.agent;
        training.agentName = w.session.agentDisplayName;
        training.company = w.session.company;
        training.locale = options.locale;
        m_window->enableTraining(*m_store, scripts, training);
    }
    m_presence = std::make_unique<AgentPresence>(*m_window, *m_engine);
    m_window->callBar()->setTransfersSupported(m_linphone != nullptr);
    m_window->callBar()->setRingTone(account.ringTone);
    ProgressiveDialer *progressive = m_window->progressiveDialer();
    progressive->setAgentState(&m_presence->state());
    if (options.progressiveSeconds > 0) {
        progressive->setSeconds(options.progressiveSeconds);
        m_window->progressiveAction()->setChecked(true);
    }
    QObject::connect(m_window.get(), &MainWindow::phoneSettingsRequested, m_window.get(), [this] {
        QSettings settings;
        SipSettingsDialog dialog(settings, *m_credentials, m_window.get());
        QObject::connect(&dialog, &SipSettingsDialog::accountSaved, m_window.get(),
                         [this](const SipAccount &a) {
                             const Result<QString> password = m_credentials->load(a.credentialKey());
                             m_window->callBar()->setRingTone(a.ringTone);
                             if (applySipAccount(a, password ? password.value() : QString()))
                                 m_window->statusBar()->showMessage(
                                     QCoreApplication::translate("cd::Workstation",
                                                                 "Phone settings saved: registering again…"),
                                     15000);
                             else
                                 m_window->statusBar()->showMessage(
                                     QCoreApplication::translate(
                                         "cd::Workstation",
                                         "Phone settings saved. Restart CollectDesk to use the new phone."),
                                     15000);
                         });
        dialog.exec();
    });

    if (!options.demo && options.server.isValid()) {
        // Connected mode. A demo cache is never given a client: rehearsal data stays local.
        m_sync = std::make_unique<SyncClient>(*m_store);
        m_sync->setServerUrl(options.server);
        if (!options.caFile.isEmpty()) {
            QFile f(options.caFile);
            if (!f.open(QIODevice::ReadOnly))
                return Error{ErrorCode::OpenFailed, QStringLiteral("cannot read %1").arg(options.caFile)};
            m_sync->setCaCertificates(QSslCertificate::fromData(f.readAll(), QSsl::Pem));
        }
        m_window->attachSync(*m_sync, *m_store);
        m_presence->attachSync(*m_sync, *m_store);
        // Call recordings: queued by each saved disposition, uploaded while online; the portrait
        // plays the server's copies through the fetcher's cache. Both live as long as the client.
        auto *uploader = new RecordingUploader(*m_store, *m_sync, m_sync.get());
        QObject::connect(m_window->session(), &WorkSession::dispositionSaved, uploader,
                         [uploader] { QTimer::singleShot(0, uploader, &RecordingUploader::kick); });
        const QString fetchCache =
            QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("recordings"));
        auto *fetcher = new RecordingFetcher(*m_sync, fetchCache, m_sync.get());
        m_window->portrait()->setRecordingFetcher(fetcher);
        // Recordings stay on this PC no longer than needed (models/RecordingHousekeeper.h): shortly
        // after start, then every six hours.
        const auto keepRecordings = [store = m_store.get(), fetchCache] {
            if (auto r = RecordingHousekeeper(*store, fetchCache).run(QDateTime::currentDateTimeUtc()); !r)
                qCWarning(lcApp).noquote() << "recording housekeeping:" << r.error().detail;
        };
        auto *housekeeping = new QTimer(m_sync.get());
        housekeeping->setInterval(std::chrono::hours(6));
        QObject::connect(housekeeping, &QTimer::timeout, m_sync.get(), keepRecordings);
        housekeeping->start();
        QTimer::singleShot(std::chrono::seconds(30), housekeeping, keepRecordings);
        // A lead's "force not ready" reaches the agent's own state (the notice panel applies it).
        if (auto *floor = m_window->findChild<FloorMessagesPanel *>())
            floor->setAgentState(&m_presence->state());
    }
    return {};
}

std::unique_ptr<CallEngine> Workstation::buildSipEngine(const WorkstationOptions &options,
                                                        const SipAccount &account, const QString &password)
{
    m_sipBaseDir = options.sipBaseDir.isEmpty()
        ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
              .filePath(QStringLiteral("sip"))
        : options.sipBaseDir;
    LinphoneEngine::Options o;
    o.baseDir = m_sipBaseDir;
    o.bindAddress = options.sipBindAddress;
    o.sipPort = options.sipPort;
    o.iterateIntervalMs = options.sipIterateMs;
    o.useFiles = !options.sipPlayFile.isEmpty();
    o.playFile = options.sipPlayFile;
    o.ringTimeoutMs = account.noAnswerSeconds * 1000;
    auto engine = std::make_unique<LinphoneEngine>(o);
    m_linphone = engine.get();
    if (!engine->start()) {
        // Kept (it refuses calls) rather than swapped for the simulated phone: an agent must never
        // believe a rehearsal call reached a customer. The call bar shows "not registered".
        qCCritical(lcApp) << "the SIP engine did not start:" << engine->lastError();
        return engine;
    }
    applySipAccount(account, password);
    qCInfo(lcApp) << "SIP engine started on port" << engine->localSipPort() << "for" << account.identity();
    return engine;
}

bool Workstation::applySipAccount(const SipAccount &account, const QString &password)
{
    if (!m_linphone || !m_linphone->isStarted() || account.registrar.isEmpty())
        return false;
    m_linphone->setDtmfMode(account.dtmfMode);
    m_linphone->setRingTimeoutMs(account.noAnswerSeconds * 1000);
    if (account.recordCalls) {
        const QString dir = QDir(m_sipBaseDir).filePath(QStringLiteral("recordings"));
        QDir().mkpath(dir);
        m_linphone->setRecordDirectory(QDir(dir).absolutePath());  // liblinphone needs absolute paths
    } else {
        m_linphone->setRecordDirectory({});
    }
    return m_linphone->registerAccount(account.registrar, account.user, password,
                                       engineTransport(account.transport));
}

}  // namespace cd
