// Benchmark: replaying N queued operations (offline no-answer wrap-ups) through the real
// collectdesk-server on loopback, from login() until the outbox is empty, against a same-run
// baseline of a raw QtWebSockets echo with messages the size of one interaction.record op —
// one message at a time (ping-pong) and all at once (pipelined).
// Usage: sync_replay [ops=10000]. Exits non-zero when the replay does not finish in time or the
// server did not apply every op exactly once. Machines are shared and noisy: compare ratios.
#include "Compliance.h"
#include "DispositionRecorder.h"
#include "LocalStore.h"
#include "OutboxRepository.h"
#include "Repositories.h"
#include "SyncClient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <cstdio>
#include <functional>
#include <memory>

#include <sys/resource.h>
#include <unistd.h>

using namespace cd;

namespace {

/// Runs the event loop until `done()` holds or a timeout passes. Signals passed to on() check at
/// once (so timed phases end on the event itself); a 10 ms poll covers everything else. The loop
/// sleeps between events: a busy processEvents() loop would steal a core from the server.
class Wait
{
public:
    explicit Wait(std::function<bool()> done) : m_done(std::move(done))
    {
        m_poll.setInterval(10);
        m_deadline.setSingleShot(true);
        QObject::connect(&m_poll, &QTimer::timeout, &m_context, [this] { check(); });
        QObject::connect(&m_deadline, &QTimer::timeout, &m_loop, &QEventLoop::quit);
    }
    template <typename Sender, typename Signal> void on(const Sender *sender, Signal signal)
    {
        QObject::connect(sender, signal, &m_context, [this] { check(); });
    }
    bool run(int timeoutMs)
    {
        if (m_done())
            return true;
        m_deadline.start(timeoutMs);
        m_poll.start();
        m_loop.exec();
        m_poll.stop();
        m_deadline.stop();
        return m_done();
    }

private:
    void check()
    {
        if (m_done())
            m_loop.quit();
    }

    std::function<bool()> m_done;
    QObject m_context;
    QEventLoop m_loop;
    QTimer m_poll;
    QTimer m_deadline;
};

bool spinUntil(const std::function<bool()> &done, int timeoutMs) { return Wait(done).run(timeoutMs); }

/// The real collectdesk-server binary as a child process (init, seed-demo, serve, SIGTERM).
class ServerProcess
{
public:
    explicit ServerProcess(const QString &dbPath) : m_db(QStringLiteral("sqlite:") + dbPath) {}
    ~ServerProcess() { stop(); }

