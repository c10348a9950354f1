#pragma once
// A team lead's settlement approvals (协商还款审批): the team's offers awaiting approval, fetched with
// settlement.list, each approved or rejected with a note through settlement.decide. Online only: it
// says so when the session is not open. Opened from the main window's menu for the lead role.
#include "Entities.h"
#include "Status.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cd {

class LocalStore;
class SyncClient;

class SettlementApprovalsDialog : public QDialog
{
    Q_OBJECT
public:
    SettlementApprovalsDialog(SyncClient &client, LocalStore &store, QWidget *parent = nullptr);

    /// Asks the server for the team's pending offers; the table follows when the answer comes.
    void refresh();
    /// Approves (or rejects) the selected offer with the note typed.
    void decideSelected(bool approve);

    QTableWidget *table() const { return m_table; }
    QLineEdit *noteEdit() const { return m_note; }
    QLabel *statusLabel() const { return m_status; }
    const QList<Settlement> &pending() const { return m_pending; }

Q_SIGNALS:
    void refreshed();
    void decided(qint64 settlementId, cd::SettlementStatus status);

private:
    void fill();
    void showFailure(proto::StatusCode code, bool offline);

    SyncClient &m_client;
    LocalStore &m_store;
    QList<Settlement> m_pending;
    QTableWidget *m_table;
    QLineEdit *m_note;
    QLabel *m_status;
    QPushButton *m_approve;
    QPushButton *m_reject;
};

}  // namespace cd
