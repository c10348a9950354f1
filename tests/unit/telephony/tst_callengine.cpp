// CallEngine's protected helpers: the contract every engine (simulated or SIP) inherits. A scripted
// engine drives them directly, the way LinphoneEngine will from liblinphone's callbacks, including
// the awkward orders a real network produces (a late error after a hangup, a re-answer after hold).
#include "CallEngine.h"

#include <QSignalSpy>
#include <QTest>

#include "Domain.h"

using cd::CallEngine;
using CallState = CallEngine::CallState;
using EndReason = CallEngine::EndReason;

namespace {

// A fake engine whose network events are method calls.
class ScriptedEngine : public CallEngine
{
public:
    using CallEngine::CallEngine;
    bool dial(const QString &number) override
    {
        if (inCall() || number.isEmpty())
            return false;
        beginCall(number);
        setState(CallState::Dialing);
        return true;
    }
    void hangup() override { finishCall(EndReason::LocalHangup); }
    void setHold(bool onHold) override { setState(onHold ? CallState::OnHold : CallState::Connected); }
    void setMuted(bool muted) override { setMutedState(muted); }
    bool sendDtmf(QChar) override { return false; }

    void networkState(CallState s) { setState(s); }
    void networkEnd(EndReason r) { finishCall(r); }
};

QList<CallState> statesOf(const QSignalSpy &spy)
{
    QList<CallState> out;
    for (const QList<QVariant> &args : spy)
        out << args.at(0).value<CallState>();
    return out;
}

}  // namespace

class TestCallEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsIdle();
    void beginCallRecordsNumberAndStartUtc();
    void stateChangedOnlyOnChange();
    void answeredAtStampedOnFirstConnectOnly();
    void finishCallReportsOnceInOrder();
    void finishWhenIdleDoesNothing();
    void endedCountsAsNotInCall();
    void beginCallClearsThePreviousCall();
};

void TestCallEngine::startsIdle()
{
    ScriptedEngine e;
    QCOMPARE(e.state(), CallState::Idle);
    QVERIFY(!e.inCall());
    QVERIFY(!e.isMuted());
    QCOMPARE(e.endReason(), EndReason::None);
    QVERIFY(!e.startedAt().isValid());
}

void TestCallEngine::beginCallRecordsNumberAndStartUtc()
{
    ScriptedEngine e;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(e.dial(QStringLiteral("10012345678")));
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QCOMPARE(e.remoteNumber(), QStringLiteral("10012345678"));
    QCOMPARE(e.startedAt().timeSpec(), Qt::UTC);
    QVERIFY(before <= e.startedAt() && e.startedAt() <= after);
    QVERIFY(!e.answeredAt().isValid());
    QVERIFY(!e.endedAt().isValid());
    QVERIFY(e.inCall());
}

void TestCallEngine::stateChangedOnlyOnChange()
{
    ScriptedEngine e;
    QSignalSpy states(&e, &CallEngine::stateChanged);
    QVERIFY(e.dial(QStringLiteral("1")));
    e.networkState(CallState::Ringing);
    e.networkState(CallState::Ringing);  // 180 then 183: the UI must not flash twice
    e.networkState(CallState::Connected);
    e.networkState(CallState::Connected);
    QCOMPARE(statesOf(states),
             (QList<CallState>{CallState::Dialing, CallState::Ringing, CallState::Connected}));
}

void TestCallEngine::answeredAtStampedOnFirstConnectOnly()
{
    ScriptedEngine e;
    QVERIFY(e.dial(QStringLiteral("1")));
    e.networkState(CallState::Ringing);
    QVERIFY(!e.answeredAt().isValid());
    e.networkState(CallState::Connected);
    const QDateTime answered = e.answeredAt();
    QVERIFY(answered.isValid());
    QCOMPARE(answered.timeSpec(), Qt::UTC);
    QVERIFY(answered >= e.startedAt());

    // Resume after hold re-enters Connected; talk time must still count from the first answer.
    // Wait until the clock has visibly moved so a re-stamp would show.
    e.setHold(true);
    QTRY_VERIFY(QDateTime::currentDateTimeUtc() > answered);
    e.setHold(false);
    QCOMPARE(e.state(), CallState::Connected);
    QCOMPARE(e.answeredAt(), answered);
}

void TestCallEngine::finishCallReportsOnceInOrder()
{
    ScriptedEngine e;
    QStringList events;
    connect(&e, &CallEngine::stateChanged, this, [&](CallState s) {
        if (s == CallState::Ended)
            events << QStringLiteral("stateChanged(Ended) reason=") + cd::enumKey(e.endReason());
    });
    connect(&e, &CallEngine::callEnded, this,
            [&](EndReason r) { events << QStringLiteral("callEnded ") + cd::enumKey(r); });
    QSignalSpy ended(&e, &CallEngine::callEnded);

    QVERIFY(e.dial(QStringLiteral("1")));
    e.networkState(CallState::Ringing);
    e.networkEnd(EndReason::Busy);
    // A late event from the network and a click on hangup after the end: neither reports again.
    e.networkEnd(EndReason::Failed);
    e.hangup();

    QCOMPARE(ended.count(), 1);
    QCOMPARE(e.endReason(), EndReason::Busy);
    QCOMPARE(e.state(), CallState::Ended);
    QVERIFY(e.endedAt().isValid());
    QCOMPARE(e.endedAt().timeSpec(), Qt::UTC);
    QVERIFY(e.endedAt() >= e.startedAt());
    QVERIFY(!e.answeredAt().isValid());
    // The reason is already readable when the Ended state is announced, and callEnded comes after.
    QCOMPARE(
        events,
        (QStringList{QStringLiteral("stateChanged(Ended) reason=Busy"), QStringLiteral("callEnded Busy")}));
}

void TestCallEngine::finishWhenIdleDoesNothing()
{
    ScriptedEngine e;
    QSignalSpy states(&e, &CallEngine::stateChanged);
    QSignalSpy ended(&e, &CallEngine::callEnded);
    e.hangup();
    QCOMPARE(e.state(), CallState::Idle);
    QCOMPARE(e.endReason(), EndReason::None);
    QVERIFY(!e.endedAt().isValid());
    QCOMPARE(states.count(), 0);
    QCOMPARE(ended.count(), 0);
}

void TestCallEngine::endedCountsAsNotInCall()
{
    ScriptedEngine e;
    QVERIFY(e.dial(QStringLiteral("1")));
    QVERIFY(!e.dial(QStringLiteral("2")));  // busy with the first call
    e.hangup();
    QVERIFY(!e.inCall());
    QVERIFY(e.dial(QStringLiteral("2")));
    QCOMPARE(e.remoteNumber(), QStringLiteral("2"));
}

void TestCallEngine::beginCallClearsThePreviousCall()
{
    ScriptedEngine e;
    QSignalSpy muted(&e, &CallEngine::mutedChanged);
    QVERIFY(e.dial(QStringLiteral("1")));
    e.networkState(CallState::Connected);
    e.setMuted(true);
    e.networkEnd(EndReason::RemoteHangup);
    QVERIFY(e.answeredAt().isValid());

    QVERIFY(e.dial(QStringLiteral("2")));
    QVERIFY(!e.answeredAt().isValid());
    QVERIFY(!e.endedAt().isValid());
    QCOMPARE(e.endReason(), EndReason::None);
    QVERIFY(!e.isMuted());
    QCOMPARE(muted.count(), 2);
    QCOMPARE(muted.last().at(0).toBool(), false);
}

QTEST_GUILESS_MAIN(TestCallEngine)
#include "tst_callengine.moc"
