#pragma once
// Where the server keeps its truth. The interface is the seam for a second database: SqliteStorage
// is the embedded default; a PostgreSQL implementation comes later behind the same calls.
//
// Ownership and threading: one Storage belongs to the Server (or a CLI command) that created it and
// is used from the thread that opened it only. Writes join the caller's transaction when one is open
// (begin() / commit(), or StorageTransaction below); otherwise each write commits on its own.
// Expected failures are Result values; nothing throws.
#include "ServerTypes.h"

#include "Compliance.h"

#include "Result.h"
#include "ScriptGraph.h"
#include "SmsTemplate.h"

#include <QHash>
#include <QJsonArray>

#include <memory>

namespace cd::server {

// ---- task engine records ----
/// A task with what the engine keeps beside it: the rule that made it and the account facts it was
/// ranked with.
struct EngineTask {
    Task task;
    TaskFacts facts;
    QString rule;
};

/// An agent's floor state as stored (agent_states).
struct StoredAgentState {
    qint64 userId = 0;
    AgentState state = AgentState::Offline;
    QString reason;
    QDateTime since;
};

/// A payment with the customer it was for (the floor board credits it to the customer's agent).
struct CustomerPayment {
    qint64 customerId = 0;
    Fen amount = 0;
    QDateTime paidAt;
};

/// A lead's message to one agent or to the whole team (floor_messages; server/LeadActions.h).
struct FloorMessage {
    qint64 id = 0;
    QString sender;      ///< username of the lead or admin
    QString senderName;  ///< read back from users (not stored)
    QString recipient;   ///< username; empty for a team message
    QString team;        ///< the team of the recipient, or the team addressed
    bool toTeam = false;
    QString text;
    QDateTime sentAt;
};

/// One row of board.hourly's grouped query: calls of one outcome ("call") or payments ("payment")
/// in one UTC hour (`hour`: its start), how many and their amount (promised or paid).
struct HourlyRow {
    QString kind;
    QDateTime hour;
    QString outcome;
    int count = 0;
    Fen amount = 0;
};

/// A call recording the server holds or is receiving (recordings; server/RecordingService.h). The
/// file lives in the recordings directory under `file`; while `complete` is false it is still
/// "<file>.part" and grows chunk by chunk.
struct RecordingRecord {
    qint64 id = 0;
    qint64 interactionId = 0;
    qint64 customerId = 0;
    QString agent;
    QString sha256;  ///< declared by the uploader (hex); checked against the bytes on commit
    qint64 bytes = 0;
    qint64 durationMs = 0;
    QString file;  ///< name inside the recordings directory
    bool complete = false;
    QDateTime createdAt;
    QDateTime uploadedAt;   ///< null until complete
    QDateTime retainUntil;  ///< null until complete
};

/// A consult thread on a customer between its agent, the team's leads and a department (legal or
/// risk); server/ConsultService.h says who takes part. The last four fields are read back, not stored.
struct ConsultThread {
    qint64 id = 0;
    qint64 customerId = 0;
    Role department = Role::Legal;
    QString subject;
    QString openedBy;  ///< username
    QString team;      ///< the team whose leads take part (the customer's agent's team at opening)
    QDateTime createdAt;
    qint64 lastMessageId = 0;
    QDateTime lastMessageAt;
    int messages = 0;
    int unread = 0;  ///< for the user the threads were read for: others' messages after their read mark
};

/// One message of a consult thread. `flags` are the compliance lint's findings on the text
/// ([{rule, text, start, length}]): stored and shown, never a reason to refuse.
struct ConsultMessage {
    qint64 id = 0;
    qint64 threadId = 0;
    QString author;      ///< username
    QString authorName;  ///< read back from users (not stored)
    QString authorRole;  ///< read back from users (not stored): roleKey
    QString text;
    QJsonArray flags;
    QDateTime sentAt;
};

/// One stored version of the task rules (core/TaskRules.h); versions count up from 1.
struct RuleSetRecord {
    int version = 0;
    QJsonObject rules;
    QString author;
    QDateTime created;
};

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
    /// The customer's calls and texts as the contact rules (core/Compliance.h) and the task rules
    /// (core/TaskRules.h) read them, oldest first: id, customer, task, channel, number, agent, the
    /// three times, outcome, callback time and SMS status; no note, promise or recording. Read for
    /// every call recorded, every SMS sent and every re-plan: a debtor's history runs to hundreds of
    /// contacts, and the full rows cost about twice as much.
    virtual Result<QList<Interaction>> contactHistory(qint64 customerId) = 0;
    virtual Result<qint64> insertPromise(const Promise &promise, const QString &opId) = 0;
    virtual Result<QList<Promise>> promises(qint64 customerId) = 0;
    virtual Result<qint64> insertTask(const Task &task, const TaskFacts &facts, const QString &opId) = 0;
    virtual Result<std::optional<TaskRow>> task(qint64 id) = 0;
    virtual Result<QList<Task>> tasks(qint64 customerId) = 0;
    /// Writes kind, status, priority, reasons, due, assignee, attempts and next-eligible.
    virtual Result<void> updateTask(const Task &task) = 0;

