#include "CallBar.h"

#include "DtmfKeypad.h"
#include "Labels.h"
#include "Pii.h"

#include <QColor>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QSoundEffect>
#include <QUrl>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTimer>

namespace cd {

CallBar::CallBar(CallEngine &engine, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_number(new QComboBox(this)), m_dial(new QPushButton(this)),
      m_hangup(new QPushButton(this)), m_hold(new QPushButton(this)), m_mute(new QPushButton(this)),
      m_keypadButton(new QPushButton(this)), m_state(new QLabel(this)), m_timer(new QLabel(this)),
      m_block(new QLabel(this)), m_override(new QPushButton(this)), m_tick(new QTimer(this)), m_recheck(new QTimer(this)),
      m_keypad(new DtmfKeypad(engine, this)), m_answer(new QPushButton(this)),
      m_transfer(new QPushButton(this)), m_consult(new QPushButton(this)), m_complete(new QPushButton(this)),
      m_cancelConsult(new QPushButton(this)), m_registration(new QLabel(this)), m_rec(new QLabel(this)),
      m_quality(new QLabel(this))
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
    m_block->setObjectName(QStringLiteral("complianceBlock"));
    m_block->setStyleSheet(QStringLiteral("color:#a31515;font-weight:bold;"));
    m_block->setWordWrap(false);
    m_block->hide();
    m_answer->setObjectName(QStringLiteral("answerButton"));
    m_answer->setText(tr("Answer (F9)"));
    m_answer->setStyleSheet(
        QStringLiteral("QPushButton:enabled{background:#1e8e3e;color:white;font-weight:bold;}"));
    m_answer->hide();
    m_transfer->setObjectName(QStringLiteral("blindTransferButton"));
    m_transfer->setText(tr("Transfer…"));
    m_transfer->setToolTip(tr("Blind transfer: hand the call to another number and leave it"));
    m_consult->setObjectName(QStringLiteral("consultButton"));
    m_consult->setText(tr("Consult…"));
    m_consult->setToolTip(tr("Attended transfer: put the customer on hold and call a colleague first"));
    m_complete->setObjectName(QStringLiteral("completeTransferButton"));
    m_complete->setText(tr("Complete transfer"));
    m_cancelConsult->setObjectName(QStringLiteral("cancelConsultButton"));
    m_cancelConsult->setText(tr("Back to customer"));
    m_cancelConsult->setToolTip(tr("End the consultation; the customer is taken off hold"));
    m_registration->setObjectName(QStringLiteral("registrationState"));
    m_rec->setObjectName(QStringLiteral("recIndicator"));
    m_rec->setText(tr("● REC"));
    m_rec->setToolTip(tr("This call is being recorded"));
    m_rec->setStyleSheet(QStringLiteral("color:#d93025;font-weight:bold;"));
    m_rec->hide();
    m_quality->setObjectName(QStringLiteral("callQuality"));
    m_quality->setToolTip(tr("Audio received from the other side: jitter and packet loss"));
    m_quality->hide();
    // Room for the widest figures, so the bar does not jump as they change every second.
    m_quality->setMinimumWidth(m_quality->fontMetrics().horizontalAdvance(
        tr("Jitter %1 ms · loss %2%").arg(QStringLiteral("000"), QStringLiteral("00.0"))));
    m_override->setObjectName(QStringLiteral("overrideButton"));
    m_override->setText(tr("Override…"));
    m_override->setToolTip(tr("Let this rule through for this customer for a few hours, with a reason. "
                              "Audited."));
    m_override->hide();
    connect(m_override, &QPushButton::clicked, this, [this] {
        const int i = m_number->currentIndex();
        if (i >= 0 && i < m_phones.size())
            Q_EMIT overrideRequested(currentVerdict().rule, m_phones.at(i).number);
    });

    m_number->setMinimumContentsLength(30);
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
    m_state->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMMM")));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(new QLabel(tr("Call:"), this));
    layout->addWidget(m_number);
    layout->addWidget(m_answer);
    layout->addWidget(m_dial);
    layout->addWidget(m_hangup);
    layout->addWidget(m_hold);
    layout->addWidget(m_mute);
    layout->addWidget(m_keypadButton);
    layout->addWidget(m_transfer);
    layout->addWidget(m_consult);
    layout->addWidget(m_complete);
    layout->addWidget(m_cancelConsult);
    layout->addSpacing(8);
    layout->addWidget(m_state);
    layout->addWidget(m_timer);
    layout->addWidget(m_rec);
    layout->addWidget(m_quality);
    layout->addSpacing(8);
    layout->addWidget(m_block, 1);
    layout->addWidget(m_override);
    layout->addStretch();
    layout->addWidget(m_registration);

    connect(m_dial, &QPushButton::clicked, this, &CallBar::dial);
    connect(m_hangup, &QPushButton::clicked, this, &CallBar::hangup);
    connect(m_hold, &QPushButton::clicked, this, &CallBar::toggleHold);
    connect(m_mute, &QPushButton::clicked, this, &CallBar::toggleMute);
    connect(m_keypadButton, &QPushButton::clicked, this, &CallBar::showKeypad);
    connect(&m_engine, &CallEngine::stateChanged, this, &CallBar::onStateChanged);
    connect(&m_engine, &CallEngine::callEnded, this, &CallBar::onCallEnded);
    connect(&m_engine, &CallEngine::mutedChanged, m_mute, &QPushButton::setChecked);
    connect(m_answer, &QPushButton::clicked, this, &CallBar::answer);
    connect(m_transfer, &QPushButton::clicked, this, [this] { blindTransfer(); });
    connect(m_consult, &QPushButton::clicked, this, [this] { startConsult(); });
    connect(m_complete, &QPushButton::clicked, this, &CallBar::completeTransfer);
    connect(m_cancelConsult, &QPushButton::clicked, this, &CallBar::cancelConsult);
    connect(&m_engine, &CallEngine::registrationStateChanged, this, &CallBar::updateRegistration);
    connect(&m_engine, &CallEngine::qualityChanged, this, &CallBar::updateQuality);
    connect(&m_engine, &CallEngine::recordingStarted, this, [this](const QString &path) {
        m_rec->setToolTip(tr("This call is being recorded (%1)").arg(path));
        m_rec->show();
    });
    connect(&m_engine, &CallEngine::incomingCall, this, [this](const QString &from) {
        m_incoming = true;
        m_dialledPhoneId = 0;
        for (const Phone &p : m_phones)
            if (p.number == from)
                m_dialledPhoneId = p.id;
        QString tone = m_ringTone;
        if (tone.isEmpty() || !QFile::exists(tone))
            tone = QStringLiteral(":/sounds/ring.wav");
        if (QFile::exists(tone)) {
            if (!m_ring) {
                m_ring = new QSoundEffect(this);
                m_ring->setLoopCount(QSoundEffect::Infinite);
            }
            m_ring->setSource(tone.startsWith(QLatin1Char(':')) ? QUrl(QLatin1String("qrc") + tone)
                                                                 : QUrl::fromLocalFile(tone));
            m_ring->play();
        }
        Q_EMIT statusMessage(tr("Incoming call from %1: F9 answers, F3 rejects.").arg(pii::maskPhone(from)));
        updateButtons();
    });
    connect(&m_engine, &CallEngine::consultStateChanged, this, &CallBar::updateButtons);
    connect(&m_engine, &CallEngine::consultFailed, this, [this](CallEngine::EndReason reason) {
        Q_EMIT statusMessage(
            tr("The consultation ended (%1); the customer is back on the line.").arg(Labels::text(reason)));
        updateButtons();
    });
    connect(&m_engine, &CallEngine::transferred, this, [this](const QString &target) {
        Q_EMIT statusMessage(tr("Call transferred to %1.").arg(target));
    });
    connect(m_tick, &QTimer::timeout, this, &CallBar::onTick);
    m_tick->setInterval(500);
    connect(m_recheck, &QTimer::timeout, this, &CallBar::refreshVerdicts);
    m_recheck->start(30'000);
    connect(m_number, &QComboBox::currentIndexChanged, this, &CallBar::updateButtons);

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
    shortcut(QKeySequence(Qt::Key_F9), &CallBar::answer);
    for (int i = 1; i <= 9; ++i) {
        auto *s = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + i)), this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, [this, i] { selectPhone(i - 1); });
    }
    onStateChanged(m_engine.state());
    updateRegistration();
}

