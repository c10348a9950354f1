#include "ServerCli.h"

#include "AccountService.h"
#include "AuditLog.h"
#include "DemoSeeding.h"
#include "ListenAddress.h"
#include "Logging.h"
#include "PasswordHasher.h"
#include "ScriptLibrary.h"
#include "Server.h"
#include "ServerCliLint.h"
#include "SignalWatcher.h"
#include "Storage.h"
#include "TaskEngine.h"
#include "TaskService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <cmath>
#include <cstdio>

namespace cd::server {

namespace {

const QString Program = QStringLiteral("collectdesk-server");

/// The first line of `device`, without its line break.
QString firstLine(QIODevice &device)
{
    QByteArray line = device.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

/// Reads a compliance policy file (docs/dev/Compliance.md); on failure says why in `error`.
std::optional<compliance::Policy> readPolicy(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read --policy %1: %2").arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        *error = QStringLiteral("--policy %1 is not a JSON object: %2")
                     .arg(file.fileName(), parseError.errorString());
        return std::nullopt;
    }
    QString why;
    std::optional<compliance::Policy> policy = compliance::Policy::fromJson(json.object(), &why);
    if (!policy)
        *error = QStringLiteral("--policy %1: %2").arg(file.fileName(), why);
    return policy;
}

bool validUsername(const QString &u)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return re.match(u).hasMatch();
}

}  // namespace

ServerCli::ServerCli() : m_out(stdout), m_err(stderr) {}

QCommandLineOption ServerCli::dbOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              QStringLiteral("Database URL: sqlite:/path/file.db or a plain path."),
                              QStringLiteral("url"));
}

QDateTime ServerCli::parseInstant(const QString &text)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

int ServerCli::mainHelp()
{
    m_out << "Usage: " << Program << " <command> [options]\n\n"
          << "The CollectDesk companion server.\n\n"
          << "Commands:\n"
          << "  init            Create or migrate the database.\n"
          << "  user add        Add a user (password from stdin or --password-file).\n"
          << "  user disable    Stop a user from logging in.\n"
          << "  user enable     Let a disabled user log in again.\n"
          << "  seed-demo       Create demo agents and synthetic debtors.\n"
          << "  serve           Run the WebSocket server.\n"
          << "  payment post    Post a payment to a loan (FIFO; decides promises, buckets, risk).\n"
          << "  accounts sweep  Daily: decide promises past grace, record bucket rolls, review risk.\n"
          << "  task reassign   Give a task to another user.\n"
          << "  queue           An agent's ranked queue at an instant, with reasons and compliance.\n"
          << "  rules show      Print the active task rules.\n"
          << "  rules set       Validate and publish a new version of the task rules.\n"
          << "  lint            Check scripts, SMS templates or text against the compliance phrase list.\n\n"
          << "Run '" << Program << " <command> --help' for the options of a command.\n"
          << "Exit status: 0 done, 1 failed, 2 bad arguments.\n";
    m_out.flush();
    return Ok;
}

