#pragma once
// The client's copy of the live floor board (docs/dev/FloorBoard.md): it applies board.snapshot, then
// the board.delta events of each team in seq order, and alert.raised / alert.cleared, and says which
// part changed. A delta that skips a seq (or comes for a team without a snapshot) makes it ask for a
// fresh subscription instead of guessing; a delta at or below the team's seq is already contained
// and is ignored (deltas replace whole objects, so this loses nothing). It also keeps today's
// attempts and connects per hour, added up from the KPI changes it sees, because the board sends
// only the day's totals. Owned by the supervisor view; QtCore only, no network: the view feeds it
// SyncClient::serverEvent and sends the board.subscribe it asks for.
#include "Domain.h"
#include "Money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>
#include <array>
#include <functional>
#include <optional>

namespace cd {

class BoardState : public QObject
{
    Q_OBJECT
public:
    /// An agent's floor state as the server sends it (server/AgentStates keys).
    enum class FloorState { Ready, NotReady, Busy, WrapUp, Offline, Unknown };
    Q_ENUM(FloorState)
    /// What an alert is about (server/FloorAlerts keys); Unknown for a kind this client predates.
    enum class AlertKind {
        NotReadyTooLong,
        WrapUpTooLong,
        AgentDisconnected,
        CallbacksOverdue,
        QueueDepth,
        OldestTaskOverSla,
        BrokenPromiseSpike,
        ComplianceOverride,
        NoteFlagged,
        Unknown
    };
    Q_ENUM(AlertKind)

    struct Counts {
        int attempts = 0;
        int connects = 0;
        int rightParty = 0;
        int promises = 0;
        Fen promiseAmount = 0;
        Fen collected = 0;

        static Counts fromJson(const QJsonObject &o);
        Counts &operator+=(const Counts &o);
        bool operator==(const Counts &o) const;
    };
    struct Kpis {
        Counts counts;
        double connectRate = 0;  ///< connects / attempts
        double rpcRate = 0;      ///< right-party contacts / attempts
        double ptpRate = 0;      ///< promises / right-party contacts
    };
    struct Agent {
        QString username;
        QString name;
        QString team;
        FloorState state = FloorState::Offline;
        QString reason;
        QDateTime since;
        bool connected = false;
        qint64 taskId = 0;
        qint64 customerId = 0;
        QString customer;  ///< masked by the server
        Counts today;

        static Agent fromJson(const QJsonObject &o);
    };
    struct Queue {
        QMap<Bucket, int> depth;
        int open = 0;
        qint64 oldestTaskId = 0;
        QDateTime oldestSince;
        int callbacksOverdue = 0;

        static Queue fromJson(const QJsonObject &o);
    };
    struct Alert {
        qint64 id = 0;
        AlertKind kind = AlertKind::Unknown;
        QString team;
        QString subject;  ///< an agent's username, "customer:7", or empty for the team
        qint64 value = 0;
        qint64 threshold = 0;
        QJsonObject detail;  ///< NoteFlagged: agent, interactionId, rule (lint rule key), match
        QDateTime raisedAt;
        QString acknowledgedBy;
        QDateTime acknowledgedAt;

        bool acknowledged() const { return !acknowledgedBy.isEmpty(); }
        static Alert fromJson(const QJsonObject &o);
    };
    struct Team {
        QString name;
        qint64 seq = 0;
        QDate day;
        QMap<QString, Agent> agents;  ///< by username
        Queue queue;
        Kpis kpis;
    };
    /// Today's attempts and connects per local hour (index 0..23).
    struct Hourly {
        QDate day;
        std::array<int, 24> attempts{};
        std::array<int, 24> connects{};
        QDateTime since;  ///< when counting began (the first snapshot of the day)
        Counts last;      ///< the totals last seen, to tell what the next change added
    };

