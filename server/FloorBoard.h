#pragma once
// The live floor board of the team leads: every agent's state and since, the task last worked
// (customer masked), today's counts; each team's queue (open tasks per bucket, oldest waiting task,
// callbacks overdue), the team's KPIs today, and its floor alerts (FloorAlerts.h).
//
// The state lives in memory: loaded from storage once at start, then kept up to date from the events
// the services emit anyway (agent states, recorded interactions, task notices, payments, promises
// broken, overrides, sessions that start and end). Changes are collected and flushed on the next turn
// of the event loop: one board.delta per changed team, encoded once and sent to every subscribed lead
// of that team (an admin gets every team). A lead subscribes (board.subscribe) and gets one
// board.snapshot per team first. Nothing here queries storage per viewer or per refresh; a task notice
// costs one read of that task. Counts reset at local midnight of the board's time zone. The clock is
// injected so tests walk through a day. Owned by the Server; one thread.
#include "AuditLog.h"
#include "ComplianceLint.h"
#include "FloorAlerts.h"
#include "FloorState.h"
#include "Notice.h"
#include "ServiceResult.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimeZone>
#include <QTimer>

#include <functional>

namespace cd::server {

class Storage;

struct FloorConfig {
    AlertThresholds alerts;
    QTimeZone zone = QTimeZone::systemTimeZone();  ///< where "today" starts and ends
    int tickMs = 1000;  ///< time-driven checks (timers of states, SLA, midnight); 0: only tick() by hand
};

class FloorBoard : public QObject
{
    Q_OBJECT
public:
    using Clock = FloorAlerts::Clock;
    using Send = std::function<void(const QByteArray &frame)>;

    FloorBoard(Storage &storage, AuditLog &audit, const FloorConfig &config = {}, Clock clock = {},
               QObject *parent = nullptr);

    /// Reads agents, stored states, today's interactions and payments, and the open tasks.
    Result<void> load();

    /// board.subscribe for `viewer` (a lead: their team; an admin: every team). `key` identifies the
    /// subscriber (its session); `send` carries frames to it. The answer is {teams[]}; the snapshots
    /// follow as events on the next turn of the event loop, then the deltas. Subscribing again from
    /// the same session sends fresh snapshots; deltas flushed before them still reach the session, so
    /// it sees every seq of its teams.
    ServiceResult<QJsonObject> subscribe(QObject *key, const Viewer &viewer, Send send);
    void unsubscribe(QObject *key);
    int subscriberCount() const { return int(m_subscribers.size()); }
    /// alert.ack {alertId} -> {alert}; audited as "alert.ack".
    ServiceResult<QJsonObject> acknowledge(const Viewer &viewer, const QJsonObject &body);

    /// A team's board.snapshot body: {team, seq, day, agents[], queue, kpis, alerts[]}.
    QJsonObject snapshot(const QString &team) const;
    QStringList teams() const;
    const FloorAgent *agent(const QString &username) const;

    /// Sends what changed since the last flush now (normally the event loop does it).
    void flush();
    /// The time-driven part: midnight, state timers, callbacks overdue, queue SLA.
    void tick();

public Q_SLOTS:
    /// agent.stateChanged, task.assigned, task.updated from the services.
    void onNotice(const cd::server::Notice &notice);
    void onInteraction(const cd::Interaction &interaction);
    void onPayment(qint64 customerId, cd::Fen amount, const QDateTime &paidAt);
    void onPromisesBroken(qint64 customerId, int count);
    void onComplianceOverride(qint64 customerId, const QString &by, bool granted);
    void onSessionStarted(const cd::server::Viewer &viewer);
    void onSessionEnded(const cd::server::Viewer &viewer);

protected:
    bool event(QEvent *e) override;

Q_SIGNALS:
    /// After a flush, per changed team (tests and the bench watch it; subscribers got the frame).
    void deltaSent(const QString &team, const QJsonObject &delta);

private:
    struct Subscriber {
        QPointer<QObject> key;
        Viewer viewer;
        Send send;
        bool ready = false;         ///< a snapshot was sent: deltas flow
        bool snapshotDue = true;    ///< board.subscribe answered, its snapshots not sent yet
    };
    struct TeamDirty {
        QSet<QString> agents;
        bool queue = false;
        bool kpis = false;
        QList<FloorAlert> raised;
        QList<FloorAlert> updated;  ///< acknowledged
        QList<FloorAlert> cleared;
    };

    FloorAgent *agentFor(const QString &username);  ///< adds an agent the board did not know yet
    QString teamOfUser(const QString &username);
    QDate dayOf(const QDateTime &utc) const;
    QDateTime dayStart() const;
    bool rollDay();
    void countInteraction(FloorAgent &a, const Interaction &i);
    void setTask(const FloorTask &task, bool live);
    void reloadTask(qint64 taskId);
    FloorQueue computeQueue(const QString &team) const;
    FloorCounts teamCounts(const QString &team) const;
    void markAgent(const FloorAgent &a);
    void markQueue(const QString &team);
    void schedule();
    void evaluateAlerts(const QSet<QString> &teams, const QSet<QString> *onlyAgents = nullptr);
    void sendSnapshots();
    bool sees(const Viewer &v, const QString &team) const;

    Storage &m_storage;
    AuditLog &m_audit;
    FloorConfig m_config;
    Clock m_clock;
    FloorAlerts m_alerts;
    std::optional<lint::ComplianceLint> m_lint;  ///< flags agents' call notes for the leads
    QDate m_day;
    QHash<QString, FloorAgent> m_agents;       ///< agents by username
    QHash<QString, QString> m_teamOf;          ///< every user seen, by username (agents and others)
    QHash<QString, int> m_sessions;            ///< open sessions per agent
    QHash<qint64, FloorTask> m_tasks;          ///< open tasks by id
    QHash<QString, QSet<qint64>> m_teamTasks;  ///< task ids per team
    QHash<QString, FloorQueue> m_queues;       ///< per team, as last computed
    QHash<QString, QJsonObject> m_queueSent;   ///< per team, as last sent
    QHash<QString, QJsonObject> m_kpis;        ///< per team, as last sent
    QHash<QString, qint64> m_seq;              ///< per team: deltas sent
    QHash<QString, TeamDirty> m_dirty;
    QList<Subscriber> m_subscribers;
    bool m_flushScheduled = false;
    bool m_everyAgentDue = false;  ///< the next flush looks at every agent's alerts (set by the tick)
    QTimer m_tick;
};

}  // namespace cd::server
