#pragma once
// Log in to the companion server: server address (remembered), username, password, and a clear
// message for each way it can fail (wrong password, locked out, server unreachable, certificate
// not trusted, incompatible server). Drives SyncClient; accepted once the session is open.
#include "SyncClient.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cd {

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(SyncClient &client, QWidget *parent = nullptr);

    void setServer(const QString &url);
    void setUsername(const QString &username);
    QString server() const;
    QString username() const;
    /// Starts the login with the form's values (Enter / the button).
    void submit();
    QString errorText() const;

    /// The text shown for a failed login (also used by the app on the command line).
    static QString messageFor(SyncClient::LoginError error, const QString &detail);

private:
    void onLoggedIn();
    void onLoginFailed(SyncClient::LoginError error, const QString &detail);
    void setBusy(bool busy);

    SyncClient &m_client;
    QComboBox *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_login;
};

} // namespace cd
