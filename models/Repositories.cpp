#include "Repositories.h"

#include "Delinquency.h"
#include "StoreRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>

namespace cd {

namespace {

QString sql(const char *text) { return QString::fromLatin1(text); }

QString selectFrom(const char *columns, const char *table, const char *rest)
{
    return QStringLiteral("SELECT ") + QLatin1String(columns) + QStringLiteral(" FROM ")
        + QLatin1String(table) + QLatin1Char(' ') + QLatin1String(rest);
}

/// Runs a prepared statement and reports "nothing matched" as NotFound.
Result<void> execExpectingRow(QSqlQuery &q, const QString &what, qint64 id)
{
    if (auto r = rows::exec(q, what); !r)
        return r;
    if (q.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, QStringLiteral("%1: no row with id %2").arg(what).arg(id)};
    return {};
}

template <typename T, typename Reader> QList<T> readAll(QSqlQuery &q, const QString &what, Reader read)
{
    QList<T> out;
    if (!rows::exec(q, what))
        return out;
    while (q.next())
        out << read(q);
    return out;
}

QString normaliseLocale(const QString &locale)
{
    QString l = locale.trimmed();
    l.replace(QLatin1Char('-'), QLatin1Char('_'));
    return l;
}

}  // namespace

// ---- customers ----------------------------------------------------------------------------------

Result<void> CustomerRepository::upsert(const Customer &c)
{
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(q, sql(rows::CustomerUpsert)); !r)
        return r;
    rows::bindCustomer(q, c);
    return rows::exec(q, QStringLiteral("upsert customer"));
}

std::optional<Customer> CustomerRepository::find(qint64 id) const
{
    QSqlQuery q(m_store.db());
    if (!rows::prepare(q, selectFrom(rows::CustomerColumns, "customers", "WHERE id = ?")))
        return std::nullopt;
    q.bindValue(0, id);
    if (!rows::exec(q, QStringLiteral("find customer")) || !q.next())
        return std::nullopt;
    return rows::readCustomer(q);
}

Result<void> CustomerRepository::addFlags(qint64 customerId, CustomerFlags flags)
{
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(q, QStringLiteral("UPDATE customers SET flags = flags | ? WHERE id = ?")); !r)
        return r;
    q.bindValue(0, int(flags.toInt()));
    q.bindValue(1, customerId);
    return execExpectingRow(q, QStringLiteral("add customer flags"), customerId);
}

Result<void> CustomerRepository::upsertPhone(const Phone &p)
{
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(q, sql(rows::PhoneUpsert)); !r)
        return r;
    rows::bindPhone(q, p);
    return rows::exec(q, QStringLiteral("upsert phone"));
}

QList<Phone> CustomerRepository::phones(qint64 customerId) const
{
    QSqlQuery q(m_store.db());
    if (!rows::prepare(q,
                       selectFrom(rows::PhoneColumns, "phones",
                                  "WHERE customer_id = ? ORDER BY relation <> 'Self', id")))
        return {};
    q.bindValue(0, customerId);
    return readAll<Phone>(q, QStringLiteral("phones"), rows::readPhone);
}

Result<void> CustomerRepository::setPhoneStatus(qint64 phoneId, PhoneStatus status)
{
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(q, QStringLiteral("UPDATE phones SET status = ? WHERE id = ?")); !r)
        return r;
    q.bindValue(0, enumKey(status));
    q.bindValue(1, phoneId);
    return execExpectingRow(q, QStringLiteral("set phone status"), phoneId);
}

// ---- loans --------------------------------------------------------------------------------------

