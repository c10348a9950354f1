#include "LoginDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSysInfo>
#include <QVBoxLayout>

namespace cd {

namespace {
constexpr int MaxRememberedServers = 5;
const char *const ServersKey = "login/servers";
const char *const UserKey = "login/username";
}  // namespace

LoginDialog::LoginDialog(SyncClient &client, QWidget *parent)
    : QDialog(parent), m_client(client), m_server(new QComboBox(this)), m_username(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_error(new QLabel(this)), m_login(new QPushButton(tr("Log in"), this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in to CollectDesk"));
    m_server->setObjectName(QStringLiteral("serverField"));
    m_username->setObjectName(QStringLiteral("usernameField"));
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_error->setObjectName(QStringLiteral("loginError"));
    m_login->setObjectName(QStringLiteral("loginButton"));

    m_server->setEditable(true);
    m_server->setInsertPolicy(QComboBox::NoInsert);
    m_server->setMinimumContentsLength(32);
    const QSettings settings;
    m_server->addItems(settings.value(QLatin1String(ServersKey)).toStringList());
    m_server->lineEdit()->setPlaceholderText(QStringLiteral("wss://collect.example.com:8443"));
    m_username->setText(settings.value(QLatin1String(UserKey)).toString());
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#a31515;"));
    m_error->hide();
    m_login->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Server"), m_server);
    form->addRow(tr("Username"), m_username);
    form->addRow(tr("Password"), m_password);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_login, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_login, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_client, &SyncClient::loggedIn, this, &LoginDialog::onLoggedIn);
    connect(&m_client, &SyncClient::loginFailed, this, &LoginDialog::onLoginFailed);
    if (m_username->text().isEmpty())
        m_username->setFocus();
    else
        m_password->setFocus();
}

void LoginDialog::setServer(const QString &url) { m_server->setEditText(url); }

void LoginDialog::setUsername(const QString &username) { m_username->setText(username); }

QString LoginDialog::server() const { return m_server->currentText().trimmed(); }

QString LoginDialog::username() const { return m_username->text().trimmed(); }

QString LoginDialog::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

void LoginDialog::submit()
{
    const QUrl url(server());
    if (!url.isValid() || (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss"))
        || url.host().isEmpty()) {
        onLoginFailed(SyncClient::LoginError::Other,
                      tr("The server address must look like wss://host:port."));
        m_server->setFocus();
        return;
    }
    if (username().isEmpty() || m_password->text().isEmpty()) {
        onLoginFailed(SyncClient::LoginError::Other, tr("Enter your username and password."));
        return;
    }
    m_error->hide();
    setBusy(true);
    m_client.setServerUrl(url);
    m_client.login(username(), m_password->text(), QSysInfo::machineHostName());
}

void LoginDialog::onLoggedIn()
{
    if (!isVisible())
        return;
    setBusy(false);
    QSettings settings;
    QStringList servers = settings.value(QLatin1String(ServersKey)).toStringList();
    servers.removeAll(server());
    servers.prepend(server());
    settings.setValue(QLatin1String(ServersKey), servers.mid(0, MaxRememberedServers));
    settings.setValue(QLatin1String(UserKey), username());
    m_password->clear();
    accept();
}

void LoginDialog::onLoginFailed(SyncClient::LoginError error, const QString &detail)
{
    setBusy(false);
    m_error->setText(messageFor(error, detail));
    m_error->show();
    if (error == SyncClient::LoginError::BadCredentials) {
        m_password->clear();
        m_password->setFocus();
    }
}

QString LoginDialog::messageFor(SyncClient::LoginError error, const QString &detail)
{
    switch (error) {
    case SyncClient::LoginError::None: return {};
    case SyncClient::LoginError::BadCredentials: return tr("Wrong username or password.");
    case SyncClient::LoginError::RateLimited:
        return tr("Too many failed attempts. Wait a few minutes and try again.");
    case SyncClient::LoginError::Disabled: return tr("This account is disabled. Ask your team lead.");
    case SyncClient::LoginError::Unreachable:
        return tr("The server cannot be reached. Check the address and your network; you can keep working "
                  "offline.");
    case SyncClient::LoginError::TlsError:
        return tr("The server's certificate is not trusted, so the connection was refused (%1).").arg(detail);
    case SyncClient::LoginError::Incompatible:
        return tr(
            "This server speaks a different protocol version. Update CollectDesk or ask your administrator.");
    case SyncClient::LoginError::UnsentChanges:
        return tr("Changes recorded by %1 on this computer have not reached the server yet. Log in as %1 "
                  "(on the same server) first, so that nothing is lost.")
            .arg(detail);
    case SyncClient::LoginError::Other: break;
    }
    return detail.isEmpty() ? tr("Login failed.") : detail;
}

void LoginDialog::setBusy(bool busy)
{
    m_login->setEnabled(!busy);
    m_login->setText(busy ? tr("Logging in…") : tr("Log in"));
}

}  // namespace cd
