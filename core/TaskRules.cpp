#include "TaskRules.h"

#include "Compliance.h"
#include "Delinquency.h"
#include "Priority.h"

#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace cd::taskrules {

// ---- JSON ---------------------------------------------------------------------------------------

namespace {

QJsonArray ints(const QList<int> &values)
{
    QJsonArray a;
    for (int v : values)
        a << v;
    return a;
}

/// Reads one group of the rule-set JSON, remembering the first error with the key's full path.
class Reader
{
public:
    Reader(const QJsonObject &root, QString *error) : m_root(root), m_error(error) {}

    /// Starts group `name` (a missing group keeps every default). Unknown keys fail.
    bool group(const QString &name, const QStringList &keys)
    {
        m_group = name;
        const QJsonValue v = m_root.value(name);
        m_object = QJsonObject();
        if (v.isUndefined())
            return true;
        if (!v.isObject())
            return fail(name, QStringLiteral("must be an object"));
        m_object = v.toObject();
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!keys.contains(it.key()))
                return fail(path(it.key()), QStringLiteral("unknown key"));
        return true;
    }

    bool integer(const QString &key, int lo, int hi, int *out)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return true;
        const double d = v.toDouble(-1e18);
        if (!v.isDouble() || d != double(qint64(d)))
            return fail(path(key), QStringLiteral("must be a whole number"));
        if (d < lo || d > hi)
            return fail(path(key), QStringLiteral("must be %1..%2").arg(lo).arg(hi));
        *out = int(d);
        return true;
    }

    bool boolean(const QString &key, bool *out)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return true;
        if (!v.isBool())
            return fail(path(key), QStringLiteral("must be true or false"));
        *out = v.toBool();
        return true;
    }

    /// A list of whole numbers in lo..hi, no duplicates; `allowEmpty` or at least one.
    bool integers(const QString &key, int lo, int hi, bool allowEmpty, QList<int> *out)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return true;
        if (!v.isArray())
            return fail(path(key), QStringLiteral("must be a list of whole numbers"));
        QList<int> values;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString at = QStringLiteral("%1[%2]").arg(path(key)).arg(i);
            const double d = a.at(i).toDouble(-1e18);
            if (!a.at(i).isDouble() || d != double(qint64(d)))
                return fail(at, QStringLiteral("must be a whole number"));
            if (d < lo || d > hi)
                return fail(at, QStringLiteral("must be %1..%2").arg(lo).arg(hi));
            if (values.contains(int(d)))
                return fail(at, QStringLiteral("%1 is listed twice").arg(int(d)));
            values << int(d);
        }
        if (values.isEmpty() && !allowEmpty)
            return fail(path(key), QStringLiteral("must not be empty"));
        *out = values;
        return true;
    }

    template <typename E> bool enumeration(const QString &key, E *out)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return true;
        bool ok = false;
        const int value = QMetaEnum::fromType<E>().keyToValue(v.toString().toLatin1().constData(), &ok);
        if (!v.isString() || !ok)
            return fail(path(key), QStringLiteral("must be one of %1").arg(keysOf<E>()));
        *out = static_cast<E>(value);
        return true;
    }

    /// An object from bucket keys to non-empty lists of distinct, non-empty names.
    bool namesByBucket(const QString &key, QHash<Bucket, QStringList> *out)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return true;
        if (!v.isObject())
            return fail(path(key), QStringLiteral("must map buckets (%1) to lists of team names")
                                       .arg(keysOf<Bucket>()));
        QHash<Bucket, QStringList> values;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString at = QStringLiteral("%1.%2").arg(path(key), it.key());
            bool ok = false;
            const int b = QMetaEnum::fromType<Bucket>().keyToValue(it.key().toLatin1().constData(), &ok);
            if (!ok)
                return fail(at, QStringLiteral("unknown bucket (one of %1)").arg(keysOf<Bucket>()));
            if (!it.value().isArray() || it.value().toArray().isEmpty())
                return fail(at, QStringLiteral("must be a non-empty list of team names"));
            QStringList names;
            const QJsonArray a = it.value().toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                const QString name = a.at(i).toString().trimmed();
                if (!a.at(i).isString() || name.isEmpty())
                    return fail(QStringLiteral("%1[%2]").arg(at).arg(i), QStringLiteral("must be a team name"));
                if (names.contains(name))
                    return fail(QStringLiteral("%1[%2]").arg(at).arg(i),
                                QStringLiteral("%1 is listed twice").arg(name));
                names << name;
            }
            values.insert(static_cast<Bucket>(b), names);
        }
        *out = values;
        return true;
    }

    bool flags(const QString &key, const QList<CustomerFlag> &allowed, QList<CustomerFlag> *out)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return true;
        QStringList names;
        for (CustomerFlag f : allowed)
            names << enumKey(f);
        if (!v.isArray())
            return fail(path(key),
                        QStringLiteral("must be a list of %1").arg(names.join(QStringLiteral(", "))));
        QList<CustomerFlag> values;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString at = QStringLiteral("%1[%2]").arg(path(key)).arg(i);
            const qsizetype index = names.indexOf(a.at(i).toString());
            if (!a.at(i).isString() || index < 0)
                return fail(at, QStringLiteral("must be one of %1").arg(names.join(QStringLiteral(", "))));
            if (values.contains(allowed.at(index)))
                return fail(at, QStringLiteral("%1 is listed twice").arg(names.at(index)));
            values << allowed.at(index);
        }
        *out = values;
        return true;
    }

