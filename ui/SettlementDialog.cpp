#include "SettlementDialog.h"

#include "Labels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

SettlementDialog::SettlementDialog(LocalStore &store, const Customer &customer, const QList<Loan> &loans,
                                   const QString &agent, int limitBp, const QDate &today, QWidget *parent)
    : QDialog(parent), m_store(store), m_customer(customer), m_agent(agent), m_limitBp(limitBp),
      m_loan(new QComboBox(this)), m_discount(new QDoubleSpinBox(this)), m_instalments(new QSpinBox(this)),
      m_firstDate(new QDateEdit(this)), m_firstAmount(new QDoubleSpinBox(this)),
      m_note(new QPlainTextEdit(this)), m_summary(new QLabel(this)), m_approval(new QLabel(this)),
      m_problem(new QLabel(this)), m_schedule(new QTableWidget(0, 3, this)), m_save(nullptr)
{
    setObjectName(QStringLiteral("settlementDialog"));
    setWindowTitle(tr("Payment plan for %1").arg(customer.name));
    // Only loans with something left to pay can be settled.
    for (const Loan &l : loans) {
        const Fen owed = settlement::outstandingOf(l);
        if (owed <= 0)
            continue;
        m_loans << l;
        m_loan->addItem(tr("%1 · outstanding %2").arg(l.contractNo, Labels::money(owed)), l.id);
    }
    m_loan->setObjectName(QStringLiteral("loanCombo"));
    m_discount->setObjectName(QStringLiteral("discountSpin"));
    m_discount->setRange(0, settlement::MaxDiscountBp / 100.0);
    m_discount->setDecimals(2);
    m_discount->setSuffix(QStringLiteral(" %"));
    m_instalments->setObjectName(QStringLiteral("instalmentsSpin"));
    m_instalments->setRange(settlement::MinInstalments, settlement::MaxInstalments);
    m_firstDate->setObjectName(QStringLiteral("firstDateEdit"));
    m_firstDate->setCalendarPopup(true);
    m_firstDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_firstDate->setMinimumDate(today);
    m_firstDate->setDate(today);
    m_firstAmount->setObjectName(QStringLiteral("firstAmountSpin"));
    m_firstAmount->setRange(0, 1e10);
    m_firstAmount->setDecimals(2);
    m_firstAmount->setPrefix(QStringLiteral("¥"));
    m_firstAmount->setSpecialValueText(tr("Equal instalments"));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Why this plan (hardship, customer's proposal…)"));
    m_note->setMaximumHeight(60);

    m_schedule->setObjectName(QStringLiteral("scheduleTable"));
    m_schedule->setHorizontalHeaderLabels({tr("No."), tr("Date"), tr("Amount")});
    m_schedule->horizontalHeader()->setStretchLastSection(true);
    m_schedule->verticalHeader()->hide();
    m_schedule->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_schedule->setSelectionMode(QAbstractItemView::NoSelection);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_approval->setObjectName(QStringLiteral("approvalLabel"));
    m_approval->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color:#b3261e;"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Loan"), m_loan);
    form->addRow(tr("&Discount"), m_discount);
    form->addRow(tr("&Instalments"), m_instalments);
    form->addRow(tr("&First payment on"), m_firstDate);
    form->addRow(tr("First &amount"), m_firstAmount);
    form->addRow(tr("&Note"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setText(tr("&Save offer"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettlementDialog::trySave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_schedule, 1);
    layout->addWidget(m_approval);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_loan, &QComboBox::currentIndexChanged, this, &SettlementDialog::recompute);
    connect(m_discount, &QDoubleSpinBox::valueChanged, this, &SettlementDialog::recompute);
    connect(m_instalments, &QSpinBox::valueChanged, this, &SettlementDialog::recompute);
    connect(m_firstDate, &QDateEdit::dateChanged, this, &SettlementDialog::recompute);
    connect(m_firstAmount, &QDoubleSpinBox::valueChanged, this, &SettlementDialog::recompute);
    resize(520, 560);
    recompute();
}

bool SettlementDialog::selectLoan(qint64 loanId)
{
    const int i = m_loan->findData(loanId);
    if (i < 0)
        return false;
    m_loan->setCurrentIndex(i);
    return true;
}

void SettlementDialog::setDiscountPercent(double percent) { m_discount->setValue(percent); }
void SettlementDialog::setInstalments(int count) { m_instalments->setValue(count); }
void SettlementDialog::setFirstDate(const QDate &date) { m_firstDate->setDate(date); }
void SettlementDialog::setFirstAmount(Fen amount) { m_firstAmount->setValue(amount / 100.0); }
void SettlementDialog::setNote(const QString &note) { m_note->setPlainText(note); }

SettlementOffer SettlementDialog::offer() const
{
    SettlementOffer o;
    o.customerId = m_customer.id;
    o.loanId = m_loan->currentData().toLongLong();
    // Spin boxes hold decimals; the offer is whole basis points and whole fen.
    o.discountBp = int(qRound(m_discount->value() * 100));
    o.instalments = m_instalments->value();
    o.firstAmount = qRound64(m_firstAmount->value() * 100);
    o.firstDate = m_firstDate->date();
    o.note = m_note->toPlainText().trimmed();
    o.agent = m_agent;
    o.limitBp = m_limitBp;
    return o;
}

bool SettlementDialog::needsApproval() const
{
    return settlement::approval(offer().discountBp, m_limitBp) == SettlementStatus::Pending;
}

void SettlementDialog::recompute()
{
    const SettlementOffer o = offer();
    m_plan = SettlementRecorder(m_store).plan(o, QDateTime::currentDateTimeUtc());
    m_schedule->setRowCount(int(m_plan.schedule.size()));
    for (int r = 0; r < m_plan.schedule.size(); ++r) {
        const settlement::Line &line = m_plan.schedule.at(r);
        auto *amount = new QTableWidgetItem(Labels::money(line.amount));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_schedule->setItem(r, 0, new QTableWidgetItem(QString::number(line.seq)));
        m_schedule->setItem(r, 1, new QTableWidgetItem(line.date.toString(QStringLiteral("yyyy-MM-dd"))));
        m_schedule->setItem(r, 2, amount);
    }
    if (m_plan.ok()) {
        m_summary->setText(tr("Outstanding %1 − discount %2 = total %3")
                               .arg(Labels::money(m_plan.total + m_plan.discount),
                                    Labels::money(m_plan.discount), Labels::money(m_plan.total)));
        m_problem->clear();
    } else {
        m_summary->clear();
        m_problem->setText(Labels::text(m_plan.problem));
    }
    const QString limit = QLocale().toString(m_limitBp / 100.0, 'f', 2);
    if (needsApproval()) {
        m_approval->setText(tr("Above your discount limit of %1 %: a team lead must approve this plan. "
                               "It is sent as \"awaiting approval\".")
                                .arg(limit));
        m_approval->setStyleSheet(QStringLiteral("color:#8a4b00;font-weight:bold;"));
    } else {
        m_approval->setText(tr("Within your discount limit of %1 %: no approval needed.").arg(limit));
        m_approval->setStyleSheet(QString());
    }
    m_save->setEnabled(m_plan.ok());
}

void SettlementDialog::trySave()
{
    recompute();
    if (!m_plan.ok())
        return;
    const Result<RecordedSettlement> r =
        SettlementRecorder(m_store).record(offer(), QDateTime::currentDateTimeUtc());
    if (!r) {
        // Keep the dialog and everything typed; say why.
        m_problem->setText(tr("The offer could not be saved: %1").arg(r.error().detail));
        return;
    }
    Q_EMIT saved(r.value());
    accept();
}


}  // namespace cd