int CallBar::firstAllowedPhone() const
{
    for (int i = 0; i < m_verdicts.size(); ++i)
        if (m_verdicts.at(i).allowed())
            return i;
    return -1;
}

int CallBar::phoneCount() const { return int(m_phones.size()); }

void CallBar::setTransfersSupported(bool supported)
{
    m_transfersSupported = supported;
    updateButtons();
}

void CallBar::setRingTone(const QString &path) { m_ringTone = path; }

bool CallBar::isRinging() const { return m_ring && m_ring->isPlaying(); }

void CallBar::stopRing()
{
    if (m_ring)
        m_ring->stop();
}

void CallBar::updateRegistration()
{
    const CallEngine::RegistrationState r = m_engine.registrationState();
    // Engines without an account (demo, direct SIP URIs) have nothing to report.
    m_registration->setVisible(r != CallEngine::RegistrationState::None);
    QString text = tr("Phone: %1").arg(Labels::text(r));
    if (r == CallEngine::RegistrationState::Failed && !m_engine.registrationReason().isEmpty())
        text = tr("Phone: %1 (%2)").arg(Labels::text(r), m_engine.registrationReason());
    m_registration->setText(text);
    m_registration->setStyleSheet(r == CallEngine::RegistrationState::Ok
                                      ? QStringLiteral("color:#1e8e3e;")
                                      : QStringLiteral("color:#a31515;font-weight:bold;"));
}