    bool run(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(COLLECTDESK_SERVER_BIN), args);
        const bool finished = p.waitForFinished(300'000);
        m_log += p.readAll();
        return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    bool prepare(int customers, int agents)
    {
        return run({QStringLiteral("init"), QStringLiteral("--db"), m_db})
            && run({QStringLiteral("seed-demo"), QStringLiteral("--db"), m_db, QStringLiteral("--customers"),
                    QString::number(customers), QStringLiteral("--agents"), QString::number(agents)});
    }

    bool start()
    {
        {
            QTcpServer probe;  // a free port, released again for the server to take
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return false;
            m_port = probe.serverPort();
        }
        m_proc = std::make_unique<QProcess>();
        m_proc->setProcessChannelMode(QProcess::MergedChannels);
        // Keep reading while it serves, so a chatty server never blocks on a full pipe.
        QObject::connect(m_proc.get(), &QProcess::readyRead, [this] {
            m_log += m_proc->readAll();
            if (m_log.size() > 256 * 1024)
                m_log = m_log.right(128 * 1024);
        });
        // The benchmark measures replay, not contact rules: calls all day and caps out of reach, so
        // 10k attempts on a few hundred numbers are all applied (docs/dev/Compliance.md).
        const QString policy = m_db.mid(int(qstrlen("sqlite:"))) + QStringLiteral(".policy.json");
        QFile pf(policy);
        if (!pf.open(QIODevice::WriteOnly)
            || pf.write(
                   R"({"windowStart":"00:00","windowEnd":"24:00","maxUnansweredPerNumberPerDay":1000000,)"
                   R"("maxConversationsPerDebtorPerDay":1000000,"ownFailuresBeforeThirdParty":1})")
                < 0)
            return false;
        pf.close();
        m_proc->start(QStringLiteral(COLLECTDESK_SERVER_BIN),
                      {QStringLiteral("serve"), QStringLiteral("--db"), m_db, QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--policy"), policy});
        if (!m_proc->waitForStarted(10'000))
            return false;
        return spinUntil(
                   [this] { return m_log.contains("listening on") || m_proc->state() != QProcess::Running; },
                   30'000)
            && m_log.contains("listening on");
    }

    /// SIGTERM and wait (SIGKILL if it does not go).
    bool stop()
    {
        if (!m_proc)
            return true;
        m_proc->terminate();
        bool ok = m_proc->waitForFinished(30'000) && m_proc->exitStatus() == QProcess::NormalExit
            && m_proc->exitCode() == 0;
        if (m_proc->state() != QProcess::NotRunning) {
            m_proc->kill();
            m_proc->waitForFinished(10'000);
            ok = false;
        }
        m_log += m_proc->readAll();
        m_proc.reset();
        return ok;
    }

    /// CPU seconds (user + system) the serving process has used so far; -1 when unknown.
    double cpuSeconds() const
    {
        if (!m_proc)
            return -1;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(m_proc->processId()));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (f.size() < 13)
            return -1;
        return (f.at(11).toLongLong() + f.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    }

    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port)); }
    QByteArray log() const { return m_log; }

private:
    QString m_db;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_proc;
    QByteArray m_log;
};

/// One number from the server's database, read by a separate read-only connection while it runs.
qint64 serverCount(const QString &dbPath, const QString &sql)
{
    const QString name = QStringLiteral("bench-server-db");
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                n = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

/// Records `n` no-answer attempts on the agent's not-done tasks; the cache's client is not running,
/// so they only go into the outbox. Returns the op ids in replay order (empty on failure).
QStringList recordAttempts(LocalStore &store, int n)
{
    // Only tasks with a number the contact rules let us call (the server checks them again): not a
    // debtor on hold or do-not-call, not an invalid number. Caps are out of reach in the bench policy.
    compliance::Policy policy;
    policy.windowStart = QTime(0, 0);
    policy.windowEnd = compliance::Policy::endOfDay();
    policy.maxUnansweredPerNumberPerDay = 1'000'000;
    policy.maxConversationsPerDebtorPerDay = 1'000'000;
    QList<qint64> tasks;
    QHash<qint64, Phone> callable;  // task -> number to dial
    QSqlQuery q(store.db());
    q.exec(QStringLiteral("SELECT id, customer_id FROM tasks WHERE status != 'Done' AND id > 0 ORDER BY id"));
    while (q.next()) {
        const auto customer = CustomerRepository(store).find(q.value(1).toLongLong());
        const QList<Phone> phones = CustomerRepository(store).phones(q.value(1).toLongLong());
        for (const Phone &p : phones) {
            if (customer && p.relation == Relation::Self
                && compliance::check(policy, *customer, p, phones, {}, QDateTime::currentDateTimeUtc())
                       .allowed()) {
                tasks << q.value(0).toLongLong();
                callable.insert(q.value(0).toLongLong(), p);
                break;
            }
        }
    }
    if (tasks.isEmpty()) {
        std::fprintf(stderr, "no open tasks in the agent's cache\n");
        return {};
    }
    DispositionRecorder recorder(store);
    for (int i = 0; i < n; ++i) {
        const std::optional<Task> task = TaskRepository(store).find(tasks.at(i % tasks.size()));
        const Phone phone = callable.value(task->id);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Disposition d;
        d.taskId = task->id;
        d.customerId = task->customerId;
        d.phoneId = phone.id;
        d.phoneNumber = phone.number;
        d.agent = QStringLiteral("agent01");
        d.startedAt = now.addSecs(-30);
        d.endedAt = now;
        d.outcome = Outcome::NoAnswer;
        d.note = QStringLiteral("离线记录 %1：无人接听，稍后再拨").arg(i);
        if (const auto r = recorder.record(d, now); !r) {
            std::fprintf(stderr, "recording attempt %d failed: %s\n", i, qPrintable(r.error().detail));
            return {};
        }
    }
    QStringList ops;
    QSqlQuery o(store.db());
    o.exec(QStringLiteral("SELECT op_id FROM outbox WHERE status = 'pending' ORDER BY id"));
    while (o.next())
        ops << o.value(0).toString();
    return ops;
}

/// A raw QtWebSockets echo on loopback in this process: the ceiling for one client's traffic.
struct EchoRates {
    double pingPong = 0;
    double pipelined = 0;
};

std::optional<EchoRates> measureEcho(const QString &payload, int messages)
{
    QWebSocketServer server(QStringLiteral("echo"), QWebSocketServer::NonSecureMode);
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        std::fprintf(stderr, "echo server: listen failed: %s\n", qPrintable(server.errorString()));
        return std::nullopt;
    }
    QObject::connect(&server, &QWebSocketServer::newConnection, &server, [&server] {
        while (QWebSocket *s = server.nextPendingConnection()) {
            s->setParent(&server);
            QObject::connect(s, &QWebSocket::textMessageReceived, s,
                             [s](const QString &m) { s->sendTextMessage(m); });
        }
    });

    QWebSocket client;
    int received = 0;
    bool pingPong = true;
    int target = 0;
    QObject::connect(&client, &QWebSocket::textMessageReceived, &client, [&](const QString &) {
        ++received;
        if (pingPong && received < target)
            client.sendTextMessage(payload);
    });
    client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort())));
    if (!spinUntil([&] { return client.state() == QAbstractSocket::ConnectedState; }, 10'000)) {
        std::fprintf(stderr, "echo client: cannot connect: %s\n", qPrintable(client.errorString()));
        return std::nullopt;
    }

    auto round = [&](bool oneAtATime, int n) -> double {
        pingPong = oneAtATime;
        received = 0;
        target = n;
        Wait wait([&] { return received >= n; });
        wait.on(&client, &QWebSocket::textMessageReceived);
        QElapsedTimer t;
        t.start();
        if (oneAtATime) {
            client.sendTextMessage(payload);
        } else {
            for (int i = 0; i < n; ++i)
                client.sendTextMessage(payload);
        }
        if (!wait.run(120'000))
            return 0;
        return n / (t.nsecsElapsed() / 1e9);
    };

    round(true, qMin(messages, 1000));  // warm-up: allocations, TCP window
    EchoRates rates;
    rates.pingPong = round(true, messages);
    rates.pipelined = round(false, messages);
    client.close();
    if (rates.pingPong <= 0 || rates.pipelined <= 0) {
        std::fprintf(stderr, "echo: messages lost\n");
        return std::nullopt;
    }
    return rates;
}

double ownCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 10000;
    if (n <= 0) {
        std::fprintf(stderr, "usage: sync_replay [ops=10000]\n");
        return 2;
    }
    // Only warnings and worse from the client: per-session info lines would drown the figures.
    QLoggingCategory::setFilterRules(QStringLiteral("collectdesk.*.info=false\ncollectdesk.*.debug=false"));

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot create a temporary directory\n");
        return 1;
    }
    const QString serverDb = dir.filePath(QStringLiteral("server.db"));
    ServerProcess server(serverDb);
    if (!server.prepare(200, 1) || !server.start()) {
        std::fprintf(stderr, "cannot prepare or start the server:\n%s\n", server.log().constData());
        return 1;
    }

    LocalStore store;
    if (const auto r = store.open(dir.filePath(QStringLiteral("agent01.sqlite"))); !r) {
        std::fprintf(stderr, "cannot open the cache: %s\n", qPrintable(r.error().detail));
        return 1;
    }

    // 1. First login: fill the cache with the agent's tasks, then close the client.
    {
        SyncClient first(store);
        first.setServerUrl(server.url());
        bool synced = false;
        bool failed = false;
        QObject::connect(&first, &SyncClient::synced, [&] { synced = true; });
        QObject::connect(&first, &SyncClient::loginFailed,
                         [&](SyncClient::LoginError, const QString &detail) {
                             std::fprintf(stderr, "first login failed: %s\n", qPrintable(detail));
                             failed = true;
                         });
        first.login(QStringLiteral("agent01"), QStringLiteral("demo"), QStringLiteral("bench"));
        if (!spinUntil([&] { return synced || failed; }, 60'000) || failed) {
            std::fprintf(stderr, "first sync did not finish\n%s\n", server.log().constData());
            return 1;
        }
    }

    // 2. Offline work: N wrap-ups queued in the outbox while no client runs.
    QElapsedTimer t;
    t.start();
    const QStringList ops = recordAttempts(store, n);
    const double queueSecs = t.nsecsElapsed() / 1e9;
    if (ops.size() != n) {
        std::fprintf(stderr, "queued %lld ops, wanted %d\n", qlonglong(ops.size()), n);
        return 1;
    }
    // The echo payload: one op exactly as sync.push carries it.
    const OutboxOp firstOp = OutboxRepository(store).due(QDateTime::currentDateTimeUtc(), 1).value(0);
    const QString payload =
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("opId"), firstOp.opId},
                                                    {QStringLiteral("type"), firstOp.type},
                                                    {QStringLiteral("body"), firstOp.body}})
                              .toJson(QJsonDocument::Compact));
    std::printf(
        "setup     server seeded with 200 customers; %d no-answer wrap-ups queued offline in %.2f s\n", n,
        queueSecs);

