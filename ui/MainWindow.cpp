#include "MainWindow.h"

#include "CallBar.h"
#include "Codec.h"
#include "ConsultClient.h"
#include "ConsultIndicator.h"
#include "ConsultPanel.h"
#include "FloorMessagesPanel.h"
#include "Labels.h"
#include "Messages.h"
#include "OutboxRepository.h"
#include "OverrideDialog.h"
#include "Pii.h"
#include "PiiField.h"
#include "Repositories.h"
#include "PortraitView.h"
#include "ProgressiveDialer.h"
#include "RehearsalReview.h"
#include "ScriptEditor.h"
#include "ScriptPanel.h"
#include "SettlementApprovalsDialog.h"
#include "SettlementPanel.h"
#include "ShortcutsDialog.h"
#include "SyncClient.h"
#include "SupervisorView.h"
#include "SyncStatusWidget.h"
#include "TaskQueueModel.h"
#include "TaskQueueView.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMetaEnum>
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
    m_portrait->setPolicy(options.policy);  // the phones' "今日 2/6" counters use the same caps
    m_session = new WorkSession(store, engine, *m_queue, *m_portrait, *m_script, *m_callBar, this,
                                options.session, this);
    connect(m_session, &WorkSession::statusMessage, this, &MainWindow::showStatus);
    connect(m_callBar, &CallBar::statusMessage, this, &MainWindow::showStatus);
    // Progressive dialling: its countdown banner gets a row of its own under the call bar.
    m_progressive = new ProgressiveDialer(*m_session, *m_callBar, engine, this);
    auto *progressTools = new QToolBar(tr("Progressive dialling"), this);
    progressTools->setObjectName(QStringLiteral("progressiveToolBar"));
    progressTools->setMovable(false);
    progressTools->addWidget(m_progressive);
    addToolBarBreak(Qt::TopToolBarArea);
    addToolBar(Qt::TopToolBarArea, progressTools);
    progressTools->hide();
    connect(m_progressive, &ProgressiveDialer::visibilityWanted, progressTools, &QToolBar::setVisible);
    connect(m_progressive, &ProgressiveDialer::statusMessage, this, &MainWindow::showStatus);

    QMenu *work = menuBar()->addMenu(tr("&Work"));
    QAction *next = work->addAction(tr("&Next task"), m_session, &WorkSession::nextTask);
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction *refresh = work->addAction(tr("&Refresh queue"), m_queue, &TaskQueueView::refresh);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_progressiveAction = work->addAction(tr("P&rogressive dialling"));
    m_progressiveAction->setObjectName(QStringLiteral("progressiveAction"));
    m_progressiveAction->setCheckable(true);
    m_progressiveAction->setToolTip(tr("After wrap-up the next task opens and is dialled after a short countdown"));
    connect(m_progressiveAction, &QAction::toggled, m_progressive, &ProgressiveDialer::setProgressive);
    work->addSeparator();
    QAction *phone = work->addAction(tr("&Phone settings…"), this, &MainWindow::phoneSettingsRequested);
    phone->setObjectName(QStringLiteral("phoneSettingsAction"));
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
    if (options.demo) {
        // The permanent DEMO / 培训 banner: nobody mistakes a rehearsal for live work.
        auto *bannerBar = new QToolBar(tr("Demo"), this);
        bannerBar->setObjectName(QStringLiteral("trainingBannerBar"));
        bannerBar->setMovable(false);
        bannerBar->setFloatable(false);
        bannerBar->toggleViewAction()->setVisible(false);
        QLabel *banner = makeTrainingBanner(bannerBar);
        banner->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        bannerBar->addWidget(banner);
        insertToolBar(callTools, bannerBar);
        insertToolBarBreak(callTools);
    }
    resize(1480, 900);
}

