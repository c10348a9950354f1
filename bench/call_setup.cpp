// Dial → Connected through LinphoneEngine against a SIPp UAS on loopback, next to a same-run baseline:
// a plain linphone++ Core set up the same way (bind addresses, files mode, same iterate interval),
// driven by the same kind of QTimer. The ratio is what LinphoneEngine's bookkeeping costs on top of
// liblinphone. Usage: call_setup [--calls N] [--interval MS]. Last line: one JSON object.
#include <linphone++/linphone.hh>

#include "LinphoneEngine.h"
#include "SippProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <cstdio>

namespace {

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[qMin(v.size() - 1, qsizetype(p * double(v.size())))];
}

// Runs the event loop until `done` is true or `ms` passed.
bool spin(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 1);
    return done();
}

bool writeSilence(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const QByteArray pcm(16000, '\0');
    QByteArray h("RIFF");
    auto le32 = [&h](quint32 v) {
        for (int i = 0; i < 4; ++i)
            h.append(char((v >> (8 * i)) & 0xff));
    };
    auto le16 = [&h](quint16 v) { h.append(char(v & 0xff)).append(char(v >> 8)); };
    le32(36 + quint32(pcm.size()));
    h.append("WAVEfmt ");
    le32(16);
    le16(1);
    le16(1);
    le32(8000);
    le32(16000);
    le16(2);
    le16(16);
    h.append("data");
    le32(quint32(pcm.size()));
    return f.write(h + pcm) == h.size() + pcm.size();
}

struct RawListener : linphone::CoreListener {
    linphone::Call::State last = linphone::Call::State::Idle;
    bool connected = false;
    bool released = false;
    void onCallStateChanged(const std::shared_ptr<linphone::Core> &, const std::shared_ptr<linphone::Call> &,
                            linphone::Call::State state, const std::string &) override
    {
        last = state;
        if (state == linphone::Call::State::Connected)
            connected = true;
        if (state == linphone::Call::State::Released || state == linphone::Call::State::Error)
            released = true;
    }
};

