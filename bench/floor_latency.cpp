// Benchmark: the leads' floor board under load. N agents (real WebSocket sessions, logged in) work a
// call cycle against one real collectdesk-server process (a child process of this one); M supervisor
// sessions subscribe to the board. Measured: latency from an agent's request leaving this process to
// the board.delta showing it arriving at each supervisor (p50 / p99 / max), agent events per second,
// the server's RSS and CPU, and a same-run baseline: a raw QtWebSockets echo round trip on loopback
// between two threads.
//
// The bench must measure the server, not itself: agents run on the main thread, the supervisors on
// their own thread(s), plain sockets on an epoll loop (RawWebSocket.h). A frame's receipt is the
// kernel's receive timestamp on the supervisor's socket: with 20 supervisors served by one thread of
// a process that shares the server's two cores, the time until that thread gets round to the 20th
// socket is the bench's, not the server's (a lead's own machine reads one socket). The time this
// process read each frame is printed too. Frames are decoded when the thread is otherwise idle and
// matched with the agents' events after the run; all times are CLOCK_MONOTONIC.
//
// Usage: floor_latency [--agents 500] [--supervisors 20] [--seconds 20] [--interval-ms 3000]
//                      [--supervisor-threads 1] [--engine-interval 60] [--seeded-db FILE] [--pin]
//                      [--clients-preempt]
// The last line is one JSON object. Machines are shared and noisy: compare with the echo baseline
// and note the load average.
#include "Codec.h"
#include "BenchSupport.h"
#include "EchoBaseline.h"
#include "EpollEventDispatcher.h"
#include "Messages.h"
#include "RawWebSocket.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>
#include <QWebSocketServer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <deque>
#include <functional>
#include <memory>
#include <thread>

#include <sched.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

using namespace cd;

