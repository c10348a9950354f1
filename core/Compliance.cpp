#include "Compliance.h"

#include <QHash>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace cd::compliance {

namespace {

/// How far ahead allowedFrom is searched: a year and a bit covers any weekday/holiday list.
constexpr int MaxDaysAhead = 370;
const QTime EndOfDay = Policy::endOfDay();

QTimeZone zoneOf(const Customer &customer)
{
    // Zones are few and asked for on every check (the server checks each recorded attempt).
    thread_local QHash<QString, QTimeZone> cache;
    auto it = cache.constFind(customer.timeZone);
    if (it != cache.constEnd())
        return *it;
    // An empty id would give Qt's default zone (the machine's), not the debtor's.
    QTimeZone zone = customer.timeZone.isEmpty() ? QTimeZone() : QTimeZone(customer.timeZone.toLatin1());
    if (!zone.isValid())
        zone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
    if (!zone.isValid())
        zone = QTimeZone(8 * 3600);  // no tz database at all: China Standard Time
    cache.insert(customer.timeZone, zone);
    return zone;
}

/// When the attempt happened: it started, or (a record without a start) it ended.
QDateTime attemptTime(const Interaction &i) { return i.startedAt.isValid() ? i.startedAt : i.endedAt; }

/// A call attempt on the debtor; a call our own network failed to place never reached them.
bool isCall(const Interaction &i)
{
    return i.channel == Channel::Call && i.outcome != Outcome::NetworkError && attemptTime(i).isValid();
}

bool answeredOutcome(Outcome o)
{
    return o != Outcome::NoAnswer && o != Outcome::Busy && o != Outcome::InvalidNumber
           && o != Outcome::NetworkError;
}

bool inWindow(const Policy &p, const QTime &t)
{
    return t >= p.windowStart && (p.windowEnd == EndOfDay || t < p.windowEnd);
}

bool dayAllowed(const Policy &p, const QDate &d)
{
    return p.allowedWeekdays.contains(d.dayOfWeek()) && !p.holidays.contains(d);
}

/// The earliest instant at or after `fromUtc` that is inside the calling window on an allowed,
/// non-holiday local day; null when there is none within MaxDaysAhead days.
QDateTime earliestAllowed(const Policy &p, const QTimeZone &zone, const QDateTime &fromUtc)
{
    const QDateTime local = fromUtc.toTimeZone(zone);
    for (int i = 0; i <= MaxDaysAhead; ++i) {
        const QDate d = local.date().addDays(i);
        if (!dayAllowed(p, d))
            continue;
        if (i == 0 && inWindow(p, local.time()))
            return fromUtc.toUTC();
        const QDateTime opens(d, p.windowStart, zone);
        if (opens >= fromUtc)
            return opens.toUTC();
    }
    return {};
}

/// The window opening on the first allowed day after the local day of `nowUtc`.
QDateTime nextDayOpening(const Policy &p, const QTimeZone &zone, const QDateTime &nowUtc)
{
    return earliestAllowed(p, zone, nowUtc.toTimeZone(zone).date().addDays(1).startOfDay(zone));
}

QDate localDay(const QTimeZone &zone, const QDateTime &utc) { return utc.toTimeZone(zone).date(); }

/// The local day of `nowUtc` as UTC instants [start, end): a debtor's history runs to hundreds of
/// contacts, and comparing instants spares a time-zone conversion for each of them.
struct LocalDay {
    QDateTime start;
    QDateTime end;
    bool contains(const QDateTime &utc) const { return utc >= start && utc < end; }
};
LocalDay localDayOf(const QTimeZone &zone, const QDateTime &nowUtc)
{
    const QDate today = localDay(zone, nowUtc);
    return {today.startOfDay(zone).toUTC(), today.addDays(1).startOfDay(zone).toUTC()};
}

QString timeText(const QTime &t)
{
    if (t == EndOfDay)
        return QStringLiteral("24:00");
    return t.toString(t.second() == 0 && t.msec() == 0 ? QStringLiteral("HH:mm")
                                                       : QStringLiteral("HH:mm:ss"));
}

std::optional<QTime> parseTime(const QString &s, bool allowEndOfDay)
{
    if (allowEndOfDay && (s == QLatin1String("24:00") || s == QLatin1String("24:00:00")))
        return EndOfDay;
    for (const QString &format : {QStringLiteral("HH:mm"), QStringLiteral("HH:mm:ss")}) {
        const QTime t = QTime::fromString(s, format);
        if (t.isValid())
            return t;
    }
    return std::nullopt;
}

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

}  // namespace