int ServerCli::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return usageError(QString(), QStringLiteral("no command given"));
    const QString first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help"))
        return mainHelp();
    if (first == QLatin1String("--version")) {
        m_out << Program << ' ' << QCoreApplication::applicationVersion() << '\n';
        m_out.flush();
        return Ok;
    }
    // Only `serve` narrates at info level (sessions, shutdown); the one-shot commands print their result
    // on stdout and only warnings on stderr. QT_LOGGING_RULES still overrides this.
    if (first != QLatin1String("serve"))
        QLoggingCategory::setFilterRules(QStringLiteral("collectdesk.*.info=false"));
    if (first == QLatin1String("init"))
        return init(args.mid(1));
    if (first == QLatin1String("seed-demo"))
        return seedDemo(args.mid(1));
    if (first == QLatin1String("serve"))
        return serve(args.mid(1));
    const QString second = args.value(1);
    if (first == QLatin1String("user")) {
        if (second == QLatin1String("add"))
            return userAdd(args.mid(2));
        if (second == QLatin1String("disable") || second == QLatin1String("enable"))
            return userSetDisabled(args.mid(2), second == QLatin1String("disable"));
        return usageError(QStringLiteral("user"),
                          QStringLiteral("expected 'user add', 'user disable' or 'user enable'"));
    }
    if (first == QLatin1String("task")) {
        if (second == QLatin1String("reassign"))
            return taskReassign(args.mid(2));
        return usageError(QStringLiteral("task"), QStringLiteral("expected 'task reassign'"));
    }
    if (first == QLatin1String("payment")) {
        if (second == QLatin1String("post"))
            return paymentPost(args.mid(2));
        return usageError(QStringLiteral("payment"), QStringLiteral("expected 'payment post'"));
    }
    if (first == QLatin1String("accounts")) {
        if (second == QLatin1String("sweep"))
            return accountsSweep(args.mid(2));
        return usageError(QStringLiteral("accounts"), QStringLiteral("expected 'accounts sweep'"));
    }
    if (first == QLatin1String("queue"))
        return queue(args.mid(1));
    if (first == QLatin1String("lint"))
        return runLintCommand(args.mid(1), m_out, m_err);
    if (first == QLatin1String("rules")) {
        if (second == QLatin1String("show"))
            return rulesShow(args.mid(2));
        if (second == QLatin1String("set"))
            return rulesSet(args.mid(2));
        return usageError(QStringLiteral("rules"), QStringLiteral("expected 'rules show' or 'rules set'"));
    }
    return usageError(QString(), QStringLiteral("unknown command \"%1\"").arg(first));
}

// ---- helpers ------------------------------------------------------------------------------------

int ServerCli::usageError(const QString &command, const QString &message)
{
    const QString who = command.isEmpty() ? Program : Program + QLatin1Char(' ') + command;
    m_err << who << ": " << message << '\n'
          << "Try '"
          << (command.isEmpty() ? Program + QStringLiteral(" --help") : who + QStringLiteral(" --help"))
          << "'.\n";
    m_err.flush();
    return Usage;
}

int ServerCli::failure(const QString &command, const QString &message)
{
    m_err << Program << ' ' << command << ": " << message << '\n';
    m_err.flush();
    return Failed;
}

std::optional<int> ServerCli::parse(QCommandLineParser &p, const QString &command, const QStringList &args)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    p.addOption(help);
    if (!p.parse(QStringList{Program} + args))
        return usageError(command, p.errorText());
    if (p.isSet(help)) {
        // Qt's usage line names the program only; name the command too.
        QString text = p.helpText();
        const qsizetype eol = text.indexOf(QLatin1Char('\n'));
        text = QStringLiteral("Usage: %1 %2 [options]").arg(Program, command) + text.mid(eol);
        m_out << text;
        m_out.flush();
        return Ok;
    }
    if (!p.positionalArguments().isEmpty())
        return usageError(command,
                          QStringLiteral("unexpected argument \"%1\"").arg(p.positionalArguments().first()));
    return std::nullopt;
}

std::optional<int> ServerCli::require(const QCommandLineParser &p, const QString &command,
                                      const QStringList &names)
{
    for (const QString &name : names) {
        if (!p.isSet(name) || p.value(name).trimmed().isEmpty())
            return usageError(command, QStringLiteral("--%1 is required").arg(name));
    }
    return std::nullopt;
}

std::unique_ptr<Storage> ServerCli::openDatabase(const QString &command, const QString &url, int *exitCode)
{
    Result<std::unique_ptr<Storage>> storage = createStorage(url);
    if (!storage) {
        *exitCode = usageError(command, storage.error().detail);
        return nullptr;
    }
    if (auto r = storage.value()->open(); !r) {
        *exitCode = failure(command, r.error().detail);
        return nullptr;
    }
    return std::move(storage.value());
}

// ---- commands -----------------------------------------------------------------------------------

int ServerCli::init(const QStringList &args)
{
    const QString command = QStringLiteral("init");
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Create the database, or migrate it to this server's schema."));
    p.addOption(dbOption());
    if (auto done = parse(p, command, args))
        return *done;
    if (auto done = require(p, command, {QStringLiteral("db")}))
        return *done;
    int exitCode = Ok;
    const std::unique_ptr<Storage> storage = openDatabase(command, p.value(QStringLiteral("db")), &exitCode);
    if (!storage)
        return exitCode;
    const Result<int> scripts = ScriptLibrary::ensureDefaults(*storage);
    if (!scripts)
        return failure(command, scripts.error().detail);
    m_out << "database " << storage->location() << " ready (schema " << storage->schemaVersion() << ")";
    if (scripts.value() > 0)
        m_out << ", " << scripts.value() << " default scripts loaded";
    m_out << '\n';
    m_out.flush();
    return Ok;
}

