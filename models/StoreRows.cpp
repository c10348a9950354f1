#include "StoreRows.h"

#include <QTimeZone>

Q_LOGGING_CATEGORY(lcStore, "collectdesk.store")
Q_LOGGING_CATEGORY(lcModels, "collectdesk.models")

namespace cd::rows {

bool isDiskFull(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    // Extended result codes keep the primary code in the low byte.
    return ok && (code & 0xff) == SqliteFull;
}

Error fromSql(const QSqlError &e, const QString &what, ErrorCode fallback)
{
    const ErrorCode code = isDiskFull(e) ? ErrorCode::DiskFull : fallback;
    const QString detail = what + QStringLiteral(": ") + e.text() + QStringLiteral(" [sqlite ")
        + e.nativeErrorCode() + QLatin1Char(']');
    qCWarning(lcStore).noquote() << detail;
    return Error{code, detail};
}

Result<void> prepare(QSqlQuery &q, const QString &sql)
{
    if (!q.prepare(sql))
        return fromSql(q.lastError(), QStringLiteral("prepare ") + sql.left(60));
    return {};
}

Result<void> exec(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return fromSql(q.lastError(), what);
    return {};
}

Result<void> execSql(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return fromSql(q.lastError(), sql.simplified().left(80));
    return {};
}

QVariant fromTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime toTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant fromDate(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate toDate(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// Negative ids are real: provisional rows made offline in synced mode (docs/dev/Database.md).
QVariant fromId(qint64 id) { return id != 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)); }

QVariant fromText(const QString &s) { return s.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(s); }

QString reasonsToText(const QList<ReasonCode> &reasons)
{
    QStringList keys;
    keys.reserve(reasons.size());
    for (ReasonCode r : reasons)
        keys << enumKey(r);
    return keys.isEmpty() ? QString::fromLatin1("") : keys.join(QLatin1Char(','));  // '' not NULL
}

QList<ReasonCode> reasonsFromText(const QString &text)
{
    QList<ReasonCode> out;
    if (text.isEmpty())
        return out;
    const QMetaEnum me = QMetaEnum::fromType<ReasonCode>();
    for (const QStringView key : QStringView(text).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int v = me.keyToValue(key.toLatin1().constData(), &ok);
        if (ok)
            out << static_cast<ReasonCode>(v);  // unknown keys (a newer server) are skipped
    }
    return out;
}

int utcOffsetSeconds(const QString &timeZoneId, const QDateTime &at)
{
    constexpr int ChinaStandardTime = 8 * 3600;
    // Zones are few (Shanghai, Urumqi, ...) but asked for 100k times while seeding.
    thread_local QHash<QString, QTimeZone> cache;
    auto it = cache.find(timeZoneId);
    if (it == cache.end())
        it = cache.insert(timeZoneId, QTimeZone(timeZoneId.toLatin1()));
    if (!it->isValid())
        return ChinaStandardTime;
    return it->offsetFromUtc(at.isValid() ? at : QDateTime::currentDateTimeUtc());
}

QDate localDate(const QString &timeZoneId, const QDateTime &at)
{
    return at.toUTC().addSecs(utcOffsetSeconds(timeZoneId, at)).date();
}

// ---- SQL --------------------------------------------------------------------------------------

const char *const CustomerColumns =
    "id, name, gender, id_number, birth_date, province, city, time_zone, occupation, employer, "
    "address, risk, risk_score, flags, hold_until, risk_factors, bank_card";
const char *const CustomerUpsert =
    "INSERT INTO customers(id, name, gender, id_number, birth_date, province, city, time_zone, "
    "occupation, employer, address, risk, risk_score, flags, hold_until, risk_factors, bank_card) "
    "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
    "ON CONFLICT(id) DO UPDATE SET name=excluded.name, gender=excluded.gender, "
    "id_number=excluded.id_number, birth_date=excluded.birth_date, province=excluded.province, "
    "city=excluded.city, time_zone=excluded.time_zone, occupation=excluded.occupation, "
    "employer=excluded.employer, address=excluded.address, risk=excluded.risk, "
    "risk_score=excluded.risk_score, flags=excluded.flags, hold_until=excluded.hold_until, "
    "risk_factors=excluded.risk_factors, bank_card=excluded.bank_card";

const char *const PhoneColumns = "id, customer_id, number, type, relation, contact_name, status";
const char *const PhoneUpsert =
    "INSERT INTO phones(id, customer_id, number, type, relation, contact_name, status) "
    "VALUES(?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET customer_id=excluded.customer_id, "
    "number=excluded.number, type=excluded.type, relation=excluded.relation, "
    "contact_name=excluded.contact_name, status=excluded.status";

const char *const LoanColumns =
    "id, customer_id, contract_no, product, principal_fen, term_months, annual_rate_bp, disbursed, status";
const char *const LoanUpsert =
    "INSERT INTO loans(id, customer_id, contract_no, product, principal_fen, term_months, "
    "annual_rate_bp, disbursed, status) VALUES(?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
    "customer_id=excluded.customer_id, contract_no=excluded.contract_no, product=excluded.product, "
    "principal_fen=excluded.principal_fen, term_months=excluded.term_months, "
    "annual_rate_bp=excluded.annual_rate_bp, disbursed=excluded.disbursed, status=excluded.status";

const char *const InstallmentColumns =
    "id, loan_id, seq, due_date, principal_due_fen, interest_due_fen, fee_due_fen, penalty_due_fen, "
    "paid_fen, waived_fen";
const char *const InstallmentInsert =
    "INSERT INTO installments(id, loan_id, seq, due_date, principal_due_fen, interest_due_fen, "
    "fee_due_fen, penalty_due_fen, paid_fen, waived_fen) VALUES(?,?,?,?,?,?,?,?,?,?)";

const char *const PaymentColumns = "id, loan_id, paid_at, amount_fen, channel";
const char *const PaymentInsert =
    "INSERT INTO payments(id, loan_id, paid_at, amount_fen, channel) VALUES(?,?,?,?,?)";

const char *const TaskColumns =
    "id, customer_id, kind, status, priority, reasons, due, assignee, attempts, next_eligible";
const char *const TaskInsert =
    "INSERT INTO tasks(id, customer_id, kind, status, priority, reasons, due, assignee, attempts, "
    "next_eligible, dpd, bucket, overdue_fen) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)";
const char *const TaskUpsert =
    "INSERT INTO tasks(id, customer_id, kind, status, priority, reasons, due, assignee, attempts, "
    "next_eligible, dpd, bucket, overdue_fen) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?) "
    "ON CONFLICT(id) DO UPDATE SET customer_id=excluded.customer_id, kind=excluded.kind, "
    "status=excluded.status, priority=excluded.priority, reasons=excluded.reasons, due=excluded.due, "
    "assignee=excluded.assignee, attempts=excluded.attempts, next_eligible=excluded.next_eligible, "
    "dpd=excluded.dpd, bucket=excluded.bucket, overdue_fen=excluded.overdue_fen";

const char *const InteractionColumns =
    "id, customer_id, task_id, channel, phone_number, agent, started_at, answered_at, ended_at, "
    "outcome, note, promise_amount_fen, promise_date, callback_at, sms_status, sms_reason, recording_path, "
    "recording_id, recording_sha256, recording_bytes, recording_duration_ms, recording_retain_until";
// recording_path: the server's row of a call replaces the provisional one, so a row arriving from a
// pull takes the local file from the upload queue (models/RecordingQueue.h) when that knows it. The
// server's recording (id, hash, size, length, retention) is the server's to say: a row without one
// clears it (the retention purge removed it; docs/dev/Telephony.md).
const char *const InteractionInsert =
    "INSERT INTO interactions(id, customer_id, task_id, channel, phone_number, agent, started_at, "
    "answered_at, ended_at, outcome, note, promise_amount_fen, promise_date, callback_at, sms_status, "
    "sms_reason, recording_path, recording_id, recording_sha256, recording_bytes, recording_duration_ms, "
    "recording_retain_until) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,COALESCE(?, (SELECT u.path FROM "
    "recording_uploads u WHERE u.interaction_id = ?)),?,?,?,?,?)";
const char *const InteractionUpsert =
    "INSERT INTO interactions(id, customer_id, task_id, channel, phone_number, agent, started_at, "
    "answered_at, ended_at, outcome, note, promise_amount_fen, promise_date, callback_at, sms_status, "
    "sms_reason, recording_path, recording_id, recording_sha256, recording_bytes, recording_duration_ms, "
    "recording_retain_until) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,COALESCE(?, (SELECT u.path FROM "
    "recording_uploads u WHERE u.interaction_id = ?)),?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
    "recording_path=COALESCE(excluded.recording_path, interactions.recording_path), "
    "recording_id=excluded.recording_id, recording_sha256=excluded.recording_sha256, "
    "recording_bytes=excluded.recording_bytes, recording_duration_ms=excluded.recording_duration_ms, "
    "recording_retain_until=excluded.recording_retain_until, "
    "sms_status=excluded.sms_status, sms_reason=excluded.sms_reason, "
    "customer_id=excluded.customer_id, task_id=excluded.task_id, channel=excluded.channel, "
    "phone_number=excluded.phone_number, agent=excluded.agent, started_at=excluded.started_at, "
    "answered_at=excluded.answered_at, ended_at=excluded.ended_at, outcome=excluded.outcome, "
    "note=excluded.note, promise_amount_fen=excluded.promise_amount_fen, "
    "promise_date=excluded.promise_date, callback_at=excluded.callback_at";

const char *const PromiseColumns =
    "id, customer_id, interaction_id, amount_fen, due_date, status, created_at, paid_fen, decided_at";
const char *const PromiseInsert =
    "INSERT INTO promises(id, customer_id, interaction_id, amount_fen, due_date, status, created_at, "
    "paid_fen, decided_at) VALUES(?,?,?,?,?,?,?,?,?)";
const char *const PromiseUpsert =
    "INSERT INTO promises(id, customer_id, interaction_id, amount_fen, due_date, status, created_at, "
    "paid_fen, decided_at) VALUES(?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
    "customer_id=excluded.customer_id, interaction_id=excluded.interaction_id, "
    "amount_fen=excluded.amount_fen, due_date=excluded.due_date, status=excluded.status, "
    "created_at=excluded.created_at, paid_fen=excluded.paid_fen, decided_at=excluded.decided_at";

// ---- binders ------------------------------------------------------------------------------------

void bindCustomer(QSqlQuery &q, const Customer &c)
{
    q.bindValue(0, fromId(c.id));
    q.bindValue(1, fromText(c.name));
    q.bindValue(2, fromEnum(c.gender));
    q.bindValue(3, fromText(c.idNumber));
    q.bindValue(4, fromDate(c.birthDate));
    q.bindValue(5, fromText(c.province));
    q.bindValue(6, fromText(c.city));
    q.bindValue(7, fromText(c.timeZone));
    q.bindValue(8, fromText(c.occupation));
    q.bindValue(9, fromText(c.employer));
    q.bindValue(10, fromText(c.address));
    q.bindValue(11, fromEnum(c.risk));
    q.bindValue(12, c.riskScore);
    q.bindValue(13, int(c.flags.toInt()));
    q.bindValue(14, fromDate(c.holdUntil));
    QStringList factors;
    for (RiskFactor f : c.riskFactors)
        factors << enumKey(f);
    q.bindValue(16, c.bankCard.isNull() ? QStringLiteral("") : c.bankCard);  // NOT NULL
    q.bindValue(15, factors.isEmpty() ? QStringLiteral("") : factors.join(QLatin1Char(',')));  // NOT NULL
}

void bindPhone(QSqlQuery &q, const Phone &p)
{
    q.bindValue(0, fromId(p.id));
    q.bindValue(1, p.customerId);
    q.bindValue(2, fromText(p.number));
    q.bindValue(3, fromEnum(p.type));
    q.bindValue(4, fromEnum(p.relation));
    q.bindValue(5, fromText(p.contactName));
    q.bindValue(6, fromEnum(p.status));
}

void bindLoan(QSqlQuery &q, const Loan &l)
{
    q.bindValue(0, fromId(l.id));
    q.bindValue(1, l.customerId);
    q.bindValue(2, fromText(l.contractNo));
    q.bindValue(3, fromEnum(l.product));
    q.bindValue(4, l.principal);
    q.bindValue(5, l.termMonths);
    q.bindValue(6, l.annualRateBp);
    q.bindValue(7, fromDate(l.disbursed));
    q.bindValue(8, fromEnum(l.status));
}

void bindInstallment(QSqlQuery &q, const Installment &i)
{
    q.bindValue(0, fromId(i.id));
    q.bindValue(1, i.loanId);
    q.bindValue(2, i.seq);
    q.bindValue(3, fromDate(i.dueDate));
    q.bindValue(4, i.principalDue);
    q.bindValue(5, i.interestDue);
    q.bindValue(6, i.feeDue);
    q.bindValue(7, i.penaltyDue);
    q.bindValue(8, i.paid);
    q.bindValue(9, i.waived);
}

void bindPayment(QSqlQuery &q, const Payment &p)
{
    q.bindValue(0, fromId(p.id));
    q.bindValue(1, p.loanId);
    q.bindValue(2, fromTime(p.paidAt));
    q.bindValue(3, p.amount);
    q.bindValue(4, fromText(p.channel));
}

void bindTask(QSqlQuery &q, const Task &t, int dpd, Bucket bucket, Fen overdue)
{
    q.bindValue(0, fromId(t.id));
    q.bindValue(1, t.customerId);
    q.bindValue(2, fromEnum(t.kind));
    q.bindValue(3, fromEnum(t.status));
    q.bindValue(4, t.priority);
    q.bindValue(5, reasonsToText(t.reasons));
    q.bindValue(6, fromTime(t.due));
    q.bindValue(7, fromText(t.assignee));
    q.bindValue(8, t.attempts);
    q.bindValue(9, fromTime(t.nextEligible));
    q.bindValue(10, dpd);
    q.bindValue(11, fromEnum(bucket));
    q.bindValue(12, overdue);
}

void bindInteraction(QSqlQuery &q, const Interaction &i)
{
    q.bindValue(0, fromId(i.id));
    q.bindValue(1, i.customerId);
    q.bindValue(2, fromId(i.taskId));
    q.bindValue(3, fromEnum(i.channel));
    q.bindValue(4, fromText(i.phoneNumber));
    q.bindValue(5, fromText(i.agent));
    q.bindValue(6, fromTime(i.startedAt));
    q.bindValue(7, fromTime(i.answeredAt));
    q.bindValue(8, fromTime(i.endedAt));
    q.bindValue(9, fromEnum(i.outcome));
    q.bindValue(10, fromText(i.note));
    q.bindValue(11, i.promiseAmount);
    q.bindValue(12, fromDate(i.promiseDate));
    q.bindValue(13, fromTime(i.callbackAt));
    q.bindValue(14, i.channel == Channel::Sms ? fromEnum(i.smsStatus) : QVariant());
    q.bindValue(15, fromText(i.smsReason));
    const QVariant noText{QMetaType(QMetaType::QString)};
    const QVariant noNumber{QMetaType(QMetaType::LongLong)};
    q.bindValue(16, i.recordingPath.isEmpty() ? noText : QVariant(i.recordingPath));
    q.bindValue(17, fromId(i.id));
    const bool held = i.recordingId > 0;
    q.bindValue(18, held ? QVariant(i.recordingId) : noNumber);
    q.bindValue(19, held ? QVariant(i.recordingSha256) : noText);
    q.bindValue(20, held ? QVariant(i.recordingBytes) : noNumber);
    q.bindValue(21, held ? QVariant(i.recordingDurationMs) : noNumber);
    q.bindValue(22, held ? fromTime(i.recordingRetainUntil) : noNumber);
}

void bindPromise(QSqlQuery &q, const Promise &p)
{
    q.bindValue(0, fromId(p.id));
    q.bindValue(1, p.customerId);
    q.bindValue(2, fromId(p.interactionId));
    q.bindValue(3, p.amount);
    q.bindValue(4, fromDate(p.dueDate));
    q.bindValue(5, fromEnum(p.status));
    q.bindValue(6, fromTime(p.createdAt));
    q.bindValue(7, p.paid);
    q.bindValue(8, fromTime(p.decidedAt));
}

// ---- readers ------------------------------------------------------------------------------------

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
    c.bankCard = q.value(16).toString();
    for (const QString &key : q.value(15).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int f = QMetaEnum::fromType<RiskFactor>().keyToValue(key.toLatin1().constData(), &ok);
        if (ok)
            c.riskFactors << static_cast<RiskFactor>(f);
    }
    return c;
}

