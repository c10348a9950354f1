#include "Codec.h"

#include <QTimeZone>

#include <cmath>

namespace cd::proto {

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseIsoUtc(const QString &s)
{
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid())
        return {};
    // Without "Z" or an offset Qt reads the string as this machine's local time, so a client in
    // Beijing and a server in UTC would read different instants. The wire speaks UTC: read it so.
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), Qt::UTC);
    return t.toUTC();
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

namespace {

// Strict readers: `ok` turns false when a present key has the wrong type or a required key is missing.
struct Reader {
    const QJsonObject &o;
    bool ok = true;

    qint64 integer(const char *key, bool required = true, qint64 fallback = 0)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            ok &= !required;
            return fallback;
        }
        if (!v.isDouble()) {
            ok = false;
            return fallback;
        }
        // Fractions and values outside qint64 are wrong types; converting the latter with a cast
        // would be undefined behaviour (an attacker controls the number).
        const double d = v.toDouble();
        constexpr double limit = 9223372036854775808.0;  // 2^63
        if (!std::isfinite(d) || d != std::trunc(d) || d < -limit || d >= limit) {
            ok = false;
            return fallback;
        }
        return v.toInteger();  // exact even beyond 2^53 when the parser kept an integer
    }
    QString string(const char *key, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            ok &= !required;
            return {};
        }
        if (!v.isString()) {
            ok = false;
            return {};
        }
        return v.toString();
    }
    // An empty string is "no value": fine for an optional key, a failure for a required one.
    QDateTime time(const char *key, bool required = false)
    {
        const QString s = string(key, required);
        if (s.isEmpty()) {
            ok &= !required;
            return {};
        }
        const QDateTime t = parseIsoUtc(s);
        ok &= t.isValid();
        return t;
    }
    QDate date(const char *key, bool required = false)
    {
        const QString s = string(key, required);
        if (s.isEmpty()) {
            ok &= !required;
            return {};
        }
        // Exactly yyyy-MM-dd: Qt::ISODate would also take "2026/11/30" and "2026-11-30T23:00-05:00"
        // (dropping the time, which may be another day for the debtor).
        const QDate d = QDate::fromString(s, QStringLiteral("yyyy-MM-dd"));
        ok &= d.isValid();
        return d;
    }
    template <typename E> E enumeration(const char *key, E fallback, bool required = true)
    {
        const QString s = string(key, required);
        if (s.isEmpty()) {
            // Missing or null: the fallback (string() has already failed a required key). A present
            // "" is not a key of any enum, so it fails like any unknown key.
            if (o.value(QLatin1String(key)).isString())
                ok = false;
            return fallback;
        }
        bool known = false;
        const int v = QMetaEnum::fromType<E>().keyToValue(s.toLatin1().constData(), &known);
        ok &= known;
        return known ? static_cast<E>(v) : fallback;
    }
    QJsonArray array(const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            ok = false;
        return v.toArray();
    }
};

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(isoUtc(t)) : QJsonValue();
}
QJsonValue dateValue(const QDate &d)
{
    return d.isValid() ? QJsonValue(isoDate(d)) : QJsonValue();
}

QJsonArray flagsToJson(CustomerFlags f)
{
    QJsonArray a;
    for (CustomerFlag flag : {CustomerFlag::Dispute, CustomerFlag::HardshipHold, CustomerFlag::DoNotCall,
                              CustomerFlag::Vulnerable, CustomerFlag::Legal, CustomerFlag::Deceased})
        if (f.testFlag(flag))
            a.append(enumKey(flag));
    return a;
}

