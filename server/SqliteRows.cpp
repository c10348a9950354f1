#include "SqliteRows.h"

#include "Codec.h"

#include <QStringList>

namespace cd::server::sqlrows {

QVariant time(const QDateTime &t) { return t.isValid() ? QVariant(proto::isoUtc(t)) : QVariant(); }

QDateTime toTime(const QVariant &v) { return v.isNull() ? QDateTime() : proto::parseIsoUtc(v.toString()); }

QVariant date(const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); }

QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant text(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }

QString reasonsKey(const QList<ReasonCode> &reasons)
{
    QStringList keys;
    for (ReasonCode r : reasons)
        keys << enumKey(r);
    return keys.join(QLatin1Char(','));
}

QList<ReasonCode> toReasons(const QVariant &v)
{
    QList<ReasonCode> out;
    const QString s = v.toString();
    if (s.isEmpty())
        return out;
    for (const QString &key : s.split(QLatin1Char(','))) {
        bool known = false;
        const int c = QMetaEnum::fromType<ReasonCode>().keyToValue(key.toLatin1().constData(), &known);
        if (known)
            out << static_cast<ReasonCode>(c);
    }
    return out;
}

QString fromRiskFactors(const QList<RiskFactor> &factors)
{
    QStringList keys;
    for (RiskFactor f : factors)
        keys << enumKey(f);
    return keys.join(QLatin1Char(','));
}

QList<RiskFactor> toRiskFactors(const QVariant &v)
{
    QList<RiskFactor> out;
    const QMetaEnum e = QMetaEnum::fromType<RiskFactor>();
    for (const QString &key : v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int f = e.keyToValue(key.toLatin1().constData(), &ok);
        if (ok)
            out << static_cast<RiskFactor>(f);
    }
    return out;
}

const char *const CustomerColumns = "id, name, gender, id_number, birth_date, province, city, time_zone, "
                                    "occupation, employer, address, risk, risk_score, flags, hold_until, risk_factors, "
                                    "bank_card";

Customer readCustomer(const QSqlQuery &q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.gender = toEnum(q.value(2), Gender::Female);
    c.idNumber = q.value(3).toString();
    c.birthDate = toDate(q.value(4));
    c.province = q.value(5).toString();
    c.city = q.value(6).toString();
    c.timeZone = q.value(7).toString();
    c.occupation = q.value(8).toString();
    c.employer = q.value(9).toString();
    c.address = q.value(10).toString();
    c.risk = toEnum(q.value(11), RiskGrade::C);
    c.riskScore = q.value(12).toInt();
    c.flags = CustomerFlags::fromInt(q.value(13).toInt());
    c.holdUntil = toDate(q.value(14));
    c.riskFactors = toRiskFactors(q.value(15));
    c.bankCard = q.value(16).toString();
    return c;
}

const char *const PhoneColumns = "id, customer_id, number, type, relation, contact_name, status";

Phone readPhone(const QSqlQuery &q)
{
    Phone p;
    p.id = q.value(0).toLongLong();
    p.customerId = q.value(1).toLongLong();
    p.number = q.value(2).toString();
    p.type = toEnum(q.value(3), PhoneType::Mobile);
    p.relation = toEnum(q.value(4), Relation::Self);
    p.contactName = q.value(5).toString();
    p.status = toEnum(q.value(6), PhoneStatus::Valid);
    return p;
}

const char *const TaskColumns = "id, customer_id, kind, status, priority, reasons, due, assignee, attempts, "
                                "next_eligible, dpd, bucket, overdue_fen";

Task readTask(const QSqlQuery &q)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.customerId = q.value(1).toLongLong();
    t.kind = toEnum(q.value(2), TaskKind::Collection);
    t.status = toEnum(q.value(3), TaskStatus::Open);
    t.priority = q.value(4).toLongLong();
    t.reasons = toReasons(q.value(5));
    t.due = toTime(q.value(6));
    t.assignee = q.value(7).toString();
    t.attempts = q.value(8).toInt();
    t.nextEligible = toTime(q.value(9));
    return t;
}

const char *const InteractionColumns = "id, customer_id, task_id, channel, phone_number, agent, started_at, "
                                       "answered_at, ended_at, outcome, note, "
                                       "promise_amount_fen, promise_date, callback_at, sms_status, sms_reason, "
                                       // The call's stored recording (schema 5), if complete: every reader of
                                       // interactions (pull snapshots too) then carries it.
                                       "(SELECT r.id FROM recordings r WHERE r.interaction_id = interactions.id "
                                       "AND r.complete = 1), "
                                       "(SELECT r.sha256 || '|' || r.bytes || '|' || r.duration_ms || '|' || "
                                       "r.retain_until FROM recordings r WHERE r.interaction_id = interactions.id "
                                       "AND r.complete = 1)";

Interaction readInteraction(const QSqlQuery &q)
{
    Interaction i;
    i.id = q.value(0).toLongLong();
    i.customerId = q.value(1).toLongLong();
    i.taskId = q.value(2).toLongLong();
    i.channel = toEnum(q.value(3), Channel::Call);
    i.phoneNumber = q.value(4).toString();
    i.agent = q.value(5).toString();
    i.startedAt = toTime(q.value(6));
    i.answeredAt = toTime(q.value(7));
    i.endedAt = toTime(q.value(8));
    i.outcome = toEnum(q.value(9), Outcome::NoAnswer);
    i.note = q.value(10).toString();
    i.promiseAmount = q.value(11).toLongLong();
    i.promiseDate = toDate(q.value(12));
    i.callbackAt = toTime(q.value(13));
    i.smsStatus = toEnum(q.value(14), SmsStatus::Queued);
    i.smsReason = q.value(15).toString();
    i.recordingId = q.value(16).toLongLong();
    if (i.recordingId > 0) {
        const QStringList facts = q.value(17).toString().split(QLatin1Char('|'));
        if (facts.size() == 4) {
            i.recordingSha256 = facts[0];
            i.recordingBytes = facts[1].toLongLong();
            i.recordingDurationMs = facts[2].toLongLong();
            i.recordingRetainUntil = toTime(facts[3]);
        }
    }
    return i;
}

const char *const PromiseColumns =
    "id, customer_id, interaction_id, amount_fen, due_date, status, created_at, paid_fen, decided_at";

Promise readPromise(const QSqlQuery &q)
{
    Promise p;
    p.id = q.value(0).toLongLong();
    p.customerId = q.value(1).toLongLong();
    p.interactionId = q.value(2).toLongLong();
    p.amount = q.value(3).toLongLong();
    p.dueDate = toDate(q.value(4));
    p.status = toEnum(q.value(5), PromiseStatus::Pending);
    p.createdAt = toTime(q.value(6));
    p.paid = q.value(7).toLongLong();
    p.decidedAt = toTime(q.value(8));
    return p;
}

}  // namespace cd::server::sqlrows
