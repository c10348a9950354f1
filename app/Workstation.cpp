#include "Workstation.h"

#include "DemoData.h"
#include "DemoSeeder.h"
#include "LocalStore.h"
#include "SimulatedEngine.h"
#include "SyncClient.h"

#include <QFile>
#include <QSslCertificate>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcApp, "collectdesk.app")

namespace cd {

Workstation::Workstation() = default;

Workstation::~Workstation()
{
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

    auto engine = std::make_unique<SimulatedEngine>(options.demoSeed);
    m_simulated = engine.get();
    m_engine = std::move(engine);

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
    }
    return {};
}

}  // namespace cd