std::optional<Installment> installmentFromJson(const QJsonObject &o)
{
    Reader r{o};
    Installment i;
    i.id = r.integer("id");
    i.loanId = r.integer("loanId", false);
    i.seq = int(r.integer("seq"));
    i.dueDate = r.date("dueDate", true);
    i.principalDue = r.integer("principalFen", false);
    i.interestDue = r.integer("interestFen", false);
    i.feeDue = r.integer("feeFen", false);
    i.penaltyDue = r.integer("penaltyFen", false);
    i.paid = r.integer("paidFen", false);
    i.waived = r.integer("waivedFen", false);
    return r.ok ? std::optional<Installment>(i) : std::nullopt;
}

std::optional<Payment> paymentFromJson(const QJsonObject &o)
{
    Reader r{o};
    Payment p;
    p.id = r.integer("id");
    p.loanId = r.integer("loanId", false);
    p.paidAt = r.time("paidAt", true);
    p.amount = r.integer("amountFen");
    p.channel = r.string("channel");
    return r.ok ? std::optional<Payment>(p) : std::nullopt;
}

} // namespace

QJsonObject toJson(const Customer &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("gender"), enumKey(c.gender)},
            {QStringLiteral("idNumber"), c.idNumber},
            {QStringLiteral("bankCard"), c.bankCard},
            {QStringLiteral("birthDate"), dateValue(c.birthDate)},
            {QStringLiteral("province"), c.province},
            {QStringLiteral("city"), c.city},
            {QStringLiteral("timeZone"), c.timeZone},
            {QStringLiteral("occupation"), c.occupation},
            {QStringLiteral("employer"), c.employer},
            {QStringLiteral("address"), c.address},
            {QStringLiteral("risk"), enumKey(c.risk)},
            {QStringLiteral("riskScore"), c.riskScore},
            {QStringLiteral("flags"), flagsToJson(c.flags)},
            {QStringLiteral("holdUntil"), dateValue(c.holdUntil)},
            {QStringLiteral("riskFactors"), [&c] {
                 QJsonArray a;
                 for (RiskFactor f : c.riskFactors)
                     a.append(enumKey(f));
                 return a;
             }()}};
}

std::optional<Customer> customerFromJson(const QJsonObject &o)
{
    Reader r{o};
    Customer c;
    c.id = r.integer("id");
    c.name = r.string("name", true);
    c.gender = r.enumeration("gender", Gender::Female, false);
    c.idNumber = r.string("idNumber");
    c.bankCard = r.string("bankCard");
    c.birthDate = r.date("birthDate");
    c.province = r.string("province");
    c.city = r.string("city");
    c.timeZone = r.string("timeZone");
    if (c.timeZone.isEmpty())
        c.timeZone = QStringLiteral("Asia/Shanghai");
    c.occupation = r.string("occupation");
    c.employer = r.string("employer");
    c.address = r.string("address");
    c.risk = r.enumeration("risk", RiskGrade::C, false);
    c.riskScore = int(r.integer("riskScore", false));
    for (const QJsonValue &v : r.array("flags")) {
        bool known = false;
        const int f = QMetaEnum::fromType<CustomerFlag>().keyToValue(v.toString().toLatin1().constData(), &known);
        if (!v.isString() || !known)
            return std::nullopt;
        c.flags |= static_cast<CustomerFlag>(f);
    }
    c.holdUntil = r.date("holdUntil");
    for (const QJsonValue &v : r.array("riskFactors")) {
        bool known = false;
        const int f = QMetaEnum::fromType<RiskFactor>().keyToValue(v.toString().toLatin1().constData(), &known);
        if (!v.isString() || !known)
            return std::nullopt;
        c.riskFactors << static_cast<RiskFactor>(f);
    }
    return r.ok ? std::optional<Customer>(c) : std::nullopt;
}

QJsonObject toJson(const Phone &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("customerId"), p.customerId},
            {QStringLiteral("number"), p.number},
            {QStringLiteral("type"), enumKey(p.type)},
            {QStringLiteral("relation"), enumKey(p.relation)},
            {QStringLiteral("contactName"), p.contactName},
            {QStringLiteral("status"), enumKey(p.status)}};
}

