#include "SyncStatusWidget.h"

#include "Labels.h"
#include "Messages.h"
#include "OutboxRepository.h"
#include "Repositories.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cd {

SyncStatusWidget::SyncStatusWidget(SyncClient &client, LocalStore &store, QWidget *parent)
    : QWidget(parent), m_client(client), m_store(store), m_dot(new QLabel(this)), m_state(new QLabel(this)),
      m_pending(new QLabel(this)), m_last(new QLabel(this)), m_rejected(new QToolButton(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_state->setObjectName(QStringLiteral("syncState"));
    m_pending->setObjectName(QStringLiteral("syncPending"));
    m_rejected->setObjectName(QStringLiteral("syncRejected"));
    m_dot->setFixedSize(10, 10);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_dot);
    layout->addWidget(m_state);
    layout->addWidget(m_pending);
    layout->addWidget(m_last);
    layout->addWidget(m_rejected);
    m_rejected->setStyleSheet(QStringLiteral("color:#a31515;font-weight:bold;"));
    connect(m_rejected, &QToolButton::clicked, this, &SyncStatusWidget::showRejected);
    connect(&m_client, &SyncClient::stateChanged, this, &SyncStatusWidget::update);
    connect(&m_client, &SyncClient::pendingCountChanged, this, &SyncStatusWidget::update);
    connect(&m_client, &SyncClient::synced, this, &SyncStatusWidget::update);
    connect(&m_client, &SyncClient::opRejected, this, &SyncStatusWidget::update);
    auto *minute = new QTimer(this);  // "last sync 3 min ago" stays true
    connect(minute, &QTimer::timeout, this, &SyncStatusWidget::update);
    minute->start(30'000);
    update();
}

QString SyncStatusWidget::stateText() const { return m_state->text(); }

int SyncStatusWidget::rejectedCount() const { return int(OutboxRepository(m_store).rejected().size()); }

QString SyncStatusWidget::reasonFor(proto::StatusCode code)
{
    using proto::StatusCode;
    switch (code) {
    case StatusCode::TaskReassigned: return tr("The task was reassigned to another agent meanwhile.");
    case StatusCode::TaskClosed: return tr("The task had already been closed.");
    case StatusCode::NotFound: return tr("The customer or task no longer exists on the server.");
    case StatusCode::Forbidden: return tr("You are not allowed to change this customer.");
    case StatusCode::InvalidBody:
    case StatusCode::InvalidValue: return tr("The server found the entry invalid.");
    case StatusCode::Conflict: return tr("Someone else changed this customer at the same time.");
    case StatusCode::ComplianceBlocked:
        return tr("The call broke a contact rule (calling hours, daily limits or third parties) by the "
                  "server's clock.");
    default: break;
    }
    return tr("Refused by the server (code %1).").arg(int(code));
}

void SyncStatusWidget::update()
{
    QString colour;
    switch (m_client.state()) {
    case SyncClient::State::Online:
        m_state->setText(tr("Online"));
        colour = QStringLiteral("#1e8e3e");
        break;
    case SyncClient::State::Connecting:
    case SyncClient::State::Authenticating:
        m_state->setText(tr("Connecting…"));
        colour = QStringLiteral("#f9ab00");
        break;
    case SyncClient::State::Reconnecting:
        m_state->setText(tr("Reconnecting… working offline"));
        colour = QStringLiteral("#f9ab00");
        break;
    case SyncClient::State::Offline:
        m_state->setText(tr("Offline: working from the local cache"));
        colour = QStringLiteral("#d93025");
        break;
    }
    m_dot->setStyleSheet(QStringLiteral("background:%1;border-radius:5px;").arg(colour));
    const int pending = m_client.pendingCount();
    m_pending->setText(pending > 0 ? tr("%n change(s) waiting to sync", nullptr, pending)
                                   : tr("All changes synced"));
    const QDateTime last = m_client.lastSync();
    m_last->setText(last.isValid()
                        ? tr("last sync %1").arg(last.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                        : tr("never synced"));
    const int rejected = rejectedCount();
    m_rejected->setVisible(rejected > 0);
    m_rejected->setText(tr("%n refused", nullptr, rejected));
    m_rejected->setToolTip(tr("Changes the server refused: click to see why"));
}

void SyncStatusWidget::showRejected()
{
    const auto ops = OutboxRepository(m_store).rejected();
    QDialog dlg(this);
    dlg.setObjectName(QStringLiteral("rejectedDialog"));
    dlg.setWindowTitle(tr("Changes the server refused"));
    auto *table = new QTableWidget(int(ops.size()), 3, &dlg);
    table->setHorizontalHeaderLabels({tr("Saved at"), tr("Change"), tr("Why")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < ops.size(); ++i) {
        const auto &op = ops.at(i);
        table->setItem(
            i, 0,
            new QTableWidgetItem(op.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        const QString what = op.type == proto::msg::OpInteractionRecord
            ? tr("%1 — %2").arg(op.customerName.isEmpty() ? tr("customer %1").arg(op.customerId)
                                                          : op.customerName,
                                Labels::text(op.outcome))
            : op.summary;
        table->setItem(i, 1, new QTableWidgetItem(what));
        table->setItem(i, 2, new QTableWidgetItem(reasonFor(op.code)));
    }
    table->resizeColumnsToContents();
    auto *note =
        new QLabel(tr("These changes were not applied on the server. The customer now shows the server's "
                      "state; record again if still needed."),
                   &dlg);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(&dlg);
    QPushButton *dismiss = buttons->addButton(tr("Dismiss all"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    connect(dismiss, &QPushButton::clicked, &dlg, [&] {
        for (const auto &op : ops)
            OutboxRepository(m_store).dismissRejected(op.opId);
        dlg.accept();
    });
    auto *layout = new QVBoxLayout(&dlg);
    layout->addWidget(note);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dlg.resize(640, 320);
    dlg.exec();
    update();
}

}  // namespace cd