    // ---- scripts (talk-track graphs, core/ScriptGraph.h; SqliteChangeLog.cpp) ----
    /// Stores one published version; (id, version) is unique, every version is kept. Returns its row.
    virtual Result<qint64> insertScriptVersion(const script::Script &script) = 0;
    /// The latest version of every script, by id.
    virtual Result<QList<script::Script>> scripts() = 0;
    /// Every version of one script, newest first (empty for an unknown id).
    virtual Result<QList<script::Script>> scriptVersions(const QString &id) = 0;

    // ---- SMS (SqliteSms.cpp) ----
    /// Inserts, or replaces the template with the same code and locale (its id stays). Returns its id.
    virtual Result<qint64> upsertSmsTemplate(const SmsTemplate &t) = 0;
    virtual Result<QList<SmsTemplate>> smsTemplates() = 0;
    virtual Result<std::optional<SmsTemplate>> smsTemplate(qint64 id) = 0;
    /// Writes the delivery state and reason of an SMS interaction (the gateway answers after the op).
    virtual Result<void> setSmsDelivery(qint64 interactionId, SmsStatus status, const QString &reason) = 0;

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
    /// What the floor board (FloorBoard.h) loads at start (SqliteFloor.cpp): every stored agent state,
    /// the interactions and payments since `from`, and the tasks not done.
    virtual Result<QList<StoredAgentState>> agentStates() = 0;
    virtual Result<QList<Interaction>> interactionsSince(const QDateTime &from) = 0;
    virtual Result<QList<CustomerPayment>> paymentsSince(const QDateTime &from) = 0;
    virtual Result<QList<EngineTask>> openTasks() = 0;

    // ---- lead's actions on the floor (SqliteLeadActions.cpp) ----
    /// Stores a message (its id is assigned here).
    virtual Result<qint64> insertFloorMessage(const FloorMessage &message) = 0;
    /// The newest `limit` messages after id `sinceId` that `username` sent or received (to them, or to
    /// `team` as a whole), oldest first.
    virtual Result<QList<FloorMessage>> floorMessages(const QString &username, const QString &team,
                                                      qint64 sinceId, int limit) = 0;
    /// One grouped query: the calls of `team`'s agents started in [from, to) per UTC hour and outcome,
    /// and the payments in [from, to) per UTC hour credited to the team (the customer's oldest open
    /// task is held by one of its agents, as on the floor board).
    virtual Result<QList<HourlyRow>> teamHourly(const QString &team, const QDateTime &from,
                                                const QDateTime &to) = 0;

    // ---- consult threads (SqliteConsult.cpp; server/ConsultService.h) ----
    virtual Result<qint64> insertConsultThread(const ConsultThread &thread) = 0;
    virtual Result<qint64> insertConsultMessage(const ConsultMessage &message) = 0;
    /// The threads `viewer` takes part in, newest activity first, with the viewer's unread counts;
    /// only those of `customerId` / the one `threadId` when not 0.
    virtual Result<QList<ConsultThread>> consultThreadsFor(const Viewer &viewer, qint64 customerId,
                                                           qint64 threadId) = 0;
    /// Usernames of the active users taking part in the thread (the same rule as consultThreadsFor).
    virtual Result<QStringList> consultParticipants(qint64 threadId) = 0;
    /// Up to `limit` messages with id > `afterId`, oldest first.
    virtual Result<QList<ConsultMessage>> consultMessages(qint64 threadId, qint64 afterId, int limit) = 0;
    /// Moves `username`'s read mark of the thread forward to `messageId` (never back); returns the mark.
    virtual Result<qint64> markConsultRead(qint64 threadId, const QString &username, qint64 messageId) = 0;

