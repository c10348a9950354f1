#include "PortraitView.h"

#include "PiiField.h"

#include "AccountRepositories.h"
#include "Delinquency.h"
#include "DisplayDelegate.h"
#include "Labels.h"
#include "Pii.h"
#include "PortraitModels.h"
#include "RecordingPlayer.h"
#include "Repositories.h"
#include "SettlementPanel.h"
#include "ConsultPanel.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace cd {

namespace {
QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setItemDelegate(new DisplayDelegate(DisplayDelegate::Kind::Auto, t));
    return t;
}

void moneyColumns(QTableView *t, std::initializer_list<int> cols)
{
    for (int c : cols)
        t->setItemDelegateForColumn(c, new DisplayDelegate(DisplayDelegate::Kind::Money, t));
}

QLabel *valueLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString bannerStyle(CustomerFlag f)
{
    switch (f) {
    case CustomerFlag::Dispute:
        return QStringLiteral("background:#fdecea;color:#a31515;border:1px solid #e0a0a0;");
    case CustomerFlag::HardshipHold:
        return QStringLiteral("background:#fff4e5;color:#8a4b00;border:1px solid #e8c08a;");
    case CustomerFlag::DoNotCall:
    case CustomerFlag::Deceased:
    case CustomerFlag::Legal:
        return QStringLiteral("background:#a31515;color:white;border:1px solid #7a0f0f;");
    default: return QStringLiteral("background:#e8f0fe;color:#174ea6;border:1px solid #a8c0f0;");
    }
}

QString chipStyle(PromiseStatus s)
{
    switch (s) {
    case PromiseStatus::Pending:
        return QStringLiteral("background:#e8f0fe;color:#174ea6;border:1px solid #a8c0f0;");
    case PromiseStatus::Kept:
        return QStringLiteral("background:#e6f4ea;color:#137333;border:1px solid #a8d5b5;");
    case PromiseStatus::Partial:
        return QStringLiteral("background:#fff4e5;color:#8a4b00;border:1px solid #e8c08a;");
    case PromiseStatus::Broken:
        return QStringLiteral("background:#fdecea;color:#a31515;border:1px solid #e0a0a0;");
    }
    return {};
}

QString bannerText(CustomerFlag f)
{
    switch (f) {
    case CustomerFlag::Dispute:
        return PortraitView::tr(
            "Dispute: the customer contests this debt. Do not press for payment; record what they say.");
    case CustomerFlag::HardshipHold:
        return PortraitView::tr("Hardship hold: collection is paused. Offer help, do not demand payment.");
    case CustomerFlag::DoNotCall: return PortraitView::tr("Do not call: this customer must not be called.");
    case CustomerFlag::Vulnerable:
        return PortraitView::tr("Vulnerable customer: speak slowly, use the gentle script, offer a callback "
                                "with family present.");
    case CustomerFlag::Legal:
        return PortraitView::tr("With legal: the account is in legal proceedings. No collection calls from the "
                                "floor; refer questions to the legal department.");
    case CustomerFlag::Deceased:
        return PortraitView::tr("Deceased: the customer is reported deceased. No contact with the customer or "
                                "their contacts.");
    case CustomerFlag::None: break;
    }
    return {};
}
}  // namespace

