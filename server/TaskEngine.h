#pragma once
// The server's task engine: applies the task rules (core/TaskRules.h) to every customer, on a timer
// and after each recorded interaction, so each customer has the one task the rules call for right
// now: it creates it (assigning it with core/Assignment.h among the active agents of the customer's
// team), re-ranks or defers it, or closes it. Every write goes to the change log (clients pull it) and
// raises task.assigned / task.updated notices like TaskService does. Also answers a lead's
// task.reassign. The instant is always given by the caller, so tests drive a day with a fake clock.
// Owned by the Server (or a CLI command); one thread.
#include "AuditLog.h"
#include "FactsReader.h"
#include "Notice.h"
#include "ServerTypes.h"
#include "ServiceResult.h"
#include "TaskRules.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>
#include <utility>

namespace cd::server {

class Storage;
class TaskService;
struct EngineTask;

class TaskEngine : public QObject
{
    Q_OBJECT
public:
    struct Summary {
        int customers = 0;  ///< customers planned
        int created = 0;
        int updated = 0;
        int closed = 0;
        qint64 revision = 0;  ///< last change-log revision written (0: nothing written)
        int ruleVersion = 0;
    };

    TaskEngine(Storage &storage, AuditLog &audit, TaskService &tasks, QObject *parent = nullptr);
    ~TaskEngine() override;

    /// The bundled defaults (resources/rules/default-task-rules.json).
    static taskrules::RuleSet bundledRules();
    /// The newest stored rule set, or the bundled defaults while none is stored. A stored set that no
    /// longer validates fails (InvalidInput) rather than silently running other rules.
    static Result<taskrules::RuleSet> activeRules(Storage &storage);
    /// Validates `json` and stores it as the next version, audited as "rules.set" by `author`.
    static Result<int> publishRules(Storage &storage, const QJsonObject &json, const QString &author,
                                    const QDateTime &nowUtc);
    /// What plan() needs about one customer, from storage.
    static Result<taskrules::CustomerFacts> facts(Storage &storage, qint64 customerId);
    /// The task a plan describes, for `customerId`, owned by `assignee`.
    static Task taskFromPlan(const taskrules::TaskPlan &plan, qint64 customerId, const QString &assignee);

    /// Plans every customer at `nowUtc` and writes what changed (one transaction per changed customer).
    Result<Summary> sweep(const QDateTime &nowUtc);
    /// The same for one customer.
    Result<Summary> sweepCustomer(qint64 customerId, const QDateTime &nowUtc);

    /// task.reassign {taskId, assignee} -> {taskId, assignee, revision}. A lead moves tasks of their own
    /// team to an agent of their own team; an admin moves any. Refusals are audited.
    ServiceResult<QJsonObject> reassign(const Viewer &viewer, const QJsonObject &body);

    /// Sweeps at the wall clock every `intervalSeconds` (0: never) and once right away. A timed sweep
    /// runs in slices of about `sliceMs` of work, one per turn of the event loop, so the requests and
    /// board deltas arriving meanwhile wait for one slice, not for the whole floor (2,000 customers
    /// take ~0.4 s). A sweep still running when the next is due lets that one pass.
    void startTimer(int intervalSeconds, double sliceMs = 1.0);
    /// True while a timed sweep is between slices.
    bool sweeping() const { return m_run != nullptr; }

public Q_SLOTS:
    /// A notice from TaskService: the customer it is about is planned again (after a recorded call).
    void onTaskNotice(const cd::server::Notice &notice);
    /// Plans `customerId` again soon: after the requests already waiting (a zero timer runs after the
    /// sockets' events of its turn), several customers in one slice of the same budget as a sweep.
    /// Nobody waits for it: the agent has their answer, the lead the recorded call on the board.
    /// With a FactsReader the customer's facts are read on its thread first, and only the tasks are
    /// read and written here; a customer asked for again while their read was out is read again.
    void replanSoon(qint64 customerId);

public:
    /// Re-plans (replanSoon) read their facts through `reader` from now on (null: on this thread).
    /// The reader must be stopped before this engine is destroyed.
    void setFactsReader(FactsReader *reader) { m_reader = reader; }
    /// Re-plans asked for and not yet applied (queued, being read, or read and waiting for a slice).
    int replansPending() const { return int(m_replan.size() + m_ready.size()) + (m_readsOut ? m_readsOutCount : 0); }

Q_SIGNALS:
    void noticed(const cd::server::Notice &notice);

private:
    struct Context;
    struct SweepRun;
    void timedSweep();
    void sweepSlice();
    void replanSlice();
    Result<Context> context(const QDateTime &nowUtc);
    /// Reads the active agents, their teams and open-task counts into `ctx` (once).
    Result<void> staff(Context &ctx);
    Result<void> apply(Context &ctx, qint64 customerId, const QDateTime &nowUtc, Summary &summary);
    Result<void> apply(Context &ctx, qint64 customerId, const taskrules::CustomerFacts &facts,
                       const QDateTime &nowUtc, Summary &summary);
    /// Sends the next customers of m_replan to the reader, unless a read is already out.
    void sendReads();
    QString chooseAssignee(Context &ctx, const taskrules::TaskPlan &plan,
                           const taskrules::CustomerFacts &facts, const QList<EngineTask> &tasks);
    QString teamOf(Context &ctx, const QString &username);

    Storage &m_storage;
    AuditLog &m_audit;
    TaskService &m_tasks;
    QTimer m_timer;
    std::unique_ptr<SweepRun> m_run;
    QList<qint64> m_replan;  ///< customers to plan again (replanSoon), in order, each once
    FactsReader *m_reader = nullptr;
    /// With a reader: each customer asked for and not yet applied, with the number of its latest
    /// request. A read that comes back with an older number is dropped (the customer changed since).
    QHash<qint64, quint64> m_generation;
    quint64 m_lastGeneration = 0;
    bool m_readsOut = false;  ///< a batch is with the reader
    int m_readsOutCount = 0;
    std::deque<FactsReader::Read> m_ready;  ///< read and waiting for a slice
    QTimer m_sliceTimer;   ///< the sweep's next slice
    QTimer m_replanTimer;  ///< the next slice of m_replan
    /// The parsed rules and the stored version they came from (0: the bundled set): parsing them for
    /// each recorded call was a tenth of the re-planning.
    std::optional<std::pair<int, taskrules::RuleSet>> m_rules;
    qint64 m_sliceNs = 1'000'000;
};

}  // namespace cd::server
