#pragma once
// The portrait's settlement section (协商还款): the customer's payment-plan offers with their status
// (within the agent's limit, awaiting approval, approved, rejected) and a "New plan…" button that
// opens the SettlementDialog. Follows the portrait: it re-reads whenever the portrait shows or reloads
// a customer. In connected mode (attachSync) a saved offer nudges the sync client, the agent's
// discount limit comes from the login (the user's skill), and a lead's decision that a pull brings
// is announced once through statusMessage(). Owned by the PortraitView it sits in.
#include "SettlementRecorder.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cd {

class PortraitView;
class SettlementDialog;
class SyncClient;

class SettlementPanel : public QWidget
{
    Q_OBJECT
public:
    SettlementPanel(LocalStore &store, PortraitView &portrait, QWidget *parent = nullptr);

    /// Who makes the offers (defaults to the logged-in user of the store).
    void setAgent(const QString &username);
    /// The agent's discount limit in basis points (junior 1000 until the login says otherwise).
    void setDiscountLimit(int bp);
    int discountLimit() const { return m_limitBp; }
    void attachSync(SyncClient &client);

    /// Re-reads the offers of the portrait's customer.
    void reload();
    /// Opens the calculator for the portrait's customer (nullptr when none is shown).
    SettlementDialog *openDialog();

    QTableWidget *table() const { return m_table; }
    QPushButton *newPlanButton() const { return m_newPlan; }

Q_SIGNALS:
    /// An offer was queued in the outbox.
    void settlementSaved();
    void statusMessage(const QString &text);

private:
    void announceDecisions();

    LocalStore &m_store;
    PortraitView &m_portrait;
    QString m_agent;
    int m_limitBp;
    SettlementDecisionWatch m_watch;
    QTableWidget *m_table;
    QLabel *m_empty;
    QPushButton *m_newPlan;
};

}  // namespace cd