private:
    template <typename E> static QString keysOf()
    {
        const QMetaEnum m = QMetaEnum::fromType<E>();
        QStringList keys;
        for (int i = 0; i < m.keyCount(); ++i)
            keys << QString::fromLatin1(m.key(i));
        return keys.join(QStringLiteral(", "));
    }
    QString path(const QString &key) const { return m_group + QLatin1Char('.') + key; }
    bool fail(const QString &where, const QString &what)
    {
        *m_error = where + QStringLiteral(": ") + what;
        return false;
    }

    const QJsonObject &m_root;
    QString *m_error;
    QString m_group;
    QJsonObject m_object;
};

const QList<CustomerFlag> SuppressibleFlags{CustomerFlag::Deceased, CustomerFlag::Legal,
                                            CustomerFlag::DoNotCall, CustomerFlag::Dispute,
                                            CustomerFlag::HardshipHold};

const QStringList Groups{
    QStringLiteral("version"),     QStringLiteral("reminders"),       QStringLiteral("dpdMilestones"),
    QStringLiteral("promises"),    QStringLiteral("retry"),           QStringLiteral("escalation"),
    QStringLiteral("suppression"), QStringLiteral("noRecentContact"), QStringLiteral("assignment")};

}  // namespace

QJsonObject RuleSet::toJson() const
{
    QJsonArray flags;
    for (CustomerFlag f : suppressingFlags)
        flags << enumKey(f);
    QJsonObject o{
        {QStringLiteral("reminders"), QJsonObject{{QStringLiteral("daysBefore"), ints(reminderDaysBefore)}}},
        {QStringLiteral("dpdMilestones"),
         QJsonObject{{QStringLiteral("days"), ints(dpdMilestones)},
                     {QStringLiteral("collectBetweenMilestones"), collectBetweenMilestones}}},
        {QStringLiteral("promises"),
         QJsonObject{{QStringLiteral("followUpLocalHour"), promiseFollowUpLocalHour},
                     {QStringLiteral("graceDays"), promiseGraceDays}}},
        {QStringLiteral("retry"),
         QJsonObject{{QStringLiteral("backoffMinutes"), ints(retryBackoffMinutes)},
                     {QStringLiteral("afterConversationHours"), afterConversationHours},
                     {QStringLiteral("afterThirdPartyHours"), afterThirdPartyHours},
                     {QStringLiteral("afterWrongNumberMinutes"), afterWrongNumberMinutes}}},
        {QStringLiteral("escalation"),
         QJsonObject{{QStringLiteral("minBucket"), enumKey(escalationMinBucket)},
                     {QStringLiteral("consecutiveRefusals"), escalationRefusals}}},
        {QStringLiteral("suppression"), QJsonObject{{QStringLiteral("flags"), flags}}},
        {QStringLiteral("noRecentContact"), QJsonObject{{QStringLiteral("days"), noRecentContactDays}}},
        {QStringLiteral("assignment"),
         QJsonObject{{QStringLiteral("juniorMaxBucket"), enumKey(assignment.juniorMaxBucket)},
                     {QStringLiteral("juniorMaxRisk"), enumKey(assignment.juniorMaxRisk)},
                     {QStringLiteral("seniorFromBucket"), enumKey(assignment.seniorFromBucket)},
                     {QStringLiteral("seniorFromRisk"), enumKey(assignment.seniorFromRisk)},
                     {QStringLiteral("maxOpenTasks"), assignment.maxOpenTasks},
                     {QStringLiteral("stickySlack"), assignment.stickySlack}}},
    };
    if (!assignment.newCustomerTeams.isEmpty()) {
        QJsonObject teams;
        for (auto it = assignment.newCustomerTeams.cbegin(); it != assignment.newCustomerTeams.cend(); ++it)
            teams.insert(enumKey(it.key()), QJsonArray::fromStringList(it.value()));
        QJsonObject a = o.value(QStringLiteral("assignment")).toObject();
        a.insert(QStringLiteral("newCustomerTeams"), teams);
        o.insert(QStringLiteral("assignment"), a);
    }
    if (version > 0)
        o.insert(QStringLiteral("version"), version);
    return o;
}

