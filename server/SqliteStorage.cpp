// SqliteStorage: users, sessions, customers and their records. Every statement goes through the
// prepared-statement cache (SqliteSchema.cpp).
#include "SqliteStorage.h"

#include "SqliteRows.h"

namespace cd::server {

using namespace sqlrows;

namespace {

UserRecord readUser(const QSqlQuery &q)
{
    UserRecord u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.name = q.value(2).toString();
    u.role = roleFromKey(q.value(3).toString()).value_or(Role::Agent);
    u.team = q.value(4).toString();
    u.skill = q.value(5).toString();
    u.passwordHash = q.value(6).toString();
    u.disabled = q.value(7).toBool();
    u.created = toTime(q.value(8));
    return u;
}

const QString UserSelect = QStringLiteral(
    "SELECT id, username, name, role, team, skill, password_hash, disabled, created FROM users WHERE ");

}  // namespace

// ---- users and sessions ------------------------------------------------------------------------

Result<qint64> SqliteStorage::insertUser(const UserRecord &u)
{
    auto q = statement(QStringLiteral("INSERT INTO users(username, name, role, team, skill, password_hash, "
                                      "disabled, created) VALUES(?,?,?,?,?,?,?,?)"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, u.username);
    s.bindValue(1, u.name);
    s.bindValue(2, roleKey(u.role));
    s.bindValue(3, u.team);
    s.bindValue(4, u.skill);
    s.bindValue(5, u.passwordHash);
    s.bindValue(6, u.disabled ? 1 : 0);
    s.bindValue(7, time(u.created.isValid() ? u.created : QDateTime::currentDateTimeUtc()));
    return insertReturningId(s, "insert user");
}

Result<std::optional<UserRecord>> SqliteStorage::userByName(const QString &username)
{
    auto q = statement(UserSelect + QStringLiteral("username = ?"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, username);
    if (auto r = exec(s, "read user"); !r)
        return r.error();
    std::optional<UserRecord> out;
    if (s.next())
        out = readUser(s);
    s.finish();
    return out;
}

Result<std::optional<UserRecord>> SqliteStorage::userById(qint64 id)
{
    auto q = statement(UserSelect + QStringLiteral("id = ?"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, id);
    if (auto r = exec(s, "read user"); !r)
        return r.error();
    std::optional<UserRecord> out;
    if (s.next())
        out = readUser(s);
    s.finish();
    return out;
}

Result<void> SqliteStorage::setUserDisabled(qint64 userId, bool disabled)
{
    auto q = statement(QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"));
    if (!q)
        return q.error();
    q.value()->bindValue(0, disabled ? 1 : 0);
    q.value()->bindValue(1, userId);
    return exec(*q.value(), "disable user");
}

Result<void> SqliteStorage::insertSession(const SessionRecord &r)
{
    auto q = statement(QStringLiteral(
        "INSERT INTO sessions(token_hash, user_id, device, created, expires, revoked) VALUES(?,?,?,?,?,?)"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, r.tokenHash);
    s.bindValue(1, r.userId);
    s.bindValue(2, r.device);
    s.bindValue(3, time(r.created));
    s.bindValue(4, time(r.expires));
    s.bindValue(5, r.revoked ? 1 : 0);
    return exec(s, "insert session");
}

Result<std::optional<SessionRecord>> SqliteStorage::sessionByTokenHash(const QString &tokenHash)
{
    auto q = statement(QStringLiteral(
        "SELECT token_hash, user_id, device, created, expires, revoked FROM sessions WHERE token_hash = ?"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, tokenHash);
    if (auto r = exec(s, "read session"); !r)
        return r.error();
    std::optional<SessionRecord> out;
    if (s.next())
        out = SessionRecord{s.value(0).toString(), s.value(1).toLongLong(), s.value(2).toString(),
                            toTime(s.value(3)),    toTime(s.value(4)),      s.value(5).toBool()};
    s.finish();
    return out;
}

Result<void> SqliteStorage::revokeSession(const QString &tokenHash)
{
    auto q = statement(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE token_hash = ?"));
    if (!q)
        return q.error();
    q.value()->bindValue(0, tokenHash);
    return exec(*q.value(), "revoke session");
}

// ---- customers ----------------------------------------------------------------------------------

Result<qint64> SqliteStorage::insertCustomer(const Customer &c, bool demo)
{
    auto q = statement(QStringLiteral(
        "INSERT INTO customers(name, gender, id_number, birth_date, province, city, time_zone, occupation, "
        "employer, address, risk, risk_score, flags, demo, hold_until, risk_factors, bank_card) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, c.name);
    s.bindValue(1, enumKey(c.gender));
    s.bindValue(2, c.idNumber);
    s.bindValue(3, date(c.birthDate));
    s.bindValue(4, c.province);
    s.bindValue(5, c.city);
    s.bindValue(6, c.timeZone);
    s.bindValue(7, c.occupation);
    s.bindValue(8, c.employer);
    s.bindValue(9, c.address);
    s.bindValue(10, enumKey(c.risk));
    s.bindValue(11, c.riskScore);
    s.bindValue(12, c.flags.toInt());
    s.bindValue(13, demo ? 1 : 0);
    s.bindValue(14, date(c.holdUntil));
    s.bindValue(15, text(fromRiskFactors(c.riskFactors)));
    s.bindValue(16, text(c.bankCard));
    return insertReturningId(s, "insert customer");
}

Result<std::optional<Customer>> SqliteStorage::customer(qint64 id)
{
    auto q = statement(
        QStringLiteral("SELECT %1 FROM customers WHERE id = ?").arg(QLatin1String(CustomerColumns)));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, id);
    if (auto r = exec(s, "read customer"); !r)
        return r.error();
    std::optional<Customer> out;
    if (s.next())
        out = readCustomer(s);
    s.finish();
    return out;
}

Result<bool> SqliteStorage::isDemoCustomer(qint64 id)
{
    auto q = statement(QStringLiteral("SELECT demo FROM customers WHERE id = ?"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, id);
    if (auto r = exec(s, "read demo flag"); !r)
        return r.error();
    const bool demo = s.next() && s.value(0).toBool();
    s.finish();
    return demo;
}

Result<void> SqliteStorage::setCustomerFlags(qint64 id, CustomerFlags flags)
{
    auto q = statement(QStringLiteral("UPDATE customers SET flags = ? WHERE id = ?"));
    if (!q)
        return q.error();
    q.value()->bindValue(0, flags.toInt());
    q.value()->bindValue(1, id);
    return exec(*q.value(), "set customer flags");
}

Result<qint64> SqliteStorage::insertPhone(const Phone &p)
{
    auto q = statement(QStringLiteral(
        "INSERT INTO phones(customer_id, number, type, relation, contact_name, status) VALUES(?,?,?,?,?,?)"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, p.customerId);
    s.bindValue(1, p.number);
    s.bindValue(2, enumKey(p.type));
    s.bindValue(3, enumKey(p.relation));
    s.bindValue(4, p.contactName);
    s.bindValue(5, enumKey(p.status));
    return insertReturningId(s, "insert phone");
}

template <typename T> Result<QList<T>> SqliteStorage::listForCustomer(const QString &sql, qint64 customerId,
                                                                      T (*read)(const QSqlQuery &),
                                                                      const char *what)
{
    auto q = statement(sql);
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, customerId);
    if (auto r = exec(s, what); !r)
        return r.error();
    QList<T> out;
    while (s.next())
        out << read(s);
    s.finish();
    return out;
}

Result<QList<Phone>> SqliteStorage::phones(qint64 customerId)
{
    return listForCustomer<Phone>(QStringLiteral("SELECT %1 FROM phones WHERE customer_id = ? ORDER BY id")
                                      .arg(QLatin1String(PhoneColumns)),
                                  customerId, readPhone, "read phones");
}

Result<void> SqliteStorage::setPhoneStatus(qint64 phoneId, PhoneStatus status)
{
    auto q = statement(QStringLiteral("UPDATE phones SET status = ? WHERE id = ?"));
    if (!q)
        return q.error();
    q.value()->bindValue(0, enumKey(status));
    q.value()->bindValue(1, phoneId);
    return exec(*q.value(), "set phone status");
}

Result<void> SqliteStorage::insertLoan(Loan &l)
{
    auto loanQ = statement(QStringLiteral(
        "INSERT INTO loans(customer_id, contract_no, product, principal_fen, term_months, annual_rate_bp, "
        "disbursed, status) VALUES(?,?,?,?,?,?,?,?)"));
    auto instQ = statement(QStringLiteral(
        "INSERT INTO installments(loan_id, seq, due_date, principal_fen, interest_fen, fee_fen, penalty_fen, "
        "paid_fen, waived_fen) VALUES(?,?,?,?,?,?,?,?,?)"));
    auto payQ = statement(
        QStringLiteral("INSERT INTO payments(loan_id, paid_at, amount_fen, channel) VALUES(?,?,?,?)"));
    for (const auto *r : {&loanQ, &instQ, &payQ})
        if (!*r)
            return r->error();
    QSqlQuery &s = *loanQ.value();
    s.bindValue(0, l.customerId);
    s.bindValue(1, l.contractNo);
    s.bindValue(2, enumKey(l.product));
    s.bindValue(3, l.principal);
    s.bindValue(4, l.termMonths);
    s.bindValue(5, l.annualRateBp);
    s.bindValue(6, date(l.disbursed));
    s.bindValue(7, enumKey(l.status));
    const Result<qint64> loanId = insertReturningId(s, "insert loan");
    if (!loanId)
        return loanId.error();
    l.id = loanId.value();
    for (Installment &i : l.installments) {
        QSqlQuery &iq = *instQ.value();
        i.loanId = l.id;
        iq.bindValue(0, l.id);
        iq.bindValue(1, i.seq);
        iq.bindValue(2, date(i.dueDate));
        iq.bindValue(3, i.principalDue);
        iq.bindValue(4, i.interestDue);
        iq.bindValue(5, i.feeDue);
        iq.bindValue(6, i.penaltyDue);
        iq.bindValue(7, i.paid);
        iq.bindValue(8, i.waived);
        const Result<qint64> id = insertReturningId(iq, "insert installment");
        if (!id)
            return id.error();
        i.id = id.value();
    }
    for (Payment &p : l.payments) {
        QSqlQuery &pq = *payQ.value();
        p.loanId = l.id;
        pq.bindValue(0, l.id);
        pq.bindValue(1, time(p.paidAt));
        pq.bindValue(2, p.amount);
        pq.bindValue(3, p.channel);
        const Result<qint64> id = insertReturningId(pq, "insert payment");
        if (!id)
            return id.error();
        p.id = id.value();
    }
    return {};
}

Result<QList<Loan>> SqliteStorage::loans(qint64 customerId)
{
    auto loanQ = statement(QStringLiteral("SELECT id, customer_id, contract_no, product, principal_fen, "
                                          "term_months, annual_rate_bp, disbursed, status FROM loans WHERE "
                                          "customer_id = ? ORDER BY id"));
    auto instQ = statement(QStringLiteral(
        "SELECT id, loan_id, seq, due_date, principal_fen, interest_fen, fee_fen, penalty_fen, paid_fen, "
        "waived_fen FROM installments WHERE loan_id = ? ORDER BY seq"));
    auto payQ = statement(QStringLiteral("SELECT id, loan_id, paid_at, amount_fen, channel FROM payments "
                                         "WHERE loan_id = ? ORDER BY paid_at, id"));
    for (const auto *r : {&loanQ, &instQ, &payQ})
        if (!*r)
            return r->error();
    QSqlQuery &s = *loanQ.value();
    s.bindValue(0, customerId);
    if (auto r = exec(s, "read loans"); !r)
        return r.error();
    QList<Loan> out;
    while (s.next()) {
        Loan l;
        l.id = s.value(0).toLongLong();
        l.customerId = s.value(1).toLongLong();
        l.contractNo = s.value(2).toString();
        l.product = toEnum(s.value(3), ProductType::CashLoan);
        l.principal = s.value(4).toLongLong();
        l.termMonths = s.value(5).toInt();
        l.annualRateBp = s.value(6).toInt();
        l.disbursed = toDate(s.value(7));
        l.status = toEnum(s.value(8), LoanStatus::Active);
        out << l;
    }
    s.finish();
    for (Loan &l : out) {
        QSqlQuery &iq = *instQ.value();
        iq.bindValue(0, l.id);
        if (auto r = exec(iq, "read installments"); !r)
            return r.error();
        while (iq.next()) {
            Installment i;
            i.id = iq.value(0).toLongLong();
            i.loanId = iq.value(1).toLongLong();
            i.seq = iq.value(2).toInt();
            i.dueDate = toDate(iq.value(3));
            i.principalDue = iq.value(4).toLongLong();
            i.interestDue = iq.value(5).toLongLong();
            i.feeDue = iq.value(6).toLongLong();
            i.penaltyDue = iq.value(7).toLongLong();
            i.paid = iq.value(8).toLongLong();
            i.waived = iq.value(9).toLongLong();
            l.installments << i;
        }
        iq.finish();
        QSqlQuery &pq = *payQ.value();
        pq.bindValue(0, l.id);
        if (auto r = exec(pq, "read payments"); !r)
            return r.error();
        while (pq.next()) {
            Payment p;
            p.id = pq.value(0).toLongLong();
            p.loanId = pq.value(1).toLongLong();
            p.paidAt = toTime(pq.value(2));
            p.amount = pq.value(3).toLongLong();
            p.channel = pq.value(4).toString();
            l.payments << p;
        }
        pq.finish();
    }
    return out;
}

Result<qint64> SqliteStorage::insertInteraction(const Interaction &i, const QString &opId)
{
    auto q = statement(
        QStringLiteral("INSERT INTO interactions(customer_id, task_id, channel, phone_number, agent, "
                       "started_at, answered_at, "
                       "ended_at, outcome, note, promise_amount_fen, promise_date, callback_at, op_id, sms_status, "
                       "sms_reason) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, i.customerId);
    s.bindValue(1, i.taskId > 0 ? QVariant(i.taskId) : QVariant());
    s.bindValue(2, enumKey(i.channel));
    s.bindValue(3, i.phoneNumber);
    s.bindValue(4, i.agent);
    s.bindValue(5, time(i.startedAt));
    s.bindValue(6, time(i.answeredAt));
    s.bindValue(7, time(i.endedAt));
    s.bindValue(8, enumKey(i.outcome));
    s.bindValue(9, i.note);
    s.bindValue(10, i.promiseAmount);
    s.bindValue(11, date(i.promiseDate));
    s.bindValue(12, time(i.callbackAt));
    s.bindValue(13, text(opId));
    s.bindValue(14, i.channel == Channel::Sms ? QVariant(enumKey(i.smsStatus)) : QVariant());
    s.bindValue(15, text(i.smsReason));
    return insertReturningId(s, "insert interaction");
}

Result<QList<Interaction>> SqliteStorage::interactions(qint64 customerId)
{
    return listForCustomer<Interaction>(
        QStringLiteral("SELECT %1 FROM interactions WHERE customer_id = ? ORDER BY started_at, id")
            .arg(QLatin1String(InteractionColumns)),
        customerId, readInteraction, "read interactions");
}

Result<qint64> SqliteStorage::insertPromise(const Promise &p, const QString &opId)
{
    auto q =
        statement(QStringLiteral("INSERT INTO promises(customer_id, interaction_id, amount_fen, due_date, "
                                 "status, created_at, op_id, paid_fen, decided_at) VALUES(?,?,?,?,?,?,?,?,?)"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, p.customerId);
    s.bindValue(1, p.interactionId > 0 ? QVariant(p.interactionId) : QVariant());
    s.bindValue(2, p.amount);
    s.bindValue(3, date(p.dueDate));
    s.bindValue(4, enumKey(p.status));
    s.bindValue(5, time(p.createdAt));
    s.bindValue(6, text(opId));
    s.bindValue(7, p.paid);
    s.bindValue(8, time(p.decidedAt));
    return insertReturningId(s, "insert promise");
}

Result<QList<Promise>> SqliteStorage::promises(qint64 customerId)
{
    return listForCustomer<Promise>(
        QStringLiteral("SELECT %1 FROM promises WHERE customer_id = ? ORDER BY id")
            .arg(QLatin1String(PromiseColumns)),
        customerId, readPromise, "read promises");
}

Result<qint64> SqliteStorage::insertTask(const Task &t, const TaskFacts &f, const QString &opId)
{
    auto q = statement(QStringLiteral("INSERT INTO tasks(customer_id, kind, status, priority, reasons, due, "
                                      "assignee, attempts, next_eligible, "
                                      "dpd, bucket, overdue_fen, op_id) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, t.customerId);
    s.bindValue(1, enumKey(t.kind));
    s.bindValue(2, enumKey(t.status));
    s.bindValue(3, t.priority);
    s.bindValue(4, reasonsKey(t.reasons));
    s.bindValue(5, time(t.due));
    s.bindValue(6, t.assignee);
    s.bindValue(7, t.attempts);
    s.bindValue(8, time(t.nextEligible));
    s.bindValue(9, f.dpd);
    s.bindValue(10, enumKey(f.bucket));
    s.bindValue(11, f.overdue);
    s.bindValue(12, text(opId));
    return insertReturningId(s, "insert task");
}

Result<std::optional<TaskRow>> SqliteStorage::task(qint64 id)
{
    auto q = statement(QStringLiteral("SELECT %1 FROM tasks WHERE id = ?").arg(QLatin1String(TaskColumns)));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, id);
    if (auto r = exec(s, "read task"); !r)
        return r.error();
    std::optional<TaskRow> out;
    if (s.next())
        out = TaskRow{
            readTask(s),
            TaskFacts{s.value(10).toInt(), toEnum(s.value(11), Bucket::M0), s.value(12).toLongLong()}};
    s.finish();
    return out;
}

Result<QList<Task>> SqliteStorage::tasks(qint64 customerId)
{
    return listForCustomer<Task>(QStringLiteral("SELECT %1 FROM tasks WHERE customer_id = ? ORDER BY id")
                                     .arg(QLatin1String(TaskColumns)),
                                 customerId, readTask, "read tasks");
}

Result<void> SqliteStorage::updateTask(const Task &t)
{
    auto q =
        statement(QStringLiteral("UPDATE tasks SET kind = ?, status = ?, priority = ?, reasons = ?, due = ?, "
                                 "assignee = ?, attempts = ?, next_eligible = ? WHERE id = ?"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, enumKey(t.kind));
    s.bindValue(1, enumKey(t.status));
    s.bindValue(2, t.priority);
    s.bindValue(3, reasonsKey(t.reasons));
    s.bindValue(4, time(t.due));
    s.bindValue(5, t.assignee);
    s.bindValue(6, t.attempts);
    s.bindValue(7, time(t.nextEligible));
    s.bindValue(8, t.id);
    if (auto r = exec(s, "update task"); !r)
        return r;
    if (s.numRowsAffected() != 1)
        return Error{ErrorCode::NotFound, QStringLiteral("task %1 not found").arg(t.id)};
    return {};
}

}  // namespace cd::server