// ---- classification ------------------------------------------------------------------------------

bool isUnanswered(const Interaction &i) { return !i.answeredAt.isValid() || !answeredOutcome(i.outcome); }

bool isConversation(const Interaction &i)
{
    return i.answeredAt.isValid() && answeredOutcome(i.outcome) && i.outcome != Outcome::WrongParty;
}

QDateTime localTime(const Customer &customer, const QDateTime &utc)
{
    return utc.toTimeZone(zoneOf(customer));
}

// ---- counters and the verdict --------------------------------------------------------------------

Counters countersFor(const Policy &policy, const Customer &customer, const Phone &target,
                     const QList<Interaction> &history, const QDateTime &nowUtc)
{
    const QTimeZone zone = zoneOf(customer);
    const LocalDay today = localDayOf(zone, nowUtc);
    Counters c;
    c.unansweredCap = policy.maxUnansweredPerNumberPerDay;
    c.conversationsCap = policy.maxConversationsPerDebtorPerDay;
    for (const Interaction &i : history) {
        if (!isCall(i) || !today.contains(attemptTime(i)))
            continue;
        if (i.phoneNumber == target.number && isUnanswered(i))
            ++c.unansweredToday;
        if (isConversation(i))
            ++c.conversationsToday;
    }
    return c;
}

bool overridable(Rule rule)
{
    switch (rule) {
    case Rule::CustomerOnHold:
    case Rule::NumberDailyCap:
    case Rule::DebtorDailyConversationCap:
    case Rule::RollingWindowCap:
    case Rule::TooSoonAfterConversation:
    case Rule::ThirdPartyNotYet:
    case Rule::SmsDailyCap:
        return true;
    default:
        return false;
    }
}

