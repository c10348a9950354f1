#pragma once
// The embedded storage: one SQLite file through QtSql (QSQLITE), WAL journal, schema versioned with
// PRAGMA user_version (ordered migrateToN steps, each in one transaction; a newer file is refused).
// Statements are prepared once per connection and re-bound (seeding 10k customers prepares nothing
// per row). Owned by whoever created it; one thread.
#include "Storage.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

struct sqlite3_stmt;

namespace cd::server {

class SqliteStorage final : public Storage
{
public:
    static constexpr int CurrentSchema = 7;

    explicit SqliteStorage(QString path);
    ~SqliteStorage() override;

    Result<void> open() override;
    void close() override;
    bool isOpen() const override;
    int schemaVersion() const override { return m_schema; }
    QString location() const override { return m_path; }
    /// PRAGMA wal_autocheckpoint on this connection: 0 when a WalCheckpointer does it elsewhere.
    Result<void> setAutoCheckpoint(int pages);
    /// The connection, for tests that check what really reached the file.
    QSqlDatabase db() const;

    Result<void> begin() override;
    /// A read transaction (BEGIN DEFERRED): the reads until rollback() or commit() see one state of the
    /// file and take no write lock. For connections that only read (FactsReader).
    Result<void> beginRead();
    /// PRAGMA query_only: this connection refuses every write.
    Result<void> setQueryOnly();
    Result<void> commit() override;
    void rollback() override;

    Result<qint64> insertUser(const UserRecord &user) override;
    Result<std::optional<UserRecord>> userByName(const QString &username) override;
    Result<std::optional<UserRecord>> userById(qint64 id) override;
    Result<void> setUserDisabled(qint64 userId, bool disabled) override;
    Result<void> insertSession(const SessionRecord &session) override;
    Result<std::optional<SessionRecord>> sessionByTokenHash(const QString &tokenHash) override;
    Result<void> revokeSession(const QString &tokenHash) override;

    Result<qint64> insertCustomer(const Customer &customer, bool demo) override;
    Result<std::optional<Customer>> customer(qint64 id) override;
    Result<bool> isDemoCustomer(qint64 id) override;
    Result<void> setCustomerFlags(qint64 id, CustomerFlags flags) override;
    Result<qint64> insertPhone(const Phone &phone) override;
    Result<QList<Phone>> phones(qint64 customerId) override;
    Result<void> setPhoneStatus(qint64 phoneId, PhoneStatus status) override;
    Result<void> insertLoan(Loan &loan) override;
    Result<QList<Loan>> loans(qint64 customerId) override;
    Result<qint64> insertInteraction(const Interaction &interaction, const QString &opId) override;
    Result<QList<Interaction>> interactions(qint64 customerId) override;
    Result<QList<Interaction>> contactHistory(qint64 customerId) override;
    Result<qint64> insertPromise(const Promise &promise, const QString &opId) override;
    Result<QList<Promise>> promises(qint64 customerId) override;
    Result<qint64> insertTask(const Task &task, const TaskFacts &facts, const QString &opId) override;
    Result<std::optional<TaskRow>> task(qint64 id) override;
    Result<QList<Task>> tasks(qint64 customerId) override;
    Result<void> updateTask(const Task &task) override;

    Result<qint64> insertScriptVersion(const script::Script &script) override;
    Result<QList<script::Script>> scripts() override;
    Result<QList<script::Script>> scriptVersions(const QString &id) override;

    Result<bool> canSee(const Viewer &viewer, qint64 customerId) override;
    Result<QList<qint64>> visibleCustomers(const Viewer &viewer) override;

    Result<qint64> appendChange(const ChangeRow &change) override;
    Result<qint64> currentRevision() override;
    Result<ChangePage> changesSince(const Viewer &viewer, qint64 since, int maxChanges,
                                    qint64 maxBytes) override;

    Result<std::optional<AppliedOp>> appliedOp(const QString &opId) override;
    Result<void> insertAppliedOp(const AppliedOp &op) override;

    Result<void> setAgentState(qint64 userId, AgentState state, const QString &reason,
                               const QDateTime &since) override;

    // SqliteSettlements.cpp
    Result<qint64> insertSettlement(const Settlement &settlement, const QString &opId) override;
    Result<std::optional<Settlement>> settlement(qint64 id) override;
    Result<QList<Settlement>> customerSettlements(qint64 customerId) override;
    Result<QList<Settlement>> teamSettlements(const QString &team,
                                              std::optional<SettlementStatus> status) override;
    Result<bool> decideSettlement(const Settlement &settlement) override;

    // SqliteAccounts.cpp
    Result<std::optional<qint64>> loanIdByContract(const QString &contractNo) override;
    Result<std::optional<qint64>> customerOfLoan(qint64 loanId) override;
    Result<qint64> insertPayment(const Payment &payment) override;
    Result<void> setInstallmentPaid(qint64 installmentId, Fen paid) override;
    Result<void> updatePromise(const Promise &promise) override;
    Result<qint64> insertBucketChange(const BucketChange &change) override;
    Result<QList<BucketChange>> bucketHistory(qint64 customerId) override;
    Result<void> setCustomerRisk(qint64 customerId, RiskGrade grade,
                                 const QList<RiskFactor> &factors) override;
    Result<qint64> insertRiskEvent(qint64 customerId, const QDateTime &at, RiskGrade from, RiskGrade to,
                                   const QList<RiskFactor> &factors) override;
    Result<QList<qint64>> accountCustomers() override;