// The loan is replaced as an aggregate: its schedule and payments are rewritten, so an installment
// the server dropped does not linger in the cache.
Result<void> LoanRepository::upsert(const Loan &loan)
{
    const QSqlDatabase db = m_store.db();
    Transaction tx(db);
    QSqlQuery q(db);
    if (auto r = rows::prepare(q, sql(rows::LoanUpsert)); !r)
        return r;
    rows::bindLoan(q, loan);
    if (auto r = rows::exec(q, QStringLiteral("upsert loan")); !r)
        return r;
    const qint64 loanId = loan.id != 0 ? loan.id : q.lastInsertId().toLongLong();

    for (const char *table : {"installments", "payments"}) {
        QSqlQuery del(db);
        if (auto r = rows::prepare(
                del, QStringLiteral("DELETE FROM %1 WHERE loan_id = ?").arg(QLatin1String(table)));
            !r)
            return r;
        del.bindValue(0, loanId);
        if (auto r = rows::exec(del, QStringLiteral("replace loan children")); !r)
            return r;
    }

    QSqlQuery ins(db);
    if (auto r = rows::prepare(ins, sql(rows::InstallmentInsert)); !r)
        return r;
    for (Installment i : loan.installments) {
        i.loanId = loanId;
        rows::bindInstallment(ins, i);
        if (auto r = rows::exec(ins, QStringLiteral("insert installment")); !r)
            return r;
    }
    QSqlQuery pay(db);
    if (auto r = rows::prepare(pay, sql(rows::PaymentInsert)); !r)
        return r;
    for (Payment p : loan.payments) {
        p.loanId = loanId;
        rows::bindPayment(pay, p);
        if (auto r = rows::exec(pay, QStringLiteral("insert payment")); !r)
            return r;
    }
    return tx.commit();
}

QList<Loan> LoanRepository::loansFor(qint64 customerId) const
{
    const QSqlDatabase db = m_store.db();
    QSqlQuery q(db);
    if (!rows::prepare(
            q, selectFrom(rows::LoanColumns, "loans", "WHERE customer_id = ? ORDER BY disbursed, id")))
        return {};
    q.bindValue(0, customerId);
    QList<Loan> loans = readAll<Loan>(q, QStringLiteral("loans"), rows::readLoan);
    if (loans.isEmpty())
        return loans;

    QSqlQuery inst(db);
    QSqlQuery pay(db);
    if (!rows::prepare(inst,
                       selectFrom(rows::InstallmentColumns, "installments", "WHERE loan_id = ? ORDER BY seq"))
        || !rows::prepare(
            pay,
            selectFrom(rows::PaymentColumns, "payments", "WHERE loan_id = ? ORDER BY paid_at DESC, id DESC")))
        return loans;
    for (Loan &l : loans) {
        inst.bindValue(0, l.id);
        l.installments = readAll<Installment>(inst, QStringLiteral("installments"), rows::readInstallment);
        pay.bindValue(0, l.id);
        l.payments = readAll<Payment>(pay, QStringLiteral("payments"), rows::readPayment);
    }
    return loans;
}

// ---- tasks --------------------------------------------------------------------------------------

Result<qint64> TaskRepository::insert(const Task &t, const TaskFacts &facts)
{
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(q, sql(rows::TaskInsert)); !r)
        return r.error();
    rows::bindTask(q, t, facts.dpd, facts.bucket, facts.overdue);
    if (auto r = rows::exec(q, QStringLiteral("insert task")); !r)
        return r.error();
    return t.id != 0 ? t.id : q.lastInsertId().toLongLong();
}

Result<void> TaskRepository::update(const Task &t)
{
    QSqlQuery q(m_store.db());
    if (auto r =
            rows::prepare(q,
                          QStringLiteral("UPDATE tasks SET status = ?, kind = ?, priority = ?, reasons = ?, "
                                         "due = ?, attempts = ?, next_eligible = ? WHERE id = ?"));
        !r)
        return r;
    q.bindValue(0, enumKey(t.status));
    q.bindValue(1, enumKey(t.kind));
    q.bindValue(2, t.priority);
    q.bindValue(3, rows::reasonsToText(t.reasons));
    q.bindValue(4, rows::fromTime(t.due));
    q.bindValue(5, t.attempts);
    q.bindValue(6, rows::fromTime(t.nextEligible));
    q.bindValue(7, t.id);
    return execExpectingRow(q, QStringLiteral("update task"), t.id);
}