Verdict check(const Policy &policy, const Customer &customer, const Phone &target, const QList<Phone> &phones,
              const QList<Interaction> &history, const QDateTime &nowUtc, const QList<Override> &overrides)
{
    const QTimeZone zone = zoneOf(customer);
    Verdict v;
    v.localNow = nowUtc.toTimeZone(zone);
    v.counters = countersFor(policy, customer, target, history, nowUtc);
    auto blocked = [&v](Rule rule, const QDateTime &allowedFrom = {}) {
        v.rule = rule;
        v.allowedFrom = allowedFrom;
        return v;
    };
    // True when a lead's override lets this rule through (recorded in the verdict).
    auto waived = [&](Rule rule) {
        if (!overridable(rule))
            return false;
        for (const Override &o : overrides) {
            if (o.covers(rule, target.number, nowUtc)) {
                v.overridden << rule;
                return true;
            }
        }
        return false;
    };
    const QDate localToday = v.localNow.date();
    const bool hardship = customer.flags.testFlag(CustomerFlag::HardshipHold)
        && (!customer.holdUntil.isValid() || localToday <= customer.holdUntil);

    if (customer.flags.testFlag(CustomerFlag::DoNotCall))
        return blocked(Rule::CustomerDoNotCall);
    if ((customer.flags.testFlag(CustomerFlag::Dispute) || hardship) && !waived(Rule::CustomerOnHold))
        return blocked(Rule::CustomerOnHold,
                       !customer.flags.testFlag(CustomerFlag::Dispute) && customer.holdUntil.isValid()
                           ? earliestAllowed(policy, zone,
                                             QDateTime(customer.holdUntil.addDays(1), QTime(0, 0), zone)
                                                 .toUTC())
                           : QDateTime());
    if (customer.flags.testFlag(CustomerFlag::Deceased))
        return blocked(Rule::CustomerDeceased);
    if (customer.flags.testFlag(CustomerFlag::Legal))
        return blocked(Rule::CustomerLegal);
    if (target.status == PhoneStatus::DoNotCall)
        return blocked(Rule::NumberDoNotCall);
    if (target.status == PhoneStatus::Invalid)
        return blocked(Rule::NumberInvalid);

    if (!inWindow(policy, v.localNow.time()))
        return blocked(Rule::OutsideCallingWindow, earliestAllowed(policy, zone, nowUtc));
    if (!policy.allowedWeekdays.contains(v.localNow.date().dayOfWeek()))
        return blocked(Rule::DayNotAllowed, nextDayOpening(policy, zone, nowUtc));
    if (policy.holidays.contains(v.localNow.date()))
        return blocked(Rule::Holiday, nextDayOpening(policy, zone, nowUtc));

    if (v.counters.unansweredToday >= v.counters.unansweredCap && !waived(Rule::NumberDailyCap))
        return blocked(Rule::NumberDailyCap, nextDayOpening(policy, zone, nowUtc));
    if (v.counters.conversationsToday >= v.counters.conversationsCap
        && !waived(Rule::DebtorDailyConversationCap))
        return blocked(Rule::DebtorDailyConversationCap, nextDayOpening(policy, zone, nowUtc));

    // Attempts to the debtor (any number) and conversations, up to now, oldest first.
    QList<QDateTime> attempts;
    QDateTime lastConversationEnd;
    for (const Interaction &i : history) {
        if (!isCall(i) || attemptTime(i) > nowUtc)
            continue;
        attempts << attemptTime(i);
        if (isConversation(i)) {
            const QDateTime end = i.endedAt.isValid() ? i.endedAt : attemptTime(i);
            if (!lastConversationEnd.isValid() || end > lastConversationEnd)
                lastConversationEnd = end;
        }
    }

    if (policy.rollingWindowDays > 0 && policy.maxAttemptsInRollingWindow > 0) {
        const QDateTime windowOpen = nowUtc.addDays(-policy.rollingWindowDays);
        QList<QDateTime> counted;
        for (const QDateTime &t : std::as_const(attempts))
            if (t > windowOpen)
                counted << t;
        if (counted.size() >= policy.maxAttemptsInRollingWindow && !waived(Rule::RollingWindowCap)) {
            std::sort(counted.begin(), counted.end());
            // Enough of the oldest must leave the window to get below the cap (one when exactly at it).
            const QDateTime leaves = counted.at(counted.size() - policy.maxAttemptsInRollingWindow)
                                         .addDays(policy.rollingWindowDays);
            return blocked(Rule::RollingWindowCap, earliestAllowed(policy, zone, leaves));
        }
    }

    if (policy.minMinutesAfterConversation > 0 && lastConversationEnd.isValid()) {
        const QDateTime gapEnds =
            lastConversationEnd.addSecs(qint64(policy.minMinutesAfterConversation) * 60);
        if (gapEnds > nowUtc && !waived(Rule::TooSoonAfterConversation))
            return blocked(Rule::TooSoonAfterConversation, earliestAllowed(policy, zone, gapEnds));
    }

    if (target.relation != Relation::Self) {
        // The debtor is unreachable when each own callable number's last N attempts all failed.
        bool anyOwn = false;
        bool reachable = false;
        for (const Phone &p : phones) {
            if (p.relation != Relation::Self || p.status == PhoneStatus::Invalid
                || p.status == PhoneStatus::DoNotCall)
                continue;
            anyOwn = true;
            QList<const Interaction *> onNumber;
            for (const Interaction &i : history)
                if (isCall(i) && i.phoneNumber == p.number && attemptTime(i) <= nowUtc)
                    onNumber << &i;
            std::sort(onNumber.begin(), onNumber.end(), [](const Interaction *a, const Interaction *b) {
                return attemptTime(*a) > attemptTime(*b);
            });
            const int n = policy.ownFailuresBeforeThirdParty;
            bool failed = onNumber.size() >= n;
            for (int k = 0; failed && k < n; ++k)
                failed = isUnanswered(*onNumber.at(k));
            if (!failed) {
                reachable = true;
                break;
            }
        }
        if (anyOwn && reachable && !waived(Rule::ThirdPartyNotYet))
            return blocked(Rule::ThirdPartyNotYet);
    }

    return v;
}

