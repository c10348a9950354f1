#pragma once
// Small table models for the customer portrait, each fed a list by the portrait view.
// Enum columns hold enum values; money columns hold Fen (qint64) in Qt::DisplayRole and
// ui/ formats them. Dates are QDate/QDateTime (UTC).
#include "Compliance.h"
#include "Entities.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace cd {

/// Base: a read-only table over a QList<T> with header labels set by ui/.
class ListTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void setHeaderLabels(const QStringList &labels);

protected:
    virtual int columns() const = 0;
    QStringList m_headers;
};

class PhoneTableModel : public ListTableModel
{
    Q_OBJECT
public:
    /// Today: "unanswered today / cap" on this number (core/Compliance.h counters), empty when unknown.
    enum Column { Number, Type, Relation, ContactName, Status, Today, ColumnCount };
    enum Role { PhoneIdRole = Qt::UserRole + 1, RawNumberRole };
    using ListTableModel::ListTableModel;
    void setPhones(const QList<Phone> &phones);
    /// Counters by phone id (the portrait computes them with the workstation's policy).
    void setCounters(const QHash<qint64, compliance::Counters> &counters);
    const QList<Phone> &phones() const { return m_phones; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;  ///< Number is masked

protected:
    int columns() const override { return ColumnCount; }

private:
    QList<Phone> m_phones;
    QHash<qint64, compliance::Counters> m_counters;
};

class LoanTableModel : public ListTableModel
{
    Q_OBJECT
public:
    enum Column {
        ContractNo,
        Product,
        Principal,
        Term,
        Rate,
        Disbursed,
        Dpd,
        Bucket,
        Overdue,
        Outstanding,
        ColumnCount
    };
    enum Role { LoanIdRole = Qt::UserRole + 1 };
    using ListTableModel::ListTableModel;
    void setLoans(const QList<Loan> &loans, const QDate &asOf);
    const QList<Loan> &loans() const { return m_loans; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int columns() const override { return ColumnCount; }

private:
    QList<Loan> m_loans;
    QDate m_asOf;
};

class InstallmentTableModel : public ListTableModel
{
    Q_OBJECT
public:
    enum Column {
        Seq,
        DueDate,
        Principal,
        Interest,
        Fee,
        Penalty,
        Paid,
        Waived,
        Outstanding,
        State,
        ColumnCount
    };
    /// State column: "paid" / "overdue" / "due" / "future" as InstallmentState.
    enum class InstallmentState { Paid, Overdue, Due, Future };
    Q_ENUM(InstallmentState)
    using ListTableModel::ListTableModel;
    void setInstallments(const QList<Installment> &items, const QDate &asOf);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int columns() const override { return ColumnCount; }

private:
    QList<Installment> m_items;
    QDate m_asOf;
};

class PaymentTableModel : public ListTableModel
{
    Q_OBJECT
public:
    enum Column { PaidAt, Amount, Channel, Contract, ColumnCount };
    using ListTableModel::ListTableModel;
    void setLoans(const QList<Loan> &loans);  ///< payments of every loan, newest first
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int columns() const override { return ColumnCount; }

private:
    struct Row {
        Payment payment;
        QString contractNo;
    };
    QList<Row> m_rows;
};

/// The accounts' bucket changes, newest first.
class BucketHistoryModel : public ListTableModel
{
    Q_OBJECT
public:
    enum Column { At, Contract, From, To, Dpd, ColumnCount };
    using ListTableModel::ListTableModel;
    /// `loans` name the contracts.
    void setHistory(const QList<BucketChange> &history, const QList<Loan> &loans);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int columns() const override { return ColumnCount; }

private:
    QList<BucketChange> m_items;
    QHash<qint64, QString> m_contracts;
};

/// What the timeline says about rows that are not contacts; ui/ fills it with translated text.
struct TimelineTexts {
    QString promise;       ///< Channel column of a decided promise
    QString payment;       ///< ... of a payment
    QString bucketChange;  ///< ... of a bucket change
    QString smsUnsynced;   ///< Outcome column of an SMS the server has not confirmed yet (provisional row)
    std::function<QString(const Promise &)> promiseNote;
    std::function<QString(const Payment &)> paymentNote;
    std::function<QString(const BucketChange &)> bucketNote;
};

/// Every past contact, newest first, merged with the account events: promises when they were decided
/// (a pending one is a chip in the summary; its making is the contact row), payments and bucket
/// changes. Contact rows carry their Interaction; on a tie in time a contact comes first.
class TimelineModel : public ListTableModel
{
    Q_OBJECT
public:
    enum Column { StartedAt, Channel, Number, Outcome, TalkTime, Agent, Note, ColumnCount };
    /// HasRecordingRole: a call whose recording is on this machine or on the server (the view marks
    /// it with a play icon; selecting the row opens the player).
    enum Role { InteractionRole = Qt::UserRole + 1, EntryKindRole, HasRecordingRole };
    enum class EntryKind { Contact, Promise, Payment, BucketChange };
    Q_ENUM(EntryKind)
    using ListTableModel::ListTableModel;
    void setInteractions(const QList<Interaction> &items);
    /// Outcome column: PromiseStatus / Bucket (the new one) / nothing for payments; Number column: the
    /// contract of payments and bucket changes.
    void setAccountEvents(const QList<Promise> &promises, const QList<Loan> &loans,
                          const QList<BucketChange> &buckets);
    void setTexts(const TimelineTexts &texts);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;  ///< Number masked

protected:
    int columns() const override { return ColumnCount; }

private:
    struct Entry {
        EntryKind kind = EntryKind::Contact;
        QDateTime at;
        qint64 id = 0;
        int index = 0;  ///< into the list of its kind
    };
    void rebuild();

    QList<Interaction> m_items;
    QList<Promise> m_promises;  ///< decided ones only
    QList<Payment> m_payments;
    QHash<qint64, QString> m_contracts;
    QList<BucketChange> m_buckets;
    QList<Entry> m_rows;
    TimelineTexts m_texts;
};

}  // namespace cd

Q_DECLARE_METATYPE(cd::Interaction)
