#include "CredentialStore.h"

#include <qt6keychain/keychain.h>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace cd {

Q_DECLARE_LOGGING_CATEGORY(lcTelephony)

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QString FileName = QStringLiteral("sip-credentials.json");

// Runs a keychain job to its end, or gives up after `timeoutMs` (a keyring daemon that never
// answers must not freeze the settings page). Returns false on timeout.
bool runJob(QKeychain::Job *job, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->setAutoDelete(false);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished)
        job->setAutoDelete(true);  // it deletes itself whenever the keyring answers
    return finished;
}

// qtkeychain's own text is often just "Unknown error": say which kind it was.
QString describe(const QKeychain::Job *job)
{
    const char *kind = "error";
    switch (job->error()) {
    case QKeychain::NoBackendAvailable: kind = "no keyring service on this desktop session"; break;
    case QKeychain::AccessDeniedByUser: kind = "the user denied access to the keyring"; break;
    case QKeychain::AccessDenied: kind = "access to the keyring denied"; break;
    case QKeychain::NotImplemented: kind = "no keyring support on this platform"; break;
    default: break;
    }
    return QStringLiteral("%1: %2").arg(QLatin1String(kind), job->errorString());
}

}  // namespace

CredentialStore::CredentialStore() : CredentialStore(Options()) {}

CredentialStore::CredentialStore(Options options) : m_options(std::move(options))
{
    if (m_options.fileDir.isEmpty())
        m_options.fileDir = defaultDir();
}

QString CredentialStore::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString CredentialStore::filePath() const { return QDir(m_options.fileDir).filePath(FileName); }

CredentialStore::KeychainAnswer CredentialStore::keychainWrite(const QString &key,
                                                               const QString &password) const
{
    if (!m_options.useKeychain)
        return KeychainAnswer::Unavailable;
    auto *job = new QKeychain::WritePasswordJob(m_options.service);
    job->setInsecureFallback(false);  // qtkeychain's fallback is plain QSettings: never
    job->setKey(key);
    job->setTextData(password);
    if (!runJob(job, m_options.keychainTimeoutMs)) {
        m_keychainError =
            QStringLiteral("the keyring did not answer within %1 ms").arg(m_options.keychainTimeoutMs);
        return KeychainAnswer::Unavailable;
    }
    const QKeychain::Error error = job->error();
    m_keychainError = error == QKeychain::NoError ? QString() : describe(job);
    delete job;
    return error == QKeychain::NoError ? KeychainAnswer::Ok : KeychainAnswer::Unavailable;
}

CredentialStore::KeychainAnswer CredentialStore::keychainRead(const QString &key, QString *password) const
{
    if (!m_options.useKeychain)
        return KeychainAnswer::Unavailable;
    auto *job = new QKeychain::ReadPasswordJob(m_options.service);
    job->setInsecureFallback(false);
    job->setKey(key);
    if (!runJob(job, m_options.keychainTimeoutMs)) {
        m_keychainError =
            QStringLiteral("the keyring did not answer within %1 ms").arg(m_options.keychainTimeoutMs);
        return KeychainAnswer::Unavailable;
    }
    KeychainAnswer answer = KeychainAnswer::Unavailable;
    switch (job->error()) {
    case QKeychain::NoError:
        *password = job->textData();
        answer = KeychainAnswer::Ok;
        m_keychainError.clear();
        break;
    case QKeychain::EntryNotFound:
        answer = KeychainAnswer::NotFound;
        m_keychainError.clear();
        break;
    default: m_keychainError = describe(job); break;
    }
    delete job;
    return answer;
}

CredentialStore::KeychainAnswer CredentialStore::keychainDelete(const QString &key) const
{
    if (!m_options.useKeychain)
        return KeychainAnswer::Unavailable;
    auto *job = new QKeychain::DeletePasswordJob(m_options.service);
    job->setInsecureFallback(false);
    job->setKey(key);
    if (!runJob(job, m_options.keychainTimeoutMs))
        return KeychainAnswer::Unavailable;
    const QKeychain::Error error = job->error();
    delete job;
    if (error == QKeychain::NoError)
        return KeychainAnswer::Ok;
    return error == QKeychain::EntryNotFound ? KeychainAnswer::NotFound : KeychainAnswer::Unavailable;
}

