#pragma once
// The SMS dialog (发短信), opened from the portrait: pick the number (the customer's own or a contact's)
// and a template written for that person, see the text rendered with the customer's data (a field with
// no value shows as [field name], never blank), edit it, and watch a live counter that knows Chinese
// SMS segmenting ("67/70 · 1 part"), the compliance lint's findings highlighted with their rule, and the
// contact rules for SMS (compliance::checkSms: calling hours, the daily SMS cap...). Send stays disabled
// while either fails; sending queues an "sms.send" op (models/SmsRecorder.h), so it works offline.
#include "Compliance.h"
#include "ComplianceLint.h"
#include "Entities.h"
#include "SmsRecorder.h"
#include "SmsTemplate.h"

#include <QDialog>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cd {

class LocalStore;

struct SmsDialogSettings {
    compliance::Policy policy;
    QString agent;  ///< login, recorded on the interaction
    QString agentName;
    QString company;
    std::function<QDateTime()> clock;  ///< the time the rules are checked at; the wall clock when unset
};

class SmsDialog : public QDialog
{
    Q_OBJECT
public:
    SmsDialog(LocalStore &store, qint64 customerId, SmsDialogSettings settings, QWidget *parent = nullptr);

    /// The merge fields of a customer for SMS: those of the script panel plus the latest pending
    /// promise (promiseAmount, promiseDate) and the latest payment (paidAmount, paidDate).
    static QHash<QString, QString> fieldsFor(const Customer &c, const QList<Loan> &loans,
                                             const QList<Promise> &promises, const QDate &today,
                                             const QString &agentName, const QString &company);
    /// `text` with the fields filled; a field with no value becomes [its name] (translated).
    static QString render(const QString &text, const QHash<QString, QString> &fields);
    /// The name of a merge field as the agent reads it ("customerName" -> "customer name").
    static QString fieldLabel(const QString &key);

    // For tests and the status bar.
    void selectNumber(qint64 phoneId);
    bool selectTemplate(const QString &code);
    void setText(const QString &text);
    QString text() const;
    QString counterText() const;
    QString lintText() const;   ///< the findings as shown, empty when clean
    QString blockText() const;  ///< the contact rule that blocks, empty when allowed
    bool sendEnabled() const;
    QStringList templateCodes() const;  ///< offered for the selected number
    const std::optional<RecordedSms> &result() const { return m_result; }

Q_SIGNALS:
    void smsQueued(const cd::RecordedSms &result);

private:
    void onNumberChanged();
    void onTemplateChanged();
    void onTextChanged();
    void onSend();
    std::optional<Phone> currentPhone() const;
    std::optional<SmsTemplate> currentTemplate() const;
    void refreshVerdict();
    void updateSend();

    LocalStore &m_store;
    SmsDialogSettings m_settings;
    std::optional<Customer> m_customer;
    QList<Phone> m_phones;
    QList<SmsTemplate> m_templates;  ///< all active ones
    QHash<QString, QString> m_fields;
    std::optional<lint::ComplianceLint> m_lint;
    QList<lint::Finding> m_findings;
    compliance::Verdict m_verdict;
    std::optional<RecordedSms> m_result;

    QComboBox *m_number;
    QComboBox *m_template;
    QPlainTextEdit *m_text;
    QLabel *m_counter;
    QLabel *m_lintLabel;
    QLabel *m_block;
    QLabel *m_error;
    QPushButton *m_send;
};

}  // namespace cd
