#include "PortraitModels.h"

#include "Delinquency.h"
#include "Pii.h"

#include <algorithm>

namespace cd {

namespace {

QVariant rightAligned() { return int(Qt::AlignRight | Qt::AlignVCenter); }
QVariant leftAligned() { return int(Qt::AlignLeft | Qt::AlignVCenter); }

bool validIndex(const QModelIndex &index, int rows, int columns)
{
    return index.isValid() && index.row() >= 0 && index.row() < rows && index.column() >= 0
        && index.column() < columns;
}

}  // namespace

// ---- base ---------------------------------------------------------------------------------------

int ListTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : columns(); }

QVariant ListTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void ListTableModel::setHeaderLabels(const QStringList &labels)
{
    m_headers = labels;
    if (columns() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns() - 1);
}

// ---- phones -------------------------------------------------------------------------------------

void PhoneTableModel::setPhones(const QList<Phone> &phones)
{
    beginResetModel();
    m_phones = phones;
    endResetModel();
}

void PhoneTableModel::setCounters(const QHash<qint64, compliance::Counters> &counters)
{
    m_counters = counters;
    if (!m_phones.isEmpty())
        Q_EMIT dataChanged(index(0, Today), index(int(m_phones.size()) - 1, Today));
}

int PhoneTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_phones.size());
}

QVariant PhoneTableModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(index, rowCount(), ColumnCount))
        return {};
    const Phone &p = m_phones.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        // Only the masked number is ever displayed; dialling uses RawNumberRole.
        case Number: return pii::maskPhone(p.number);
        case Type: return QVariant::fromValue(p.type);
        case Relation: return QVariant::fromValue(p.relation);
        case ContactName: return p.contactName;
        case Status: return QVariant::fromValue(p.status);
        case Today: {
            const auto it = m_counters.constFind(p.id);
            if (it == m_counters.constEnd())
                return QString();
            return QStringLiteral("%1/%2").arg(it->unansweredToday).arg(it->unansweredCap);
        }
        case ColumnCount: break;
        }
        return {};
    case PhoneIdRole: return p.id;
    case RawNumberRole: return p.number;
    default: return {};
    }
}

// ---- loans --------------------------------------------------------------------------------------

void LoanTableModel::setLoans(const QList<Loan> &loans, const QDate &asOf)
{
    beginResetModel();
    m_loans = loans;
    m_asOf = asOf;
    endResetModel();
}

int LoanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_loans.size());
}

QVariant LoanTableModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(index, rowCount(), ColumnCount))
        return {};
    const Loan &l = m_loans.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case ContractNo: return l.contractNo;
        case Product: return QVariant::fromValue(l.product);
        case Principal: return l.principal;
        case Term: return l.termMonths;
        case Rate: return l.annualRateBp;
        case Disbursed: return l.disbursed;
        case Dpd: return delinquency::daysPastDue(l.installments, m_asOf);
        case Bucket:
            return QVariant::fromValue(
                delinquency::bucketFor(delinquency::daysPastDue(l.installments, m_asOf)));
        case Overdue: return delinquency::overdueAmount(l.installments, m_asOf);
        case Outstanding: return delinquency::outstandingBalance(l.installments);
        case ColumnCount: break;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (Column(index.column())) {
        case Principal:
        case Term:
        case Rate:
        case Dpd:
        case Overdue:
        case Outstanding: return rightAligned();
        default: return leftAligned();
        }
    case LoanIdRole: return l.id;
    default: return {};
    }
}

// ---- installments -------------------------------------------------------------------------------

void InstallmentTableModel::setInstallments(const QList<Installment> &items, const QDate &asOf)
{
    beginResetModel();
    m_items = items;
    std::stable_sort(m_items.begin(), m_items.end(),
                     [](const Installment &a, const Installment &b) { return a.seq < b.seq; });
    m_asOf = asOf;
    endResetModel();
}

int InstallmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

// Paid: nothing outstanding. Overdue: due before asOf and unpaid. Due: the next unpaid installment
// (the bill the customer is asked to pay now, due today or later). Future: the ones after it.
QVariant InstallmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(index, rowCount(), ColumnCount))
        return {};
    const Installment &i = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Seq: return i.seq;
        case DueDate: return i.dueDate;
        case Principal: return i.principalDue;
        case Interest: return i.interestDue;
        case Fee: return i.feeDue;
        case Penalty: return i.penaltyDue;
        case Paid: return i.paid;
        case Waived: return i.waived;
        case Outstanding: return i.outstanding();
        case State: {
            InstallmentState s = InstallmentState::Future;
            if (i.settled())
                s = InstallmentState::Paid;
            else if (i.dueDate < m_asOf)
                s = InstallmentState::Overdue;
            else if (const Installment *next = delinquency::nextDue(m_items, m_asOf);
                     next && next->seq == i.seq)
                s = InstallmentState::Due;
            return QVariant::fromValue(s);
        }
        case ColumnCount: break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == DueDate || index.column() == State ? leftAligned() : rightAligned();
    default: return {};
    }
}

// ---- payments -----------------------------------------------------------------------------------

void PaymentTableModel::setLoans(const QList<Loan> &loans)
{
    beginResetModel();
    m_rows.clear();
    for (const Loan &l : loans) {
        for (const Payment &p : l.payments)
            m_rows.append(Row{p, l.contractNo});
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if (a.payment.paidAt != b.payment.paidAt)
            return a.payment.paidAt > b.payment.paidAt;
        return a.payment.id > b.payment.id;
    });
    endResetModel();
}

int PaymentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PaymentTableModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(index, rowCount(), ColumnCount))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case PaidAt: return r.payment.paidAt;
        case Amount: return r.payment.amount;
        case Channel: return r.payment.channel;  // a key ("alipay"); ui/ translates it
        case Contract: return r.contractNo;
        case ColumnCount: break;
        }
        return {};
    case Qt::TextAlignmentRole: return index.column() == Amount ? rightAligned() : leftAligned();
    default: return {};
    }
}

// ---- bucket history ------------------------------------------------------------------------------

void BucketHistoryModel::setHistory(const QList<BucketChange> &history, const QList<Loan> &loans)
{
    beginResetModel();
    m_items = history;
    std::stable_sort(m_items.begin(), m_items.end(), [](const BucketChange &a, const BucketChange &b) {
        return a.at != b.at ? a.at > b.at : a.id > b.id;
    });
    m_contracts.clear();
    for (const Loan &l : loans)
        m_contracts.insert(l.id, l.contractNo);
    endResetModel();
}

int BucketHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant BucketHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(index, rowCount(), ColumnCount))
        return {};
    const BucketChange &b = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case At: return b.at;
        case Contract: return m_contracts.value(b.loanId);
        case From: return QVariant::fromValue(b.from);
        case To: return QVariant::fromValue(b.to);
        case Dpd: return b.dpd;
        case ColumnCount: break;
        }
        return {};
    case Qt::TextAlignmentRole: return index.column() == Dpd ? rightAligned() : leftAligned();
    default: return {};
    }
}

// ---- timeline -----------------------------------------------------------------------------------

void TimelineModel::setInteractions(const QList<Interaction> &items)
{
    beginResetModel();
    m_items = items;
    rebuild();
    endResetModel();
}

void TimelineModel::setAccountEvents(const QList<Promise> &promises, const QList<Loan> &loans,
                                     const QList<BucketChange> &buckets)
{
    beginResetModel();
    m_promises.clear();
    for (const Promise &p : promises)
        if (p.status != PromiseStatus::Pending && p.decidedAt.isValid())
            m_promises << p;
    m_payments.clear();
    m_contracts.clear();
    for (const Loan &l : loans) {
        m_contracts.insert(l.id, l.contractNo);
        m_payments << l.payments;
    }
    m_buckets = buckets;
    rebuild();
    endResetModel();
}

