#include "SettlementPanel.h"

#include "Labels.h"
#include "PortraitModels.h"
#include "PortraitView.h"
#include "Repositories.h"
#include "SettlementDialog.h"
#include "SyncClient.h"
#include "SyncStateRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

namespace {
enum Column {
    ColCreated,
    ColLoan,
    ColDiscount,
    ColTotal,
    ColInstalments,
    ColFirstPayment,
    ColStatus,
    ColDecision,
    ColumnCount
};
}

SettlementPanel::SettlementPanel(LocalStore &store, PortraitView &portrait, QWidget *parent)
    : QWidget(parent), m_store(store), m_portrait(portrait), m_agent(SyncStateRepository(store).username()),
      m_limitBp(settlement::DiscountLimits().juniorBp), m_watch(store, m_agent),
      m_table(new QTableWidget(0, ColumnCount, this)), m_empty(new QLabel(this)),
      m_newPlan(new QPushButton(tr("&New plan…"), this))
{
    setObjectName(QStringLiteral("settlementPanel"));
    m_table->setObjectName(QStringLiteral("settlementTable"));
    m_table->setHorizontalHeaderLabels({tr("Made"), tr("Loan"), tr("Discount"), tr("Total"),
                                        tr("Instalments"), tr("First payment"), tr("Status"),
                                        tr("Lead's answer")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_empty->setText(tr("No payment plan offered yet."));
    m_empty->setStyleSheet(QStringLiteral("color:#80868b;"));
    m_newPlan->setObjectName(QStringLiteral("newPlanButton"));
    m_newPlan->setToolTip(tr("Calculate a payment plan or settlement with a discount"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_empty, 1);
    buttons->addWidget(m_newPlan);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_newPlan, &QPushButton::clicked, this, [this] {
        if (SettlementDialog *dlg = openDialog())
            dlg->open();
    });
    // The portrait refills its timeline whenever it shows, reloads or clears a customer: follow it.
    connect(portrait.timelineModel(), &QAbstractItemModel::modelReset, this, &SettlementPanel::reload);
    m_watch.newlyDecided();  // what is decided already is not news
    reload();
}

void SettlementPanel::setAgent(const QString &username)
{
    m_agent = username;
    m_watch.setAgent(username);
    m_watch.newlyDecided();
}

void SettlementPanel::setDiscountLimit(int bp) { m_limitBp = bp; }

void SettlementPanel::attachSync(SyncClient &client)
{
    connect(this, &SettlementPanel::settlementSaved, &client, &SyncClient::outboxChanged);
    auto onUser = [this](const QJsonObject &user) {
        const QString username = user.value(QStringLiteral("username")).toString();
        if (!username.isEmpty())
            setAgent(username);
        setDiscountLimit(
            settlement::DiscountLimits().forSkill(user.value(QStringLiteral("skill")).toString()));
    };
    connect(&client, &SyncClient::loggedIn, this, onUser);
    if (!client.user().isEmpty())
        onUser(client.user());
    connect(&client, &SyncClient::dataChanged, this, [this] {
        reload();
        announceDecisions();
    });
}

void SettlementPanel::announceDecisions()
{
    for (const Settlement &s : m_watch.newlyDecided()) {
        const std::optional<Customer> c = CustomerRepository(m_store).find(s.customerId);
        const QString who = c ? c->name : QString::number(s.customerId);
        const QString text = s.status == SettlementStatus::Approved
            ? tr("Payment plan for %1 approved by %2").arg(who, s.decidedBy)
            : tr("Payment plan for %1 rejected by %2").arg(who, s.decidedBy);
        Q_EMIT statusMessage(s.decisionNote.isEmpty() ? text : tr("%1: %2").arg(text, s.decisionNote));
    }
}

void SettlementPanel::reload()
{
    const std::optional<Customer> &customer = m_portrait.customer();
    m_newPlan->setEnabled(customer.has_value());
    const QList<Settlement> offers =
        customer ? SettlementRepository(m_store).forCustomer(customer->id) : QList<Settlement>();
    QHash<qint64, QString> contracts;
    for (const Loan &l : m_portrait.loans())
        contracts.insert(l.id, l.contractNo);
    m_table->setRowCount(int(offers.size()));
    for (int r = 0; r < offers.size(); ++r) {
        const Settlement &s = offers.at(r);
        auto set = [this, r](int column, const QString &text, Qt::Alignment align = Qt::AlignLeft) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(align | Qt::AlignVCenter);
            m_table->setItem(r, column, item);
        };
        set(ColCreated, QLocale().toString(s.createdAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
        set(ColLoan, contracts.value(s.loanId, QString::number(s.loanId)));
        set(ColDiscount, QStringLiteral("%1 %").arg(QLocale().toString(s.discountBp / 100.0, 'f', 2)),
            Qt::AlignRight);
        set(ColTotal, Labels::money(s.total), Qt::AlignRight);
        set(ColInstalments, QString::number(s.instalments), Qt::AlignRight);
        set(ColFirstPayment,
            tr("%1 on %2")
                .arg(Labels::money(s.firstAmount), s.firstDate.toString(QStringLiteral("yyyy-MM-dd"))));
        set(ColStatus, Labels::text(s.status));
        if (s.status == SettlementStatus::Pending)
            m_table->item(r, ColStatus)->setForeground(QColor(0x8a, 0x4b, 0x00));
        else if (s.status == SettlementStatus::Rejected)
            m_table->item(r, ColStatus)->setForeground(QColor(0xb3, 0x26, 0x1e));
        set(ColDecision,
            s.decidedBy.isEmpty()          ? QString()
                : s.decisionNote.isEmpty() ? s.decidedBy
                                           : tr("%1: %2").arg(s.decidedBy, s.decisionNote));
    }
    m_table->setVisible(!offers.isEmpty());
    m_empty->setVisible(offers.isEmpty());
}

SettlementDialog *SettlementPanel::openDialog()
{
    const std::optional<Customer> &customer = m_portrait.customer();
    if (!customer)
        return nullptr;
    auto *dlg = new SettlementDialog(m_store, *customer, m_portrait.loans(), m_agent, m_limitBp,
                                     m_portrait.localToday(), this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &SettlementDialog::saved, this, [this] {
        reload();
        Q_EMIT settlementSaved();
    });
    return dlg;
}

}  // namespace cd
