// The phone settings page as an agent or admin uses it: fill the form, save, open it again and
// find the same values; the password goes to the credential store and never to the settings
// file; mistakes are explained next to the form. Saves a screenshot for a look at the layout.
#include "CredentialStore.h"
#include "SipSettingsDialog.h"

#include <QAudioDevice>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMediaDevices>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {

CredentialStore fileStore(const QString &dir)
{
    CredentialStore::Options o;
    o.fileDir = dir;
    o.useKeychain = false;
    return CredentialStore(o);
}

template <typename T> T *child(QWidget &w, const char *name)
{
    T *c = w.findChild<T *>(QLatin1String(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

void clickSave(SipSettingsDialog &d)
{
    child<QDialogButtonBox>(d, "")->button(QDialogButtonBox::Save)->click();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    QVERIFY(i >= 0);
    combo->setCurrentIndex(i);
}

}  // namespace

class TestSipSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fillSaveReload();
    void validationErrorsShown();
    void passwordStoreFailureSavesNothing();
    void audioDevicesListedOrExplained();
};

void TestSipSettings::fillSaveReload()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("collectdesk.ini"));
    QSettings settings(ini, QSettings::IniFormat);
    CredentialStore credentials = fileStore(dir.filePath(QStringLiteral("data")));
    {
        SipSettingsDialog d(settings, credentials);
        child<QLineEdit>(d, "registrar")->setText(QStringLiteral("sip:pbx.example.com:5061"));
        child<QLineEdit>(d, "sipUser")->setText(QStringLiteral("8001"));
        child<QLineEdit>(d, "displayName")->setText(QStringLiteral("催收坐席 李娜"));
        QTest::keyClicks(child<QLineEdit>(d, "sipPassword"), QStringLiteral("pa55-word"));
        selectData(child<QComboBox>(d, "transport"), QVariant::fromValue(SipAccount::Transport::Tls));
        selectData(child<QComboBox>(d, "dtmfMode"), QVariant::fromValue(CallEngine::DtmfMode::SipInfo));
        child<QSpinBox>(d, "noAnswerSeconds")->setValue(45);
        child<QCheckBox>(d, "recordCalls")->setChecked(false);
        d.resize(d.sizeHint().expandedTo(QSize(560, 0)));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        const QString shot = QStringLiteral(CD_SCREENSHOT_DIR "/sipsettings.png");
        QVERIFY(d.grab().save(shot));
        qInfo() << "screenshot" << shot;

        QSignalSpy saved(&d, &SipSettingsDialog::accountSaved);
        clickSave(d);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY2(d.message().contains(credentials.filePath()), qPrintable(d.message()));
    }
    settings.sync();
    const QByteArray text = readAll(ini);
    QVERIFY(text.contains("pbx.example.com"));
    QVERIFY2(!text.contains("pa55-word") && !text.contains("password"), text.constData());
    QCOMPARE(credentials.load(QStringLiteral("8001@pbx.example.com")).value(), QStringLiteral("pa55-word"));

    // Opened again (the next day): the same values, the password not shown but known to be stored.
    SipSettingsDialog again(settings, credentials);
    QCOMPARE(child<QLineEdit>(again, "registrar")->text(), QStringLiteral("sip:pbx.example.com:5061"));
    QCOMPARE(child<QLineEdit>(again, "displayName")->text(), QStringLiteral("催收坐席 李娜"));
    QCOMPARE(child<QComboBox>(again, "transport")->currentData().value<SipAccount::Transport>(),
             SipAccount::Transport::Tls);
    QCOMPARE(child<QComboBox>(again, "dtmfMode")->currentData().value<CallEngine::DtmfMode>(),
             CallEngine::DtmfMode::SipInfo);
    QCOMPARE(child<QSpinBox>(again, "noAnswerSeconds")->value(), 45);
    QVERIFY(!child<QCheckBox>(again, "recordCalls")->isChecked());
    QVERIFY(child<QLineEdit>(again, "sipPassword")->text().isEmpty());
    QVERIFY(child<QLineEdit>(again, "sipPassword")->placeholderText().contains(QStringLiteral("Stored")));
    // Changing only the timeout does not ask for the password again.
    child<QSpinBox>(again, "noAnswerSeconds")->setValue(20);
    QVERIFY2(again.save(), qPrintable(again.message()));
    QCOMPARE(SipAccount::load(settings).noAnswerSeconds, 20);
    QCOMPARE(credentials.load(QStringLiteral("8001@pbx.example.com")).value(), QStringLiteral("pa55-word"));
}

