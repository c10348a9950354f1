#pragma once
// Where the SIP password lives: the desktop keyring (Secret Service / KWallet through qtkeychain)
// when one answers, otherwise a file readable by this OS user only (0600, in the app data folder).
// Never in QSettings. Calls are synchronous (a keyring answers in milliseconds or fails at once;
// a bounded wait covers one that hangs) so the settings page and the engine can simply ask.
// Owned by the composition root; QtCore only.
#include "Result.h"

#include <QObject>
#include <QString>

namespace cd {

class CredentialStore
{
    Q_GADGET
public:
    enum class Backend { Keychain, File };
    Q_ENUM(Backend)

    struct Options {
        QString service = QStringLiteral("CollectDesk SIP");  ///< the keyring entry's service name
        QString fileDir;          ///< folder of the fallback file; empty: defaultDir()
        bool useKeychain = true;  ///< false: the file only (tests, desks without a session bus)
        int keychainTimeoutMs = 5000;
    };

    CredentialStore();
    explicit CredentialStore(Options options);

    /// The app data folder (QStandardPaths::AppDataLocation).
    static QString defaultDir();
    /// The fallback file: <fileDir>/sip-credentials.json.
    QString filePath() const;

    /// Stores the password for `key` (SipAccount::credentialKey()). Returns where it went: the
    /// keyring when it accepted it (any copy in the file is then removed), else the file.
    Result<Backend> store(const QString &key, const QString &password);
    /// The stored password; NotFound when there is none, OpenFailed when the file is unreadable.
    Result<QString> load(const QString &key) const;
    /// Forgets the password in both places. Not an error when there was none.
    Result<void> remove(const QString &key);
    /// Why the keyring was not used the last time it was tried; empty when it answered.
    QString keychainError() const { return m_keychainError; }

private:
    enum class KeychainAnswer { Ok, NotFound, Unavailable };
    KeychainAnswer keychainWrite(const QString &key, const QString &password) const;
    KeychainAnswer keychainRead(const QString &key, QString *password) const;
    KeychainAnswer keychainDelete(const QString &key) const;
    Result<QJsonObject> readFile() const;
    Result<void> writeFile(const QJsonObject &entries) const;

    Options m_options;
    mutable QString m_keychainError;
};

}  // namespace cd
