#pragma once
// The payment-plan / settlement calculator (协商还款方案) opened from the portrait's settlement section:
// the agent picks the loan, the discount, the number of instalments, the first date and optionally the
// first amount; the schedule table, the totals and a line saying whether a lead must approve follow
// every change (core/Settlement.h through SettlementRecorder::plan). Save queues the offer
// (SettlementRecorder), so it works offline; a failed save keeps what was typed.
#include "SettlementRecorder.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cd {

class SettlementDialog : public QDialog
{
    Q_OBJECT
public:
    /// `today`: the debtor's local date (the earliest first payment). `limitBp`: the agent's discount
    /// limit as this client knows it.
    SettlementDialog(LocalStore &store, const Customer &customer, const QList<Loan> &loans,
                     const QString &agent, int limitBp, const QDate &today, QWidget *parent = nullptr);

    bool selectLoan(qint64 loanId);
    void setDiscountPercent(double percent);
    void setInstalments(int count);
    void setFirstDate(const QDate &date);
    void setFirstAmount(Fen amount);  ///< 0: equal instalments
    void setNote(const QString &note);

    SettlementOffer offer() const;
    const settlement::Plan &plan() const { return m_plan; }
    bool needsApproval() const;
    QTableWidget *scheduleTable() const { return m_schedule; }
    QLabel *approvalLabel() const { return m_approval; }
    QPushButton *saveButton() const { return m_save; }

    /// Saves the offer when the plan works; on success emits saved() and closes.
    void trySave();

Q_SIGNALS:
    void saved(const cd::RecordedSettlement &recorded);

private:
    void recompute();

    LocalStore &m_store;
    Customer m_customer;
    QList<Loan> m_loans;
    QString m_agent;
    int m_limitBp;
    settlement::Plan m_plan;

    QComboBox *m_loan;
    QDoubleSpinBox *m_discount;
    QSpinBox *m_instalments;
    QDateEdit *m_firstDate;
    QDoubleSpinBox *m_firstAmount;
    QPlainTextEdit *m_note;
    QLabel *m_summary;
    QLabel *m_approval;
    QLabel *m_problem;
    QTableWidget *m_schedule;
    QPushButton *m_save;
};

}  // namespace cd
