// Contact compliance: whether a number may be dialled now, which rule says no, and from when it may —
// in the debtor's own time zone (Asia/Shanghai vs Asia/Urumqi), on allowed days only, with the daily
// caps counted per local day, the rolling cap, the gap after a conversation, third parties only once
// the debtor is unreachable, and the admin's policy JSON.
#include "Compliance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace cd;
using namespace cd::compliance;

namespace {

/// Everything check() looks at.
struct Scenario {
    Policy policy;
    Customer customer;
    Phone target;
    QList<Phone> phones;
    QList<Interaction> history;
    QDateTime now;
    QList<Override> overrides;
};

const QTimeZone kShanghai("Asia/Shanghai");  // UTC+8
const QTimeZone kUrumqi("Asia/Urumqi");      // UTC+6

/// A local time in November 2026 (Mon 16 ... Sun 22, Mon 23) as UTC.
QDateTime at(const QTimeZone &zone, int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute, second), zone).toUTC();
}
QDateTime sh(int day, int hour, int minute = 0) { return at(kShanghai, day, hour, minute); }
QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

Phone phone(qint64 id, const char *number, Relation relation = Relation::Self,
            PhoneStatus status = PhoneStatus::Valid)
{
    Phone p;
    p.id = id;
    p.customerId = 1;
    p.number = QString::fromLatin1(number);
    p.relation = relation;
    p.status = status;
    return p;
}
const Phone kOwn = phone(11, "13800000001");
const Phone kOwn2 = phone(12, "13800000002");
const Phone kParent = phone(21, "13900000021", Relation::Parent);
const Phone kColleague = phone(22, "13900000022", Relation::Colleague);

bool answers(Outcome o)
{
    return o != Outcome::NoAnswer && o != Outcome::Busy && o != Outcome::InvalidNumber
           && o != Outcome::NetworkError;
}

/// One call on `p` starting at `startUtc`; answered outcomes get an answer time and three minutes.
Interaction call(const Phone &p, const QDateTime &startUtc, Outcome outcome)
{
    Interaction i;
    i.customerId = 1;
    i.phoneNumber = p.number;
    i.startedAt = startUtc;
    i.outcome = outcome;
    if (answers(outcome)) {
        i.answeredAt = startUtc.addSecs(10);
        i.endedAt = startUtc.addSecs(190);
    } else {
        i.endedAt = startUtc.addSecs(30);
    }
    return i;
}
/// `n` calls on `p`, `everyMinutes` apart from `firstUtc`.
QList<Interaction> calls(const Phone &p, const QDateTime &firstUtc, Outcome outcome, int n,
                         int everyMinutes = 10)
{
    QList<Interaction> out;
    for (int k = 0; k < n; ++k)
        out << call(p, firstUtc.addSecs(qint64(k) * everyMinutes * 60), outcome);
    return out;
}

Customer customer(const char *zone = "Asia/Shanghai", CustomerFlags flags = {})
{
    Customer c;
    c.id = 1;
    c.name = QStringLiteral("张伟");
    c.timeZone = QString::fromLatin1(zone);
    c.flags = flags;
    return c;
}

/// A debtor in Shanghai with one own number and a parent, called on the own number on
/// Wednesday 18 November 2026 at 10:00 local, default policy, no history.
Scenario base()
{
    Scenario s;
    s.customer = customer();
    s.target = kOwn;
    s.phones = {kOwn, kParent};
    s.now = sh(18, 10);
    return s;
}

}  // namespace

Q_DECLARE_METATYPE(Scenario)

class tst_Compliance : public QObject
{
    Q_OBJECT

    static void verdictColumns()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<QDateTime>("allowedFrom");
    }

    /// The row's verdict; allowedFrom always lies ahead, in UTC, inside the window of an allowed day.
    static void verifyVerdict()
    {
        QFETCH(Scenario, scenario);
        QFETCH(Rule, rule);
        QFETCH(QDateTime, allowedFrom);
        const Scenario &s = scenario;
        const Verdict v = check(s.policy, s.customer, s.target, s.phones, s.history, s.now, s.overrides);
        QCOMPARE(v.rule, rule);
        QCOMPARE(v.allowed(), rule == Rule::Allowed);
        QCOMPARE(v.allowedFrom.isValid(), allowedFrom.isValid());
        QCOMPARE(v.allowedFrom, allowedFrom);
        QCOMPARE(v.localNow, s.now);  // the same instant, in the debtor's zone
        QCOMPARE(v.localNow.offsetFromUtc(), compliance::localTime(s.customer, s.now).offsetFromUtc());
        const Counters c = countersFor(s.policy, s.customer, s.target, s.history, s.now);
        QCOMPARE(v.counters.unansweredToday, c.unansweredToday);
        QCOMPARE(v.counters.conversationsToday, c.conversationsToday);
        if (v.allowedFrom.isValid()) {
            QCOMPARE(v.allowedFrom.timeSpec(), Qt::UTC);
            QVERIFY(v.allowedFrom > s.now);
            // Calling then is not refused for the time of day or the day.
            Customer plain = s.customer;
            plain.flags = {};
            const Verdict then = check(s.policy, plain, kOwn, {kOwn}, {}, v.allowedFrom);
            QVERIFY2(then.allowed(),
                     qPrintable(enumKey(then.rule) + QLatin1Char(' ') + v.allowedFrom.toString(Qt::ISODate)));
        }
    }

