#include "MainWindow.h"

#include "CallBar.h"
#include "Codec.h"
#include "Messages.h"
#include "OverrideDialog.h"
#include "Pii.h"
#include "PiiField.h"
#include "Repositories.h"
#include "PortraitView.h"
#include "ScriptPanel.h"
#include "SettlementApprovalsDialog.h"
#include "SettlementPanel.h"
#include "ShortcutsDialog.h"
#include "SyncClient.h"
#include "SyncStatusWidget.h"
#include "TaskQueueModel.h"
#include "TaskQueueView.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace cd {

MainWindow::MainWindow(LocalStore &store, CallEngine &engine, WindowOptions options, QWidget *parent)
    : QMainWindow(parent), m_queueModel(new TaskQueueModel(store, this)),
      m_queue(new TaskQueueView(*m_queueModel, this)), m_portrait(new PortraitView(store, this)),
      m_script(new ScriptPanel(this)), m_callBar(new CallBar(engine, this)), m_session(nullptr),
      m_modeLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(options.demo ? tr("CollectDesk — agent workstation (demo)")
                                : tr("CollectDesk — agent workstation"));

    auto *callTools = new QToolBar(tr("Call"), this);
    callTools->setObjectName(QStringLiteral("callToolBar"));
    callTools->setMovable(false);
    callTools->addWidget(m_callBar);
    addToolBar(Qt::TopToolBarArea, callTools);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("mainSplitter"));
    split->addWidget(m_queue);
    split->addWidget(m_portrait);
    split->addWidget(m_script);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 2);
    split->setSizes({580, 580, 320});
    setCentralWidget(split);

    m_callBar->setPolicy(options.policy);
    m_session = new WorkSession(store, engine, *m_queue, *m_portrait, *m_script, *m_callBar, this,
                                options.session, this);
    connect(m_session, &WorkSession::statusMessage, this, &MainWindow::showStatus);

    QMenu *work = menuBar()->addMenu(tr("&Work"));
    QAction *next = work->addAction(tr("&Next task"), m_session, &WorkSession::nextTask);
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction *refresh = work->addAction(tr("&Refresh queue"), m_queue, &TaskQueueView::refresh);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    work->addSeparator();
    QAction *quit = work->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence(Qt::Key_F1));

    const QString agent =
        options.session.agentDisplayName.isEmpty() ? options.session.agent : options.session.agentDisplayName;
    m_modeLabel->setText(options.demo
                             ? tr("Agent: %1 · Demo mode: synthetic customers, simulated calls").arg(agent)
                             : tr("Agent: %1").arg(agent));
    if (options.demo) {
        m_modeLabel->setStyleSheet(QStringLiteral("color:#8a4b00;font-weight:bold;"));
        // Demo customers are synthetic and the cache holds them in full: trainers show them locally.
        m_portrait->setRevealAllowed(true);
        connect(m_portrait, &PortraitView::revealRequested, this, [this, &store](qint64 id, const QString &field) {
            const auto c = CustomerRepository(store).find(id);
            if (c)
                m_portrait->showRevealed(field, field == QLatin1String("idNumber") ? c->idNumber : c->bankCard);
        });
    }
    statusBar()->addPermanentWidget(m_modeLabel);
    resize(1480, 900);
}

MainWindow::~MainWindow() = default;

void MainWindow::start()
{
    m_queue->refresh();
    m_queue->table()->setFocus();  // ↑/↓ work at once: agents start from the keyboard
}

void MainWindow::attachSync(SyncClient &client, LocalStore &store)
{
    m_syncStatus = new SyncStatusWidget(client, store, this);
    statusBar()->insertPermanentWidget(0, m_syncStatus);
    connect(m_session, &WorkSession::dispositionSaved, &client, &SyncClient::outboxChanged);
    connect(&client, &SyncClient::dataChanged, m_session, &WorkSession::onRemoteChanges);
    connect(&client, &SyncClient::opRejected, this, [this](const QString &, proto::StatusCode code) {
        showStatus(tr("The server refused a change: %1").arg(SyncStatusWidget::reasonFor(code)));
    });
    connect(&client, &SyncClient::loggedIn, this,
            [this](const QJsonObject &user) { applyRole(user.value(QStringLiteral("role")).toString()); });
    applyRole(client.user().value(QStringLiteral("role")).toString());
    connect(m_callBar, &CallBar::overrideRequested, this,
            [this, &client, &store](compliance::Rule rule, const QString &number) {
                requestOverride(client, store, rule, number);
            });
    connect(m_portrait, &PortraitView::revealRequested, this,
            [this, &client](qint64 id, const QString &field) { requestReveal(client, id, field); });

    // Payment plans: the portrait's section follows sync; a lead gets the approvals dialog.
    if (auto *plans = m_portrait->findChild<SettlementPanel *>()) {
        plans->attachSync(client);
        connect(plans, &SettlementPanel::statusMessage, this, &MainWindow::showStatus);
    }
    auto *team = new QMenu(tr("&Team"), this);
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), team);  // before Help
    QAction *approvals = team->addAction(tr("Payment plan &approvals…"), this, [this, &client, &store] {
        auto *dlg = new SettlementApprovalsDialog(client, store, this);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->open();
    });
    approvals->setObjectName(QStringLiteral("settlementApprovalsAction"));
    auto showForLead = [team](const QJsonObject &user) {
        team->menuAction()->setVisible(user.value(QStringLiteral("role")).toString() == QLatin1String("lead"));
    };
    connect(&client, &SyncClient::loggedIn, team, showForLead);
    showForLead(client.user());
}