PortraitView::PortraitView(LocalStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_bannerBox(new QWidget(this)),
      m_banners(new QVBoxLayout(m_bannerBox)), m_name(valueLabel(this)), m_idNumber(valueLabel(this)),
      m_region(valueLabel(this)), m_work(valueLabel(this)), m_risk(valueLabel(this)), m_dpd(valueLabel(this)),
      m_overdue(valueLabel(this)), m_outstanding(valueLabel(this)), m_promise(valueLabel(this)),
      m_riskFactors(valueLabel(this)), m_promiseChips(new QWidget(this)), m_placeholder(new QLabel(this)),
      m_body(new QWidget(this)), m_phoneModel(new PhoneTableModel(this)),
      m_loanModel(new LoanTableModel(this)), m_installments(new InstallmentTableModel(this)),
      m_payments(new PaymentTableModel(this)), m_timeline(new TimelineModel(this)),
      m_buckets(new BucketHistoryModel(this)), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("portrait"));
    m_banners->setContentsMargins(0, 0, 0, 0);
    m_banners->setSpacing(2);

    m_phoneModel->setHeaderLabels(
        {tr("Number"), tr("Type"), tr("Relation"), tr("Name"), tr("Status"), tr("Unanswered today")});
    m_loanModel->setHeaderLabels({tr("Contract"), tr("Product"), tr("Principal"), tr("Term"), tr("Rate"),
                                  tr("Disbursed"), tr("DPD"), tr("Bucket"), tr("Overdue"),
                                  tr("Outstanding")});
    m_installments->setHeaderLabels({tr("Period"), tr("Due date"), tr("Principal"), tr("Interest"), tr("Fee"),
                                     tr("Penalty"), tr("Paid"), tr("Waived"), tr("Outstanding"),
                                     tr("State")});
    m_payments->setHeaderLabels({tr("Paid at"), tr("Amount"), tr("Channel"), tr("Contract")});
    m_timeline->setHeaderLabels(
        {tr("Time"), tr("Channel"), tr("Number"), tr("Outcome"), tr("Talk time"), tr("Agent"), tr("Note")});
    m_buckets->setHeaderLabels({tr("Time"), tr("Contract"), tr("From"), tr("To"), tr("DPD")});
    TimelineTexts texts;
    texts.promise = tr("Promise");
    texts.payment = tr("Payment");
    texts.bucketChange = tr("Bucket change");
    texts.smsUnsynced = tr("SMS waiting to sync");
    texts.promiseNote = [](const Promise &p) {
        return tr("%1 due %2, paid %3")
            .arg(Labels::money(p.amount), p.dueDate.toString(QStringLiteral("yyyy-MM-dd")),
                 Labels::money(p.paid));
    };
    texts.paymentNote = [](const Payment &p) {
        return tr("%1 via %2").arg(Labels::money(p.amount), Labels::paymentChannel(p.channel));
    };
    texts.bucketNote = [](const BucketChange &b) {
        return tr("%1 → %2 at %n day(s) past due", nullptr, b.dpd)
            .arg(Labels::text(b.from), Labels::text(b.to));
    };
    m_timeline->setTexts(texts);

    m_name->setObjectName(QStringLiteral("customerName"));
    m_idNumber->setObjectName(QStringLiteral("idNumber"));
    m_bankCard = valueLabel(this);
    m_bankCard->setObjectName(QStringLiteral("bankCard"));
    m_idField = new PiiField(m_idNumber, this);
    m_cardField = new PiiField(m_bankCard, this);
    connect(m_idField, &PiiField::revealRequested, this, [this] {
        if (m_customer)
            Q_EMIT revealRequested(m_customer->id, QStringLiteral("idNumber"));
    });
    connect(m_cardField, &PiiField::revealRequested, this, [this] {
        if (m_customer)
            Q_EMIT revealRequested(m_customer->id, QStringLiteral("bankCard"));
    });
    m_dpd->setObjectName(QStringLiteral("dpdLabel"));
    m_risk->setObjectName(QStringLiteral("riskLabel"));
    m_riskFactors->setObjectName(QStringLiteral("riskFactors"));
    m_riskFactors->setWordWrap(true);
    m_promise->setObjectName(QStringLiteral("promiseLabel"));
    m_promiseChips->setObjectName(QStringLiteral("promiseChips"));
    auto *chipsLayout = new QHBoxLayout(m_promiseChips);
    chipsLayout->setContentsMargins(0, 0, 0, 0);
    chipsLayout->setSpacing(4);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_name->setFont(big);

    auto *identity = new QGroupBox(tr("Customer"), m_body);
    auto *grid = new QGridLayout(identity);
    grid->setHorizontalSpacing(14);
    auto addPair = [&](int row, int col, const QString &label, QLabel *value) {
        auto *l = new QLabel(label, identity);
        l->setStyleSheet(QStringLiteral("color:#5f6368;"));
        grid->addWidget(l, row, col * 2);
        grid->addWidget(value, row, col * 2 + 1);
    };
    grid->addWidget(m_name, 0, 0, 1, 2);
    auto addField = [&](int row, int col, const QString &label, PiiField *field) {
        auto *l = new QLabel(label, identity);
        l->setStyleSheet(QStringLiteral("color:#5f6368;"));
        grid->addWidget(l, row, col * 2);
        grid->addWidget(field, row, col * 2 + 1);
    };
    addField(0, 1, tr("ID number"), m_idField);
    addField(4, 1, tr("Bank card"), m_cardField);
    addPair(1, 0, tr("Region"), m_region);
    addPair(1, 1, tr("Work"), m_work);
    addPair(2, 0, tr("Risk grade"), m_risk);
    addPair(2, 1, tr("Days past due"), m_dpd);
    addPair(3, 0, tr("Overdue"), m_overdue);
    addPair(3, 1, tr("Outstanding"), m_outstanding);
    addPair(4, 0, tr("Risk factors"), m_riskFactors);
    addPair(5, 0, tr("Promises"), m_promise);
    grid->addWidget(m_promiseChips, 5, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto *phones = new QGroupBox(tr("Phones and contacts"), m_body);
    auto *phoneTable = makeTable(m_phoneModel, phones);
    phoneTable->setObjectName(QStringLiteral("phoneTable"));
    phoneTable->setColumnWidth(PhoneTableModel::Number, 120);
    // Short values, long headers (e.g. "今日未接通"): size those columns to fit, let the name stretch.
    phoneTable->horizontalHeader()->setStretchLastSection(false);
    for (int c : {PhoneTableModel::Type, PhoneTableModel::Relation, PhoneTableModel::Status, PhoneTableModel::Today})
        phoneTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    phoneTable->horizontalHeader()->setSectionResizeMode(PhoneTableModel::ContactName, QHeaderView::Stretch);
    auto *pl = new QVBoxLayout(phones);
    pl->setContentsMargins(4, 4, 4, 4);
    pl->addWidget(phoneTable);
    auto *smsButton = new QPushButton(tr("Send SMS…"), phones);
    smsButton->setObjectName(QStringLiteral("sendSmsButton"));
    connect(smsButton, &QPushButton::clicked, this, [this] {
        if (m_customer)
            Q_EMIT smsRequested(m_customer->id);
    });
    pl->addWidget(smsButton, 0, Qt::AlignRight);

    // Loans tab: loans on top, the selected loan's installment schedule below.
    auto *loansPage = new QSplitter(Qt::Vertical, m_tabs);
    m_loanTable = makeTable(m_loanModel, loansPage);
    m_loanTable->setObjectName(QStringLiteral("loanTable"));
    moneyColumns(m_loanTable,
                 {LoanTableModel::Principal, LoanTableModel::Overdue, LoanTableModel::Outstanding});
    m_loanTable->setItemDelegateForColumn(LoanTableModel::Rate,
                                          new DisplayDelegate(DisplayDelegate::Kind::Percent, m_loanTable));
    m_loanTable->setColumnWidth(LoanTableModel::ContractNo, 150);
    auto *instTable = makeTable(m_installments, loansPage);
    instTable->setObjectName(QStringLiteral("installmentTable"));
    moneyColumns(instTable,
                 {InstallmentTableModel::Principal, InstallmentTableModel::Interest,
                  InstallmentTableModel::Fee, InstallmentTableModel::Penalty, InstallmentTableModel::Paid,
                  InstallmentTableModel::Waived, InstallmentTableModel::Outstanding});
    loansPage->addWidget(m_loanTable);
    loansPage->addWidget(instTable);
    loansPage->setStretchFactor(1, 2);

    auto *payTable = makeTable(m_payments, m_tabs);
    moneyColumns(payTable, {PaymentTableModel::Amount});
    payTable->setColumnWidth(PaymentTableModel::PaidAt, 140);

    m_timelineTable = makeTable(m_timeline, m_tabs);
    m_timelineTable->setObjectName(QStringLiteral("timelineTable"));
    // A recorded call shows a play mark next to its talk time; selecting the row opens the player.
    auto *talkTime = new DisplayDelegate(DisplayDelegate::Kind::Duration, m_timelineTable);
    talkTime->markWith(TimelineModel::HasRecordingRole, style()->standardIcon(QStyle::SP_MediaPlay));
    m_timelineTable->setItemDelegateForColumn(TimelineModel::TalkTime, talkTime);
    m_timelineTable->setColumnWidth(TimelineModel::StartedAt, 130);
    m_timelineTable->setColumnWidth(TimelineModel::Number, 110);
    m_timelineTable->setColumnWidth(TimelineModel::Outcome, 96);

    m_tabs->addTab(loansPage, tr("Loans and installments"));
    m_tabs->addTab(payTable, tr("Payments"));
    // The contact history with the selected call's recording player under it.
    auto *timelinePage = new QWidget(m_tabs);
    auto *timelineLayout = new QVBoxLayout(timelinePage);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addWidget(m_timelineTable, 1);
    m_recordingPlayer = new RecordingPlayer(timelinePage);
    timelineLayout->addWidget(m_recordingPlayer);
    connect(m_timelineTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PortraitView::onTimelineRowChanged);
    connect(m_timeline, &QAbstractItemModel::modelReset, this, &PortraitView::onTimelineRowChanged);
    m_tabs->addTab(timelinePage, tr("Contact history"));
    auto *bucketTable = makeTable(m_buckets, m_tabs);
    bucketTable->setObjectName(QStringLiteral("bucketTable"));
    bucketTable->setColumnWidth(BucketHistoryModel::At, 130);
    bucketTable->setColumnWidth(BucketHistoryModel::Contract, 150);
    m_tabs->addTab(bucketTable, tr("Bucket history"));
    m_tabs->addTab(new SettlementPanel(m_store, *this, m_tabs), tr("Payment plans"));
    // Consult threads with legal / risk; the tab names the unread count so it is noticed from any tab.
    auto *consults = new ConsultPanel(m_store, *this, m_tabs);
    m_tabs->addTab(consults, tr("Consults"));
    connect(consults, &ConsultPanel::unreadChanged, this, [this, consults](int unread) {
        m_tabs->setTabText(m_tabs->indexOf(consults), unread > 0 ? tr("Consults (%1)").arg(unread) : tr("Consults"));
    });

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(identity);
    auto *split = new QSplitter(Qt::Vertical, m_body);
    split->addWidget(phones);
    split->addWidget(m_tabs);
    split->setStretchFactor(1, 3);
    bodyLayout->addWidget(split, 1);

    m_placeholder->setText(tr("Select a task in the queue to see the customer."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setStyleSheet(QStringLiteral("color:#80868b;"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_bannerBox);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_placeholder, 1);

    connect(m_loanTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PortraitView::onLoanSelected);
    clear();
}

void PortraitView::setRecordingFetcher(RecordingFetcher *fetcher) { m_recordingPlayer->setFetcher(fetcher); }

void PortraitView::onTimelineRowChanged()
{
    const QModelIndex current = m_timelineTable->currentIndex();
    const QVariant v = current.isValid() ? current.siblingAtColumn(0).data(TimelineModel::InteractionRole) : QVariant();
    m_recordingPlayer->setInteraction(v.canConvert<Interaction>() ? v.value<Interaction>() : Interaction());
}

void PortraitView::clear()
{
    m_customer.reset();
    m_phones.clear();
    m_loans.clear();
    m_promises.clear();
    m_phoneModel->setPhones({});
    m_loanModel->setLoans({}, QDate());
    m_installments->setInstallments({}, QDate());
    m_payments->setLoans({});
    m_timeline->setInteractions({});
    m_timeline->setAccountEvents({}, {}, {});
    m_buckets->setHistory({}, {});
    m_history.clear();
    rebuildBanners();
    m_body->hide();
    m_placeholder->show();
}

void PortraitView::showCustomer(qint64 customerId)
{
    CustomerRepository customers(m_store);
    m_customer = customers.find(customerId);
    if (!m_customer) {
        clear();
        return;
    }
    reload();
}

void PortraitView::reload()
{
    if (!m_customer)
        return;
    const qint64 id = m_customer->id;
    CustomerRepository customers(m_store);
    m_customer = customers.find(id);
    if (!m_customer) {
        clear();
        return;
    }
    m_phones = customers.phones(id);
    m_loans = LoanRepository(m_store).loansFor(id);
    m_promises = PromiseRepository(m_store).forCustomer(id);
    const QDate today = localToday();
    m_phoneModel->setPhones(m_phones);
    const int loanRow = qMax(0, m_loanTable->currentIndex().row());
    m_loanModel->setLoans(m_loans, today);
    m_payments->setLoans(m_loans);
    m_history = InteractionRepository(m_store).forCustomer(id);
    const QList<BucketChange> buckets = BucketHistoryRepository(m_store).forCustomer(id);
    m_timeline->setInteractions(m_history);
    m_timeline->setAccountEvents(m_promises, m_loans, buckets);
    m_buckets->setHistory(buckets, m_loans);
    fillCounters(m_history);
    if (!m_loans.isEmpty())
        m_loanTable->setCurrentIndex(m_loanModel->index(qMin(loanRow, int(m_loans.size()) - 1), 0));
    onLoanSelected();
    fillIdentity();
    rebuildBanners();
    m_placeholder->hide();
    m_body->show();
}

int PortraitView::utcOffsetSeconds() const
{
    const QTimeZone tz(m_customer ? m_customer->timeZone.toLatin1() : QByteArray("Asia/Shanghai"));
    return tz.isValid() ? tz.offsetFromUtc(QDateTime::currentDateTimeUtc()) : 8 * 3600;
}

QDate PortraitView::localToday() const
{
    return QDateTime::currentDateTimeUtc().addSecs(utcOffsetSeconds()).date();
}

int PortraitView::dpd() const { return delinquency::daysPastDue(m_loans, localToday()); }

void PortraitView::setRevealAllowed(bool allowed)
{
    m_idField->setRevealAllowed(allowed);
    m_cardField->setRevealAllowed(allowed);
}

void PortraitView::showRevealed(const QString &field, const QString &value)
{
    if (PiiField *f = piiField(field))
        f->showRevealed(value);
}

PiiField *PortraitView::piiField(const QString &field) const
{
    if (field == QLatin1String("idNumber"))
        return m_idField;
    if (field == QLatin1String("bankCard"))
        return m_cardField;
    return nullptr;
}

void PortraitView::setCurrentTab(Tab tab) { m_tabs->setCurrentIndex(int(tab)); }

void PortraitView::setPolicy(const compliance::Policy &policy)
{
    m_policy = policy;
    if (m_customer)
        fillCounters(m_history);
}

void PortraitView::fillCounters(const QList<Interaction> &history)
{
    QHash<qint64, compliance::Counters> counters;
    if (m_customer) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Phone &p : std::as_const(m_phones))
            counters.insert(p.id, compliance::countersFor(m_policy, *m_customer, p, history, now));
    }
    m_phoneModel->setCounters(counters);
}