private Q_SLOTS:
    // ---- calling window, in the debtor's local time ----

    void callingWindow_data()
    {
        verdictColumns();
        auto row = [](const char *name, const char *zone, const QDateTime &now, Rule rule,
                      const QDateTime &allowedFrom) {
            Scenario s = base();
            s.customer = customer(zone);
            s.now = now;
            QTest::newRow(name) << s << rule << allowedFrom;
        };
        const Rule ok = Rule::Allowed, out = Rule::OutsideCallingWindow;
        const QDateTime none;
        row("Shanghai 08:00 allowed", "Asia/Shanghai", sh(18, 8), ok, none);
        row("Shanghai 21:59 allowed", "Asia/Shanghai", sh(18, 21, 59), ok, none);
        row("Shanghai 21:59:59 allowed", "Asia/Shanghai", at(kShanghai, 18, 21, 59, 59), ok, none);
        row("Shanghai 22:00 blocked until 08:00 tomorrow (00:00Z)", "Asia/Shanghai", sh(18, 22), out,
            utc(19, 0));
        row("Shanghai 23:00 blocked until 08:00 tomorrow", "Asia/Shanghai", sh(18, 23), out, utc(19, 0));
        row("Shanghai 07:59 blocked until 08:00 today", "Asia/Shanghai", sh(18, 7, 59), out, utc(18, 0));
        row("Shanghai 00:30 (16:30Z the UTC day before) blocked until 08:00 the same local day",
            "Asia/Shanghai", utc(17, 16, 30), out, utc(18, 0));
        row("Urumqi 08:00 allowed", "Asia/Urumqi", at(kUrumqi, 18, 8), ok, none);
        row("Urumqi 21:59 allowed", "Asia/Urumqi", at(kUrumqi, 18, 21, 59), ok, none);
        row("Urumqi 22:00 blocked until 08:00 Urumqi (02:00Z)", "Asia/Urumqi", at(kUrumqi, 18, 22), out,
            utc(19, 2));
        row("Urumqi 07:59 blocked until 08:00 Urumqi today", "Asia/Urumqi", at(kUrumqi, 18, 7, 59), out,
            utc(18, 2));
        // One instant, two debtors: 14:30Z is 22:30 in Shanghai but 20:30 in Urumqi.
        row("14:30Z: Shanghai debtor at 22:30 blocked", "Asia/Shanghai", utc(18, 14, 30), out, utc(19, 0));
        row("14:30Z: Urumqi debtor at 20:30 allowed", "Asia/Urumqi", utc(18, 14, 30), ok, none);
        // 01:00Z is 09:00 in Shanghai but 07:00 in Urumqi.
        row("01:00Z: Shanghai debtor at 09:00 allowed", "Asia/Shanghai", utc(18, 1), ok, none);
        row("01:00Z: Urumqi debtor at 07:00 blocked until 02:00Z", "Asia/Urumqi", utc(18, 1), out,
            utc(18, 2));
        row("unknown zone counts as Shanghai (22:30 blocked)", "Mars/Olympus_Mons", sh(18, 22, 30), out,
            utc(19, 0));
        row("empty zone counts as Shanghai (09:00 allowed)", "", sh(18, 9), ok, none);
    }
    void callingWindow() { verifyVerdict(); }

    void customWindow_data()
    {
        verdictColumns();
        auto row = [](const char *name, const QTime &start, const QTime &end, const QDateTime &now, Rule rule,
                      const QDateTime &allowedFrom) {
            Scenario s = base();
            s.policy.windowStart = start;
            s.policy.windowEnd = end;
            s.now = now;
            QTest::newRow(name) << s << rule << allowedFrom;
        };
        const QTime nine(9, 0), nine_pm(21, 0);
        row("09:00-21:00: 08:30 blocked until 09:00", nine, nine_pm, sh(18, 8, 30),
            Rule::OutsideCallingWindow, sh(18, 9));
        row("09:00-21:00: 21:00 blocked until 09:00 tomorrow", nine, nine_pm, sh(18, 21),
            Rule::OutsideCallingWindow, sh(19, 9));
        row("09:00-21:00: 20:59 allowed", nine, nine_pm, sh(18, 20, 59), Rule::Allowed, QDateTime());
        row("00:00-24:00: midnight allowed", QTime(0, 0), Policy::endOfDay(), sh(18, 0), Rule::Allowed,
            QDateTime());
        row("00:00-24:00: 23:59:59 allowed", QTime(0, 0), Policy::endOfDay(), at(kShanghai, 18, 23, 59, 59),
            Rule::Allowed, QDateTime());
        row("00:00-23:59:59: 23:59:59 blocked until midnight", QTime(0, 0), QTime(23, 59, 59),
            at(kShanghai, 18, 23, 59, 59), Rule::OutsideCallingWindow, sh(19, 0));
    }
    void customWindow() { verifyVerdict(); }

    // ---- weekdays and holidays ----

    void days_data()
    {
        verdictColumns();
        auto row = [](const char *name, const QList<int> &weekdays, const QList<QDate> &holidays,
                      const QDateTime &now, Rule rule, const QDateTime &allowedFrom) {
            Scenario s = base();
            s.policy.allowedWeekdays = weekdays;
            s.policy.holidays = holidays;
            s.now = now;
            QTest::newRow(name) << s << rule << allowedFrom;
        };
        const QList<int> all{1, 2, 3, 4, 5, 6, 7}, monSat{1, 2, 3, 4, 5, 6}, monFri{1, 2, 3, 4, 5};
        const QDate fri(2026, 11, 20), sat(2026, 11, 21), sun(2026, 11, 22), mon(2026, 11, 23);
        row("Sunday excluded: Sunday 10:00 waits for Monday 08:00", monSat, {}, sh(22, 10),
            Rule::DayNotAllowed, sh(23, 8));
        row("weekend excluded: Saturday 10:00 waits for Monday 08:00", monFri, {}, sh(21, 10),
            Rule::DayNotAllowed, sh(23, 8));
        row("weekend excluded: Friday 10:00 allowed", monFri, {}, sh(20, 10), Rule::Allowed, QDateTime());
        row("holiday on Friday: Friday 10:00 waits for Saturday 08:00", all, {fri}, sh(20, 10), Rule::Holiday,
            sh(21, 8));
        row("holiday on Friday, weekend excluded: waits for Monday 08:00", monFri, {fri}, sh(20, 10),
            Rule::Holiday, sh(23, 8));
        row("holidays Friday to Monday: waits for Tuesday 08:00", all, {fri, sat, sun, mon}, sh(20, 9),
            Rule::Holiday, sh(24, 8));
        row("Thursday 22:30 before a Friday holiday: window, then Saturday 08:00", all, {fri}, sh(19, 22, 30),
            Rule::OutsideCallingWindow, sh(21, 8));
        row("Friday 22:30, weekend excluded: window, then Monday 08:00", monFri, {}, sh(20, 22, 30),
            Rule::OutsideCallingWindow, sh(23, 8));
        row("holiday at 07:00: the window is reported, allowed from the next day", all, {fri}, sh(20, 7),
            Rule::OutsideCallingWindow, sh(21, 8));
        row("the day before a holiday is an ordinary day", all, {fri}, sh(19, 10), Rule::Allowed,
            QDateTime());
        row("the same date another year is no holiday", all, {QDate(2025, 11, 20)}, sh(20, 10), Rule::Allowed,
            QDateTime());
        QList<QDate> everyMonday;
        for (QDate d = mon; d < mon.addYears(2); d = d.addDays(7))
            everyMonday << d;
        row("no allowed day within a year: no allowedFrom", {1}, everyMonday, sh(22, 10), Rule::DayNotAllowed,
            QDateTime());
        // Days are the debtor's local dates: 18:30Z on Thursday is already the Friday holiday in Shanghai.
        row("18:30Z Thursday is 02:30 on the Friday holiday: window, then Saturday 08:00", all, {fri},
            utc(19, 18, 30), Rule::OutsideCallingWindow, sh(21, 8));
    }
    void days() { verifyVerdict(); }

    // ---- unanswered attempts per number per day ----

    void numberDailyCap_data()
    {
        verdictColumns();
        QTest::addColumn<int>("unansweredToday");
        auto row = [](const char *name, const QList<Interaction> &history, Rule rule, const QDateTime &from,
                      int counted) {
            Scenario s = base();
            s.phones = {kOwn, kOwn2, kParent};
            s.history = history;
            s.now = sh(18, 15);
            QTest::newRow(name) << s << rule << from << counted;
        };
        const QDateTime none, tomorrow = sh(19, 8);
        row("5 unanswered today: allowed", calls(kOwn, sh(18, 9), Outcome::NoAnswer, 5), Rule::Allowed, none,
            5);
        row("6 unanswered today: blocked until 08:00 tomorrow", calls(kOwn, sh(18, 9), Outcome::NoAnswer, 6),
            Rule::NumberDailyCap, tomorrow, 6);
        row("7 unanswered today: blocked", calls(kOwn, sh(18, 9), Outcome::NoAnswer, 7), Rule::NumberDailyCap,
            tomorrow, 7);
        row("busy and invalid-number count too",
            calls(kOwn, sh(18, 9), Outcome::Busy, 3) + calls(kOwn, sh(18, 11), Outcome::InvalidNumber, 1)
                + calls(kOwn, sh(18, 12), Outcome::NoAnswer, 2),
            Rule::NumberDailyCap, tomorrow, 6);
        row("6 yesterday and 5 today: allowed",
            calls(kOwn, sh(17, 9), Outcome::NoAnswer, 6) + calls(kOwn, sh(18, 9), Outcome::NoAnswer, 5),
            Rule::Allowed, none, 5);
        row("6 on another own number: allowed", calls(kOwn2, sh(18, 9), Outcome::NoAnswer, 6), Rule::Allowed,
            none, 0);
        row("answered calls are not unanswered",
            calls(kOwn, sh(18, 9), Outcome::NoAnswer, 5) + calls(kOwn, sh(18, 11), Outcome::Refused, 1),
            Rule::Allowed, none, 5);
        // Local days: 23:30Z on the 17th is 07:30 on the 18th in Shanghai (today); 15:30Z on the 17th is
        // 23:30 on the 17th (yesterday).
        row("attempts on the UTC day before but today in Shanghai count",
            calls(kOwn, utc(17, 23, 0), Outcome::NoAnswer, 6, 5), Rule::NumberDailyCap, tomorrow, 6);
        row("attempts late yesterday in Shanghai do not count",
            calls(kOwn, utc(17, 15, 0), Outcome::NoAnswer, 6, 5), Rule::Allowed, none, 0);
        Interaction noStart = call(kOwn, sh(18, 9), Outcome::NoAnswer);
        noStart.startedAt = QDateTime();
        row("an attempt without a start counts by its end",
            calls(kOwn, sh(18, 10), Outcome::NoAnswer, 5) << noStart, Rule::NumberDailyCap, tomorrow, 6);
        row("calls our own line failed to place are not attempts on the debtor",
            calls(kOwn, sh(18, 9), Outcome::NoAnswer, 5) + calls(kOwn, sh(18, 11), Outcome::NetworkError, 3),
            Rule::Allowed, none, 5);
        Interaction sms = call(kOwn, sh(18, 9), Outcome::NoAnswer);
        sms.channel = Channel::Sms;
        row("an SMS is not a call attempt", calls(kOwn, sh(18, 10), Outcome::NoAnswer, 5) << sms,
            Rule::Allowed, none, 5);
    }
    void numberDailyCap()
    {
        verifyVerdict();
        QFETCH(Scenario, scenario);
        QFETCH(int, unansweredToday);
        const Counters c =
            countersFor(scenario.policy, scenario.customer, scenario.target, scenario.history, scenario.now);
        QCOMPARE(c.unansweredToday, unansweredToday);
        QCOMPARE(c.unansweredCap, 6);
    }

    void numberCapOnFridayWithWeekendOff()
    {
        Scenario s = base();
        s.policy.allowedWeekdays = {1, 2, 3, 4, 5};
        s.history = calls(kOwn, sh(20, 9), Outcome::NoAnswer, 6);
        const Verdict v = check(s.policy, s.customer, s.target, s.phones, s.history, sh(20, 14));
        QCOMPARE(v.rule, Rule::NumberDailyCap);
        QCOMPARE(v.allowedFrom, sh(23, 8));  // Monday
    }

    // ---- conversations per debtor per day ----

    void conversationCap_data()
    {
        verdictColumns();
        auto row = [](const char *name, const QList<Interaction> &history, Rule rule, const QDateTime &from) {
            Scenario s = base();
            s.phones = {kOwn, kOwn2, kParent};
            s.history = history;
            s.now = sh(18, 16);
            QTest::newRow(name) << s << rule << from;
        };
        const QDateTime none, tomorrow = sh(19, 8);
        row("2 conversations today: allowed", calls(kOwn, sh(18, 9), Outcome::RightPartyContact, 2, 60),
            Rule::Allowed, none);
        row("3 conversations on two numbers: blocked until tomorrow",
            calls(kOwn, sh(18, 9), Outcome::RightPartyContact, 2, 60)
                << call(kOwn2, sh(18, 14), Outcome::PromiseToPay),
            Rule::DebtorDailyConversationCap, tomorrow);
        row("a third party's conversation counts for the debtor",
            calls(kOwn, sh(18, 9), Outcome::Refused, 2, 60) << call(kParent, sh(18, 14), Outcome::ThirdParty),
            Rule::DebtorDailyConversationCap, tomorrow);
        row("3 conversations yesterday: allowed", calls(kOwn, sh(17, 9), Outcome::RightPartyContact, 3, 60),
            Rule::Allowed, none);
        row("wrong party is no conversation",
            calls(kOwn, sh(18, 9), Outcome::RightPartyContact, 2, 60)
                << call(kOwn2, sh(18, 14), Outcome::WrongParty),
            Rule::Allowed, none);
        Interaction unanswered = call(kOwn2, sh(18, 14), Outcome::RightPartyContact);
        unanswered.answeredAt = QDateTime();
        row("an outcome without an answer time is no conversation",
            calls(kOwn, sh(18, 9), Outcome::RightPartyContact, 2, 60) << unanswered, Rule::Allowed, none);
    }
    void conversationCap() { verifyVerdict(); }

    // ---- rolling window ----

    void rollingWindow_data()
    {
        verdictColumns();
        auto row = [](const char *name, const QList<Interaction> &history, Rule rule, const QDateTime &from,
                      bool capOn = true) {
            Scenario s = base();
            if (capOn) {
                s.policy.rollingWindowDays = 7;
                s.policy.maxAttemptsInRollingWindow = 7;
            }
            s.history = history;
            s.now = sh(18, 10);  // Wednesday
            QTest::newRow(name) << s << rule << from;
        };
        const QDateTime none;
        auto daily = [](int fromDay, int n, int hour) {
            QList<Interaction> out;
            for (int d = 0; d < n; ++d)
                out << call(kOwn, sh(fromDay + d, hour), Outcome::NoAnswer);
            return out;
        };
        row("6 attempts in 7 days: allowed", daily(12, 6, 11), Rule::Allowed, none);
        row("7 in 7 days: blocked until the oldest leaves (tomorrow 11:00)",
            daily(12, 6, 11) << call(kOwn, sh(18, 9), Outcome::Busy), Rule::RollingWindowCap, sh(19, 11));
        row("7 in 7 days: blocked until the oldest leaves (today 11:00)",
            daily(12, 6, 11) << call(kOwn, sh(11, 11), Outcome::NoAnswer), Rule::RollingWindowCap,
            sh(18, 11));
        row("a later attempt (a replayed record) is not counted yet",
            daily(12, 6, 11) << call(kOwn, sh(18, 11), Outcome::NoAnswer), Rule::Allowed, none);
        row("the oldest leaves at 23:00: moved to 08:00 the next morning",
            daily(12, 6, 11) << call(kOwn, sh(11, 23), Outcome::NoAnswer), Rule::RollingWindowCap, sh(19, 8));
        row("9 in the window, cap 7: the third oldest has to leave",
            daily(12, 6, 11) << call(kOwn, sh(18, 9), Outcome::NoAnswer)
                             << call(kOwn, sh(11, 12), Outcome::NoAnswer)
                             << call(kOwn, sh(11, 13), Outcome::NoAnswer),
            Rule::RollingWindowCap, sh(19, 11));
        row("an attempt 8 days ago is outside the window",
            daily(12, 6, 11) << call(kOwn, sh(10, 11), Outcome::NoAnswer), Rule::Allowed, none);
        row("any number counts", daily(12, 6, 11) << call(kParent, sh(18, 9), Outcome::ThirdParty),
            Rule::RollingWindowCap, sh(19, 11));
        row("off by default (max 0): 14 attempts in a week allowed", daily(11, 7, 11) + daily(11, 7, 15),
            Rule::Allowed, none, false);
    }
    void rollingWindow() { verifyVerdict(); }

    // ---- gap after a conversation ----

    void minGap_data()
    {
        verdictColumns();
        auto row = [](const char *name, const QList<Interaction> &history, const QDateTime &now, Rule rule,
                      const QDateTime &from, int gap = 60) {
            Scenario s = base();
            s.policy.minMinutesAfterConversation = gap;
            s.history = history;
            s.now = now;
            QTest::newRow(name) << s << rule << from;
        };
        const QDateTime none;
        // call() ends an answered call 190 s after it starts: 10:00 -> 10:03:10.
        const Interaction talked = call(kOwn, sh(18, 10), Outcome::Refused);
        row("conversation ended 27 minutes ago: blocked until an hour after its end", {talked},
            sh(18, 10, 30), Rule::TooSoonAfterConversation, talked.endedAt.addSecs(3600));
        row("an hour after the end: allowed", {talked}, talked.endedAt.addSecs(3600), Rule::Allowed, none);
        row("unanswered attempts start no gap", calls(kOwn, sh(18, 10), Outcome::NoAnswer, 2), sh(18, 10, 30),
            Rule::Allowed, none);
        row("a wrong party starts no gap", {call(kOwn, sh(18, 10), Outcome::WrongParty)}, sh(18, 10, 30),
            Rule::Allowed, none);
        const Interaction late = call(kOwn, sh(18, 21, 20), Outcome::Callback);
        row("the gap ends after 22:00: moved to 08:00 tomorrow", {late}, sh(18, 21, 40),
            Rule::TooSoonAfterConversation, sh(19, 8));
        row("off by default (0 minutes)", {talked}, sh(18, 10, 5), Rule::Allowed, none, 0);
    }
    void minGap() { verifyVerdict(); }

    // ---- third parties only once the debtor is unreachable on own numbers ----

    void thirdParty_data()
    {
        verdictColumns();
        auto row = [](const char *name, const QList<Phone> &phones, const QList<Interaction> &history,
                      Rule rule, const Phone &target = kParent, int failures = 3) {
            Scenario s = base();
            s.policy.ownFailuresBeforeThirdParty = failures;
            s.phones = phones;
            s.target = target;
            s.history = history;
            s.now = sh(18, 16);
            QTest::newRow(name) << s << rule << QDateTime();
        };
        const Rule ok = Rule::Allowed, notYet = Rule::ThirdPartyNotYet;
        const QList<Phone> one{kOwn, kParent, kColleague}, two{kOwn, kOwn2, kParent};
        const Outcome na = Outcome::NoAnswer;
        row("debtor never tried: a relative is not yet allowed", one, {}, notYet);
        row("debtor never tried: a colleague neither", one, {}, notYet, kColleague);
        row("2 failures on the only own number: not yet", one, calls(kOwn, sh(17, 9), na, 2, 120), notYet);
        row("3 failures on the only own number unlock relatives", one, calls(kOwn, sh(17, 9), na, 3, 120),
            ok);
        row("3 failures (busy, invalid, no answer) unlock too", one,
            {call(kOwn, sh(17, 9), Outcome::Busy), call(kOwn, sh(17, 11), Outcome::InvalidNumber),
             call(kOwn, sh(18, 9), na)},
            ok);
        row("3 failures on both own numbers unlock relatives", two,
            calls(kOwn, sh(17, 9), na, 3, 120) + calls(kOwn2, sh(17, 10), na, 3, 120), ok);
        row("3 failures on one of two own numbers do not", two, calls(kOwn, sh(17, 9), na, 3, 120), notYet);
        row("3 failures on one and 2 on the other do not", two,
            calls(kOwn, sh(17, 9), na, 3, 120) + calls(kOwn2, sh(17, 10), na, 2, 120), notYet);
        row("a conversation in between resets the count", one,
            calls(kOwn, sh(16, 9), na, 2, 60) << call(kOwn, sh(17, 9), Outcome::RightPartyContact)
                                              << call(kOwn, sh(17, 14), na) << call(kOwn, sh(18, 9), na),
            notYet);
        row("3 failures after the conversation unlock again", one,
            QList<Interaction>{call(kOwn, sh(16, 9), Outcome::RightPartyContact)}
                + calls(kOwn, sh(17, 9), na, 3, 120),
            ok);
        row("an invalid own number need not be tried",
            {kOwn, phone(12, "13800000002", Relation::Self, PhoneStatus::Invalid), kParent},
            calls(kOwn, sh(17, 9), na, 3, 120), ok);
        row("a do-not-call own number must not be tried",
            {kOwn, phone(12, "13800000002", Relation::Self, PhoneStatus::DoNotCall), kParent},
            calls(kOwn, sh(17, 9), na, 3, 120), ok);
        row("an unverified own number must be tried too",
            {kOwn, phone(12, "13800000002", Relation::Self, PhoneStatus::Unverified), kParent},
            calls(kOwn, sh(17, 9), na, 3, 120), notYet);
        row("no callable own number: relatives allowed",
            {phone(11, "13800000001", Relation::Self, PhoneStatus::Invalid),
             phone(12, "13800000002", Relation::Self, PhoneStatus::DoNotCall), kParent},
            {}, ok);
        row("no own number at all: relatives allowed", {kParent, kColleague}, {}, ok);
        row("failures on the relative's number do not count", one, calls(kParent, sh(17, 9), na, 3, 120),
            notYet);
        row("the policy may open third parties at once (0 failures)", one, {}, ok, kParent, 0);
        row("own numbers are never gated", one, {}, ok, kOwn);
    }
    void thirdParty() { verifyVerdict(); }

    // ---- flags, number status, and which rule wins ----

    void flagsAndStatus_data()
    {
        verdictColumns();
        auto row = [](const char *name, CustomerFlags flags, PhoneStatus status, const QDateTime &now,
                      Rule rule, const QDateTime &from = {}, const QList<Interaction> &history = {}) {
            Scenario s = base();
            s.customer.flags = flags;
            s.target.status = status;
            s.phones = {s.target, kParent};
            s.history = history;
            s.now = now;
            QTest::newRow(name) << s << rule << from;
        };
        const CustomerFlags none;
        const PhoneStatus valid = PhoneStatus::Valid;
        row("do-not-call customer", CustomerFlag::DoNotCall, valid, sh(18, 10), Rule::CustomerDoNotCall);
        row("dispute: on hold", CustomerFlag::Dispute, valid, sh(18, 10), Rule::CustomerOnHold);
        row("hardship: on hold", CustomerFlag::HardshipHold, valid, sh(18, 10), Rule::CustomerOnHold);
        row("vulnerable may be called", CustomerFlag::Vulnerable, valid, sh(18, 10), Rule::Allowed);
        row("do-not-call wins over dispute", CustomerFlags(CustomerFlag::DoNotCall) | CustomerFlag::Dispute,
            valid, sh(18, 10), Rule::CustomerDoNotCall);
        row("do-not-call number", none, PhoneStatus::DoNotCall, sh(18, 10), Rule::NumberDoNotCall);
        row("invalid number", none, PhoneStatus::Invalid, sh(18, 10), Rule::NumberInvalid);
        row("unverified number may be called", none, PhoneStatus::Unverified, sh(18, 10), Rule::Allowed);
        row("on hold at 23:00: the hold is what matters", CustomerFlag::Dispute, valid, sh(18, 23),
            Rule::CustomerOnHold);
        row("hold wins over a do-not-call number", CustomerFlag::HardshipHold, PhoneStatus::DoNotCall,
            sh(18, 10), Rule::CustomerOnHold);
        row("invalid number at 23:00: the number is what matters", none, PhoneStatus::Invalid, sh(18, 23),
            Rule::NumberInvalid);
        row("deceased: no contact", CustomerFlag::Deceased, valid, sh(18, 10), Rule::CustomerDeceased);
        row("with legal: the floor does not call", CustomerFlag::Legal, valid, sh(18, 10), Rule::CustomerLegal);
        row("do-not-call wins over deceased", CustomerFlags(CustomerFlag::DoNotCall) | CustomerFlag::Deceased,
            valid, sh(18, 10), Rule::CustomerDoNotCall);
        row("deceased wins over legal", CustomerFlags(CustomerFlag::Legal) | CustomerFlag::Deceased, valid,
            sh(18, 10), Rule::CustomerDeceased);
        row("window wins over the number cap", none, valid, sh(18, 23), Rule::OutsideCallingWindow, sh(19, 8),
            calls(kOwn, sh(18, 9), Outcome::NoAnswer, 6));
        row("number cap wins over the conversation cap", none, valid, sh(18, 18), Rule::NumberDailyCap,
            sh(19, 8),
            calls(kOwn, sh(18, 9), Outcome::NoAnswer, 6) + calls(kOwn2, sh(18, 12), Outcome::Refused, 3, 60));
    }
    void flagsAndStatus() { verifyVerdict(); }

    // ---- a hardship hold with an end date ----

    void holdUntil_data()
    {
        verdictColumns();
        auto row = [](const char *name, CustomerFlags flags, const QDate &until, const QDateTime &now, Rule rule,
                      const QDateTime &from = {}) {
            Scenario s = base();
            s.customer.flags = flags;
            s.customer.holdUntil = until;
            s.now = now;
            QTest::newRow(name) << s << rule << from;
        };
        const QDate fri(2026, 11, 20);
        row("hold until Friday: Wednesday blocked, allowed from Saturday 08:00", CustomerFlag::HardshipHold, fri,
            sh(18, 10), Rule::CustomerOnHold, sh(21, 8));
        row("hold until Friday: Friday 21:00 still blocked", CustomerFlag::HardshipHold, fri, sh(20, 21),
            Rule::CustomerOnHold, sh(21, 8));
        row("hold until Friday: Saturday 08:00 allowed", CustomerFlag::HardshipHold, fri, sh(21, 8), Rule::Allowed);
        row("hold without an end: until lifted", CustomerFlag::HardshipHold, QDate(), sh(18, 10),
            Rule::CustomerOnHold);
        row("a dispute has no end date (the date is ignored)", CustomerFlag::Dispute, QDate(2026, 11, 1),
            sh(18, 10), Rule::CustomerOnHold);
        row("hold ended on the debtor's date, not UTC's (Saturday 00:30 Shanghai)", CustomerFlag::HardshipHold,
            fri, sh(21, 0, 30), Rule::OutsideCallingWindow, sh(21, 8));
    }
    void holdUntil() { verifyVerdict(); }

    // ---- a lead's overrides ----

    void overrides_data()
    {
        verdictColumns();
        auto row = [](const char *name, CustomerFlags flags, const QList<Interaction> &history,
                      const QList<Override> &overrides, const QDateTime &now, Rule rule,
                      const QDateTime &from = {}) {
            Scenario s = base();
            s.customer.flags = flags;
            s.history = history;
            s.overrides = overrides;
            s.now = now;
            QTest::newRow(name) << s << rule << from;
        };
        auto ovr = [](Rule rule, const QString &number, const QDateTime &expires) {
            Override o;
            o.rule = rule;
            o.phoneNumber = number;
            o.expiresAt = expires;
            o.lead = QStringLiteral("lead01");
            o.reason = QStringLiteral("客户要求今天回电");
            return o;
        };
        const QList<Interaction> six = calls(kOwn, sh(18, 8), Outcome::NoAnswer, 6);
        row("cap overridden for this number", {}, six, {ovr(Rule::NumberDailyCap, kOwn.number, sh(18, 12))},
            sh(18, 10), Rule::Allowed);
        row("cap overridden for all numbers", {}, six, {ovr(Rule::NumberDailyCap, {}, sh(18, 12))}, sh(18, 10),
            Rule::Allowed);
        row("override for another number does not help", {}, six,
            {ovr(Rule::NumberDailyCap, kOwn2.number, sh(18, 12))}, sh(18, 10), Rule::NumberDailyCap, sh(19, 8));
        row("override of another rule does not help", {}, six,
            {ovr(Rule::ThirdPartyNotYet, kOwn.number, sh(18, 12))}, sh(18, 10), Rule::NumberDailyCap, sh(19, 8));
        row("expired override: blocked again", {}, six, {ovr(Rule::NumberDailyCap, kOwn.number, sh(18, 10))},
            sh(18, 10), Rule::NumberDailyCap, sh(19, 8));
        row("hold overridden", CustomerFlag::Dispute, {}, {ovr(Rule::CustomerOnHold, {}, sh(18, 12))}, sh(18, 10),
            Rule::Allowed);
        row("calling hours cannot be overridden", {}, {}, {ovr(Rule::OutsideCallingWindow, {}, sh(19, 12))},
            sh(18, 23), Rule::OutsideCallingWindow, sh(19, 8));
        row("do-not-call cannot be overridden", CustomerFlag::DoNotCall, {},
            {ovr(Rule::CustomerDoNotCall, {}, sh(18, 12))}, sh(18, 10), Rule::CustomerDoNotCall);
        row("deceased cannot be overridden", CustomerFlag::Deceased, {},
            {ovr(Rule::CustomerDeceased, {}, sh(18, 12))}, sh(18, 10), Rule::CustomerDeceased);
        row("an overridden hold still leaves the window", CustomerFlag::Dispute, {},
            {ovr(Rule::CustomerOnHold, {}, sh(19, 12))}, sh(18, 23), Rule::OutsideCallingWindow, sh(19, 8));
    }
    void overrides() { verifyVerdict(); }

    void overriddenRulesAreNamed()
    {
        Scenario s = base();
        s.history = calls(kOwn, sh(18, 8), Outcome::NoAnswer, 6);
        Override o;
        o.rule = Rule::NumberDailyCap;
        o.expiresAt = sh(18, 12);
        const Verdict v = check(s.policy, s.customer, s.target, s.phones, s.history, s.now, {o});
        QVERIFY(v.allowed());
        QCOMPARE(v.overridden, QList<Rule>{Rule::NumberDailyCap});
        QVERIFY(check(s.policy, s.customer, s.target, s.phones, {}, s.now, {o}).overridden.isEmpty());
        for (Rule r : {Rule::CustomerOnHold, Rule::NumberDailyCap, Rule::DebtorDailyConversationCap,
                       Rule::RollingWindowCap, Rule::TooSoonAfterConversation, Rule::ThirdPartyNotYet})
            QVERIFY2(overridable(r), qPrintable(enumKey(r)));
        for (Rule r : {Rule::Allowed, Rule::CustomerDoNotCall, Rule::CustomerDeceased, Rule::CustomerLegal,
                       Rule::NumberDoNotCall, Rule::NumberInvalid, Rule::OutsideCallingWindow, Rule::DayNotAllowed,
                       Rule::Holiday})
            QVERIFY2(!overridable(r), qPrintable(enumKey(r)));
    }

    // ---- counters ----

    void counters_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<int>("unanswered");
        QTest::addColumn<int>("unansweredCap");
        QTest::addColumn<int>("conversations");
        QTest::addColumn<int>("conversationsCap");
        auto row = [](const char *name, const QList<Interaction> &history, int unanswered, int conversations,
                      const char *zone = "Asia/Shanghai", int unansweredCap = 6, int conversationsCap = 3) {
            Scenario s = base();
            s.customer = customer(zone);
            s.policy.maxUnansweredPerNumberPerDay = unansweredCap;
            s.policy.maxConversationsPerDebtorPerDay = conversationsCap;
            s.history = history;
            s.now = utc(18, 6);  // 14:00 Shanghai, 12:00 Urumqi
            QTest::newRow(name) << s << unanswered << unansweredCap << conversations << conversationsCap;
        };
        row("nothing yet: 0/6 and 0/3", {}, 0, 0);
        row("policy caps are reported", {}, 0, 0, "Asia/Shanghai", 4, 2);
        row("2 unanswered here, 1 elsewhere, 1 conversation",
            calls(kOwn, sh(18, 9), Outcome::NoAnswer, 2)
                << call(kOwn2, sh(18, 10), Outcome::Busy) << call(kParent, sh(18, 11), Outcome::ThirdParty),
            2, 1);
        row("conversations on any number, unanswered on this one only",
            QList<Interaction>{call(kOwn, sh(18, 9), Outcome::PromiseToPay),
                               call(kOwn2, sh(18, 10), Outcome::Refused),
                               call(kOwn2, sh(18, 11), Outcome::NoAnswer)},
            0, 2);
        // 22:30Z on the 17th is 06:30 on the 18th in Shanghai but 04:30 on the 18th in Urumqi; 17:30Z on
        // the 17th is 01:30 on the 18th in Shanghai but 23:30 on the 17th in Urumqi.
        row("Shanghai: 17:30Z and 22:30Z the day before are today",
            QList<Interaction>{call(kOwn, utc(17, 17, 30), Outcome::NoAnswer),
                               call(kOwn, utc(17, 22, 30), Outcome::NoAnswer)},
            2, 0);
        row("Urumqi: 17:30Z the day before is yesterday",
            QList<Interaction>{call(kOwn, utc(17, 17, 30), Outcome::NoAnswer),
                               call(kOwn, utc(17, 22, 30), Outcome::NoAnswer)},
            1, 0, "Asia/Urumqi");
        row("yesterday's do not count",
            calls(kOwn, sh(17, 9), Outcome::NoAnswer, 4)
                + calls(kOwn, sh(17, 15), Outcome::RightPartyContact, 2),
            0, 0);
        row("later today counts too (a replayed record)", {call(kOwn, sh(18, 20), Outcome::NoAnswer)}, 1, 0);
    }
    void counters()
    {
        QFETCH(Scenario, scenario);
        QFETCH(int, unanswered);
        QFETCH(int, unansweredCap);
        QFETCH(int, conversations);
        QFETCH(int, conversationsCap);
        const Scenario &s = scenario;
        for (const Counters &c :
             {countersFor(s.policy, s.customer, s.target, s.history, s.now),
              check(s.policy, s.customer, s.target, s.phones, s.history, s.now).counters}) {
            QCOMPARE(c.unansweredToday, unanswered);
            QCOMPARE(c.unansweredCap, unansweredCap);
            QCOMPARE(c.conversationsToday, conversations);
            QCOMPARE(c.conversationsCap, conversationsCap);
        }
    }

    // ---- what counts as what ----

    void classification_data()
    {
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<bool>("answered");
        QTest::addColumn<bool>("unanswered");
        QTest::addColumn<bool>("conversation");
        const QMetaEnum outcomes = QMetaEnum::fromType<Outcome>();
        for (int k = 0; k < outcomes.keyCount(); ++k) {
            const auto o = static_cast<Outcome>(outcomes.value(k));
            const bool reached = answers(o);
            QTest::addRow("%s, answered", outcomes.key(k))
                << o << true << !reached << (reached && o != Outcome::WrongParty);
            QTest::addRow("%s, no answer time", outcomes.key(k)) << o << false << true << false;
        }
    }
    void classification()
    {
        QFETCH(Outcome, outcome);
        QFETCH(bool, answered);
        QFETCH(bool, unanswered);
        QFETCH(bool, conversation);
        Interaction i = call(kOwn, sh(18, 10), outcome);
        i.answeredAt = answered ? sh(18, 10).addSecs(5) : QDateTime();
        QCOMPARE(isUnanswered(i), unanswered);
        QCOMPARE(isConversation(i), conversation);
    }

    void spotChecks()
    {
        // The sets the rules are built on, spelled out.
        QVERIFY(isUnanswered(call(kOwn, sh(18, 10), Outcome::NoAnswer)));
        QVERIFY(isUnanswered(call(kOwn, sh(18, 10), Outcome::Busy)));
        QVERIFY(isUnanswered(call(kOwn, sh(18, 10), Outcome::InvalidNumber)));
        QVERIFY(!isUnanswered(call(kOwn, sh(18, 10), Outcome::WrongParty)));
        QVERIFY(!isConversation(call(kOwn, sh(18, 10), Outcome::WrongParty)));
        QVERIFY(isConversation(call(kOwn, sh(18, 10), Outcome::ThirdParty)));
        QVERIFY(isConversation(call(kOwn, sh(18, 10), Outcome::PromiseToPay)));
    }

    void localTime_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("utc");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::newRow("Shanghai is UTC+8")
            << QStringLiteral("Asia/Shanghai") << utc(18, 16) << QDate(2026, 11, 19) << QTime(0, 0);
        QTest::newRow("Urumqi is UTC+6")
            << QStringLiteral("Asia/Urumqi") << utc(18, 16) << QDate(2026, 11, 18) << QTime(22, 0);
        QTest::newRow("unknown zone: Shanghai")
            << QStringLiteral("Nowhere/Atlantis") << utc(18, 16) << QDate(2026, 11, 19) << QTime(0, 0);
        QTest::newRow("no zone: Shanghai") << QString() << utc(18, 2) << QDate(2026, 11, 18) << QTime(10, 0);
    }
    void localTime()
    {
        QFETCH(QString, zone);
        QFETCH(QDateTime, utc);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        Customer c;
        c.timeZone = zone;
        const QDateTime local = compliance::localTime(c, utc);
        QCOMPARE(local, utc);
        QCOMPARE(local.date(), date);
        QCOMPARE(local.time(), time);
    }

    // ---- the policy as JSON ----

    void defaultPolicyJson()
    {
        const QJsonObject o = Policy().toJson();
        QCOMPARE(o.value(QStringLiteral("windowStart")).toString(), QStringLiteral("08:00"));
        QCOMPARE(o.value(QStringLiteral("windowEnd")).toString(), QStringLiteral("22:00"));
        QCOMPARE(o.value(QStringLiteral("allowedWeekdays")).toArray(), (QJsonArray{1, 2, 3, 4, 5, 6, 7}));
        QCOMPARE(o.value(QStringLiteral("holidays")).toArray(), QJsonArray());
        QCOMPARE(o.value(QStringLiteral("maxUnansweredPerNumberPerDay")).toInt(), 6);
        QCOMPARE(o.value(QStringLiteral("maxConversationsPerDebtorPerDay")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("rollingWindowDays")).toInt(), 7);
        QCOMPARE(o.value(QStringLiteral("maxAttemptsInRollingWindow")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("minMinutesAfterConversation")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("ownFailuresBeforeThirdParty")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("maxSmsPerDebtorPerDay")).toInt(), 2);
        QCOMPARE(o.size(), 11);
        // An empty object is the default policy.
        const std::optional<Policy> empty = Policy::fromJson({});
        QVERIFY(empty);
        QCOMPARE(empty->toJson(), o);
    }

    void policyRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("written");  // empty: the same as read
        QTest::newRow("a full policy")
            << QByteArray(R"({"windowStart":"09:00","windowEnd":"21:00","allowedWeekdays":[1,2,3,4,5,6],
                "holidays":["2026-10-01","2026-10-02"],"maxUnansweredPerNumberPerDay":5,
                "maxConversationsPerDebtorPerDay":2,"rollingWindowDays":7,"maxAttemptsInRollingWindow":7,
                "minMinutesAfterConversation":120,"ownFailuresBeforeThirdParty":2})")
            << QByteArray();
        QTest::newRow("around the clock: 00:00 to 24:00, third parties at once")
            << QByteArray(R"({"windowStart":"00:00","windowEnd":"24:00","allowedWeekdays":[1,2,3,4,5,6,7],
                "holidays":[],"maxUnansweredPerNumberPerDay":100000,"maxConversationsPerDebtorPerDay":100000,
                "rollingWindowDays":0,"maxAttemptsInRollingWindow":0,"minMinutesAfterConversation":0,
                "ownFailuresBeforeThirdParty":0})")
            << QByteArray();
        QTest::newRow("seconds are kept")
            << QByteArray(R"({"windowStart":"08:00:30","windowEnd":"23:59:59"})")
            << QByteArray(R"({"windowStart":"08:00:30","windowEnd":"23:59:59"})");
        QTest::newRow("weekdays and holidays are sorted and de-duplicated")
            << QByteArray(
                   R"({"allowedWeekdays":[5,1,5,3],"holidays":["2026-10-02","2026-10-01","2026-10-02"]})")
            << QByteArray(R"({"allowedWeekdays":[1,3,5],"holidays":["2026-10-01","2026-10-02"]})");
        QTest::newRow("unknown keys are ignored, null keeps the default")
            << QByteArray(R"({"comment":"华东区","maxUnansweredPerNumberPerDay":null,"windowEnd":"21:30"})")
            << QByteArray(R"({"maxUnansweredPerNumberPerDay":6,"windowEnd":"21:30"})");
    }
    void policyRoundTrip()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, written);
        QJsonParseError e;
        const QJsonObject in = QJsonDocument::fromJson(json, &e).object();
        QCOMPARE(e.error, QJsonParseError::NoError);
        QString error;
        const std::optional<Policy> p = Policy::fromJson(in, &error);
        QVERIFY2(p, qPrintable(error));
        const QJsonObject out = p->toJson();
        const QJsonObject expected = written.isEmpty() ? in : QJsonDocument::fromJson(written).object();
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QCOMPARE(out.value(it.key()), it.value());
        // And what was written reads back to the same policy.
        const std::optional<Policy> again = Policy::fromJson(out);
        QVERIFY(again);
        QCOMPARE(again->toJson(), out);
    }

    void policyFields()
    {
        const std::optional<Policy> p = Policy::fromJson(QJsonDocument::fromJson(R"({
            "windowStart": "00:00", "windowEnd": "24:00", "holidays": ["2026-10-01"],
            "allowedWeekdays": [1, 2, 3, 4, 5], "maxUnansweredPerNumberPerDay": 1000,
            "ownFailuresBeforeThirdParty": 0})")
                                                             .object());
        QVERIFY(p);
        QCOMPARE(p->windowStart, QTime(0, 0));
        QCOMPARE(p->windowEnd, Policy::endOfDay());
        QCOMPARE(p->holidays, QList<QDate>{QDate(2026, 10, 1)});
        QCOMPARE(p->allowedWeekdays, (QList<int>{1, 2, 3, 4, 5}));
        QCOMPARE(p->maxUnansweredPerNumberPerDay, 1000);
        QCOMPARE(p->maxConversationsPerDebtorPerDay, 3);
        QCOMPARE(p->ownFailuresBeforeThirdParty, 0);
    }

    void policyRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        auto row = [](const char *name, const char *json, const char *key) {
            QTest::newRow(name) << QByteArray(json) << QString::fromLatin1(key);
        };
        row("window start as a number", R"({"windowStart":8})", "windowStart");
        row("window start not a time", R"({"windowStart":"8am"})", "windowStart");
        row("window start 25:00", R"({"windowStart":"25:00"})", "windowStart");
        row("window start 24:00", R"({"windowStart":"24:00"})", "windowStart");
        row("window end before start", R"({"windowStart":"10:00","windowEnd":"09:00"})", "windowEnd");
        row("window end equal to start", R"({"windowStart":"10:00","windowEnd":"10:00"})", "windowEnd");
        row("window end before the default start", R"({"windowEnd":"07:00"})", "windowEnd");
        row("weekdays not an array", R"({"allowedWeekdays":"1-5"})", "allowedWeekdays");
        row("weekday 0", R"({"allowedWeekdays":[0,1]})", "allowedWeekdays");
        row("weekday 8", R"({"allowedWeekdays":[1,8]})", "allowedWeekdays");
        row("weekday 1.5", R"({"allowedWeekdays":[1.5]})", "allowedWeekdays");
        row("weekday as a string", R"({"allowedWeekdays":["1"]})", "allowedWeekdays");
        row("no weekday at all", R"({"allowedWeekdays":[]})", "allowedWeekdays");
        row("holidays not an array", R"({"holidays":"2026-10-01"})", "holidays");
        row("holiday with slashes", R"({"holidays":["2026/10/01"]})", "holidays");
        row("holiday that does not exist", R"({"holidays":["2026-02-30"]})", "holidays");
        row("holiday as a number", R"({"holidays":[20261001]})", "holidays");
        row("negative number cap", R"({"maxUnansweredPerNumberPerDay":-1})", "maxUnansweredPerNumberPerDay");
        row("number cap 0 forbids every call", R"({"maxUnansweredPerNumberPerDay":0})",
            "maxUnansweredPerNumberPerDay");
        row("number cap 1.5", R"({"maxUnansweredPerNumberPerDay":1.5})", "maxUnansweredPerNumberPerDay");
        row("number cap as a string", R"({"maxUnansweredPerNumberPerDay":"6"})",
            "maxUnansweredPerNumberPerDay");
        row("negative conversation cap", R"({"maxConversationsPerDebtorPerDay":-3})",
            "maxConversationsPerDebtorPerDay");
        row("negative rolling window", R"({"rollingWindowDays":-7})", "rollingWindowDays");
        row("rolling window over a year", R"({"rollingWindowDays":400})", "rollingWindowDays");
        row("huge rolling cap", R"({"maxAttemptsInRollingWindow":1e300})", "maxAttemptsInRollingWindow");
        row("negative gap", R"({"minMinutesAfterConversation":-5})", "minMinutesAfterConversation");
        row("third-party failures as a bool", R"({"ownFailuresBeforeThirdParty":true})",
            "ownFailuresBeforeThirdParty");
    }
    void policyRejected()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QJsonParseError e;
        const QJsonObject o = QJsonDocument::fromJson(json, &e).object();
        QCOMPARE(e.error, QJsonParseError::NoError);
        QString error;
        QVERIFY(!Policy::fromJson(o, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(!Policy::fromJson(o));  // no error string wanted: still refused, no crash
    }

    // SMS (checkSms): the call rules without the call caps, their own daily cap, and a debtor's text
    // never to a third party's number.
    void sms_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<bool>("thirdPartyText");
        QTest::addColumn<Rule>("rule");
        auto sms = [](const Phone &p, const QDateTime &at, SmsStatus status) {
            Interaction i = call(p, at, Outcome::NoAnswer);
            i.channel = Channel::Sms;
            i.answeredAt = {};
            i.smsStatus = status;
            return i;
        };
        Scenario s = base();
        QTest::newRow("10:00 to the debtor") << s << false << Rule::Allowed;
        s.now = sh(18, 22, 30);
        QTest::newRow("22:30: outside the window") << s << false << Rule::OutsideCallingWindow;
        s = base();
        s.history = calls(kOwn, sh(18, 8), Outcome::NoAnswer, 6);
        QTest::newRow("six unanswered calls do not stop a text") << s << false << Rule::Allowed;
        s = base();
        s.history = {sms(kOwn, sh(18, 8), SmsStatus::Sent), sms(kOwn, sh(18, 9), SmsStatus::Queued)};
        QTest::newRow("third SMS of the day") << s << false << Rule::SmsDailyCap;
        s.history = {sms(kOwn, sh(18, 8), SmsStatus::Sent), sms(kOwn, sh(18, 9), SmsStatus::Failed)};
        QTest::newRow("a failed SMS does not count") << s << false << Rule::Allowed;
        s.history = {sms(kOwn, sh(17, 8), SmsStatus::Sent), sms(kOwn, sh(17, 9), SmsStatus::Sent)};
        QTest::newRow("yesterday's SMS do not count") << s << false << Rule::Allowed;
        s = base();
        s.target = kParent;
        QTest::newRow("debtor text to a parent") << s << false << Rule::DebtorTextToThirdParty;
        QTest::newRow("contact text while the debtor is reachable") << s << true << Rule::ThirdPartyNotYet;
        s.history = calls(kOwn, sh(18, 8), Outcome::NoAnswer, 3);
        QTest::newRow("contact text once the debtor is unreachable") << s << true << Rule::Allowed;
        s = base();
        s.customer.flags = CustomerFlag::DoNotCall;
        QTest::newRow("do-not-call debtor") << s << false << Rule::CustomerDoNotCall;
    }
    void sms()
    {
        QFETCH(Scenario, scenario);
        QFETCH(bool, thirdPartyText);
        QFETCH(Rule, rule);
        const Scenario &s = scenario;
        const Verdict v = checkSms(s.policy, s.customer, s.target, s.phones, s.history, s.now, thirdPartyText);
        QCOMPARE(v.rule, rule);
        if (rule == Rule::SmsDailyCap) {
            QCOMPARE(v.counters.smsToday, 2);
            QCOMPARE(v.allowedFrom, sh(19, 8));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Compliance)
#include "tst_compliance.moc"
