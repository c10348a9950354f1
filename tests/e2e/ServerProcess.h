#pragma once
// The real collectdesk-server binary as a child process for end-to-end tests: prepares a database
// (init + seed-demo), serves on a fixed loopback port so the client can reconnect to the same
// address after a restart, and can be stopped politely (SIGTERM) or killed (SIGKILL).
// It serves with an around-the-clock compliance policy (`serve --policy`, docs/dev/Compliance.md)
// unless told otherwise: these tests record calls at the wall clock's time, in bulk, and must pass at
// any hour of the day (flags and number statuses still apply).
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include <csignal>

class ServerProcess
{
public:
    explicit ServerProcess(QString dbPath)
        : m_db(QStringLiteral("sqlite:") + dbPath), m_policyFile(dbPath + QStringLiteral(".policy.json"))
    {}
    ~ServerProcess() { kill(); }

    /// Runs a one-shot subcommand; returns its exit code (stderr kept in lastOutput()).
    int run(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(COLLECTDESK_SERVER_BIN), args);
        if (!p.waitForFinished(180'000))
            return -1;
        m_lastOutput = p.readAll();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    bool prepare(int customers, int agents)
    {
        return run({QStringLiteral("init"), QStringLiteral("--db"), m_db}) == 0
            && run({QStringLiteral("seed-demo"), QStringLiteral("--db"), m_db, QStringLiteral("--customers"),
                    QString::number(customers), QStringLiteral("--agents"), QString::number(agents)})
            == 0;
    }

    /// Starts serving; the first start picks a free port, later starts reuse it.
    bool start()
    {
        if (m_port == 0) {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return false;
            m_port = probe.serverPort();
        }
        m_proc = std::make_unique<QProcess>();
        m_proc->setProcessChannelMode(QProcess::MergedChannels);
        QStringList policyArgs;
        if (!m_policy.isEmpty()) {
            QFile f(m_policyFile);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || f.write(QJsonDocument(m_policy).toJson()) < 0)
                return false;
            policyArgs = {QStringLiteral("--policy"), m_policyFile};
        }
        m_proc->start(QStringLiteral(COLLECTDESK_SERVER_BIN),
                      QStringList{QStringLiteral("serve"), QStringLiteral("--db"), m_db,
                                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)}
                          + m_tlsArgs + policyArgs);
        if (!m_proc->waitForStarted(10'000))
            return false;
        QByteArray out;
        QDeadlineTimer deadline(30'000);
        while (!out.contains("listening on") && !deadline.hasExpired()
               && m_proc->state() == QProcess::Running) {
            m_proc->waitForReadyRead(200);
            out += m_proc->readAll();
        }
        m_lastOutput = out;
        return out.contains("listening on");
    }

    /// SIGTERM and wait: the server closes its sessions and its database.
    bool stop()
    {
        if (!m_proc)
            return true;
        m_proc->terminate();
        const bool ok = m_proc->waitForFinished(30'000) && m_proc->exitStatus() == QProcess::NormalExit
            && m_proc->exitCode() == 0;
        m_lastOutput += m_proc->readAll();
        m_proc.reset();
        return ok;
    }

    /// SIGKILL: no chance to finish anything.
    void kill()
    {
        if (!m_proc)
            return;
        ::kill(pid_t(m_proc->processId()), SIGKILL);
        m_proc->waitForFinished(30'000);
        m_proc.reset();
    }

    /// Serve wss with this certificate and key (PEM files).
    void setTls(const QString &certFile, const QString &keyFile)
    {
        m_tlsArgs = {QStringLiteral("--tls-cert"), certFile, QStringLiteral("--tls-key"), keyFile};
    }

    /// The compliance policy JSON to serve with from the next start; empty: the server's default
    /// (08:00-22:00 debtor time, 6 unanswered per number per day...).
    void setPolicy(const QJsonObject &policy) { m_policy = policy; }
    /// Calls at any hour, no caps, third parties at once.
    static QJsonObject aroundTheClock()
    {
        return {{QStringLiteral("windowStart"), QStringLiteral("00:00")},
                {QStringLiteral("windowEnd"), QStringLiteral("24:00")},
                {QStringLiteral("maxUnansweredPerNumberPerDay"), 1'000'000},
                {QStringLiteral("maxConversationsPerDebtorPerDay"), 1'000'000},
                {QStringLiteral("maxAttemptsInRollingWindow"), 0},
                {QStringLiteral("minMinutesAfterConversation"), 0},
                {QStringLiteral("ownFailuresBeforeThirdParty"), 0}};
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(m_tlsArgs.isEmpty() ? "ws" : "wss").arg(m_port));
    }
    QByteArray lastOutput() const { return m_lastOutput; }

private:
    QString m_db;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_proc;
    QByteArray m_lastOutput;
    QStringList m_tlsArgs;
    QString m_policyFile;
    QJsonObject m_policy = aroundTheClock();
};
