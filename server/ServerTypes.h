#pragma once
// Records the server keeps beside the domain entities of core/Entities.h: users and their roles,
// login sessions, applied operations, audit entries, change-log rows. Plain values, no behaviour.
#include "Codec.h"
#include "Entities.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <optional>

namespace cd::server {
Q_NAMESPACE

/// What a user may see and do (ARCHITECTURE.md, security model). Stored and sent as lower-case keys.
/// Legal and Risk are departments consulted on a customer (server/ConsultService.h): no task queue,
/// only the customers of their department's consult threads.
enum class Role { Agent, Lead, Trainer, Admin, Legal, Risk };
Q_ENUM_NS(Role)

/// The floor state of an agent (agent.setState). Sent as its key ("NotReady").
enum class AgentState { Ready, NotReady, Busy, WrapUp, Offline };
Q_ENUM_NS(AgentState)

/// Kinds of floor alerts (FloorAlerts.h). Sent as their key; the UI translates by kind.
enum class AlertKind {
    NotReadyTooLong,
    WrapUpTooLong,
    AgentDisconnected,
    CallbacksOverdue,
    QueueDepth,
    OldestTaskOverSla,
    BrokenPromiseSpike,
    ComplianceOverride,
    NoteFlagged,  ///< an agent's call note trips the compliance lint (threat, insult, …)
};
Q_ENUM_NS(AlertKind)

QString roleKey(Role role);  ///< "agent", "lead", "trainer", "admin", "legal", "risk"
std::optional<Role> roleFromKey(const QString &key);

/// How far ahead of the server's clock a client's time of an op may be and still be trusted.
constexpr int ClientClockSkewSeconds = 5 * 60;
/// When an op took effect: the client's time of it (an op replayed from an offline outbox arrives
/// after it was made), unless that is missing or more than ClientClockSkewSeconds ahead of
/// `serverNow`; then `serverNow`. UTC either way.
QDateTime opTime(const QDateTime &clientTime, const QDateTime &serverNow);

struct UserRecord {
    qint64 id = 0;
    QString username;
    QString name;
    Role role = Role::Agent;
    QString team;
    QString skill = QStringLiteral("junior");  ///< "junior" | "senior"
    QString passwordHash;                      ///< PasswordHasher format
    bool disabled = false;
    QDateTime created;
};

/// Who is asking: the authenticated user of a session (or the CLI acting as admin).
struct Viewer {
    qint64 userId = 0;
    QString username;
    Role role = Role::Agent;
    QString team;

    static Viewer of(const UserRecord &u) { return Viewer{u.id, u.username, u.role, u.team}; }
};

/// A login session. Only the SHA-256 of the token is stored, so a stolen database yields no tokens.
struct SessionRecord {
    QString tokenHash;  ///< hex SHA-256 of the token
    qint64 userId = 0;
    QString device;
    QDateTime created;
    QDateTime expires;
    bool revoked = false;
};

/// Queue facts of a task at the time it was made (the debtor's DPD, bucket, overdue amount): the
/// follow-up task of a promise is ranked with them, exactly as the client ranks its provisional copy.
struct TaskFacts {
    int dpd = 0;
    Bucket bucket = Bucket::M0;
    Fen overdue = 0;
};

struct TaskRow {
    Task task;
    TaskFacts facts;
};

/// The first result of a sync.push operation, kept so a repeated opId gets the same answer.
struct AppliedOp {
    QString opId;
    qint64 userId = 0;
    int code = 0;
    qint64 revision = 0;
    QDateTime created;
};

/// One append-only audit row. `code` is the proto::StatusCode of the outcome (0 = allowed / done).
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString user;    ///< username, "-" when unknown
    QString action;  ///< message or operation type: "session.login", "interaction.record", "task.reassign"
    QString target;  ///< "task:12", "customer:7", "user:agent01"
    QJsonObject detail;
    int code = 0;
};

/// A row to append to the change log. customerId 0 means "not about a customer" (scripts: everyone
/// logged in sees it). `prevAssignee` lets the previous assignee of a reassigned task see that row.
struct ChangeRow {
    QString entity;
    qint64 entityId = 0;
    qint64 customerId = 0;
    QString opId;
    bool deleted = false;
    QJsonObject data;
    QString prevAssignee;
};

/// One page of sync.pull.
struct ChangePage {
    QList<proto::Change> changes;
    qint64 revision = 0;
    bool more = false;
};

}  // namespace cd::server
