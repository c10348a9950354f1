#include "DispositionDialog.h"

#include "Labels.h"
#include "Pii.h"
#include "Workflow.h"

#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

namespace {
constexpr int MaxPromiseDays = 30;  // a promise further out is a payment plan, not a PTP
const char *const OutcomeKeys = "123456789ABCD";

QList<Outcome> allOutcomes()
{
    return {Outcome::NoAnswer,   Outcome::Busy,         Outcome::InvalidNumber,
            Outcome::WrongParty, Outcome::ThirdParty,   Outcome::RightPartyContact,
            Outcome::Refused,    Outcome::PromiseToPay, Outcome::Paid,
            Outcome::Dispute,    Outcome::Hardship,     Outcome::Callback,
            Outcome::NetworkError};
}
}  // namespace

Outcome DispositionDialog::suggestedOutcome(const CallAttempt &a)
{
    switch (a.endReason) {
    case CallEngine::EndReason::Busy: return Outcome::Busy;
    case CallEngine::EndReason::InvalidNumber: return Outcome::InvalidNumber;
    case CallEngine::EndReason::NoAnswer:
    case CallEngine::EndReason::Declined: return Outcome::NoAnswer;
    case CallEngine::EndReason::Failed: return Outcome::NetworkError;
    default: break;
    }
    return a.answeredAt.isValid() ? Outcome::RightPartyContact : Outcome::NoAnswer;
}