    // 3. Baseline, same run, same machine load.
    const std::optional<EchoRates> echo = measureEcho(payload, n);
    if (!echo)
        return 1;
    std::printf(
        "baseline  raw QtWebSockets echo (%lld-byte text messages), ping-pong: %.0f msg/s; pipelined: %.0f "
        "msg/s\n",
        qlonglong(payload.toUtf8().size()), echo->pingPong, echo->pipelined);
    std::fflush(stdout);

    // 4. The replay: a fresh client logs in and drains the outbox (product timings).
    const int timeoutMs = 120'000 + n * 20;
    auto client = std::make_unique<SyncClient>(store);
    client->setServerUrl(server.url());
    bool loginFailed = false;
    QObject::connect(client.get(), &SyncClient::loginFailed,
                     [&](SyncClient::LoginError, const QString &detail) {
                         std::fprintf(stderr, "login failed: %s\n", qPrintable(detail));
                         loginFailed = true;
                     });
    int rejected = 0;
    QObject::connect(client.get(), &SyncClient::opRejected, [&] { ++rejected; });
    const double serverCpu0 = server.cpuSeconds();
    const double clientCpu0 = ownCpuSeconds();
    t.restart();
    client->login(QStringLiteral("agent01"), QStringLiteral("demo"), QStringLiteral("bench"));
    Wait replay([&] {
        return loginFailed || (client->state() == SyncClient::State::Online && client->pendingCount() == 0);
    });
    replay.on(client.get(), &SyncClient::pendingCountChanged);
    replay.on(client.get(), &SyncClient::stateChanged);
    replay.on(client.get(), &SyncClient::loginFailed);
    const bool drained = replay.run(timeoutMs) && !loginFailed;
    const double replaySecs = t.nsecsElapsed() / 1e9;
    const double serverCpu = server.cpuSeconds() - serverCpu0;
    const double clientCpu = ownCpuSeconds() - clientCpu0;
    const int left = OutboxRepository(store).pendingCount();
    client.reset();

