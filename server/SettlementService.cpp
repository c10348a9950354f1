#include "SettlementService.h"

#include "ChangeLog.h"
#include "LocalTime.h"
#include "Logging.h"
#include "Messages.h"
#include "Storage.h"

#include <QJsonArray>

namespace cd::server {

using proto::StatusCode;

namespace {
constexpr int MaxNoteLength = 2000;

QString target(qint64 id) { return QStringLiteral("settlement:%1").arg(id); }
QString customerTarget(qint64 id) { return QStringLiteral("customer:%1").arg(id); }

}  // namespace

SettlementService::SettlementService(Storage &storage, AuditLog &audit,
                                     const settlement::DiscountLimits &limits, QObject *parent)
    : QObject(parent), m_storage(storage), m_audit(audit), m_limits(limits)
{}

ServiceResult<qint64> SettlementService::request(const Viewer &viewer, const QString &opId,
                                                 const proto::SettlementRequest &d,
                                                 const QDateTime &serverNow)
{
    const Result<std::optional<Customer>> customer = m_storage.customer(d.customerId);
    if (!customer)
        return customer.error();
    if (!customer.value())
        return {StatusCode::NotFound, QStringLiteral("customer %1").arg(d.customerId)};
    const Result<bool> visible = m_storage.canSee(viewer, d.customerId);
    if (!visible)
        return visible.error();
    if (!visible.value()) {
        m_audit.denied(viewer, proto::msg::OpSettlementRequest, customerTarget(d.customerId),
                       StatusCode::Forbidden, {{QStringLiteral("opId"), opId}});
        return {StatusCode::Forbidden, QStringLiteral("customer %1 not visible").arg(d.customerId)};
    }
    const Result<QList<Loan>> loans = m_storage.loans(d.customerId);
    if (!loans)
        return loans.error();
    std::optional<Loan> loan;
    for (const Loan &l : loans.value())
        if (l.id == d.loanId)
            loan = l;
    if (!loan)
        return {StatusCode::InvalidValue,
                QStringLiteral("loan %1 is not customer %2's").arg(d.loanId).arg(d.customerId)};

    // The offer stands as of when the agent made it (an offline one arrives later), judged on the
    // debtor's calendar; a client clock ahead of ours is not trusted.
    const QDateTime madeAt = opTime(d.createdAt, serverNow);
    settlement::Terms terms;
    terms.outstanding = settlement::outstandingOf(*loan);  // the server's figures, not the client's
    terms.discountBp = d.discountBp;
    terms.instalments = d.instalments;
    terms.firstDate = d.firstDate;
    terms.firstAmount = d.firstAmount;
    const settlement::Plan plan = settlement::compute(terms, localDate(customer.value()->timeZone, madeAt));
    if (!plan.ok())
        return {StatusCode::InvalidValue, enumKey(plan.problem)};

    const Result<std::optional<UserRecord>> user = m_storage.userById(viewer.userId);
    if (!user)
        return user.error();
    const QString skill = user.value() ? user.value()->skill : QString();

    Settlement s;
    s.customerId = d.customerId;
    s.loanId = d.loanId;
    s.agent = viewer.username;
    s.createdAt = madeAt;
    s.outstanding = terms.outstanding;
    s.discountBp = d.discountBp;
    s.total = plan.total;
    s.instalments = d.instalments;
    s.firstAmount = plan.firstAmount();
    s.firstDate = d.firstDate;
    s.note = d.note;
    s.status = settlement::approval(d.discountBp, m_limits.forSkill(skill));

    StorageTransaction tx(m_storage);
    if (!tx.started())
        return tx.started().error();
    const Result<qint64> id = m_storage.insertSettlement(s, opId);
    if (!id)
        return id.error();
    s.id = id.value();
    const Result<qint64> rev = ChangeLog(m_storage).settlement(s, opId);
    if (!rev)
        return rev.error();
    const AuditEntry audit{0,
                           serverNow,
                           viewer.username,
                           proto::msg::OpSettlementRequest,
                           target(s.id),
                           {{QStringLiteral("opId"), opId},
                            {QStringLiteral("customerId"), s.customerId},
                            {QStringLiteral("loanId"), s.loanId},
                            {QStringLiteral("discountBp"), s.discountBp},
                            {QStringLiteral("totalFen"), s.total},
                            {QStringLiteral("status"), enumKey(s.status)}},
                           0};
    if (auto r = m_storage.appendAudit(audit); !r)
        return r.error();
    if (auto r = m_storage.insertAppliedOp(AppliedOp{opId, viewer.userId, 0, rev.value(), serverNow}); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    qCInfo(lcServer).noquote() << "settlement" << s.id << "by" << viewer.username << "for customer"
                               << s.customerId << enumKey(s.status);

    Notice n;
    n.type = proto::msg::SettlementRequested;
    n.body = {{QStringLiteral("revision"), rev.value()}, {QStringLiteral("settlement"), proto::toJson(s)}};
    n.customerId = s.customerId;
    n.leadTeams = {viewer.team};
    Q_EMIT noticed(n);
    return rev.value();
}

ServiceResult<QJsonObject> SettlementService::list(const Viewer &viewer, const QJsonObject &body)
{
    const QJsonValue status = body.value(QStringLiteral("status"));
    std::optional<SettlementStatus> wanted;
    if (!status.isUndefined() && !status.isNull()) {
        if (!status.isString())
            return {StatusCode::InvalidBody, QStringLiteral("status must be a string")};
        bool known = false;
        const int v = QMetaEnum::fromType<SettlementStatus>().keyToValue(
            status.toString().toLatin1().constData(), &known);
        if (!known)
            return {StatusCode::InvalidValue, QStringLiteral("unknown status %1").arg(status.toString())};
        wanted = static_cast<SettlementStatus>(v);
    }
    const Result<QList<Settlement>> found = m_storage.teamSettlements(viewer.team, wanted);
    if (!found)
        return found.error();
    QJsonArray out;
    for (const Settlement &s : found.value())
        out.append(proto::toJson(s));
    return QJsonObject{{QStringLiteral("settlements"), out}};
}

ServiceResult<QJsonObject> SettlementService::decide(const Viewer &viewer, const QJsonObject &body,
                                                     const QDateTime &now)
{
    const QJsonValue idValue = body.value(QStringLiteral("settlementId"));
    const QJsonValue approve = body.value(QStringLiteral("approve"));
    const QJsonValue note = body.value(QStringLiteral("note"));
    if (!idValue.isDouble() || idValue.toDouble() != double(qint64(idValue.toDouble())) || !approve.isBool()
        || !(note.isUndefined() || note.isNull() || note.isString()))
        return {StatusCode::InvalidBody, QStringLiteral("settlementId, approve, note")};
    const qint64 id = qint64(idValue.toDouble());
    if (id <= 0 || note.toString().size() > MaxNoteLength)
        return {StatusCode::InvalidValue, QStringLiteral("settlement id or note")};

    const Result<std::optional<Settlement>> found = m_storage.settlement(id);
    if (!found)
        return found.error();
    if (!found.value())
        return {StatusCode::NotFound, QStringLiteral("settlement %1").arg(id)};
    Settlement s = *found.value();
    const Result<std::optional<UserRecord>> agent = m_storage.userByName(s.agent);
    if (!agent)
        return agent.error();
    const QString team = agent.value() ? agent.value()->team : QString();
    if (viewer.role != Role::Lead || team.isEmpty() || team != viewer.team) {
        m_audit.denied(viewer, proto::msg::SettlementDecide, target(id), StatusCode::Forbidden,
                       {{QStringLiteral("agentTeam"), team}});
        return {StatusCode::Forbidden, QStringLiteral("settlement %1 is team %2's").arg(id).arg(team)};
    }
    if (s.status != SettlementStatus::Pending)
        return {StatusCode::Conflict, QStringLiteral("settlement %1 is %2").arg(id).arg(enumKey(s.status))};

    s.status = approve.toBool() ? SettlementStatus::Approved : SettlementStatus::Rejected;
    s.decidedBy = viewer.username;
    s.decidedAt = now.toUTC();
    s.decisionNote = note.toString();

    StorageTransaction tx(m_storage);
    if (!tx.started())
        return tx.started().error();
    const Result<bool> decided = m_storage.decideSettlement(s);
    if (!decided)
        return decided.error();
    if (!decided.value())
        return {StatusCode::Conflict, QStringLiteral("settlement %1 decided meanwhile").arg(id)};
    const Result<qint64> rev = ChangeLog(m_storage).settlement(s);
    if (!rev)
        return rev.error();
    const AuditEntry audit{0,
                           now,
                           viewer.username,
                           proto::msg::SettlementDecide,
                           target(id),
                           {{QStringLiteral("customerId"), s.customerId},
                            {QStringLiteral("agent"), s.agent},
                            {QStringLiteral("discountBp"), s.discountBp},
                            {QStringLiteral("status"), enumKey(s.status)},
                            {QStringLiteral("note"), s.decisionNote}},
                           0};
    if (auto r = m_storage.appendAudit(audit); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    qCInfo(lcServer).noquote() << "settlement" << id << enumKey(s.status) << "by" << viewer.username;

    const QJsonObject json = proto::toJson(s);
    Notice n;
    n.type = proto::msg::SettlementDecided;
    n.body = {{QStringLiteral("revision"), rev.value()}, {QStringLiteral("settlement"), json}};
    n.customerId = s.customerId;
    n.users = {s.agent};
    Q_EMIT noticed(n);
    return QJsonObject{{QStringLiteral("settlement"), json}, {QStringLiteral("revision"), rev.value()}};
}

}  // namespace cd::server