Result<RuleSet> RuleSet::fromJson(const QJsonObject &json)
{
    QString error;
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!Groups.contains(it.key()))
            return Error{ErrorCode::InvalidInput, it.key() + QStringLiteral(": unknown key")};
    RuleSet r;
    Reader in(json, &error);
    constexpr int Week = 7 * 24 * 60;
    const bool ok = in.group(QStringLiteral("reminders"), {QStringLiteral("daysBefore")})
        && in.integers(QStringLiteral("daysBefore"), 1, 60, true, &r.reminderDaysBefore)
        && in.group(QStringLiteral("dpdMilestones"),
                    {QStringLiteral("days"), QStringLiteral("collectBetweenMilestones")})
        && in.integers(QStringLiteral("days"), 1, 3650, true, &r.dpdMilestones)
        && in.boolean(QStringLiteral("collectBetweenMilestones"), &r.collectBetweenMilestones)
        && in.group(QStringLiteral("promises"),
                    {QStringLiteral("followUpLocalHour"), QStringLiteral("graceDays")})
        && in.integer(QStringLiteral("followUpLocalHour"), 0, 23, &r.promiseFollowUpLocalHour)
        && in.integer(QStringLiteral("graceDays"), 0, 30, &r.promiseGraceDays)
        && in.group(QStringLiteral("retry"),
                    {QStringLiteral("backoffMinutes"), QStringLiteral("afterConversationHours"),
                     QStringLiteral("afterThirdPartyHours"), QStringLiteral("afterWrongNumberMinutes")})
        && in.integers(QStringLiteral("backoffMinutes"), 1, Week, false, &r.retryBackoffMinutes)
        && in.integer(QStringLiteral("afterConversationHours"), 0, 24 * 30, &r.afterConversationHours)
        && in.integer(QStringLiteral("afterThirdPartyHours"), 0, 24 * 30, &r.afterThirdPartyHours)
        && in.integer(QStringLiteral("afterWrongNumberMinutes"), 0, Week, &r.afterWrongNumberMinutes)
        && in.group(QStringLiteral("escalation"),
                    {QStringLiteral("minBucket"), QStringLiteral("consecutiveRefusals")})
        && in.enumeration(QStringLiteral("minBucket"), &r.escalationMinBucket)
        && in.integer(QStringLiteral("consecutiveRefusals"), 0, 100, &r.escalationRefusals)
        && in.group(QStringLiteral("suppression"), {QStringLiteral("flags")})
        && in.flags(QStringLiteral("flags"), SuppressibleFlags, &r.suppressingFlags)
        && in.group(QStringLiteral("noRecentContact"), {QStringLiteral("days")})
        && in.integer(QStringLiteral("days"), 0, 3650, &r.noRecentContactDays)
        && in.group(QStringLiteral("assignment"),
                    {QStringLiteral("juniorMaxBucket"), QStringLiteral("juniorMaxRisk"),
                     QStringLiteral("seniorFromBucket"), QStringLiteral("seniorFromRisk"),
                     QStringLiteral("maxOpenTasks"), QStringLiteral("stickySlack"),
                     QStringLiteral("newCustomerTeams")})
        && in.enumeration(QStringLiteral("juniorMaxBucket"), &r.assignment.juniorMaxBucket)
        && in.enumeration(QStringLiteral("juniorMaxRisk"), &r.assignment.juniorMaxRisk)
        && in.enumeration(QStringLiteral("seniorFromBucket"), &r.assignment.seniorFromBucket)
        && in.enumeration(QStringLiteral("seniorFromRisk"), &r.assignment.seniorFromRisk)
        && in.integer(QStringLiteral("maxOpenTasks"), 0, 1'000'000, &r.assignment.maxOpenTasks)
        && in.integer(QStringLiteral("stickySlack"), 0, 1'000'000, &r.assignment.stickySlack)
        && in.namesByBucket(QStringLiteral("newCustomerTeams"), &r.assignment.newCustomerTeams);
    if (!ok)
        return Error{ErrorCode::InvalidInput, error};
    // The suppression list is kept in the order plan() reports it, whatever order the file gives.
    QList<CustomerFlag> ordered;
    for (CustomerFlag f : SuppressibleFlags)
        if (r.suppressingFlags.contains(f))
            ordered << f;
    r.suppressingFlags = ordered;
    std::sort(r.reminderDaysBefore.begin(), r.reminderDaysBefore.end(), std::greater<int>());
    std::sort(r.dpdMilestones.begin(), r.dpdMilestones.end());
    return r;
}