namespace {

using bench::clientsInBatchClass;
using bench::normalClassInChild;
using bench::nowNs;
using bench::percentile;
using bench::pinApart;
using bench::spinUntil;

const char *const Help =
    "The load: every agent works a call cycle, one event every --interval-ms on average (uniformly\n"
    "jittered between 0.5x and 1.5x, agents spread evenly over the first interval):\n"
    "  agent.setState Busy (dialling) -> agent.setState WrapUp (call ended) -> sync.push with one\n"
    "  interaction.record (NoAnswer) -> agent.setState Ready; every 10th cycle ends NotReady (break),\n"
    "  then Ready.\n"
    "So 3 in 13 events are recorded calls, the rest state changes. At the default 3 s, 500 agents\n"
    "produce ~167 events/s (a real floor is slower: a call cycle takes a minute or more).\n"
    "Latency: from the agent's request leaving this process to a supervisor receiving the board.delta\n"
    "that shows the agent's new state and attempt count; one sample per event and supervisor.";

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

const QStringList States{QStringLiteral("Ready"), QStringLiteral("NotReady"), QStringLiteral("Busy"),
                         QStringLiteral("WrapUp"), QStringLiteral("Offline")};
enum Step { ToBusy, ToWrapUp, Record, ToReady, ToNotReady };

struct CallTask {
    qint64 id = 0;
    qint64 customerId = 0;
    QString phone;
};

/// One event an agent sent, and what the board shows after it.
struct AgentEvent {
    qint64 sentNs = 0;
    int state = 0;  ///< index in States
    int attempts = 0;
    bool call = false;
    bool measured = false;  ///< sent inside the measured window
    bool refused = false;   ///< the server refused it (a task the engine closed meanwhile): not on the board
};

/// An agent's logged-in session.
struct Session {
    QString username;
    QWebSocket *socket = nullptr;
    bool loggedIn = false;
    bool failed = false;
    std::function<void()> loginDone;
};

struct Agent {
    Session session;
    QList<CallTask> tasks;
    std::vector<AgentEvent> events;
    int state = 4;  ///< Offline until the first event
    int attempts = 0;
    int cycle = 0;
    int step = 0;
    int errors = 0;
    qint64 pendingSentNs = 0;  ///< the request awaiting its answer
    bool pendingCall = false;
    bool pendingMeasured = false;
};

/// An agent as one supervisor saw it in one board.delta.
struct Receipt {
    qint64 atNs = 0;    ///< the frame reached the supervisor's socket (kernel receive timestamp)
    qint64 readNs = 0;  ///< this process read it (one thread serves all its supervisors)
    int agent = 0;
    int state = 0;
    int attempts = 0;
};

/// A frame stamped on receipt, decoded when the supervisor thread is otherwise idle.
struct Stamped {
    qint64 atNs = 0;
    qint64 readNs = 0;
    QByteArray payload;
};

struct Supervisor {
    RawWebSocket socket;
    std::deque<Stamped> pending;
    std::vector<Receipt> receipts;
    QHash<int, int> baseAttempts;  ///< per agent: today's attempts in the board.snapshot (seeded calls)
    qint64 frames = 0;
};

/// The supervisors of one thread: plain sockets on an epoll loop of its own (no Qt event loop), so
/// a frame is stamped by the kernel on arrival and read as soon as the thread runs.
struct SupervisorThread {
    std::thread thread;
    std::vector<std::unique_ptr<Supervisor>> sups;
    int wakeFd = -1;  ///< eventfd: written to stop the loop
    QString error;    ///< why logging in or subscribing failed
};

void openSession(Session &s, const QUrl &url, const QString &username, const QString &password,
                 const std::function<void(const QJsonObject &)> &onAnswer)
{
    s.username = username;
    QObject::connect(s.socket, &QWebSocket::connected, s.socket, [&s, username, password] {
        s.socket->sendTextMessage(frame(proto::msg::SessionLogin,
                                        {{QStringLiteral("username"), username},
                                         {QStringLiteral("password"), password},
                                         {QStringLiteral("device"), QStringLiteral("bench")}}));
    });
    QObject::connect(s.socket, &QWebSocket::textMessageReceived, s.socket, [&s, onAnswer](const QString &m) {
        if (!m.contains(QLatin1String("\"kind\":\"res\"")))
            return;
        const QJsonObject o = QJsonDocument::fromJson(m.toUtf8()).object();
        const bool ok = o.value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toInt() == 0;
        const QString type = o.value(QStringLiteral("type")).toString();
        if (type == proto::msg::SessionLogin) {
            (ok ? s.loggedIn : s.failed) = true;
            if (s.loginDone)
                s.loginDone();
        } else if (onAnswer) {
            onAnswer(o);
        }
    });
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QStringLiteral("collectdesk.v1")});
    s.socket->open(QNetworkRequest(url), options);
}

}  // namespace