void PortraitView::onLoanSelected()
{
    const QModelIndex idx = m_loanTable->currentIndex();
    if (!idx.isValid() || idx.row() >= m_loans.size()) {
        m_installments->setInstallments({}, QDate());
        return;
    }
    m_installments->setInstallments(m_loans.at(idx.row()).installments, localToday());
}

void PortraitView::fillIdentity()
{
    const Customer &c = *m_customer;
    const QDate today = localToday();
    int age = c.birthDate.isValid() ? today.year() - c.birthDate.year() : 0;
    if (c.birthDate.isValid() && today < c.birthDate.addYears(age))
        --age;
    m_name->setText(
        tr("%1 (%2, %3)").arg(c.name, Labels::text(c.gender), tr("%n year(s) old", nullptr, age)));
    // Synced customers arrive masked already; the demo store holds synthetic full values.
    m_idField->setMasked(pii::isMasked(c.idNumber) ? c.idNumber : pii::maskIdNumber(c.idNumber));
    m_cardField->setMasked(pii::isMasked(c.bankCard) ? c.bankCard : pii::maskBankCard(c.bankCard));
    const QDateTime local = QDateTime::currentDateTimeUtc().addSecs(utcOffsetSeconds());
    m_region->setText(
        tr("%1 %2 · local time %3").arg(c.province, c.city, local.toString(QStringLiteral("HH:mm"))));
    m_work->setText(c.employer.isEmpty() ? c.occupation : tr("%1 · %2").arg(c.occupation, c.employer));
    m_risk->setText(tr("%1 · score %2").arg(Labels::text(c.risk)).arg(c.riskScore));
    QStringList factors;
    for (RiskFactor f : c.riskFactors)
        factors << Labels::text(f);
    m_riskFactors->setText(factors.isEmpty() ? tr("None") : factors.join(tr(", ")));
    m_risk->setStyleSheet(c.risk >= RiskGrade::D ? QStringLiteral("color:#a31515;font-weight:bold;")
                                                 : QString());

    const int dpd = delinquency::daysPastDue(m_loans, today);
    m_dpd->setText(tr("%n day(s) · %1", nullptr, dpd).arg(Labels::text(delinquency::bucketFor(dpd))));
    m_dpd->setStyleSheet(dpd > 0 ? QStringLiteral("color:#a31515;font-weight:bold;") : QString());
    Fen overdue = 0, outstanding = 0;
    for (const Loan &l : m_loans) {
        overdue += delinquency::overdueAmount(l.installments, today);
        outstanding += delinquency::outstandingBalance(l.installments);
    }
    m_overdue->setText(Labels::money(overdue));
    m_overdue->setStyleSheet(overdue > 0 ? QStringLiteral("color:#a31515;font-weight:bold;") : QString());
    m_outstanding->setText(Labels::money(outstanding));

    fillPromiseChips();
}

