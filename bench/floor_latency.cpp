// Benchmark: the leads' floor board under load. N agents (real WebSocket sessions, logged in) change
// state and record no-answer calls against one real collectdesk-server process; M supervisor
// sessions subscribe to the board. Measured: latency from an agent's request leaving this process
// to the board.delta that shows it arriving at each supervisor (p50 / p99 / max), agent events per
// second, the server's RSS, and a same-run baseline: a raw QtWebSockets echo round trip on loopback.
// Usage: floor_latency [--agents 500] [--supervisors 20] [--seconds 20] [--interval-ms 2000]
// The last line is one JSON object. Machines are shared and noisy: compare with the echo baseline.
#include "Codec.h"
#include "Messages.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>
#include <QWebSocketServer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

#include <unistd.h>

using namespace cd;

namespace {

QElapsedTimer g_clock;  // one monotonic clock for send and receipt times (same process)

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        // Sleeps in the event loop until something arrives (or 5 ms pass).
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

QString frame(const QString &type, const QJsonObject &body)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("v"), 1},
                                  {QStringLiteral("kind"), QStringLiteral("req")},
                                  {QStringLiteral("type"), type},
                                  {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                  {QStringLiteral("ts"), proto::isoUtc(QDateTime::currentDateTimeUtc())},
                                  {QStringLiteral("body"), body}})
            .toJson(QJsonDocument::Compact));
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * (v.size() - 1) + 0.5));
    return v[i];
}

struct CallTask {
    qint64 id = 0;
    qint64 customerId = 0;
    QString phone;
};

/// One logged-in session: an agent or a supervisor.
struct Session {
    QString username;
    QWebSocket socket;
    bool loggedIn = false;
    bool failed = false;
    bool subscribed = false;
    std::function<void()> loginDone;
};

struct Agent {
    Session session;
    QList<CallTask> tasks;
    int event = 0;      ///< events sent
    qint64 sentAt = 0;  ///< ns, of the newest event
    QString state;      ///< expected after the newest event
    int attempts = 0;   ///< expected after the newest event
    int errors = 0;
    bool call = false;  ///< the newest event is a recorded call (else a state change)
};