// ---- plan ---------------------------------------------------------------------------------------

bool rightParty(Outcome o)
{
    switch (o) {
    case Outcome::RightPartyContact:
    case Outcome::Refused:
    case Outcome::PromiseToPay:
    case Outcome::Paid:
    case Outcome::Dispute:
    case Outcome::Hardship:
    case Outcome::Callback: return true;
    case Outcome::NoAnswer:
    case Outcome::Busy:
    case Outcome::InvalidNumber:
    case Outcome::WrongParty:
    case Outcome::ThirdParty:
    case Outcome::NetworkError: return false;
    }
    return false;
}

namespace {

QDateTime attemptEnd(const Interaction &i) { return i.endedAt.isValid() ? i.endedAt : i.startedAt; }

/// Calls that reached the debtor's network, oldest first (a call our own line failed to place is no
/// attempt on the debtor and starts no backoff).
QList<Interaction> callsInOrder(const QList<Interaction> &all)
{
    QList<Interaction> calls;
    for (const Interaction &i : all)
        if (i.channel == Channel::Call && i.outcome != Outcome::NetworkError)
            calls << i;
    std::stable_sort(calls.begin(), calls.end(), [](const Interaction &a, const Interaction &b) {
        return a.startedAt != b.startedAt ? a.startedAt < b.startedAt : a.id < b.id;
    });
    return calls;
}

bool failedAttempt(Outcome o) { return o == Outcome::NoAnswer || o == Outcome::Busy; }

Quiet quietFor(CustomerFlag f)
{
    switch (f) {
    case CustomerFlag::Deceased: return Quiet::Deceased;
    case CustomerFlag::Legal: return Quiet::Legal;
    case CustomerFlag::DoNotCall: return Quiet::DoNotCall;
    case CustomerFlag::Dispute: return Quiet::Dispute;
    case CustomerFlag::HardshipHold: return Quiet::HardshipHold;
    default: return Quiet::NothingDue;
    }
}

}  // namespace

QString lastReachedBy(const QList<Interaction> &interactions)
{
    const QList<Interaction> calls = callsInOrder(interactions);
    for (auto it = calls.crbegin(); it != calls.crend(); ++it)
        if (rightParty(it->outcome))
            return it->agent;
    return {};
}

