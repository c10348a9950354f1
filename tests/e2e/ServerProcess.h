#pragma once
// The real collectdesk-server binary as a child process for end-to-end tests: prepares a database
// (init + seed-demo), serves on a fixed loopback port so the client can reconnect to the same
// address after a restart, and can be stopped politely (SIGTERM) or killed (SIGKILL).
#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include <csignal>

class ServerProcess
{
public:
    explicit ServerProcess(QString dbPath) : m_db(QStringLiteral("sqlite:") + dbPath) {}
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
        m_proc->start(QStringLiteral(COLLECTDESK_SERVER_BIN),
                      QStringList{QStringLiteral("serve"), QStringLiteral("--db"), m_db, QStringLiteral("--listen"),
                                  QStringLiteral("127.0.0.1:%1").arg(m_port)}
                          + m_tlsArgs);
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
};
