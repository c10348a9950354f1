// collectdesk-server queue / rules show / rules set: the task engine's commands for operations staff
// ("why is this first, why can't I call") and for admins publishing task rules (docs/admin/TaskRules.md).
#include "ServerCli.h"

#include "Compliance.h"
#include "Pii.h"
#include "Storage.h"
#include "TaskEngine.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace cd::server {

namespace {

QJsonValue isoOrNull(const QDateTime &t) { return t.isValid() ? QJsonValue(proto::isoUtc(t)) : QJsonValue(); }

/// The number an agent would dial: the first one the rules allow now (own numbers first), else the
/// blocked one that opens soonest, else the first own number. Empty phone when there is none.
struct BestNumber {
    Phone phone;
    compliance::Verdict verdict;
};

BestNumber bestNumber(const compliance::Policy &policy, const taskrules::CustomerFacts &facts,
                      const QList<Phone> &phones, const QDateTime &at,
                      const QList<compliance::Override> &overrides)
{
    QList<Phone> ordered = phones;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Phone &a, const Phone &b) {
        return (a.relation == Relation::Self) > (b.relation == Relation::Self);
    });
    std::optional<BestNumber> soonest;
    std::optional<BestNumber> first;
    for (const Phone &p : std::as_const(ordered)) {
        const compliance::Verdict v =
            compliance::check(policy, facts.customer, p, phones, facts.interactions, at, overrides);
        if (v.allowed())
            return {p, v};
        if (!first)
            first = BestNumber{p, v};
        if (v.allowedFrom.isValid() && (!soonest || v.allowedFrom < soonest->verdict.allowedFrom))
            soonest = BestNumber{p, v};
    }
    if (soonest)
        return *soonest;
    if (first)
        return *first;
    return {};
}

}  // namespace

