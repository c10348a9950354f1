#include "CallBar.h"

#include "DtmfKeypad.h"
#include "Labels.h"
#include "Pii.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>

namespace cd {

CallBar::CallBar(CallEngine &engine, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_number(new QComboBox(this)), m_dial(new QPushButton(this)),
      m_hangup(new QPushButton(this)), m_hold(new QPushButton(this)), m_mute(new QPushButton(this)),
      m_keypadButton(new QPushButton(this)), m_state(new QLabel(this)), m_timer(new QLabel(this)),
      m_tick(new QTimer(this)), m_keypad(new DtmfKeypad(engine, this))
{
    setObjectName(QStringLiteral("callBar"));
    m_number->setObjectName(QStringLiteral("numberCombo"));
    m_dial->setObjectName(QStringLiteral("dialButton"));
    m_hangup->setObjectName(QStringLiteral("hangupButton"));
    m_hold->setObjectName(QStringLiteral("holdButton"));
    m_mute->setObjectName(QStringLiteral("muteButton"));
    m_keypadButton->setObjectName(QStringLiteral("keypadButton"));
    m_state->setObjectName(QStringLiteral("callState"));
    m_timer->setObjectName(QStringLiteral("callTimer"));

    m_number->setMinimumContentsLength(22);
    m_number->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_number->setToolTip(tr("Number to dial (Ctrl+1…9)"));
    m_dial->setText(tr("Dial (F2)"));
    m_hangup->setText(tr("Hang up (F3)"));
    m_hold->setText(tr("Hold (F4)"));
    m_mute->setText(tr("Mute (F6)"));
    m_keypadButton->setText(tr("Keypad (F7)"));
    m_dial->setStyleSheet(
        QStringLiteral("QPushButton:enabled{background:#1e8e3e;color:white;font-weight:bold;}"));
    m_hangup->setStyleSheet(
        QStringLiteral("QPushButton:enabled{background:#d93025;color:white;font-weight:bold;}"));
    m_hold->setCheckable(true);
    m_mute->setCheckable(true);
    QFont mono = m_timer->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    mono.setBold(true);
    m_timer->setFont(mono);
    m_timer->setText(QStringLiteral("00:00"));
    m_timer->setMinimumWidth(m_timer->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")));
    m_state->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMMMMMM")));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(new QLabel(tr("Call:"), this));
    layout->addWidget(m_number);
    layout->addWidget(m_dial);
    layout->addWidget(m_hangup);
    layout->addWidget(m_hold);
    layout->addWidget(m_mute);
    layout->addWidget(m_keypadButton);
    layout->addSpacing(12);
    layout->addWidget(m_state);
    layout->addWidget(m_timer);
    layout->addStretch();

    connect(m_dial, &QPushButton::clicked, this, &CallBar::dial);
    connect(m_hangup, &QPushButton::clicked, this, &CallBar::hangup);
    connect(m_hold, &QPushButton::clicked, this, &CallBar::toggleHold);
    connect(m_mute, &QPushButton::clicked, this, &CallBar::toggleMute);
    connect(m_keypadButton, &QPushButton::clicked, this, &CallBar::showKeypad);
    connect(&m_engine, &CallEngine::stateChanged, this, &CallBar::onStateChanged);
    connect(&m_engine, &CallEngine::callEnded, this, &CallBar::onCallEnded);
    connect(&m_engine, &CallEngine::mutedChanged, m_mute, &QPushButton::setChecked);
    connect(m_tick, &QTimer::timeout, this, &CallBar::onTick);
    m_tick->setInterval(500);

    // Window-wide shortcuts: agents keep their hands on the keyboard whatever has focus.
    auto shortcut = [this](const QKeySequence &key, auto slot) {
        auto *s = new QShortcut(key, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_F2), &CallBar::dial);
    shortcut(QKeySequence(Qt::Key_F3), &CallBar::hangup);
    shortcut(QKeySequence(Qt::Key_F4), &CallBar::toggleHold);
    shortcut(QKeySequence(Qt::Key_F6), &CallBar::toggleMute);
    shortcut(QKeySequence(Qt::Key_F7), &CallBar::showKeypad);
    for (int i = 1; i <= 9; ++i) {
        auto *s = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + i)), this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, [this, i] { selectPhone(i - 1); });
    }
    onStateChanged(m_engine.state());
}