Phone readPhone(const QSqlQuery &q)
{
    Phone p;
    p.id = q.value(0).toLongLong();
    p.customerId = q.value(1).toLongLong();
    p.number = q.value(2).toString();
    p.type = toEnum(q.value(3), PhoneType::Mobile);
    p.relation = toEnum(q.value(4), Relation::Self);
    p.contactName = q.value(5).toString();
    p.status = toEnum(q.value(6), PhoneStatus::Unverified);
    return p;
}

Loan readLoan(const QSqlQuery &q)
{
    Loan l;
    l.id = q.value(0).toLongLong();
    l.customerId = q.value(1).toLongLong();
    l.contractNo = q.value(2).toString();
    l.product = toEnum(q.value(3), ProductType::CashLoan);
    l.principal = q.value(4).toLongLong();
    l.termMonths = q.value(5).toInt();
    l.annualRateBp = q.value(6).toInt();
    l.disbursed = toDate(q.value(7));
    l.status = toEnum(q.value(8), LoanStatus::Active);
    return l;
}

Installment readInstallment(const QSqlQuery &q)
{
    Installment i;
    i.id = q.value(0).toLongLong();
    i.loanId = q.value(1).toLongLong();
    i.seq = q.value(2).toInt();
    i.dueDate = toDate(q.value(3));
    i.principalDue = q.value(4).toLongLong();
    i.interestDue = q.value(5).toLongLong();
    i.feeDue = q.value(6).toLongLong();
    i.penaltyDue = q.value(7).toLongLong();
    i.paid = q.value(8).toLongLong();
    i.waived = q.value(9).toLongLong();
    return i;
}

Payment readPayment(const QSqlQuery &q)
{
    Payment p;
    p.id = q.value(0).toLongLong();
    p.loanId = q.value(1).toLongLong();
    p.paidAt = toTime(q.value(2));
    p.amount = q.value(3).toLongLong();
    p.channel = q.value(4).toString();
    return p;
}

Task readTask(const QSqlQuery &q)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.customerId = q.value(1).toLongLong();
    t.kind = toEnum(q.value(2), TaskKind::Collection);
    t.status = toEnum(q.value(3), TaskStatus::Open);
    t.priority = q.value(4).toLongLong();
    t.reasons = reasonsFromText(q.value(5).toString());
    t.due = toTime(q.value(6));
    t.assignee = q.value(7).toString();
    t.attempts = q.value(8).toInt();
    t.nextEligible = toTime(q.value(9));
    return t;
}

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
    i.recordingPath = q.value(16).toString();
    i.recordingId = q.value(17).toLongLong();
    i.recordingSha256 = q.value(18).toString();
    i.recordingBytes = q.value(19).toLongLong();
    i.recordingDurationMs = q.value(20).toLongLong();
    i.recordingRetainUntil = toTime(q.value(21));
    return i;
}

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

}  // namespace cd::rows
