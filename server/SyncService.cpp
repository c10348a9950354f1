#include "SyncService.h"

#include "AgentStates.h"
#include "Codec.h"
#include "Logging.h"
#include "Messages.h"
#include "SettlementService.h"
#include "Storage.h"
#include "TaskService.h"

#include <QJsonArray>

namespace cd::server {

using proto::StatusCode;

namespace {

QJsonObject opResult(const QString &opId, StatusCode code, qint64 revision = 0)
{
    QJsonObject o{{QStringLiteral("opId"), opId}, {QStringLiteral("code"), int(code)}};
    if (code != StatusCode::Ok)
        o.insert(QStringLiteral("error"), proto::slug(code));
    if (revision > 0)
        o.insert(QStringLiteral("revision"), revision);
    return o;
}

}  // namespace

SyncService::SyncService(Storage &storage, TaskService &tasks, AgentStates &states,
                         const proto::Limits &limits, const settlement::DiscountLimits &discounts)
    : m_storage(storage), m_tasks(tasks), m_states(states), m_limits(limits),
      m_audit(std::make_unique<AuditLog>(storage)),
      m_settlements(std::make_unique<SettlementService>(storage, *m_audit, discounts))
{}

SyncService::~SyncService() = default;

ServiceResult<QJsonObject> SyncService::pull(const Viewer &viewer, const QJsonObject &body)
{
    const QJsonValue since = body.value(QStringLiteral("since"));
    if (!since.isDouble() || since.toDouble() != double(qint64(since.toDouble())))
        return {StatusCode::InvalidBody, QStringLiteral("since must be an integer")};
    if (since.toDouble() < 0)
        return {StatusCode::InvalidValue, QStringLiteral("since must not be negative")};
    // A page must fit in one frame whatever the entities weigh: stop well below the frame limit.
    const Result<ChangePage> page = m_storage.changesSince(
        viewer, qint64(since.toDouble()), m_limits.maxChangesPerPull, m_limits.maxFrameBytes * 3 / 4);
    if (!page)
        return page.error();
    QJsonArray changes;
    for (const proto::Change &c : page->changes)
        changes.append(c.toJson());
    return QJsonObject{{QStringLiteral("revision"), page->revision},
                       {QStringLiteral("changes"), changes},
                       {QStringLiteral("more"), page->more}};
}

ServiceResult<QJsonObject> SyncService::push(const Viewer &viewer, const QJsonObject &body,
                                             const QDateTime &now)
{
    const QJsonValue ops = body.value(QStringLiteral("ops"));
    if (!ops.isArray())
        return {StatusCode::InvalidBody, QStringLiteral("ops must be an array")};
    if (ops.toArray().size() > m_limits.maxOpsPerPush)
        return {StatusCode::TooManyOps, QStringLiteral("%1 ops").arg(ops.toArray().size())};
    QJsonArray results;
    for (const QJsonValue &op : ops.toArray())
        results.append(applyOp(viewer, op, now));
    return QJsonObject{{QStringLiteral("results"), results}};
}

void SyncService::remember(const Viewer &viewer, const QString &opId, StatusCode code)
{
    if (proto::isRetryable(code))
        return;
    if (auto r = m_storage.insertAppliedOp(
            AppliedOp{opId, viewer.userId, int(code), 0, QDateTime::currentDateTimeUtc()});
        !r)
        qCWarning(lcServer).noquote() << "cannot remember op" << opId << r.error().detail;
}

QJsonObject SyncService::applyOp(const Viewer &viewer, const QJsonValue &value, const QDateTime &now)
{
    const QJsonObject op = value.toObject();
    const QJsonValue opIdValue = op.value(QStringLiteral("opId"));
    const QString opId = opIdValue.toString();
    if (!value.isObject() || !opIdValue.isString() || opId.isEmpty() || opId.size() > MaxOpIdLength)
        return opResult(opIdValue.isString() ? opId.left(MaxOpIdLength) : QString(), StatusCode::InvalidBody);

    // Idempotency: a repeated opId gets its first answer and changes nothing.
    const Result<std::optional<AppliedOp>> prior = m_storage.appliedOp(opId);
    if (!prior)
        return opResult(opId, statusFor(prior.error()));
    if (prior.value()) {
        if (prior.value()->userId != viewer.userId)
            return opResult(opId, StatusCode::Conflict);  // another user's opId: neither replay nor reveal it
        return opResult(opId, static_cast<StatusCode>(prior.value()->code), prior.value()->revision);
    }

    const QJsonValue type = op.value(QStringLiteral("type"));
    const QJsonValue body = op.value(QStringLiteral("body"));
    if (!type.isString() || !body.isObject()) {
        remember(viewer, opId, StatusCode::InvalidBody);
        return opResult(opId, StatusCode::InvalidBody);
    }
    if (type.toString() == proto::msg::OpInteractionRecord) {
        StatusCode error = StatusCode::Ok;
        const auto record = proto::InteractionRecord::fromJson(body.toObject(), &error);
        if (!record) {
            remember(viewer, opId, error);
            return opResult(opId, error);
        }
        const ServiceResult<qint64> applied = m_tasks.recordInteraction(viewer, opId, *record, now);
        if (!applied) {
            qCInfo(lcServer).noquote() << "op" << opId << "of" << viewer.username
                                       << "refused:" << proto::slug(applied.code()) << applied.detail();
            remember(viewer, opId, applied.code());
            return opResult(opId, applied.code());
        }
        return opResult(opId, StatusCode::Ok, applied.value());
    }
    if (type.toString() == proto::msg::OpSettlementRequest) {
        StatusCode error = StatusCode::Ok;
        const auto request = proto::SettlementRequest::fromJson(body.toObject(), &error);
        const ServiceResult<qint64> applied = request
            ? m_settlements->request(viewer, opId, *request, now)
            : ServiceResult<qint64>(error, QStringLiteral("malformed settlement.request"));
        if (!applied) {
            qCInfo(lcServer).noquote() << "op" << opId << "of" << viewer.username
                                       << "refused:" << proto::slug(applied.code()) << applied.detail();
            remember(viewer, opId, applied.code());
            return opResult(opId, applied.code());
        }
        return opResult(opId, StatusCode::Ok, applied.value());
    }
    if (type.toString() == proto::msg::OpAgentState) {
        const ServiceResult<QJsonObject> set =
            m_states.setState(viewer, body.toObject(), now, proto::msg::OpAgentState);
        const Result<qint64> rev = m_storage.currentRevision();
        const AppliedOp applied{opId, viewer.userId, int(set.code()), rev ? rev.value() : 0, now};
        if (!proto::isRetryable(set.code())) {
            if (auto r = m_storage.insertAppliedOp(applied); !r)
                qCWarning(lcServer).noquote() << "cannot remember op" << opId << r.error().detail;
        }
        return opResult(opId, set.code(), set ? applied.revision : 0);
    }
    if (const auto handler = m_opHandlers.constFind(type.toString()); handler != m_opHandlers.constEnd()) {
        const ServiceResult<qint64> applied = (*handler)(viewer, opId, body.toObject(), now);
        if (!applied) {
            qCInfo(lcServer).noquote() << "op" << opId << "of" << viewer.username
                                       << "refused:" << proto::slug(applied.code()) << applied.detail();
            remember(viewer, opId, applied.code());
            QJsonObject result = opResult(opId, applied.code());
            if (!applied.reason().isEmpty())
                result.insert(QStringLiteral("reason"), applied.reason());
            return result;
        }
        return opResult(opId, StatusCode::Ok, applied.value());
    }
    remember(viewer, opId, StatusCode::UnknownType);
    return opResult(opId, StatusCode::UnknownType);
}

}  // namespace cd::server
