// The workstation in connected mode against the real collectdesk-server binary: the login dialog's
// messages (wrong password, unreachable server), a real login and first sync, one call with a
// promise-to-pay that reaches the server exactly once (and shows once in the timeline after the
// pull), and the status indicator while the server is down and after it returns.
#include "../e2e/ServerProcess.h"
#include "CallBar.h"
#include "DispositionDialog.h"
#include "LocalStore.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "OutboxRepository.h"
#include "PortraitModels.h"
#include "PortraitView.h"
#include "SimulatedEngine.h"
#include "SyncClient.h"
#include "SyncStatusWidget.h"
#include "TaskQueueModel.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

class TestConnectedWorkstation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncClient> m_client;
    std::unique_ptr<SimulatedEngine> m_engine;
    std::unique_ptr<MainWindow> m_window;

    qint64 serverCount(const QString &sql)
    {
        qint64 n = -1;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("serverdb"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("server.db")));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    n = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("serverdb"));
        return n;
    }

    void fillLogin(LoginDialog &dlg, const QString &server, const QString &password)
    {
        dlg.setServer(server);
        dlg.setUsername(QStringLiteral("agent01"));
        dlg.findChild<QLineEdit *>(QStringLiteral("passwordField"))->setText(password);
        dlg.submit();
    }

    /// Calls the open customer's first number an agent may dial (valid or not yet verified), answered,
    /// and saves a promise of `yuanAmount`. Which customer comes next depends on the day's priorities,
    /// and some demo customers have no number known to be valid.
    void callAndPromise(qint64 yuanAmount)
    {
        const auto &phones = m_window->portrait()->phones();
        int idx = -1;
        for (int i = 0; i < phones.size() && idx < 0; ++i)
            if (phones.at(i).status == PhoneStatus::Valid || phones.at(i).status == PhoneStatus::Unverified)
                idx = i;
        QVERIFY(idx >= 0);
        m_engine->forceScenario(phones.at(idx).number, SimulatedEngine::Scenario::Answer);
        QVERIFY(m_window->callBar()->selectPhone(idx));
        m_window->callBar()->dial();
        QTRY_COMPARE(m_engine->state(), CallEngine::CallState::Connected);
        m_window->callBar()->hangup();
        QTRY_VERIFY(m_window->session()->pendingDisposition() != nullptr);
        DispositionDialog *dlg = m_window->session()->pendingDisposition();
        QVERIFY(dlg->selectOutcome(Outcome::PromiseToPay));
        dlg->setPromise(yuan(yuanAmount), m_window->portrait()->localToday().addDays(2));
        dlg->trySave();
        QTRY_VERIFY(m_window->session()->pendingDisposition() == nullptr);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<ServerProcess>(m_dir.filePath(QStringLiteral("server.db")));
        QVERIFY2(m_server->prepare(30, 2), m_server->lastOutput().constData());
        QVERIFY2(m_server->start(), m_server->lastOutput().constData());
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("agent01.sqlite"))).ok());
        m_client = std::make_unique<SyncClient>(*m_store);
        SyncClient::Timing t;
        t.reconnect = Backoff{100, 800};
        t.retry = Backoff{100, 800};
        t.pushDelayMs = 10;
        m_client->setTiming(t);
        m_engine = std::make_unique<SimulatedEngine>(3);
        m_engine->setTimeScale(0.01);
        WindowOptions w;
        w.session.scriptLocale = QStringLiteral("en");
        w.policy.windowStart = QTime(0, 0);  // tests run at any hour
        w.policy.windowEnd = QTime(23, 59, 59, 999);
        m_window = std::make_unique<MainWindow>(*m_store, *m_engine, w);
        m_window->attachSync(*m_client, *m_store);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->start();
        QCOMPARE(m_window->queueModel()->rowCount(), 0);  // nothing cached before the first login
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_client.reset();
        m_engine.reset();
        m_store.reset();
        m_server.reset();
    }

    void wrongPasswordIsExplained()
    {
        LoginDialog dlg(*m_client);
        fillLogin(dlg, m_server->url().toString(), QStringLiteral("not-the-password"));
        QTRY_COMPARE_WITH_TIMEOUT(
            dlg.errorText(), LoginDialog::messageFor(SyncClient::LoginError::BadCredentials, {}), 15'000);
        QVERIFY(dlg.findChild<QLineEdit *>(QStringLiteral("passwordField"))->text().isEmpty());
        QCOMPARE(dlg.result(), int(QDialog::Rejected));
    }

    void unreachableServerIsExplained()
    {
        QTcpServer probe;  // a port nobody listens on
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closed = probe.serverPort();
        probe.close();
        LoginDialog dlg(*m_client);
        fillLogin(dlg, QStringLiteral("ws://127.0.0.1:%1").arg(closed), QStringLiteral("demo"));
        QTRY_COMPARE_WITH_TIMEOUT(dlg.errorText(),
                                  LoginDialog::messageFor(SyncClient::LoginError::Unreachable, {}), 20'000);
    }

    void loginSyncsTheQueue()
    {
        LoginDialog dlg(*m_client);
        dlg.open();
        fillLogin(dlg, m_server->url().toString(), QStringLiteral("demo"));
        QTRY_COMPARE_WITH_TIMEOUT(dlg.result(), int(QDialog::Accepted), 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), SyncClient::State::Online, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->queueModel()->rowCount() > 0, 20'000);
        // Only this agent's tasks came down.
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE assignee != 'agent01'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QTRY_VERIFY(m_window->portrait()->customer().has_value());
        QCOMPARE(m_window->syncStatus()->stateText(), QStringLiteral("Online"));
    }

    void wrapUpReachesServerOnceAndShowsOnce()
    {
        const qint64 customer = m_window->session()->currentCustomerId();
        QVERIFY(customer > 0);
        const int before = m_window->portrait()->timelineModel()->rowCount();
        callAndPromise(777);
        // Pushed, acknowledged, pulled back: the provisional row is replaced by the server's.
        QTRY_COMPARE_WITH_TIMEOUT(m_client->pendingCount(), 0, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(
            serverCount(
                QStringLiteral("SELECT COUNT(*) FROM promises WHERE customer_id=%1 AND amount_fen=77700")
                    .arg(customer)),
            qint64(1), 10'000);
        QCOMPARE(
            serverCount(
                QStringLiteral("SELECT COUNT(*) FROM interactions WHERE customer_id=%1 AND op_id IS NOT NULL")
                    .arg(customer)),
            qint64(1));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->portrait()->timelineModel()->rowCount(), before + 1, 10'000);
        // No provisional row left behind once the pull that follows the acknowledgement is applied.
        auto provisional = [this] {
            QSqlQuery q(m_store->db());
            return q.exec(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE id < 0")) && q.next()
                ? q.value(0).toInt()
                : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(provisional(), 0, 10'000);
        QCOMPARE(
            m_window->portrait()->timelineModel()->index(0, TimelineModel::Outcome).data().value<Outcome>(),
            Outcome::PromiseToPay);
    }

    void serverDownKeepsWorkAndCatchesUp()
    {
        QVERIFY(m_server->stop());
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), SyncClient::State::Reconnecting, 15'000);
        QVERIFY(m_window->syncStatus()->stateText().startsWith(QStringLiteral("Reconnecting")));
        // The agent keeps working: next task, another call and wrap-up, saved locally.
        m_window->session()->nextTask();
        QTRY_VERIFY(m_window->portrait()->customer().has_value());
        const qint64 customer = m_window->session()->currentCustomerId();
        callAndPromise(555);
        QCOMPARE(m_client->pendingCount(), 1);
        QCOMPARE(OutboxRepository(*m_store).pendingCount(), 1);

        QVERIFY2(m_server->start(), m_server->lastOutput().constData());
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), SyncClient::State::Online, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->pendingCount(), 0, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(
            serverCount(
                QStringLiteral("SELECT COUNT(*) FROM promises WHERE customer_id=%1 AND amount_fen=55500")
                    .arg(customer)),
            qint64(1), 10'000);
        QCOMPARE(m_window->syncStatus()->stateText(), QStringLiteral("Online"));
    }

    void anotherAgentCannotLogInOverUnsentWork()
    {
        QVERIFY(m_server->stop());
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), SyncClient::State::Reconnecting, 15'000);
        m_window->session()->nextTask();
        QTRY_VERIFY(m_window->portrait()->customer().has_value());
        callAndPromise(333);
        QCOMPARE(OutboxRepository(*m_store).pendingCount(), 1);

        LoginDialog dlg(*m_client);
        dlg.setServer(m_server->url().toString());
        dlg.setUsername(QStringLiteral("agent02"));
        dlg.findChild<QLineEdit *>(QStringLiteral("passwordField"))->setText(QStringLiteral("demo"));
        dlg.submit();
        QCOMPARE(dlg.errorText(),
                 LoginDialog::messageFor(SyncClient::LoginError::UnsentChanges, QStringLiteral("agent01")));
        QVERIFY(dlg.errorText().contains(QStringLiteral("agent01")));
        // agent01's work is still there, waiting for agent01.
        QCOMPARE(OutboxRepository(*m_store).pendingCount(), 1);
        QCOMPARE(m_client->user().value(QStringLiteral("username")).toString(), QStringLiteral("agent01"));
    }
};

QTEST_MAIN(TestConnectedWorkstation)
#include "tst_connectedworkstation.moc"