const QStringList Cycle{QStringLiteral("Ready"), QStringLiteral("Busy"), QStringLiteral("WrapUp")};

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addOption({QStringLiteral("agents"), QStringLiteral("agent sessions"), QStringLiteral("n"),
                   QStringLiteral("500")});
    cli.addOption({QStringLiteral("supervisors"), QStringLiteral("lead sessions subscribed to the board"),
                   QStringLiteral("m"), QStringLiteral("20")});
    cli.addOption({QStringLiteral("seconds"), QStringLiteral("measured seconds"), QStringLiteral("s"),
                   QStringLiteral("20")});
    cli.addOption({QStringLiteral("interval-ms"), QStringLiteral("each agent's pause between events"),
                   QStringLiteral("ms"), QStringLiteral("2000")});
    cli.process(app);
    const int agents = qMax(1, cli.value(QStringLiteral("agents")).toInt());
    const int supervisors = qMax(1, cli.value(QStringLiteral("supervisors")).toInt());
    const int seconds = qMax(1, cli.value(QStringLiteral("seconds")).toInt());
    const int intervalMs = qMax(10, cli.value(QStringLiteral("interval-ms")).toInt());
    g_clock.start();

    // ---- the server: a fresh database with N demo agents (seed-demo), serving on a free port ----
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("floor.db"));
    const QString db = QStringLiteral("sqlite:") + dbPath;
    const auto run = [](const QStringList &args) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(COLLECTDESK_SERVER_BIN), args);
        const bool ok =
            p.waitForFinished(600'000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (!ok)
            std::fprintf(stderr, "%s\n", p.readAll().constData());
        return ok;
    };
    std::fprintf(stderr, "seeding %d agents...\n", agents);
    if (!run({QStringLiteral("init"), QStringLiteral("--db"), db})
        || !run({QStringLiteral("seed-demo"), QStringLiteral("--db"), db, QStringLiteral("--customers"),
                 QString::number(agents * 4), QStringLiteral("--agents"), QString::number(agents)}))
        return 1;

    // Each agent's callable tasks, read before the server starts.
    QHash<QString, QList<CallTask>> tasksOf;
    {
        QSqlDatabase sdb = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
        sdb.setDatabaseName(dbPath);
        if (!sdb.open())
            return 1;
        QSqlQuery q(sdb);
        q.exec(QStringLiteral(
            "SELECT t.id, t.customer_id, t.assignee, p.number FROM tasks t JOIN customers c ON "
            "c.id = t.customer_id JOIN phones p ON p.customer_id = c.id AND p.relation = 'Self' "
            "AND p.status = 'Valid' WHERE t.status <> 'Done' AND c.flags = 0"));
        while (q.next())
            tasksOf[q.value(2).toString()]
                << CallTask{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(3).toString()};
        q.finish();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));

    const QString policy = dbPath + QStringLiteral(".policy.json");
    {
        QFile pf(policy);
        if (!pf.open(QIODevice::WriteOnly)
            || pf.write(
                   R"({"windowStart":"00:00","windowEnd":"24:00","maxUnansweredPerNumberPerDay":1000000,)"
                   R"("maxConversationsPerDebtorPerDay":1000000,"ownFailuresBeforeThirdParty":1000000})")
                < 0)
            return 1;
    }
    quint16 port = 0;
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 1;
        port = probe.serverPort();
    }
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    QByteArray serverLog;
    QObject::connect(&server, &QProcess::readyRead, [&] {
        serverLog += server.readAll();
        if (serverLog.size() > 256 * 1024)
            serverLog = serverLog.right(64 * 1024);
    });
    server.start(QStringLiteral(COLLECTDESK_SERVER_BIN),
                 {QStringLiteral("serve"), QStringLiteral("--db"), db, QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--policy"), policy});
    if (!server.waitForStarted(10'000)
        || !spinUntil(
            [&] { return serverLog.contains("listening on") || server.state() != QProcess::Running; }, 60'000)
        || !serverLog.contains("listening on")) {
        std::fprintf(stderr, "server did not start:\n%s\n", serverLog.constData());
        return 1;
    }
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/").arg(port));

    // ---- sessions ----
    std::vector<std::unique_ptr<Agent>> floor;
    std::vector<std::unique_ptr<Session>> leads;
    std::vector<double> latencies;
    std::vector<double> stateLatencies, callLatencies;
    std::vector<double> stateAnswers, callAnswers;  // the agent's own request -> its answer
    // Per supervisor and agent: the newest agent event this supervisor has seen on the board.
    std::vector<QHash<QString, int>> seen(supervisors);
    QHash<QString, Agent *> agentByName;
    bool measuring = false;
    qint64 boardFrames = 0;

    const auto open = [&](Session &s, const QString &username, const QString &password,
                          const std::function<void(const QJsonObject &)> &onEvent) {
        s.username = username;
        QObject::connect(
            &s.socket, &QWebSocket::textMessageReceived, &s.socket, [&s, onEvent](const QString &m) {
                const QJsonObject o = QJsonDocument::fromJson(m.toUtf8()).object();
                if (o.value(QStringLiteral("kind")) == QLatin1String("res")) {
                    const bool ok =
                        o.value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toInt()
                        == 0;
                    const QString type = o.value(QStringLiteral("type")).toString();
                    if (type == proto::msg::SessionLogin) {
                        (ok ? s.loggedIn : s.failed) = true;
                        if (s.loginDone)
                            s.loginDone();
                    } else if (type == proto::msg::BoardSubscribe)
                        (ok ? s.subscribed : s.failed) = true;
                } else if (onEvent) {
                    onEvent(o);
                }
            });
        QObject::connect(&s.socket, &QWebSocket::connected, &s.socket, [&s, username, password] {
            s.socket.sendTextMessage(frame(proto::msg::SessionLogin,
                                           {{QStringLiteral("username"), username},
                                            {QStringLiteral("password"), password},
                                            {QStringLiteral("device"), QStringLiteral("bench")}}));
        });
    };
    // Logins go a few at a time: the server hashes on two threads and throttles many logins pending
    // from one address (or for one user: the supervisors all log in as lead01).
    QList<Session *> toOpen;
    int opening = 0;
    std::function<void()> pump = [&] {
        while (opening < 4 && !toOpen.isEmpty()) {
            Session *s = toOpen.takeFirst();
            ++opening;
            s->loginDone = [&] {
                --opening;
                QTimer::singleShot(0, [&] { pump(); });
            };
            QWebSocketHandshakeOptions options;
            options.setSubprotocols({QStringLiteral("collectdesk.v1")});
            s->socket.open(QNetworkRequest(url), options);
        }
    };

    std::fprintf(stderr, "logging in %d agents and %d supervisors...\n", agents, supervisors);
    for (int i = 1; i <= agents; ++i) {
        auto a = std::make_unique<Agent>();
        const QString name = QStringLiteral("agent%1").arg(i, 2, 10, QLatin1Char('0'));
        a->tasks = tasksOf.value(name);
        agentByName.insert(name, a.get());
        Agent *ap = a.get();
        open(a->session, name, QStringLiteral("demo"), [ap](const QJsonObject &) {});
        QObject::connect(
            &a->session.socket, &QWebSocket::textMessageReceived, &a->session.socket, [&, ap](const QString &m) {
                if (!m.contains(QLatin1String("\"kind\":\"res\"")))
                    return;
                if (!m.contains(QLatin1String("\"code\":0")))
                    ++ap->errors;
                if (ap->event > 0 && measuring)
                    (ap->call ? callAnswers : stateAnswers).push_back((g_clock.nsecsElapsed() - ap->sentAt) / 1e6);
            });
        toOpen << &a->session;
        floor.push_back(std::move(a));
    }
    for (int i = 0; i < supervisors; ++i) {
        auto s = std::make_unique<Session>();
        QHash<QString, int> *mine = &seen[i];
        open(*s, QStringLiteral("lead01"), QStringLiteral("demo"), [&, mine](const QJsonObject &o) {
            if (o.value(QStringLiteral("type")) != proto::msg::BoardDelta)
                return;
            ++boardFrames;
            const qint64 now = g_clock.nsecsElapsed();
            for (const QJsonValue &v :
                 o.value(QStringLiteral("body")).toObject().value(QStringLiteral("agents")).toArray()) {
                const QJsonObject ao = v.toObject();
                Agent *a = agentByName.value(ao.value(QStringLiteral("username")).toString());
                if (!a || a->event == 0 || mine->value(a->session.username) >= a->event)
                    continue;
                if (ao.value(QStringLiteral("state")).toString() != a->state
                    || ao.value(QStringLiteral("today")).toObject().value(QStringLiteral("attempts")).toInt()
                        != a->attempts)
                    continue;
                mine->insert(a->session.username, a->event);
                if (measuring) {
                    latencies.push_back((now - a->sentAt) / 1e6);
                    (a->call ? callLatencies : stateLatencies).push_back(latencies.back());
                }
            }
        });
        toOpen << s.get();
        leads.push_back(std::move(s));
    }
    pump();
    const auto allIn = [&] {
        for (const auto &a : floor)
            if (!a->session.loggedIn && !a->session.failed)
                return false;
        for (const auto &s : leads)
            if (!s->loggedIn && !s->failed)
                return false;
        return true;
    };
    if (!spinUntil(allIn, 600'000)) {
        std::fprintf(stderr, "logins did not finish\n");
        return 1;
    }
    for (const auto &s : leads)
        s->socket.sendTextMessage(frame(proto::msg::BoardSubscribe, {}));
    if (!spinUntil(
            [&] {
                return std::all_of(leads.begin(), leads.end(), [](const auto &s) { return s->subscribed; });
            },
            30'000)) {
        int in = 0, failed = 0;
        for (const auto &s : leads)
            (s->loggedIn ? in : failed) += 1;
        std::fprintf(stderr, "supervisors could not subscribe (%d logged in, %d refused)\n%s\n", in, failed,
                     serverLog.right(2000).constData());
        server.kill();
        server.waitForFinished();
        return 1;
    }

    // ---- load: each agent sends an event every interval (spread evenly), alternating state changes
    // and recorded no-answer calls ----
    QRandomGenerator rng(20261123);
    qint64 events = 0;
    const auto fire = [&](Agent &a) {
        if (!a.session.loggedIn)
            return;
        ++a.event;
        a.sentAt = g_clock.nsecsElapsed();
        a.call = !(a.event % 2 == 1 || a.tasks.isEmpty());
        if (!a.call) {
            a.state = Cycle[(a.event / 2) % Cycle.size()];
            a.session.socket.sendTextMessage(
                frame(proto::msg::AgentSetState, {{QStringLiteral("state"), a.state}}));
        } else {
            const CallTask &t = a.tasks[rng.bounded(int(a.tasks.size()))];
            const QDateTime now = QDateTime::currentDateTimeUtc();
            proto::InteractionRecord r;
            r.taskId = t.id;
            r.customerId = t.customerId;
            r.phoneNumber = t.phone;
            r.outcome = Outcome::NoAnswer;
            r.startedAt = now.addSecs(-30);
            r.endedAt = now.addSecs(-5);
            r.recordedAt = now;
            ++a.attempts;
            a.session.socket.sendTextMessage(
                frame(proto::msg::SyncPush,
                      {{QStringLiteral("ops"),
                        QJsonArray{QJsonObject{
                            {QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                            {QStringLiteral("type"), proto::msg::OpInteractionRecord},
                            {QStringLiteral("body"), r.toJson()}}}}}));
        }
        ++events;
    };
    std::vector<std::unique_ptr<QTimer>> timers;
    for (size_t i = 0; i < floor.size(); ++i) {
        Agent *a = floor[i].get();
        auto t = std::make_unique<QTimer>();
        t->setInterval(intervalMs);
        QObject::connect(t.get(), &QTimer::timeout, [&fire, a] { fire(*a); });
        QTimer::singleShot(int(i * intervalMs / floor.size()), t.get(), [tp = t.get()] { tp->start(); });
        timers.push_back(std::move(t));
    }
    spinUntil([] { return false; }, 3000);  // warm-up
    const auto serverCpu = [&server] {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(server.processId()));
        if (!stat.open(QIODevice::ReadOnly))
            return -1.0;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
        return f.size() < 13 ? -1.0 : (f.at(11).toLongLong() + f.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    };
    const double cpuBefore = serverCpu();
    measuring = true;
    std::fprintf(stderr, "measuring for %d s...\n", seconds);
    const qint64 eventsBefore = events;
    const qint64 start = g_clock.nsecsElapsed();
    spinUntil([] { return false; }, seconds * 1000);
    const double elapsed = (g_clock.nsecsElapsed() - start) / 1e9;
    const qint64 measuredEvents = events - eventsBefore;
    const double serverCpuShare = (serverCpu() - cpuBefore) / elapsed;
    for (auto &t : timers)
        t->stop();
    spinUntil([] { return false; }, 1000);  // the last deltas
    measuring = false;

    double rssMb = 0;
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(server.processId()));
        if (status.open(QIODevice::ReadOnly))
            for (const QByteArray &line : status.readAll().split('\n'))
                if (line.startsWith("VmRSS:"))
                    rssMb = line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    int errors = 0;
    for (const auto &a : floor)
        errors += a->errors;
    for (auto &a : floor)
        a->session.socket.close();
    for (auto &s : leads)
        s->socket.close();
    spinUntil([] { return false; }, 300);
    server.terminate();
    if (!server.waitForFinished(30'000))
        server.kill();

    // ---- baseline: a raw QtWebSockets echo round trip on loopback, one board.delta-sized frame ----
    std::vector<double> echo;
    {
        QWebSocketServer es(QStringLiteral("echo"), QWebSocketServer::NonSecureMode);
        if (!es.listen(QHostAddress::LocalHost, 0))
            return 1;
        QObject::connect(&es, &QWebSocketServer::newConnection, &es, [&es] {
            while (QWebSocket *s = es.nextPendingConnection()) {
                s->setParent(&es);
                QObject::connect(s, &QWebSocket::textMessageReceived, s,
                                 [s](const QString &m) { s->sendTextMessage(m); });
            }
        });
        QWebSocket c;
        const QString payload(600, QLatin1Char('x'));
        qint64 sent = 0;
        int rounds = 0;
        QObject::connect(&c, &QWebSocket::textMessageReceived, &c, [&](const QString &) {
            echo.push_back((g_clock.nsecsElapsed() - sent) / 1e6);
            ++rounds;
        });
        c.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(es.serverPort())));
        if (!spinUntil([&] { return c.state() == QAbstractSocket::ConnectedState; }, 10'000))
            return 1;
        // Paced like the board's traffic (not back to back), so both see the same wake-ups.
        for (int i = 0; i < 2000; ++i) {
            const int before = rounds;
            sent = g_clock.nsecsElapsed();
            c.sendTextMessage(payload);
            QEventLoop loop;
            QObject::connect(&c, &QWebSocket::textMessageReceived, &loop, &QEventLoop::quit);
            QTimer::singleShot(1000, &loop, &QEventLoop::quit);
            if (rounds == before)
                loop.exec();
        }
        c.close();
    }

    const double p50 = percentile(latencies, 0.50), p99 = percentile(latencies, 0.99);
    const double mx = latencies.empty() ? 0 : *std::max_element(latencies.begin(), latencies.end());
    const double eps = measuredEvents / elapsed;
    std::printf("floor_latency: %d agents, %d supervisors, %.1f s measured, %d request errors\n", agents,
                supervisors, elapsed, errors);
    std::printf("agent event -> supervisor board.delta: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%zu samples, "
                "%lld board frames)\n",
                p50, p99, mx, latencies.size(), boardFrames);
    std::printf("  state changes: p50 %.2f ms, p99 %.2f ms; recorded calls: p50 %.2f ms, p99 %.2f ms\n",
                percentile(stateLatencies, 0.5), percentile(stateLatencies, 0.99),
                percentile(callLatencies, 0.5), percentile(callLatencies, 0.99));
    std::printf("  the agent's own answer: state change p50 %.2f ms, p99 %.2f ms; recorded call p50 %.2f ms, "
                "p99 %.2f ms\n",
                percentile(stateAnswers, 0.5), percentile(stateAnswers, 0.99), percentile(callAnswers, 0.5),
                percentile(callAnswers, 0.99));
    std::printf("agent events: %.1f/s; server RSS %.1f MB, server CPU %.0f%% of one core\n", eps, rssMb,
                100 * serverCpuShare);
    std::printf("baseline raw QtWebSockets echo round trip: p50 %.3f ms, p99 %.3f ms\n",
                percentile(echo, 0.5), percentile(echo, 0.99));
    std::printf("%s\n",
                QJsonDocument(QJsonObject{{QStringLiteral("p50_ms"), p50},
                                          {QStringLiteral("p99_ms"), p99},
                                          {QStringLiteral("max_ms"), mx},
                                          {QStringLiteral("events_per_s"), eps},
                                          {QStringLiteral("rss_mb"), rssMb},
                                          {QStringLiteral("echo_p50_ms"), percentile(echo, 0.5)},
                                          {QStringLiteral("echo_p99_ms"), percentile(echo, 0.99)},
                                          {QStringLiteral("agents"), agents},
                                          {QStringLiteral("supervisors"), supervisors},
                                          {QStringLiteral("samples"), qint64(latencies.size())},
                                          {QStringLiteral("errors"), errors}})
                    .toJson(QJsonDocument::Compact)
                    .constData());
    return latencies.empty() ? 1 : 0;
}