OverrideDialog *MainWindow::overrideDialog() const { return m_overrideDialog.data(); }

void MainWindow::applyRole(const QString &role)
{
    const bool lead = role == QLatin1String("lead") || role == QLatin1String("admin");
    m_callBar->setCanOverride(lead);
    m_portrait->setRevealAllowed(lead || role == QLatin1String("trainer"));
}

void MainWindow::requestOverride(SyncClient &client, LocalStore &store, compliance::Rule rule,
                                 const QString &number)
{
    const qint64 customerId = m_session->currentCustomerId();
    if (!customerId || m_overrideDialog)
        return;
    auto *dlg = new OverrideDialog(m_callBar->currentVerdict(), pii::maskPhone(number), this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    m_overrideDialog = dlg;
    connect(dlg, &OverrideDialog::submitted, this, [this, dlg, &client, &store, rule, number, customerId] {
        QJsonObject body{{QStringLiteral("customerId"), customerId},
                         {QStringLiteral("rule"), enumKey(rule)},
                         {QStringLiteral("reason"), dlg->reason()},
                         {QStringLiteral("hours"), dlg->hours()}};
        if (dlg->thisNumberOnly())
            body.insert(QStringLiteral("phoneNumber"), number);
        client.request(proto::msg::ComplianceOverride, body, dlg,
                       [this, dlg, &store](const proto::Envelope &response, bool offline) {
                           if (offline) {
                               dlg->showError(tr("Not connected to the server. An override needs the server; "
                                                 "try again when the status bar says online."));
                               return;
                           }
                           if (!response.ok()) {
                               dlg->showError(tr("The server refused the override: %1")
                                                  .arg(SyncStatusWidget::reasonFor(response.status)));
                               return;
                           }
                           // Applied at once; the pull that follows brings the same row.
                           const auto o = proto::overrideFromJson(
                               response.body.value(QStringLiteral("override")).toObject());
                           if (o)
                               OverrideRepository(store).upsert(o->first, o->second);
                           dlg->accept();
                           m_session->onRemoteChanges();
                           if (o)
                               showStatus(tr("Override in force until %1 (customer's local time).")
                                              .arg(m_portrait->customer()
                                                       ? compliance::localTime(*m_portrait->customer(),
                                                                               o->second.expiresAt)
                                                             .toString(QStringLiteral("HH:mm"))
                                                       : QString()));
                       });
    });
    dlg->open();
}

void MainWindow::requestReveal(SyncClient &client, qint64 customerId, const QString &field)
{
    client.request(proto::msg::CustomerReveal,
                   {{QStringLiteral("customerId"), customerId}, {QStringLiteral("field"), field}}, this,
                   [this, customerId, field](const proto::Envelope &response, bool offline) {
                       PiiField *f = m_portrait->piiField(field);
                       if (offline || !response.ok()) {
                           if (f)
                               f->setMasked(f->text());  // re-enables "Show"
                           showStatus(offline ? tr("Not connected to the server: personal data can be shown "
                                                   "only online.")
                                              : tr("The server refused to show it: %1")
                                                    .arg(SyncStatusWidget::reasonFor(response.status)));
                           return;
                       }
                       if (m_portrait->customer() && m_portrait->customer()->id == customerId)
                           m_portrait->showRevealed(field, response.body.value(QStringLiteral("value")).toString());
                   });
}

void MainWindow::setAgent(const QString &login, const QString &displayName)
{
    m_session->setAgent(login, displayName);
    m_modeLabel->setText(tr("Agent: %1").arg(displayName.isEmpty() ? login : displayName));
}

void MainWindow::showShortcuts()
{
    auto *dlg = new ShortcutsDialog(this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->open();
}

void MainWindow::showStatus(const QString &text) { statusBar()->showMessage(text, 15000); }

}  // namespace cd
