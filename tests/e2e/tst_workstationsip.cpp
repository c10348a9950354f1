// The workstation's phone settings page against real registrars (SIPp on loopback): saving a new
// account registers the running SIP engine again, without a restart, with the password the page put
// in the credential store. The desk starts with a wrong password (registration fails, the agent is set
// to System not-ready), the agent fixes the account in Settings → Phone…, and the phone registers.
#include "AgentPresence.h"
#include "AgentState.h"
#include "CallBar.h"
#include "LinphoneEngine.h"
#include "SipSettingsDialog.h"
#include "SippProcess.h"
#include "Workstation.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cd;

class TestWorkstationSip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // No keyring on a test desk: the page falls back to the owner-only file at once.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("CollectDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_workstationsip"));
    }

    void savedSettingsRegisterAgain()
    {
        SippProcess wrong(QStringLiteral("uas_register_auth.xml"));
        wrong.setKey(QStringLiteral("auth_user"), QStringLiteral("agent007"));
        wrong.setKey(QStringLiteral("auth_pass"), QStringLiteral("s3cret"));
        QVERIFY(wrong.start());

        WorkstationOptions o;
        o.dbPath = m_dir.filePath(QStringLiteral("cache.sqlite"));
        o.agent = QStringLiteral("agent007");
        SipAccount account;
        account.registrar = QStringLiteral("sip:127.0.0.1:%1").arg(wrong.port());
        account.user = QStringLiteral("agent007");
        account.recordCalls = false;
        o.sipAccount = account;
        o.sipPassword = QStringLiteral("guess");
        o.sipBindAddress = QStringLiteral("127.0.0.1");
        o.sipBaseDir = m_dir.filePath(QStringLiteral("sip"));
        o.sipIterateMs = 5;

        Workstation ws;
        const Result<void> started = ws.start(o);
        QVERIFY2(started, started ? "" : qPrintable(started.error().detail));
        LinphoneEngine *engine = ws.linphoneEngine();
        QVERIFY(engine);
        QTRY_COMPARE_WITH_TIMEOUT(engine->registrationState(), CallEngine::RegistrationState::Failed, 10'000);
        QVERIFY2(wrong.waitFinished() == 0, qPrintable(wrong.log()));
        // A desk whose phone cannot register is not ready for calls.
        QCOMPARE(ws.presence()->state().state(), AgentState::State::NotReady);
        QCOMPARE(ws.presence()->state().reason(), AgentState::Reason::System);

        // The agent opens the phone settings and enters the right account.
        SippProcess right(QStringLiteral("uas_register_auth.xml"));
        right.setKey(QStringLiteral("auth_user"), QStringLiteral("agent007"));
        right.setKey(QStringLiteral("auth_pass"), QStringLiteral("s3cret"));
        QVERIFY(right.start());
        bool filled = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SipSettingsDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                const auto tops = QApplication::topLevelWidgets();
                for (QWidget *w : tops)
                    if (auto *d = qobject_cast<SipSettingsDialog *>(w); d && d->isVisible())
                        dialog = d;
            }
            if (!dialog)
                return;
            dialog->findChild<QLineEdit *>(QStringLiteral("registrar"))
                ->setText(QStringLiteral("sip:127.0.0.1:%1").arg(right.port()));
            dialog->findChild<QLineEdit *>(QStringLiteral("sipUser"))->setText(QStringLiteral("agent007"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sipPassword")), QStringLiteral("s3cret"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            filled = true;
        });
        Q_EMIT ws.window()->phoneSettingsRequested();  // runs the modal page until Save closes it
        QVERIFY2(filled, "the phone settings page did not open");

        QTRY_COMPARE_WITH_TIMEOUT(engine->registrationState(), CallEngine::RegistrationState::Ok, 10'000);
        QVERIFY2(right.waitFinished() == 0, qPrintable(right.log()));
        // Registered again: the system not-ready the failure set is lifted.
        QTRY_VERIFY(!ws.presence()->state().systemNotReady());
        QVERIFY(right.messages().contains(QStringLiteral("username=\"agent007\"")));
        QVERIFY2(ws.window()->statusBar()->currentMessage().contains(QStringLiteral("registering again")),
                 qPrintable(ws.window()->statusBar()->currentMessage()));
        // The password went to the credential store, never to the settings file.
        QSettings settings;
        settings.sync();
        QFile ini(settings.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("s3cret"));
        CredentialStore::Options co;
        co.useKeychain = false;
        const Result<QString> stored = CredentialStore(co).load(QStringLiteral("agent007@127.0.0.1"));
        QVERIFY(stored);
        QCOMPARE(stored.value(), QStringLiteral("s3cret"));
        CredentialStore(co).remove(QStringLiteral("agent007@127.0.0.1"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWorkstationSip)
#include "tst_workstationsip.moc"
