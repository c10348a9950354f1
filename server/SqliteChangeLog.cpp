// SqliteStorage: scripts, visibility, the change log, applied operations, floor states and the audit
// table. Every statement goes through the prepared-statement cache (SqliteSchema.cpp).
#include "SqliteStorage.h"

#include "SqliteRows.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cd::server {

using namespace sqlrows;

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &v) { return QJsonDocument::fromJson(v.toString().toUtf8()).object(); }

// Visibility of a customer for each role, as a condition on a customer id column. The placeholders
// are bound by bindViewer() in the same order.
QString visibleCondition(Role role, const QString &column)
{
    switch (role) {
    case Role::Agent:
        return column + QStringLiteral(" IN (SELECT customer_id FROM tasks WHERE assignee = ?)");
    case Role::Lead:
        return column
            + QStringLiteral(" IN (SELECT t.customer_id FROM tasks t JOIN users u ON u.username = "
                             "t.assignee WHERE u.team = ?)");
    case Role::Trainer: return column + QStringLiteral(" IN (SELECT id FROM customers WHERE demo = 1)");
    case Role::Admin: return QStringLiteral("1");
    }
    return QStringLiteral("0");
}

int bindViewer(QSqlQuery &q, int at, const Viewer &v)
{
    switch (v.role) {
    case Role::Agent: q.bindValue(at++, v.username); break;
    case Role::Lead: q.bindValue(at++, v.team); break;
    case Role::Trainer:
    case Role::Admin: break;
    }
    return at;
}

}  // namespace

// ---- scripts ------------------------------------------------------------------------------------

Result<qint64> SqliteStorage::upsertScript(const ScriptTemplate &sc)
{
    QJsonArray steps;
    for (const ScriptStep &st : sc.steps)
        steps.append(QJsonObject{{QStringLiteral("key"), st.key},
                                 {QStringLiteral("title"), st.title},
                                 {QStringLiteral("text"), st.text}});
    auto q = statement(QStringLiteral(
        "INSERT INTO scripts(segment, locale, name, version, steps) VALUES(?,?,?,?,?) ON CONFLICT(segment, "
        "locale) DO UPDATE SET name = excluded.name, version = excluded.version, steps = excluded.steps"));
    auto idQ = statement(QStringLiteral("SELECT id FROM scripts WHERE segment = ? AND locale = ?"));
    if (!q)
        return q.error();
    if (!idQ)
        return idQ.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, sc.segment);
    s.bindValue(1, sc.locale);
    s.bindValue(2, sc.name);
    s.bindValue(3, sc.version);
    s.bindValue(4, QString::fromUtf8(QJsonDocument(steps).toJson(QJsonDocument::Compact)));
    if (auto r = exec(s, "upsert script"); !r)
        return r.error();
    QSqlQuery &i = *idQ.value();
    i.bindValue(0, sc.segment);
    i.bindValue(1, sc.locale);
    if (auto r = exec(i, "read script id"); !r)
        return r.error();
    const qint64 id = i.next() ? i.value(0).toLongLong() : 0;
    i.finish();
    return id;
}

