#pragma once
// The script panel (话术), right pane: the talk-track for the customer's segment with the customer's
// data merged in. Fields that could not be filled stay visible and highlighted, never silently blank.
#include "Entities.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QLabel;
class QTextBrowser;

class QPushButton;

namespace cd {

class ScriptPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ScriptPanel(QWidget *parent = nullptr);

    /// "Third party answered" (F8): the session switches to the no-disclosure script. Checked
    /// automatically when a relative's or contact's number is dialled; the agent toggles it when
    /// someone else answers the debtor's own line.
    bool thirdParty() const;
    void setThirdParty(bool on);  ///< no signal

    /// Shows `script` with `fields` merged; a null script shows a hint instead.
    void showScript(const std::optional<ScriptTemplate> &script, const QHash<QString, QString> &fields);
    void clear();
    /// The merged text as shown (plain), for tests and the clipboard.
    QString plainText() const;

    /// Merge fields for a customer: customerName, honorific, agentName, company, overdueAmount,
    /// totalOutstanding, dpd, dueDate, product, contractTail, nextDueAmount.
    static QHash<QString, QString> fieldsFor(const Customer &c, const QList<Loan> &loans, const QDate &today,
                                             const QString &agentName, const QString &company);

Q_SIGNALS:
    void thirdPartyToggled(bool on);

private:
    QLabel *m_title;
    QPushButton *m_thirdParty;
    QTextBrowser *m_text;
};

}  // namespace cd
