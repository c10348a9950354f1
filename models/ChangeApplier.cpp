#include "ChangeApplier.h"

#include "AccountRepositories.h"
#include "Repositories.h"
#include "SettlementRecorder.h"
#include "SmsCodec.h"
#include "SmsTemplateRepository.h"
#include "StoreRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace cd {

namespace {

Error invalidChange(const proto::Change &c, const QString &why)
{
    return Error{
        ErrorCode::InvalidInput,
        QStringLiteral("change rev %1 (%2 %3): %4").arg(c.revision).arg(c.entity).arg(c.id).arg(why)};
}

/// The entity's own id must be the change's id (or absent: then it is the change's).
template <typename T> Result<T> checkedEntity(const proto::Change &c, std::optional<T> parsed)
{
    if (!parsed)
        return invalidChange(c, QStringLiteral("malformed data"));
    if (parsed->id == 0)
        parsed->id = c.id;
    if (parsed->id != c.id || c.id <= 0)
        return invalidChange(c, QStringLiteral("data id %1 does not match").arg(parsed->id));
    return *parsed;
}

/// DELETE FROM table WHERE column = id; returns the number of rows deleted.
Result<int> deleteWhere(const QSqlDatabase &db, const char *table, const char *column, const QVariant &value,
                        const char *extra = "")
{
    QSqlQuery q(db);
    if (auto r = rows::prepare(q,
                               QStringLiteral("DELETE FROM %1 WHERE %2 = ?%3")
                                   .arg(QLatin1String(table), QLatin1String(column), QLatin1String(extra)));
        !r)
        return r.error();
    q.bindValue(0, value);
    if (auto r = rows::exec(q, QStringLiteral("delete from ") + QLatin1String(table)); !r)
        return r.error();
    return q.numRowsAffected();
}

std::optional<qint64> customerOf(const QSqlDatabase &db, const char *table, qint64 id)
{
    QSqlQuery q(db);
    if (!rows::prepare(q,
                       QStringLiteral("SELECT customer_id FROM %1 WHERE id = ?").arg(QLatin1String(table))))
        return std::nullopt;
    q.bindValue(0, id);
    if (!rows::exec(q, QStringLiteral("customer of row")) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

const char *tableFor(const QString &entity)
{
    if (entity == QLatin1String("customer"))
        return "customers";
    if (entity == QLatin1String("phone"))
        return "phones";
    if (entity == QLatin1String("loan"))
        return "loans";
    if (entity == QLatin1String("task"))
        return "tasks";
    if (entity == QLatin1String("interaction"))
        return "interactions";
    if (entity == QLatin1String("promise"))
        return "promises";
    if (entity == QLatin1String("script"))
        return "script_graphs";
    if (entity == QLatin1String("bucketChange"))
        return "bucket_history";
    if (entity == QLatin1String("settlement"))
        return "settlements";
    if (entity == QLatin1String("override"))
        return "compliance_overrides";
    if (entity == QLatin1String("smsTemplate"))
        return "sms_templates";
    return nullptr;
}


}  // namespace

ChangeApplier::ChangeApplier(LocalStore &store) : m_store(store)
{
    const SyncStateRepository state(store);
    m_username = state.username();
    m_role = state.role();
}

void ChangeApplier::setUser(const QString &username, const QString &role)
{
    m_username = username;
    m_role = role;
}

Result<ChangeApplier::Counts> ChangeApplier::apply(const QList<proto::Change> &changes, qint64 revision,
                                                   const QDateTime &now)
{
    const QSqlDatabase db = m_store.db();
    Transaction tx(db);
    Counts counts;
    QSet<qint64> refreshFacts;      // customers whose loans or tasks changed
    QSet<qint64> orphanCandidates;  // customers that lost a task to another agent
    // An agent's cache holds only its own work; a lead's holds the team's, an admin's everything.
    const bool onlyOwnTasks =
        !m_username.isEmpty() && m_role != QLatin1String("lead") && m_role != QLatin1String("admin");

    CustomerRepository customers(m_store);
    TaskRepository tasks(m_store);

    for (const proto::Change &c : changes) {
        const char *table = tableFor(c.entity);
        if (!table) {
            // A newer server may send kinds this program does not cache yet; skipping keeps it working.
            qCDebug(lcStore) << "skipping change of unknown entity" << c.entity << "rev" << c.revision;
            ++counts.skipped;
            continue;
        }
        if (c.id <= 0)
            return invalidChange(c, QStringLiteral("a server id must be positive"));

        // The server's rows of an op replace the provisional rows this client made for it.
        if (!c.opId.isEmpty()
            && (c.entity == QLatin1String("interaction") || c.entity == QLatin1String("promise")
                || c.entity == QLatin1String("task") || c.entity == QLatin1String("settlement"))) {
            const Result<int> n = deleteWhere(db, table, "op_id", c.opId, " AND id < 0");
            if (!n)
                return n.error();
            counts.provisionalRemoved += n.value();
        }

        if (c.deleted) {
            if (c.entity == QLatin1String("loan") || c.entity == QLatin1String("task")) {
                if (const auto owner = customerOf(db, table, c.id))
                    refreshFacts.insert(*owner);
            }
            const Result<int> n = deleteWhere(db, table, "id", c.id);
            if (!n)
                return n.error();
            counts.deleted += n.value();
            continue;
        }

        Result<void> written;
        if (c.entity == QLatin1String("customer")) {
            const Result<Customer> e = checkedEntity(c, proto::customerFromJson(c.data));
            if (!e)
                return e.error();
            written = customers.upsert(e.value());
        } else if (c.entity == QLatin1String("phone")) {
            const Result<Phone> e = checkedEntity(c, proto::phoneFromJson(c.data));
            if (!e)
                return e.error();
            written = customers.upsertPhone(e.value());
        } else if (c.entity == QLatin1String("loan")) {
            const Result<Loan> e = checkedEntity(c, proto::loanFromJson(c.data));
            if (!e)
                return e.error();
            written = LoanRepository(m_store).upsert(e.value());  // replaces schedule and payments
            refreshFacts.insert(e->customerId);
        } else if (c.entity == QLatin1String("task")) {
            const Result<Task> e = checkedEntity(c, proto::taskFromJson(c.data));
            if (!e)
                return e.error();
            if (onlyOwnTasks && e->assignee != m_username) {
                // Reassigned away (the previous assignee still sees this change): drop it here.
                const Result<int> n = deleteWhere(db, table, "id", c.id);
                if (!n)
                    return n.error();
                counts.reassignedAway += n.value();
                orphanCandidates.insert(e->customerId);
                continue;
            }
            written = tasks.upsert(e.value(), TaskFacts{});  // facts computed below, once per customer
            refreshFacts.insert(e->customerId);
        } else if (c.entity == QLatin1String("interaction")) {
            const Result<Interaction> e = checkedEntity(c, proto::interactionFromJson(c.data));
            if (!e)
                return e.error();
            written = InteractionRepository(m_store).upsert(e.value());
        } else if (c.entity == QLatin1String("promise")) {
            const Result<Promise> e = checkedEntity(c, proto::promiseFromJson(c.data));
            if (!e)
                return e.error();
            written = PromiseRepository(m_store).upsert(e.value());
        } else if (c.entity == QLatin1String("bucketChange")) {
            const Result<BucketChange> e = checkedEntity(c, proto::bucketChangeFromJson(c.data));
            if (!e)
                return e.error();
            written = BucketHistoryRepository(m_store).upsert(e.value());
        } else if (c.entity == QLatin1String("override")) {
            const auto o = proto::overrideFromJson(c.data);
            if (!o || o->second.id != c.id || c.id <= 0)
                return invalidChange(c, QStringLiteral("malformed override"));
            written = OverrideRepository(m_store).upsert(o->first, o->second);
        } else if (c.entity == QLatin1String("settlement")) {
            const Result<Settlement> e = checkedEntity(c, proto::settlementFromJson(c.data));
            if (!e)
                return e.error();
            if (!customers.find(e->customerId)) {
                ++counts.skipped;  // a customer this cache does not hold (any more)
                continue;
            }
            written = SettlementRepository(m_store).upsert(e.value());
        } else if (c.entity == QLatin1String("smsTemplate")) {
            const Result<SmsTemplate> e = checkedEntity(c, proto::smsTemplateFromJson(c.data));
            if (!e)
                return e.error();
            written = SmsTemplateRepository(m_store).replace(e.value());
        } else {  // script: a talk-track graph; the change id is the server's script_versions row
            const Result<script::Script> e = script::fromJson(c.data);
            if (!e)
                return invalidChange(c, QStringLiteral("malformed script: ") + e.error().detail);
            written = ScriptRepository(m_store).replaceFromServer(e.value(), c.id);
        }
        if (!written)
            return Error{written.error().code,
                         QStringLiteral("change rev %1 (%2 %3): %4")
                             .arg(c.revision)
                             .arg(c.entity)
                             .arg(c.id)
                             .arg(written.error().detail)};
        ++counts.upserted;
    }

    // A customer whose last task went to someone else is no longer this agent's to see (PIPL: the
    // cache holds only what the agent needs).
    for (qint64 customerId : std::as_const(orphanCandidates)) {
        if (!tasks.forCustomer(customerId).isEmpty())
            continue;
        const Result<int> n = deleteWhere(db, "customers", "id", customerId);
        if (!n)
            return n.error();
        counts.customersDropped += n.value();
        refreshFacts.remove(customerId);
    }
    for (qint64 customerId : std::as_const(refreshFacts)) {
        if (auto r = tasks.refreshFacts(customerId, now); !r)
            return r.error();
    }

    if (auto r = SyncStateRepository(m_store).setRevision(revision); !r)
        return r.error();
    const Result<int> settled = OutboxRepository(m_store).settleAcked(revision);
    if (!settled)
        return settled.error();
    counts.provisionalRemoved += settled.value();

    if (auto r = tx.commit(); !r)
        return r.error();
    qCDebug(lcStore) << "applied" << changes.size() << "changes up to revision" << revision;
    return counts;
}

Result<void> ChangeApplier::forgetServerData()
{
    const QSqlDatabase db = m_store.db();
    Transaction tx(db);
    // Children first, as DemoSeeder does: the customer delete then has nothing to cascade to.
    for (const char *table : {"bucket_history", "promises", "interactions", "tasks", "payments", "installments",
                              "loans", "phones", "customers"}) {
        if (auto r = rows::execSql(db, QStringLiteral("DELETE FROM ") + QLatin1String(table)); !r)
            return r;
    }
    if (auto r = rows::execSql(db, QStringLiteral("DELETE FROM outbox WHERE status = 'acked'")); !r)
        return r;
    SyncStateRepository state(m_store);
    if (auto r = state.setRevision(0); !r)
        return r;
    if (auto r = state.setLastSync({}); !r)
        return r;
    return tx.commit();
}

}  // namespace cd