void CallBar::setPhones(const QList<Phone> &phones, bool blockedAll)
{
    if (m_engine.inCall())
        return;  // never swap numbers under a live call
    m_phones = phones;
    m_blockedAll = blockedAll;
    m_number->clear();
    int firstCallable = -1;
    for (int i = 0; i < phones.size(); ++i) {
        const Phone &p = phones.at(i);
        QString label = tr("%1 · %2").arg(pii::maskPhone(p.number), Labels::text(p.relation));
        if (!p.contactName.isEmpty() && p.relation != Relation::Self)
            label += tr(" (%1)").arg(p.contactName);
        if (p.status == PhoneStatus::Invalid || p.status == PhoneStatus::DoNotCall)
            label += tr(" — %1").arg(Labels::text(p.status));
        m_number->addItem(label, p.id);
        const bool callable = !blockedAll && p.status != PhoneStatus::DoNotCall;
        if (!callable) {
            // Disabled item: still visible so the agent sees the number exists.
            m_number->setItemData(i, 0, Qt::UserRole - 1);
        } else if (firstCallable < 0 && p.status != PhoneStatus::Invalid) {
            firstCallable = i;
        }
    }
    if (firstCallable >= 0)
        m_number->setCurrentIndex(firstCallable);
    updateButtons();
}

void CallBar::clear() { setPhones({}, true); }

bool CallBar::selectPhone(int index)
{
    if (m_engine.inCall() || index < 0 || index >= m_number->count())
        return false;
    m_number->setCurrentIndex(index);
    return true;
}

qint64 CallBar::selectedPhoneId() const { return m_number->currentData().toLongLong(); }

void CallBar::setLocked(bool locked)
{
    m_locked = locked;
    updateButtons();
}

void CallBar::dial()
{
    if (m_engine.inCall() || m_locked)
        return;
    const int i = m_number->currentIndex();
    if (i < 0 || i >= m_phones.size()) {
        Q_EMIT dialRefused(tr("Choose a number first."));
        return;
    }
    const Phone &p = m_phones.at(i);
    if (m_blockedAll) {
        Q_EMIT dialRefused(tr("This customer is marked do-not-call."));
        return;
    }
    if (p.status == PhoneStatus::DoNotCall) {
        Q_EMIT dialRefused(tr("This number is marked do-not-call."));
        return;
    }
    m_dialledPhoneId = p.id;
    if (!m_engine.dial(p.number))
        Q_EMIT dialRefused(tr("The phone could not start the call."));
}

void CallBar::hangup() { m_engine.hangup(); }

void CallBar::toggleHold()
{
    const auto s = m_engine.state();
    if (s == CallEngine::CallState::Connected || s == CallEngine::CallState::OnHold)
        m_engine.setHold(s == CallEngine::CallState::Connected);
    updateButtons();
}

void CallBar::toggleMute()
{
    if (m_engine.inCall())
        m_engine.setMuted(!m_engine.isMuted());
    updateButtons();
}

void CallBar::showKeypad()
{
    if (m_engine.state() != CallEngine::CallState::Connected)
        return;
    m_keypad->popup(m_keypadButton);
}

void CallBar::onStateChanged(CallEngine::CallState state)
{
    QString text = Labels::text(state);
    if (state == CallEngine::CallState::Ended && m_engine.endReason() != CallEngine::EndReason::None)
        text = tr("%1: %2").arg(text, Labels::text(m_engine.endReason()));
    m_state->setText(text);
    const bool live = state != CallEngine::CallState::Idle && state != CallEngine::CallState::Ended;
    if (live && !m_tick->isActive())
        m_tick->start();
    if (!live) {
        m_tick->stop();
        m_keypad->hide();
    }
    onTick();
    updateButtons();
}

void CallBar::onCallEnded(CallEngine::EndReason reason)
{
    CallAttempt a;
    a.phoneId = m_dialledPhoneId;
    a.number = m_engine.remoteNumber();
    a.startedAt = m_engine.startedAt();
    a.answeredAt = m_engine.answeredAt();
    a.endedAt = m_engine.endedAt();
    a.endReason = reason;
    Q_EMIT attemptFinished(a);
}

void CallBar::onTick()
{
    const QDateTime from = m_engine.answeredAt().isValid() ? m_engine.answeredAt() : m_engine.startedAt();
    const QDateTime to = m_engine.inCall() ? QDateTime::currentDateTimeUtc() : m_engine.endedAt();
    const int secs = from.isValid() && to.isValid() ? int(qMax<qint64>(0, from.secsTo(to))) : 0;
    m_timer->setText(Labels::duration(secs));
}

void CallBar::updateButtons()
{
    const auto s = m_engine.state();
    const bool live = m_engine.inCall();
    const bool talking = s == CallEngine::CallState::Connected || s == CallEngine::CallState::OnHold;
    m_dial->setEnabled(!live && !m_locked && !m_blockedAll && m_number->count() > 0);
    m_number->setEnabled(!live && !m_locked);
    m_hangup->setEnabled(live);
    m_hold->setEnabled(talking);
    m_hold->setChecked(s == CallEngine::CallState::OnHold);
    m_hold->setText(s == CallEngine::CallState::OnHold ? tr("Resume (F4)") : tr("Hold (F4)"));
    m_mute->setEnabled(live);
    m_mute->setChecked(m_engine.isMuted());
    m_mute->setText(m_engine.isMuted() ? tr("Unmute (F6)") : tr("Mute (F6)"));
    m_keypadButton->setEnabled(s == CallEngine::CallState::Connected);
}

}  // namespace cd
