// collectdesk: the agent workstation. main() parses the command line, installs the translation and
// hands over to the composition root (Workstation).
#include "LoginDialog.h"
#include "Screenshotter.h"
#include "SyncClient.h"
#include "Workstation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSysInfo>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

/// Logs in without a dialog (--username + --password-file) and waits for the first full sync.
/// Returns an error text, empty on success.
QString loginAndSync(cd::SyncClient &client, cd::MainWindow &window, const QString &user,
                     const QString &password)
{
    QEventLoop loop;
    QString error;
    QObject::connect(&client, &cd::SyncClient::loginFailed, &loop,
                     [&](cd::SyncClient::LoginError e, const QString &detail) {
                         error = cd::LoginDialog::messageFor(e, detail);
                         loop.quit();
                     });
    QObject::connect(&client, &cd::SyncClient::loggedIn, &loop, [&](const QJsonObject &u) {
        window.setAgent(u.value(QStringLiteral("username")).toString(),
                        u.value(QStringLiteral("name")).toString());
    });
    QObject::connect(&client, &cd::SyncClient::synced, &loop, [&] { loop.quit(); });
    QTimer::singleShot(60'000, &loop, [&] {
        error = QStringLiteral("no sync within 60 s");
        loop.quit();
    });
    client.login(user, password, QSysInfo::machineHostName());
    loop.exec();
    return error;
}

/// zh_CN on a Simplified Chinese system, zh_TW on a Traditional one, English elsewhere.
QString pickLanguage(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    const QLocale sys = QLocale::system();
    if (sys.language() != QLocale::Chinese)
        return QStringLiteral("en");
    if (sys.script() == QLocale::TraditionalChineseScript || sys.territory() == QLocale::Taiwan
        || sys.territory() == QLocale::HongKong || sys.territory() == QLocale::Macao)
        return QStringLiteral("zh_TW");
    return QStringLiteral("zh_CN");
}