std::optional<Phone> phoneFromJson(const QJsonObject &o)
{
    Reader r{o};
    Phone p;
    p.id = r.integer("id");
    p.customerId = r.integer("customerId");
    p.number = r.string("number", true);
    p.type = r.enumeration("type", PhoneType::Mobile, false);
    p.relation = r.enumeration("relation", Relation::Self, false);
    p.contactName = r.string("contactName");
    p.status = r.enumeration("status", PhoneStatus::Valid, false);
    return r.ok ? std::optional<Phone>(p) : std::nullopt;
}

QJsonObject toJson(const Loan &l)
{
    QJsonArray installments, payments;
    for (const Installment &i : l.installments)
        installments.append(QJsonObject{{QStringLiteral("id"), i.id},
                                        {QStringLiteral("loanId"), i.loanId},
                                        {QStringLiteral("seq"), i.seq},
                                        {QStringLiteral("dueDate"), dateValue(i.dueDate)},
                                        {QStringLiteral("principalFen"), i.principalDue},
                                        {QStringLiteral("interestFen"), i.interestDue},
                                        {QStringLiteral("feeFen"), i.feeDue},
                                        {QStringLiteral("penaltyFen"), i.penaltyDue},
                                        {QStringLiteral("paidFen"), i.paid},
                                        {QStringLiteral("waivedFen"), i.waived}});
    for (const Payment &p : l.payments)
        payments.append(QJsonObject{{QStringLiteral("id"), p.id},
                                    {QStringLiteral("loanId"), p.loanId},
                                    {QStringLiteral("paidAt"), timeValue(p.paidAt)},
                                    {QStringLiteral("amountFen"), p.amount},
                                    {QStringLiteral("channel"), p.channel}});
    return {{QStringLiteral("id"), l.id},
            {QStringLiteral("customerId"), l.customerId},
            {QStringLiteral("contractNo"), l.contractNo},
            {QStringLiteral("product"), enumKey(l.product)},
            {QStringLiteral("principalFen"), l.principal},
            {QStringLiteral("termMonths"), l.termMonths},
            {QStringLiteral("annualRateBp"), l.annualRateBp},
            {QStringLiteral("disbursed"), dateValue(l.disbursed)},
            {QStringLiteral("status"), enumKey(l.status)},
            {QStringLiteral("installments"), installments},
            {QStringLiteral("payments"), payments}};
}

std::optional<Loan> loanFromJson(const QJsonObject &o)
{
    Reader r{o};
    Loan l;
    l.id = r.integer("id");
    l.customerId = r.integer("customerId");
    l.contractNo = r.string("contractNo", true);
    l.product = r.enumeration("product", ProductType::CashLoan);
    l.principal = r.integer("principalFen");
    l.termMonths = int(r.integer("termMonths", false));
    l.annualRateBp = int(r.integer("annualRateBp", false));
    l.disbursed = r.date("disbursed");
    l.status = r.enumeration("status", LoanStatus::Active, false);
    for (const QJsonValue &v : r.array("installments")) {
        auto i = v.isObject() ? installmentFromJson(v.toObject()) : std::nullopt;
        if (!i)
            return std::nullopt;
        i->loanId = l.id;
        l.installments << *i;
    }
    for (const QJsonValue &v : r.array("payments")) {
        auto p = v.isObject() ? paymentFromJson(v.toObject()) : std::nullopt;
        if (!p)
            return std::nullopt;
        p->loanId = l.id;
        l.payments << *p;
    }
    return r.ok ? std::optional<Loan>(l) : std::nullopt;
}

QJsonObject toJson(const Task &t)
{
    QJsonArray reasons;
    for (ReasonCode c : t.reasons)
        reasons.append(enumKey(c));
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("customerId"), t.customerId},
            {QStringLiteral("kind"), enumKey(t.kind)},
            {QStringLiteral("status"), enumKey(t.status)},
            {QStringLiteral("priority"), t.priority},
            {QStringLiteral("reasons"), reasons},
            {QStringLiteral("due"), timeValue(t.due)},
            {QStringLiteral("assignee"), t.assignee},
            {QStringLiteral("attempts"), t.attempts},
            {QStringLiteral("nextEligible"), timeValue(t.nextEligible)}};
}