    // SqliteTaskEngine.cpp
    Result<QList<qint64>> customerIds() override;
    Result<QList<EngineTask>> engineTasks(qint64 customerId) override;
    Result<QList<EngineTask>> liveTasksOf(const QString &assignee) override;
    Result<void> setTaskEngineFields(qint64 taskId, const QString &rule, const TaskFacts &facts) override;
    Result<QHash<QString, int>> openTaskCounts() override;
    Result<QList<UserRecord>> activeAgents() override;
    Result<std::optional<RuleSetRecord>> latestRuleSet() override;
    Result<int> insertRuleSet(const RuleSetRecord &record) override;

    // SqliteFloor.cpp
    Result<QList<StoredAgentState>> agentStates() override;
    Result<QList<Interaction>> interactionsSince(const QDateTime &from) override;
    Result<QList<CustomerPayment>> paymentsSince(const QDateTime &from) override;
    Result<QList<EngineTask>> openTasks() override;

    // SqliteLeadActions.cpp
    Result<qint64> insertFloorMessage(const FloorMessage &message) override;
    Result<QList<FloorMessage>> floorMessages(const QString &username, const QString &team, qint64 sinceId,
                                              int limit) override;
    Result<QList<HourlyRow>> teamHourly(const QString &team, const QDateTime &from,
                                        const QDateTime &to) override;

    // SqliteConsult.cpp
    Result<qint64> insertConsultThread(const ConsultThread &thread) override;
    Result<qint64> insertConsultMessage(const ConsultMessage &message) override;
    Result<QList<ConsultThread>> consultThreadsFor(const Viewer &viewer, qint64 customerId,
                                                   qint64 threadId) override;
    Result<QStringList> consultParticipants(qint64 threadId) override;
    Result<QList<ConsultMessage>> consultMessages(qint64 threadId, qint64 afterId, int limit) override;
    Result<qint64> markConsultRead(qint64 threadId, const QString &username, qint64 messageId) override;

    // SqliteOverrides.cpp
    Result<qint64> insertOverride(qint64 customerId, const compliance::Override &o,
                                  const QDateTime &createdAt) override;
    Result<QList<compliance::Override>> activeOverrides(qint64 customerId, const QDateTime &nowUtc) override;

    // SqliteRecordings.cpp
    Result<std::optional<Interaction>> interaction(qint64 id) override;
    Result<std::optional<Interaction>> interactionByOpId(const QString &opId) override;
    Result<qint64> insertRecording(const RecordingRecord &recording) override;
    Result<void> updateRecording(const RecordingRecord &recording) override;
    Result<std::optional<RecordingRecord>> recording(qint64 id) override;
    Result<std::optional<RecordingRecord>> recordingOfInteraction(qint64 interactionId) override;
    Result<QList<RecordingRecord>> recordingsToPurge(const QDateTime &now, const QDateTime &abandonedBefore,
                                                     int limit) override;
    Result<void> deleteRecording(qint64 id) override;

    Result<qint64> appendAudit(const AuditEntry &entry) override;
    Result<QList<AuditEntry>> auditEntries(const QString &action, int limit) override;

    // SqliteSms.cpp
    Result<qint64> upsertSmsTemplate(const SmsTemplate &t) override;
    Result<QList<SmsTemplate>> smsTemplates() override;
    Result<std::optional<SmsTemplate>> smsTemplate(qint64 id) override;
    Result<void> setSmsDelivery(qint64 interactionId, SmsStatus status, const QString &reason) override;

private:
    // SqliteSchema.cpp
    Result<void> configure();
    Result<void> migrate();
    Result<void> migrateTo1();
    Result<void> migrateTo2();
    Result<void> migrateTo3();
    Result<void> migrateTo4();
    Result<void> migrateTo5();  ///< recordings (SqliteRecordings.cpp)
    Result<void> migrateTo6();  ///< consult threads (SqliteConsult.cpp)
    Result<void> migrateTo7();  ///< script versions (SqliteChangeLog.cpp)
    Result<int> readUserVersion();

    /// The cached prepared statement for `sql` (prepared on first use).
    Result<QSqlQuery *> statement(const QString &sql);
    Result<void> exec(QSqlQuery &q, const char *what);
    /// The rows of one customer (`sql` takes the customer id as its only parameter), each turned
    /// into an entity by `read`. Shared by the per-customer lists (phones, tasks, ...).
    template <typename T> Result<QList<T>> listForCustomer(const QString &sql, qint64 customerId,
                                                           T (*read)(const QSqlQuery &), const char *what);
    Result<void> execSql(const QString &sql, const char *what);
    Error failure(const QSqlError &e, const QString &what) const;
    Result<qint64> insertReturningId(QSqlQuery &q, const char *what);
    /// Task rows with their rule (SqliteTaskEngine.cpp); `sql` takes `key` as its only parameter.
    Result<QList<EngineTask>> engineTaskList(const QString &sql, const QVariant &key);

    QString m_path;
    QString m_connection;
    int m_schema = 0;
    bool m_inTransaction = false;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    /// contactHistory's statement on the connection's own sqlite3 handle (SqliteContacts.cpp):
    /// QtSql's per-row QVariant cache cost 5x the raw step for a long history.
    sqlite3_stmt *m_contactStmt = nullptr;
    void finalizeRawStatements();
};

}  // namespace cd::server