void applyFont(QApplication &app, const QString &lang)
{
    // Name the CJK face explicitly: a fallback font that happens to be installed may lack Chinese.
    const QStringList installed = QFontDatabase::families();
    QStringList wanted = lang == QLatin1String("zh_TW")
        ? QStringList{QStringLiteral("Noto Sans CJK TC"), QStringLiteral("WenQuanYi Micro Hei")}
        : QStringList{QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei")};
    QStringList families;
    for (const QString &f : wanted)
        if (installed.contains(f))
            families << f;
    if (families.isEmpty())
        return;
    QFont font = app.font();
    font.setFamilies(families + QStringList{font.family()});
    if (font.pointSizeF() < 10)
        font.setPointSizeF(10);
    app.setFont(font);
}

}  // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CollectDesk"));
    QApplication::setApplicationName(QStringLiteral("collectdesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CollectDesk agent workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Demo mode: synthetic customers and a simulated phone; no server needed."));
    const QCommandLineOption customers(QStringLiteral("customers"),
                                       QStringLiteral("Number of demo customers (default 300)."),
                                       QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the demo data (default 20261122)."),
                                  QStringLiteral("n"), QStringLiteral("20261122"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Render every main view to PNG files in DIR, print their paths and exit."),
        QStringLiteral("dir"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Interface language: zh_CN, zh_TW or en."),
                                  QStringLiteral("lang"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Path of the local cache database."),
                                QStringLiteral("path"));
    const QCommandLineOption agent(QStringLiteral("agent"),
                                   QStringLiteral("Agent login name (demo: 'demo')."), QStringLiteral("name"),
                                   QStringLiteral("demo"));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QStringLiteral("Companion server address, e.g. wss://collect.example.com:8443."),
        QStringLiteral("url"));
    const QCommandLineOption username(QStringLiteral("username"),
                                      QStringLiteral("Log in as this user (with --password-file)."),
                                      QStringLiteral("name"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          QStringLiteral("Read the password from this file's first line."),
                                          QStringLiteral("file"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    QStringLiteral("Also trust the CA certificates in this PEM file (wss)."),
                                    QStringLiteral("file"));
    const QCommandLineOption policy(
        QStringLiteral("policy"),
        QStringLiteral("Contact rules (calling hours, caps) as JSON; see docs/dev/Compliance.md."),
        QStringLiteral("file"));
    const QCommandLineOption wrapUp(
        QStringLiteral("wrap-up-limit"),
        QStringLiteral("Seconds of wrap-up after a call before the clock turns red (default 120, 0 = none)."),
        QStringLiteral("seconds"), QStringLiteral("120"));
    const QCommandLineOption sipAccount(
        QStringLiteral("sip-account"),
        QStringLiteral("Use this SIP account instead of the Phone settings: JSON with registrar, user, "
                       "transport (udp/tcp/tls) and passwordFile; see docs/dev/Telephony.md."),
        QStringLiteral("file"));
    const QCommandLineOption progressive(
        QStringLiteral("progressive"),
        QStringLiteral("Progressive dialling: after wrap-up the next task is dialled after a countdown of "
                       "SECONDS (1-120). Default: preview mode (the agent dials)."),
        QStringLiteral("seconds"));
    const QCommandLineOption rehearsal(
        QStringLiteral("rehearsal"),
        QStringLiteral("With --demo: open the training rehearsal window at start (Training → New rehearsal)."));
    parser.addOptions({demo, customers, seed, screenshot, lang, db, agent, server, username, passwordFile, caFile,
                       policy, wrapUp, sipAccount, progressive, rehearsal});
    parser.process(app);

    const QString language = pickLanguage(parser.value(lang));
    if (!QStringList{QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en")}.contains(
            language)) {
        std::fprintf(stderr, "collectdesk: unknown language '%s' (use zh_CN, zh_TW or en)\n",
                     qPrintable(language));
        return 2;
    }
    QTranslator appTr, qtTr;
    if (language != QLatin1String("en")) {
        if (!appTr.load(QStringLiteral(":/i18n/collectdesk_%1.qm").arg(language)))
            std::fprintf(stderr, "collectdesk: translation %s missing; showing English\n",
                         qPrintable(language));
        else
            QApplication::installTranslator(&appTr);
        if (qtTr.load(QStringLiteral("qtbase_%1").arg(language),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&qtTr);
    }
    QLocale::setDefault(QLocale(language));
    applyFont(app, language);

    if (parser.isSet(rehearsal) && !parser.isSet(demo)) {
        // Rehearsals live only in the demo profile, which never syncs: no flag opens them elsewhere.
        std::fprintf(stderr, "collectdesk: --rehearsal needs --demo (training runs on the demo profile only)\n");
        return 2;
    }
    bool ok = false;
    cd::WorkstationOptions options;
    options.demo = parser.isSet(demo);
    options.demoCustomers = parser.value(customers).toInt(&ok);
    if (!ok || options.demoCustomers < 1 || options.demoCustomers > 1'000'000) {
        std::fprintf(stderr, "collectdesk: --customers must be between 1 and 1000000\n");
        return 2;
    }
    options.demoSeed = parser.value(seed).toUInt(&ok);
    if (!ok) {
        std::fprintf(stderr, "collectdesk: --seed must be a non-negative number\n");
        return 2;
    }
    options.wrapUpLimitSeconds = parser.value(wrapUp).toInt(&ok);
    if (!ok || options.wrapUpLimitSeconds < 0 || options.wrapUpLimitSeconds > 3600) {
        std::fprintf(stderr, "collectdesk: --wrap-up-limit must be between 0 and 3600 seconds\n");
        return 2;
    }
    if (parser.isSet(progressive)) {
        options.progressiveSeconds = parser.value(progressive).toInt(&ok);
        if (!ok || options.progressiveSeconds < 1 || options.progressiveSeconds > 120) {
            std::fprintf(stderr, "collectdesk: --progressive must be between 1 and 120 seconds\n");
            return 2;
        }
    }
    if (parser.isSet(sipAccount)) {
        if (parser.isSet(demo)) {
            std::fprintf(stderr, "collectdesk: --demo uses the simulated phone; drop --demo or --sip-account\n");
            return 2;
        }
        if (cd::Result<void> r = cd::loadSipAccountFile(parser.value(sipAccount), options); !r) {
            std::fprintf(stderr, "collectdesk: %s\n", qPrintable(r.error().detail));
            return 2;
        }
    }
    options.dbPath = parser.value(db);
    options.locale = language;
    options.agent = parser.value(agent);
    options.ephemeral = parser.isSet(screenshot) && options.dbPath.isEmpty();
    if (parser.isSet(server)) {
        if (options.demo) {
            std::fprintf(stderr, "collectdesk: --demo never connects to a server; drop --demo or --server\n");
            return 2;
        }
        options.server = QUrl(parser.value(server));
        if (!options.server.isValid()
            || (options.server.scheme() != QLatin1String("ws")
                && options.server.scheme() != QLatin1String("wss"))) {
            std::fprintf(stderr, "collectdesk: --server must be a ws:// or wss:// address\n");
            return 2;
        }
        options.caFile = parser.value(caFile);
    }
    if (parser.isSet(policy)) {
        QFile f(parser.value(policy));
        QString why;
        const QJsonDocument doc =
            f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()) : QJsonDocument();
        options.policy = cd::compliance::Policy::fromJson(doc.object(), &why);
        if (!doc.isObject() || !options.policy) {
            std::fprintf(stderr, "collectdesk: %s is not a valid policy: %s\n",
                         qPrintable(parser.value(policy)),
                         qPrintable(why.isEmpty() ? QStringLiteral("not a JSON object") : why));
            return 2;
        }
    }
    QString password;
    if (parser.isSet(passwordFile)) {
        QFile f(parser.value(passwordFile));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "collectdesk: cannot read %s\n", qPrintable(parser.value(passwordFile)));
            return 2;
        }
        password = QString::fromUtf8(f.readLine()).trimmed();
    }
    const bool autoLogin = options.server.isValid() && parser.isSet(username) && !password.isEmpty();
    if (options.server.isValid() && parser.isSet(screenshot) && !autoLogin) {
        std::fprintf(stderr,
                     "collectdesk: --screenshot with --server needs --username and --password-file\n");
        return 2;
    }
    if (options.server.isValid() && parser.isSet(username))
        options.agent = parser.value(username);

    cd::Workstation workstation;
    if (cd::Result<void> r = workstation.start(options); !r) {
        const QString text = r.error().code == cd::ErrorCode::NewerSchema
            ? QApplication::translate(
                "main", "The local cache was written by a newer version of CollectDesk. Update the program.")
            : QApplication::translate("main", "The local cache could not be opened: %1")
                  .arg(r.error().detail);
        std::fprintf(stderr, "collectdesk: %s\n", qPrintable(text));
        if (!parser.isSet(screenshot)
            && qEnvironmentVariable("QT_QPA_PLATFORM") != QLatin1String("offscreen"))
            QMessageBox::critical(nullptr, QApplication::translate("main", "CollectDesk"), text);
        return 1;
    }

    cd::SyncClient *sync = workstation.syncClient();
    if (sync && autoLogin) {
        const QString error = loginAndSync(*sync, *workstation.window(), parser.value(username), password);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "collectdesk: %s\n", qPrintable(error));
            return 1;
        }
    }

    if (parser.isSet(screenshot)) {
        QString error;
        const QStringList files = cd::Screenshotter(workstation).run(parser.value(screenshot), &error);
        if (files.isEmpty()) {
            std::fprintf(stderr, "collectdesk: screenshots failed: %s\n", qPrintable(error));
            return 1;
        }
        for (const QString &f : files)
            std::printf("%s\n", qPrintable(f));
        return 0;
    }

    workstation.window()->show();
    workstation.window()->start();
    if (parser.isSet(rehearsal))
        workstation.window()->openRehearsal();
    if (sync && !autoLogin) {
        // Work starts from the cache at once; the login dialog sits on top. Cancelling it keeps the
        // agent working offline.
        auto *login = new cd::LoginDialog(*sync, workstation.window());
        login->setAttribute(Qt::WA_DeleteOnClose);
        login->setServer(options.server.toString());
        if (parser.isSet(username))
            login->setUsername(parser.value(username));
        QObject::connect(sync, &cd::SyncClient::loggedIn, workstation.window(),
                         [&workstation](const QJsonObject &u) {
                             workstation.window()->setAgent(u.value(QStringLiteral("username")).toString(),
                                                            u.value(QStringLiteral("name")).toString());
                         });
        QObject::connect(sync, &cd::SyncClient::loginRequired, login, &QDialog::open);
        if (!sync->resume())
            login->open();
    }
    return app.exec();
}