// ---- SMS -----------------------------------------------------------------------------------------

int smsToday(const Customer &customer, const QList<Interaction> &history, const QDateTime &nowUtc)
{
    const QTimeZone zone = zoneOf(customer);
    const LocalDay today = localDayOf(zone, nowUtc);
    int n = 0;
    for (const Interaction &i : history) {
        if (i.channel != Channel::Sms || i.smsStatus == SmsStatus::Failed || !attemptTime(i).isValid())
            continue;
        if (today.contains(attemptTime(i)))
            ++n;
    }
    return n;
}

Verdict checkSms(const Policy &policy, const Customer &customer, const Phone &target, const QList<Phone> &phones,
                 const QList<Interaction> &history, const QDateTime &nowUtc, bool textForThirdParty,
                 const QList<Override> &overrides)
{
    const QTimeZone zone = zoneOf(customer);
    if (target.relation != Relation::Self && !textForThirdParty) {
        Verdict v;
        v.localNow = nowUtc.toTimeZone(zone);
        v.rule = Rule::DebtorTextToThirdParty;
        return v;
    }
    // The call rules without the call caps: history holds only calls for those (isCall), and the caps
    // are lifted so a day of unanswered calls does not also silence the reminder text.
    Policy calls = policy;
    calls.maxUnansweredPerNumberPerDay = std::numeric_limits<int>::max();
    calls.maxConversationsPerDebtorPerDay = std::numeric_limits<int>::max();
    calls.maxAttemptsInRollingWindow = 0;
    calls.minMinutesAfterConversation = 0;
    Verdict v = check(calls, customer, target, phones, history, nowUtc, overrides);
    v.counters = countersFor(policy, customer, target, history, nowUtc);
    v.counters.smsToday = smsToday(customer, history, nowUtc);
    v.counters.smsCap = policy.maxSmsPerDebtorPerDay;
    if (!v.allowed())
        return v;
    if (v.counters.smsToday >= policy.maxSmsPerDebtorPerDay) {
        bool waived = false;
        for (const Override &o : overrides)
            waived = waived || o.covers(Rule::SmsDailyCap, target.number, nowUtc);
        if (waived) {
            v.overridden << Rule::SmsDailyCap;
        } else {
            v.rule = Rule::SmsDailyCap;
            v.allowedFrom = policy.maxSmsPerDebtorPerDay > 0 ? nextDayOpening(policy, zone, nowUtc) : QDateTime();
        }
    }
    return v;
}

// ---- policy JSON ---------------------------------------------------------------------------------

namespace {
const QString kWindowStart = QStringLiteral("windowStart");
const QString kWindowEnd = QStringLiteral("windowEnd");
const QString kWeekdays = QStringLiteral("allowedWeekdays");
const QString kHolidays = QStringLiteral("holidays");
const QString kUnansweredCap = QStringLiteral("maxUnansweredPerNumberPerDay");
const QString kConversationCap = QStringLiteral("maxConversationsPerDebtorPerDay");
const QString kRollingDays = QStringLiteral("rollingWindowDays");
const QString kRollingMax = QStringLiteral("maxAttemptsInRollingWindow");
const QString kMinGap = QStringLiteral("minMinutesAfterConversation");
const QString kOwnFailures = QStringLiteral("ownFailuresBeforeThirdParty");
const QString kSmsCap = QStringLiteral("maxSmsPerDebtorPerDay");

/// Reads an optional non-negative integer (at least `min`) into `out`; absent or null keeps it.
bool readInt(const QJsonObject &o, const QString &key, int min, int *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::floor(d))
        return fail(error, QStringLiteral("%1 must be an integer").arg(key));
    if (d < min || d > std::numeric_limits<int>::max())
        return fail(error, QStringLiteral("%1 must be an integer from %2").arg(key).arg(min));
    *out = int(d);
    return true;
}
}  // namespace

QList<int> Policy::everyDay() { return {1, 2, 3, 4, 5, 6, 7}; }

