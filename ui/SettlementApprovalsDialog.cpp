#include "SettlementApprovalsDialog.h"

#include "Codec.h"
#include "Labels.h"
#include "Messages.h"
#include "Repositories.h"
#include "SyncClient.h"
#include "SyncStatusWidget.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

namespace {
enum Column {
    ColMade,
    ColAgent,
    ColCustomer,
    ColOutstanding,
    ColDiscount,
    ColTotal,
    ColInstalments,
    ColFirst,
    ColNote,
    ColumnCount
};
}

SettlementApprovalsDialog::SettlementApprovalsDialog(SyncClient &client, LocalStore &store, QWidget *parent)
    : QDialog(parent), m_client(client), m_store(store), m_table(new QTableWidget(0, ColumnCount, this)),
      m_note(new QLineEdit(this)), m_status(new QLabel(this)),
      m_approve(new QPushButton(tr("&Approve"), this)), m_reject(new QPushButton(tr("&Reject"), this))
{
    setObjectName(QStringLiteral("settlementApprovalsDialog"));
    setWindowTitle(tr("Payment plans awaiting approval"));
    m_table->setObjectName(QStringLiteral("approvalsTable"));
    m_table->setHorizontalHeaderLabels({tr("Made"), tr("Agent"), tr("Customer"), tr("Outstanding"),
                                        tr("Discount"), tr("Total"), tr("Instalments"), tr("First payment"),
                                        tr("Agent's note")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_note->setObjectName(QStringLiteral("decisionNoteEdit"));
    m_note->setPlaceholderText(tr("Note for the agent"));
    m_note->setMaxLength(2000);
    m_status->setObjectName(QStringLiteral("approvalsStatus"));
    m_status->setWordWrap(true);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);

    auto *decide = new QHBoxLayout;
    decide->addWidget(m_note, 1);
    decide->addWidget(m_approve);
    decide->addWidget(m_reject);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->addButton(refreshButton, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(decide);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refreshButton, &QPushButton::clicked, this, &SettlementApprovalsDialog::refresh);
    connect(m_approve, &QPushButton::clicked, this, [this] { decideSelected(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decideSelected(false); });
    resize(900, 420);
    fill();
    refresh();
}

void SettlementApprovalsDialog::showFailure(proto::StatusCode code, bool offline)
{
    m_status->setText(offline ? tr("Not connected to the server: approvals need a connection.")
                              : tr("The server refused: %1").arg(SyncStatusWidget::reasonFor(code)));
}

void SettlementApprovalsDialog::refresh()
{
    m_status->setText(tr("Loading…"));
    m_client.request(
        proto::msg::SettlementList, {{QStringLiteral("status"), enumKey(SettlementStatus::Pending)}}, this,
        [this](const proto::Envelope &response, bool offline) {
            if (offline || !response.ok()) {
                showFailure(response.status, offline);
                return;
            }
            m_pending.clear();
            for (const QJsonValue &v : response.body.value(QStringLiteral("settlements")).toArray())
                if (const auto s = proto::settlementFromJson(v.toObject()))
                    m_pending << *s;
            fill();
            m_status->setText(m_pending.isEmpty() ? tr("Nothing is waiting for your approval.") : QString());
            Q_EMIT refreshed();
        });
}

void SettlementApprovalsDialog::fill()
{
    m_table->setRowCount(int(m_pending.size()));
    CustomerRepository customers(m_store);
    for (int r = 0; r < m_pending.size(); ++r) {
        const Settlement &s = m_pending.at(r);
        auto set = [this, r](int column, const QString &text, bool number = false) {
            auto *item = new QTableWidgetItem(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, column, item);
        };
        const std::optional<Customer> c = customers.find(s.customerId);
        set(ColMade, QLocale().toString(s.createdAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
        set(ColAgent, s.agent);
        set(ColCustomer, c ? c->name : QString::number(s.customerId));
        set(ColOutstanding, Labels::money(s.outstanding), true);
        set(ColDiscount, QStringLiteral("%1 %").arg(QLocale().toString(s.discountBp / 100.0, 'f', 2)), true);
        set(ColTotal, Labels::money(s.total), true);
        set(ColInstalments, QString::number(s.instalments), true);
        set(ColFirst,
            tr("%1 on %2")
                .arg(Labels::money(s.firstAmount), s.firstDate.toString(QStringLiteral("yyyy-MM-dd"))));
        set(ColNote, s.note);
    }
    if (!m_pending.isEmpty() && m_table->currentRow() < 0)
        m_table->selectRow(0);
    m_approve->setEnabled(!m_pending.isEmpty());
    m_reject->setEnabled(!m_pending.isEmpty());
}

void SettlementApprovalsDialog::decideSelected(bool approve)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_pending.size())
        return;
    const qint64 id = m_pending.at(row).id;
    m_approve->setEnabled(false);
    m_reject->setEnabled(false);
    m_client.request(proto::msg::SettlementDecide,
                     {{QStringLiteral("settlementId"), id},
                      {QStringLiteral("approve"), approve},
                      {QStringLiteral("note"), m_note->text().trimmed()}},
                     this, [this, id, approve](const proto::Envelope &response, bool offline) {
                         if (offline || !response.ok()) {
                             showFailure(response.status, offline);
                             // Decided by another lead meanwhile (conflict) or gone: show the list as it is.
                             refresh();
                             return;
                         }
                         const SettlementStatus status =
                             approve ? SettlementStatus::Approved : SettlementStatus::Rejected;
                         for (qsizetype i = 0; i < m_pending.size(); ++i)
                             if (m_pending.at(i).id == id)
                                 m_pending.removeAt(i--);
                         m_note->clear();
                         fill();
                         m_status->setText(tr("Offer %1: %2").arg(id).arg(Labels::text(status)));
                         Q_EMIT decided(id, status);
                     });
}

}  // namespace cd