    // 5. What the server has: each op applied exactly once, successfully.
    const QString list = QLatin1Char('\'') + ops.join(QStringLiteral("','")) + QLatin1Char('\'');
    const qint64 applied = serverCount(
        serverDb,
        QStringLiteral("SELECT COUNT(*) FROM applied_ops WHERE op_id IN (%1) AND code = 0").arg(list));
    const qint64 interactions = serverCount(
        serverDb,
        QStringLiteral("SELECT COUNT(DISTINCT op_id) FROM interactions WHERE op_id IN (%1)").arg(list));
    const bool serverStopped = server.stop();

    if (!drained || loginFailed) {
        std::printf(
            "replay    FAILED: %d of %d ops still pending after %.1f s (timeout %d s)%s, server applied "
            "%lld/%d\n",
            left, n, replaySecs, timeoutMs / 1000, loginFailed ? ", login failed" : "", applied, n);
        return 1;
    }
    const bool ok = applied == n && interactions == n && rejected == 0 && left == 0;
    const double rate = n / replaySecs;
    std::printf(
        "replay    %d ops in %.2f s: %.0f ops/s (%.3f x ping-pong echo, %.3f x pipelined echo), server "
        "applied %lld/%d %s\n",
        n, replaySecs, rate, rate / echo->pingPong, rate / echo->pipelined, applied, n, ok ? "OK" : "FAILED");
    std::printf("          CPU during the replay: server %.2f s, client %.2f s (wall %.2f s)\n", serverCpu,
                clientCpu, replaySecs);
    if (!ok)
        std::printf("          interactions with these op ids: %lld, rejected: %d, still pending: %d\n",
                    interactions, rejected, left);
    if (!serverStopped)
        std::fprintf(stderr, "the server did not stop cleanly:\n%s\n", server.log().right(4000).constData());
    return ok ? 0 : 1;
}
