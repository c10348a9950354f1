#pragma once
// The customer portrait (客户画像), centre pane: flags as banners, identity with masked ID, local
// time, risk, DPD and bucket, balances, phones, loans with their installment tables, payments and
// the timeline of every past contact. Reads from the local cache through the repositories.
#include "Entities.h"

#include <QWidget>
#include <optional>

class QLabel;
class QTabWidget;
class QTableView;
class QVBoxLayout;

namespace cd {

class LocalStore;
class PhoneTableModel;
class LoanTableModel;
class InstallmentTableModel;
class PaymentTableModel;
class TimelineModel;

class PortraitView : public QWidget
{
    Q_OBJECT
public:
    enum Tab { LoansTab, PaymentsTab, TimelineTab };

    explicit PortraitView(LocalStore &store, QWidget *parent = nullptr);

    void showCustomer(qint64 customerId);
    void clear();
    /// Re-reads the customer (after a disposition: timeline, flags, phone statuses).
    void reload();

    const std::optional<Customer> &customer() const { return m_customer; }
    const QList<Phone> &phones() const { return m_phones; }
    const QList<Loan> &loans() const { return m_loans; }
    const QList<Promise> &promises() const { return m_promises; }
    /// The customer's local date (calling rules and DPD use the debtor's zone).
    QDate localToday() const;
    int utcOffsetSeconds() const;
    int dpd() const;

    void setCurrentTab(Tab tab);
    QTableView *timelineTable() const { return m_timelineTable; }
    TimelineModel *timelineModel() const { return m_timeline; }

private:
    void onLoanSelected();
    void rebuildBanners();
    void fillIdentity();

    LocalStore &m_store;
    std::optional<Customer> m_customer;
    QList<Phone> m_phones;
    QList<Loan> m_loans;
    QList<Promise> m_promises;

    QWidget *m_bannerBox;
    QVBoxLayout *m_banners;
    QLabel *m_name;
    QLabel *m_idNumber;
    QLabel *m_region;
    QLabel *m_work;
    QLabel *m_risk;
    QLabel *m_dpd;
    QLabel *m_overdue;
    QLabel *m_outstanding;
    QLabel *m_promise;
    QLabel *m_placeholder;
    QWidget *m_body;
    PhoneTableModel *m_phoneModel;
    LoanTableModel *m_loanModel;
    InstallmentTableModel *m_installments;
    PaymentTableModel *m_payments;
    TimelineModel *m_timeline;
    QTableView *m_loanTable;
    QTableView *m_timelineTable;
    QTabWidget *m_tabs;
};

}  // namespace cd
