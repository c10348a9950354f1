// collectdesk-server: the companion server of the CollectDesk workstation (see ServerCli for commands).
#include "ServerCli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
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
