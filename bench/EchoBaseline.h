#pragma once
// The baseline floor_latency prints next to its figures: a raw QtWebSockets echo round trip on
// loopback, the echo server on a thread of its own and the client on the calling thread, `rounds`
// frames of `payloadBytes` (a board.delta's size) one after the other, each waiting for its echo.
// Milliseconds per round trip; empty when the echo server could not start or connect.
#include "BenchSupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <chrono>
#include <vector>

inline std::vector<double> echoRoundTrips(int rounds, int payloadBytes)
{
    using bench::nowNs;
    std::vector<double> out;
    QThread thread;
    QWebSocketServer *server = nullptr;
    quint16 port = 0;
    thread.start();
    auto *context = new QObject;
    context->moveToThread(&thread);
    QMetaObject::invokeMethod(
        context,
        [&] {
            server = new QWebSocketServer(QStringLiteral("echo"), QWebSocketServer::NonSecureMode);
            if (!server->listen(QHostAddress::LocalHost, 0))
                return;
            port = server->serverPort();
            QObject::connect(server, &QWebSocketServer::newConnection, server, [server] {
                while (QWebSocket *s = server->nextPendingConnection()) {
                    s->setParent(server);
                    QObject::connect(s, &QWebSocket::textMessageReceived, s,
                                     [s](const QString &m) { s->sendTextMessage(m); });
                }
            });
        },
        Qt::BlockingQueuedConnection);
    if (port != 0) {
        QWebSocket c;
        const QString payload(payloadBytes, QLatin1Char('x'));
        qint64 sent = 0;
        int received = 0;
        QObject::connect(&c, &QWebSocket::textMessageReceived, &c, [&](const QString &) {
            out.push_back((nowNs() - sent) / 1e6);
            ++received;
        });
        c.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port)));
        QElapsedTimer connecting;
        connecting.start();
        while (c.state() != QAbstractSocket::ConnectedState && connecting.elapsed() < 10'000) {
            QEventLoop loop;
            QTimer::singleShot(5, &loop, &QEventLoop::quit);
            loop.exec();
        }
        for (int i = 0; c.state() == QAbstractSocket::ConnectedState && i < rounds; ++i) {
            const int before = received;
            sent = nowNs();
            c.sendTextMessage(payload);
            QEventLoop loop;
            QObject::connect(&c, &QWebSocket::textMessageReceived, &loop, &QEventLoop::quit);
            QTimer::singleShot(1000, &loop, &QEventLoop::quit);
            if (received == before)
                loop.exec();
        }
        c.close();
    }
    QMetaObject::invokeMethod(context, [&] { delete server; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    delete context;  // its thread has ended
    return out;
}
