#pragma once
// SIPp (Debian's sip-tester) as a child process for the SIP tests and the call-setup bench: runs one
// scenario from tests/e2e/sipp/ on free loopback ports, waits for it and keeps its logs. The
// destructor kills a SIPp that is still running, so a failed test never leaves one behind.
// SIPp's exit code: 0 = every call followed the scenario; 1 = at least one call failed.
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUdpSocket>

#include <memory>

class SippProcess
{
public:
    /// `scenario`: file name inside SIPP_SCENARIO_DIR (e.g. "uas_answer.xml").
    explicit SippProcess(QString scenario) : m_scenario(std::move(scenario)) {}
    ~SippProcess() { kill(); }
    SippProcess(const SippProcess &) = delete;
    SippProcess &operator=(const SippProcess &) = delete;

    /// A UDP port on 127.0.0.1 that was free a moment ago. SIPp and liblinphone bind it right after;
    /// two test processes racing for the same port is unlikely enough (the kernel hands them out in
    /// rotation).
    static int freeUdpPort()
    {
        QUdpSocket s;
        if (!s.bind(QHostAddress::LocalHost, 0))
            return 0;
        return s.localPort();
    }

    /// `-key name value` pairs for the scenario's [name] keywords.
    void setKey(const QString &name, const QString &value) { m_keys << QStringLiteral("-key") << name << value; }
    void setRtpEcho(bool on) { m_rtpEcho = on; }
    void setCalls(int calls) { m_calls = calls; }
    /// Client scenarios: where to send the INVITE ("127.0.0.1:5070").
    void setRemote(const QString &hostPort) { m_remote = hostPort; }
    /// SIPp aborts by itself after this many seconds (its -timeout), in case the test hangs.
    void setTimeoutSeconds(int s) { m_timeoutS = s; }

    /// Starts SIPp and returns once it is listening (UAS) or running (UAC).
    bool start()
    {
        if (!m_dir.isValid())
            return false;
        m_port = freeUdpPort();
        m_mediaPort = freeUdpPort();
        if (m_port == 0 || m_mediaPort == 0)
            return false;
        QStringList args{QStringLiteral("-sf"),
                         QStringLiteral(SIPP_SCENARIO_DIR "/") + m_scenario,
                         QStringLiteral("-i"),
                         QStringLiteral("127.0.0.1"),
                         QStringLiteral("-p"),
                         QString::number(m_port),
                         QStringLiteral("-mp"),
                         QString::number(m_mediaPort),
                         QStringLiteral("-nostdin"),
                         QStringLiteral("-timeout"),
                         QStringLiteral("%1s").arg(m_timeoutS),
                         QStringLiteral("-timeout_error"),
                         QStringLiteral("-trace_err"),
                         QStringLiteral("-error_file"),
                         m_dir.filePath(QStringLiteral("errors.log")),
                         QStringLiteral("-trace_msg"),
                         QStringLiteral("-message_file"),
                         m_dir.filePath(QStringLiteral("messages.log"))};
        if (m_calls > 0)
            args << QStringLiteral("-m") << QString::number(m_calls);
        if (m_rtpEcho)
            args << QStringLiteral("-rtp_echo");
        args << m_keys;
        if (!m_remote.isEmpty())
            args << m_remote;
        m_proc = std::make_unique<QProcess>();
        m_proc->setProcessChannelMode(QProcess::MergedChannels);
        m_proc->setWorkingDirectory(m_dir.path());
        m_proc->start(QStringLiteral("sipp"), args);
        if (!m_proc->waitForStarted(10'000))
            return false;
        // SIPp has no "ready" line; its socket is bound a few milliseconds after start. Wait until
        // the SIP port is taken (binding it fails) or SIPp died.
        QDeadlineTimer deadline(5'000);
        while (!deadline.hasExpired() && m_proc->state() == QProcess::Running) {
            QUdpSocket probe;
            if (!probe.bind(QHostAddress::LocalHost, quint16(m_port)))
                return true;
            probe.close();
            m_proc->waitForFinished(20);
        }
        return m_proc->state() == QProcess::Running;
    }

    int port() const { return m_port; }
    int mediaPort() const { return m_mediaPort; }
    QString hostPort() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    QString uri(const QString &user = QStringLiteral("customer")) const
    {
        return QStringLiteral("sip:%1@127.0.0.1:%2").arg(user).arg(m_port);
    }

    /// Waits for SIPp to exit by itself; its exit code, or -1 when it had to be killed/crashed.
    /// Keeps the event loop running meanwhile: the engine under test must still answer SIPp (the
    /// ACK of a 487, the 200 of a NOTIFY) while we wait.
    int waitFinished(int ms = 20'000)
    {
        if (!m_proc)
            return -1;
        QDeadlineTimer deadline(ms);
        while (m_proc->state() != QProcess::NotRunning && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            m_proc->waitForFinished(5);
        }
        if (m_proc->state() != QProcess::NotRunning) {
            kill();
            return -1;
        }
        m_output += m_proc->readAll();
        return m_proc->exitStatus() == QProcess::NormalExit ? m_proc->exitCode() : -1;
    }

    void kill()
    {
        if (m_proc && m_proc->state() != QProcess::NotRunning) {
            m_proc->kill();
            m_proc->waitForFinished(5'000);
        }
    }

    /// Everything SIPp said: its output, unexpected messages and the SIP message trace.
    QString log()
    {
        if (m_proc)
            m_output += m_proc->readAll();
        QString all = QString::fromLocal8Bit(m_output);
        for (const char *name : {"errors.log", "messages.log"}) {
            QFile f(m_dir.filePath(QLatin1String(name)));
            if (f.open(QIODevice::ReadOnly))
                all += QStringLiteral("\n--- %1 ---\n").arg(QLatin1String(name)) + QString::fromUtf8(f.readAll());
        }
        return all;
    }

    /// The SIP message trace only (what SIPp sent and received).
    QString messages()
    {
        QFile f(m_dir.filePath(QStringLiteral("messages.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private:
    QString m_scenario;
    QStringList m_keys;
    QString m_remote;
    bool m_rtpEcho = false;
    int m_calls = 1;
    int m_timeoutS = 45;
    int m_port = 0;
    int m_mediaPort = 0;
    QTemporaryDir m_dir;
    QByteArray m_output;
    std::unique_ptr<QProcess> m_proc;
};
