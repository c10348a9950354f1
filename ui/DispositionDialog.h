#pragma once
// Wrap-up after every attempt, answered or not (通话结果/小结): outcome, promise amount + date,
// callback time, note. Mandatory: it cannot be dismissed without saving, and a failed save keeps
// everything the agent typed. Keyboard: 1-9 and A-C pick the outcome, Tab moves on, Ctrl+Enter saves.
#include "CallBar.h"
#include "DispositionRecorder.h"

#include <QDialog>
#include <QElapsedTimer>

class QDateEdit;
class QDateTimeEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace cd {

class DispositionDialog : public QDialog
{
    Q_OBJECT
public:
    /// `overdue` pre-fills the promise amount; `today` is the debtor's local date.
    DispositionDialog(const CallAttempt &attempt, Fen overdue, const QDate &today, QWidget *parent = nullptr);

    /// Outcomes the agent may choose: an unanswered call can only be no answer / busy / invalid number.
    QList<Outcome> allowedOutcomes() const;
    bool selectOutcome(Outcome outcome);
    std::optional<Outcome> selectedOutcome() const;
    void setPromise(Fen amount, const QDate &date);
    void setCallbackTime(const QDateTime &utc);
    void setNote(const QString &note);

    /// The form as a Disposition (task/customer/agent filled by the caller).
    Disposition disposition() const;
    /// Shows a save error and keeps the dialog open with its content.
    void showError(const QString &message);
    /// Validates the form; on success emits saveRequested(), else shows why.
    void trySave();

    static Outcome suggestedOutcome(const CallAttempt &attempt);

    /// The wrap-up clock: seconds since the dialog opened, against a maximum (0 = none) after which
    /// the clock turns red and says the lead can see it.
    void setWrapUpLimit(int seconds);
    int wrapUpSeconds() const;
    bool overWrapUpLimit() const { return m_limit > 0 && wrapUpSeconds() > m_limit; }
    QString wrapUpText() const;

Q_SIGNALS:
    void saveRequested();

protected:
    void reject() override;  ///< ignored: the wrap-up is mandatory
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onOutcomeChanged();
    void updateClock();

    CallAttempt m_attempt;
    QDate m_today;
    QListWidget *m_outcomes;
    QGroupBox *m_promiseBox;
    QDoubleSpinBox *m_amount;
    QDateEdit *m_promiseDate;
    QGroupBox *m_callbackBox;
    QDateTimeEdit *m_callbackAt;
    QPlainTextEdit *m_note;
    QLabel *m_error;
    QPushButton *m_save;
    QLabel *m_clock;
    QElapsedTimer m_elapsed;
    int m_limit = 0;
};

}  // namespace cd
