// The workstation's call bar on the real SIP engine: MainWindow with a LinphoneEngine (files mode, no
// sound card) dials a SIPp UAS on loopback through the call bar; the bar shows Connected, the call
// quality and the REC indicator; hanging up opens the disposition with the right outcome; a 486
// pre-fills Busy. Also renders the call bar with registration / REC / quality / transfer controls
// for a look (callbar-sip.png in the build folder).
#include "CallBar.h"
#include "DemoData.h"
#include "DemoSeeder.h"
#include "DispositionDialog.h"
#include "LinphoneEngine.h"
#include "LocalStore.h"
#include "MainWindow.h"
#include "PortraitView.h"
#include "SippProcess.h"

#include <QDataStream>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSoundEffect>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtMath>

using namespace cd;
using State = CallEngine::CallState;

namespace {

bool writeTone(const QString &path, int seconds)
{
    const int rate = 8000;
    QByteArray pcm;
    for (int i = 0; i < rate * seconds; ++i) {
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
    out << quint32(16) << quint16(1) << quint16(1) << quint32(rate) << quint32(rate * 2) << quint16(2)
        << quint16(16);
    out.writeRawData("data", 4);
    out << quint32(pcm.size());
    out.writeRawData(pcm.constData(), int(pcm.size()));
    return f.error() == QFile::NoError;
}

/// Reports everything a SIP engine can show (registration, quality, recording) on demand, so the
/// call bar's indicators can be checked and rendered without timing.
class ShowcaseEngine : public CallEngine
{
public:
    bool dial(const QString &number) override
    {
        beginCall(number);
        setState(CallState::Dialing);
        return true;
    }
    void hangup() override { finishCall(EndReason::LocalHangup); }
    void setHold(bool) override {}
    void setMuted(bool) override {}
    bool sendDtmf(QChar) override { return true; }
    RegistrationState registrationState() const override { return reg; }
    QString registrationReason() const override { return regReason; }
    ConsultState consultState() const override { return consult; }
    void connectCall() { setState(CallState::Connected); }
    void setRegistration(RegistrationState s, const QString &reason)
    {
        reg = s;
        regReason = reason;
        Q_EMIT registrationStateChanged(s, reason);
    }
    RegistrationState reg = RegistrationState::None;
    QString regReason;
    ConsultState consult = ConsultState::None;
};

}  // namespace

class TestCallBarSip : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tone;
    int m_engineNo = 0;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<LinphoneEngine> m_engine;
    std::unique_ptr<MainWindow> m_window;

    /// The open customer's numbers all point at SIPp, so the call bar dials it like a customer.
    void pointCustomerAt(const QString &uri)
    {
        QSqlQuery q(m_store->db());
        q.prepare(QStringLiteral("UPDATE phones SET number = ?, status = 'Valid' WHERE customer_id = ?"));
        q.addBindValue(uri);
        q.addBindValue(m_window->session()->currentCustomerId());
        QVERIFY(q.exec());
        m_window->session()->openTask(m_window->session()->currentTaskId(),
                                      m_window->session()->currentCustomerId());
        QVERIFY(m_window->callBar()->firstAllowedPhone() >= 0);
        QVERIFY(m_window->callBar()->selectPhone(m_window->callBar()->firstAllowedPhone()));
    }

    template <typename T> T *child(const char *name) const
    {
        return m_window->callBar()->findChild<T *>(QLatin1String(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_RUNTIME_DIR", m_dir.path().toUtf8());
        m_tone = m_dir.filePath(QStringLiteral("tone.wav"));
        QVERIFY(writeTone(m_tone, 5));
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("sipp")).isEmpty(),
                 "sipp (sip-tester) not installed");
    }

    void init()
    {
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(QStringLiteral(":memory:")).ok());
        DemoOptions opts;
        opts.customers = 20;
        opts.seed = 5;
        opts.now = QDateTime::currentDateTimeUtc();
        DemoSeeder seeder(*m_store);
        QVERIFY(seeder.seed(DemoDataGenerator(opts)).ok());
        QVERIFY(seeder.seedDefaultScripts().ok());

        LinphoneEngine::Options o;
        o.baseDir = m_dir.filePath(QStringLiteral("engine%1").arg(++m_engineNo));
        o.bindAddress = QStringLiteral("127.0.0.1");
        o.iterateIntervalMs = 5;
        o.useFiles = true;
        o.playFile = m_tone;
        o.qualityIntervalMs = 200;
        m_engine = std::make_unique<LinphoneEngine>(o);
        QVERIFY2(m_engine->start(), qPrintable(m_engine->lastError()));
        const QString recordings = m_dir.filePath(QStringLiteral("rec%1").arg(m_engineNo));
        QVERIFY(QDir().mkpath(recordings));
        m_engine->setRecordDirectory(recordings);