    // ---- settlements ----
    /// Stores a settlement offer (its id is assigned here) tagged with the op that made it.
    virtual Result<qint64> insertSettlement(const Settlement &settlement, const QString &opId) = 0;
    virtual Result<std::optional<Settlement>> settlement(qint64 id) = 0;
    /// Every offer made for the customer, oldest first.
    virtual Result<QList<Settlement>> customerSettlements(qint64 customerId) = 0;
    /// Offers made by agents of `team`, newest first; only those in `status` when given.
    virtual Result<QList<Settlement>> teamSettlements(const QString &team,
                                                      std::optional<SettlementStatus> status) = 0;
    /// Writes status, decidedBy, decidedAt and decisionNote, only while the stored row is still
    /// Pending: false when it was not (decided meanwhile), so two leads never both decide.
    virtual Result<bool> decideSettlement(const Settlement &settlement) = 0;

    // ---- accounts: payments, promises, buckets, risk ----
    /// The loan with this contract number, or none.
    virtual Result<std::optional<qint64>> loanIdByContract(const QString &contractNo) = 0;
    /// The customer a loan belongs to, or none when there is no such loan.
    virtual Result<std::optional<qint64>> customerOfLoan(qint64 loanId) = 0;
    virtual Result<qint64> insertPayment(const Payment &payment) = 0;
    virtual Result<void> setInstallmentPaid(qint64 installmentId, Fen paid) = 0;
    /// Writes status, paid and decided-at.
    virtual Result<void> updatePromise(const Promise &promise) = 0;
    virtual Result<qint64> insertBucketChange(const BucketChange &change) = 0;
    /// Oldest first.
    virtual Result<QList<BucketChange>> bucketHistory(qint64 customerId) = 0;
    virtual Result<void> setCustomerRisk(qint64 customerId, RiskGrade grade,
                                         const QList<RiskFactor> &factors) = 0;
    virtual Result<qint64> insertRiskEvent(qint64 customerId, const QDateTime &at, RiskGrade from,
                                           RiskGrade to, const QList<RiskFactor> &factors) = 0;
    /// Customers the daily sweep looks at: a loan not settled, or a pending promise.
    virtual Result<QList<qint64>> accountCustomers() = 0;

    // ---- task engine ----
    virtual Result<QList<qint64>> customerIds() = 0;
    /// Every task of the customer (any status), oldest first.
    virtual Result<QList<EngineTask>> engineTasks(qint64 customerId) = 0;
    /// Tasks of `assignee` that are not done, oldest first.
    virtual Result<QList<EngineTask>> liveTasksOf(const QString &assignee) = 0;
    /// Writes the rule and the queue facts of a task (the rest goes through updateTask).
    virtual Result<void> setTaskEngineFields(qint64 taskId, const QString &rule, const TaskFacts &facts) = 0;
    /// Tasks not done, per assignee.
    virtual Result<QHash<QString, int>> openTaskCounts() = 0;
    /// Users with the agent role that are not disabled, by username.
    virtual Result<QList<UserRecord>> activeAgents() = 0;
    /// The newest stored rule set, if any.
    virtual Result<std::optional<RuleSetRecord>> latestRuleSet() = 0;
    /// Stores `record` as the next version (its `version` is ignored) and returns that version.
    virtual Result<int> insertRuleSet(const RuleSetRecord &record) = 0;

    // ---- compliance overrides (a lead lets one rule through for one customer, for a while) ----
    virtual Result<qint64> insertOverride(qint64 customerId, const compliance::Override &o,
                                          const QDateTime &createdAt) = 0;
    /// The customer's overrides still in force at `nowUtc`, oldest first.
    virtual Result<QList<compliance::Override>> activeOverrides(qint64 customerId,
                                                                const QDateTime &nowUtc) = 0;

    // ---- call recordings (SqliteRecordings.cpp) ----
    virtual Result<std::optional<Interaction>> interaction(qint64 id) = 0;
    /// The interaction an interaction.record op created, if the server applied it.
    virtual Result<std::optional<Interaction>> interactionByOpId(const QString &opId) = 0;
    virtual Result<qint64> insertRecording(const RecordingRecord &recording) = 0;
    /// Writes sha256, bytes, duration, complete, uploaded-at and retain-until.
    virtual Result<void> updateRecording(const RecordingRecord &recording) = 0;
    virtual Result<std::optional<RecordingRecord>> recording(qint64 id) = 0;
    virtual Result<std::optional<RecordingRecord>> recordingOfInteraction(qint64 interactionId) = 0;
    /// What the retention purge removes, oldest first, at most `limit`: complete recordings whose
    /// retain_until is before `now`, and uploads still incomplete that began before `abandonedBefore`.
    virtual Result<QList<RecordingRecord>> recordingsToPurge(const QDateTime &now, const QDateTime &abandonedBefore,
                                                             int limit) = 0;
    virtual Result<void> deleteRecording(qint64 id) = 0;

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
