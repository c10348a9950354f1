#pragma once
// Where the server keeps its truth. The interface is the seam for a second database: SqliteStorage
// is the embedded default; a PostgreSQL implementation comes later behind the same calls.
//
// Ownership and threading: one Storage belongs to the Server (or a CLI command) that created it and
// is used from the thread that opened it only. Writes join the caller's transaction when one is open
// (begin() / commit(), or StorageTransaction below); otherwise each write commits on its own.
// Expected failures are Result values; nothing throws.
#include "ServerTypes.h"

#include "Result.h"

#include <memory>

namespace cd::server {

class Storage
{
public:
    virtual ~Storage() = default;

    /// Opens (creating when missing) and migrates to the current schema. Refuses a newer schema.
    virtual Result<void> open() = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    virtual int schemaVersion() const = 0;
    virtual QString location() const = 0;  ///< for logs: the file, or the server's address

    virtual Result<void> begin() = 0;
    virtual Result<void> commit() = 0;
    virtual void rollback() = 0;

    // ---- users and sessions ----
    virtual Result<qint64> insertUser(const UserRecord &user) = 0;
    virtual Result<std::optional<UserRecord>> userByName(const QString &username) = 0;
    virtual Result<std::optional<UserRecord>> userById(qint64 id) = 0;
    virtual Result<void> setUserDisabled(qint64 userId, bool disabled) = 0;
    virtual Result<void> insertSession(const SessionRecord &session) = 0;
    virtual Result<std::optional<SessionRecord>> sessionByTokenHash(const QString &tokenHash) = 0;
    virtual Result<void> revokeSession(const QString &tokenHash) = 0;

    // ---- customers and what hangs off them (ids are assigned by the storage) ----
    virtual Result<qint64> insertCustomer(const Customer &customer, bool demo) = 0;
    virtual Result<std::optional<Customer>> customer(qint64 id) = 0;
    virtual Result<bool> isDemoCustomer(qint64 id) = 0;
    virtual Result<void> setCustomerFlags(qint64 id, CustomerFlags flags) = 0;
    virtual Result<qint64> insertPhone(const Phone &phone) = 0;
    virtual Result<QList<Phone>> phones(qint64 customerId) = 0;
    virtual Result<void> setPhoneStatus(qint64 phoneId, PhoneStatus status) = 0;
    /// Inserts the loan with its installments and payments and writes their new ids into `loan`.
    virtual Result<void> insertLoan(Loan &loan) = 0;
    virtual Result<QList<Loan>> loans(qint64 customerId) = 0;
    virtual Result<qint64> insertInteraction(const Interaction &interaction, const QString &opId) = 0;
    virtual Result<QList<Interaction>> interactions(qint64 customerId) = 0;
    virtual Result<qint64> insertPromise(const Promise &promise, const QString &opId) = 0;
    virtual Result<QList<Promise>> promises(qint64 customerId) = 0;
    virtual Result<qint64> insertTask(const Task &task, const TaskFacts &facts, const QString &opId) = 0;
    virtual Result<std::optional<TaskRow>> task(qint64 id) = 0;
    virtual Result<QList<Task>> tasks(qint64 customerId) = 0;
    /// Writes kind, status, priority, reasons, due, assignee, attempts and next-eligible.
    virtual Result<void> updateTask(const Task &task) = 0;

    // ---- scripts ----
    /// Inserts, or replaces the script with the same segment and locale. Returns its id.
    virtual Result<qint64> upsertScript(const ScriptTemplate &script) = 0;
    virtual Result<QList<ScriptTemplate>> scripts() = 0;

    // ---- visibility (ARCHITECTURE.md, security model) ----
    /// Agent: a task of the customer is assigned to them. Lead: assigned to anyone of their team.
    /// Trainer: demo customers. Admin: everyone.
    virtual Result<bool> canSee(const Viewer &viewer, qint64 customerId) = 0;
    virtual Result<QList<qint64>> visibleCustomers(const Viewer &viewer) = 0;

    // ---- change log (drives sync.pull) ----
    /// Appends a row and returns its revision (strictly increasing, never reused).
    virtual Result<qint64> appendChange(const ChangeRow &change) = 0;
    virtual Result<qint64> currentRevision() = 0;
    /// Changes after `since` that `viewer` may see now, by revision: at most `maxChanges`, and no
    /// more than about `maxBytes` of change JSON (so a page always fits in one frame).
    virtual Result<ChangePage> changesSince(const Viewer &viewer, qint64 since, int maxChanges,
                                            qint64 maxBytes) = 0;

    // ---- idempotency of sync.push ----
    virtual Result<std::optional<AppliedOp>> appliedOp(const QString &opId) = 0;
    virtual Result<void> insertAppliedOp(const AppliedOp &op) = 0;

    // ---- floor ----
    virtual Result<void> setAgentState(qint64 userId, AgentState state, const QString &reason,
                                       const QDateTime &since) = 0;

    // ---- audit (append-only) ----
    virtual Result<qint64> appendAudit(const AuditEntry &entry) = 0;
    /// Newest first; `action` empty = all actions.
    virtual Result<QList<AuditEntry>> auditEntries(const QString &action = {}, int limit = 1000) = 0;
};

/// Rolls back unless commit() was called: every early return in a service leaves nothing behind.
class StorageTransaction
{
public:
    explicit StorageTransaction(Storage &storage);
    ~StorageTransaction();
    StorageTransaction(const StorageTransaction &) = delete;
    StorageTransaction &operator=(const StorageTransaction &) = delete;

    const Result<void> &started() const { return m_started; }
    Result<void> commit();

private:
    Storage &m_storage;
    Result<void> m_started;
    bool m_done = false;
};

/// Opens the storage a database URL names: "sqlite:/path/file.db", "sqlite:///path/file.db" or a plain
/// path. "postgres://..." fails with InvalidInput ("PostgreSQL storage is not available yet"), as does
/// any other scheme. The storage is returned closed: call open().
Result<std::unique_ptr<Storage>> createStorage(const QString &url);

}  // namespace cd::server