DispositionDialog::DispositionDialog(const CallAttempt &attempt, Fen overdue, const QDate &today,
                                     QWidget *parent)
    : QDialog(parent), m_attempt(attempt), m_today(today), m_outcomes(new QListWidget(this)),
      m_promiseBox(new QGroupBox(tr("Promise to pay"), this)), m_amount(new QDoubleSpinBox(this)),
      m_promiseDate(new QDateEdit(this)), m_callbackBox(new QGroupBox(tr("Callback"), this)),
      m_callbackAt(new QDateTimeEdit(this)), m_note(new QPlainTextEdit(this)), m_error(new QLabel(this)),
      m_save(new QPushButton(tr("Save (Ctrl+Enter)"), this)), m_clock(new QLabel(this))
{
    m_elapsed.start();
    m_clock->setObjectName(QStringLiteral("wrapUpClock"));
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, &DispositionDialog::updateClock);
    tick->start(1000);
    setObjectName(QStringLiteral("dispositionDialog"));
    setWindowTitle(tr("Call outcome"));
    setModal(true);
    m_outcomes->setObjectName(QStringLiteral("outcomeList"));
    m_amount->setObjectName(QStringLiteral("promiseAmount"));
    m_promiseDate->setObjectName(QStringLiteral("promiseDate"));
    m_callbackAt->setObjectName(QStringLiteral("callbackAt"));
    m_note->setObjectName(QStringLiteral("note"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_save->setObjectName(QStringLiteral("saveButton"));

    const int talk = attempt.answeredAt.isValid() ? int(attempt.answeredAt.secsTo(attempt.endedAt)) : 0;
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("attemptSummary"));
    summary->setText(attempt.answeredAt.isValid()
                         ? tr("Called %1 · %2 · talk time %3")
                               .arg(pii::maskPhone(attempt.number), Labels::text(attempt.endReason),
                                    Labels::duration(talk))
                         : tr("Called %1 · %2 · not answered")
                               .arg(pii::maskPhone(attempt.number), Labels::text(attempt.endReason)));

    const QList<Outcome> allowed = allowedOutcomes();
    const QList<Outcome> all = allOutcomes();
    for (int i = 0; i < all.size(); ++i) {
        auto *item = new QListWidgetItem(
            tr("%1   %2").arg(QChar::fromLatin1(OutcomeKeys[i]), Labels::text(all.at(i))));
        item->setData(Qt::UserRole, QVariant::fromValue(all.at(i)));
        if (!allowed.contains(all.at(i)))
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        m_outcomes->addItem(item);
    }
    m_outcomes->setMinimumWidth(m_outcomes->sizeHintForColumn(0) + 40);
    m_outcomes->setMinimumHeight((m_outcomes->sizeHintForRow(0) + 2) * all.size());
    m_outcomes->installEventFilter(this);

    m_amount->setPrefix(tr("¥"));
    m_amount->setDecimals(2);
    m_amount->setRange(0, 10'000'000);
    m_amount->setSingleStep(100);
    m_amount->setValue(double(qMax<Fen>(0, overdue)) / 100.0);
    m_promiseDate->setCalendarPopup(true);
    m_promiseDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_promiseDate->setDateRange(today, today.addDays(MaxPromiseDays));
    m_promiseDate->setDate(today.addDays(3));
    auto *pf = new QFormLayout(m_promiseBox);
    pf->addRow(tr("Amount"), m_amount);
    pf->addRow(tr("Pay by"), m_promiseDate);

    m_callbackAt->setCalendarPopup(true);
    m_callbackAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_callbackAt->setDateTime(QDateTime::currentDateTime().addSecs(2 * 3600));
    auto *cf = new QFormLayout(m_callbackBox);
    cf->addRow(tr("Call back at"), m_callbackAt);

    m_note->setPlaceholderText(tr("Collection note: what the customer said, agreed next steps"));
    m_note->setTabChangesFocus(true);
    m_note->installEventFilter(this);  // Ctrl+Enter saves from the note too; the editor would eat it
    m_note->setMinimumHeight(80);
    m_error->setStyleSheet(QStringLiteral("color:#a31515;font-weight:bold;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *right = new QVBoxLayout;
    right->addWidget(m_promiseBox);
    right->addWidget(m_callbackBox);
    right->addWidget(new QLabel(tr("Note"), this));
    right->addWidget(m_note, 1);
    auto *cols = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Outcome (press 1–9, A–D)"), this));
    left->addWidget(m_outcomes, 1);
    cols->addLayout(left);
    cols->addLayout(right, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addWidget(m_save);
    m_save->setDefault(false);
    m_save->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    head->addWidget(summary, 1);
    head->addWidget(m_clock);
    layout->addLayout(head);
    updateClock();
    layout->addLayout(cols, 1);
    layout->addLayout(buttons);
    setTabOrder(m_outcomes, m_amount);
    setTabOrder(m_amount, m_promiseDate);
    setTabOrder(m_promiseDate, m_callbackAt);
    setTabOrder(m_callbackAt, m_note);
    setTabOrder(m_note, m_save);

    for (const auto &key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *s = new QShortcut(key, this);
        connect(s, &QShortcut::activated, this, &DispositionDialog::trySave);
    }
    connect(m_save, &QPushButton::clicked, this, &DispositionDialog::trySave);
    connect(m_outcomes, &QListWidget::currentRowChanged, this, &DispositionDialog::onOutcomeChanged);
    selectOutcome(suggestedOutcome(attempt));
    onOutcomeChanged();
    m_outcomes->setFocus();
    resize(sizeHint().expandedTo(QSize(620, 420)));
}

QList<Outcome> DispositionDialog::allowedOutcomes() const
{
    if (!m_attempt.answeredAt.isValid())
        return {Outcome::NoAnswer, Outcome::Busy, Outcome::InvalidNumber, Outcome::NetworkError};
    return allOutcomes();
}

bool DispositionDialog::selectOutcome(Outcome outcome)
{
    for (int i = 0; i < m_outcomes->count(); ++i) {
        QListWidgetItem *item = m_outcomes->item(i);
        if (item->data(Qt::UserRole).value<Outcome>() == outcome && (item->flags() & Qt::ItemIsEnabled)) {
            m_outcomes->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

std::optional<Outcome> DispositionDialog::selectedOutcome() const
{
    const QListWidgetItem *item = m_outcomes->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return std::nullopt;
    return item->data(Qt::UserRole).value<Outcome>();
}

void DispositionDialog::setPromise(Fen amount, const QDate &date)
{
    m_amount->setValue(double(amount) / 100.0);
    m_promiseDate->setDate(date);
}

void DispositionDialog::setCallbackTime(const QDateTime &utc)
{
    m_callbackAt->setDateTime(utc.toLocalTime());
}

void DispositionDialog::setNote(const QString &note) { m_note->setPlainText(note); }

Disposition DispositionDialog::disposition() const
{
    Disposition d;
    d.phoneId = m_attempt.phoneId;
    d.phoneNumber = m_attempt.number;
    d.startedAt = m_attempt.startedAt;
    d.answeredAt = m_attempt.answeredAt;
    d.endedAt = m_attempt.endedAt;
    d.outcome = selectedOutcome().value_or(Outcome::NoAnswer);
    d.note = m_note->toPlainText().trimmed();
    if (workflow::needsPromise(d.outcome)) {
        d.promiseAmount = qRound64(m_amount->value() * 100.0);
        d.promiseDate = m_promiseDate->date();
    }
    if (workflow::needsCallbackTime(d.outcome))
        d.callbackAt = m_callbackAt->dateTime().toUTC();
    return d;
}

void DispositionDialog::setWrapUpLimit(int seconds)
{
    m_limit = qMax(0, seconds);
    updateClock();
}

int DispositionDialog::wrapUpSeconds() const { return int(m_elapsed.elapsed() / 1000); }

QString DispositionDialog::wrapUpText() const { return m_clock->text(); }

void DispositionDialog::updateClock()
{
    const int s = wrapUpSeconds();
    if (m_limit <= 0) {
        m_clock->setText(tr("Wrap-up %1").arg(Labels::duration(s)));
        m_clock->setStyleSheet(QStringLiteral("color:#5f6368;"));
    } else if (s <= m_limit) {
        m_clock->setText(tr("Wrap-up %1 / %2").arg(Labels::duration(s), Labels::duration(m_limit)));
        m_clock->setStyleSheet(QStringLiteral("color:#5f6368;"));
    } else {
        m_clock->setText(tr("Wrap-up %1 / %2 — over the limit, your lead can see it")
                             .arg(Labels::duration(s), Labels::duration(m_limit)));
        m_clock->setStyleSheet(QStringLiteral("color:#a31515;font-weight:bold;"));
    }
}

void DispositionDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void DispositionDialog::trySave()
{
    const auto outcome = selectedOutcome();
    if (!outcome) {
        showError(tr("Choose an outcome."));
        m_outcomes->setFocus();
        return;
    }
    if (workflow::needsPromise(*outcome) && m_amount->value() <= 0) {
        showError(tr("Enter the amount the customer promised to pay."));
        m_amount->setFocus();
        return;
    }
    if (workflow::needsCallbackTime(*outcome) && m_callbackAt->dateTime() <= QDateTime::currentDateTime()) {
        showError(tr("The callback time must be in the future."));
        m_callbackAt->setFocus();
        return;
    }
    m_error->hide();
    Q_EMIT saveRequested();
}

void DispositionDialog::reject() { showError(tr("Record the outcome before moving on.")); }

bool DispositionDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note
        && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool ctrlEnter = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ControlModifier);
        if (ctrlEnter) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();  // deliver it as a key press to this filter, not to the editor's shortcuts
            } else {
                trySave();
            }
            return true;
        }
    }
    if (watched == m_outcomes && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
            return false;
        const QString t = key->text().toUpper();
        const int i = t.size() == 1 ? QString::fromLatin1(OutcomeKeys).indexOf(t.at(0)) : -1;
        if (i >= 0) {
            selectOutcome(allOutcomes().at(i));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void DispositionDialog::onOutcomeChanged()
{
    const auto outcome = selectedOutcome();
    m_promiseBox->setEnabled(outcome && workflow::needsPromise(*outcome));
    m_callbackBox->setEnabled(outcome && workflow::needsCallbackTime(*outcome));
}

}  // namespace cd
