// collectdesk-sipcheck: checks a desk's SIP setup with the same engine the workstation uses.
// Registers, places a test call, exercises hold/DTMF/recording, prints every event as one JSON line
// and exits with a code that says what went wrong (docs/admin/SipCheck.md).
#include "LinphoneEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using cd::CallEngine;
using cd::LinphoneEngine;

namespace {

// Exit codes: part of the tool's interface (scripts check them); keep in sync with --help and the
// admin guide.
enum Exit : int {
    Ok = 0,
    Usage = 1,
    EngineStart = 2,
    Registration = 3,
    Busy = 4,
    NoAnswer = 5,
    Declined = 6,
    InvalidNumber = 7,
    CallFailed = 8,
    FeatureFailed = 9,
};

template <typename E> QString key(E value)
{
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(int(value)));
}

void emitLine(QJsonObject o)
{
    o.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

class Check : public QObject
{
public:
    struct Config {
        QString registrar, user, password, call, dtmf, record, playFile;
        LinphoneEngine::Transport transport = LinphoneEngine::Transport::Udp;
        CallEngine::DtmfMode dtmfMode = CallEngine::DtmfMode::Rfc2833;
        bool hold = false;
        int talkMs = 3000;
        int timeoutMs = 30'000;
    };

    Check(Config c, LinphoneEngine::Options o) : m_cfg(std::move(c)), m_engine(std::move(o)) {}

    void run()
    {
        if (!m_engine.start())
            return finish(EngineStart, QStringLiteral("engine did not start: ") + m_engine.lastError());
        m_engine.setDtmfMode(m_cfg.dtmfMode);
        m_engine.setRingTimeoutMs(m_cfg.timeoutMs);
        emitLine({{QStringLiteral("event"), QStringLiteral("started")},
                  {QStringLiteral("sipPort"), m_engine.localSipPort()}});
        connect(&m_engine, &CallEngine::registrationStateChanged, this, &Check::onRegistration);
        connect(&m_engine, &CallEngine::stateChanged, this, &Check::onState);
        connect(&m_engine, &CallEngine::callEnded, this, &Check::onEnded);
        connect(&m_engine, &CallEngine::dtmfSent, this, [](QChar d) {
            emitLine({{QStringLiteral("event"), QStringLiteral("dtmf")}, {QStringLiteral("digit"), QString(d)}});
        });
        connect(&m_engine, &CallEngine::qualityChanged, this, [](const CallEngine::Quality &q) {
            emitLine({{QStringLiteral("event"), QStringLiteral("quality")},
                      {QStringLiteral("jitterMs"), q.jitterMs},
                      {QStringLiteral("lossPercent"), q.lossPercent}});
        });
        connect(&m_engine, &CallEngine::recordingStarted, this, [](const QString &path) {
            emitLine({{QStringLiteral("event"), QStringLiteral("recording")}, {QStringLiteral("file"), path}});
        });
        m_guard.setSingleShot(true);
        if (!m_cfg.registrar.isEmpty()) {
            // The registrar answers in milliseconds or not at all; waiting for the ring timeout is
            // enough for a slow VPN.
            m_guard.callOnTimeout(this, [this] { finish(Registration, QStringLiteral("registration timed out")); });
            m_guard.start(m_cfg.timeoutMs);
            if (!m_engine.registerAccount(m_cfg.registrar, m_cfg.user, m_cfg.password, m_cfg.transport))
                return finish(Registration, m_engine.lastError());
            return;
        }
        placeCall();
    }

    int exitCode() const { return m_exit; }

private:
    void onRegistration(CallEngine::RegistrationState s, const QString &reason)
    {
        QJsonObject o{{QStringLiteral("event"), QStringLiteral("registration")}, {QStringLiteral("state"), key(s)}};
        if (!reason.isEmpty())
            o.insert(QStringLiteral("reason"), reason);
        emitLine(o);
        if (m_registered || m_done)
            return;
        if (s == CallEngine::RegistrationState::Failed)
            return finish(Registration, QStringLiteral("registration failed: ") + reason);
        if (s == CallEngine::RegistrationState::Ok) {
            m_registered = true;
            m_guard.stop();
            if (m_cfg.call.isEmpty())
                return finish(Ok, QStringLiteral("registered"));
            placeCall();
        }
    }

    void placeCall()
    {
        if (!m_cfg.record.isEmpty())
            m_engine.setNextRecordFile(m_cfg.record);
        if (!m_engine.dial(m_cfg.call))
            return finish(CallFailed, QStringLiteral("cannot call ") + m_cfg.call);
        // No answer at all (not even a 100 Trying) is liblinphone's 32 s transaction timeout; cap the
        // whole set-up at the no-answer timeout plus that.
        m_guard.disconnect();
        m_guard.callOnTimeout(this, [this] {
            m_failure = {CallFailed, QStringLiteral("call set-up timed out")};
            m_engine.hangup();
        });
        m_guard.start(m_cfg.timeoutMs + 35'000);
    }

    void onState(CallEngine::CallState s)
    {
        emitLine({{QStringLiteral("event"), QStringLiteral("state")}, {QStringLiteral("state"), key(s)}});
        if (s == CallEngine::CallState::Connected && !m_connected) {
            m_connected = true;
            m_guard.stop();
            QTimer::singleShot(m_cfg.talkMs, this, [this] { m_engine.hangup(); });
            QTimer::singleShot(300, this, [this] { m_cfg.hold ? holdStep() : dtmfStep(); });
        } else if (s == CallEngine::CallState::OnHold && m_holdPhase == 1) {
            m_holdPhase = 2;
            QTimer::singleShot(300, this, [this] { m_engine.setHold(false); });
        } else if (s == CallEngine::CallState::Connected && m_holdPhase == 2) {
            m_holdPhase = 3;
            dtmfStep();
        }
    }

    void holdStep()
    {
        if (m_engine.state() != CallEngine::CallState::Connected)
            return;
        m_holdPhase = 1;
        m_engine.setHold(true);
        QTimer::singleShot(5000, this, [this] {
            if (m_holdPhase != 3 && m_engine.inCall()) {
                m_failure = {FeatureFailed, QStringLiteral("hold/resume did not complete within 5 s")};
                m_engine.hangup();
            }
        });
    }

    void dtmfStep()
    {
        if (m_dtmfIndex >= m_cfg.dtmf.size() || m_engine.state() != CallEngine::CallState::Connected)
            return;
        const QChar d = m_cfg.dtmf.at(m_dtmfIndex++);
        if (!m_engine.sendDtmf(d)) {
            m_failure = {FeatureFailed, QStringLiteral("DTMF digit '%1' refused").arg(d)};
            m_engine.hangup();
            return;
        }
        QTimer::singleShot(250, this, [this] { dtmfStep(); });
    }

    void onEnded(CallEngine::EndReason reason)
    {
        emitLine({{QStringLiteral("event"), QStringLiteral("ended")}, {QStringLiteral("reason"), key(reason)}});
        if (m_failure.first != Ok)
            return finish(m_failure.first, m_failure.second);
        switch (reason) {
        case CallEngine::EndReason::Busy: return finish(Busy, QStringLiteral("busy"));
        case CallEngine::EndReason::NoAnswer: return finish(NoAnswer, QStringLiteral("no answer"));
        case CallEngine::EndReason::Declined: return finish(Declined, QStringLiteral("declined"));
        case CallEngine::EndReason::InvalidNumber: return finish(InvalidNumber, QStringLiteral("invalid number"));
        default: break;
        }
        if (!m_connected)
            return finish(CallFailed, QStringLiteral("call failed before it connected (%1)").arg(key(reason)));
        if (m_cfg.hold && m_holdPhase != 3)
            return finish(FeatureFailed, QStringLiteral("call ended before hold/resume completed"));
        if (m_dtmfIndex < m_cfg.dtmf.size())
            return finish(FeatureFailed, QStringLiteral("call ended before all DTMF digits were sent"));
        if (!m_cfg.record.isEmpty()) {
            // Give liblinphone's recorder a moment to close the file.
            QTimer::singleShot(300, this, [this] {
                const QFileInfo fi(m_engine.recordingPath());
                if (!fi.exists() || fi.size() <= 44)
                    return finish(FeatureFailed, QStringLiteral("recording missing or empty: ") + fi.filePath());
                finish(Ok, QStringLiteral("call connected and ended cleanly"));
            });
            return;
        }
        finish(Ok, QStringLiteral("call connected and ended cleanly"));
    }

    void finish(int code, const QString &reason)
    {
        if (m_done)
            return;
        m_done = true;
        m_exit = code;
        emitLine({{QStringLiteral("event"), QStringLiteral("result")},
                  {QStringLiteral("ok"), code == Ok},
                  {QStringLiteral("exitCode"), code},
                  {QStringLiteral("reason"), reason}});
        if (code != Ok)
            std::fprintf(stderr, "sipcheck: FAILED (%d): %s\n", code, reason.toLocal8Bit().constData());
        // Let the un-REGISTER and any BYE go out before the core stops.
        m_engine.unregisterAccount();
        QTimer::singleShot(200, qApp, [code] { QCoreApplication::exit(code); });
    }

    Config m_cfg;
    LinphoneEngine m_engine;
    QTimer m_guard;
    bool m_registered = false;
    bool m_connected = false;
    bool m_done = false;
    int m_holdPhase = 0;  ///< 1 hold requested, 2 held + resume requested, 3 resumed
    int m_dtmfIndex = 0;
    int m_exit = Ok;
    QPair<int, QString> m_failure{Ok, QString()};
};

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("collectdesk-sipcheck"));
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "sipcheck",
        "Checks a desk's SIP setup: registers, places a test call and reports each step as a JSON line.\n\n"
        "Exit codes: 0 ok (registered, or the call connected and ended cleanly); 1 usage error; "
        "2 the SIP engine did not start (address/port in use); 3 registration failed or timed out; "
        "4 busy; 5 no answer; 6 declined; 7 invalid number; 8 call failed (network, server error, "
        "no response); 9 the call connected but hold/resume, DTMF or recording failed."));
    p.addHelpOption();
    const QCommandLineOption registrar(QStringLiteral("registrar"),
                                       QCoreApplication::translate("sipcheck", "Registrar URI, e.g. sip:pbx.example.com."),
                                       QStringLiteral("uri"));
    const QCommandLineOption user(QStringLiteral("user"), QCoreApplication::translate("sipcheck", "SIP user name."),
                                  QStringLiteral("user"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        QCoreApplication::translate("sipcheck", "File whose first line is the SIP password."), QStringLiteral("file"));
    const QCommandLineOption transport(QStringLiteral("transport"),
                                       QCoreApplication::translate("sipcheck", "udp (default), tcp or tls."),
                                       QStringLiteral("transport"), QStringLiteral("udp"));
    const QCommandLineOption call(QStringLiteral("call"), QCoreApplication::translate("sipcheck", "SIP URI to call."),
                                  QStringLiteral("sip-uri"));
    const QCommandLineOption talk(QStringLiteral("talk"),
                                  QCoreApplication::translate("sipcheck", "Seconds to stay connected (default 3)."),
                                  QStringLiteral("seconds"), QStringLiteral("3"));
    const QCommandLineOption hold(QStringLiteral("hold"),
                                  QCoreApplication::translate("sipcheck", "Put the call on hold and resume it."));
    const QCommandLineOption dtmf(QStringLiteral("dtmf"),
                                  QCoreApplication::translate("sipcheck", "DTMF digits to send once connected."),
                                  QStringLiteral("digits"));
    const QCommandLineOption dtmfMode(QStringLiteral("dtmf-mode"),
                                      QCoreApplication::translate("sipcheck", "rfc2833 (default) or info."),
                                      QStringLiteral("mode"), QStringLiteral("rfc2833"));
    const QCommandLineOption record(QStringLiteral("record"),
                                    QCoreApplication::translate("sipcheck", "Record the call to this WAV file."),
                                    QStringLiteral("file"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        QCoreApplication::translate("sipcheck", "No-answer (and registration) timeout in seconds (default 30)."),
        QStringLiteral("seconds"), QStringLiteral("30"));
    const QCommandLineOption bind(QStringLiteral("bind"),
                                  QCoreApplication::translate("sipcheck", "Local address and SIP port (default 0.0.0.0:0, random port)."),
                                  QStringLiteral("host:port"));
    const QCommandLineOption playFile(
        QStringLiteral("play-file"),
        QCoreApplication::translate("sipcheck", "Headless: send this WAV instead of the microphone (no sound card used)."),
        QStringLiteral("wav"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QCoreApplication::translate("sipcheck", "Also print liblinphone's and the engine's logs (stderr)."));
    p.addOptions({registrar, user, passwordFile, transport, call, talk, hold, dtmf, dtmfMode, record, timeout, bind,
                  playFile, verbose});
    p.process(app);

    auto usage = [](const QString &message) {
        std::fprintf(stderr, "sipcheck: %s\n", message.toLocal8Bit().constData());
        emitLine({{QStringLiteral("event"), QStringLiteral("result")},
                  {QStringLiteral("ok"), false},
                  {QStringLiteral("exitCode"), int(Usage)},
                  {QStringLiteral("reason"), message}});
        return int(Usage);
    };

    Check::Config cfg;
    cfg.call = p.value(call);
    cfg.registrar = p.value(registrar);
    cfg.user = p.value(user);
    if (cfg.registrar.isEmpty() && cfg.call.isEmpty())
        return usage(QCoreApplication::translate("sipcheck", "give --registrar (with --user, --password-file) and/or --call"));
    if (!cfg.registrar.isEmpty()) {
        if (cfg.user.isEmpty() || !p.isSet(passwordFile))
            return usage(QCoreApplication::translate("sipcheck", "--registrar needs --user and --password-file"));
        QFile f(p.value(passwordFile));
        if (!f.open(QIODevice::ReadOnly))
            return usage(QCoreApplication::translate("sipcheck", "cannot read the password file %1").arg(f.fileName()));
        if (f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
            std::fprintf(stderr, "sipcheck: warning: %s is readable by other users (chmod 600 it)\n",
                         qPrintable(f.fileName()));
        cfg.password = QString::fromUtf8(f.readLine()).trimmed();
    }
    const QString t = p.value(transport).toLower();
    if (t == QLatin1String("tcp"))
        cfg.transport = LinphoneEngine::Transport::Tcp;
    else if (t == QLatin1String("tls"))
        cfg.transport = LinphoneEngine::Transport::Tls;
    else if (t != QLatin1String("udp"))
        return usage(QCoreApplication::translate("sipcheck", "--transport must be udp, tcp or tls"));
    const QString m = p.value(dtmfMode).toLower();
    if (m == QLatin1String("info"))
        cfg.dtmfMode = CallEngine::DtmfMode::SipInfo;
    else if (m != QLatin1String("rfc2833"))
        return usage(QCoreApplication::translate("sipcheck", "--dtmf-mode must be rfc2833 or info"));
    bool ok = false;
    cfg.talkMs = int(p.value(talk).toDouble(&ok) * 1000);
    if (!ok || cfg.talkMs < 0)
        return usage(QCoreApplication::translate("sipcheck", "--talk must be a number of seconds"));
    cfg.timeoutMs = int(p.value(timeout).toDouble(&ok) * 1000);
    if (!ok || cfg.timeoutMs <= 0)
        return usage(QCoreApplication::translate("sipcheck", "--timeout must be a positive number of seconds"));
    cfg.hold = p.isSet(hold);
    cfg.dtmf = p.value(dtmf);
    for (const QChar d : cfg.dtmf) {
        if (!QStringLiteral("0123456789*#ABCD").contains(d))
            return usage(QCoreApplication::translate("sipcheck", "invalid DTMF digit '%1'").arg(d));
    }
    if ((cfg.hold || !cfg.dtmf.isEmpty() || p.isSet(record)) && cfg.call.isEmpty())
        return usage(QCoreApplication::translate("sipcheck", "--hold, --dtmf and --record need --call"));
    cfg.record = p.isSet(record) ? QFileInfo(p.value(record)).absoluteFilePath() : QString();

    QTemporaryDir work;
    if (!work.isValid())
        return usage(QCoreApplication::translate("sipcheck", "cannot create a temporary directory"));
    LinphoneEngine::Options o;
    o.baseDir = work.path();
    o.iterateIntervalMs = 10;
    o.ringTimeoutMs = cfg.timeoutMs;
    if (p.isSet(bind)) {
        const QString b = p.value(bind);
        const int colon = b.lastIndexOf(QLatin1Char(':'));
        const int port = colon > 0 ? b.mid(colon + 1).toInt(&ok) : 0;
        if (colon <= 0 || !ok || port < 0 || port > 65535)
            return usage(QCoreApplication::translate("sipcheck", "--bind must be HOST:PORT"));
        o.bindAddress = b.left(colon);
        o.sipPort = port;
    }
    if (p.isSet(playFile)) {
        if (!QFileInfo::exists(p.value(playFile)))
            return usage(QCoreApplication::translate("sipcheck", "no such file: %1").arg(p.value(playFile)));
        o.useFiles = true;
        o.playFile = QFileInfo(p.value(playFile)).absoluteFilePath();
    }

    o.liblinphoneLog = p.isSet(verbose);
    if (!o.liblinphoneLog)
        QLoggingCategory::setFilterRules(QStringLiteral("collectdesk.*.debug=false\ncollectdesk.*.info=false"));

    Check check(cfg, o);
    QTimer::singleShot(0, &check, [&check] { check.run(); });
    return app.exec();
}
