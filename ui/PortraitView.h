#pragma once
// The customer portrait (客户画像), centre pane: flags as banners, identity with masked ID, local
// time, risk grade with its factors, DPD and bucket, balances, promise chips (pending / kept /
// partially kept / broken), phones and contacts with today's counters, loans with their installment
// tables, payments, bucket history and the timeline of contacts and account events. Reads from the
// local cache through the repositories.
#include "Compliance.h"
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
class BucketHistoryModel;
class PiiField;
class RecordingFetcher;
class RecordingPlayer;

class PortraitView : public QWidget
{
    Q_OBJECT
public:
    enum Tab { LoansTab, PaymentsTab, TimelineTab, BucketHistoryTab };

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
    /// The contact rules the phone counters ("today 2/6") are computed with (default: the standard Policy).
    void setPolicy(const compliance::Policy &policy);
    const compliance::Policy &policy() const { return m_policy; }

    /// Personal data (ID number, bank card) masked, with "Show" for roles that may reveal it.
    void setRevealAllowed(bool allowed);
    /// Puts a revealed value (from customer.reveal) on screen for a short while.
    void showRevealed(const QString &field, const QString &value);
    PiiField *piiField(const QString &field) const;
    QTableView *timelineTable() const { return m_timelineTable; }
    TimelineModel *timelineModel() const { return m_timeline; }
    /// Under the contact history: plays the recording of the selected call (ui/RecordingPlayer.h).
    RecordingPlayer *recordingPlayer() const { return m_recordingPlayer; }
    /// Server copies of recordings come through `fetcher` (none: only recordings on this machine).
    void setRecordingFetcher(RecordingFetcher *fetcher);

Q_SIGNALS:
    /// The user pressed "Show" on `field` ("idNumber" or "bankCard") of the open customer.
    void revealRequested(qint64 customerId, const QString &field);
    /// The user pressed "Send SMS" for the open customer (WorkSession opens the SMS dialog).
    void smsRequested(qint64 customerId);

private:
    void onLoanSelected();
    void rebuildBanners();
    void fillIdentity();
    void fillPromiseChips();
    void fillCounters(const QList<Interaction> &history);
    void onTimelineRowChanged();

    LocalStore &m_store;
    std::optional<Customer> m_customer;
    QList<Phone> m_phones;
    QList<Loan> m_loans;
    QList<Promise> m_promises;
    QList<Interaction> m_history;
    compliance::Policy m_policy;

    QWidget *m_bannerBox;
    QVBoxLayout *m_banners;
    QLabel *m_name;
    QLabel *m_idNumber;
    QLabel *m_bankCard;
    PiiField *m_idField;
    PiiField *m_cardField;
    QLabel *m_region;
    QLabel *m_work;
    QLabel *m_risk;
    QLabel *m_dpd;
    QLabel *m_overdue;
    QLabel *m_outstanding;
    QLabel *m_promise;
    QLabel *m_riskFactors;
    QWidget *m_promiseChips;
    QLabel *m_placeholder;
    QWidget *m_body;
    PhoneTableModel *m_phoneModel;
    LoanTableModel *m_loanModel;
    InstallmentTableModel *m_installments;
    PaymentTableModel *m_payments;
    TimelineModel *m_timeline;
    BucketHistoryModel *m_buckets;
    QTableView *m_loanTable;
    QTableView *m_timelineTable;
    RecordingPlayer *m_recordingPlayer;
    QTabWidget *m_tabs;
};

}  // namespace cd
