#include "FloorState.h"

#include "Codec.h"

#include <QJsonArray>

namespace cd::server {

namespace {

QJsonValue iso(const QDateTime &t) { return t.isValid() ? QJsonValue(proto::isoUtc(t)) : QJsonValue(); }

/// Rates to 4 decimals: the same figures always encode to the same JSON (deltas compare equal).
double rate(int part, int whole) { return whole > 0 ? qRound(10000.0 * part / whole) / 10000.0 : 0.0; }

}  // namespace

FloorCounts &FloorCounts::operator+=(const FloorCounts &o)
{
    attempts += o.attempts;
    connects += o.connects;
    rightParty += o.rightParty;
    promises += o.promises;
    promiseAmount += o.promiseAmount;
    collected += o.collected;
    return *this;
}

QJsonObject FloorCounts::toJson() const
{
    return {{QStringLiteral("attempts"), attempts},           {QStringLiteral("connects"), connects},
            {QStringLiteral("rightParty"), rightParty},       {QStringLiteral("promises"), promises},
            {QStringLiteral("promiseAmount"), promiseAmount}, {QStringLiteral("collected"), collected}};
}

QJsonObject FloorCounts::kpiJson() const
{
    QJsonObject o = toJson();
    o.insert(QStringLiteral("connectRate"), rate(connects, attempts));
    o.insert(QStringLiteral("rpcRate"), rate(rightParty, attempts));
    o.insert(QStringLiteral("ptpRate"), rate(promises, rightParty));
    return o;
}

QJsonObject FloorAgent::toJson() const
{
    QJsonObject o{{QStringLiteral("username"), username},   {QStringLiteral("name"), name},
                  {QStringLiteral("team"), team},           {QStringLiteral("state"), enumKey(state)},
                  {QStringLiteral("reason"), reason},       {QStringLiteral("since"), iso(since)},
                  {QStringLiteral("connected"), connected}, {QStringLiteral("today"), today.toJson()}};
    if (taskId > 0)
        o.insert(QStringLiteral("task"),
                 QJsonObject{{QStringLiteral("taskId"), taskId},
                             {QStringLiteral("customerId"), customerId},
                             {QStringLiteral("customer"), customer}});
    return o;
}

QJsonObject FloorQueue::toJson() const
{
    QJsonObject buckets;
    for (auto it = depth.cbegin(); it != depth.cend(); ++it)
        buckets.insert(enumKey(it.key()), it.value());
    return {{QStringLiteral("depth"), buckets},
            {QStringLiteral("open"), open},
            {QStringLiteral("oldestTaskId"), oldestTaskId},
            {QStringLiteral("oldestSince"), iso(oldestSince)},
            {QStringLiteral("callbacksOverdue"), callbacksOverdue}};
}

QJsonObject FloorAlert::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("kind"), enumKey(kind)},
                  {QStringLiteral("team"), team},
                  {QStringLiteral("subject"), subject},
                  {QStringLiteral("value"), value},
                  {QStringLiteral("threshold"), threshold},
                  {QStringLiteral("raisedAt"), iso(raisedAt)}};
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    if (!acknowledgedBy.isEmpty()) {
        o.insert(QStringLiteral("acknowledgedBy"), acknowledgedBy);
        o.insert(QStringLiteral("acknowledgedAt"), iso(acknowledgedAt));
    }
    return o;
}

}  // namespace cd::server
