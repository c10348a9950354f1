// CredentialStore and SipAccount: the SIP password never lands in the settings file; without a
// keyring it goes to a file only its owner can read; errors say what went wrong.
#include "CredentialStore.h"
#include "SipAccount.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {
const QString Secret = QStringLiteral("S3cr3t-密码-9876");

CredentialStore fileStore(const QString &dir)
{
    CredentialStore::Options o;
    o.fileDir = dir;
    o.useKeychain = false;  // the fallback under test; the keyring depends on the desk's session
    return CredentialStore(o);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

SipAccount sampleAccount()
{
    SipAccount a;
    a.registrar = QStringLiteral("sip:PBX.example.com:5061;transport=tls");
    a.user = QStringLiteral("8001");
    a.displayName = QStringLiteral("李娜");
    a.transport = SipAccount::Transport::Tls;
    a.dtmfMode = SipAccount::DtmfMode::SipInfo;
    a.noAnswerSeconds = 45;
    a.recordCalls = false;
    a.microphoneId = QStringLiteral("alsa_input.usb-headset");
    a.speakerId = QStringLiteral("alsa_output.usb-headset");
    a.ringTone = QStringLiteral("/usr/share/sounds/ring.wav");
    return a;
}
}  // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fileFallbackRoundTrip();
    void fileIsOwnerOnly();
    void passwordNeverInSettings();
    void loosePermissionsAreTightened();
    void unknownKeyIsNotFound();
    void removeForgetsOnlyThatAccount();
    void unwritableFolderGivesClearError();
    void damagedFileGivesClearError();
    void keyringOrFileRoundTrip();
    void accountRoundTrip();
    void accountKeys_data();
    void accountKeys();
    void outOfRangeTimeoutFallsBackToDefault();
};

void TestCredentialStore::fileFallbackRoundTrip()
{
    QTemporaryDir dir;
    CredentialStore store = fileStore(dir.path());
    const Result<CredentialStore::Backend> stored =
        store.store(QStringLiteral("8001@pbx.example.com"), Secret);
    QVERIFY2(stored.ok(), qPrintable(stored.error().detail));
    QCOMPARE(stored.value(), CredentialStore::Backend::File);
    // A new instance (the next start of the app) reads it back.
    const Result<QString> loaded = fileStore(dir.path()).load(QStringLiteral("8001@pbx.example.com"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().detail));
    QCOMPARE(loaded.value(), Secret);
    // Not readable at a glance in the file either.
    QVERIFY(!readAll(store.filePath()).contains(Secret.toUtf8()));
    QVERIFY(!readAll(store.filePath()).contains("S3cr3t"));
}

void TestCredentialStore::fileIsOwnerOnly()
{
    QTemporaryDir dir;
    CredentialStore store = fileStore(dir.path() + QStringLiteral("/new/app"));
    QVERIFY(store.store(QStringLiteral("8001@pbx"), Secret).ok());
    QCOMPARE(QFile::permissions(store.filePath()),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                 | QFileDevice::WriteUser);
    // A second save (QSaveFile writes a new file and renames it) keeps 0600.
    QVERIFY(store.store(QStringLiteral("8002@pbx"), Secret).ok());
    QCOMPARE(QFile::permissions(store.filePath()) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestCredentialStore::passwordNeverInSettings()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("collectdesk.ini"));
    {
        QSettings settings(ini, QSettings::IniFormat);
        // Something (an old version, a hand edit) left a password in the settings file.
        settings.setValue(QStringLiteral("sip/password"), Secret);
        const SipAccount a = sampleAccount();
        a.save(settings);
        QVERIFY(fileStore(dir.path()).store(a.credentialKey(), Secret).ok());
    }
    const QByteArray text = readAll(ini);
    QVERIFY(text.contains("8001"));  // the account itself is there
    QVERIFY(!text.contains("password"));
    QVERIFY(!text.contains("S3cr3t"));
}