int ServerCli::userAdd(const QStringList &args)
{
    const QString command = QStringLiteral("user add");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Add a user. The password is the first line of standard input, or of --password-file."));
    p.addOption(dbOption());
    p.addOption({QStringLiteral("username"), QStringLiteral("Login name (letters, digits, . _ -)."),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("role"), QStringLiteral("agent, lead, trainer, admin, legal or risk."),
                 QStringLiteral("role")});
    p.addOption(
        {QStringLiteral("team"), QStringLiteral("Team the user belongs to."), QStringLiteral("team")});
    p.addOption(
        {QStringLiteral("skill"), QStringLiteral("junior (default) or senior."), QStringLiteral("skill")});
    p.addOption({QStringLiteral("name"), QStringLiteral("Display name (default: the username)."),
                 QStringLiteral("text")});
    p.addOption({QStringLiteral("password-file"),
                 QStringLiteral("Read the password from this file's first line."), QStringLiteral("file")});
    if (auto done = parse(p, command, args))
        return *done;
    if (auto done = require(p, command,
                            {QStringLiteral("db"), QStringLiteral("username"), QStringLiteral("role"),
                             QStringLiteral("team")}))
        return *done;
    UserRecord user;
    user.username = p.value(QStringLiteral("username"));
    if (!validUsername(user.username))
        return usageError(command,
                          QStringLiteral("--username \"%1\" must be 1-64 letters, digits, '.', '_' or '-'")
                              .arg(user.username));
    const std::optional<Role> role = roleFromKey(p.value(QStringLiteral("role")));
    if (!role)
        return usageError(command, QStringLiteral("--role must be agent, lead, trainer, admin, legal or risk"));
    user.role = *role;
    user.team = p.value(QStringLiteral("team")).trimmed();
    user.skill =
        p.isSet(QStringLiteral("skill")) ? p.value(QStringLiteral("skill")) : QStringLiteral("junior");
    if (user.skill != QLatin1String("junior") && user.skill != QLatin1String("senior"))
        return usageError(command, QStringLiteral("--skill must be junior or senior"));
    user.name = p.isSet(QStringLiteral("name")) ? p.value(QStringLiteral("name")) : user.username;

    QString password;
    if (p.isSet(QStringLiteral("password-file"))) {
        QFile f(p.value(QStringLiteral("password-file")));
        if (!f.open(QIODevice::ReadOnly))
            return usageError(
                command,
                QStringLiteral("cannot read --password-file %1: %2").arg(f.fileName(), f.errorString()));
        password = firstLine(f);
    } else {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return usageError(command, QStringLiteral("cannot read the password from standard input"));
        password = firstLine(in);
    }
    if (password.isEmpty())
        return usageError(command, QStringLiteral("refusing an empty password"));

    int exitCode = Ok;
    const std::unique_ptr<Storage> storage = openDatabase(command, p.value(QStringLiteral("db")), &exitCode);
    if (!storage)
        return exitCode;
    const Result<std::optional<UserRecord>> existing = storage->userByName(user.username);
    if (!existing)
        return failure(command, existing.error().detail);
    if (existing.value())
        return failure(command, QStringLiteral("user \"%1\" already exists").arg(user.username));
    user.passwordHash = PasswordHasher::hash(password);
    user.created = QDateTime::currentDateTimeUtc();
    if (auto r = storage->insertUser(user); !r)
        return failure(command, r.error().detail);
    AuditLog(*storage).record(
        QStringLiteral("cli"), QStringLiteral("user.add"), QStringLiteral("user:") + user.username,
        {{QStringLiteral("role"), roleKey(user.role)}, {QStringLiteral("team"), user.team}});
    m_out << "added user " << user.username << " (" << roleKey(user.role) << ", team " << user.team << ")\n";
    m_out.flush();
    return Ok;
}

