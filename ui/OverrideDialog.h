#pragma once
// A lead overrides the contact rule that blocks a number (超规放行): a reason (kept in the audit
// trail), how long it holds, and whether it covers only this number or every number of the customer.
#include "Compliance.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace cd {

class OverrideDialog : public QDialog
{
    Q_OBJECT
public:
    OverrideDialog(const compliance::Verdict &verdict, const QString &maskedNumber, QWidget *parent = nullptr);

    QString reason() const;
    int hours() const;
    bool thisNumberOnly() const;
    void setReason(const QString &reason);
    void setHours(int hours);
    /// Shows why the server refused; the dialog stays open with what was typed.
    void showError(const QString &message);
    /// OK when the reason is long enough; else says why.
    void trySubmit();

Q_SIGNALS:
    void submitted();

private:
    QPlainTextEdit *m_reason;
    QSpinBox *m_hours;
    QCheckBox *m_numberOnly;
    QLabel *m_error;
    QPushButton *m_submit;
};

}  // namespace cd