void TestSipSettings::validationErrorsShown()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("collectdesk.ini"));
    QSettings settings(ini, QSettings::IniFormat);
    CredentialStore credentials = fileStore(dir.path());
    SipSettingsDialog d(settings, credentials);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));

    clickSave(d);
    QVERIFY(d.isVisible());  // not closed
    QVERIFY2(d.message().contains(QStringLiteral("Enter the registrar")), qPrintable(d.message()));
    QVERIFY(d.message().contains(QStringLiteral("Enter the SIP user")));
    QVERIFY(child<QLabel>(d, "sipSettingsMessage")->isVisible());
    QVERIFY(child<QLineEdit>(d, "registrar")->hasFocus());
    QVERIFY(!child<QLineEdit>(d, "registrar")->styleSheet().isEmpty());  // marked red

    child<QLineEdit>(d, "registrar")->setText(QStringLiteral("pbx example com"));
    child<QLineEdit>(d, "sipUser")->setText(QStringLiteral("8001@pbx"));
    child<QLineEdit>(d, "ringTone")->setText(dir.filePath(QStringLiteral("missing.wav")));
    QVERIFY(!d.save());
    QVERIFY2(d.message().contains(QStringLiteral("is not a SIP address")), qPrintable(d.message()));
    QVERIFY(d.message().contains(QStringLiteral("may not contain")));
    QVERIFY(d.message().contains(QStringLiteral("missing.wav")));

    child<QLineEdit>(d, "registrar")->setText(QStringLiteral("pbx.example.com"));
    child<QLineEdit>(d, "sipUser")->setText(QStringLiteral("8001"));
    child<QLineEdit>(d, "ringTone")->clear();
    QVERIFY(!d.save());
    QVERIFY2(d.message().contains(QStringLiteral("Enter the SIP password")), qPrintable(d.message()));
    QVERIFY(child<QLineEdit>(d, "sipPassword")->hasFocus());

    settings.sync();
    QVERIFY2(!readAll(ini).contains("registrar"), "a refused form writes nothing");
    child<QLineEdit>(d, "sipPassword")->setText(QStringLiteral("x"));
    QVERIFY2(d.save(), qPrintable(d.message()));
    QVERIFY(child<QLineEdit>(d, "registrar")->styleSheet().isEmpty());  // marks gone
}

void TestSipSettings::passwordStoreFailureSavesNothing()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("blocked")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString ini = dir.filePath(QStringLiteral("collectdesk.ini"));
    QSettings settings(ini, QSettings::IniFormat);
    CredentialStore credentials = fileStore(dir.filePath(QStringLiteral("blocked/data")));
    SipSettingsDialog d(settings, credentials);
    child<QLineEdit>(d, "registrar")->setText(QStringLiteral("pbx.example.com"));
    child<QLineEdit>(d, "sipUser")->setText(QStringLiteral("8001"));
    child<QLineEdit>(d, "sipPassword")->setText(QStringLiteral("secret"));
    QVERIFY(!d.save());
    QVERIFY2(d.message().contains(QStringLiteral("could not be stored")), qPrintable(d.message()));
    QVERIFY(d.message().contains(QStringLiteral("blocked/data")));
    settings.sync();
    QVERIFY(!readAll(ini).contains("registrar"));
}

void TestSipSettings::audioDevicesListedOrExplained()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("sip/microphone"), QStringLiteral("usb-headset-that-is-unplugged"));
    CredentialStore credentials = fileStore(dir.path());
    SipSettingsDialog d(settings, credentials);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    auto *mic = child<QComboBox>(d, "microphone");
    auto *noMic = child<QLabel>(d, "noMicrophone");
    if (QMediaDevices::audioInputs().isEmpty()) {
        // No sound server or nothing plugged in (CI): say so instead of an empty list.
        QVERIFY(noMic->isVisible());
        QVERIFY(!mic->isVisible());
        QVERIFY(!child<QPushButton>(d, "micTest")->isEnabled());
        QVERIFY(child<QLabel>(d, "noSpeaker")->isVisible() == QMediaDevices::audioOutputs().isEmpty());
        // The saved headset is not forgotten by saving on a desk without it.
        child<QLineEdit>(d, "registrar")->setText(QStringLiteral("pbx"));
        child<QLineEdit>(d, "sipUser")->setText(QStringLiteral("8001"));
        child<QLineEdit>(d, "sipPassword")->setText(QStringLiteral("x"));
        QVERIFY2(d.save(), qPrintable(d.message()));
        QCOMPARE(SipAccount::load(settings).microphoneId, QStringLiteral("usb-headset-that-is-unplugged"));
    } else {
        QVERIFY(mic->isVisible());
        QVERIFY(!noMic->isVisible());
        QCOMPARE(mic->count(), QMediaDevices::audioInputs().size() + 2);  // default + unplugged one
        QVERIFY(mic->currentText().contains(QStringLiteral("usb-headset-that-is-unplugged")));
        // The level meter test opens the chosen microphone and can be stopped again.
        mic->setCurrentIndex(0);
        auto *test = child<QPushButton>(d, "micTest");
        test->click();
        QCOMPARE(test->text(), QStringLiteral("Stop test"));
        test->click();
        QCOMPARE(test->text(), QStringLiteral("Test microphone"));
        QVERIFY(d.grab().save(QStringLiteral(CD_SCREENSHOT_DIR "/sipsettings-devices.png")));
    }
}

QTEST_MAIN(TestSipSettings)
#include "tst_sipsettings.moc"