std::optional<Task> taskFromJson(const QJsonObject &o)
{
    Reader r{o};
    Task t;
    t.id = r.integer("id");
    t.customerId = r.integer("customerId");
    t.kind = r.enumeration("kind", TaskKind::Collection);
    t.status = r.enumeration("status", TaskStatus::Open);
    t.priority = r.integer("priority", false);
    for (const QJsonValue &v : r.array("reasons")) {
        bool known = false;
        const int c = QMetaEnum::fromType<ReasonCode>().keyToValue(v.toString().toLatin1().constData(), &known);
        if (!v.isString() || !known)
            return std::nullopt;
        t.reasons << static_cast<ReasonCode>(c);
    }
    t.due = r.time("due");
    t.assignee = r.string("assignee");
    t.attempts = int(r.integer("attempts", false));
    t.nextEligible = r.time("nextEligible");
    return r.ok ? std::optional<Task>(t) : std::nullopt;
}

QJsonObject toJson(const Interaction &i)
{
    QJsonObject o{{QStringLiteral("id"), i.id},
            {QStringLiteral("customerId"), i.customerId},
            {QStringLiteral("taskId"), i.taskId},
            {QStringLiteral("channel"), enumKey(i.channel)},
            {QStringLiteral("phoneNumber"), i.phoneNumber},
            {QStringLiteral("agent"), i.agent},
            {QStringLiteral("startedAt"), timeValue(i.startedAt)},
            {QStringLiteral("answeredAt"), timeValue(i.answeredAt)},
            {QStringLiteral("endedAt"), timeValue(i.endedAt)},
            {QStringLiteral("outcome"), enumKey(i.outcome)},
            {QStringLiteral("note"), i.note},
            {QStringLiteral("promiseAmountFen"), i.promiseAmount},
            {QStringLiteral("promiseDate"), dateValue(i.promiseDate)},
            {QStringLiteral("callbackAt"), timeValue(i.callbackAt)}};
    if (i.channel == Channel::Sms) {  // a call has no delivery state: the keys stay off its JSON
        o.insert(QStringLiteral("smsStatus"), enumKey(i.smsStatus));
        o.insert(QStringLiteral("smsReason"), i.smsReason);
    }
    if (i.recordingId > 0) {  // the local path never goes on the wire: only what the server holds
        o.insert(QStringLiteral("recording"),
                 QJsonObject{{QStringLiteral("id"), i.recordingId},
                             {QStringLiteral("sha256"), i.recordingSha256},
                             {QStringLiteral("bytes"), i.recordingBytes},
                             {QStringLiteral("durationMs"), i.recordingDurationMs},
                             {QStringLiteral("retainUntil"), timeValue(i.recordingRetainUntil)}});
    }
    return o;
}

std::optional<Interaction> interactionFromJson(const QJsonObject &o)
{
    Reader r{o};
    Interaction i;
    i.id = r.integer("id");
    i.customerId = r.integer("customerId");
    i.taskId = r.integer("taskId", false);
    i.channel = r.enumeration("channel", Channel::Call, false);
    i.phoneNumber = r.string("phoneNumber");
    i.agent = r.string("agent");
    i.startedAt = r.time("startedAt");
    i.answeredAt = r.time("answeredAt");
    i.endedAt = r.time("endedAt");
    i.outcome = r.enumeration("outcome", Outcome::NoAnswer);
    i.note = r.string("note");
    i.promiseAmount = r.integer("promiseAmountFen", false);
    i.promiseDate = r.date("promiseDate");
    i.callbackAt = r.time("callbackAt");
    i.smsStatus = r.enumeration("smsStatus", SmsStatus::Queued, false);
    i.smsReason = r.string("smsReason");
    if (o.contains(QStringLiteral("recording"))) {
        const QJsonValue v = o.value(QStringLiteral("recording"));
        if (!v.isObject())
            return std::nullopt;
        const QJsonObject ro = v.toObject();
        Reader rec{ro};
        i.recordingId = rec.integer("id");
        i.recordingSha256 = rec.string("sha256", true);
        i.recordingBytes = rec.integer("bytes");
        i.recordingDurationMs = rec.integer("durationMs", false);
        i.recordingRetainUntil = rec.time("retainUntil");
        if (!rec.ok || i.recordingId <= 0 || i.recordingBytes < 0)
            return std::nullopt;
    }
    return r.ok ? std::optional<Interaction>(i) : std::nullopt;
}

