#pragma once
// The records of the live floor board (FloorBoard.h) and its alerts (FloorAlerts.h), with their wire
// form (board.snapshot / board.delta bodies, docs/dev/Protocol.md). Plain values.
#include "ServerTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>

namespace cd::server {

/// Today's figures of one agent (reset at the board's local midnight).
struct FloorCounts {
    int attempts = 0;
    int connects = 0;    ///< someone answered (workflow::isContact)
    int rightParty = 0;  ///< the debtor was reached
    int promises = 0;
    Fen promiseAmount = 0;
    Fen collected = 0;  ///< payments credited to the agent holding the customer's task

    FloorCounts &operator+=(const FloorCounts &o);
    QJsonObject toJson() const;
    /// Counts plus connect / right-party / promise rates (4 decimals): the team's KPIs.
    QJsonObject kpiJson() const;
};

struct FloorAgent {
    QString username;
    QString name;
    QString team;
    AgentState state = AgentState::Offline;
    QString reason;
    QDateTime since;
    bool connected = false;
    bool dropped = false;  ///< the last connection ended while the agent was not Offline
    qint64 taskId = 0;     ///< the task last worked
    qint64 customerId = 0;
    QString customer;  ///< masked name (core/Pii.h)
    FloorCounts today;

    QJsonObject toJson() const;
};

/// A task not done, as the board's queue figures need it.
struct FloorTask {
    qint64 id = 0;
    qint64 customerId = 0;
    QString assignee;
    TaskKind kind = TaskKind::Collection;
    TaskStatus status = TaskStatus::Open;
    Bucket bucket = Bucket::M0;
    QDateTime due;
};

/// One team's queue: open tasks per bucket, the oldest waiting one, callbacks overdue.
struct FloorQueue {
    QMap<Bucket, int> depth;
    int open = 0;
    qint64 oldestTaskId = 0;
    QDateTime oldestSince;  ///< due time of the oldest open task
    int callbacksOverdue = 0;

    QJsonObject toJson() const;
};

struct FloorAlert {
    qint64 id = 0;
    AlertKind kind = AlertKind::QueueDepth;
    QString team;
    QString subject;       ///< the agent's username, "customer:7", or empty for the whole team
    qint64 value = 0;      ///< what was measured when raised (minutes, tasks, promises)
    qint64 threshold = 0;  ///< the limit it crossed
    /// What the lead needs beyond the figures, as enum keys and values (NoteFlagged: agent,
    /// interactionId, rule, match); empty for most kinds.
    QJsonObject detail;
    QDateTime raisedAt;
    QString acknowledgedBy;
    QDateTime acknowledgedAt;

    QJsonObject toJson() const;
};

}  // namespace cd::server
