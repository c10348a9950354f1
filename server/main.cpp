// collectdesk-server: the companion server of the CollectDesk workstation (see ServerCli for commands).
#include "EpollEventDispatcher.h"
#include "ServerCli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // Qt's own poll() event dispatcher, not GLib's: with hundreds of connections GLib's walks every
    // descriptor several times per turn and unregisters a socket notifier by a linear search (each
    // frame sent toggles one). Measured with bench/floor_latency at 500 agents: server CPU per event
    // 1.79 -> 1.44 ms, board p99 7.5 -> 6.3 ms. QT_NO_GLIB set but empty in the environment keeps GLib.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    // The main thread's loop on epoll (EpollEventDispatcher.h: a turn costs in proportion to the ready
    // sockets, not to all of them). CD_EVENT_DISPATCHER=qt keeps Qt's poll() dispatcher (the threads
    // the server starts always have it).
    if (qEnvironmentVariable("CD_EVENT_DISPATCHER") != QLatin1String("qt")) {
        auto *dispatcher = new cd::server::EpollEventDispatcher;
        if (dispatcher->isValid())
            QCoreApplication::setEventDispatcher(dispatcher);
        else
            delete dispatcher;
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("collectdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CD_VERSION));
    // One line per event on stderr, time first, so a log collector can sort and grep it.
    qSetMessagePattern(
        QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-debug}debug%{endif}%{if-info}info%{endif}"
                       "%{if-warning}warning%{endif}%{if-critical}error%{endif}%{if-fatal}fatal%{endif} "
                       "%{category}: %{message}"));
    cd::server::ServerCli cli;
    return cli.run(QCoreApplication::arguments());
}