QJsonObject toJson(const Promise &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("customerId"), p.customerId},
            {QStringLiteral("interactionId"), p.interactionId},
            {QStringLiteral("amountFen"), p.amount},
            {QStringLiteral("dueDate"), dateValue(p.dueDate)},
            {QStringLiteral("status"), enumKey(p.status)},
            {QStringLiteral("createdAt"), timeValue(p.createdAt)},
            {QStringLiteral("paidFen"), p.paid},
            {QStringLiteral("decidedAt"), timeValue(p.decidedAt)}};
}

std::optional<Promise> promiseFromJson(const QJsonObject &o)
{
    Reader r{o};
    Promise p;
    p.id = r.integer("id");
    p.customerId = r.integer("customerId");
    p.interactionId = r.integer("interactionId", false);
    p.amount = r.integer("amountFen");
    p.dueDate = r.date("dueDate", true);
    p.status = r.enumeration("status", PromiseStatus::Pending, false);
    p.createdAt = r.time("createdAt");
    p.paid = r.integer("paidFen", false);
    p.decidedAt = r.time("decidedAt");
    return r.ok ? std::optional<Promise>(p) : std::nullopt;
}

QJsonObject overrideToJson(const compliance::Override &o, qint64 customerId)
{
    return {{QStringLiteral("id"), o.id},
            {QStringLiteral("customerId"), customerId},
            {QStringLiteral("rule"), enumKey(o.rule)},
            {QStringLiteral("phoneNumber"), o.phoneNumber},
            {QStringLiteral("reason"), o.reason},
            {QStringLiteral("lead"), o.lead},
            {QStringLiteral("expiresAt"), timeValue(o.expiresAt)}};
}

std::optional<std::pair<qint64, compliance::Override>> overrideFromJson(const QJsonObject &o)
{
    Reader r{o};
    compliance::Override out;
    out.id = r.integer("id");
    const qint64 customerId = r.integer("customerId");
    out.rule = r.enumeration("rule", compliance::Rule::Allowed);
    out.phoneNumber = r.string("phoneNumber");
    out.reason = r.string("reason");
    out.lead = r.string("lead");
    out.expiresAt = r.time("expiresAt", true);
    if (!r.ok || out.rule == compliance::Rule::Allowed)
        return std::nullopt;
    return std::pair{customerId, out};
}

QJsonObject toJson(const BucketChange &b)
{
    return {{QStringLiteral("id"), b.id},
            {QStringLiteral("customerId"), b.customerId},
            {QStringLiteral("loanId"), b.loanId},
            {QStringLiteral("at"), timeValue(b.at)},
            {QStringLiteral("from"), enumKey(b.from)},
            {QStringLiteral("to"), enumKey(b.to)},
            {QStringLiteral("dpd"), b.dpd}};
}

std::optional<BucketChange> bucketChangeFromJson(const QJsonObject &o)
{
    Reader r{o};
    BucketChange b;
    b.id = r.integer("id");
    b.customerId = r.integer("customerId");
    b.loanId = r.integer("loanId", false);
    b.at = r.time("at", true);
    b.from = r.enumeration("from", Bucket::M0, false);
    b.to = r.enumeration("to", Bucket::M0);
    b.dpd = int(r.integer("dpd", false));
    return r.ok ? std::optional<BucketChange>(b) : std::nullopt;
}