void CallBar::updateQuality(const CallEngine::Quality &q)
{
    const bool show = q.valid && m_engine.state() == CallEngine::CallState::Connected;
    m_quality->setVisible(show);
    if (!show)
        return;
    m_quality->setText(tr("Jitter %1 ms · loss %2%")
                           .arg(QString::number(q.jitterMs, 'f', 0), QString::number(q.lossPercent, 'f', 1)));
    // ITU-T G.114-ish thresholds an agent can act on: beyond these the customer hears it.
    const bool poor = q.jitterMs > 40.0 || q.lossPercent > 3.0;
    m_quality->setStyleSheet(poor ? QStringLiteral("color:#a31515;font-weight:bold;") : QString());
}

QString CallBar::askTarget(const QString &title)
{
    bool ok = false;
    const QString target =
        QInputDialog::getText(this, title, tr("Number or SIP address to transfer to:"), QLineEdit::Normal,
                              QString(), &ok)
            .trimmed();
    return ok ? target : QString();
}

void CallBar::answer()
{
    if (!m_incoming || m_engine.state() != CallEngine::CallState::Ringing)
        return;
    stopRing();
    if (!m_engine.answer())
        Q_EMIT statusMessage(tr("The phone could not answer the call."));
    updateButtons();
}

void CallBar::blindTransfer(const QString &target)
{
    const auto s = m_engine.state();
    if (!m_transfersSupported
        || (s != CallEngine::CallState::Connected && s != CallEngine::CallState::OnHold))
        return;
    const QString to = target.isEmpty() ? askTarget(tr("Transfer the call")) : target;
    if (to.isEmpty())
        return;
    if (!m_engine.blindTransfer(to))
        Q_EMIT statusMessage(tr("The call could not be transferred to %1.").arg(to));
}

void CallBar::startConsult(const QString &target)
{
    if (!m_transfersSupported || m_engine.state() != CallEngine::CallState::Connected
        || m_engine.consultState() != CallEngine::ConsultState::None)
        return;
    const QString to = target.isEmpty() ? askTarget(tr("Consult before transferring")) : target;
    if (to.isEmpty())
        return;
    if (!m_engine.startConsult(to))
        Q_EMIT statusMessage(tr("Could not call %1 for the consultation.").arg(to));
    updateButtons();
}