Result<QList<ScriptTemplate>> SqliteStorage::scripts()
{
    auto q = statement(
        QStringLiteral("SELECT id, segment, locale, name, version, steps FROM scripts ORDER BY id"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    if (auto r = exec(s, "read scripts"); !r)
        return r.error();
    QList<ScriptTemplate> out;
    while (s.next()) {
        ScriptTemplate sc;
        sc.id = s.value(0).toLongLong();
        sc.segment = s.value(1).toString();
        sc.locale = s.value(2).toString();
        sc.name = s.value(3).toString();
        sc.version = s.value(4).toInt();
        for (const QJsonValue &v : QJsonDocument::fromJson(s.value(5).toString().toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            sc.steps << ScriptStep{o.value(QStringLiteral("key")).toString(),
                                   o.value(QStringLiteral("title")).toString(),
                                   o.value(QStringLiteral("text")).toString()};
        }
        out << sc;
    }
    s.finish();
    return out;
}

// ---- visibility ---------------------------------------------------------------------------------

Result<bool> SqliteStorage::canSee(const Viewer &v, qint64 customerId)
{
    auto q = statement(QStringLiteral("SELECT EXISTS(SELECT 1 FROM customers WHERE id = ? AND %1)")
                           .arg(visibleCondition(v.role, QStringLiteral("id"))));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, customerId);
    bindViewer(s, 1, v);
    if (auto r = exec(s, "check visibility"); !r)
        return r.error();
    const bool visible = s.next() && s.value(0).toBool();
    s.finish();
    return visible;
}

Result<QList<qint64>> SqliteStorage::visibleCustomers(const Viewer &v)
{
    auto q = statement(QStringLiteral("SELECT id FROM customers WHERE %1 ORDER BY id")
                           .arg(visibleCondition(v.role, QStringLiteral("id"))));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    bindViewer(s, 0, v);
    if (auto r = exec(s, "list visible customers"); !r)
        return r.error();
    QList<qint64> out;
    while (s.next())
        out << s.value(0).toLongLong();
    s.finish();
    return out;
}

// ---- change log ---------------------------------------------------------------------------------

Result<qint64> SqliteStorage::appendChange(const ChangeRow &c)
{
    auto q =
        statement(QStringLiteral("INSERT INTO change_log(entity, entity_id, customer_id, op_id, deleted, "
                                 "data, created, prev_assignee) VALUES(?,?,?,?,?,?,?,?)"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, c.entity);
    s.bindValue(1, c.entityId);
    s.bindValue(2, c.customerId > 0 ? QVariant(c.customerId) : QVariant());
    s.bindValue(3, text(c.opId));
    s.bindValue(4, c.deleted ? 1 : 0);
    s.bindValue(5, c.deleted ? QVariant() : QVariant(json(c.data)));
    s.bindValue(6, time(QDateTime::currentDateTimeUtc()));
    s.bindValue(7, text(c.prevAssignee));
    return insertReturningId(s, "append change");
}

Result<qint64> SqliteStorage::currentRevision()
{
    auto q = statement(QStringLiteral("SELECT IFNULL(MAX(rev), 0) FROM change_log"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    if (auto r = exec(s, "read revision"); !r)
        return r.error();
    const qint64 rev = s.next() ? s.value(0).toLongLong() : 0;
    s.finish();
    return rev;
}

Result<ChangePage> SqliteStorage::changesSince(const Viewer &v, qint64 since, int maxChanges, qint64 maxBytes)
{
    // Visible now: rows of customers the viewer may see, script rows (no customer), and the rows that
    // tell a previous assignee (or their lead) that a task went to someone else.
    QString prev;
    switch (v.role) {
    case Role::Agent: prev = QStringLiteral(" OR prev_assignee = ?"); break;
    case Role::Lead:
        prev = QStringLiteral(" OR prev_assignee IN (SELECT username FROM users WHERE team = ?)");
        break;
    case Role::Trainer:
    case Role::Admin: break;
    }
    auto q = statement(
        QStringLiteral("SELECT rev, entity, entity_id, op_id, deleted, data, length(CAST(data AS BLOB)) "
                       "FROM change_log WHERE "
                       "rev > ? AND (customer_id IS NULL OR %1%2) ORDER BY rev LIMIT ?")
            .arg(visibleCondition(v.role, QStringLiteral("customer_id")), prev));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, since);
    int at = bindViewer(s, 1, v);
    if (v.role == Role::Agent)
        s.bindValue(at++, v.username);
    else if (v.role == Role::Lead)
        s.bindValue(at++, v.team);
    s.bindValue(at, maxChanges + 1);
    if (auto r = exec(s, "read changes"); !r)
        return r.error();
    ChangePage page;
    qint64 bytes = 0;
    while (s.next()) {
        const qint64 size =
            s.value(6).toLongLong() + 96;  // UTF-8 bytes of the entity, plus the change's keys
        if (page.changes.size() >= maxChanges || (!page.changes.isEmpty() && bytes + size > maxBytes)) {
            page.more = true;
            break;
        }
        bytes += size;
        const QString data = s.value(5).toString();
        proto::Change c;
        c.revision = s.value(0).toLongLong();
        c.entity = s.value(1).toString();
        c.id = s.value(2).toLongLong();
        c.opId = s.value(3).toString();
        c.deleted = s.value(4).toBool();
        if (!c.deleted)
            c.data = jsonObject(data);
        page.changes << c;
    }
    s.finish();
    if (!page.changes.isEmpty()) {
        page.revision = page.changes.last().revision;
    } else {
        const Result<qint64> rev = currentRevision();
        if (!rev)
            return rev.error();
        page.revision = qMax(rev.value(), since);
    }
    return page;
}

// ---- applied operations -------------------------------------------------------------------------

Result<std::optional<AppliedOp>> SqliteStorage::appliedOp(const QString &opId)
{
    auto q = statement(
        QStringLiteral("SELECT op_id, user_id, code, revision, created FROM applied_ops WHERE op_id = ?"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, opId);
    if (auto r = exec(s, "read applied op"); !r)
        return r.error();
    std::optional<AppliedOp> out;
    if (s.next())
        out = AppliedOp{s.value(0).toString(), s.value(1).toLongLong(), s.value(2).toInt(),
                        s.value(3).toLongLong(), toTime(s.value(4))};
    s.finish();
    return out;
}

Result<void> SqliteStorage::insertAppliedOp(const AppliedOp &op)
{
    auto q = statement(
        QStringLiteral("INSERT INTO applied_ops(op_id, user_id, code, revision, created) VALUES(?,?,?,?,?)"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, op.opId);
    s.bindValue(1, op.userId);
    s.bindValue(2, op.code);
    s.bindValue(3, op.revision);
    s.bindValue(4, time(op.created.isValid() ? op.created : QDateTime::currentDateTimeUtc()));
    return exec(s, "insert applied op");
}

// ---- floor and audit ----------------------------------------------------------------------------

Result<void> SqliteStorage::setAgentState(qint64 userId, AgentState state, const QString &reason,
                                          const QDateTime &since)
{
    auto q =
        statement(QStringLiteral("INSERT INTO agent_states(user_id, state, reason, since) VALUES(?,?,?,?) ON "
                                 "CONFLICT(user_id) DO UPDATE SET state = excluded.state, reason = "
                                 "excluded.reason, since = excluded.since"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, userId);
    s.bindValue(1, enumKey(state));
    s.bindValue(2, text(reason));
    s.bindValue(3, time(since));
    return exec(s, "set agent state");
}

Result<qint64> SqliteStorage::appendAudit(const AuditEntry &e)
{
    auto q = statement(
        QStringLiteral("INSERT INTO audit(at, user, action, target, detail, code) VALUES(?,?,?,?,?,?)"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, time(e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()));
    s.bindValue(1, e.user.isEmpty() ? QStringLiteral("-") : e.user);
    s.bindValue(2, e.action);
    s.bindValue(3, text(e.target));
    s.bindValue(4, e.detail.isEmpty() ? QVariant() : QVariant(json(e.detail)));
    s.bindValue(5, e.code);
    return insertReturningId(s, "append audit");
}

Result<QList<AuditEntry>> SqliteStorage::auditEntries(const QString &action, int limit)
{
    auto q = statement(QStringLiteral("SELECT id, at, user, action, target, detail, code FROM audit WHERE "
                                      "(IFNULL(?, '') = '' OR action = ?) ORDER BY id DESC LIMIT ?"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, action);
    s.bindValue(1, action);
    s.bindValue(2, limit);
    if (auto r = exec(s, "read audit"); !r)
        return r.error();
    QList<AuditEntry> out;
    while (s.next())
        out << AuditEntry{s.value(0).toLongLong(), toTime(s.value(1)),    s.value(2).toString(),
                          s.value(3).toString(),   s.value(4).toString(), jsonObject(s.value(5)),
                          s.value(6).toInt()};
    s.finish();
    return out;
}

}  // namespace cd::server
