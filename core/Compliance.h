#pragma once
// Contact compliance: may this number be called now? Pure rules shared by the client (checked before
// dialling, with counters and the reason shown to the agent) and the server (checked again when an
// attempt is recorded). Defaults follow the Chinese guideline: calls only 08:00–22:00 in the debtor's
// local time, at most 6 unanswered attempts per number per day, at most 3 conversations per debtor per
// day, and relatives or other contacts only once the debtor is unreachable on their own numbers.
#include "Entities.h"

#include <QJsonObject>

#include <optional>

namespace cd::compliance {
Q_NAMESPACE

/// The rule that blocks a call (Allowed when none does). Stable keys: stored, logged, sent on the wire.
enum class Rule {
    Allowed,
    CustomerDoNotCall,           ///< the person must not be called at all
    CustomerOnHold,              ///< dispute under review or hardship hold: no collection calls
    CustomerDeceased,            ///< reported deceased: no contact at all
    CustomerLegal,               ///< with legal: the floor does not call
    NumberDoNotCall,             ///< this number must not be called
    NumberInvalid,               ///< marked invalid (wrong / not in service)
    OutsideCallingWindow,        ///< before windowStart or after windowEnd, debtor's local time
    DayNotAllowed,               ///< a weekday the policy excludes
    Holiday,                     ///< a public holiday in the policy's list
    NumberDailyCap,              ///< unanswered attempts on this number today reached the cap
    DebtorDailyConversationCap,  ///< conversations with this debtor today reached the cap
    RollingWindowCap,            ///< attempts to this debtor in the rolling window reached the cap
    TooSoonAfterConversation,    ///< a conversation ended less than minGapAfterConversation ago
    ThirdPartyNotYet,            ///< a third-party number while the debtor is still reachable on own numbers
    // appended (issue 6, SMS); keys are stable, never reorder
    SmsDailyCap,                 ///< SMS to this debtor today (any number, not failed) reached the cap
    DebtorTextToThirdParty,      ///< an SMS template meant for the debtor sent to a third party's number
};
Q_ENUM_NS(Rule)

/// Configuration (admin-editable JSON; docs/dev/Compliance.md). Defaults: the Chinese guideline.
struct Policy {
    QTime windowStart{8, 0};
    QTime windowEnd{22, 0};                           ///< calls must start before this local time
    QList<int> allowedWeekdays = everyDay();  ///< Qt::DayOfWeek values (1 = Monday)
    QList<QDate> holidays;                            ///< local dates with no collection calls
    int maxUnansweredPerNumberPerDay = 6;
    int maxConversationsPerDebtorPerDay = 3;
    int rollingWindowDays = 7;            ///< 0 disables the rolling cap
    int maxAttemptsInRollingWindow = 0;   ///< 0 disables (e.g. 7 for a "7 in 7" policy)
    int minMinutesAfterConversation = 0;  ///< 0 disables
    int ownFailuresBeforeThirdParty = 3;  ///< consecutive failed attempts on ALL own numbers
    /// SMS count on their own cap, not on the call caps (a text is not an unanswered call): messages
    /// to one debtor (all numbers, failed deliveries excluded) per local day. 0: no SMS at all.
    int maxSmsPerDebtorPerDay = 2;

    /// 1..7. Out of line: GCC 12 took a brace list here, inlined into every default Policy, for memory
    /// that "may be used uninitialized".
    static QList<int> everyDay();

    /// A windowEnd of "24:00" (calls until midnight): QTime cannot say 24:00, so the last
    /// millisecond of the day stands for it, and a window ending there has no end.
    static QTime endOfDay() { return QTime(23, 59, 59, 999); }

    QJsonObject toJson() const;
    /// Unknown keys are ignored; a present key of the wrong type or an impossible value
    /// (window end before start, negative cap) fails.
    static std::optional<Policy> fromJson(const QJsonObject &o, QString *error = nullptr);
};

/// What an agent sees next to a number: "今日 2/6".
struct Counters {
    int unansweredToday = 0;  ///< on this number, debtor's local day
    int unansweredCap = 0;
    int conversationsToday = 0;  ///< with this debtor, any number
    int conversationsCap = 0;
    int smsToday = 0;  ///< checkSms only: SMS to this debtor today (not failed)
    int smsCap = 0;
};

struct Verdict {
    Rule rule = Rule::Allowed;
    /// When the call becomes allowed (UTC); null when it will not by itself (DNC, invalid number,
    /// on hold, third party until the debtor proves unreachable).
    QDateTime allowedFrom;
    QDateTime localNow;  ///< the debtor's local time the verdict was made at (for the message)
    Counters counters;
    QList<Rule> overridden;  ///< rules that would have blocked but a lead's override let through

    bool allowed() const { return rule == Rule::Allowed; }
};

/// A lead's override of one rule for one customer (one number, or all when `phoneNumber` is empty)
/// until `expiresAt` (UTC). Given with a reason and audited by the server.
struct Override {
    qint64 id = 0;
    Rule rule = Rule::Allowed;
    QString phoneNumber;
    QDateTime expiresAt;
    QString lead;
    QString reason;

    bool covers(Rule r, const QString &number, const QDateTime &nowUtc) const
    {
        return rule == r && (phoneNumber.isEmpty() || phoneNumber == number) && nowUtc < expiresAt;
    }
};

/// Rules a lead may override: the caps, the gap after a conversation, third-party gating and the
/// hold. Never the person's or number's do-not-call, a death, legal, an invalid number or the
/// calling window / days / holidays (the regulator's hours are not the lead's to move).
bool overridable(Rule rule);

/// Whether `target` (one of `customer`'s phones) may be dialled at `nowUtc`, given every past
/// attempt to this customer (`history`, any order; interactions of Channel::Call count).
/// Rules are checked in the order of the enum; the first that blocks is returned. A rule covered by
/// one of `overrides` (and overridable) is skipped; `Verdict::overridden` then names it.
Verdict check(const Policy &policy, const Customer &customer, const Phone &target, const QList<Phone> &phones,
              const QList<Interaction> &history, const QDateTime &nowUtc,
              const QList<Override> &overrides = {});

/// Whether an SMS written for `audience` may go to `target` at `nowUtc`. The same person, number,
/// window, weekday, holiday and third-party rules as a call (check() above, which also reports them in
/// the same order), but not the call caps: SMS have their own, SmsDailyCap (Channel::Sms interactions
/// of the debtor's local day that did not fail). A Debtor text to a number that is not the debtor's
/// own is DebtorTextToThirdParty, checked first and never overridable.
Verdict checkSms(const Policy &policy, const Customer &customer, const Phone &target, const QList<Phone> &phones,
                 const QList<Interaction> &history, const QDateTime &nowUtc, bool textForThirdParty,
                 const QList<Override> &overrides = {});

/// SMS to the customer (any number) on the debtor's local day of `nowUtc`, failed ones excluded.
int smsToday(const Customer &customer, const QList<Interaction> &history, const QDateTime &nowUtc);

/// Counters for `target` without the rest of the verdict.
Counters countersFor(const Policy &policy, const Customer &customer, const Phone &target,
                     const QList<Interaction> &history, const QDateTime &nowUtc);

/// The debtor's local time for `utc` (the customer's IANA zone; Asia/Shanghai when unknown).
QDateTime localTime(const Customer &customer, const QDateTime &utc);

/// An attempt that reached a person and talked (answered and not a wrong party / invalid number).
bool isConversation(const Interaction &i);
/// An attempt that did not reach anyone (no answer, busy, invalid number).
bool isUnanswered(const Interaction &i);

}  // namespace cd::compliance