Result<void> TaskRepository::upsert(const Task &t, const TaskFacts &facts)
{
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(q, sql(rows::TaskUpsert)); !r)
        return r;
    rows::bindTask(q, t, facts.dpd, facts.bucket, facts.overdue);
    return rows::exec(q, QStringLiteral("upsert task"));
}

Result<void> TaskRepository::remove(qint64 id)
{
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(q, QStringLiteral("DELETE FROM tasks WHERE id = ?")); !r)
        return r;
    q.bindValue(0, id);
    return execExpectingRow(q, QStringLiteral("delete task"), id);
}

// The same facts DemoSeeder writes: DPD counted on the debtor's own calendar day, the largest DPD
// over the customer's loans, the overdue amounts summed.
Result<int> TaskRepository::refreshFacts(qint64 customerId, const QDateTime &now)
{
    const std::optional<Customer> customer = CustomerRepository(m_store).find(customerId);
    if (!customer)
        return 0;  // deleted meanwhile: its tasks went with it
    const QDate today = rows::localDate(customer->timeZone, now);
    const QList<Loan> loans = LoanRepository(m_store).loansFor(customerId);
    const int dpd = delinquency::daysPastDue(loans, today);
    Fen overdue = 0;
    for (const Loan &l : loans)
        overdue += delinquency::overdueAmount(l.installments, today);
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(
            q, QStringLiteral("UPDATE tasks SET dpd = ?, bucket = ?, overdue_fen = ? WHERE customer_id = ?"));
        !r)
        return r.error();
    q.bindValue(0, dpd);
    q.bindValue(1, rows::fromEnum(delinquency::bucketFor(dpd)));
    q.bindValue(2, overdue);
    q.bindValue(3, customerId);
    if (auto r = rows::exec(q, QStringLiteral("refresh task facts")); !r)
        return r.error();
    return q.numRowsAffected();
}

std::optional<Task> TaskRepository::find(qint64 id) const
{
    QSqlQuery q(m_store.db());
    if (!rows::prepare(q, selectFrom(rows::TaskColumns, "tasks", "WHERE id = ?")))
        return std::nullopt;
    q.bindValue(0, id);
    if (!rows::exec(q, QStringLiteral("find task")) || !q.next())
        return std::nullopt;
    return rows::readTask(q);
}

QList<Task> TaskRepository::forCustomer(qint64 customerId) const
{
    QSqlQuery q(m_store.db());
    if (!rows::prepare(q, selectFrom(rows::TaskColumns, "tasks", "WHERE customer_id = ? ORDER BY id")))
        return {};
    q.bindValue(0, customerId);
    return readAll<Task>(q, QStringLiteral("tasks for customer"), rows::readTask);
}

// A Deferred task without a time would otherwise never come back; it is treated as due now.
Result<int> TaskRepository::reopenDue(const QDateTime &now)
{
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(q,
                               QStringLiteral("UPDATE tasks SET status = 'Open' WHERE status = 'Deferred' "
                                              "AND (next_eligible IS NULL OR next_eligible <= ?)"));
        !r)
        return r.error();
    q.bindValue(0, now.toMSecsSinceEpoch());
    if (auto r = rows::exec(q, QStringLiteral("reopen due tasks")); !r)
        return r.error();
    return q.numRowsAffected();
}