void MainWindow::enableTraining(LocalStore &store, QList<script::Script> scripts, RehearsalOptions options)
{
    m_openRehearsal = [this, &store, scripts, options]() -> RehearsalView * {
        auto *view = findChild<RehearsalView *>();
        if (!view) {
            view = new RehearsalView(store, scripts, options, this);
            // A finished rehearsal shows up in an open review at once.
            connect(view, &RehearsalView::sessionFinished, this, [this] {
                if (auto *review = findChild<RehearsalReview *>())
                    review->refresh();
            });
        }
        view->show();
        view->raise();
        view->activateWindow();
        return view;
    };
    m_openReview = [this, &store, options]() -> RehearsalReview * {
        auto *review = findChild<RehearsalReview *>();
        if (!review)
            review = new RehearsalReview(store, options.trainee, options.locale, this);
        review->refresh();
        review->show();
        review->raise();
        review->activateWindow();
        return review;
    };
    QMenu *training = new QMenu(tr("&Training"), this);
    training->setObjectName(QStringLiteral("trainingMenu"));
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), training);  // before Help
    QAction *rehearse = training->addAction(tr("&New rehearsal…"), this, [this] { openRehearsal(); });
    rehearse->setObjectName(QStringLiteral("newRehearsalAction"));
    QAction *review = training->addAction(tr("&Review sessions…"), this, [this] { openRehearsalReview(); });
    review->setObjectName(QStringLiteral("reviewRehearsalsAction"));
}

RehearsalView *MainWindow::openRehearsal() { return m_openRehearsal ? m_openRehearsal() : nullptr; }