Result<QJsonObject> CredentialStore::readFile() const
{
    QFile file(filePath());
    if (!file.exists())
        return QJsonObject();
    // Like ssh with its keys: a file others can read is tightened, and said so in the log.
    constexpr QFileDevice::Permissions Others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (file.permissions() & Others) {
        qCWarning(lcTelephony) << filePath() << "was readable by others; permissions set to 0600";
        file.setPermissions(OwnerOnly);
    }
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            ErrorCode::OpenFailed,
            QStringLiteral("cannot read the password file %1: %2").arg(filePath(), file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error{ErrorCode::OpenFailed,
                     QStringLiteral("the password file %1 is damaged (%2); save the password again")
                         .arg(filePath(), parseError.errorString())};
    return doc.object().value(QStringLiteral("entries")).toObject();
}

Result<void> CredentialStore::writeFile(const QJsonObject &entries) const
{
    const QDir dir(m_options.fileDir);
    if (!dir.exists()) {
        if (!QDir().mkpath(m_options.fileDir))
            return Error{
                ErrorCode::OpenFailed,
                QStringLiteral("cannot create the folder %1 for the password file").arg(m_options.fileDir)};
        QFile::setPermissions(m_options.fileDir,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly))
        return Error{
            ErrorCode::OpenFailed,
            QStringLiteral("cannot write the password file %1: %2").arg(filePath(), file.errorString())};
    // Owner-only before a single byte of the secret is written to the temporary file.
    if (!file.setPermissions(OwnerOnly)) {
        file.cancelWriting();
        return Error{ErrorCode::OpenFailed,
                     QStringLiteral("cannot make the password file %1 private: %2")
                         .arg(filePath(), file.errorString())};
    }
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("entries"), entries}};
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{
            ErrorCode::OpenFailed,
            QStringLiteral("cannot write the password file %1: %2").arg(filePath(), file.errorString())};
    return {};
}

Result<CredentialStore::Backend> CredentialStore::store(const QString &key, const QString &password)
{
    if (key.trimmed().isEmpty() || key.startsWith(QLatin1Char('@')))
        return Error{ErrorCode::InvalidInput, QStringLiteral("no SIP user to store a password for")};
    if (keychainWrite(key, password) == KeychainAnswer::Ok) {
        // One place only: a stale copy in the file would come back if the keyring is wiped.
        Result<QJsonObject> entries = readFile();
        if (entries && entries->contains(key)) {
            QJsonObject rest = entries.value();
            rest.remove(key);
            if (auto r = writeFile(rest); !r)
                qCWarning(lcTelephony) << "stale password copy not removed:" << r.error().detail;
        }
        return Backend::Keychain;
    }
    if (m_options.useKeychain)
        qCInfo(lcTelephony) << "keyring unavailable (" << m_keychainError << "): using" << filePath();
    Result<QJsonObject> entries = readFile();
    QJsonObject all = entries ? entries.value() : QJsonObject();  // a damaged file is replaced
    // Base64 only keeps the password off a casual glance at the screen; the protection is the
    // owner-only permission (documented in docs/dev/Telephony.md).
    all.insert(key, QString::fromLatin1(password.toUtf8().toBase64()));
    if (auto r = writeFile(all); !r)
        return r.error();
    return Backend::File;
}

Result<QString> CredentialStore::load(const QString &key) const
{
    QString password;
    if (keychainRead(key, &password) == KeychainAnswer::Ok)
        return password;
    Result<QJsonObject> entries = readFile();
    if (!entries)
        return entries.error();
    const QJsonValue v = entries->value(key);
    if (!v.isString())
        return Error{ErrorCode::NotFound, QStringLiteral("no password stored for %1").arg(key)};
    return QString::fromUtf8(QByteArray::fromBase64(v.toString().toLatin1()));
}

Result<void> CredentialStore::remove(const QString &key)
{
    keychainDelete(key);
    Result<QJsonObject> entries = readFile();
    if (!entries)
        return entries.error();
    if (!entries->contains(key))
        return {};
    QJsonObject rest = entries.value();
    rest.remove(key);
    return writeFile(rest);
}

}  // namespace cd