void PortraitView::fillPromiseChips()
{
    QLayout *chips = m_promiseChips->layout();
    while (QLayoutItem *item = chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_promise->setText(m_promises.isEmpty() ? tr("None")
                                            : tr("%n promise(s)", nullptr, int(m_promises.size())));
    // Newest first; older ones are in the timeline.
    constexpr int MaxChips = 4;
    for (int i = 0; i < qMin(MaxChips, int(m_promises.size())); ++i) {
        const Promise &p = m_promises.at(i);
        auto *chip = new QLabel(m_promiseChips);
        chip->setObjectName(QStringLiteral("promiseChip"));
        chip->setProperty("status", enumKey(p.status));
        chip->setText(tr("%1 · %2 due %3 · paid %4")
                          .arg(Labels::text(p.status), Labels::money(p.amount),
                               p.dueDate.toString(QStringLiteral("yyyy-MM-dd")), Labels::money(p.paid)));
        chip->setStyleSheet(chipStyle(p.status) + QStringLiteral("padding:2px 6px;border-radius:9px;"));
        chips->addWidget(chip);
    }
    if (auto *box = qobject_cast<QHBoxLayout *>(chips))
        box->addStretch(1);
}

void PortraitView::rebuildBanners()
{
    while (QLayoutItem *item = m_banners->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_customer) {
        m_bannerBox->hide();
        return;
    }
    int shown = 0;
    for (CustomerFlag f : {CustomerFlag::Deceased, CustomerFlag::Legal, CustomerFlag::DoNotCall,
                           CustomerFlag::Dispute, CustomerFlag::HardshipHold, CustomerFlag::Vulnerable}) {
        if (!m_customer->flags.testFlag(f))
            continue;
        auto *banner = new QLabel(bannerText(f), m_bannerBox);
        banner->setObjectName(QStringLiteral("flagBanner"));
        banner->setProperty("flag", enumKey(f));
        banner->setWordWrap(true);
        banner->setStyleSheet(bannerStyle(f)
                              + QStringLiteral("padding:6px;border-radius:3px;font-weight:bold;"));
        m_banners->addWidget(banner);
        banner->show();  // a child added to a visible parent is not shown by itself
        ++shown;
    }
    m_bannerBox->setVisible(shown > 0);
}

}  // namespace cd