TaskPlan plan(const RuleSet &rules, const CustomerFacts &facts, const QDateTime &nowUtc)
{
    const Customer &c = facts.customer;
    const QDateTime localNow = compliance::localTime(c, nowUtc);
    const QTimeZone zone = localNow.timeZone();
    const QDate today = localNow.date();
    const auto at = [&zone](const QDate &d, int hour) { return QDateTime(d, QTime(hour, 0), zone).toUTC(); };

    TaskPlan p;
    p.dpd = delinquency::daysPastDue(facts.loans, today);
    p.bucket = delinquency::bucketFor(p.dpd);
    QDate nextDue;
    for (const Loan &l : facts.loans) {
        p.overdue += delinquency::overdueAmount(l.installments, today);
        if (const Installment *n = delinquency::nextDue(l.installments, today))
            if (!nextDue.isValid() || n->dueDate < nextDue)
                nextDue = n->dueDate;
    }

    // A hardship hold ends after its date: from then on the flag no longer holds anything back.
    CustomerFlags flags = c.flags;
    if ((flags & CustomerFlag::HardshipHold) && c.holdUntil.isValid() && today > c.holdUntil)
        flags &= ~CustomerFlags(CustomerFlag::HardshipHold);
    for (CustomerFlag f : rules.suppressingFlags) {
        if (flags & f) {
            p.quiet = quietFor(f);
            return p;
        }
    }

    const QList<Interaction> calls = callsInOrder(facts.interactions);
    const Interaction *last = calls.isEmpty() ? nullptr : &calls.last();
    const Interaction *lastReached = nullptr;
    for (auto it = calls.crbegin(); it != calls.crend() && !lastReached; ++it)
        if (rightParty(it->outcome))
            lastReached = &*it;

    // When the next attempt may be made, whatever the rule.
    QDateTime waitUntil;
    bool retrying = false;
    if (last) {
        const QDateTime end = attemptEnd(*last);
        if (failedAttempt(last->outcome)) {
            int failures = 0;
            for (auto it = calls.crbegin(); it != calls.crend() && failedAttempt(it->outcome); ++it)
                ++failures;
            const int step = qMin(failures, int(rules.retryBackoffMinutes.size())) - 1;
            waitUntil = end.addSecs(qint64(rules.retryBackoffMinutes.value(step, 60)) * 60);
            retrying = true;
        } else if (last->outcome == Outcome::ThirdParty) {
            waitUntil = end.addSecs(qint64(rules.afterThirdPartyHours) * 3600);
        } else if (last->outcome == Outcome::WrongParty || last->outcome == Outcome::InvalidNumber) {
            waitUntil = end.addSecs(qint64(rules.afterWrongNumberMinutes) * 60);
        } else if (last->outcome != Outcome::Callback) {
            waitUntil = end.addSecs(qint64(rules.afterConversationHours) * 3600);
        }
    }

    priority::Input in;
    in.dpd = p.dpd;
    in.overdueAmount = p.overdue;
    in.risk = c.risk;
    in.flags = flags;
    in.nextDueDate = nextDue;
    if (lastReached)
        in.daysSinceContact = int(compliance::localTime(c, attemptEnd(*lastReached)).date().daysTo(today));
    else if (p.dpd > 0)
        in.daysSinceContact = p.dpd;  // never reached: overdue all that time without a word
    in.noRecentContact =
        p.dpd > 0 && rules.noRecentContactDays > 0 && in.daysSinceContact >= rules.noRecentContactDays;

    QDateTime eventAt;  // when the rule's work falls due
    bool waits = true;  // the wait after the last attempt applies

    // callback: the last call asked for one
    if (last && last->outcome == Outcome::Callback && last->callbackAt.isValid()) {
        p.rule = rule::Callback;
        eventAt = last->callbackAt;
        waits = false;
        in.callbackAt = eventAt;
    }

    // escalation: N refusals in a row (attempts that reached nobody do not break the run)
    if (p.rule.isEmpty() && rules.escalationRefusals > 0 && p.bucket >= rules.escalationMinBucket
        && !(c.flags & CustomerFlag::Legal)) {
        int refusals = 0;
        const Interaction *lastRefusal = nullptr;
        for (auto it = calls.crbegin(); it != calls.crend() && refusals < rules.escalationRefusals; ++it) {
            if (!rightParty(it->outcome))
                continue;
            if (it->outcome != Outcome::Refused)
                break;
            if (!lastRefusal)
                lastRefusal = &*it;
            ++refusals;
        }
        if (refusals >= rules.escalationRefusals) {
            p.rule = rule::Escalation;
            eventAt = attemptEnd(*lastRefusal);
            waits = false;  // a review of the file, not a call
            in.legalReview = true;
        }
    }

    // promises: the newest one that is not kept
    if (p.rule.isEmpty()) {
        const Promise *promise = nullptr;
        for (const Promise &pr : facts.promises)
            if (!promise || pr.createdAt > promise->createdAt
                || (pr.createdAt == promise->createdAt && pr.id > promise->id))
                promise = &pr;
        if (promise && promise->status != PromiseStatus::Kept && promise->dueDate.isValid()) {
            const QDate lastGraceDay = promise->dueDate.addDays(rules.promiseGraceDays);
            const QDateTime brokenAt =
                promise->status != PromiseStatus::Pending && promise->decidedAt.isValid()
                ? promise->decidedAt
                : at(lastGraceDay.addDays(1), 0);
            in.hasPromise = true;
            in.promiseDue = promise->dueDate;
            if (promise->status == PromiseStatus::Pending && today <= lastGraceDay) {
                p.rule = rule::PromiseDue;
                in.promiseStatus = PromiseStatus::Pending;
                if (today <= promise->dueDate) {
                    eventAt = at(promise->dueDate, rules.promiseFollowUpLocalHour);
                } else {
                    // Grace days: the payment may still be on its way; nothing to do until it is late.
                    p.rule = rule::BrokenPromise;
                    in.promiseStatus = PromiseStatus::Broken;
                    eventAt = brokenAt;
                }
            } else {
                in.promiseStatus = promise->status == PromiseStatus::Partial ? PromiseStatus::Partial
                                                                             : PromiseStatus::Broken;
                // Broken and not yet talked about: once the debtor was reached after the break, the
                // ordinary rules take over again.
                const bool discussed = lastReached && attemptEnd(*lastReached) >= brokenAt;
                if (!discussed) {
                    p.rule = rule::BrokenPromise;
                    eventAt = brokenAt;
                } else {
                    in.hasPromise = false;
                }
            }
        }
    }

    // the floor: overdue accounts and reminders
    if (p.rule.isEmpty()) {
        if (p.dpd > 0 && rules.dpdMilestones.contains(p.dpd)) {
            p.rule = rule::DpdMilestone;
            eventAt = at(today, 0);
            in.dpdMilestone = true;
        } else if (p.dpd > 0 && rules.collectBetweenMilestones) {
            p.rule = rule::Overdue;
            const Installment *oldest = nullptr;
            for (const Loan &l : facts.loans)
                if (const Installment *o = delinquency::oldestUnpaid(l.installments, today))
                    if (!oldest || o->dueDate < oldest->dueDate)
                        oldest = o;
            eventAt = at(oldest ? oldest->dueDate.addDays(1) : today, 0);
        } else if (p.dpd == 0 && nextDue.isValid()
                   && rules.reminderDaysBefore.contains(int(today.daysTo(nextDue)))) {
            p.rule = rule::Reminder;
            eventAt = at(today, 0);
            in.reminderDue = true;
        }
    }

    if (p.rule.isEmpty()) {
        p.quiet = Quiet::NothingDue;
        return p;
    }

    QDateTime eligible = eventAt;
    if (waits && waitUntil.isValid() && waitUntil > eligible)
        eligible = waitUntil;
    p.hasTask = true;
    p.due = eligible;
    if (eligible > nowUtc) {
        p.status = TaskStatus::Deferred;
        p.nextEligible = eligible;
    } else {
        p.status = TaskStatus::Open;
        in.retryDue = retrying && waits;
    }
    // A deferred task is ranked as it will stand when it opens (as TaskService ranks a callback).
    const QDateTime rankAt = qMax(eligible, nowUtc);
    const priority::Result score = priority::score(in, rankAt, compliance::localTime(c, rankAt).date());
    p.kind = score.kind;
    p.priority = score.score;
    p.reasons = score.reasons;
    return p;
}

}  // namespace cd::taskrules
