// The server's epoll event dispatcher (server/EpollEventDispatcher.h), installed as this test's
// main-thread dispatcher exactly as collectdesk-server installs it: timers in order and on time, zero
// timers that do not starve sockets, no timer re-entered from a nested loop, real TCP and WebSocket
// traffic (large writes, hundreds of connections, descriptors closed and reused), a wake-up from
// another thread, interrupting a blocked loop, excluded socket notifiers, and the kernel's interest
// list touched only for what changed between waits.
#include "EpollEventDispatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using cd::server::EpollEventDispatcher;

namespace {

EpollEventDispatcher *dispatcher()
{
    return dynamic_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance());
}

/// Counts the timer events it gets per timer id.
class TimerSink : public QObject
{
public:
    QList<int> fired;
    std::function<void(int)> onTimer;

protected:
    void timerEvent(QTimerEvent *e) override
    {
        fired << e->timerId();
        if (onTimer)
            onTimer(e->timerId());
    }
};

/// A connected loopback TCP pair: `client` and the server's end, `peer`.
struct TcpPair {
    QTcpServer server;
    QTcpSocket client;
    std::unique_ptr<QTcpSocket> peer;

    bool connect()
    {
        if (!server.listen(QHostAddress::LocalHost))
            return false;
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        if (!QTest::qWaitFor([this] { return server.hasPendingConnections(); }, 5000))
            return false;
        peer.reset(server.nextPendingConnection());
        return QTest::qWaitFor([this] { return client.state() == QAbstractSocket::ConnectedState; }, 5000);
    }
};

}  // namespace

class TestEpollDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void installed()
    {
        QVERIFY(dispatcher());
        QVERIFY(dispatcher()->isValid());
    }

    void timersFireInDeadlineOrderAndNotEarly()
    {
        TimerSink sink;
        QElapsedTimer clock;
        clock.start();
        QList<qint64> at;
        sink.onTimer = [&](int id) {
            at << clock.elapsed();
            sink.killTimer(id);
        };
        const int late = sink.startTimer(60, Qt::PreciseTimer);
        const int early = sink.startTimer(15, Qt::PreciseTimer);
        const int middle = sink.startTimer(35, Qt::CoarseTimer);
        QTRY_COMPARE_WITH_TIMEOUT(sink.fired.size(), 3, 5000);
        QCOMPARE(sink.fired, (QList<int>{early, middle, late}));
        QVERIFY2(at[0] >= 15 && at[1] >= 35 && at[2] >= 60,
                 qPrintable(QStringLiteral("fired at %1, %2, %3 ms").arg(at[0]).arg(at[1]).arg(at[2])));
    }

    void repeatingTimerAndItsRemainingTime()
    {
        TimerSink sink;
        const int id = sink.startTimer(10, Qt::PreciseTimer);
        const int remaining = dispatcher()->remainingTime(id);
        QVERIFY2(remaining >= 0 && remaining <= 10, qPrintable(QString::number(remaining)));
        const auto infos = dispatcher()->registeredTimers(&sink);
        QCOMPARE(infos.size(), 1);
        QCOMPARE(infos.first().timerId, id);
        QCOMPARE(infos.first().interval, 10);
        QTRY_VERIFY_WITH_TIMEOUT(sink.fired.size() >= 5, 5000);
        sink.killTimer(id);
        QCOMPARE(dispatcher()->remainingTime(id), -1);
        const qsizetype count = sink.fired.size();
        QTest::qWait(40);
        QCOMPARE(sink.fired.size(), count);  // killed: no more
    }

    void timerKilledByAnEarlierOneDoesNotFire()
    {
        TimerSink sink;
        int second = 0;
        sink.onTimer = [&](int id) {
            sink.killTimer(id);
            if (id != second)
                sink.killTimer(second);
        };
        sink.startTimer(5, Qt::PreciseTimer);
        second = sink.startTimer(5, Qt::PreciseTimer);  // same deadline, later: would fire in the same turn
        QTest::qWait(60);
        QCOMPARE(sink.fired.size(), 1);
        QVERIFY(!sink.fired.contains(second));
    }

    void timerIsNotReenteredFromANestedLoop()
    {
        TimerSink sink;
        int depth = 0, maxDepth = 0;
        sink.onTimer = [&](int) {
            ++depth;
            maxDepth = qMax(maxDepth, depth);
            if (sink.fired.size() == 1) {
                QEventLoop nested;
                QTimer::singleShot(50, &nested, &QEventLoop::quit);
                nested.exec();  // 50 ms of a 0 ms timer being due: it must wait for this to end
            }
            --depth;
        };
        const int id = sink.startTimer(0);
        QTRY_VERIFY_WITH_TIMEOUT(sink.fired.size() >= 3, 5000);
        sink.killTimer(id);
        QCOMPARE(maxDepth, 1);
    }

    void zeroTimerDoesNotStarveSockets()
    {
        TcpPair pair;
        QVERIFY(pair.connect());
        QTcpSocket &client = pair.client;
        QTcpSocket *peer = pair.peer.get();

        QTimer busy;  // fires on every turn, as the task engine's slices do
        int spins = 0;
        connect(&busy, &QTimer::timeout, this, [&] { ++spins; });
        busy.start(0);
        client.write("ping");
        QTRY_VERIFY_WITH_TIMEOUT(peer->bytesAvailable() >= 4, 2000);
        QCOMPARE(peer->readAll(), QByteArray("ping"));
        busy.stop();
        QVERIFY(spins > 0);
    }

    void largeWritesAndManyConnections()
    {
        QTcpServer server;
        server.setListenBacklogSize(1024);  // all at once: Qt's 50 would drop SYNs to be retried in seconds
        QVERIFY(server.listen(QHostAddress::LocalHost));
        std::vector<std::unique_ptr<QTcpSocket>> peers;
        QHash<QTcpSocket *, QByteArray> received;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *p = server.nextPendingConnection()) {
                peers.emplace_back(p);
                connect(p, &QTcpSocket::readyRead, this, [&received, p] { received[p] += p->readAll(); });
            }
        });
        constexpr int Clients = 300;
        std::vector<std::unique_ptr<QTcpSocket>> clients;
        for (int i = 0; i < Clients; ++i) {
            clients.push_back(std::make_unique<QTcpSocket>());
            clients.back()->connectToHost(QHostAddress::LocalHost, server.serverPort());
        }
        QTRY_COMPARE_WITH_TIMEOUT(int(peers.size()), Clients, 10000);
        for (auto &c : clients)
            QTRY_COMPARE(c->state(), QAbstractSocket::ConnectedState);
        // 4 MB through one socket: far more than the kernel buffers, so the write notifier carries it.
        QByteArray big(4 * 1024 * 1024, 'x');
        for (int i = 0; i < big.size(); i += 4096)
            big[i] = char('a' + (i / 4096) % 26);
        clients.front()->write(big);
        for (int i = 1; i < Clients; ++i)
            clients[size_t(i)]->write(QByteArray::number(i));
        QTRY_VERIFY_WITH_TIMEOUT(received.size() == Clients, 10000);
        QByteArray bigReceived;
        QSet<QByteArray> small;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     bigReceived.clear();
                                     small.clear();
                                     for (const QByteArray &b : std::as_const(received)) {
                                         if (b.size() > 100)
                                             bigReceived = b;
                                         else
                                             small.insert(b);
                                     }
                                     return bigReceived.size() == big.size();
                                 }()),
                                 10000);
        QVERIFY(bigReceived == big);
        QCOMPARE(small.size(), Clients - 1);
    }

    void descriptorsClosedAndReusedKeepWorking()
    {
        // A socket closed and a new one opened in the same turn usually gets the same descriptor
        // number: the kernel forgot the old file, so the new one must be added again.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QList<QByteArray> got;
        std::vector<std::unique_ptr<QTcpSocket>> peers;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *p = server.nextPendingConnection()) {
                peers.emplace_back(p);
                connect(p, &QTcpSocket::readyRead, this, [&got, p] { got << p->readAll(); });
            }
        });
        for (int round = 0; round < 50; ++round) {
            auto c = std::make_unique<QTcpSocket>();
            c->connectToHost(QHostAddress::LocalHost, server.serverPort());
            QTRY_COMPARE(c->state(), QAbstractSocket::ConnectedState);
            c->write(QByteArray::number(round));
            QTRY_COMPARE_WITH_TIMEOUT(got.size(), round + 1, 5000);
            QCOMPARE(got.last(), QByteArray::number(round));
            c->abort();
            peers.back()->abort();  // both ends closed before the next turn
        }
    }

    void descriptorReusedWithinOneTurnIsWatchedAgain()
    {
        // Closed and reused between two waits, with the same interest: only the file's identity tells
        // the dispatcher that the kernel no longer watches this descriptor.
        int first[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, first), 0);
        auto notifier = std::make_unique<QSocketNotifier>(first[0], QSocketNotifier::Read);
        QCoreApplication::processEvents();  // now in the kernel's list
        notifier.reset();
        ::close(first[0]);
        int second[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, second), 0);
        QCOMPARE(second[0], first[0]);  // the same number, another file
        QSocketNotifier again(second[0], QSocketNotifier::Read);
        int activations = 0;
        connect(&again, &QSocketNotifier::activated, this, [&] {
            ++activations;
            char buf[16];
            while (::read(second[0], buf, sizeof buf) > 0) {
            }
        });
        QCOMPARE(::write(second[1], "x", 1), ssize_t(1));
        QTRY_COMPARE_WITH_TIMEOUT(activations, 1, 2000);
        again.setEnabled(false);
        for (int fd : {first[1], second[0], second[1]})
            ::close(fd);
    }

    void webSocketsEchoAndAFrameRaisesNoKernelUpdate()
    {
        QWebSocketServer server(QStringLiteral("t"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QWebSocket *peer = nullptr;
        connect(&server, &QWebSocketServer::newConnection, this, [&] {
            peer = server.nextPendingConnection();
            connect(peer, &QWebSocket::textMessageReceived, peer, [peer](const QString &m) {
                peer->sendTextMessage(m);
                peer->flush();
            });
        });
        QWebSocket client;
        QStringList echoed;
        connect(&client, &QWebSocket::textMessageReceived, this, [&](const QString &m) { echoed << m; });
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort())));
        QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
        QTRY_VERIFY(peer);

        const qint64 changesBefore = dispatcher()->notifierChanges();
        const qint64 updatesBefore = dispatcher()->kernelUpdates();
        constexpr int Frames = 200;
        for (int i = 0; i < Frames; ++i) {
            client.sendTextMessage(QStringLiteral("消息 %1").arg(i));
            client.flush();
            QTRY_COMPARE(echoed.size(), i + 1);
        }
        QCOMPARE(echoed.last(), QStringLiteral("消息 %1").arg(Frames - 1));
        const qint64 changes = dispatcher()->notifierChanges() - changesBefore;
        const qint64 updates = dispatcher()->kernelUpdates() - updatesBefore;
        // Each frame sent raises and drops its socket's write notifier; none of that reaches the kernel.
        QVERIFY2(changes >= 2 * Frames, qPrintable(QStringLiteral("%1 notifier changes").arg(changes)));
        QVERIFY2(updates <= 4, qPrintable(QStringLiteral("%1 epoll_ctl calls").arg(updates)));
        client.close();
    }

    void wakeUpFromAnotherThread()
    {
        // No timer and no socket: only the eventfd can end this wait.
        QThread thread;
        thread.start();
        QObject inThread;
        inThread.moveToThread(&thread);
        QElapsedTimer clock;
        bool delivered = false;
        QEventLoop loop;
        QMetaObject::invokeMethod(&inThread, [&] {
            QThread::msleep(30);
            clock.start();
            QMetaObject::invokeMethod(&loop, [&] {
                delivered = true;
                loop.quit();
            });
        });
        QTimer guard;  // a failing test ends instead of hanging
        guard.setSingleShot(true);
        connect(&guard, &QTimer::timeout, &loop, [&] { loop.exit(1); });
        guard.start(5000);
        QCOMPARE(loop.exec(), 0);
        QVERIFY(delivered);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        thread.quit();
        thread.wait();
    }

    void exitFromAnotherThreadEndsABlockedLoop()
    {
        QEventLoop loop;
        QThread *t = QThread::create([&loop] {
            QThread::msleep(30);
            loop.exit(7);  // interrupt(): the loop blocked with nothing else to wake it
        });
        t->start();
        QTimer guard;
        guard.setSingleShot(true);
        connect(&guard, &QTimer::timeout, &loop, [&] { loop.exit(1); });
        guard.start(5000);
        QCOMPARE(loop.exec(), 7);
        t->wait();
        delete t;
    }

    void excludedSocketNotifiersWaitForTheNextTurn()
    {
        TcpPair pair;
        QVERIFY(pair.connect());
        QTcpSocket &client = pair.client;
        QTcpSocket *peer = pair.peer.get();
        int reads = 0;
        connect(peer, &QTcpSocket::readyRead, this, [&] { ++reads; });
        client.write("abc");
        client.flush();
        QThread::msleep(20);  // the bytes are in the peer's kernel buffer
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents(QEventLoop::ExcludeSocketNotifiers);
        QCOMPARE(reads, 0);
        QTRY_COMPARE(reads, 1);
        QCOMPARE(peer->readAll(), QByteArray("abc"));
    }

    void regularFileNotifierIsAlwaysReady()
    {
        // epoll refuses regular files; poll() calls them always readable, and so does the dispatcher.
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("data");
        file.flush();
        QSocketNotifier notifier(file.handle(), QSocketNotifier::Read);
        int activations = 0;
        connect(&notifier, &QSocketNotifier::activated, this, [&] {
            if (++activations == 3)
                notifier.setEnabled(false);
        });
        QTRY_COMPARE(activations, 3);
        QTest::qWait(20);
        QCOMPARE(activations, 3);  // disabled: no longer watched
    }
};

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("TST_QT_DISPATCHER"))  // the same tests on Qt's own, for comparison
        QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    TestEpollDispatcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_epolldispatcher.moc"