int ServerCli::queue(const QStringList &args)
{
    const QString command = QStringLiteral("queue");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Print an agent's ranked queue at an instant: each open task with the reasons it ranks where it "
        "does, the rule that made it, and whether its best number may be called then (or the compliance rule "
        "that blocks it and when it opens). Plans with the active task rules; writes nothing."));
    p.addOption(dbOption());
    p.addOption(
        {QStringLiteral("agent"), QStringLiteral("Username of the agent."), QStringLiteral("username")});
    p.addOption({QStringLiteral("at"),
                 QStringLiteral("The instant, ISO-8601 (2026-03-02T09:30:00+08:00; no offset: UTC)."),
                 QStringLiteral("time")});
    p.addOption(
        {QStringLiteral("policy"),
         QStringLiteral("Contact-compliance policy JSON, as for serve (default: the Chinese guideline)."),
         QStringLiteral("file")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object instead of text.")});
    if (auto done = parse(p, command, args))
        return *done;
    if (auto done =
            require(p, command, {QStringLiteral("db"), QStringLiteral("agent"), QStringLiteral("at")}))
        return *done;
    QDateTime at = QDateTime::fromString(p.value(QStringLiteral("at")), Qt::ISODateWithMs);
    if (!at.isValid())
        return usageError(command,
                          QStringLiteral("--at must be an ISO-8601 time such as 2026-03-02T09:30:00+08:00"));
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC);  // no offset given: UTC, never the machine's own zone
    at = at.toUTC();
    compliance::Policy policy;
    if (p.isSet(QStringLiteral("policy"))) {
        QFile file(p.value(QStringLiteral("policy")));
        if (!file.open(QIODevice::ReadOnly))
            return usageError(
                command,
                QStringLiteral("cannot read --policy %1: %2").arg(file.fileName(), file.errorString()));
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
        QString why = parseError.errorString();
        const std::optional<compliance::Policy> parsed =
            json.isObject() ? compliance::Policy::fromJson(json.object(), &why) : std::nullopt;
        if (!parsed)
            return usageError(command, QStringLiteral("--policy %1: %2").arg(file.fileName(), why));
        policy = *parsed;
    }
    const QString agent = p.value(QStringLiteral("agent"));

    int exitCode = Ok;
    const std::unique_ptr<Storage> storage = openDatabase(command, p.value(QStringLiteral("db")), &exitCode);
    if (!storage)
        return exitCode;
    const Result<std::optional<UserRecord>> user = storage->userByName(agent);
    if (!user)
        return failure(command, user.error().detail);
    if (!user.value())
        return failure(command, QStringLiteral("no user \"%1\"").arg(agent));
    const Result<taskrules::RuleSet> rules = TaskEngine::activeRules(*storage);
    if (!rules)
        return failure(command, rules.error().detail);
    const Result<QList<EngineTask>> tasks = storage->liveTasksOf(agent);
    if (!tasks)
        return failure(command, tasks.error().detail);

    struct Row {
        EngineTask task;
        taskrules::TaskPlan plan;
        taskrules::CustomerFacts facts;
        BestNumber best;
    };
    QList<Row> rows;
    int later = 0;
    for (const EngineTask &t : tasks.value()) {
        const Result<taskrules::CustomerFacts> facts = TaskEngine::facts(*storage, t.task.customerId);
        if (!facts)
            return failure(command, facts.error().detail);
        const taskrules::TaskPlan plan = taskrules::plan(rules.value(), facts.value(), at);
        if (!plan.hasTask || plan.status != TaskStatus::Open) {
            ++later;
            continue;
        }
        const Result<QList<Phone>> phones = storage->phones(t.task.customerId);
        if (!phones)
            return failure(command, phones.error().detail);
        // A lead's override in force at that instant counts, as it does when the call is recorded.
        const Result<QList<compliance::Override>> overrides = storage->activeOverrides(t.task.customerId, at);
        if (!overrides)
            return failure(command, overrides.error().detail);
        rows << Row{t, plan, facts.value(),
                    bestNumber(policy, facts.value(), phones.value(), at, overrides.value())};
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.plan.priority != b.plan.priority)
            return a.plan.priority > b.plan.priority;
        if (a.plan.due != b.plan.due)
            return a.plan.due < b.plan.due;
        return a.task.task.id < b.task.task.id;
    });

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const Row &r = rows.at(i);
            QJsonArray reasons;
            for (ReasonCode c : r.plan.reasons)
                reasons << enumKey(c);
            const compliance::Verdict &v = r.best.verdict;
            list << QJsonObject{
                {QStringLiteral("rank"), int(i + 1)},
                {QStringLiteral("taskId"), r.task.task.id},
                {QStringLiteral("customerId"), r.task.task.customerId},
                {QStringLiteral("customerMasked"), pii::maskName(r.facts.customer.name)},
                {QStringLiteral("kind"), enumKey(r.plan.kind)},
                {QStringLiteral("priority"), r.plan.priority},
                {QStringLiteral("reasons"), reasons},
                {QStringLiteral("rule"), r.plan.rule},
                {QStringLiteral("due"), isoOrNull(r.plan.due)},
                {QStringLiteral("bucket"), enumKey(r.plan.bucket)},
                {QStringLiteral("dpd"), r.plan.dpd},
                {QStringLiteral("overdueFen"), r.plan.overdue},
                {QStringLiteral("verdict"),
                 QJsonObject{
                     {QStringLiteral("rule"), enumKey(v.rule)},
                     {QStringLiteral("allowed"), v.allowed() && !r.best.phone.number.isEmpty()},
                     {QStringLiteral("allowedFrom"), isoOrNull(v.allowedFrom)},
                     {QStringLiteral("localTime"),
                      v.localNow.isValid() ? QJsonValue(v.localNow.toString(Qt::ISODate)) : QJsonValue()},
                     {QStringLiteral("phone"), pii::maskPhone(r.best.phone.number)}}},
            };
        }
        const QJsonObject out{{QStringLiteral("agent"), agent},
                              {QStringLiteral("at"), proto::isoUtc(at)},
                              {QStringLiteral("ruleVersion"), rules->version},
                              {QStringLiteral("tasks"), list},
                              {QStringLiteral("notYetEligible"), later}};
        m_out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        m_out.flush();
        return Ok;
    }

    m_out << "queue of " << agent << " at " << proto::isoUtc(at) << " (task rules v" << rules->version
          << (rules->version == 0 ? ", bundled defaults" : "") << "): " << rows.size() << " open, " << later
          << " not yet eligible\n";
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &r = rows.at(i);
        QStringList reasons;
        for (ReasonCode c : r.plan.reasons)
            reasons << enumKey(c);
        const compliance::Verdict &v = r.best.verdict;
        QString verdict =
            v.allowed() ? QStringLiteral("callable") : QStringLiteral("blocked: ") + enumKey(v.rule);
        if (!v.allowed() && v.allowedFrom.isValid())
            verdict += QStringLiteral(" until ") + proto::isoUtc(v.allowedFrom);
        m_out << QStringLiteral(
                     "%1. task %2 customer %3 %4  %5 [%6] rule %7  %8 DPD %9  overdue %10 fen  %11 %12\n")
                     .arg(i + 1)
                     .arg(r.task.task.id)
                     .arg(r.task.task.customerId)
                     .arg(pii::maskName(r.facts.customer.name), enumKey(r.plan.kind),
                          reasons.join(QLatin1Char(',')), r.plan.rule, enumKey(r.plan.bucket))
                     .arg(r.plan.dpd)
                     .arg(r.plan.overdue)
                     .arg(verdict, pii::maskPhone(r.best.phone.number));
    }
    m_out.flush();
    return Ok;
}

