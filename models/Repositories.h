#pragma once
// Typed repositories over LocalStore, one per aggregate. Prepared statements, no string maps.
// All of them borrow the store's connection; none outlives the store.
#include "DemoData.h"
#include "Compliance.h"
#include "Entities.h"
#include "ScriptGraph.h"
#include "LocalStore.h"
#include "OutboxRepository.h"
#include "SyncStateRepository.h"

#include <QJsonObject>
#include <optional>

namespace cd {

class CustomerRepository
{
public:
    explicit CustomerRepository(LocalStore &store) : m_store(store) {}
    Result<void> upsert(const Customer &c);
    std::optional<Customer> find(qint64 id) const;
    Result<void> addFlags(qint64 customerId, CustomerFlags flags);
    Result<void> upsertPhone(const Phone &p);
    QList<Phone> phones(qint64 customerId) const;  ///< own numbers first, then third parties
    Result<void> setPhoneStatus(qint64 phoneId, PhoneStatus status);

private:
    LocalStore &m_store;
};

class LoanRepository
{
public:
    explicit LoanRepository(LocalStore &store) : m_store(store) {}
    Result<void> upsert(const Loan &loan);  ///< with its installments and payments
    QList<Loan>
    loansFor(qint64 customerId) const;  ///< with installments (by seq) and payments (newest first)

private:
    LocalStore &m_store;
};

/// Denormalised queue row facts kept on the task so the queue needs no per-row computation.
struct TaskFacts {
    int dpd = 0;
    Bucket bucket = Bucket::M0;
    Fen overdue = 0;
};

class TaskRepository
{
public:
    explicit TaskRepository(LocalStore &store) : m_store(store) {}
    Result<qint64> insert(const Task &t, const TaskFacts &facts);  ///< returns the id (t.id if set)
    Result<void> update(const Task &t);  ///< status, kind, priority, reasons, due, attempts, next_eligible
    /// Inserts or replaces every column (a task the server sent).
    Result<void> upsert(const Task &t, const TaskFacts &facts);
    Result<void> remove(qint64 id);  ///< NotFound when there was none
    /// Recomputes dpd, bucket and overdue of the customer's tasks from its cached loans, at the
    /// debtor's local date at `now`. Returns how many tasks were updated.
    Result<int> refreshFacts(qint64 customerId, const QDateTime &now);
    std::optional<Task> find(qint64 id) const;
    QList<Task> forCustomer(qint64 customerId) const;
    /// Deferred tasks whose next_eligible <= now become Open again. Returns how many.
    Result<int> reopenDue(const QDateTime &now);
    int count(TaskStatus status) const;

private:
    LocalStore &m_store;
};

class InteractionRepository
{
public:
    explicit InteractionRepository(LocalStore &store) : m_store(store) {}
    Result<qint64> insert(const Interaction &i);
    Result<void> upsert(const Interaction &i);
    QList<Interaction> forCustomer(qint64 customerId) const;  ///< newest first

private:
    LocalStore &m_store;
};

class PromiseRepository
{
public:
    explicit PromiseRepository(LocalStore &store) : m_store(store) {}
    Result<qint64> insert(const Promise &p);
    Result<void> upsert(const Promise &p);
    QList<Promise> forCustomer(qint64 customerId) const;  ///< newest first

private:
    LocalStore &m_store;
};

/// Leads' compliance overrides pulled from the server (entity "override"): the call bar passes the
/// ones in force to compliance::check before dialling.
class OverrideRepository
{
public:
    explicit OverrideRepository(LocalStore &store) : m_store(store) {}
    Result<void> upsert(qint64 customerId, const compliance::Override &o);
    /// The customer's overrides not yet expired at `nowUtc`, oldest first.
    QList<compliance::Override> active(qint64 customerId, const QDateTime &nowUtc) const;

private:
    LocalStore &m_store;
};

/// Talk-track graphs (core/ScriptGraph.h) cached for offline use (table script_graphs, schema 8): the
/// latest version of each script the server sent, else the bundled default.
class ScriptRepository
{
public:
    explicit ScriptRepository(LocalStore &store) : m_store(store) {}
    /// A bundled or imported script: replaces only a local copy of the same or an older version, never
    /// what the server sent.
    Result<void> upsert(const script::Script &s);
    /// The server's script (its script_versions row): replaces any local copy, unless the cache
    /// already holds a newer version from the server.
    Result<void> replaceFromServer(const script::Script &s, qint64 serverRow);
    QList<script::Script> all() const;
    std::optional<script::Script> find(const QString &id) const;
    /// The script for this call (script::choose over everything cached).
    std::optional<script::Script> choose(const script::CallContext &call) const;
    /// Loads a collectdesk.scripts document (formatVersion 1 or 2, resources/scripts/default-scripts.json)
    /// in one transaction. Returns how many. All or nothing.
    Result<int> importJson(const QByteArray &json);

private:
    LocalStore &m_store;
};

}  // namespace cd