int main(int argc, char **argv)
{
    // 500 agent sockets on one thread: the simulated clients' loops run on the server's epoll
    // dispatcher. With Qt's poll() over 500 descriptors per turn this process took 17-24 % of a
    // core, with epoll 10-13 %: CPU the server, sharing the two cores, gets back.
    // CD_EVENT_DISPATCHER=qt gives both processes Qt's poll() dispatcher (the server inherits the
    // environment); the echo baseline always has it.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    const bool epoll = qEnvironmentVariable("CD_EVENT_DISPATCHER") != QLatin1String("qt")
        && cd::server::EpollEventDispatcher().isValid();
    if (epoll)
        QCoreApplication::setEventDispatcher(new cd::server::EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(QString::fromLatin1(Help));
    cli.addHelpOption();
    cli.addOption({QStringLiteral("agents"), QStringLiteral("agent sessions"), QStringLiteral("n"),
                   QStringLiteral("500")});
    cli.addOption({QStringLiteral("supervisors"), QStringLiteral("lead sessions subscribed to the board"),
                   QStringLiteral("m"), QStringLiteral("20")});
    cli.addOption({QStringLiteral("seconds"), QStringLiteral("measured seconds"), QStringLiteral("s"),
                   QStringLiteral("20")});
    cli.addOption({QStringLiteral("interval-ms"), QStringLiteral("each agent's mean pause between events"),
                   QStringLiteral("ms"), QStringLiteral("3000")});
    cli.addOption({QStringLiteral("supervisor-threads"), QStringLiteral("threads the supervisor sockets run on"),
                   QStringLiteral("t"), QStringLiteral("1")});
    cli.addOption({QStringLiteral("engine-interval"),
                   QStringLiteral("the server's task-engine sweep period in seconds (its default: 60)"),
                   QStringLiteral("s"), QStringLiteral("60")});
    cli.addOption({QStringLiteral("seeded-db"),
                   QStringLiteral("start from a copy of this database (seeded before with at least --agents "
                                  "agents) instead of running init and seed-demo"),
                   QStringLiteral("file")});
    cli.addOption({QStringLiteral("pin"),
                    QStringLiteral("the server's event-loop thread on CPU 0 and this process on the others, as "
                                   "when the agents are other machines (the simulated clients' own CPU "
                                   "then does not delay the server)")});
    cli.addOption({QStringLiteral("clients-preempt"),
                   QStringLiteral("leave the simulated clients in the normal scheduling class, where a "
                                  "client woken by a frame may take the core from the server (by default "
                                  "they are in the batch class and never preempt it, like remote clients)")});
    cli.process(app);
    const bool batchClients = !cli.isSet(QStringLiteral("clients-preempt")) && clientsInBatchClass();
    const int agents = qMax(1, cli.value(QStringLiteral("agents")).toInt());
    const int supervisors = qMax(1, cli.value(QStringLiteral("supervisors")).toInt());
    const int seconds = qMax(1, cli.value(QStringLiteral("seconds")).toInt());
    const int intervalMs = qMax(10, cli.value(QStringLiteral("interval-ms")).toInt());
    const int supThreads = qBound(1, cli.value(QStringLiteral("supervisor-threads")).toInt(), supervisors);

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
    if (cli.isSet(QStringLiteral("seeded-db"))) {
        if (!QFile::copy(cli.value(QStringLiteral("seeded-db")), dbPath)) {
            std::fprintf(stderr, "cannot copy %s\n", qPrintable(cli.value(QStringLiteral("seeded-db"))));
            return 1;
        }
    } else {
        std::fprintf(stderr, "seeding %d agents...\n", agents);
        if (!run({QStringLiteral("init"), QStringLiteral("--db"), db})
            || !run({QStringLiteral("seed-demo"), QStringLiteral("--db"), db, QStringLiteral("--customers"),
                     QString::number(agents * 4), QStringLiteral("--agents"), QString::number(agents)}))
            return 1;
    }

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
    server.setChildProcessModifier(normalClassInChild);
    server.start(QStringLiteral(COLLECTDESK_SERVER_BIN),
                 {QStringLiteral("serve"), QStringLiteral("--db"), db, QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--policy"), policy,
                  QStringLiteral("--engine-interval"), cli.value(QStringLiteral("engine-interval"))});
    if (!server.waitForStarted(10'000)
        || !spinUntil(
            [&] { return serverLog.contains("listening on") || server.state() != QProcess::Running; }, 60'000)
        || !serverLog.contains("listening on")) {
        std::fprintf(stderr, "server did not start:\n%s\n", serverLog.constData());
        return 1;
    }
    std::fprintf(stderr, "server pid %lld\n", server.processId());
    const bool pinned = cli.isSet(QStringLiteral("pin")) && pinApart(pid_t(server.processId()));
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/").arg(port));

    // ---- agents: main thread ----
    std::vector<std::unique_ptr<Agent>> floor;
    QHash<QString, int> agentIndex;  // read-only once the supervisors start
    std::vector<double> stateAnswers, callAnswers;  // the agent's own request -> its answer
    QList<Session *> toOpen;
    int opening = 0;
    // Logins go a few at a time: the server hashes on two threads and throttles many logins pending
    // from one address.
    std::function<void()> pump = [&] {
        while (opening < 4 && !toOpen.isEmpty()) {
            Agent *a = floor[agentIndex.value(toOpen.takeFirst()->username)].get();
            ++opening;
            a->session.loginDone = [&] {
                --opening;
                QTimer::singleShot(0, [&] { pump(); });
            };
            openSession(a->session, url, a->session.username, QStringLiteral("demo"),
                        [&, a](const QJsonObject &o) {
                            const qint64 now = nowNs();
                            bool ok = o.value(QStringLiteral("status"))
                                          .toObject()
                                          .value(QStringLiteral("code"))
                                          .toInt()
                                == 0;
                            for (const QJsonValue &r : o.value(QStringLiteral("body"))
                                                          .toObject()
                                                          .value(QStringLiteral("results"))
                                                          .toArray())
                                ok = ok && r.toObject().value(QStringLiteral("code")).toInt() == 0;
                            if (!ok) {
                                ++a->errors;
                                // Nothing changed on the board: this event is not waited for, and the
                                // attempts counted for it (and for any sent since) are taken back.
                                for (size_t k = a->events.size(); k-- > 0;) {
                                    AgentEvent &e = a->events[k];
                                    if (a->pendingCall)
                                        e.attempts -= 1;
                                    if (e.sentNs == a->pendingSentNs) {
                                        e.refused = true;
                                        break;
                                    }
                                }
                                if (a->pendingCall)
                                    a->attempts -= 1;
                                else if (a->events.size() >= 2 && a->events.back().sentNs == a->pendingSentNs)
                                    a->state = a->events[a->events.size() - 2].state;
                            }
                            if (a->pendingSentNs > 0 && a->pendingMeasured)
                                (a->pendingCall ? callAnswers : stateAnswers)
                                    .push_back((now - a->pendingSentNs) / 1e6);
                            a->pendingSentNs = 0;
                        });
        }
    };
    for (int i = 1; i <= agents; ++i) {
        auto a = std::make_unique<Agent>();
        a->session.username = QStringLiteral("agent%1").arg(i, 2, 10, QLatin1Char('0'));
        a->session.socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, &app);
        agentIndex.insert(a->session.username, int(floor.size()));
        toOpen << &a->session;
        floor.push_back(std::move(a));
    }
    std::fprintf(stderr, "logging in %d agents...\n", agents);
    pump();
    if (!spinUntil(
            [&] {
                return std::all_of(floor.begin(), floor.end(),
                                   [](const auto &a) { return a->session.loggedIn || a->session.failed; });
            },
            600'000)) {
        std::fprintf(stderr, "logins did not finish\n");
        return 1;
    }
    // Each agent's callable tasks, read once the server has settled: its task engine re-plans every
    // customer at start, and on a new day (in the customers' zone) that closes and opens tasks.
    {
        QSqlDatabase sdb = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
        sdb.setDatabaseName(dbPath);
        sdb.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!sdb.open())
            return 1;
        QSqlQuery q(sdb);
        q.exec(QStringLiteral(
            "SELECT t.id, t.customer_id, t.assignee, p.number FROM tasks t JOIN customers c ON "
            "c.id = t.customer_id JOIN phones p ON p.customer_id = c.id AND p.relation = 'Self' "
            "AND p.status = 'Valid' WHERE t.status <> 'Done' AND c.flags = 0"));
        while (q.next())
            if (const auto at = agentIndex.constFind(q.value(2).toString()); at != agentIndex.cend())
                floor[at.value()]->tasks
                    << CallTask{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(3).toString()};
        q.finish();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));

    // ---- supervisors: their own thread(s), plain sockets on an epoll loop each ----
    std::atomic<bool> recording{false};
    std::atomic<bool> stopping{false};
    std::atomic<int> supsReady{0}, supsFailed{0};
    std::vector<std::unique_ptr<SupervisorThread>> supThreadList;
    for (int t = 0; t < supThreads; ++t)
        supThreadList.push_back(std::make_unique<SupervisorThread>());
    for (int i = 0; i < supervisors; ++i)
        supThreadList[i % supThreads]->sups.push_back(std::make_unique<Supervisor>());
    // A board frame: the snapshot gives each agent's attempts before the bench; a delta, while
    // recording, each agent's state and attempts as this supervisor saw them.
    const auto decode = [&agentIndex](Supervisor &s, const Stamped &f, bool snapshot) {
        const QJsonObject body =
            QJsonDocument::fromJson(f.payload).object().value(QStringLiteral("body")).toObject();
        for (const QJsonValue &v : body.value(QStringLiteral("agents")).toArray()) {
            const QJsonObject ao = v.toObject();
            const auto idx = agentIndex.constFind(ao.value(QStringLiteral("username")).toString());
            if (idx == agentIndex.cend())
                continue;
            const int attempts =
                ao.value(QStringLiteral("today")).toObject().value(QStringLiteral("attempts")).toInt();
            if (snapshot) {
                s.baseAttempts.insert(idx.value(), attempts);
                continue;
            }
            s.receipts.push_back(Receipt{f.atNs, f.readNs, idx.value(),
                                         int(States.indexOf(ao.value(QStringLiteral("state")).toString())),
                                         attempts - s.baseAttempts.value(idx.value())});
        }
    };
    const auto isAnswer = [](const QByteArray &m, const QString &type, bool *ok) {
        if (!m.contains("\"kind\":\"res\""))
            return false;
        const QJsonObject o = QJsonDocument::fromJson(m).object();
        if (o.value(QStringLiteral("type")).toString() != type)
            return false;
        *ok = o.value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toInt() == 0;
        return true;
    };
    std::fprintf(stderr, "logging in %d supervisors on %d thread(s)...\n", supervisors, supThreads);
    for (auto &stp : supThreadList) {
        SupervisorThread *st = stp.get();
        st->wakeFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
        st->thread = std::thread([&, st] {
            // Log in and subscribe one after the other (all are lead01: the throttle counts per user).
            for (auto &sp : st->sups) {
                Supervisor &s = *sp;
                bool loggedIn = false, subscribed = false, answered = false, snapshot = false;
                const RawWebSocket::OnText setup = [&](qint64 at, qint64 readAt, QByteArray &&m) {
                    bool ok = false;
                    if (isAnswer(m, proto::msg::SessionLogin, &ok)) {
                        loggedIn = ok;
                        answered = true;
                    } else if (isAnswer(m, proto::msg::BoardSubscribe, &ok)) {
                        subscribed = ok;
                        answered = true;
                    } else if (m.contains("\"type\":\"board.snapshot\"")) {
                        decode(s, Stamped{at, readAt, std::move(m)}, true);
                        snapshot = true;
                    }
                };
                const auto login = frame(proto::msg::SessionLogin, {{QStringLiteral("username"), QStringLiteral("lead01")},
                                                                   {QStringLiteral("password"), QStringLiteral("demo")},
                                                                   {QStringLiteral("device"), QStringLiteral("bench")}});
                if (!s.socket.open(port, "collectdesk.v1", 10'000) || !s.socket.sendText(login.toUtf8())
                    || !s.socket.readUntil([&] { return answered; }, setup, 60'000) || !loggedIn
                    || !(answered = false, s.socket.sendText(frame(proto::msg::BoardSubscribe, {}).toUtf8()))
                    || !s.socket.readUntil([&] { return answered && (snapshot || !subscribed); }, setup, 30'000)
                    || !subscribed) {
                    st->error = s.socket.error().isEmpty() ? QStringLiteral("refused") : s.socket.error();
                    ++supsFailed;
                    return;
                }
                ++supsReady;
            }
            const int ep = ::epoll_create1(EPOLL_CLOEXEC);
            epoll_event ev{};
            ev.events = EPOLLIN;
            ev.data.u64 = quint64(-1);
            ::epoll_ctl(ep, EPOLL_CTL_ADD, st->wakeFd, &ev);
            for (size_t i = 0; i < st->sups.size(); ++i) {
                ev.data.u64 = i;
                ::epoll_ctl(ep, EPOLL_CTL_ADD, st->sups[i]->socket.fd(), &ev);
            }
            // Decodes a few queued frames; false when none were left.
            const auto decodeSome = [&] {
                int budget = 8;
                bool any = false;
                for (auto &s : st->sups)
                    for (; budget > 0 && !s->pending.empty(); --budget) {
                        decode(*s, s->pending.front(), false);
                        s->pending.pop_front();
                        any = true;
                    }
                return any;
            };
            bool idleWork = false;
            while (!stopping.load()) {
                epoll_event ready[32];
                const int n = ::epoll_wait(ep, ready, 32, idleWork ? 0 : 100);
                for (int i = 0; i < n; ++i) {
                    if (ready[i].data.u64 == quint64(-1))
                        continue;  // stop: the loop condition sees it
                    Supervisor &s = *st->sups[ready[i].data.u64];
                    const bool open = s.socket.readAvailable([&](qint64 at, qint64 readAt, QByteArray &&m) {
                        if (!recording.load(std::memory_order_relaxed) || !m.contains("\"type\":\"board.delta\""))
                            return;
                        ++s.frames;
                        s.pending.push_back(Stamped{at, readAt, std::move(m)});
                    });
                    if (!open) {
                        ::epoll_ctl(ep, EPOLL_CTL_DEL, s.socket.fd(), nullptr);
                        if (st->error.isEmpty())
                            st->error = s.socket.error();
                    }
                }
                idleWork = n == 0 ? decodeSome() : true;
            }
            while (decodeSome()) {
            }
            ::close(ep);
        });
    }
    if (!spinUntil([&] { return supsReady + supsFailed == supervisors || supsFailed > 0; }, 180'000)
        || supsFailed > 0) {
        QString why;
        for (auto &st : supThreadList)
            why += st->error;
        std::fprintf(stderr, "supervisors could not log in or subscribe (%d in, %d refused: %s)\n%s\n",
                     supsReady.load(), supsFailed.load(), qPrintable(why), serverLog.right(2000).constData());
        stopping = true;
        for (auto &st : supThreadList) {
            const quint64 one = 1;
            ::write(st->wakeFd, &one, sizeof one);
            st->thread.join();
        }
        server.kill();
        server.waitForFinished();
        return 1;
    }

    // ---- load: each agent works its call cycle (see Help) ----
    QRandomGenerator rng(20261123);
    bool measuring = false;
    bool running = true;
    qint64 events = 0;
    const auto fire = [&](Agent &a) {
        if (!a.session.loggedIn)
            return;
        const bool breakCycle = a.cycle % 10 == 9;
        Step step = ToBusy;
        switch (a.step) {
        case 0: step = ToBusy; break;
        case 1: step = ToWrapUp; break;
        case 2: step = a.tasks.isEmpty() ? ToReady : Record; break;
        case 3: step = breakCycle ? ToNotReady : ToReady; break;
        default: step = ToReady; break;
        }
        a.step += 1;
        if (a.step == (breakCycle ? 5 : 4)) {
            a.step = 0;
            a.cycle += 1;
        }
        AgentEvent e;
        e.call = step == Record;
        e.measured = measuring;
        if (step == Record) {
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
            a.attempts += 1;
            const QString f = frame(proto::msg::SyncPush,
                                    {{QStringLiteral("ops"),
                                      QJsonArray{QJsonObject{
                                          {QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                          {QStringLiteral("type"), proto::msg::OpInteractionRecord},
                                          {QStringLiteral("body"), r.toJson()}}}}});
            e.sentNs = nowNs();
            a.session.socket->sendTextMessage(f);
            a.session.socket->flush();  // on the wire now, not at this thread's next turn
        } else {
            a.state = step == ToBusy ? 2 : step == ToWrapUp ? 3 : step == ToNotReady ? 1 : 0;
            QJsonObject body{{QStringLiteral("state"), States[a.state]}};
            if (step == ToNotReady)
                body.insert(QStringLiteral("reason"), QStringLiteral("break"));
            const QString f = frame(proto::msg::AgentSetState, body);
            e.sentNs = nowNs();
            a.session.socket->sendTextMessage(f);
            a.session.socket->flush();  // on the wire now, not at this thread's next turn
        }
        e.state = a.state;
        e.attempts = a.attempts;
        a.pendingSentNs = e.sentNs;
        a.pendingCall = e.call;
        a.pendingMeasured = e.measured;
        a.events.push_back(e);
        ++events;
    };
    // Precise timers: Qt's default for 2 s and more (coarse) moves each wake-up by up to 5 % onto shared
    // boundaries, so hundreds of agents fired in the same millisecond; agents on a floor are independent.
    std::function<void(Agent *)> schedule = [&](Agent *a) {
        QTimer::singleShot(int(intervalMs * (0.5 + rng.generateDouble())), Qt::PreciseTimer, a->session.socket, [&, a] {
            if (!running)
                return;
            fire(*a);
            schedule(a);
        });
    };
    for (size_t i = 0; i < floor.size(); ++i) {
        Agent *a = floor[i].get();
        QTimer::singleShot(int(i * intervalMs / floor.size()), Qt::PreciseTimer, a->session.socket, [&, a] {
            fire(*a);
            schedule(a);
        });
    }
    recording = true;
    std::fprintf(stderr, "warming up...\n");
    spinUntil([] { return false; }, qMax(3000, intervalMs * 2));
    const auto serverCpu = [&server] {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(server.processId()));
        if (!stat.open(QIODevice::ReadOnly))
            return -1.0;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
        return f.size() < 13 ? -1.0 : (f.at(11).toLongLong() + f.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    };
    const auto selfCpu = [] {
        QFile stat(QStringLiteral("/proc/self/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            return -1.0;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
        return f.size() < 13 ? -1.0 : (f.at(11).toLongLong() + f.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    };
    const double cpuBefore = serverCpu(), selfBefore = selfCpu();
    measuring = true;
    std::fprintf(stderr, "measuring for %d s...\n", seconds);
    const qint64 eventsBefore = events;
    const qint64 start = nowNs();
    spinUntil([] { return false; }, seconds * 1000);
    const double elapsed = (nowNs() - start) / 1e9;
    const qint64 measuredEvents = events - eventsBefore;
    const double serverCpuShare = (serverCpu() - cpuBefore) / elapsed;
    const double selfCpuShare = (selfCpu() - selfBefore) / elapsed;
    measuring = false;
    running = false;
    spinUntil([] { return false; }, 2000);  // the last deltas
    recording = false;

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
        a->session.socket->close();
    // The supervisor threads decode what is left and end; their data belongs to this thread from here.
    qint64 boardFrames = 0, kernelStamped = 0, appStamped = 0;
    stopping = true;
    for (auto &st : supThreadList) {
        const quint64 one = 1;
        if (::write(st->wakeFd, &one, sizeof one) != sizeof one)
            std::fprintf(stderr, "cannot wake a supervisor thread\n");
        st->thread.join();
        ::close(st->wakeFd);
        for (auto &s : st->sups) {
            boardFrames += s->frames;
            kernelStamped += s->socket.kernelStamps();
            appStamped += s->socket.appStamps();
            s->socket.close();
        }
    }
    spinUntil([] { return false; }, 300);
    server.terminate();
    if (!server.waitForFinished(30'000))
        server.kill();

    // ---- matching: a receipt showing (state, attempts) makes every event of that agent up to the
    // first one (in order, sent before the receipt) that leads there visible ----
    std::vector<double> latencies, stateLatencies, callLatencies, readLatencies;
    qint64 measuredSent = 0;
    for (const auto &a : floor)
        for (const AgentEvent &e : a->events)
            measuredSent += e.measured && !e.refused ? 1 : 0;
    for (auto &st : supThreadList)
        for (auto &s : st->sups) {
            std::vector<size_t> next(floor.size(), 0);
            for (const Receipt &r : s->receipts) {
                const std::vector<AgentEvent> &evs = floor[r.agent]->events;
                size_t &from = next[r.agent];
                for (size_t j = from; j < evs.size() && evs[j].sentNs <= r.atNs; ++j) {
                    if (evs[j].refused || evs[j].state != r.state || evs[j].attempts != r.attempts)
                        continue;
                    for (size_t k = from; k <= j; ++k)
                        if (evs[k].measured && !evs[k].refused) {
                            const double ms = (r.atNs - evs[k].sentNs) / 1e6;
                            latencies.push_back(ms);
                            (evs[k].call ? callLatencies : stateLatencies).push_back(ms);
                            readLatencies.push_back((r.readNs - evs[k].sentNs) / 1e6);
                        }
                    from = j + 1;
                    break;
                }
            }
        }

    // ---- baseline: a raw QtWebSockets echo round trip on loopback between two threads ----
    const std::vector<double> echo = echoRoundTrips(2000, 600);
    if (echo.empty())
        return 1;

    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QByteArray load = loadavg.open(QIODevice::ReadOnly) ? loadavg.readAll().trimmed() : QByteArray();
    const double p50 = percentile(latencies, 0.50), p99 = percentile(latencies, 0.99);
    const double mx = latencies.empty() ? 0 : *std::max_element(latencies.begin(), latencies.end());
    const double eps = measuredEvents / elapsed;
    const double e50 = percentile(echo, 0.5), e99 = percentile(echo, 0.99);
    std::printf("floor_latency: %d agents, %d supervisors (%d thread(s)), %.1f s measured, %d request "
                "errors, load average %s%s%s\n",
                agents, supervisors, supThreads, elapsed, errors, load.constData(),
                pinned ? "; server on CPU 0, bench on the others" : "",
                batchClients ? "; clients in the batch class" : "; clients in the normal class");
    std::printf("agent event -> supervisor board.delta: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%zu samples "
                "of %lld expected, %lld board frames)\n",
                p50, p99, mx, latencies.size(), measuredSent * supervisors, boardFrames);
    std::printf("  as this process read them (one thread serving %d supervisors): p50 %.2f ms, p99 %.2f ms, "
                "max %.2f ms; %lld of %lld frames stamped by the kernel\n",
                supervisors, percentile(readLatencies, 0.5), percentile(readLatencies, 0.99),
                readLatencies.empty() ? 0.0 : *std::max_element(readLatencies.begin(), readLatencies.end()),
                kernelStamped, kernelStamped + appStamped);
    std::printf("  state changes: p50 %.2f ms, p99 %.2f ms; recorded calls: p50 %.2f ms, p99 %.2f ms\n",
                percentile(stateLatencies, 0.5), percentile(stateLatencies, 0.99),
                percentile(callLatencies, 0.5), percentile(callLatencies, 0.99));
    std::printf("  the agent's own answer: state change p50 %.2f ms, p99 %.2f ms; recorded call p50 %.2f ms, "
                "p99 %.2f ms\n",
                percentile(stateAnswers, 0.5), percentile(stateAnswers, 0.99), percentile(callAnswers, 0.5),
                percentile(callAnswers, 0.99));
    std::printf("agent events: %.1f/s; server RSS %.1f MB, server CPU %.0f%% of one core (%.2f ms per "
                "event), bench CPU %.0f%%\n",
                eps, rssMb, 100 * serverCpuShare, eps > 0 ? 1000 * serverCpuShare / eps : 0.0,
                100 * selfCpuShare);
    // The periodic full sweep of the task engine runs on the server's event loop, in slices of about
    // a millisecond: its length and slice count.
    for (const QByteArray &line : serverLog.split('\n'))
        if (line.contains("task engine (rules"))
            std::printf("  server: %s\n", line.mid(line.indexOf("task engine")).constData());
    std::printf("baseline raw QtWebSockets echo round trip: p50 %.3f ms, p99 %.3f ms; ratio p50 %.0fx, "
                "p99 %.0fx\n",
                e50, e99, e50 > 0 ? p50 / e50 : 0.0, e99 > 0 ? p99 / e99 : 0.0);
    std::printf("%s\n",
                QJsonDocument(QJsonObject{{QStringLiteral("p50_ms"), p50},
                                          {QStringLiteral("p99_ms"), p99},
                                          {QStringLiteral("max_ms"), mx},
                                          {QStringLiteral("read_p50_ms"), percentile(readLatencies, 0.5)},
                                          {QStringLiteral("read_p99_ms"), percentile(readLatencies, 0.99)},
                                          {QStringLiteral("events_per_s"), eps},
                                          {QStringLiteral("rss_mb"), rssMb},
                                          {QStringLiteral("server_cpu"), serverCpuShare},
                                          {QStringLiteral("echo_p50_ms"), e50},
                                          {QStringLiteral("echo_p99_ms"), e99},
                                          {QStringLiteral("agents"), agents},
                                          {QStringLiteral("supervisors"), supervisors},
                                          {QStringLiteral("samples"), qint64(latencies.size())},
                                          {QStringLiteral("expected_samples"), measuredSent * supervisors},
                                          {QStringLiteral("errors"), errors},
                                          {QStringLiteral("pinned"), pinned},
                                          {QStringLiteral("clients_batch"), batchClients},
                                          {QStringLiteral("loadavg"), QString::fromLatin1(load)}})
                    .toJson(QJsonDocument::Compact)
                    .constData());
    return latencies.empty() ? 1 : 0;
}