int ServerCli::rulesShow(const QStringList &args)
{
    const QString command = QStringLiteral("rules show");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Print the active task rules as JSON with their version (0: "
                                               "the bundled defaults, no version stored)."));
    p.addOption(dbOption());
    if (auto done = parse(p, command, args))
        return *done;
    if (auto done = require(p, command, {QStringLiteral("db")}))
        return *done;
    int exitCode = Ok;
    const std::unique_ptr<Storage> storage = openDatabase(command, p.value(QStringLiteral("db")), &exitCode);
    if (!storage)
        return exitCode;
    const Result<taskrules::RuleSet> rules = TaskEngine::activeRules(*storage);
    if (!rules)
        return failure(command, rules.error().detail);
    QJsonObject json = rules->toJson();
    json.insert(QStringLiteral("version"), rules->version);
    m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    m_out.flush();
    return Ok;
}

int ServerCli::rulesSet(const QStringList &args)
{
    const QString command = QStringLiteral("rules set");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Validate a task-rules JSON file and store it as the next version; the running server's next sweep "
        "uses it. A file that does not validate is refused and nothing is stored. Audited."));
    p.addOption(dbOption());
    p.addOption({QStringLiteral("file"), QStringLiteral("The rules JSON (docs/admin/TaskRules.md)."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("author"), QStringLiteral("Who publishes it (named in the audit log)."),
                 QStringLiteral("name")});
    if (auto done = parse(p, command, args))
        return *done;
    if (auto done =
            require(p, command, {QStringLiteral("db"), QStringLiteral("file"), QStringLiteral("author")}))
        return *done;
    QFile file(p.value(QStringLiteral("file")));
    if (!file.open(QIODevice::ReadOnly))
        return usageError(
            command, QStringLiteral("cannot read --file %1: %2").arg(file.fileName(), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return usageError(command,
                          QStringLiteral("--file %1 is not a JSON object: %2")
                              .arg(file.fileName(),
                                   parseError.error != QJsonParseError::NoError
                                       ? parseError.errorString()
                                       : QStringLiteral("not an object")));
    // Validated before the database is touched: a bad file leaves nothing behind.
    if (const Result<taskrules::RuleSet> parsed = taskrules::RuleSet::fromJson(json.object()); !parsed)
        return usageError(command,
                          QStringLiteral("--file %1: %2").arg(file.fileName(), parsed.error().detail));
    int exitCode = Ok;
    const std::unique_ptr<Storage> storage = openDatabase(command, p.value(QStringLiteral("db")), &exitCode);
    if (!storage)
        return exitCode;
    const Result<int> version = TaskEngine::publishRules(
        *storage, json.object(), p.value(QStringLiteral("author")), QDateTime::currentDateTimeUtc());
    if (!version)
        return failure(command, version.error().detail);
    m_out << "stored task rules version " << version.value() << '\n';
    m_out.flush();
    return Ok;
}

}  // namespace cd::server