int ServerCli::userSetDisabled(const QStringList &args, bool disabled)
{
    const QString command = disabled ? QStringLiteral("user disable") : QStringLiteral("user enable");
    QCommandLineParser p;
    p.setApplicationDescription(disabled ? QStringLiteral("Stop a user from logging in (live sessions end at "
                                                          "their next resume).")
                                         : QStringLiteral("Let a disabled user log in again."));
    p.addOption(dbOption());
    p.addOption({QStringLiteral("username"), QStringLiteral("The user."), QStringLiteral("name")});
    if (auto done = parse(p, command, args))
        return *done;
    if (auto done = require(p, command, {QStringLiteral("db"), QStringLiteral("username")}))
        return *done;
    int exitCode = Ok;
    const std::unique_ptr<Storage> storage = openDatabase(command, p.value(QStringLiteral("db")), &exitCode);
    if (!storage)
        return exitCode;
    const QString username = p.value(QStringLiteral("username"));
    const Result<std::optional<UserRecord>> user = storage->userByName(username);
    if (!user)
        return failure(command, user.error().detail);
    if (!user.value())
        return failure(command, QStringLiteral("no user \"%1\"").arg(username));
    if (auto r = storage->setUserDisabled(user.value()->id, disabled); !r)
        return failure(command, r.error().detail);
    AuditLog(*storage).record(QStringLiteral("cli"),
                              disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"),
                              QStringLiteral("user:") + username);
    m_out << (disabled ? "disabled user " : "enabled user ") << username << '\n';
    m_out.flush();
    return Ok;
}

int ServerCli::seedDemo(const QStringList &args)
{
    const QString command = QStringLiteral("seed-demo");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Create demo agents agent01..agentK and lead01 (when missing) and synthetic debtors assigned to the "
        "agents round-robin. Demo rows are marked as such: trainers see only them."));
    p.addOption(dbOption());
    p.addOption(
        {QStringLiteral("customers"), QStringLiteral("How many debtors to generate."), QStringLiteral("n")});
    p.addOption({QStringLiteral("agents"), QStringLiteral("How many agents to spread them over."),
                 QStringLiteral("k")});
    p.addOption({QStringLiteral("team"), QStringLiteral("Team of the demo users (default: demo)."),
                 QStringLiteral("team"), QStringLiteral("demo")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("Generator seed: same seed, same debtors."),
                 QStringLiteral("s")});
    p.addOption({QStringLiteral("password"),
                 QStringLiteral("Password of the users it creates (default: demo)."),
                 QStringLiteral("password"), QStringLiteral("demo")});
    if (auto done = parse(p, command, args))
        return *done;
    if (auto done = require(p, command,
                            {QStringLiteral("db"), QStringLiteral("customers"), QStringLiteral("agents")}))
        return *done;
    DemoSeedOptions o;
    bool ok = false;
    o.customers = p.value(QStringLiteral("customers")).toInt(&ok);
    if (!ok || o.customers < 0 || o.customers > DemoSeeding::MaxCustomers)
        return usageError(
            command, QStringLiteral("--customers must be a number 0..%1").arg(DemoSeeding::MaxCustomers));
    o.agents = p.value(QStringLiteral("agents")).toInt(&ok);
    if (!ok || o.agents < 1 || o.agents > DemoSeeding::MaxAgents)
        return usageError(command,
                          QStringLiteral("--agents must be a number 1..%1").arg(DemoSeeding::MaxAgents));
    o.team = p.value(QStringLiteral("team")).trimmed();
    if (o.team.isEmpty())
        return usageError(command, QStringLiteral("--team must not be empty"));
    if (p.isSet(QStringLiteral("seed"))) {
        o.seed = p.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return usageError(command, QStringLiteral("--seed must be a number 0..4294967295"));
    }
    o.password = p.value(QStringLiteral("password"));
    if (o.password.isEmpty())
        return usageError(command, QStringLiteral("--password must not be empty"));

    int exitCode = Ok;
    const std::unique_ptr<Storage> storage = openDatabase(command, p.value(QStringLiteral("db")), &exitCode);
    if (!storage)
        return exitCode;
    const Result<DemoSeedSummary> seeded = DemoSeeding(*storage).run(o);
    if (!seeded)
        return failure(command, seeded.error().detail);
    const DemoSeedSummary &s = seeded.value();
    m_out << "seeded " << s.customers << " customers (" << s.tasks << " tasks) for " << s.agents.size()
          << " agents of team " << o.team << " in " << s.elapsedMs << " ms; revision " << s.revision << '\n';
    if (!s.createdUsers.isEmpty())
        m_out << "created users: " << s.createdUsers.join(QStringLiteral(", ")) << '\n';
    m_out.flush();
    return Ok;
}