int TaskRepository::count(TaskStatus status) const
{
    QSqlQuery q(m_store.db());
    if (!rows::prepare(q, QStringLiteral("SELECT COUNT(*) FROM tasks WHERE status = ?")))
        return 0;
    q.bindValue(0, enumKey(status));
    if (!rows::exec(q, QStringLiteral("count tasks")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

// ---- interactions and promises ------------------------------------------------------------------

Result<qint64> InteractionRepository::insert(const Interaction &i)
{
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(q, sql(rows::InteractionInsert)); !r)
        return r.error();
    rows::bindInteraction(q, i);
    if (auto r = rows::exec(q, QStringLiteral("insert interaction")); !r)
        return r.error();
    return i.id != 0 ? i.id : q.lastInsertId().toLongLong();
}

Result<void> InteractionRepository::upsert(const Interaction &i)
{
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(q, sql(rows::InteractionUpsert)); !r)
        return r;
    rows::bindInteraction(q, i);
    return rows::exec(q, QStringLiteral("upsert interaction"));
}

QList<Interaction> InteractionRepository::forCustomer(qint64 customerId) const
{
    QSqlQuery q(m_store.db());
    if (!rows::prepare(q,
                       selectFrom(rows::InteractionColumns, "interactions",
                                  "WHERE customer_id = ? ORDER BY started_at DESC, id DESC")))
        return {};
    q.bindValue(0, customerId);
    return readAll<Interaction>(q, QStringLiteral("interactions"), rows::readInteraction);
}

Result<qint64> PromiseRepository::insert(const Promise &p)
{
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(q, sql(rows::PromiseInsert)); !r)
        return r.error();
    rows::bindPromise(q, p);
    if (auto r = rows::exec(q, QStringLiteral("insert promise")); !r)
        return r.error();
    return p.id != 0 ? p.id : q.lastInsertId().toLongLong();
}

Result<void> PromiseRepository::upsert(const Promise &p)
{
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(q, sql(rows::PromiseUpsert)); !r)
        return r;
    rows::bindPromise(q, p);
    return rows::exec(q, QStringLiteral("upsert promise"));
}

QList<Promise> PromiseRepository::forCustomer(qint64 customerId) const
{
    QSqlQuery q(m_store.db());
    if (!rows::prepare(q,
                       selectFrom(rows::PromiseColumns, "promises",
                                  "WHERE customer_id = ? ORDER BY created_at DESC, id DESC")))
        return {};
    q.bindValue(0, customerId);
    return readAll<Promise>(q, QStringLiteral("promises"), rows::readPromise);
}

// ---- compliance overrides -----------------------------------------------------------------------

Result<void> OverrideRepository::upsert(qint64 customerId, const compliance::Override &o)
{
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(q, QStringLiteral("INSERT INTO compliance_overrides(id, customer_id, phone_number, "
                                                 "rule, reason, lead, expires_at) VALUES(?,?,?,?,?,?,?) ON "
                                                 "CONFLICT(id) DO UPDATE SET customer_id=excluded.customer_id, "
                                                 "phone_number=excluded.phone_number, rule=excluded.rule, "
                                                 "reason=excluded.reason, lead=excluded.lead, "
                                                 "expires_at=excluded.expires_at"));
        !r)
        return r;
    q.bindValue(0, o.id);
    q.bindValue(1, customerId);
    q.bindValue(2, o.phoneNumber.isNull() ? QStringLiteral("") : o.phoneNumber);
    q.bindValue(3, enumKey(o.rule));
    q.bindValue(4, o.reason);
    q.bindValue(5, o.lead);
    q.bindValue(6, rows::fromTime(o.expiresAt));
    return rows::exec(q, QStringLiteral("upsert compliance override"));
}

QList<compliance::Override> OverrideRepository::active(qint64 customerId, const QDateTime &nowUtc) const
{
    QSqlQuery q(m_store.db());
    if (!rows::prepare(q, QStringLiteral("SELECT id, phone_number, rule, reason, lead, expires_at FROM "
                                         "compliance_overrides WHERE customer_id = ? AND expires_at > ? ORDER BY id")))
        return {};
    q.bindValue(0, customerId);
    q.bindValue(1, rows::fromTime(nowUtc));
    QList<compliance::Override> out;
    if (!rows::exec(q, QStringLiteral("compliance overrides")))
        return out;
    while (q.next()) {
        compliance::Override o;
        o.id = q.value(0).toLongLong();
        o.phoneNumber = q.value(1).toString();
        o.rule = enumFromKey(q.value(2).toString(), compliance::Rule::Allowed);
        o.reason = q.value(3).toString();
        o.lead = q.value(4).toString();
        o.expiresAt = rows::toTime(q.value(5));
        if (o.rule != compliance::Rule::Allowed)
            out << o;
    }
    return out;
}