QJsonObject toJson(const Settlement &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("customerId"), s.customerId},
            {QStringLiteral("loanId"), s.loanId},
            {QStringLiteral("agent"), s.agent},
            {QStringLiteral("createdAt"), timeValue(s.createdAt)},
            {QStringLiteral("outstandingFen"), s.outstanding},
            {QStringLiteral("discountBp"), s.discountBp},
            {QStringLiteral("totalFen"), s.total},
            {QStringLiteral("instalments"), s.instalments},
            {QStringLiteral("firstAmountFen"), s.firstAmount},
            {QStringLiteral("firstDate"), dateValue(s.firstDate)},
            {QStringLiteral("note"), s.note},
            {QStringLiteral("status"), enumKey(s.status)},
            {QStringLiteral("decidedBy"), s.decidedBy},
            {QStringLiteral("decidedAt"), timeValue(s.decidedAt)},
            {QStringLiteral("decisionNote"), s.decisionNote}};
}

std::optional<Settlement> settlementFromJson(const QJsonObject &o)
{
    Reader r{o};
    Settlement s;
    s.id = r.integer("id");
    s.customerId = r.integer("customerId");
    s.loanId = r.integer("loanId");
    s.agent = r.string("agent");
    s.createdAt = r.time("createdAt");
    s.outstanding = r.integer("outstandingFen");
    s.discountBp = int(r.integer("discountBp"));
    s.total = r.integer("totalFen");
    s.instalments = int(r.integer("instalments"));
    s.firstAmount = r.integer("firstAmountFen");
    s.firstDate = r.date("firstDate", true);
    s.note = r.string("note");
    s.status = r.enumeration("status", SettlementStatus::Pending, false);
    s.decidedBy = r.string("decidedBy");
    s.decidedAt = r.time("decidedAt");
    s.decisionNote = r.string("decisionNote");
    return r.ok ? std::optional<Settlement>(s) : std::nullopt;
}

QJsonObject InteractionRecord::toJson() const
{
    return {{QStringLiteral("taskId"), taskId},
            {QStringLiteral("customerId"), customerId},
            {QStringLiteral("phoneId"), phoneId},
            {QStringLiteral("phoneNumber"), phoneNumber},
            {QStringLiteral("startedAt"), timeValue(startedAt)},
            {QStringLiteral("answeredAt"), timeValue(answeredAt)},
            {QStringLiteral("endedAt"), timeValue(endedAt)},
            {QStringLiteral("outcome"), enumKey(outcome)},
            {QStringLiteral("note"), note},
            {QStringLiteral("promiseAmountFen"), promiseAmount},
            {QStringLiteral("promiseDate"), dateValue(promiseDate)},
            {QStringLiteral("callbackAt"), timeValue(callbackAt)},
            {QStringLiteral("recordedAt"), timeValue(recordedAt)}};
}