    /// One local hour of board.hourly: what the team did in it.
    struct HourFigures {
        int attempts = 0;
        int connects = 0;
        int promises = 0;
        Fen promiseAmount = 0;
        Fen collected = 0;

        HourFigures &operator+=(const HourFigures &o);
    };
    /// The server's board.hourly answer: today and yesterday per local hour of the board's zone,
    /// counted from storage (so hours before the view opened are included), at most a minute old.
    struct HourlySeries {
        QDate day;              ///< today in the board's zone
        QDateTime computedAt;   ///< when the server ran the query
        std::array<HourFigures, 24> today{};
        std::array<HourFigures, 24> yesterday{};

        bool isValid() const { return day.isValid(); }
        static HourlySeries fromJson(const QJsonObject &answer);
    };

    explicit BoardState(QObject *parent = nullptr);

    /// Tests pin the time (hourly figures); default: the local clock.
    void setClock(std::function<QDateTime()> clock);

    /// Applies a server event; false when it is not a board event (nothing happens then).
    bool handleEvent(const QString &type, const QJsonObject &body);
    /// The board.subscribe answer: the teams this session sees. Teams not listed are dropped.
    void setTeams(const QStringList &teams);
    /// Applies an alert as the alert.ack answer returns it (acknowledged).
    void applyAlert(const QJsonObject &alert);
    /// Forgets every team (unsubscribed); the hourly figures stay.
    void clear();

    QStringList teams() const;  ///< sorted
    const Team *team(const QString &name) const;
    /// Agents of one team, or of every team for an empty name; sorted by username.
    QList<Agent> agents(const QString &team = {}) const;
    std::optional<Agent> agent(const QString &username) const;
    /// Queue of one team, or every team added up (oldest of all) for an empty name.
    Queue queue(const QString &team = {}) const;
    /// KPIs of one team, or every team added up (rates recomputed) for an empty name.
    Kpis kpis(const QString &team = {}) const;
    /// Active alerts (of one team, or all), newest first.
    QList<Alert> alerts(const QString &team = {}) const;
    std::optional<Alert> alert(qint64 id) const;
    /// Hourly figures of one team, or every team added up for an empty name.
    Hourly hourly(const QString &team = {}) const;
    /// Stores a board.hourly answer (its "team" says whose); emits hourlySeriesChanged.
    void applyHourlySeries(const QJsonObject &answer);
    /// The last board.hourly figures of one team, or of every team added up (the latest day only)
    /// for an empty name; invalid until an answer came.
    HourlySeries hourlySeries(const QString &team = {}) const;
    /// How many deltas were ignored as already contained (diagnostics, tests).
    int staleDeltas() const { return m_staleDeltas; }

Q_SIGNALS:
    void teamsChanged();
    void agentsChanged(const QString &team);
    void queueChanged(const QString &team);
    void kpisChanged(const QString &team);
    void alertsChanged();
    /// A new alert arrived (not one already known).
    void alertRaised(const cd::BoardState::Alert &alert);
    void hourlyChanged();
    void hourlySeriesChanged();
    /// A delta was missed: send board.subscribe again (the server answers with fresh snapshots).
    void resubscribeNeeded(const QString &why);

private:
    void applySnapshot(const QJsonObject &body);
    void applyDelta(const QJsonObject &body);
    void upsertAlert(const Alert &a);
    bool removeAlert(qint64 id);
    void requestResync(const QString &team, const QString &why);
    void countHourly(const QString &team, const QDate &day, const Counts &totals);

    std::function<QDateTime()> m_clock;
    QMap<QString, Team> m_teams;
    QMap<qint64, Alert> m_alerts;
    QSet<QString> m_resyncing;  ///< teams waiting for a fresh snapshot
    QMap<QString, Hourly> m_hourly;  ///< by team
    QMap<QString, HourlySeries> m_series;  ///< board.hourly answers by team
    int m_staleDeltas = 0;
};

}  // namespace cd

Q_DECLARE_METATYPE(cd::BoardState::Alert)