void TestCredentialStore::loosePermissionsAreTightened()
{
    QTemporaryDir dir;
    CredentialStore store = fileStore(dir.path());
    QVERIFY(store.store(QStringLiteral("8001@pbx"), Secret).ok());
    QFile::setPermissions(store.filePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                              | QFileDevice::ReadOther);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("readable by others")));
    QCOMPARE(store.load(QStringLiteral("8001@pbx")).value(), Secret);
    QVERIFY(!(QFile::permissions(store.filePath()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
}

void TestCredentialStore::unknownKeyIsNotFound()
{
    QTemporaryDir dir;
    CredentialStore store = fileStore(dir.path());
    QCOMPARE(store.load(QStringLiteral("8001@pbx")).error().code, ErrorCode::NotFound);  // no file yet
    QVERIFY(store.store(QStringLiteral("8001@pbx"), Secret).ok());
    QCOMPARE(store.load(QStringLiteral("8002@pbx")).error().code, ErrorCode::NotFound);
    QCOMPARE(store.store(QStringLiteral("@pbx"), Secret).error().code, ErrorCode::InvalidInput);
}

void TestCredentialStore::removeForgetsOnlyThatAccount()
{
    QTemporaryDir dir;
    CredentialStore store = fileStore(dir.path());
    QVERIFY(store.store(QStringLiteral("8001@pbx"), QStringLiteral("one")).ok());
    QVERIFY(store.store(QStringLiteral("8002@pbx"), QStringLiteral("two")).ok());
    QVERIFY(store.remove(QStringLiteral("8001@pbx")).ok());
    QCOMPARE(store.load(QStringLiteral("8001@pbx")).error().code, ErrorCode::NotFound);
    QCOMPARE(store.load(QStringLiteral("8002@pbx")).value(), QStringLiteral("two"));
    QVERIFY(store.remove(QStringLiteral("8001@pbx")).ok());  // twice is fine
}

void TestCredentialStore::unwritableFolderGivesClearError()
{
    QTemporaryDir dir;
    // A file where the folder should be: fails even for root, unlike a read-only folder.
    QFile blocker(dir.filePath(QStringLiteral("blocked")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString folder = dir.filePath(QStringLiteral("blocked/app"));
    CredentialStore store = fileStore(folder);
    const Result<CredentialStore::Backend> r = store.store(QStringLiteral("8001@pbx"), Secret);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::OpenFailed);
    QVERIFY2(r.error().detail.contains(folder), qPrintable(r.error().detail));
    QVERIFY(!r.error().detail.contains(Secret));
}

void TestCredentialStore::damagedFileGivesClearError()
{
    QTemporaryDir dir;
    CredentialStore store = fileStore(dir.path());
    QFile f(store.filePath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{not json");
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const Result<QString> r = store.load(QStringLiteral("8001@pbx"));
    QCOMPARE(r.error().code, ErrorCode::OpenFailed);
    QVERIFY2(r.error().detail.contains(QStringLiteral("damaged")), qPrintable(r.error().detail));
    // Saving again repairs it.
    QVERIFY(store.store(QStringLiteral("8001@pbx"), Secret).ok());
    QCOMPARE(store.load(QStringLiteral("8001@pbx")).value(), Secret);
}

void TestCredentialStore::keyringOrFileRoundTrip()
{
    // Whatever this desk has (usually no session bus in CI), the password comes back and the
    // fallback file exists exactly when the keyring was not used.
    QTemporaryDir dir;
    CredentialStore::Options o;
    o.fileDir = dir.path();
    o.service = QStringLiteral("CollectDesk SIP test");
    o.keychainTimeoutMs = 3000;
    CredentialStore store(o);
    const QString key = QStringLiteral("tst-%1@pbx").arg(QCoreApplication::applicationPid());
    const Result<CredentialStore::Backend> r = store.store(key, Secret);
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    qInfo() << "stored in" << r.value() << store.keychainError();
    const bool inFile = r.value() == CredentialStore::Backend::File;
    QCOMPARE(inFile, !store.keychainError().isEmpty());
    QCOMPARE(readAll(store.filePath()).contains(key.toUtf8()), inFile);
    QCOMPARE(store.load(key).value(), Secret);
    QVERIFY(store.remove(key).ok());
    QCOMPARE(store.load(key).error().code, ErrorCode::NotFound);
}

void TestCredentialStore::accountRoundTrip()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("collectdesk.ini"));
    const SipAccount a = sampleAccount();
    {
        QSettings settings(ini, QSettings::IniFormat);
        a.save(settings);
    }
    QSettings settings(ini, QSettings::IniFormat);
    const SipAccount b = SipAccount::load(settings);
    QCOMPARE(b.registrar, a.registrar);
    QCOMPARE(b.transport, SipAccount::Transport::Tls);
    QCOMPARE(b.dtmfMode, SipAccount::DtmfMode::SipInfo);
    QCOMPARE(b.noAnswerSeconds, 45);
    QCOMPARE(b.recordCalls, false);
    QCOMPARE(b.displayName, QStringLiteral("李娜"));
    QVERIFY(b == a);
    // Stored as stable keys, not enum numbers.
    QCOMPARE(settings.value(QStringLiteral("sip/transport")).toString(), QStringLiteral("Tls"));
    QCOMPARE(settings.value(QStringLiteral("sip/dtmfMode")).toString(), QStringLiteral("SipInfo"));
}

void TestCredentialStore::accountKeys_data()
{
    QTest::addColumn<QString>("registrar");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("identity");
    QTest::newRow("bare host") << "pbx.example.com"
                               << "8001@pbx.example.com"
                               << "sip:8001@pbx.example.com";
    QTest::newRow("uri with port and params") << "sip:PBX.example.com:5061;transport=tls"
                                              << "8001@pbx.example.com"
                                              << "sip:8001@pbx.example.com";
    QTest::newRow("sips with user") << "sips:8001@10.0.0.5"
                                    << "8001@10.0.0.5"
                                    << "sip:8001@10.0.0.5";
    QTest::newRow("ipv6") << "sip:[::1]:5060"
                          << "8001@[::1]"
                          << "sip:8001@[::1]";
    QTest::newRow("no registrar") << ""
                                  << "8001@"
                                  << "";
}

void TestCredentialStore::accountKeys()
{
    QFETCH(QString, registrar);
    QFETCH(QString, key);
    QFETCH(QString, identity);
    SipAccount a;
    a.user = QStringLiteral("8001");
    a.registrar = registrar;
    QCOMPARE(a.credentialKey(), key);
    QCOMPARE(a.identity(), identity);
}

void TestCredentialStore::outOfRangeTimeoutFallsBackToDefault()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("sip/noAnswerSeconds"), 0);
    settings.setValue(QStringLiteral("sip/transport"), QStringLiteral("Carrier pigeon"));
    const SipAccount a = SipAccount::load(settings);
    QCOMPARE(a.noAnswerSeconds, SipAccount::DefaultNoAnswerSeconds);
    QCOMPARE(a.transport, SipAccount::Transport::Udp);
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
