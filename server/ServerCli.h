#pragma once
// The collectdesk-server command line: init, user add|disable|enable, seed-demo, serve, task reassign,
// payment post, accounts sweep, queue, rules show|set, lint.
// Each subcommand has its own QCommandLineParser (so `collectdesk-server <command> --help` works).
// ServerCli.cpp: init, users, seed-demo, serve, task reassign; ServerCliAccounts.cpp: payment post,
// accounts sweep; ServerCliTasks.cpp: queue, rules show|set.
// Exit status: 0 done, 1 failed (database, conflict), 2 bad arguments (with a message on stderr).
#include "Result.h"

#include <QDateTime>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

class QCommandLineOption;
class QCommandLineParser;

namespace cd::server {

class Storage;

class ServerCli
{
public:
    enum Exit { Ok = 0, Failed = 1, Usage = 2 };

    ServerCli();
    /// `arguments` as QCoreApplication::arguments(): program first. `serve` runs the event loop.
    int run(const QStringList &arguments);

private:
    int init(const QStringList &args);
    int userAdd(const QStringList &args);
    int userSetDisabled(const QStringList &args, bool disabled);
    int seedDemo(const QStringList &args);
    int serve(const QStringList &args);
    int taskReassign(const QStringList &args);
    int queue(const QStringList &args);
    int rulesShow(const QStringList &args);
    int rulesSet(const QStringList &args);
    int paymentPost(const QStringList &args);
    int accountsSweep(const QStringList &args);

    /// Parses `args` (subcommand words already removed). Returns an exit code when done (help shown,
    /// or a usage error printed), nothing when the command should go on.
    std::optional<int> parse(QCommandLineParser &p, const QString &command, const QStringList &args);
    /// Checks the options every command of `names` needs are present.
    std::optional<int> require(const QCommandLineParser &p, const QString &command, const QStringList &names);
    int usageError(const QString &command, const QString &message);
    int failure(const QString &command, const QString &message);
    /// Opens and migrates the database of --db. On failure prints why and sets `exitCode`.
    std::unique_ptr<Storage> openDatabase(const QString &command, const QString &url, int *exitCode);
    int mainHelp();

    /// --db, the same for every command.
    static QCommandLineOption dbOption();
    /// An ISO-8601 instant; without an offset it is taken as UTC. Invalid when it is not one.
    static QDateTime parseInstant(const QString &text);

    QTextStream m_out;
    QTextStream m_err;
};

}  // namespace cd::server
