#include "SettlementRecorder.h"

#include "Codec.h"
#include "Messages.h"
#include "OutboxRepository.h"
#include "Repositories.h"
#include "StoreRows.h"
#include "SyncStateRepository.h"

#include <QSqlQuery>
#include <QUuid>

namespace cd {

namespace {

const char *const Columns =
    "id, customer_id, loan_id, agent, created_at, outstanding_fen, discount_bp, total_fen, "
    "instalments, first_amount_fen, first_date, note, status, decided_by, decided_at, "
    "decision_note";

Settlement readSettlement(const QSqlQuery &q)
{
    Settlement s;
    s.id = q.value(0).toLongLong();
    s.customerId = q.value(1).toLongLong();
    s.loanId = q.value(2).toLongLong();
    s.agent = q.value(3).toString();
    s.createdAt = rows::toTime(q.value(4));
    s.outstanding = q.value(5).toLongLong();
    s.discountBp = q.value(6).toInt();
    s.total = q.value(7).toLongLong();
    s.instalments = q.value(8).toInt();
    s.firstAmount = q.value(9).toLongLong();
    s.firstDate = rows::toDate(q.value(10));
    s.note = q.value(11).toString();
    s.status = rows::toEnum(q.value(12), SettlementStatus::Pending);
    s.decidedBy = q.value(13).toString();
    s.decidedAt = rows::toTime(q.value(14));
    s.decisionNote = q.value(15).toString();
    return s;
}

QList<Settlement> readAll(QSqlQuery &q, const QString &what)
{
    QList<Settlement> out;
    if (!rows::exec(q, what))
        return out;
    while (q.next())
        out << readSettlement(q);
    return out;
}

/// Below every id in the table, so never a server id (always > 0).
Result<qint64> nextProvisionalId(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MIN(IFNULL(MIN(id), 0), 0) - 1 FROM settlements")) || !q.next())
        return rows::fromSql(q.lastError(), QStringLiteral("next provisional settlement id"));
    return q.value(0).toLongLong();
}

struct Found {
    std::optional<Customer> customer;
    std::optional<Loan> loan;
};

Found lookUp(LocalStore &store, const SettlementOffer &o)
{
    Found f;
    f.customer = CustomerRepository(store).find(o.customerId);
    if (!f.customer)
        return f;
    for (const Loan &l : LoanRepository(store).loansFor(o.customerId))
        if (l.id == o.loanId)
            f.loan = l;
    return f;
}

settlement::Plan planFor(const Found &f, const SettlementOffer &o, const QDateTime &now)
{
    settlement::Terms t;
    t.outstanding = f.loan ? settlement::outstandingOf(*f.loan) : 0;
    t.discountBp = o.discountBp;
    t.instalments = o.instalments;
    t.firstDate = o.firstDate;
    t.firstAmount = o.firstAmount;
    // "Not in the past" is judged on the debtor's calendar, as the server does.
    const QDate today = f.customer ? rows::localDate(f.customer->timeZone, now) : now.date();
    return settlement::compute(t, today);
}

}  // namespace

settlement::Plan SettlementRecorder::plan(const SettlementOffer &offer, const QDateTime &now) const
{
    return planFor(lookUp(m_store, offer), offer, now);
}

Result<RecordedSettlement> SettlementRecorder::record(const SettlementOffer &o, const QDateTime &now)
{
    const Found f = lookUp(m_store, o);
    if (!f.customer)
        return Error{ErrorCode::NotFound, QStringLiteral("customer %1 not found").arg(o.customerId)};
    if (!f.loan)
        return Error{ErrorCode::NotFound,
                     QStringLiteral("loan %1 is not customer %2's").arg(o.loanId).arg(o.customerId)};
    RecordedSettlement out;
    out.plan = planFor(f, o, now);
    if (!out.plan.ok())
        return Error{ErrorCode::InvalidInput, enumKey(out.plan.problem)};
    if (o.note.size() > 2000)
        return Error{ErrorCode::InvalidInput, QStringLiteral("note over 2000 characters")};
    const bool synced = SyncStateRepository(m_store).isSynced();

    Settlement &s = out.settlement;
    s.customerId = o.customerId;
    s.loanId = o.loanId;
    s.agent = o.agent;
    s.createdAt = now.toUTC();
    s.outstanding = settlement::outstandingOf(*f.loan);
    s.discountBp = o.discountBp;
    s.total = out.plan.total;
    s.instalments = o.instalments;
    s.firstAmount = out.plan.firstAmount();
    s.firstDate = o.firstDate;
    s.note = o.note;
    // What the agent sees at once; the server decides again with the limit it holds.
    s.status = settlement::approval(o.discountBp, o.limitBp);

    Transaction tx(m_store.db());
    out.opId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (synced) {
        const Result<qint64> id = nextProvisionalId(m_store.db());
        if (!id)
            return id.error();
        s.id = id.value();
    }
    SettlementRepository repo(m_store);
    if (auto r = repo.upsert(s, synced ? out.opId : QString()); !r)
        return r.error();
    if (!synced) {
        QSqlQuery q(m_store.db());
        if (!q.exec(QStringLiteral("SELECT last_insert_rowid()")) || !q.next())
            return rows::fromSql(q.lastError(), QStringLiteral("settlement id"));
        s.id = q.value(0).toLongLong();
    }

    proto::SettlementRequest body;
    body.customerId = o.customerId;
    body.loanId = o.loanId;
    body.discountBp = o.discountBp;
    body.instalments = o.instalments;
    body.firstAmount = o.firstAmount;
    body.firstDate = o.firstDate;
    body.note = o.note;
    body.createdAt = s.createdAt;
    if (auto r = OutboxRepository(m_store).enqueue(out.opId, proto::msg::OpSettlementRequest, body.toJson());
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    qCDebug(lcStore) << "settlement offer" << s.id << "queued as" << out.opId;
    return out;
}

Result<void> SettlementRepository::upsert(const Settlement &s, const QString &opId)
{
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(
            q,
            QStringLiteral("INSERT OR REPLACE INTO settlements(id, customer_id, loan_id, agent, created_at, "
                           "outstanding_fen, discount_bp, total_fen, instalments, first_amount_fen, "
                           "first_date, note, status, decided_by, decided_at, decision_note, op_id) "
                           "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        !r)
        return r;
    q.bindValue(0, rows::fromId(s.id));
    q.bindValue(1, s.customerId);
    q.bindValue(2, s.loanId);
    q.bindValue(3, rows::fromText(s.agent));
    q.bindValue(4, rows::fromTime(s.createdAt));
    q.bindValue(5, s.outstanding);
    q.bindValue(6, s.discountBp);
    q.bindValue(7, s.total);
    q.bindValue(8, s.instalments);
    q.bindValue(9, s.firstAmount);
    q.bindValue(10, rows::fromDate(s.firstDate));
    q.bindValue(11, rows::fromText(s.note));
    q.bindValue(12, rows::fromEnum(s.status));
    q.bindValue(13, rows::fromText(s.decidedBy));
    q.bindValue(14, rows::fromTime(s.decidedAt));
    q.bindValue(15, rows::fromText(s.decisionNote));
    q.bindValue(16, opId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(opId));
    return rows::exec(q, QStringLiteral("upsert settlement"));
}

std::optional<Settlement> SettlementRepository::find(qint64 id) const
{
    QSqlQuery q(m_store.db());
    if (!rows::prepare(q,
                       QStringLiteral("SELECT %1 FROM settlements WHERE id = ?").arg(QLatin1String(Columns))))
        return std::nullopt;
    q.bindValue(0, id);
    const QList<Settlement> found = readAll(q, QStringLiteral("find settlement"));
    return found.isEmpty() ? std::nullopt : std::optional<Settlement>(found.first());
}

QList<Settlement> SettlementRepository::forCustomer(qint64 customerId) const
{
    QSqlQuery q(m_store.db());
    if (!rows::prepare(
            q,
            QStringLiteral("SELECT %1 FROM settlements WHERE customer_id = ? AND (id > 0 OR op_id IS "
                           "NULL OR op_id IN (SELECT op_id FROM outbox WHERE status IN "
                           "('pending', 'acked'))) ORDER BY created_at DESC, id DESC")
                .arg(QLatin1String(Columns))))
        return {};
    q.bindValue(0, customerId);
    return readAll(q, QStringLiteral("customer settlements"));
}

QList<Settlement> SettlementRepository::decidedFor(const QString &agent) const
{
    QSqlQuery q(m_store.db());
    if (!rows::prepare(q,
                       QStringLiteral("SELECT %1 FROM settlements WHERE agent = ? AND status IN ('Approved', "
                                      "'Rejected') ORDER BY decided_at, id")
                           .arg(QLatin1String(Columns))))
        return {};
    q.bindValue(0, agent);
    return readAll(q, QStringLiteral("decided settlements"));
}

void SettlementDecisionWatch::setAgent(const QString &agent)
{
    if (agent == m_agent)
        return;
    m_agent = agent;
    m_primed = false;
    m_known.clear();
}

QList<Settlement> SettlementDecisionWatch::newlyDecided()
{
    QList<Settlement> fresh;
    if (m_agent.isEmpty())
        return fresh;
    for (const Settlement &s : SettlementRepository(m_store).decidedFor(m_agent)) {
        if (m_known.contains(s.id))
            continue;
        m_known.insert(s.id);
        if (m_primed)
            fresh << s;
    }
    m_primed = true;
    return fresh;
}

}  // namespace cd