void CallBar::completeTransfer()
{
    if (m_engine.consultState() != CallEngine::ConsultState::Connected)
        return;
    if (!m_engine.completeTransfer())
        Q_EMIT statusMessage(tr("The transfer could not be completed; the consultation goes on."));
    updateButtons();
}

void CallBar::cancelConsult()
{
    if (m_engine.consultState() == CallEngine::ConsultState::None)
        return;
    m_engine.cancelConsult();
    updateButtons();
}

void CallBar::setPolicy(const compliance::Policy &policy)
{
    m_policy = policy;
    refreshVerdicts();
}

void CallBar::setCanOverride(bool can)
{
    m_canOverride = can;
    updateButtons();
}

QString CallBar::overrideText() const
{
    const compliance::Verdict v = currentVerdict();
    const int i = m_number->currentIndex();
    if (v.overridden.isEmpty() || i < 0 || i >= m_phones.size() || !m_customer)
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const compliance::Override &o : m_overrides) {
        if (o.covers(v.overridden.first(), m_phones.at(i).number, now))
            return tr("Lead override: %1 (by %2, until %3)")
                .arg(Labels::text(o.rule), o.lead,
                     compliance::localTime(*m_customer, o.expiresAt).toString(QStringLiteral("HH:mm")));
    }
    return {};
}

void CallBar::setCustomer(const Customer &customer, const QList<Phone> &phones,
                          const QList<Interaction> &history, const QList<compliance::Override> &overrides)
{
    if (m_engine.inCall())
        return;  // never swap numbers under a live call
    const qint64 keep = m_customer && m_customer->id == customer.id ? selectedPhoneId() : 0;
    m_customer = customer;
    m_phones = phones;
    m_history = history;
    m_overrides = overrides;
    m_verdicts.clear();
    {
        const QSignalBlocker block(m_number);
        m_number->clear();
        for (const Phone &p : phones)
            m_number->addItem(QString(), p.id);
    }
    refreshVerdicts();
    // Prefer the number kept from before, else the first one that may be called now.
    int pick = keep ? m_number->findData(keep) : -1;
    for (int i = 0; pick < 0 && i < m_verdicts.size(); ++i)
        if (m_verdicts.at(i).allowed())
            pick = i;
    if (pick < 0 && m_number->count() > 0)
        pick = 0;
    m_number->setCurrentIndex(pick);
    updateButtons();
}

void CallBar::refreshVerdicts()
{
    if (m_engine.inCall() || !m_customer)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_verdicts.clear();
    for (int i = 0; i < m_phones.size(); ++i) {
        const Phone &p = m_phones.at(i);
        const compliance::Verdict v =
            compliance::check(m_policy, *m_customer, p, m_phones, m_history, now, m_overrides);
        m_verdicts << v;
        QString label = tr("%1 · %2").arg(pii::maskPhone(p.number), Labels::text(p.relation));
        if (!p.contactName.isEmpty() && p.relation != Relation::Self)
            label += tr(" (%1)").arg(p.contactName);
        label += tr(" · today %1/%2").arg(v.counters.unansweredToday).arg(v.counters.unansweredCap);
        m_number->setItemText(i, label);
        m_number->setItemData(i, v.allowed() ? QVariant() : QVariant(Labels::explanation(v)),
                              Qt::ToolTipRole);
        m_number->setItemData(i, v.allowed() ? QVariant() : QVariant(QColor(0xa3, 0x15, 0x15)),
                              Qt::ForegroundRole);
    }
    updateButtons();
}

compliance::Verdict CallBar::currentVerdict() const
{
    const int i = m_number->currentIndex();
    return i >= 0 && i < m_verdicts.size() ? m_verdicts.at(i) : compliance::Verdict{};
}

QString CallBar::blockText() const
{
    const compliance::Verdict v = currentVerdict();
    if (v.allowed() || m_number->count() == 0)
        return {};
    QString text = tr("Not allowed: %1").arg(Labels::text(v.rule));
    if (v.allowedFrom.isValid() && m_customer)
        text += tr(" · allowed from %1")
                    .arg(compliance::localTime(*m_customer, v.allowedFrom)
                             .toString(QStringLiteral("MM-dd HH:mm")));
    return text;
}