        WindowOptions w;
        w.session.scriptLocale = QStringLiteral("en");
        w.policy.windowStart = QTime(0, 0);  // all-day window: the test runs at any hour
        w.policy.windowEnd = QTime(23, 59, 59, 999);
        m_window = std::make_unique<MainWindow>(*m_store, *m_engine, w);
        m_window->callBar()->setTransfersSupported(true);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->start();
        QVERIFY(m_window->session()->currentTaskId() != 0);
    }

    void indicatorsAndScreenshot()
    {
        m_window->hide();
        ShowcaseEngine engine;
        QWidget host;
        auto *bar = new CallBar(engine, &host);
        auto *layout = new QVBoxLayout(&host);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(bar);
        bar->setTransfersSupported(true);
        host.resize(1480, bar->sizeHint().height());
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        auto *reg = bar->findChild<QLabel *>(QStringLiteral("registrationState"));
        QVERIFY(!reg->isVisible());  // an engine without an account says nothing about it
        engine.setRegistration(CallEngine::RegistrationState::Failed, QStringLiteral("Forbidden"));
        QVERIFY(reg->isVisible());
        QVERIFY2(reg->text().contains(QLatin1String("Not registered"))
                     && reg->text().contains(QLatin1String("Forbidden")),
                 qPrintable(reg->text()));
        engine.setRegistration(CallEngine::RegistrationState::Ok, {});
        QVERIFY(reg->text().contains(QLatin1String("Registered")));

        QVERIFY(engine.dial(QStringLiteral("13800000000")));
        engine.connectCall();
        Q_EMIT engine.recordingStarted(QStringLiteral("/var/lib/collectdesk/rec/call.wav"));
        Q_EMIT engine.qualityChanged(CallEngine::Quality{true, 12.4, 0.8});
        auto *quality = bar->findChild<QLabel *>(QStringLiteral("callQuality"));
        QVERIFY(quality->isVisible());
        QCOMPARE(quality->text(), QStringLiteral("Jitter 12 ms · loss 0.8%"));
        QVERIFY(bar->findChild<QLabel *>(QStringLiteral("recIndicator"))->isVisible());
        QVERIFY(bar->findChild<QPushButton *>(QStringLiteral("blindTransferButton"))->isVisible());
        // Every control is fully visible at the window's width (nothing squeezed off the bar).
        QTest::qWait(50);  // let the layout place the indicators that just appeared
        for (QWidget *w : bar->findChildren<QWidget *>()) {
            if (!w->isVisible() || w->parentWidget() != bar)
                continue;
            if (qobject_cast<QLabel *>(w))  // a label narrower than its text is clipped
                QVERIFY2(w->width() >= w->sizeHint().width(), qPrintable(w->objectName()));
            QVERIFY2(w->geometry().right() <= bar->width(), qPrintable(w->objectName()));
        }
        QVERIFY2(bar->sizeHint().width() <= 1480, qPrintable(QString::number(bar->sizeHint().width())));
        QVERIFY(host.grab().save(QStringLiteral(CD_SCREENSHOT_DIR "/callbar-indicators.png")));

        // Attended transfer under way: complete / back to the customer replace the transfer buttons.
        engine.consult = CallEngine::ConsultState::Connected;
        Q_EMIT engine.consultStateChanged(engine.consult);
        QVERIFY(!bar->findChild<QPushButton *>(QStringLiteral("blindTransferButton"))->isVisible());
        QVERIFY(bar->findChild<QPushButton *>(QStringLiteral("completeTransferButton"))->isEnabled());
        QVERIFY(bar->findChild<QPushButton *>(QStringLiteral("cancelConsultButton"))->isVisible());
        QVERIFY(!bar->findChild<QPushButton *>(QStringLiteral("holdButton"))->isVisible());
        QTest::qWait(50);
        QVERIFY2(bar->sizeHint().width() <= 1480, qPrintable(QString::number(bar->sizeHint().width())));
        QVERIFY(host.grab().save(QStringLiteral(CD_SCREENSHOT_DIR "/callbar-consult.png")));
        engine.consult = CallEngine::ConsultState::None;
        engine.hangup();
        QVERIFY(!quality->isVisible());
        QVERIFY(!bar->findChild<QLabel *>(QStringLiteral("recIndicator"))->isVisible());
    }

    void cleanup()
    {
        m_window.reset();
        m_engine.reset();
        m_store.reset();
    }

    void answeredCallThroughTheCallBar()
    {
        SippProcess sipp(QStringLiteral("uas_answer.xml"));
        sipp.setRtpEcho(true);
        QVERIFY(sipp.start());
        pointCustomerAt(sipp.uri());
        auto *state = child<QLabel>("callState");
        auto *quality = child<QLabel>("callQuality");
        auto *rec = child<QLabel>("recIndicator");
        QVERIFY(!quality->isVisible());
        QVERIFY(!rec->isVisible());
        // No account registered (SIPp is dialled directly): no registration indicator.
        QVERIFY(!child<QLabel>("registrationState")->isVisible());

        QTest::keyClick(m_window.get(), Qt::Key_F2);
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), State::Connected, 10'000);
        QTRY_VERIFY(state->text().contains(QLatin1String("Connected"))
                    || state->text().contains(QLatin1String("Talking")));
        QTRY_VERIFY_WITH_TIMEOUT(quality->isVisible(), 5'000);
        QVERIFY2(quality->text().contains(QLatin1String("ms"))
                     && quality->text().contains(QLatin1String("%")),
                 qPrintable(quality->text()));
        QVERIFY(rec->isVisible());
        // Transfers are offered during the call; completing one needs a consultation first.
        QVERIFY(child<QPushButton>("blindTransferButton")->isVisible());
        QVERIFY(child<QPushButton>("consultButton")->isVisible());
        QVERIFY(!child<QPushButton>("completeTransferButton")->isVisible());

        m_window->callBar()->grab().save(QStringLiteral(CD_SCREENSHOT_DIR "/callbar-sip.png"));
        QTest::qWait(300);
        QTest::keyClick(m_window.get(), Qt::Key_F3);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->pendingDisposition() != nullptr, 10'000);
        DispositionDialog *dlg = m_window->session()->pendingDisposition();
        // Answered: the right party is suggested and every talk outcome can be chosen.
        QCOMPARE(dlg->selectedOutcome(), std::optional<Outcome>(Outcome::RightPartyContact));
        QVERIFY(dlg->allowedOutcomes().contains(Outcome::PromiseToPay));
        QVERIFY(!quality->isVisible());
        QVERIFY(!rec->isVisible());
        const CallAttempt &attempt = m_window->session()->lastAttempt();
        QVERIFY(attempt.answeredAt.isValid());
        QCOMPARE(attempt.endReason, CallEngine::EndReason::LocalHangup);
        QVERIFY2(!attempt.recordingPath.isEmpty() && QFileInfo(attempt.recordingPath).isAbsolute(),
                 qPrintable(attempt.recordingPath));
        QTRY_VERIFY(QFileInfo(attempt.recordingPath).size() > 44);
        QVERIFY2(sipp.waitFinished() == 0, qPrintable(sipp.log()));
    }

    void incomingCallAnsweredWithF9()
    {
        auto *answer = child<QPushButton>("answerButton");
        QVERIFY(!answer->isVisible());
        SippProcess sipp(QStringLiteral("uac_incoming.xml"));
        sipp.setRemote(QStringLiteral("127.0.0.1:%1").arg(m_engine->localSipPort()));
        QVERIFY(sipp.start());
        QTRY_VERIFY_WITH_TIMEOUT(answer->isVisible(), 10'000);
        QCOMPARE(m_engine->state(), State::Ringing);
        // No tone configured: the built-in ring tone rings, and it is a WAV the sound effect can load.
        auto *ring = m_window->findChild<QSoundEffect *>();
        QVERIFY(ring);
        QCOMPARE(ring->source(), QUrl(QStringLiteral("qrc:/sounds/ring.wav")));
        QTRY_VERIFY_WITH_TIMEOUT(ring->status() == QSoundEffect::Ready || ring->status() == QSoundEffect::Error,
                                 5'000);
        QCOMPARE(ring->status(), QSoundEffect::Ready);
        QTest::keyClick(m_window.get(), Qt::Key_F9);
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), State::Connected, 5'000);
        QVERIFY(!answer->isVisible());
        // The caller hangs up: the wrap-up follows as for any call.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->pendingDisposition() != nullptr, 15'000);
        QCOMPARE(m_window->session()->lastAttempt().endReason, CallEngine::EndReason::RemoteHangup);
        QVERIFY2(sipp.waitFinished() == 0, qPrintable(sipp.log()));
    }

    void busyPrefillsBusy()
    {
        SippProcess sipp(QStringLiteral("uas_reject_486.xml"));
        QVERIFY(sipp.start());
        pointCustomerAt(sipp.uri());
        m_window->callBar()->dial();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->pendingDisposition() != nullptr, 10'000);
        DispositionDialog *dlg = m_window->session()->pendingDisposition();
        QCOMPARE(dlg->selectedOutcome(), std::optional<Outcome>(Outcome::Busy));
        QCOMPARE(m_window->session()->lastAttempt().endReason, CallEngine::EndReason::Busy);
        QVERIFY2(sipp.waitFinished() == 0, qPrintable(sipp.log()));
    }

    void networkFailurePrefillsNetworkError()
    {
        // A 503 from the trunk is our side's failure: the wrap-up offers "network error", which counts
        // against none of the debtor's caps, instead of "no answer".
        SippProcess sipp(QStringLiteral("uas_reject_503.xml"));
        QVERIFY(sipp.start());
        pointCustomerAt(sipp.uri());
        m_window->callBar()->dial();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->pendingDisposition() != nullptr, 10'000);
        DispositionDialog *dlg = m_window->session()->pendingDisposition();
        QCOMPARE(m_window->session()->lastAttempt().endReason, CallEngine::EndReason::Failed);
        QCOMPARE(dlg->selectedOutcome(), std::optional<Outcome>(Outcome::NetworkError));
        QVERIFY2(sipp.waitFinished() == 0, qPrintable(sipp.log()));
    }
};

QTEST_MAIN(TestCallBarSip)
#include "tst_callbarsip.moc"