void TimelineModel::setTexts(const TimelineTexts &texts)
{
    m_texts = texts;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void TimelineModel::rebuild()
{
    m_rows.clear();
    for (int i = 0; i < m_items.size(); ++i)
        m_rows << Entry{EntryKind::Contact, m_items.at(i).startedAt, m_items.at(i).id, i};
    for (int i = 0; i < m_promises.size(); ++i)
        m_rows << Entry{EntryKind::Promise, m_promises.at(i).decidedAt, m_promises.at(i).id, i};
    for (int i = 0; i < m_payments.size(); ++i)
        m_rows << Entry{EntryKind::Payment, m_payments.at(i).paidAt, m_payments.at(i).id, i};
    for (int i = 0; i < m_buckets.size(); ++i)
        m_rows << Entry{EntryKind::BucketChange, m_buckets.at(i).at, m_buckets.at(i).id, i};
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Entry &a, const Entry &b) {
        if (a.at != b.at)
            return a.at > b.at;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.id > b.id;
    });
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(index, rowCount(), ColumnCount))
        return {};
    const Entry &e = m_rows.at(index.row());
    if (role == EntryKindRole)
        return QVariant::fromValue(e.kind);
    if (role == HasRecordingRole)
        return e.kind == EntryKind::Contact && m_items.at(e.index).hasRecording();
    if (role == Qt::TextAlignmentRole)
        return index.column() == TalkTime ? rightAligned() : leftAligned();
    if (e.kind != EntryKind::Contact) {
        if (role != Qt::DisplayRole)
            return {};
        switch (Column(index.column())) {
        case StartedAt: return e.at;
        case Channel:
            return e.kind == EntryKind::Promise ? m_texts.promise
                : e.kind == EntryKind::Payment  ? m_texts.payment
                                                : m_texts.bucketChange;
        case Number:
            if (e.kind == EntryKind::Payment)
                return m_contracts.value(m_payments.at(e.index).loanId);
            if (e.kind == EntryKind::BucketChange)
                return m_contracts.value(m_buckets.at(e.index).loanId);
            return QString();
        case Outcome:
            if (e.kind == EntryKind::Promise)
                return QVariant::fromValue(m_promises.at(e.index).status);
            if (e.kind == EntryKind::BucketChange)
                return QVariant::fromValue(m_buckets.at(e.index).to);
            return QString();
        case Note:
            if (e.kind == EntryKind::Promise)
                return m_texts.promiseNote ? m_texts.promiseNote(m_promises.at(e.index)) : QString();
            if (e.kind == EntryKind::Payment)
                return m_texts.paymentNote ? m_texts.paymentNote(m_payments.at(e.index)) : QString();
            return m_texts.bucketNote ? m_texts.bucketNote(m_buckets.at(e.index)) : QString();
        case TalkTime:
        case Agent:
        case ColumnCount: break;
        }
        return {};
    }
    const Interaction &i = m_items.at(e.index);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case StartedAt: return i.startedAt;
        case Channel: return QVariant::fromValue(i.channel);
        case Number: return pii::maskPhone(i.phoneNumber);
        case Outcome:
            // An SMS has no call outcome: its delivery state, or that the server has not seen it yet.
            if (i.channel == cd::Channel::Sms)
                return i.id < 0 && !m_texts.smsUnsynced.isEmpty() ? QVariant(m_texts.smsUnsynced)
                                                                   : QVariant::fromValue(i.smsStatus);
            return QVariant::fromValue(i.outcome);
        case TalkTime: return i.talkSeconds();
        case Agent: return i.agent;
        case Note: return i.note;
        case ColumnCount: break;
        }
        return {};
    case InteractionRole: return QVariant::fromValue(i);
    default: return {};
    }
}

}  // namespace cd
