#pragma once
// Floor alerts for team leads: an agent not ready or in wrap-up too long, an agent whose connection
// dropped, callbacks overdue, a queue too deep or its oldest task past the SLA, a spike of broken
// promises, a compliance override granted or used. Each alert is an event with an id: it is raised
// when its condition starts to hold and cleared when it stops (an override alert: when a lead has
// acknowledged it). A lead acknowledges an alert of their own team (the board audits it). Thresholds
// come from ServerConfig (serve --floor-alerts FILE, JSON); 0 turns a check off. The clock is
// injected so tests walk through a day. Owned by the FloorBoard; one thread; no I/O.
#include "FloorState.h"
#include "ServiceResult.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>

#include <functional>

namespace cd::server {

struct AlertThresholds {
    int notReadyMinutes = 15;         ///< NotReady for this long
    int wrapUpMinutes = 3;            ///< WrapUp for this long
    bool disconnected = true;         ///< an agent's last connection dropped while not Offline
    int callbacksOverdue = 1;         ///< this many callbacks past their time (plus the grace) in a team
    int callbackGraceMinutes = 5;     ///< a callback is overdue this long after its time
    int queueDepth = 200;             ///< open tasks waiting in a team
    int oldestTaskMinutes = 240;      ///< the team's oldest waiting task has waited this long
    int brokenPromisesPerHour = 5;    ///< broken promises in a team within the last hour
    bool complianceOverrides = true;  ///< an override granted or used raises an alert
    bool flaggedNotes = true;         ///< a call note the compliance lint flags raises an alert

    /// Reads the keys above from a JSON object (missing keys keep their default). InvalidInput names
    /// the first key that is unknown (a typo would otherwise keep the default unnoticed) or that is not
    /// a non-negative whole number (or a boolean for the switches).
    static Result<AlertThresholds> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

class FloorAlerts
{
public:
    using Clock = std::function<QDateTime()>;
    struct Changes {
        QList<FloorAlert> raised;
        QList<FloorAlert> cleared;
        QList<FloorAlert> updated;  ///< acknowledged, still active
        bool isEmpty() const { return raised.isEmpty() && cleared.isEmpty() && updated.isEmpty(); }
    };

    explicit FloorAlerts(const AlertThresholds &thresholds = {}, Clock clock = {});
    const AlertThresholds &thresholds() const { return m_thresholds; }
    QDateTime now() const { return m_clock(); }

    /// Compares the conditions of `teams` (every team when empty) with the active alerts: raises what
    /// now holds, clears what no longer does. `agents` and `queues` (by team) are the board's state.
    /// With `onlyAgents`, the conditions about one agent (not ready or wrap-up too long, disconnected)
    /// are looked at for those agents only and the others' stay as they are: after events, only the
    /// agents they changed can have changed (the board's tick, with the clock, looks at everyone).
    Changes evaluate(const QHash<QString, FloorAgent> &agents, const QHash<QString, FloorQueue> &queues,
                     const QSet<QString> &teams = {}, const QSet<QString> *onlyAgents = nullptr);

    /// Event-driven conditions, counted at the clock's time; the next evaluate() raises them.
    void brokenPromise(const QString &team);
    void complianceOverride(const QString &team, qint64 customerId, const QString &by, bool granted);
    /// An agent's call note was flagged by the compliance lint: one alert per note (rule and the
    /// offending words in the detail), until a lead acknowledges it.
    void noteFlagged(const QString &team, qint64 customerId, qint64 interactionId, const QString &agent,
                     const QString &rule, const QString &match);

    /// A lead of the alert's team (or an admin) acknowledges it: NotFound, Forbidden (another team),
    /// or the alert as it is now. Acknowledged override alerts clear on the next evaluate().
    ServiceResult<FloorAlert> acknowledge(qint64 id, const Viewer &viewer);

    QList<FloorAlert> active(const QString &team) const;
    int activeCount() const { return int(m_active.size()); }

private:
    struct Condition {
        AlertKind kind;
        QString team;
        QString subject;
        qint64 value = 0;
        qint64 threshold = 0;
        QJsonObject detail = {};
    };
    static QString keyOf(AlertKind kind, const QString &team, const QString &subject);

    AlertThresholds m_thresholds;
    Clock m_clock;
    qint64 m_nextId = 1;
    QMap<QString, FloorAlert> m_active;         ///< by kind/team/subject
    QHash<QString, QList<QDateTime>> m_broken;  ///< per team, within the last hour
    QList<Condition> m_overrides;               ///< override conditions not yet acknowledged
    QSet<qint64> m_acknowledgedOverrides;
};

}  // namespace cd::server