QJsonObject Policy::toJson() const
{
    QJsonArray days;
    for (int d : allowedWeekdays)
        days.append(d);
    QJsonArray dates;
    for (const QDate &d : holidays)
        dates.append(d.toString(Qt::ISODate));
    return {{kWindowStart, timeText(windowStart)},
            {kWindowEnd, timeText(windowEnd)},
            {kWeekdays, days},
            {kHolidays, dates},
            {kUnansweredCap, maxUnansweredPerNumberPerDay},
            {kConversationCap, maxConversationsPerDebtorPerDay},
            {kRollingDays, rollingWindowDays},
            {kRollingMax, maxAttemptsInRollingWindow},
            {kMinGap, minMinutesAfterConversation},
            {kOwnFailures, ownFailuresBeforeThirdParty},
            {kSmsCap, maxSmsPerDebtorPerDay}};
}

std::optional<Policy> Policy::fromJson(const QJsonObject &o, QString *error)
{
    Policy p;
    for (const auto &[key, field, endOfDay] :
         {std::tuple{kWindowStart, &p.windowStart, false}, std::tuple{kWindowEnd, &p.windowEnd, true}}) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            continue;
        const std::optional<QTime> t = v.isString() ? parseTime(v.toString(), endOfDay) : std::nullopt;
        if (!t) {
            fail(error, QStringLiteral("%1 must be a time \"HH:mm\"").arg(key));
            return std::nullopt;
        }
        *field = *t;
    }
    if (p.windowEnd <= p.windowStart) {
        fail(error, QStringLiteral("windowEnd must be after windowStart"));
        return std::nullopt;
    }

    if (const QJsonValue v = o.value(kWeekdays); !v.isUndefined() && !v.isNull()) {
        if (!v.isArray()) {
            fail(error, QStringLiteral("allowedWeekdays must be an array of 1..7"));
            return std::nullopt;
        }
        QList<int> days;
        for (const QJsonValue &d : v.toArray()) {
            const double n = d.toDouble();
            if (!d.isDouble() || n < 1 || n > 7 || n != std::floor(n)) {
                fail(error, QStringLiteral("allowedWeekdays must be an array of 1..7"));
                return std::nullopt;
            }
            if (!days.contains(int(n)))
                days << int(n);
        }
        if (days.isEmpty()) {
            fail(error, QStringLiteral("allowedWeekdays must not be empty"));
            return std::nullopt;
        }
        std::sort(days.begin(), days.end());
        p.allowedWeekdays = days;
    }

    if (const QJsonValue v = o.value(kHolidays); !v.isUndefined() && !v.isNull()) {
        if (!v.isArray()) {
            fail(error, QStringLiteral("holidays must be an array of \"yyyy-MM-dd\""));
            return std::nullopt;
        }
        QList<QDate> dates;
        for (const QJsonValue &d : v.toArray()) {
            const QDate date = QDate::fromString(d.toString(), QStringLiteral("yyyy-MM-dd"));
            if (!d.isString() || !date.isValid()) {
                fail(error, QStringLiteral("holidays must be an array of \"yyyy-MM-dd\""));
                return std::nullopt;
            }
            if (!dates.contains(date))
                dates << date;
        }
        std::sort(dates.begin(), dates.end());
        p.holidays = dates;
    }

    // A daily cap of 0 would forbid every call: that is what the customer / number flags are for.
    if (!readInt(o, kUnansweredCap, 1, &p.maxUnansweredPerNumberPerDay, error)
        || !readInt(o, kConversationCap, 1, &p.maxConversationsPerDebtorPerDay, error)
        || !readInt(o, kRollingDays, 0, &p.rollingWindowDays, error)
        || !readInt(o, kRollingMax, 0, &p.maxAttemptsInRollingWindow, error)
        || !readInt(o, kMinGap, 0, &p.minMinutesAfterConversation, error)
        || !readInt(o, kOwnFailures, 0, &p.ownFailuresBeforeThirdParty, error)
        || !readInt(o, kSmsCap, 0, &p.maxSmsPerDebtorPerDay, error))
        return std::nullopt;
    if (p.rollingWindowDays > MaxDaysAhead) {
        fail(error, QStringLiteral("rollingWindowDays must be at most %1").arg(MaxDaysAhead));
        return std::nullopt;
    }
    return p;
}

}  // namespace cd::compliance