std::optional<InteractionRecord> InteractionRecord::fromJson(const QJsonObject &o, StatusCode *error)
{
    auto fail = [error](StatusCode c) {
        if (error)
            *error = c;
        return std::nullopt;
    };
    Reader r{o};
    InteractionRecord d;
    d.taskId = r.integer("taskId");
    d.customerId = r.integer("customerId");
    d.phoneId = r.integer("phoneId", false);
    d.phoneNumber = r.string("phoneNumber");
    d.startedAt = r.time("startedAt");
    d.answeredAt = r.time("answeredAt");
    d.endedAt = r.time("endedAt");
    d.note = r.string("note");
    d.promiseAmount = r.integer("promiseAmountFen", false);
    d.promiseDate = r.date("promiseDate");
    d.callbackAt = r.time("callbackAt");
    d.recordedAt = r.time("recordedAt");
    if (!r.ok)
        return fail(StatusCode::InvalidBody);
    const QString outcome = r.string("outcome", true);
    bool known = false;
    const int v = QMetaEnum::fromType<Outcome>().keyToValue(outcome.toLatin1().constData(), &known);
    if (!r.ok)
        return fail(StatusCode::InvalidBody);
    if (!known || d.taskId <= 0 || d.customerId <= 0 || d.note.size() > 2000)
        return fail(StatusCode::InvalidValue);
    d.outcome = static_cast<Outcome>(v);
    if (d.outcome == Outcome::PromiseToPay && (d.promiseAmount <= 0 || !d.promiseDate.isValid()))
        return fail(StatusCode::InvalidValue);
    if (d.outcome == Outcome::Callback && !d.callbackAt.isValid())
        return fail(StatusCode::InvalidValue);
    if (error)
        *error = StatusCode::Ok;
    return d;
}

QJsonObject Change::toJson() const
{
    QJsonObject o{{QStringLiteral("rev"), revision},
                  {QStringLiteral("entity"), entity},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("op"), deleted ? QStringLiteral("delete") : QStringLiteral("upsert")}};
    if (!opId.isEmpty())
        o.insert(QStringLiteral("opId"), opId);
    if (!deleted)
        o.insert(QStringLiteral("data"), data);
    return o;
}

std::optional<Change> Change::fromJson(const QJsonObject &o)
{
    Reader r{o};
    Change c;
    c.revision = r.integer("rev");
    c.entity = r.string("entity", true);
    c.id = r.integer("id");
    const QString op = r.string("op", true);
    c.opId = r.string("opId");
    if (!r.ok || (op != QLatin1String("upsert") && op != QLatin1String("delete")))
        return std::nullopt;
    c.deleted = op == QLatin1String("delete");
    if (!c.deleted) {
        const QJsonValue d = o.value(QStringLiteral("data"));
        if (!d.isObject())
            return std::nullopt;
        c.data = d.toObject();
    }
    return c;
}

QJsonObject SettlementRequest::toJson() const
{
    return {{QStringLiteral("customerId"), customerId},
            {QStringLiteral("loanId"), loanId},
            {QStringLiteral("discountBp"), discountBp},
            {QStringLiteral("instalments"), instalments},
            {QStringLiteral("firstAmountFen"), firstAmount},
            {QStringLiteral("firstDate"), dateValue(firstDate)},
            {QStringLiteral("note"), note},
            {QStringLiteral("createdAt"), timeValue(createdAt)}};
}

std::optional<SettlementRequest> SettlementRequest::fromJson(const QJsonObject &o, StatusCode *error)
{
    auto fail = [error](StatusCode c) {
        if (error)
            *error = c;
        return std::nullopt;
    };
    Reader r{o};
    SettlementRequest d;
    d.customerId = r.integer("customerId");
    d.loanId = r.integer("loanId");
    const qint64 discount = r.integer("discountBp");
    const qint64 instalments = r.integer("instalments");
    d.firstAmount = r.integer("firstAmountFen", false);
    d.firstDate = r.date("firstDate", true);
    d.note = r.string("note");
    d.createdAt = r.time("createdAt");
    if (!r.ok)
        return fail(StatusCode::InvalidBody);
    // The same bounds as core/Settlement.h (0..5000 bp, 1..36), checked here so a wild number never
    // reaches an int; whether the plan works for the loan is the server's to compute.
    if (d.customerId <= 0 || d.loanId <= 0 || discount < 0 || discount > 5000 || instalments < 1
        || instalments > 36 || d.firstAmount < 0 || d.note.size() > 2000)
        return fail(StatusCode::InvalidValue);
    d.discountBp = int(discount);
    d.instalments = int(instalments);
    if (error)
        *error = StatusCode::Ok;
    return d;
}

} // namespace cd::proto
