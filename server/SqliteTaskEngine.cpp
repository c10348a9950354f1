// SqliteStorage: what the task engine reads and writes beyond the plain task rows (server/TaskEngine.h):
// the rule and queue facts of each task, open-task loads, the active agents, versioned rule sets.
#include "SqliteStorage.h"

#include "SqliteRows.h"

#include <QJsonDocument>

namespace cd::server {

using namespace sqlrows;

namespace {

const QString EngineTaskSelect =
    QStringLiteral("SELECT %1, rule FROM tasks WHERE ").arg(QLatin1String(TaskColumns));

EngineTask readEngineTask(const QSqlQuery &q)
{
    // TaskColumns ends with dpd, bucket, overdue_fen (10..12); the rule follows.
    return EngineTask{
        readTask(q),
        TaskFacts{q.value(10).toInt(), toEnum(q.value(11), Bucket::M0), q.value(12).toLongLong()},
        q.value(13).toString()};
}

}  // namespace

Result<QList<qint64>> SqliteStorage::customerIds()
{
    auto q = statement(QStringLiteral("SELECT id FROM customers ORDER BY id"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    if (auto r = exec(s, "list customers"); !r)
        return r.error();
    QList<qint64> out;
    while (s.next())
        out << s.value(0).toLongLong();
    s.finish();
    return out;
}

Result<QList<EngineTask>> SqliteStorage::engineTasks(qint64 customerId)
{
    return engineTaskList(EngineTaskSelect + QStringLiteral("customer_id = ? ORDER BY id"), customerId);
}

Result<QList<EngineTask>> SqliteStorage::liveTasksOf(const QString &assignee)
{
    return engineTaskList(EngineTaskSelect + QStringLiteral("assignee = ? AND status <> 'Done' ORDER BY id"),
                          assignee);
}

Result<QList<EngineTask>> SqliteStorage::engineTaskList(const QString &sql, const QVariant &key)
{
    auto q = statement(sql);
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, key);
    if (auto r = exec(s, "read engine tasks"); !r)
        return r.error();
    QList<EngineTask> out;
    while (s.next())
        out << readEngineTask(s);
    s.finish();
    return out;
}

Result<void> SqliteStorage::setTaskEngineFields(qint64 taskId, const QString &rule, const TaskFacts &f)
{
    auto q = statement(
        QStringLiteral("UPDATE tasks SET rule = ?, dpd = ?, bucket = ?, overdue_fen = ? WHERE id = ?"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, text(rule));
    s.bindValue(1, f.dpd);
    s.bindValue(2, enumKey(f.bucket));
    s.bindValue(3, f.overdue);
    s.bindValue(4, taskId);
    return exec(s, "set task rule");
}

Result<QHash<QString, int>> SqliteStorage::openTaskCounts()
{
    auto q = statement(
        QStringLiteral("SELECT assignee, COUNT(*) FROM tasks WHERE status <> 'Done' GROUP BY assignee"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    if (auto r = exec(s, "count open tasks"); !r)
        return r.error();
    QHash<QString, int> out;
    while (s.next())
        out.insert(s.value(0).toString(), s.value(1).toInt());
    s.finish();
    return out;
}

Result<QList<UserRecord>> SqliteStorage::activeAgents()
{
    auto q = statement(QStringLiteral("SELECT id, username, name, team, skill FROM users WHERE role = "
                                      "'agent' AND disabled = 0 ORDER BY username"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    if (auto r = exec(s, "list agents"); !r)
        return r.error();
    QList<UserRecord> out;
    while (s.next()) {
        UserRecord u;
        u.id = s.value(0).toLongLong();
        u.username = s.value(1).toString();
        u.name = s.value(2).toString();
        u.role = Role::Agent;
        u.team = s.value(3).toString();
        u.skill = s.value(4).toString();
        out << u;
    }
    s.finish();
    return out;
}

Result<std::optional<RuleSetRecord>> SqliteStorage::latestRuleSet()
{
    auto q = statement(QStringLiteral(
        "SELECT version, rules, author, created FROM rule_sets ORDER BY version DESC LIMIT 1"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    if (auto r = exec(s, "read rule set"); !r)
        return r.error();
    std::optional<RuleSetRecord> out;
    if (s.next())
        out = RuleSetRecord{s.value(0).toInt(), QJsonDocument::fromJson(s.value(1).toByteArray()).object(),
                            s.value(2).toString(), toTime(s.value(3))};
    s.finish();
    return out;
}

Result<int> SqliteStorage::insertRuleSet(const RuleSetRecord &r)
{
    // Inside one statement, so two writers can never take the same version number.
    auto q = statement(QStringLiteral("INSERT INTO rule_sets(version, rules, author, created) "
                                      "SELECT COALESCE(MAX(version), 0) + 1, ?, ?, ? FROM rule_sets"));
    if (!q)
        return q.error();
    QSqlQuery &s = *q.value();
    s.bindValue(0, QString::fromUtf8(QJsonDocument(r.rules).toJson(QJsonDocument::Compact)));
    s.bindValue(1, r.author);
    s.bindValue(2, time(r.created.isValid() ? r.created : QDateTime::currentDateTimeUtc()));
    if (auto e = exec(s, "insert rule set"); !e)
        return e.error();
    const Result<std::optional<RuleSetRecord>> latest = latestRuleSet();
    if (!latest)
        return latest.error();
    return latest.value() ? latest.value()->version : 0;
}

}  // namespace cd::server
