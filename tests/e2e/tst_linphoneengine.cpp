// LinphoneEngine against SIPp on loopback: every call flow the call bar relies on, checked on both
// sides (the engine's states and end reasons; SIPp's scenario checks what went over the wire).
// Each test starts its own engine and SIPp on free ports, so ctest can run them in parallel.
#include "LinphoneEngine.h"
#include "SippProcess.h"

#include <QDataStream>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkDatagram>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <QtEndian>
#include <QtMath>

using cd::CallEngine;
using cd::LinphoneEngine;
using State = CallEngine::CallState;
using Reason = CallEngine::EndReason;

namespace {

// 8 kHz mono 16-bit PCM WAV: a 440 Hz tone, what files mode sends instead of a microphone.
bool writeTone(const QString &path, int seconds)
{
    const int rate = 8000;
    const int samples = rate * seconds;
    QByteArray pcm;
    pcm.reserve(samples * 2);
    for (int i = 0; i < samples; ++i) {
        const qint16 v = qint16(12000 * qSin(2 * M_PI * 440.0 * i / rate));
        pcm.append(char(v & 0xff)).append(char((v >> 8) & 0xff));
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&f);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData("RIFF", 4);
    out << quint32(36 + pcm.size());
    out.writeRawData("WAVEfmt ", 8);
    out << quint32(16) << quint16(1) << quint16(1) << quint32(rate) << quint32(rate * 2) << quint16(2) << quint16(16);
    out.writeRawData("data", 4);
    out << quint32(pcm.size());
    out.writeRawData(pcm.constData(), int(pcm.size()));
    return f.error() == QFile::NoError;
}

struct WavInfo {
    bool riff = false;
    int channels = 0;
    int rate = 0;
    int bits = 0;
    qint64 samples = 0;
    int peak = 0;  ///< largest absolute sample value
};

WavInfo readWav(const QString &path)
{
    WavInfo w;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return w;
    const QByteArray all = f.readAll();
    if (all.size() < 12 || !all.startsWith("RIFF") || all.mid(8, 4) != "WAVE")
        return w;
    w.riff = true;
    int pos = 12;
    while (pos + 8 <= all.size()) {
        const QByteArray id = all.mid(pos, 4);
        const quint32 len = qFromLittleEndian<quint32>(all.constData() + pos + 4);
        const char *body = all.constData() + pos + 8;
        if (id == "fmt " && len >= 16) {
            w.channels = qFromLittleEndian<quint16>(body + 2);
            w.rate = int(qFromLittleEndian<quint32>(body + 4));
            w.bits = qFromLittleEndian<quint16>(body + 14);
        } else if (id == "data") {
            // liblinphone may leave the data length at 0 or at its final value; use what is there.
            const qint64 bytes = qMin<qint64>(all.size() - (pos + 8), len ? qint64(len) : all.size());
            w.samples = bytes / 2;
            for (qint64 i = 0; i + 1 < bytes; i += 2)
                w.peak = qMax(w.peak, qAbs(int(qFromLittleEndian<qint16>(body + i))));
            break;
        }
        pos += 8 + int(len) + int(len & 1);
    }
    return w;
}

// States can last a few milliseconds; record every one instead of polling.
struct StateLog {
    explicit StateLog(CallEngine &e)
    {
        QObject::connect(&e, &CallEngine::stateChanged, &e, [this](State s) { states << s; });
    }
    bool waitFor(State s, int ms = 10'000)
    {
        QDeadlineTimer deadline(ms);
        while (!states.contains(s) && !deadline.hasExpired())
            QTest::qWait(5);
        return states.contains(s);
    }
    QList<State> states;
};

}  // namespace

class TestLinphoneEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tone;
    int m_engineNo = 0;

    std::unique_ptr<LinphoneEngine> makeEngine(int sipPort = 0)
    {
        LinphoneEngine::Options o;
        o.baseDir = m_dir.filePath(QStringLiteral("engine%1").arg(++m_engineNo));
        o.bindAddress = QStringLiteral("127.0.0.1");
        o.sipPort = sipPort;
        o.iterateIntervalMs = 5;
        o.useFiles = true;
        o.playFile = m_tone;
        o.qualityIntervalMs = 200;
        o.liblinphoneLog = qEnvironmentVariableIsSet("CD_SIP_VERBOSE");
        auto e = std::make_unique<LinphoneEngine>(o);
        if (!e->start())
            qWarning() << "engine did not start:" << e->lastError();
        return e;
    }