// The baseline: what LinphoneEngine::start() does, without the engine.
QList<double> runRaw(const QString &base, const QString &wav, const QString &uri, int calls, int intervalMs)
{
    QList<double> out;
    for (const char *sub : {"config", "data", "download", "msplugins"})
        QDir().mkpath(base + QLatin1Char('/') + QLatin1String(sub));
    const QString rc = base + QStringLiteral("/config/linphonerc");
    QFile f(rc);
    if (!f.open(QIODevice::WriteOnly))
        return out;
    f.write("[sip]\nbind_address=127.0.0.1\nsip_port=-1\nsip_tcp_port=-1\nsip_tls_port=0\nipv6=0\n"
            "[rtp]\nbind_address=127.0.0.1\naudio_rtp_port=-1\nvideo_rtp_port=-1\n"
            "[video]\nenabled=0\ncapture=0\ndisplay=0\n[sound]\nechocancellation=0\n");
    f.close();
    auto factory = linphone::Factory::get();
    factory->setConfigDir(QString(base + QStringLiteral("/config/")).toStdString());
    factory->setDataDir(QString(base + QStringLiteral("/data/")).toStdString());
    factory->setDownloadDir(QString(base + QStringLiteral("/download/")).toStdString());
    factory->setMspluginsDir(QString(base + QStringLiteral("/msplugins/")).toStdString());
    auto core = factory->createCore(rc.toStdString(), "", nullptr);
    auto listener = std::make_shared<RawListener>();
    core->addListener(listener);
    core->enableIpv6(false);
    core->setUseFiles(true);
    core->setPlayFile(wav.toStdString());
    core->setRecordFile(QString(base + QStringLiteral("/data/received.wav")).toStdString());
    core->start();
    QTimer iterate;
    iterate.setTimerType(Qt::PreciseTimer);
    QObject::connect(&iterate, &QTimer::timeout, [core] { core->iterate(); });
    iterate.start(intervalMs);
    auto address = factory->createAddress(uri.toStdString());
    for (int i = 0; i < calls; ++i) {
        listener->connected = listener->released = false;
        QElapsedTimer t;
        t.start();
        auto params = core->createCallParams(nullptr);
        params->enableVideo(false);
        auto call = core->inviteAddressWithParams(address, params);
        if (!call || !spin([&] { return listener->connected || listener->released; }, 10'000) || !listener->connected)
            break;
        out << double(t.nsecsElapsed()) / 1e6;
        call->terminate();
        spin([&] { return listener->released; }, 10'000);
        spin([] { return false; }, 50);
    }
    iterate.stop();
    core->removeListener(listener);
    core->stop();
    return out;
}

QList<double> runEngine(const QString &base, const QString &wav, const QString &uri, int calls, int intervalMs)
{
    QList<double> out;
    cd::LinphoneEngine::Options o;
    o.baseDir = base;
    o.bindAddress = QStringLiteral("127.0.0.1");
    o.iterateIntervalMs = intervalMs;
    o.useFiles = true;
    o.playFile = wav;
    cd::LinphoneEngine engine(o);
    if (!engine.start())
        return out;
    for (int i = 0; i < calls; ++i) {
        QElapsedTimer t;
        t.start();
        if (!engine.dial(uri))
            break;
        if (!spin([&] { return engine.state() == cd::CallEngine::CallState::Connected || !engine.inCall(); }, 10'000)
            || engine.state() != cd::CallEngine::CallState::Connected)
            break;
        out << double(t.nsecsElapsed()) / 1e6;
        engine.hangup();
        spin([&] { return !engine.inCall(); }, 10'000);
        spin([] { return false; }, 50);
    }
    return out;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption callsOpt(QStringLiteral("calls"), QStringLiteral("Calls per run (default 20)."),
                                      QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption intervalOpt(QStringLiteral("interval"),
                                         QStringLiteral("iterate() interval in ms for both (default 5)."),
                                         QStringLiteral("ms"), QStringLiteral("5"));
    p.addOptions({callsOpt, intervalOpt});
    p.process(app);
    const int calls = qMax(1, p.value(callsOpt).toInt());
    const int interval = qMax(1, p.value(intervalOpt).toInt());

    QTemporaryDir dir;
    qputenv("XDG_RUNTIME_DIR", dir.path().toUtf8());
    QLoggingCategory::setFilterRules(QStringLiteral("collectdesk.*.debug=false\ncollectdesk.*.info=false"));
    const QString wav = dir.filePath(QStringLiteral("silence.wav"));
    if (!writeSilence(wav))
        return 1;
    SippProcess sipp(QStringLiteral("uas_answer.xml"));
    sipp.setCalls(0);  // as many as we place
    sipp.setTimeoutSeconds(600);
    if (!sipp.start()) {
        std::fprintf(stderr, "sipp did not start\n");
        return 1;
    }
    linphone::LoggingService::get()->setLogLevel(linphone::LogLevel::Fatal);

    const QList<double> raw = runRaw(dir.filePath(QStringLiteral("raw")), wav, sipp.uri(), calls, interval);
    const QList<double> eng = runEngine(dir.filePath(QStringLiteral("engine")), wav, sipp.uri(), calls, interval);
    sipp.kill();
    if (raw.size() != calls || eng.size() != calls) {
        std::fprintf(stderr, "incomplete: raw %d/%d, engine %d/%d calls connected\n", int(raw.size()), calls,
                     int(eng.size()), calls);
        return 1;
    }
    const double mRaw = median(raw);
    const double mEng = median(eng);
    const double ratio = mRaw > 0 ? mEng / mRaw : 0;
    std::printf("dial -> Connected, %d calls each, iterate every %d ms, SIPp UAS on loopback\n", calls, interval);
    std::printf("  raw liblinphone core : median %.1f ms, p90 %.1f ms\n", mRaw, percentile(raw, 0.9));
    std::printf("  LinphoneEngine       : median %.1f ms, p90 %.1f ms\n", mEng, percentile(eng, 0.9));
    std::printf("  ratio engine/raw     : %.2f\n", ratio);
    const QJsonObject json{{QStringLiteral("bench"), QStringLiteral("call_setup")},
                           {QStringLiteral("calls"), calls},
                           {QStringLiteral("intervalMs"), interval},
                           {QStringLiteral("engineMedianMs"), qRound(mEng * 10) / 10.0},
                           {QStringLiteral("rawMedianMs"), qRound(mRaw * 10) / 10.0},
                           {QStringLiteral("engineP90Ms"), qRound(percentile(eng, 0.9) * 10) / 10.0},
                           {QStringLiteral("rawP90Ms"), qRound(percentile(raw, 0.9) * 10) / 10.0},
                           {QStringLiteral("ratio"), qRound(ratio * 100) / 100.0}};
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return 0;
}
