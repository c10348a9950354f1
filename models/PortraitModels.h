#pragma once
// Small table models for the customer portrait, each fed a list by the portrait view.
// Enum columns hold enum values; money columns hold Fen (qint64) in Qt::DisplayRole and
// ui/ formats them. Dates are QDate/QDateTime (UTC).
#include "Entities.h"

#include <QAbstractTableModel>

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
    enum Column { Number, Type, Relation, ContactName, Status, ColumnCount };
    enum Role { PhoneIdRole = Qt::UserRole + 1, RawNumberRole };
    using ListTableModel::ListTableModel;
    void setPhones(const QList<Phone> &phones);
    const QList<Phone> &phones() const { return m_phones; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;  ///< Number is masked

protected:
    int columns() const override { return ColumnCount; }

private:
    QList<Phone> m_phones;
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
    enum Column { Seq, DueDate, Principal, Interest, Fee, Penalty, Paid, Outstanding, State, ColumnCount };
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

/// Every past contact, newest first.
class TimelineModel : public ListTableModel
{
    Q_OBJECT
public:
    enum Column { StartedAt, Channel, Number, Outcome, TalkTime, Agent, Note, ColumnCount };
    enum Role { InteractionRole = Qt::UserRole + 1 };
    using ListTableModel::ListTableModel;
    void setInteractions(const QList<Interaction> &items);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;  ///< Number masked

protected:
    int columns() const override { return ColumnCount; }

private:
    QList<Interaction> m_items;
};

}  // namespace cd

Q_DECLARE_METATYPE(cd::Interaction)