int ServerCli::taskReassign(const QStringList &args)
{
    const QString command = QStringLiteral("task reassign");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Give a task to another user. Their next pull brings the customer; the previous assignee's next pull "
        "drops the task. (A running SQLite server sends no live event for a change made here.)"));
    p.addOption(dbOption());
    p.addOption({QStringLiteral("task"), QStringLiteral("Task id."), QStringLiteral("id")});
    p.addOption(
        {QStringLiteral("to"), QStringLiteral("Username of the new assignee."), QStringLiteral("username")});
    p.addOption({QStringLiteral("by"), QStringLiteral("Who to name in the audit log (default: cli)."),
                 QStringLiteral("name"), QStringLiteral("cli")});
    if (auto done = parse(p, command, args))
        return *done;
    if (auto done = require(p, command, {QStringLiteral("db"), QStringLiteral("task"), QStringLiteral("to")}))
        return *done;
    bool ok = false;
    const qint64 taskId = p.value(QStringLiteral("task")).toLongLong(&ok);
    if (!ok || taskId <= 0)
        return usageError(command, QStringLiteral("--task must be a task id"));
    int exitCode = Ok;
    const std::unique_ptr<Storage> storage = openDatabase(command, p.value(QStringLiteral("db")), &exitCode);
    if (!storage)
        return exitCode;
    AuditLog audit(*storage);
    TaskService tasks(*storage, audit);
    const ServiceResult<qint64> r =
        tasks.reassignTask(taskId, p.value(QStringLiteral("to")), p.value(QStringLiteral("by")));
    if (!r)
        return failure(command, r.detail().isEmpty() ? proto::slug(r.code()) : r.detail());
    m_out << "task " << taskId << " assigned to " << p.value(QStringLiteral("to")) << " (revision "
          << r.value() << ")\n";
    m_out.flush();
    return Ok;
}

