// Case collaboration as the agent's window shows it, against a real server on loopback: the agent
// (a real SyncClient, MainWindow::attachSync) opens a legal consult from the portrait's "Consults" tab
// with the New consult dialog; the legal user (a raw WebSocket client) receives it and answers; the
// answer appears in the panel live, counts as unread on the tab and in the status bar while the
// section is not in front, and is marked read once it is. The agent's reply reaches legal; a phrase
// the compliance lint flags is marked in the thread. With the link down, Send refuses and keeps the text;
// the thread stays readable from the cache.
// Screenshot (zh_CN locale, Chinese data): consultpanel.png.
#include "../integration/ServerFixture.h"

#include "ConsultIndicator.h"
#include "ConsultPanel.h"
#include "LocalStore.h"
#include "MainWindow.h"
#include "PortraitView.h"
#include "SimulatedEngine.h"
#include "SyncClient.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>

using namespace cd;
using namespace cdtest;

class TstConsultPanel : public ServerFixture
{
    Q_OBJECT

    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SimulatedEngine> m_engine;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SyncClient> m_client;
    std::unique_ptr<WsTestClient> m_legal;
    ConsultPanel *m_panel = nullptr;
    qint64 m_thread = 0;

    QTabWidget *tabs() const
    {
        return m_panel->parentWidget() ? qobject_cast<QTabWidget *>(m_panel->parentWidget()->parentWidget())
                                       : nullptr;
    }
    QString tabText() const { return tabs()->tabText(tabs()->indexOf(m_panel)); }
    ConsultIndicator *indicator() const { return m_window->findChild<ConsultIndicator *>(); }
    QList<QJsonObject> legalEvents() const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &e : m_legal->events(QStringLiteral("consult.message")))
            out << WsTestClient::body(e);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
        startServer();
        UserRecord legal;
        legal.username = QStringLiteral("legal01");
        legal.name = QStringLiteral("法务 陈律师");
        legal.role = Role::Legal;
        legal.team = QStringLiteral("legal");
        legal.passwordHash = PasswordHasher::hash(Pw);
        QVERIFY(m_server->storage().insertUser(legal).ok());

        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(QStringLiteral(":memory:")).ok());
        m_engine = std::make_unique<SimulatedEngine>(5);
        WindowOptions w;
        w.session.agent = QStringLiteral("agent01");
        w.policy.windowStart = QTime(0, 0);
        w.policy.windowEnd = QTime(23, 59, 59, 999);
        m_window = std::make_unique<MainWindow>(*m_store, *m_engine, w);
        m_client = std::make_unique<SyncClient>(*m_store);
        m_client->setServerUrl(m_url);
        m_window->attachSync(*m_client, *m_store);
        QSignalSpy synced(m_client.get(), &SyncClient::synced);
        m_client->login(QStringLiteral("agent01"), Demo, QStringLiteral("tst_consultpanel"));
        QVERIFY(synced.wait(20000));
        m_window->start();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->portrait()->customer().has_value(), 5000);
        m_panel = m_window->portrait()->findChild<ConsultPanel *>();
        QVERIFY(m_panel);
        QVERIFY(tabs());

        m_legal = std::make_unique<WsTestClient>();
        QVERIFY(m_legal->open(m_url));
        QCOMPARE(WsTestClient::code(m_legal->login(QStringLiteral("legal01"), Pw)), 0);
    }
    void cleanupTestCase()
    {
        m_legal.reset();
        m_window.reset();
        m_client.reset();
        m_engine.reset();
        m_store.reset();
    }

    void openConsultFromThePortrait()
    {
        m_panel->showInPortrait();
        QCOMPARE(m_panel->threadList()->count(), 0);
        QVERIFY(m_panel->newButton()->isEnabled());
        QVERIFY(!m_panel->sendButton()->isEnabled());  // no thread yet

        QDialog *dlg = m_panel->openNewConsult();
        QVERIFY(dlg);
        auto *department = dlg->findChild<QComboBox *>(QStringLiteral("consultDepartment"));
        auto *subject = dlg->findChild<QLineEdit *>(QStringLiteral("consultSubject"));
        auto *first = dlg->findChild<QPlainTextEdit *>(QStringLiteral("consultFirstMessage"));
        auto *ok = dlg->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(department && subject && first && ok);
        QVERIFY(!ok->isEnabled());  // subject and question are required
        department->setCurrentIndex(department->findData(QStringLiteral("legal")));
        subject->setText(QStringLiteral("客户称已委托律师"));
        first->setPlainText(QStringLiteral("客户说已经委托律师处理，要求我们不要再打电话。下一步怎么做？"));
        QVERIFY(ok->isEnabled());
        QPointer<QDialog> guard(dlg);
        ok->click();
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->threadList()->count(), 1, 5000);
        m_thread = m_panel->currentThread();
        QVERIFY(m_thread > 0);
        QVERIFY(m_panel->messageView()->toPlainText().contains(QStringLiteral("委托律师处理")));

        // Legal hears of it at once.
        QTRY_COMPARE_WITH_TIMEOUT(legalEvents().size(), 1, 5000);
        QCOMPARE(legalEvents().first().value(QStringLiteral("unread")).toInt(), 1);
    }

    void answerArrivesLiveWithUnreadCounts()
    {
        // While another tab is in front, the answer counts as unread on the tab and in the status bar.
        tabs()->setCurrentIndex(0);
        QTRY_VERIFY(!m_panel->isVisible());
        const QJsonObject r = m_legal->call(
            QStringLiteral("consult.post"),
            {{QStringLiteral("threadId"), m_thread},
             {QStringLiteral("text"), QStringLiteral("请暂停外呼，让客户提供委托书，法务会联系律师。")}});
        QCOMPARE(WsTestClient::code(r), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->unread(), 1, 5000);
        QCOMPARE(tabText(), QStringLiteral("Consults (1)"));
        QVERIFY(indicator());
        QVERIFY(indicator()->isVisibleTo(m_window.get()));
        QVERIFY(indicator()->text().contains(QLatin1Char('1')));
        QVERIFY(m_panel->messageView()->toPlainText().contains(QStringLiteral("请暂停外呼")));

        // Bringing the section to the front reads it: the badges go, and the server agrees.
        m_panel->showInPortrait();
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->unread(), 0, 5000);
        QCOMPARE(tabText(), QStringLiteral("Consults"));
        QTRY_VERIFY_WITH_TIMEOUT(!indicator()->isVisibleTo(m_window.get()), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(QStringLiteral("SELECT last_read FROM consult_reads WHERE username = 'agent01' "
                                  "AND thread_id = ?"),
                   {m_thread})
                .toLongLong(),
            WsTestClient::body(r)
                .value(QStringLiteral("message"))
                .toObject()
                .value(QStringLiteral("id"))
                .toInteger(),
            5000);
    }

    void agentReplyReachesLegalAndFlagsShow()
    {
        m_panel->editor()->setPlainText(
            QStringLiteral("好的，已暂停。另外客户说之前有同事讲过“再不还钱就上门”。"));
        QVERIFY(m_panel->sendButton()->isEnabled());
        QTest::mouseClick(m_panel->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->editor()->toPlainText().isEmpty(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(legalEvents().size(), 3, 5000);
        const QJsonObject e = legalEvents().last();
        QVERIFY(e.value(QStringLiteral("message"))
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("已暂停")));
        QCOMPARE(e.value(QStringLiteral("unread")).toInt(), 1);  // legal's own answer moved their read mark
        QVERIFY(!e.value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("flags"))
                     .toArray()
                     .isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_panel->messageView()->toPlainText().contains(QStringLiteral("Compliance check")), 5000);

        // A text over the limit cannot be sent.
        m_panel->editor()->setPlainText(QString(ConsultPanel::MaxTextLength + 1, QLatin1Char('x')));
        QVERIFY(!m_panel->sendButton()->isEnabled());
        m_panel->editor()->clear();

        m_window->portrait()->repaint();
        const QString dir = QStringLiteral(CD_SCREENSHOT_DIR);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/consultpanel.png")));
    }

    void offlineSendKeepsTheText()
    {
        // The link goes (the server stops): the client keeps reconnecting, the agent keeps working.
        m_server->stop(0);
        QTRY_VERIFY_WITH_TIMEOUT(m_client->state() != SyncClient::State::Online, 5000);
        const QString text = QStringLiteral("委托书已收到。");
        m_panel->editor()->setPlainText(text);
        QTest::mouseClick(m_panel->sendButton(), Qt::LeftButton);
        QVERIFY(m_panel->statusLabel()->text().contains(QStringLiteral("Offline")));
        QCOMPARE(m_panel->editor()->toPlainText(), text);
        // The thread stays readable from the cache.
        QVERIFY2(m_panel->messageView()->toPlainText().contains(QStringLiteral("请暂停外呼")),
                 qPrintable(m_panel->messageView()->toPlainText()));
    }
};

QTEST_MAIN(TstConsultPanel)
#include "tst_consultpanel.moc"