    static bool waitEnded(CallEngine &e, int ms = 15'000)
    {
        QSignalSpy spy(&e, &CallEngine::callEnded);
        return e.state() == State::Ended || spy.wait(ms);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // libpulse and liblinphone write under XDG_RUNTIME_DIR / $HOME otherwise.
        qputenv("XDG_RUNTIME_DIR", m_dir.path().toUtf8());
        m_tone = m_dir.filePath(QStringLiteral("tone.wav"));
        QVERIFY(writeTone(m_tone, 5));
        QVERIFY2(QStandardPaths::findExecutable(QStringLiteral("sipp")).size() > 0, "sipp (sip-tester) not installed");
    }

    void answeredRemoteBye()
    {
        SippProcess sipp(QStringLiteral("uas_remote_bye.xml"));
        QVERIFY(sipp.start());
        auto e = makeEngine();
        StateLog log(*e);
        QVERIFY(e->dial(sipp.uri()));
        QVERIFY(waitEnded(*e));
        QCOMPARE(e->endReason(), Reason::RemoteHangup);
        QCOMPARE(log.states, (QList<State>{State::Dialing, State::Ringing, State::Connected, State::Ended}));
        QVERIFY(e->answeredAt().isValid());
        QVERIFY(e->answeredAt() <= e->endedAt());
        QVERIFY2(sipp.waitFinished() == 0, qPrintable(sipp.log()));
    }

    void localHangup()
    {
        SippProcess sipp(QStringLiteral("uas_answer.xml"));
        QVERIFY(sipp.start());
        auto e = makeEngine();
        StateLog log(*e);
        QVERIFY(e->dial(sipp.uri()));
        QVERIFY(log.waitFor(State::Connected));
        QVERIFY(!e->dial(sipp.uri()));  // one call at a time
        e->hangup();
        QVERIFY(waitEnded(*e));
        QCOMPARE(e->endReason(), Reason::LocalHangup);
        QVERIFY2(sipp.waitFinished() == 0, qPrintable(sipp.log()));
        QVERIFY(sipp.messages().contains(QStringLiteral("BYE sip:")));
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<Reason>("reason");
        QTest::newRow("486") << "486" << "Busy Here" << Reason::Busy;
        QTest::newRow("480") << "480" << "Temporarily Unavailable" << Reason::NoAnswer;
        QTest::newRow("404") << "404" << "Not Found" << Reason::InvalidNumber;
        QTest::newRow("603") << "603" << "Decline" << Reason::Declined;
    }

    void rejected()
    {
        QFETCH(QString, code);
        QFETCH(QString, phrase);
        QFETCH(Reason, reason);
        SippProcess sipp(QStringLiteral("uas_reject_%1.xml").arg(code));
        QVERIFY(sipp.start());
        auto e = makeEngine();
        StateLog log(*e);
        QSignalSpy ended(e.get(), &CallEngine::callEnded);
        QVERIFY(e->dial(sipp.uri()));
        QVERIFY(waitEnded(*e));
        QCOMPARE(e->endReason(), reason);
        QVERIFY(!e->answeredAt().isValid());
        QVERIFY(!log.states.contains(State::Connected));
        QTest::qWait(100);  // a late Released must not report the end twice
        QCOMPARE(ended.count(), 1);
        QVERIFY2(sipp.waitFinished() == 0, qPrintable(sipp.log()));
    }

    void unreachableIsFailed()
    {
        // Nobody listens on the port: ICMP port unreachable, liblinphone reports a transport error.
        auto e = makeEngine();
        QVERIFY(e->dial(QStringLiteral("sip:nobody@127.0.0.1:%1").arg(SippProcess::freeUdpPort())));
        QVERIFY(waitEnded(*e, 40'000));
        QCOMPARE(e->endReason(), Reason::Failed);
    }

    void noAnswerTimeoutSendsCancel()
    {
        SippProcess sipp(QStringLiteral("uas_ring_forever.xml"));
        QVERIFY(sipp.start());
        auto e = makeEngine();
        e->setRingTimeoutMs(1'500);
        StateLog log(*e);
        QElapsedTimer t;
        t.start();
        QVERIFY(e->dial(sipp.uri()));
        QVERIFY(log.waitFor(State::Ringing));
        QVERIFY(waitEnded(*e));
        QCOMPARE(e->endReason(), Reason::NoAnswer);
        QVERIFY2(t.elapsed() >= 1'400 && t.elapsed() < 8'000, qPrintable(QString::number(t.elapsed())));
        QVERIFY2(sipp.waitFinished() == 0, qPrintable(sipp.log()));  // the scenario requires the CANCEL
        QVERIFY(sipp.messages().contains(QStringLiteral("CANCEL sip:")));
    }

    void holdResume()
    {
        SippProcess sipp(QStringLiteral("uas_hold.xml"));
        QVERIFY(sipp.start());
        auto e = makeEngine();
        StateLog log(*e);
        QVERIFY(e->dial(sipp.uri()));
        QVERIFY(log.waitFor(State::Connected));
        const QDateTime answered = e->answeredAt();
        e->setHold(true);
        QVERIFY(log.waitFor(State::OnHold));
        QVERIFY(!e->sendDtmf(QLatin1Char('1')));  // no DTMF while on hold
        QTest::qWait(300);
        log.states.clear();
        e->setHold(false);
        QVERIFY(log.waitFor(State::Connected));
        QCOMPARE(e->answeredAt(), answered);  // resuming does not restart the talk time
        e->hangup();
        QVERIFY(waitEnded(*e));
        QCOMPARE(e->endReason(), Reason::LocalHangup);
        QVERIFY2(sipp.waitFinished() == 0, qPrintable(sipp.log()));
    }

    void dtmfRfc2833()
    {
        // SIPp's answer points the audio at our socket: we see exactly what liblinphone sends.
        QUdpSocket rtp;
        QVERIFY(rtp.bind(QHostAddress::LocalHost, 0));
        SippProcess sipp(QStringLiteral("uas_rtp_to_test.xml"));
        sipp.setKey(QStringLiteral("rtp_port"), QString::number(rtp.localPort()));
        QVERIFY(sipp.start());
        auto e = makeEngine();
        e->setDtmfMode(CallEngine::DtmfMode::Rfc2833);
        StateLog log(*e);
        QSignalSpy sent(e.get(), &CallEngine::dtmfSent);
        QVERIFY(e->dial(sipp.uri()));
        QVERIFY(log.waitFor(State::Connected));
        QVERIFY(!e->sendDtmf(QLatin1Char('x')));
        QVERIFY(e->sendDtmf(QLatin1Char('7')));
        QTest::qWait(400);
        QVERIFY(e->sendDtmf(QLatin1Char('#')));
        QCOMPARE(sent.count(), 2);
        QSet<int> events;
        int audio = 0;
        QDeadlineTimer deadline(3'000);
        while (!deadline.hasExpired() && !(events.contains(7) && events.contains(11))) {
            QTest::qWait(20);
            while (rtp.hasPendingDatagrams()) {
                const QByteArray p = rtp.receiveDatagram().data();
                if (p.size() < 12)
                    continue;
                const int pt = quint8(p[1]) & 0x7f;
                if (pt == 0)
                    ++audio;
                else if (pt >= 96 && p.size() >= 16)
                    events << int(quint8(p[12]));  // RFC 4733: first payload byte = event (# = 11)
            }
        }
        QVERIFY2(audio > 0, "no PCMU audio reached the far end");
        QVERIFY2(events.contains(7) && events.contains(11), qPrintable(QStringLiteral("events seen: %1").arg(events.size())));
        e->hangup();
        QVERIFY(waitEnded(*e));
        QVERIFY2(sipp.waitFinished() == 0, qPrintable(sipp.log()));
        QVERIFY(!sipp.messages().contains(QStringLiteral("INFO sip:")));
    }

    void dtmfSipInfo()
    {
        SippProcess sipp(QStringLiteral("uas_dtmf_info.xml"));
        QVERIFY(sipp.start());
        // Set before start(): liblinphone would ignore it there; the engine re-applies it.
        LinphoneEngine::Options o;
        o.baseDir = m_dir.filePath(QStringLiteral("engine-info"));
        o.bindAddress = QStringLiteral("127.0.0.1");
        o.iterateIntervalMs = 5;
        o.useFiles = true;
        o.playFile = m_tone;
        LinphoneEngine e(o);
        e.setDtmfMode(CallEngine::DtmfMode::SipInfo);
        QVERIFY(e.start());
        QCOMPARE(e.dtmfMode(), CallEngine::DtmfMode::SipInfo);
        StateLog log(e);
        QVERIFY(e.dial(sipp.uri()));
        QVERIFY(log.waitFor(State::Connected));
        QVERIFY(e.sendDtmf(QLatin1Char('5')));
        QTest::qWait(300);
        QVERIFY(e.sendDtmf(QLatin1Char('#')));
        QTest::qWait(500);
        e.hangup();
        QVERIFY(waitEnded(e));
        QVERIFY2(sipp.waitFinished() == 0, qPrintable(sipp.log()));  // both INFOs with the right digits
    }

    void registerWithDigest_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<CallEngine::RegistrationState>("expected");
        QTest::newRow("right_password") << "s3cret" << CallEngine::RegistrationState::Ok;
        QTest::newRow("wrong_password") << "guess" << CallEngine::RegistrationState::Failed;
    }

    void registerWithDigest()
    {
        QFETCH(QString, password);
        QFETCH(CallEngine::RegistrationState, expected);
        SippProcess sipp(QStringLiteral("uas_register_auth.xml"));
        sipp.setKey(QStringLiteral("auth_user"), QStringLiteral("agent007"));
        sipp.setKey(QStringLiteral("auth_pass"), QStringLiteral("s3cret"));
        QVERIFY(sipp.start());
        auto e = makeEngine();
        QSignalSpy reg(e.get(), &CallEngine::registrationStateChanged);
        QVERIFY(e->registerAccount(QStringLiteral("sip:127.0.0.1:%1").arg(sipp.port()), QStringLiteral("agent007"),
                                   password));
        QTRY_VERIFY_WITH_TIMEOUT(e->registrationState() == CallEngine::RegistrationState::Ok
                                     || e->registrationState() == CallEngine::RegistrationState::Failed,
                                 10'000);
        QCOMPARE(e->registrationState(), expected);
        QVERIFY(reg.count() >= 2);  // Progress first
        QCOMPARE(reg.first().at(0).value<CallEngine::RegistrationState>(), CallEngine::RegistrationState::Progress);
        if (expected == CallEngine::RegistrationState::Failed)
            QVERIFY2(e->registrationReason().contains(QStringLiteral("403")), qPrintable(e->registrationReason()));
        else
            QVERIFY(e->registrationReason().isEmpty());
        QVERIFY2(sipp.waitFinished() == 0, qPrintable(sipp.log()));
        QVERIFY(sipp.messages().contains(QRegularExpression(QStringLiteral("Authorization: +Digest .*username=\"agent007\""))));
    }

    void incomingCallAnswered()
    {
        const int port = SippProcess::freeUdpPort();
        auto e = makeEngine(port);
        QVERIFY(e->isStarted());
        QCOMPARE(e->localSipPort(), port);
        QSignalSpy incoming(e.get(), &CallEngine::incomingCall);
        StateLog log(*e);
        SippProcess sipp(QStringLiteral("uac_incoming.xml"));
        sipp.setRemote(QStringLiteral("127.0.0.1:%1").arg(port));
        QVERIFY(sipp.start());
        QVERIFY(incoming.wait(10'000));
        QCOMPARE(incoming.first().at(0).toString(), QStringLiteral("13800138000"));
        QCOMPARE(e->state(), State::Ringing);
        QCOMPARE(e->remoteNumber(), QStringLiteral("13800138000"));
        QVERIFY(e->answer());
        QVERIFY(log.waitFor(State::Connected));
        QVERIFY(waitEnded(*e));
        QCOMPARE(e->endReason(), Reason::RemoteHangup);
        QVERIFY2(sipp.waitFinished() == 0, qPrintable(sipp.log()));
    }

    void blindTransfer()
    {
        SippProcess sipp(QStringLiteral("uas_blind_transfer.xml"));
        QVERIFY(sipp.start());
        auto e = makeEngine();
        StateLog log(*e);
        QSignalSpy transferred(e.get(), &CallEngine::transferred);
        QVERIFY(!e->blindTransfer(QStringLiteral("sip:transfer-target@127.0.0.1")));  // no call yet
        QVERIFY(e->dial(sipp.uri()));
        QVERIFY(log.waitFor(State::Connected));
        const QString target = QStringLiteral("sip:transfer-target@127.0.0.1:%1").arg(sipp.port());
        QVERIFY(e->blindTransfer(target));
        QVERIFY(waitEnded(*e));
        QCOMPARE(transferred.count(), 1);
        QCOMPARE(transferred.first().at(0).toString(), target);
        QVERIFY(e->wasTransferred());
        QCOMPARE(e->endReason(), Reason::LocalHangup);
        QVERIFY2(sipp.waitFinished() == 0, qPrintable(sipp.log()));
    }

    void attendedTransfer()
    {
        SippProcess customer(QStringLiteral("uas_attended_customer.xml"));
        SippProcess colleague(QStringLiteral("uas_answer.xml"));
        QVERIFY(customer.start());
        QVERIFY(colleague.start());
        auto e = makeEngine();
        StateLog log(*e);
        QSignalSpy consult(e.get(), &CallEngine::consultStateChanged);
        QSignalSpy failed(e.get(), &CallEngine::consultFailed);
        QVERIFY(e->dial(customer.uri()));
        QVERIFY(log.waitFor(State::Connected));
        QVERIFY(!e->completeTransfer());  // nothing to complete yet
        QVERIFY(e->startConsult(colleague.uri(QStringLiteral("colleague"))));
        QVERIFY(log.waitFor(State::OnHold));
        QTRY_COMPARE_WITH_TIMEOUT(e->consultState(), CallEngine::ConsultState::Connected, 10'000);
        QCOMPARE(e->state(), State::OnHold);  // the customer waits on hold meanwhile
        QVERIFY(e->completeTransfer());
        QVERIFY(waitEnded(*e));
        QVERIFY(e->wasTransferred());
        QCOMPARE(e->endReason(), Reason::LocalHangup);
        QTRY_COMPARE_WITH_TIMEOUT(e->consultState(), CallEngine::ConsultState::None, 5'000);
        QCOMPARE(failed.count(), 0);
        QVERIFY2(customer.waitFinished() == 0, qPrintable(customer.log()));  // REFER with Replaces
        QVERIFY2(colleague.waitFinished() == 0, qPrintable(colleague.log()));
        QVERIFY(consult.count() >= 2);
    }

    void consultFailsCustomerResumed()
    {
        SippProcess customer(QStringLiteral("uas_hold.xml"));  // expects hold, then resume (no sendonly)
        SippProcess colleague(QStringLiteral("uas_reject_486.xml"));
        QVERIFY(customer.start());
        QVERIFY(colleague.start());
        auto e = makeEngine();
        StateLog log(*e);
        QSignalSpy failed(e.get(), &CallEngine::consultFailed);
        QVERIFY(e->dial(customer.uri()));
        QVERIFY(log.waitFor(State::Connected));
        QVERIFY(e->startConsult(colleague.uri(QStringLiteral("colleague"))));
        QVERIFY(log.waitFor(State::OnHold));
        log.states.clear();
        QVERIFY(failed.wait(10'000));
        QCOMPARE(failed.first().at(0).value<Reason>(), Reason::Busy);
        QVERIFY(log.waitFor(State::Connected));  // back with the customer, not left on hold
        QCOMPARE(e->consultState(), CallEngine::ConsultState::None);
        e->hangup();
        QVERIFY(waitEnded(*e));
        QVERIFY(!e->wasTransferred());
        QVERIFY2(customer.waitFinished() == 0, qPrintable(customer.log()));
        QVERIFY2(colleague.waitFinished() == 0, qPrintable(colleague.log()));
    }

    void consultCancelledCustomerResumed()
    {
        SippProcess customer(QStringLiteral("uas_hold.xml"));
        SippProcess colleague(QStringLiteral("uas_ring_forever.xml"));  // expects our CANCEL
        QVERIFY(customer.start());
        QVERIFY(colleague.start());
        auto e = makeEngine();
        StateLog log(*e);
        QSignalSpy failed(e.get(), &CallEngine::consultFailed);
        QVERIFY(e->dial(customer.uri()));
        QVERIFY(log.waitFor(State::Connected));
        QVERIFY(e->startConsult(colleague.uri(QStringLiteral("colleague"))));
        QTRY_COMPARE_WITH_TIMEOUT(e->consultState(), CallEngine::ConsultState::Ringing, 10'000);
        log.states.clear();
        QVERIFY(e->cancelConsult());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10'000);
        QCOMPARE(failed.first().at(0).value<Reason>(), Reason::LocalHangup);
        QVERIFY(log.waitFor(State::Connected));
        e->hangup();
        QVERIFY(waitEnded(*e));
        QVERIFY2(customer.waitFinished() == 0, qPrintable(customer.log()));
        QVERIFY2(colleague.waitFinished() == 0, qPrintable(colleague.log()));
    }

    void recordingIsNonSilentWavAndQualityReported()
    {
        SippProcess sipp(QStringLiteral("uas_answer.xml"));
        sipp.setRtpEcho(true);
        QVERIFY(sipp.start());
        auto e = makeEngine();
        e->setRecordDirectory(m_dir.filePath(QStringLiteral("recordings")));
        StateLog log(*e);
        QSignalSpy recording(e.get(), &CallEngine::recordingStarted);
        QSignalSpy quality(e.get(), &CallEngine::qualityChanged);
        QVERIFY(e->dial(sipp.uri(QStringLiteral("13900139000"))));
        QVERIFY(log.waitFor(State::Connected));
        QTRY_COMPARE(recording.count(), 1);
        const QString path = recording.first().at(0).toString();
        QCOMPARE(e->recordingPath(), path);
        QVERIFY2(path.startsWith(m_dir.filePath(QStringLiteral("recordings"))) && path.endsWith(QStringLiteral(".wav")),
                 qPrintable(path));
        QTest::qWait(2'000);
        QVERIFY(quality.count() >= 2);
        const CallEngine::Quality q = e->quality();
        QVERIFY(q.valid);
        QVERIFY(q.jitterMs >= 0.0 && q.jitterMs < 1000.0);
        QVERIFY(q.lossPercent >= 0.0 && q.lossPercent <= 100.0);
        e->hangup();
        QVERIFY(waitEnded(*e));
        QCOMPARE(e->recordingPath(), path);  // still there for the interaction after the end
        QTest::qWait(200);
        const WavInfo w = readWav(path);
        QVERIFY2(w.riff, qPrintable(path));
        QCOMPARE(w.channels, 1);
        QCOMPARE(w.bits, 16);
        QVERIFY2(w.samples > w.rate, qPrintable(QString::number(w.samples)));  // more than a second of audio
        QVERIFY2(w.peak > 1000, qPrintable(QString::number(w.peak)));          // the tone, not silence
        QVERIFY2(sipp.waitFinished() == 0, qPrintable(sipp.log()));
    }

    void nextRecordFileAndNoRecording()
    {
        SippProcess sipp(QStringLiteral("uas_answer.xml"));
        sipp.setCalls(2);
        QVERIFY(sipp.start());
        auto e = makeEngine();
        const QString file = m_dir.filePath(QStringLiteral("explicit/one.wav"));
        e->setNextRecordFile(file);
        StateLog log(*e);
        QVERIFY(e->dial(sipp.uri()));
        QVERIFY(log.waitFor(State::Connected));
        QCOMPARE(e->recordingPath(), file);  // known from the moment the call is placed
        QTest::qWait(500);
        e->hangup();
        QVERIFY(waitEnded(*e));
        QTRY_VERIFY(QFileInfo(file).size() > 44);
        // The next call has neither a record directory nor a file: not recorded.
        log.states.clear();
        QVERIFY(e->dial(sipp.uri()));
        QVERIFY(log.waitFor(State::Connected));
        QVERIFY(e->recordingPath().isEmpty());
        e->hangup();
        QVERIFY(waitEnded(*e));
        QVERIFY2(sipp.waitFinished() == 0, qPrintable(sipp.log()));
    }

    void muteBelongsToTheCall()
    {
        SippProcess sipp(QStringLiteral("uas_answer.xml"));
        QVERIFY(sipp.start());
        auto e = makeEngine();
        StateLog log(*e);
        QSignalSpy muted(e.get(), &CallEngine::mutedChanged);
        e->setMuted(true);  // no call: ignored
        QVERIFY(!e->isMuted());
        QVERIFY(e->dial(sipp.uri()));
        QVERIFY(log.waitFor(State::Connected));
        e->setMuted(true);
        QVERIFY(e->isMuted());
        e->hangup();
        QVERIFY(waitEnded(*e));
        QVERIFY(!e->isMuted());
        QCOMPARE(muted.count(), 2);
        QVERIFY2(sipp.waitFinished() == 0, qPrintable(sipp.log()));
    }
};

QTEST_GUILESS_MAIN(TestLinphoneEngine)
#include "tst_linphoneengine.moc"