// ---- scripts ------------------------------------------------------------------------------------

namespace {

QString scriptDocument(const script::Script &s)
{
    return QString::fromUtf8(QJsonDocument(script::toJson(s)).toJson(QJsonDocument::Compact));
}

QList<script::Script> readScripts(QSqlQuery &q)
{
    QList<script::Script> out;
    while (q.next()) {
        const Result<script::Script> s =
            script::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
        if (s)
            out << s.value();
        else
            qCWarning(lcStore) << "cached script unreadable:" << s.error().detail;
    }
    return out;
}

}  // namespace

Result<void> ScriptRepository::upsert(const script::Script &s)
{
    if (s.id.isEmpty())
        return Error{ErrorCode::InvalidInput, QStringLiteral("script needs an id")};
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(
            q, QStringLiteral("INSERT INTO script_graphs(script_id, id, version, name, locale, answerer, document) "
                              "VALUES(?, NULL, ?, ?, ?, ?, ?) ON CONFLICT(script_id) DO UPDATE SET "
                              "version = excluded.version, name = excluded.name, locale = excluded.locale, "
                              "answerer = excluded.answerer, document = excluded.document "
                              "WHERE script_graphs.id IS NULL AND excluded.version >= script_graphs.version"));
        !r)
        return r;
    q.bindValue(0, s.id);
    q.bindValue(1, s.version);
    q.bindValue(2, s.name);
    q.bindValue(3, s.segment.locale);
    q.bindValue(4, enumKey(s.segment.answerer));
    q.bindValue(5, scriptDocument(s));
    return rows::exec(q, QStringLiteral("upsert script"));
}

Result<void> ScriptRepository::replaceFromServer(const script::Script &s, qint64 serverRow)
{
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(
            q, QStringLiteral("INSERT INTO script_graphs(script_id, id, version, name, locale, answerer, document) "
                              "VALUES(?,?,?,?,?,?,?) ON CONFLICT(script_id) DO UPDATE SET id = excluded.id, "
                              "version = excluded.version, name = excluded.name, locale = excluded.locale, "
                              "answerer = excluded.answerer, document = excluded.document "
                              "WHERE script_graphs.id IS NULL OR excluded.version >= script_graphs.version"));
        !r)
        return r;
    q.bindValue(0, s.id);
    q.bindValue(1, serverRow);
    q.bindValue(2, s.version);
    q.bindValue(3, s.name);
    q.bindValue(4, s.segment.locale);
    q.bindValue(5, enumKey(s.segment.answerer));
    q.bindValue(6, scriptDocument(s));
    return rows::exec(q, QStringLiteral("replace script"));
}

QList<script::Script> ScriptRepository::all() const
{
    QSqlQuery q(m_store.db());
    if (!rows::prepare(q, QStringLiteral("SELECT document FROM script_graphs ORDER BY script_id"))
        || !rows::exec(q, QStringLiteral("read scripts")))
        return {};
    return readScripts(q);
}

std::optional<script::Script> ScriptRepository::find(const QString &id) const
{
    QSqlQuery q(m_store.db());
    if (!rows::prepare(q, QStringLiteral("SELECT document FROM script_graphs WHERE script_id = ?")))
        return std::nullopt;
    q.bindValue(0, id);
    if (!rows::exec(q, QStringLiteral("find script")))
        return std::nullopt;
    const QList<script::Script> found = readScripts(q);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<script::Script> ScriptRepository::choose(const script::CallContext &call) const
{
    script::CallContext c = call;
    c.locale = normaliseLocale(call.locale);
    return script::choose(all(), c);
}

Result<int> ScriptRepository::importJson(const QByteArray &json)
{
    const Result<QList<script::Script>> doc = script::readDocument(json);
    if (!doc)
        return doc.error();
    Transaction tx(m_store.db());
    for (const script::Script &s : doc.value()) {
        if (auto r = upsert(s); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return int(doc.value().size());
}

}  // namespace cd