int ServerCli::serve(const QStringList &args)
{
    const QString command = QStringLiteral("serve");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Run the server. Beyond loopback it needs TLS (--tls-cert and --tls-key) unless --insecure is given. "
        "Prints \"listening on HOST:PORT\" when ready; stops cleanly on SIGTERM or SIGINT."));
    p.addOption(dbOption());
    p.addOption({QStringLiteral("listen"), QStringLiteral("HOST:PORT to listen on (port 0: any free port)."),
                 QStringLiteral("host:port")});
    p.addOption({QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain) for wss."),
                 QStringLiteral("file")});
    p.addOption(
        {QStringLiteral("tls-key"), QStringLiteral("PEM private key for wss."), QStringLiteral("file")});
    p.addOption(
        {QStringLiteral("insecure"), QStringLiteral("Allow plain ws beyond loopback (not for production).")});
    p.addOption({QStringLiteral("policy"),
                 QStringLiteral("Contact-compliance policy (JSON, docs/dev/Compliance.md) recorded calls are "
                                "checked against (default: 08:00-22:00 debtor time, 6 unanswered per number "
                                "per day, 3 conversations per debtor per day)."),
                 QStringLiteral("file")});
    p.addOption(
        {QStringLiteral("engine-interval"),
         QStringLiteral("Seconds between task-engine sweeps (default 60; 0: the engine does not run)."),
         QStringLiteral("seconds")});
    p.addOption({QStringLiteral("floor-alerts"),
                 QStringLiteral("Floor alert thresholds for the leads' board (JSON, docs/dev/FloorBoard.md)."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("account-sweep-interval"),
                 QStringLiteral("Minutes between account sweeps: promise decisions after grace, bucket rolls, "
                                "risk review (default 60; 0: only by hand with `accounts sweep`)."),
                 QStringLiteral("minutes")});
    p.addOption({QStringLiteral("discount-limit-junior"),
                 QStringLiteral("Largest settlement discount in percent a junior agent grants without a "
                                "lead (default 10)."),
                 QStringLiteral("percent")});
    p.addOption({QStringLiteral("discount-limit-senior"),
                 QStringLiteral("Largest settlement discount in percent a senior agent grants without a "
                                "lead (default 20)."),
                 QStringLiteral("percent")});
    p.addOption({QStringLiteral("sms-url"),
                 QStringLiteral("SMS gateway: POST each message as JSON {to,text,reference} to this http(s) URL, "
                                "with retries."),
                 QStringLiteral("url")});
    p.addOption({QStringLiteral("sms-file"),
                 QStringLiteral("SMS sink: append each message as a JSON line to this file instead of sending "
                                "it (default: sms-outbox.jsonl next to the database)."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("recordings-dir"),
                 QStringLiteral("Folder for call recordings (default: recordings/ next to the database)."),
                 QStringLiteral("dir")});
    p.addOption({QStringLiteral("recording-retention-days"),
                 QStringLiteral("Days a call recording is kept after upload (default and minimum 730; lower "
                                "only with --allow-short-retention)."),
                 QStringLiteral("days")});
    p.addOption({QStringLiteral("allow-short-retention"),
                 QStringLiteral("Accept --recording-retention-days below 730 (logged as a warning).")});
    p.addOption({QStringLiteral("recording-purge-minutes"),
                 QStringLiteral("How often recordings past their retention and abandoned uploads are removed "
                                "(default 360; also once at start; 0: never)."),
                 QStringLiteral("minutes")});
    if (auto done = parse(p, command, args))
        return *done;
    if (auto done = require(p, command, {QStringLiteral("db"), QStringLiteral("listen")}))
        return *done;
    const Result<ListenAddress> listen = ListenAddress::parse(p.value(QStringLiteral("listen")));
    if (!listen)
        return usageError(command, listen.error().detail);
    ServerConfig config;
    config.engineIntervalSeconds = 60;
    config.database = p.value(QStringLiteral("db"));
    config.address = listen->address;
    config.port = listen->port;
    config.tlsCertificateFile = p.value(QStringLiteral("tls-cert"));
    config.tlsKeyFile = p.value(QStringLiteral("tls-key"));
    config.allowInsecure = p.isSet(QStringLiteral("insecure"));
    if (config.tlsCertificateFile.isEmpty() != config.tlsKeyFile.isEmpty())
        return usageError(command, QStringLiteral("--tls-cert and --tls-key go together"));
    if (config.tlsCertificateFile.isEmpty() && !config.address.isLoopback() && !config.allowInsecure)
        return usageError(command,
                          QStringLiteral("refusing to listen on %1 without TLS: give --tls-cert and "
                                         "--tls-key, or --insecure")
                              .arg(config.address.toString()));
    if (config.allowInsecure && !config.address.isLoopback() && config.tlsCertificateFile.isEmpty())
        qCWarning(lcServer).noquote()
            << "--insecure: passwords and customer data cross the network in clear text";
    if (p.isSet(QStringLiteral("policy"))) {
        QString why;
        const std::optional<compliance::Policy> policy = readPolicy(p.value(QStringLiteral("policy")), &why);
        if (!policy)
            return usageError(command, why);
        config.policy = *policy;
    }
    if (p.isSet(QStringLiteral("engine-interval"))) {
        bool ok = false;
        config.engineIntervalSeconds = p.value(QStringLiteral("engine-interval")).toInt(&ok);
        if (!ok || config.engineIntervalSeconds < 0 || config.engineIntervalSeconds > 86400)
            return usageError(command, QStringLiteral("--engine-interval must be 0..86400 seconds"));
    }
    if (p.isSet(QStringLiteral("floor-alerts"))) {
        QFile f(p.value(QStringLiteral("floor-alerts")));
        if (!f.open(QIODevice::ReadOnly))
            return usageError(command, QStringLiteral("--floor-alerts: cannot read %1: %2")
                                           .arg(f.fileName(), f.errorString()));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
        if (!doc.isObject())
            return usageError(command, QStringLiteral("--floor-alerts: %1 is not a JSON object (%2)")
                                           .arg(f.fileName(), parseError.errorString()));
        const Result<AlertThresholds> thresholds = AlertThresholds::fromJson(doc.object());
        if (!thresholds)
            return usageError(command, QStringLiteral("--floor-alerts: %1").arg(thresholds.error().detail));
        config.floor.alerts = thresholds.value();
    }
    config.accountSweepMinutes = 60;
    if (p.isSet(QStringLiteral("account-sweep-interval"))) {
        bool ok = false;
        config.accountSweepMinutes = p.value(QStringLiteral("account-sweep-interval")).toInt(&ok);
        if (!ok || config.accountSweepMinutes < 0 || config.accountSweepMinutes > 1440)
            return usageError(command, QStringLiteral("--account-sweep-interval must be 0..1440 minutes"));
    }
    for (const auto &[option, limit] :
         {std::pair{QStringLiteral("discount-limit-junior"), &config.discountLimits.juniorBp},
          std::pair{QStringLiteral("discount-limit-senior"), &config.discountLimits.seniorBp}}) {
        if (!p.isSet(option))
            continue;
        bool ok = false;
        const double percent = p.value(option).toDouble(&ok);
        if (!ok || percent < 0 || percent > 100)
            return usageError(command, QStringLiteral("--%1 must be a percentage 0..100").arg(option));
        *limit = int(std::lround(percent * 100));
    }
    if (config.discountLimits.juniorBp > config.discountLimits.seniorBp)
        return usageError(command,
                          QStringLiteral("--discount-limit-junior must not exceed --discount-limit-senior"));
    if (p.isSet(QStringLiteral("sms-url")) && p.isSet(QStringLiteral("sms-file")))
        return usageError(command, QStringLiteral("--sms-url and --sms-file exclude each other"));
    if (p.isSet(QStringLiteral("sms-url"))) {
        config.sms.url = QUrl(p.value(QStringLiteral("sms-url")), QUrl::StrictMode);
        if (!config.sms.url.isValid()
            || (config.sms.url.scheme() != QLatin1String("http") && config.sms.url.scheme() != QLatin1String("https")))
            return usageError(command, QStringLiteral("--sms-url must be an http or https URL"));
    }
    config.sms.file = p.value(QStringLiteral("sms-file"));
    config.recordings.directory = p.value(QStringLiteral("recordings-dir"));
    if (p.isSet(QStringLiteral("recording-retention-days"))) {
        bool ok = false;
        config.recordings.retentionDays = p.value(QStringLiteral("recording-retention-days")).toInt(&ok);
        if (!ok || config.recordings.retentionDays < 1 || config.recordings.retentionDays > 36500)
            return usageError(command, QStringLiteral("--recording-retention-days must be 1..36500"));
        if (config.recordings.retentionDays < RecordingConfig::MinimumRetentionDays
            && !p.isSet(QStringLiteral("allow-short-retention")))
            return usageError(command, QStringLiteral("--recording-retention-days below %1 needs "
                                                      "--allow-short-retention")
                                           .arg(RecordingConfig::MinimumRetentionDays));
    }
    if (p.isSet(QStringLiteral("recording-purge-minutes"))) {
        bool ok = false;
        config.recordings.purgeIntervalMinutes = p.value(QStringLiteral("recording-purge-minutes")).toInt(&ok);
        if (!ok || config.recordings.purgeIntervalMinutes < 0 || config.recordings.purgeIntervalMinutes > 10080)
            return usageError(command, QStringLiteral("--recording-purge-minutes must be 0..10080"));
    }
    qCInfo(lcServer).noquote() << "compliance policy"
                               << QString::fromUtf8(
                                      QJsonDocument(config.policy.toJson()).toJson(QJsonDocument::Compact));

    Server server;
    if (auto r = server.start(config); !r)
        return r.error().code == ErrorCode::InvalidInput ? usageError(command, r.error().detail)
                                                         : failure(command, r.error().detail);
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::signalled, &server, [&server](int signo) {
        qCInfo(lcServer).noquote() << QStringLiteral("signal %1: shutting down").arg(signo);
        server.stop();
        QCoreApplication::quit();
    });
    m_out << "listening on " << ListenAddress::format(server.address(), server.port()) << '\n';
    m_out.flush();
    const int code = QCoreApplication::exec();
    server.stop();
    return code == 0 ? Ok : Failed;
}

}  // namespace cd::server
