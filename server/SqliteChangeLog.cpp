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
    case Role::Legal:
    case Role::Risk:  // a department sees the customers it is consulted on (server/ConsultService.h)
        return column + QStringLiteral(" IN (SELECT customer_id FROM consult_threads WHERE department = ?)");
    }
    return QStringLiteral("0");
}

// The same visibility for one customer (canSee): agents and leads as a correlated EXISTS that walks
// the customer's own tasks (index tasks_customer), where the IN form above would first list every
// task of the agent or team. Placeholders and their order as in visibleCondition().
QString visibleOneCondition(Role role, const QString &column)
{
    switch (role) {
    case Role::Agent:
        return QStringLiteral("EXISTS(SELECT 1 FROM tasks WHERE customer_id = %1 AND assignee = ?)").arg(column);
    case Role::Lead:
        return QStringLiteral("EXISTS(SELECT 1 FROM tasks t JOIN users u ON u.username = t.assignee WHERE "
                              "t.customer_id = %1 AND u.team = ?)")
            .arg(column);
    default: return visibleCondition(role, column);
    }
}

int bindViewer(QSqlQuery &q, int at, const Viewer &v)
{
    switch (v.role) {
    case Role::Agent: q.bindValue(at++, v.username); break;
    case Role::Lead: q.bindValue(at++, v.team); break;
    case Role::Legal:
    case Role::Risk: q.bindValue(at++, roleKey(v.role)); break;
    case Role::Trainer:
    case Role::Admin: break;
    }
    return at;
}

}  // namespace

// ---- scripts ------------------------------------------------------------------------------------

// v7: talk-track graphs, one row per published version (the whole script as its JSON document, plus
// the columns a query needs). The schema-1 `scripts` table of flat step lists is no longer written.
Result<void> SqliteStorage::migrateTo7()
{
    for (const char *sql : {
             "CREATE TABLE script_versions(row_id INTEGER PRIMARY KEY AUTOINCREMENT, script_id TEXT NOT NULL, "
             "version INTEGER NOT NULL, name TEXT NOT NULL DEFAULT '', locale TEXT NOT NULL DEFAULT '', "
             "answerer TEXT NOT NULL, published_at INTEGER, published_by TEXT, document TEXT NOT NULL, "
             "UNIQUE(script_id, version))",
         }) {
        if (auto r = execSql(QString::fromLatin1(sql), "migrateTo7"); !r)
            return r;
    }
    return {};
}

Result<qint64> SqliteStorage::insertScriptVersion(const script::Script &sc)
{
    auto q = statement(QStringLiteral(
        "INSERT INTO script_versions(script_id, version, name, locale, answerer, published_at, published_by, "
        "document) VALUES(?,?,?,?,?,?,?,?)"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, sc.id);
    s.bindValue(1, sc.version);
    s.bindValue(2, sc.name);
    s.bindValue(3, sc.segment.locale);
    s.bindValue(4, enumKey(sc.segment.answerer));
    s.bindValue(5, sc.publishedAt.isValid() ? QVariant(sc.publishedAt.toMSecsSinceEpoch())
                                            : QVariant(QMetaType::fromType<qint64>()));
    s.bindValue(6, sc.publishedBy);
    s.bindValue(7, QString::fromUtf8(QJsonDocument(script::toJson(sc)).toJson(QJsonDocument::Compact)));
    return insertReturningId(s, "insert script version");
}

namespace {

Result<QList<script::Script>> readScripts(QSqlQuery &s)
{
    QList<script::Script> out;
    while (s.next()) {
        const Result<script::Script> sc =
            script::fromJson(QJsonDocument::fromJson(s.value(0).toString().toUtf8()).object());
        if (!sc)
            return Error{ErrorCode::QueryFailed, QStringLiteral("stored script unreadable: ") + sc.error().detail};
        out << sc.value();
    }
    s.finish();
    return out;
}

}  // namespace

Result<QList<script::Script>> SqliteStorage::scripts()
{
    auto q = statement(QStringLiteral(
        "SELECT v.document FROM script_versions v WHERE v.version = "
        "(SELECT MAX(version) FROM script_versions w WHERE w.script_id = v.script_id) ORDER BY v.script_id"));
    if (!q)
        return q.error();
    if (auto r = exec(*q.value(), "read scripts"); !r)
        return r.error();
    return readScripts(*q.value());
}

Result<QList<script::Script>> SqliteStorage::scriptVersions(const QString &id)
{
    auto q = statement(
        QStringLiteral("SELECT document FROM script_versions WHERE script_id = ? ORDER BY version DESC"));
    if (!q)
        return q.error();
    q.value()->bindValue(0, id);
    if (auto r = exec(*q.value(), "read script versions"); !r)
        return r.error();
    return readScripts(*q.value());
}

// ---- visibility ---------------------------------------------------------------------------------

Result<bool> SqliteStorage::canSee(const Viewer &v, qint64 customerId)
{
    auto q = statement(QStringLiteral("SELECT EXISTS(SELECT 1 FROM customers WHERE id = ? AND %1)")
                           .arg(visibleOneCondition(v.role, QStringLiteral("customers.id"))));
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
    case Role::Legal:
    case Role::Risk:  // no task queue: the portrait of a consulted customer, not the agent's work
        prev = QStringLiteral(") AND (entity <> 'task'");
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