QString CallBar::blockDetail() const
{
    const compliance::Verdict v = currentVerdict();
    if (v.allowed() || m_number->count() == 0)
        return {};
    QString text = tr("Not allowed: %1").arg(Labels::explanation(v));
    if (v.allowedFrom.isValid() && m_customer) {
        const QDateTime local = compliance::localTime(*m_customer, v.allowedFrom);
        text += tr(" — allowed from %1 (customer's local time)")
                    .arg(local.toString(QStringLiteral("MM-dd HH:mm")));
    }
    return text;
}

void CallBar::clear()
{
    if (m_engine.inCall())
        return;
    m_customer.reset();
    m_phones.clear();
    m_history.clear();
    m_overrides.clear();
    m_verdicts.clear();
    m_number->clear();
    updateButtons();
}

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
    refreshVerdicts();  // the rules are checked at the moment of dialling, not when the list was built
    if (!currentVerdict().allowed()) {
        Q_EMIT dialRefused(blockDetail());
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
    if (state != CallEngine::CallState::Ringing)
        stopRing();
    if (state == CallEngine::CallState::Dialing)
        m_incoming = false;
    if (state != CallEngine::CallState::Connected)
        m_quality->hide();
    if (!live) {
        m_tick->stop();
        m_keypad->hide();
        m_rec->hide();
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
    a.recordingPath = m_engine.recordingPath();
    a.transferred = m_engine.wasTransferred();
    m_incoming = false;
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
    const QString block = live ? QString() : blockText();
    const QString overridden = block.isEmpty() ? overrideText() : QString();
    m_block->setText(block.isEmpty() ? overridden : block);
    m_block->setToolTip(live ? QString() : blockDetail());
    m_block->setStyleSheet(block.isEmpty() ? QStringLiteral("color:#8a4b00;font-weight:bold;")
                                           : QStringLiteral("color:#a31515;font-weight:bold;"));
    m_block->setVisible(!m_block->text().isEmpty());
    m_override->setVisible(!live && !block.isEmpty() && m_canOverride
                           && compliance::overridable(currentVerdict().rule));
    m_override->setEnabled(!m_locked);
    m_dial->setEnabled(!live && !m_locked && m_number->count() > 0 && block.isEmpty());
    m_number->setEnabled(!live && !m_locked);
    m_hangup->setEnabled(live);
    m_hold->setEnabled(talking);
    m_hold->setChecked(s == CallEngine::CallState::OnHold);
    m_hold->setText(s == CallEngine::CallState::OnHold ? tr("Resume (F4)") : tr("Hold (F4)"));
    m_mute->setEnabled(live);
    m_mute->setChecked(m_engine.isMuted());
    m_mute->setText(m_engine.isMuted() ? tr("Unmute (F6)") : tr("Mute (F6)"));
    m_keypadButton->setEnabled(s == CallEngine::CallState::Connected);
    const bool ringingIn = m_incoming && s == CallEngine::CallState::Ringing;
    m_answer->setVisible(ringingIn);
    m_answer->setEnabled(ringingIn);
    const auto consult = m_engine.consultState();
    const bool transfers = m_transfersSupported && talking;
    m_transfer->setVisible(transfers && consult == CallEngine::ConsultState::None);
    m_consult->setVisible(transfers && consult == CallEngine::ConsultState::None);
    m_consult->setEnabled(s == CallEngine::CallState::Connected);
    m_complete->setVisible(transfers && consult != CallEngine::ConsultState::None);
    m_complete->setEnabled(consult == CallEngine::ConsultState::Connected);
    m_cancelConsult->setVisible(transfers && consult != CallEngine::ConsultState::None);
    // During a consultation the customer is held by the transfer itself and digits would go to the
    // colleague: hold and keypad make way for the transfer's own buttons.
    m_hold->setVisible(consult == CallEngine::ConsultState::None);
    m_keypadButton->setVisible(consult == CallEngine::ConsultState::None);
}

}  // namespace cd