RehearsalReview *MainWindow::openRehearsalReview() { return m_openReview ? m_openReview() : nullptr; }

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
    connect(&client, &SyncClient::opRejected, this, [this, &store](const QString &opId, proto::StatusCode code) {
        showStatus(rejectionText(OutboxRepository(store).find(opId), code));
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
    connect(&client, &SyncClient::serverEvent, this,
            [this, &store](const QString &type, const QJsonObject &body) { onServerEvent(type, body, store); });
    // The team lead's messages and forced not-ready notices: a dock, a banner, the status bar.
    auto *floorMessages = new FloorMessagesPanel(*this);
    floorMessages->attachSync(client);
    connect(floorMessages, &FloorMessagesPanel::statusMessage, this, &MainWindow::showStatus);
    // Consults with legal / risk: the portrait's section, and an unread badge in the status bar.
    auto *consults = new ConsultClient(client, store, this);
    if (auto *panel = m_portrait->findChild<ConsultPanel *>()) {
        panel->attach(*consults);
        connect(panel, &ConsultPanel::statusMessage, this, &MainWindow::showStatus);
        auto *badge = new ConsultIndicator(*consults, this);
        statusBar()->addPermanentWidget(badge);
        connect(badge, &ConsultIndicator::threadChosen, this, [this, panel](qint64 customerId, qint64 threadId) {
            m_portrait->showCustomer(customerId);
            panel->showInPortrait();
            panel->selectThread(threadId);
        });
    }

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
    // The floor board (one window, raised again when asked twice); it subscribes while open.
    QAction *board = team->addAction(tr("&Supervisor view…"), this, [this, &client, &store] {
        auto *view = findChild<SupervisorView *>();
        if (!view) {
            view = new SupervisorView(client, store, this);
            view->setAttribute(Qt::WA_DeleteOnClose);
        }
        view->show();
        view->raise();
        view->activateWindow();
    });
    board->setObjectName(QStringLiteral("supervisorViewAction"));
    // Leads see their team; admins every team (the view's team filter chooses).
    auto showForLead = [team](const QJsonObject &user) {
        const QString role = user.value(QStringLiteral("role")).toString();
        team->menuAction()->setVisible(role == QLatin1String("lead") || role == QLatin1String("admin"));
    };
    connect(&client, &SyncClient::loggedIn, team, showForLead);
    showForLead(client.user());

    // Tools → Script editor: leads, trainers and admins write the talk-tracks; agents only use them.
    auto *tools = new QMenu(tr("T&ools"), this);
    menuBar()->insertMenu(team->menuAction(), tools);
    QAction *scripts = tools->addAction(tr("&Script editor…"), this, [this, &client, &store] {
        auto *editor = findChild<ScriptEditor *>();
        if (!editor) {
            editor = new ScriptEditor(store, &client, this);
            editor->setAttribute(Qt::WA_DeleteOnClose);
            editor->setSpeaker(m_session->settings().agentDisplayName, m_session->settings().company);
            editor->setScripts(ScriptRepository(store).all());
        }
        editor->show();
        editor->raise();
        editor->activateWindow();
    });
    scripts->setObjectName(QStringLiteral("scriptEditorAction"));
    auto showForEditors = [tools](const QJsonObject &user) {
        const QString role = user.value(QStringLiteral("role")).toString();
        tools->menuAction()->setVisible(role == QLatin1String("lead") || role == QLatin1String("trainer")
                                        || role == QLatin1String("admin"));
    };
    connect(&client, &SyncClient::loggedIn, tools, showForEditors);
    showForEditors(client.user());
}

OverrideDialog *MainWindow::overrideDialog() const { return m_overrideDialog.data(); }

namespace {

template <typename E> std::optional<E> knownKey(const QString &key)
{
    bool ok = false;
    const int v = QMetaEnum::fromType<E>().keyToValue(key.toLatin1().constData(), &ok);
    return ok ? std::optional<E>(static_cast<E>(v)) : std::nullopt;
}

}  // namespace

void MainWindow::onServerEvent(const QString &type, const QJsonObject &body, LocalStore &store)
{
    if (type != proto::msg::RiskUpgraded)
        return;
    const qint64 customerId = body.value(QStringLiteral("customerId")).toInteger();
    const std::optional<Customer> customer = CustomerRepository(store).find(customerId);
    const QString who = customer ? pii::maskName(customer->name) : tr("customer #%1").arg(customerId);
    const auto from = knownKey<RiskGrade>(body.value(QStringLiteral("from")).toString());
    const auto to = knownKey<RiskGrade>(body.value(QStringLiteral("to")).toString());
    if (!to)
        return;
    QStringList factors;
    for (const QJsonValue &v : body.value(QStringLiteral("factors")).toArray())
        if (const auto f = knownKey<RiskFactor>(v.toString()))
            factors << Labels::text(*f);
    const QString grades = from ? tr("%1 → %2").arg(Labels::text(*from), Labels::text(*to)) : Labels::text(*to);
    m_lastRiskNotice = factors.isEmpty()
                           ? tr("Risk raised for %1: %2").arg(who, grades)
                           : tr("Risk raised for %1: %2 (%3)").arg(who, grades, factors.join(tr(", ")));
    showStatus(m_lastRiskNotice);
}

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

QString MainWindow::rejectionText(const std::optional<OutboxOp> &op, proto::StatusCode code)
{
    const QJsonObject reason = op ? reasonOf(op->lastError) : QJsonObject();
    if (op && op->type == proto::msg::OpSmsSend) {
        const QString lintRule = reason.value(QStringLiteral("lintRule")).toString();
        const QString rule = reason.value(QStringLiteral("rule")).toString();
        if (!lintRule.isEmpty())
            return tr("The SMS was not sent: its wording breaks the rule \"%1\" (\"%2\").")
                .arg(Labels::text(enumFromKey(lintRule, lint::Rule::Threat)),
                     reason.value(QStringLiteral("match")).toString());
        if (!rule.isEmpty())
            return tr("The SMS was not sent: %1.")
                .arg(Labels::text(enumFromKey(rule, compliance::Rule::Allowed)));
        return tr("The SMS was not sent: %1").arg(SyncStatusWidget::reasonFor(code));
    }
    return tr("The server refused a change: %1").arg(SyncStatusWidget::reasonFor(code));
}

}  // namespace cd
