#pragma once
// seed-demo: demo users (agent01..agentK and lead01 of one team) and core's synthetic debtors
// (DemoDataGenerator), spread round-robin over the agents, each with the task the active task rules
// give it at `now` (core/TaskRules.h, as the task engine would), every entity also written to the
// change log so an agent's first pull (since=0) fills its whole cache. One transaction, prepared statements
// reused; rows are marked demo (trainers see only those). Runs against an open Storage.
#include "DemoData.h"
#include "Result.h"
#include "TaskRules.h"

#include <QStringList>

namespace cd::server {

class Storage;

struct DemoSeedOptions {
    int customers = 300;
    int agents = 5;
    QString team = QStringLiteral("demo");
    quint32 seed = 20261122;
    QString password = QStringLiteral("demo");  ///< of the users it creates (existing ones keep theirs)
    QDateTime now = QDateTime::currentDateTimeUtc();
};

struct DemoSeedSummary {
    int customers = 0;
    int tasks = 0;
    QStringList agents;        ///< who the customers went to, in round-robin order
    QStringList createdUsers;  ///< users that did not exist before
    qint64 revision = 0;
    qint64 elapsedMs = 0;
};

class DemoSeeding
{
public:
    static constexpr int MaxCustomers = 1'000'000;
    static constexpr int MaxAgents = 999;

    explicit DemoSeeding(Storage &storage) : m_storage(storage) {}

    Result<DemoSeedSummary> run(const DemoSeedOptions &options);

    static QString agentUsername(int index);  ///< 1 -> "agent01"
    static QString leadUsername() { return QStringLiteral("lead01"); }

private:
    Result<void> ensureUsers(const DemoSeedOptions &options, DemoSeedSummary &summary);
    Result<void> insertCustomer(const DemoCustomer &generated, const QString &assignee,
                                const taskrules::RuleSet &rules, const QDateTime &now,
                                DemoSeedSummary &summary);

    Storage &m_storage;
};

}  // namespace cd::server
