#include "SimulatedEngine.h"

#include <QLoggingCategory>
#include <QtMath>

#include <cmath>

namespace cd {

Q_DECLARE_LOGGING_CATEGORY(lcTelephony)

namespace {

// What the single-shot timer does when it fires next. One timer drives the whole call so that a
// hangup stops everything that was still to come with one stop().
enum Step : int {
    NoStep = 0,
    ToRinging,       ///< Dialing -> Ringing
    ToInvalid,       ///< Dialing -> Ended(InvalidNumber), never rings
    ToBusy,          ///< Ringing -> Ended(Busy)
    ToNoAnswer,      ///< Ringing -> Ended(NoAnswer) at the ring timeout
    ToConnected,     ///< Ringing -> Connected
    ToMismatch,      ///< WrongParty: the callee says it is not the customer
    ToRemoteHangup,  ///< AnswerThenHangup: the callee hangs up
};

// Delays at scale 1.0, in milliseconds.
constexpr int DialToRingMs = 300;
constexpr int DialToInvalidMs = 500;
constexpr int BusyRingMs = 1'500;
constexpr int MinRingMs = 2'000;
constexpr int MaxRingMs = 6'000;
constexpr int MismatchAfterAnswerMs = 1'500;
constexpr int MinTalkBeforeRemoteHangupMs = 8'000;
constexpr int MaxTalkBeforeRemoteHangupMs = 20'000;

// Scenario shares in percent; they add up to 100. Order is part of the mapping from hash to scenario:
// reordering changes what every demo number does.
struct Share {
    SimulatedEngine::Scenario scenario;
    int percent;
};
constexpr Share Shares[] = {
    {SimulatedEngine::Scenario::Answer, 45},       {SimulatedEngine::Scenario::NoAnswer, 20},
    {SimulatedEngine::Scenario::Busy, 12},         {SimulatedEngine::Scenario::WrongParty, 8},
    {SimulatedEngine::Scenario::InvalidNumber, 5}, {SimulatedEngine::Scenario::AnswerThenHangup, 10},
};

// FNV-1a over the seed and the number's UTF-8 bytes. qHash is not an option: it is seeded randomly
// per process, and a trainer must see the same number behave the same way in every session.
quint32 fnv1a(quint32 seed, const QString &number)
{
    quint32 h = 2166136261u;
    auto feed = [&h](quint8 byte) {
        h ^= byte;
        h *= 16777619u;
    };
    for (int i = 0; i < 4; ++i)
        feed(quint8(seed >> (8 * i)));
    const QByteArray utf8 = number.toUtf8();
    for (const char c : utf8)
        feed(quint8(c));
    return h;
}

// MurmurHash3's finaliser: FNV-1a alone leaves the low bits of numbers that differ only in their
// last digit too alike for `% 100` to spread them evenly.
quint32 mix(quint32 h)
{
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}

// Independent draws for one number: 0 picks the scenario, others pick timings.
quint32 draw(quint32 seed, const QString &number, quint32 salt)
{
    return mix(fnv1a(seed, number) ^ (salt * 0x9e3779b9u));
}

enum Salt : quint32 { ScenarioSalt = 0, RingSalt = 1, TalkSalt = 2 };

int between(quint32 value, int lo, int hi) { return lo + int(value % quint32(hi - lo + 1)); }

}  // namespace

SimulatedEngine::SimulatedEngine(quint32 seed, QObject *parent) : CallEngine(parent), m_seed(seed)
{
    m_timer.setSingleShot(true);
    // Precise: at test scales the steps are a few milliseconds apart and a coarse timer's 5 %
    // slack could reorder nothing but would blur the durations the tests check.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SimulatedEngine::onProgress);
}

bool SimulatedEngine::dial(const QString &number)
{
    if (inCall()) {
        qCWarning(lcTelephony) << "dial refused: a call is already in progress";
        return false;
    }
    if (number.trimmed().isEmpty()) {
        qCWarning(lcTelephony) << "dial refused: empty number";
        return false;
    }
    m_scenario = scenarioFor(number);
    m_dtmfLog.clear();
    qCDebug(lcTelephony) << "simulated call to" << number << "plays" << m_scenario;
    beginCall(number);
    // Schedule before announcing the state: a slot on stateChanged(Dialing) may hang up (stopping
    // the timer) and that must win over our next step.
    m_step = m_scenario == Scenario::InvalidNumber ? ToInvalid : ToRinging;
    m_timer.start(scaled(m_scenario == Scenario::InvalidNumber ? DialToInvalidMs : DialToRingMs));
    setState(CallState::Dialing);
    return true;
}

void SimulatedEngine::hangup()
{
    if (!inCall())
        return;
    m_timer.stop();
    m_step = NoStep;
    // Dialing/Ringing would be a CANCEL and Connected/OnHold a BYE on a real line; both are the
    // agent's own hangup as far as the outcome is concerned.
    finishCall(EndReason::LocalHangup);
}

void SimulatedEngine::setHold(bool onHold)
{
    if (onHold && state() == CallState::Connected)
        setState(CallState::OnHold);
    else if (!onHold && state() == CallState::OnHold)
        setState(CallState::Connected);
    else
        qCDebug(lcTelephony) << "setHold(" << onHold << ") ignored in state" << state();
}

void SimulatedEngine::setMuted(bool muted)
{
    if (!inCall()) {
        qCDebug(lcTelephony) << "setMuted ignored: no call";
        return;
    }
    setMutedState(muted);
}

bool SimulatedEngine::sendDtmf(QChar digit)
{
    if (state() != CallState::Connected)
        return false;
    const char16_t c = digit.unicode();
    const bool valid = (c >= u'0' && c <= u'9') || c == u'*' || c == u'#' || (c >= u'A' && c <= u'D');
    if (!valid) {
        qCWarning(lcTelephony) << "invalid DTMF digit" << digit;
        return false;
    }
    m_dtmfLog.append(digit);
    Q_EMIT dtmfSent(digit);
    return true;
}

void SimulatedEngine::setTimeScale(double scale)
{
    if (!std::isfinite(scale) || scale <= 0.0) {
        qCWarning(lcTelephony) << "ignoring time scale" << scale;
        return;
    }
    m_scale = scale;
}

SimulatedEngine::Scenario SimulatedEngine::scenarioFor(const QString &number) const
{
    const auto forced = m_forced.constFind(number);
    if (forced != m_forced.cend())
        return *forced;
    int roll = int(draw(m_seed, number, ScenarioSalt) % 100u);
    for (const Share &share : Shares) {
        if (roll < share.percent)
            return share.scenario;
        roll -= share.percent;
    }
    Q_UNREACHABLE();
    return Scenario::Answer;
}

void SimulatedEngine::forceScenario(const QString &number, Scenario scenario)
{
    m_forced.insert(number, scenario);
}

void SimulatedEngine::onProgress()
{
    const int step = m_step;
    m_step = NoStep;
    const QString number = remoteNumber();
    // Each case arms the next step before it announces the new state, for the same reason as in
    // dial(): whatever a slot does in reaction (hang up, dial again) must override our plan.
    auto next = [this](Step s, int ms) {
        m_step = s;
        m_timer.start(scaled(ms));
    };
    switch (step) {
    case ToRinging:
        switch (m_scenario) {
        case Scenario::Busy: next(ToBusy, BusyRingMs); break;
        case Scenario::NoAnswer: next(ToNoAnswer, RingTimeoutMs); break;
        default: next(ToConnected, between(draw(m_seed, number, RingSalt), MinRingMs, MaxRingMs)); break;
        }
        setState(CallState::Ringing);
        break;
    case ToInvalid: finishCall(EndReason::InvalidNumber); break;
    case ToBusy: finishCall(EndReason::Busy); break;
    case ToNoAnswer: finishCall(EndReason::NoAnswer); break;
    case ToConnected:
        if (m_scenario == Scenario::WrongParty)
            next(ToMismatch, MismatchAfterAnswerMs);
        else if (m_scenario == Scenario::AnswerThenHangup)
            next(ToRemoteHangup,
                 between(draw(m_seed, number, TalkSalt), MinTalkBeforeRemoteHangupMs,
                         MaxTalkBeforeRemoteHangupMs));
        setState(CallState::Connected);
        break;
    case ToMismatch: Q_EMIT remotePartyMismatch(); break;
    case ToRemoteHangup:
        // Also while on hold: the callee can give up waiting.
        finishCall(EndReason::RemoteHangup);
        break;
    default: break;
    }
}

int SimulatedEngine::scaled(int ms) const { return qMax(1, qRound(ms * m_scale)); }

}  // namespace cd
