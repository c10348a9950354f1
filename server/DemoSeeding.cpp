#include "DemoSeeding.h"

#include "ChangeLog.h"
#include "Logging.h"
#include "PasswordHasher.h"
#include "ScriptLibrary.h"
#include "Storage.h"
#include "TaskEngine.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QThreadPool>

namespace cd::server {

QString DemoSeeding::agentUsername(int index)
{
    return QStringLiteral("agent%1").arg(index, 2, 10, QLatin1Char('0'));
}

Result<void> DemoSeeding::ensureUsers(const DemoSeedOptions &o, DemoSeedSummary &summary)
{
    struct Wanted {
        QString username;
        QString name;
        Role role;
        QString skill;
    };
    QList<Wanted> wanted;
    for (int i = 1; i <= o.agents; ++i)
        wanted << Wanted{agentUsername(i), QStringLiteral("演示坐席%1").arg(i, 2, 10, QLatin1Char('0')),
                         Role::Agent, i % 3 == 0 ? QStringLiteral("senior") : QStringLiteral("junior")};
    wanted << Wanted{leadUsername(), QStringLiteral("演示组长01"), Role::Lead, QStringLiteral("senior")};

    QList<Wanted> missing;
    for (const Wanted &w : wanted) {
        const Result<std::optional<UserRecord>> u = m_storage.userByName(w.username);
        if (!u)
            return u.error();
        if (!u.value())
            missing << w;
    }
    // One PBKDF2 run per new user, by design slow: spread them over the cores.
    QList<QString> hashes(missing.size());
    {
        QThreadPool pool;
        for (qsizetype i = 0; i < missing.size(); ++i)
            pool.start([&hashes, i, &o] { hashes[i] = PasswordHasher::hash(o.password); });
        pool.waitForDone();
    }
    for (qsizetype i = 0; i < missing.size(); ++i) {
        UserRecord u;
        u.username = missing[i].username;
        u.name = missing[i].name;
        u.role = missing[i].role;
        u.team = o.team;
        u.skill = missing[i].skill;
        u.passwordHash = hashes[i];
        u.created = o.now;
        if (auto r = m_storage.insertUser(u); !r)
            return r.error();
        summary.createdUsers << u.username;
    }
    for (int i = 1; i <= o.agents; ++i)
        summary.agents << agentUsername(i);
    return {};
}

Result<void> DemoSeeding::insertCustomer(const DemoCustomer &dc, const QString &assignee,
                                         const taskrules::RuleSet &rules, const QDateTime &now,
                                         DemoSeedSummary &summary)
{
    // The generator numbers its own rows from 1; the storage gives the real ids. Promises point at
    // interactions by generator id, so those are mapped.
    ChangeLog log(m_storage);
    Customer c = dc.customer;
    const Result<qint64> customerId = m_storage.insertCustomer(c, true);
    if (!customerId)
        return customerId.error();
    c.id = customerId.value();
    Result<qint64> rev = log.customer(c);
    if (!rev)
        return rev.error();
    for (Phone p : dc.phones) {
        p.customerId = c.id;
        const Result<qint64> id = m_storage.insertPhone(p);
        if (!id)
            return id.error();
        p.id = id.value();
        if (!(rev = log.phone(p)))
            return rev.error();
    }
    QList<Loan> loans = dc.loans;
    for (Loan &l : loans) {
        l.customerId = c.id;
        if (auto r = m_storage.insertLoan(l); !r)
            return r;
        if (!(rev = log.loan(l)))
            return rev.error();
    }
    QHash<qint64, qint64> interactionIds;
    QList<Interaction> interactions;
    QList<Promise> promises;
    for (Interaction i : dc.history) {
        const qint64 generatedId = i.id;
        i.customerId = c.id;
        i.taskId = 0;
        const Result<qint64> id = m_storage.insertInteraction(i, {});
        if (!id)
            return id.error();
        i.id = id.value();
        interactionIds.insert(generatedId, i.id);
        if (!(rev = log.interaction(i)))
            return rev.error();
        interactions << i;
    }
    for (Promise p : dc.promises) {
        p.customerId = c.id;
        p.interactionId = interactionIds.value(p.interactionId, 0);
        const Result<qint64> id = m_storage.insertPromise(p, {});
        if (!id)
            return id.error();
        p.id = id.value();
        if (!(rev = log.promise(p)))
            return rev.error();
        promises << p;
    }
    // Bucket history, with the loans' generated ids mapped to the stored ones.
    QHash<qint64, qint64> loanIds;
    for (int k = 0; k < loans.size(); ++k)
        loanIds.insert(dc.loans.at(k).id, loans.at(k).id);
    for (BucketChange b : dc.bucketHistory) {
        b.customerId = c.id;
        b.loanId = loanIds.value(b.loanId, 0);
        const Result<qint64> id = m_storage.insertBucketChange(b);
        if (!id)
            return id.error();
        b.id = id.value();
        if (!(rev = log.bucketChange(b)))
            return rev.error();
    }
    // The task comes from the task engine's rules, exactly as a sweep at `now` would make it, so
    // `collectdesk-server queue` explains the seeded floor; the owner is the round-robin agent.
    taskrules::CustomerFacts facts{c, loans, interactions, promises};
    const taskrules::TaskPlan plan = taskrules::plan(rules, facts, now);
    if (plan.hasTask) {
        const TaskFacts taskFacts{plan.dpd, plan.bucket, plan.overdue};
        Task t = TaskEngine::taskFromPlan(plan, c.id, assignee);
        const QDateTime dayAgo = now.addSecs(-24 * 3600);
        for (const Interaction &it : std::as_const(interactions))
            if (it.channel == Channel::Call && it.startedAt >= dayAgo && it.startedAt <= now)
                ++t.attempts;
        const Result<qint64> id = m_storage.insertTask(t, taskFacts, {});
        if (!id)
            return id.error();
        t.id = id.value();
        if (auto r = m_storage.setTaskEngineFields(t.id, plan.rule, taskFacts); !r)
            return r;
        if (!(rev = log.task(t)))
            return rev.error();
        ++summary.tasks;
    }
    summary.revision = rev.value();
    ++summary.customers;
    return {};
}

Result<DemoSeedSummary> DemoSeeding::run(const DemoSeedOptions &o)
{
    if (o.customers < 0 || o.customers > MaxCustomers)
        return Error{ErrorCode::InvalidInput, QStringLiteral("--customers must be 0..%1").arg(MaxCustomers)};
    if (o.agents < 1 || o.agents > MaxAgents)
        return Error{ErrorCode::InvalidInput, QStringLiteral("--agents must be 1..%1").arg(MaxAgents)};
    if (o.team.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, QStringLiteral("--team must not be empty")};
    if (o.password.isEmpty())
        return Error{ErrorCode::InvalidInput, QStringLiteral("the demo password must not be empty")};

    QElapsedTimer timer;
    timer.start();
    DemoSeedSummary summary;
    if (auto r = ensureUsers(o, summary); !r)
        return r.error();
    if (auto r = ScriptLibrary::ensureDefaults(m_storage); !r)
        return r.error();

    const Result<taskrules::RuleSet> rules = TaskEngine::activeRules(m_storage);
    if (!rules)
        return rules.error();
    StorageTransaction tx(m_storage);
    if (!tx.started())
        return tx.started().error();
    DemoOptions generatorOptions;
    generatorOptions.customers = o.customers;
    generatorOptions.seed = o.seed;
    generatorOptions.now = o.now;
    generatorOptions.assignee = summary.agents.first();
    const DemoDataGenerator generator(generatorOptions);
    std::optional<Error> failure;
    int index = 0;
    generator.generate([&](const DemoCustomer &dc) {
        if (failure)
            return;  // the generator cannot be stopped: skip the rest, roll back below
        const QString &assignee = summary.agents.at(index++ % summary.agents.size());
        if (auto r = insertCustomer(dc, assignee, rules.value(), o.now, summary); !r)
            failure = r.error();
    });
    if (failure)
        return *failure;
    AuditEntry audit{0,
                     QDateTime::currentDateTimeUtc(),
                     QStringLiteral("cli"),
                     QStringLiteral("seed-demo"),
                     QStringLiteral("team:") + o.team,
                     {{QStringLiteral("customers"), summary.customers},
                      {QStringLiteral("tasks"), summary.tasks},
                      {QStringLiteral("agents"), QJsonArray::fromStringList(summary.agents)},
                      {QStringLiteral("seed"), qint64(o.seed)}},
                     0};
    if (auto r = m_storage.appendAudit(audit); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    if (summary.revision == 0) {
        const Result<qint64> rev = m_storage.currentRevision();
        summary.revision = rev ? rev.value() : 0;
    }
    summary.elapsedMs = timer.elapsed();
    qCInfo(lcServer) << "seeded" << summary.customers << "demo customers," << summary.tasks << "tasks for"
                     << summary.agents.size() << "agents in" << summary.elapsedMs << "ms";
    return summary;
}

}  // namespace cd::server
