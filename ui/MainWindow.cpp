#include "MainWindow.h"

#include "CallBar.h"
#include "PortraitView.h"
#include "ScriptPanel.h"
#include "ShortcutsDialog.h"
#include "SyncClient.h"
#include "SyncStatusWidget.h"
#include "TaskQueueModel.h"
#include "TaskQueueView.h"

#include <QAction>
#include <QLabel>
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
    if (options.demo)
        m_modeLabel->setStyleSheet(QStringLiteral("color:#8a4b00;font-weight:bold;"));
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
