#pragma once
// Domain records <-> JSON bodies, shared by server and client so both read and write the same shape.
// Conventions: ids are JSON numbers; money is integer fen in fields ending in "Fen"; instants are
// ISO-8601 UTC strings ("2026-11-22T10:00:00.000Z"); local dates are "yyyy-MM-dd"; enums are their
// key strings ("PromiseToPay", "M4Plus"); flags are an array of keys. Unknown keys are ignored
// (forward compatibility); a missing required key or a wrong type makes fromJson fail.
#include "Compliance.h"
#include "Entities.h"
#include "Status.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace cd::proto {

QJsonObject toJson(const Customer &c);
QJsonObject toJson(const Phone &p);
QJsonObject toJson(const Loan &l);  ///< with "installments" and "payments" arrays
QJsonObject toJson(const Task &t);
QJsonObject toJson(const Interaction &i);
QJsonObject toJson(const Promise &p);
QJsonObject toJson(const BucketChange &b);
QJsonObject toJson(const Settlement &s);

std::optional<Customer> customerFromJson(const QJsonObject &o);
std::optional<Phone> phoneFromJson(const QJsonObject &o);
std::optional<Loan> loanFromJson(const QJsonObject &o);
std::optional<Task> taskFromJson(const QJsonObject &o);
std::optional<Interaction> interactionFromJson(const QJsonObject &o);
std::optional<Promise> promiseFromJson(const QJsonObject &o);
std::optional<BucketChange> bucketChangeFromJson(const QJsonObject &o);
/// Entity "override": {id, customerId, rule, phoneNumber, reason, lead, expiresAt}.
QJsonObject overrideToJson(const compliance::Override &o, qint64 customerId);
/// The override and its customer id; nullopt when malformed or the rule is unknown.
std::optional<std::pair<qint64, compliance::Override>> overrideFromJson(const QJsonObject &o);
std::optional<Settlement> settlementFromJson(const QJsonObject &o);

QString isoUtc(const QDateTime &t);  ///< empty for an invalid time
QDateTime parseIsoUtc(const QString &s);
QString isoDate(const QDate &d);

/// Body of the "interaction.record" operation: one attempt and its wrap-up, as the agent saved it.
/// Ids are the server's (taskId, customerId, phoneId); `recordedAt` is when the agent saved it.
struct InteractionRecord {
    qint64 taskId = 0;
    qint64 customerId = 0;
    qint64 phoneId = 0;
    QString phoneNumber;
    QDateTime startedAt;
    QDateTime answeredAt;
    QDateTime endedAt;
    Outcome outcome = Outcome::NoAnswer;
    QString note;
    Fen promiseAmount = 0;
    QDate promiseDate;
    QDateTime callbackAt;
    QDateTime recordedAt;

    QJsonObject toJson() const;
    /// Fails with InvalidBody (missing / wrong type) or InvalidValue (unknown outcome, promise
    /// without a positive amount and a date, callback without a time, note over 2000 characters).
    static std::optional<InteractionRecord> fromJson(const QJsonObject &o, StatusCode *error = nullptr);
};

/// One entry of sync.pull's "changes": an entity upserted or deleted at a revision.
struct Change {
    qint64 revision = 0;
    QString entity;  ///< "customer", "phone", "loan", "task", "interaction", "promise", "script"
    qint64 id = 0;
    bool deleted = false;
    QString opId;     ///< the push operation that caused it, if any (lets the client drop its provisional rows)
    QJsonObject data; ///< the entity (toJson above) when not deleted

    QJsonObject toJson() const;
    static std::optional<Change> fromJson(const QJsonObject &o);
};

/// Body of the "settlement.request" operation: a payment-plan offer as the agent made it. Only the
/// terms travel; the server recomputes outstanding, total and schedule from its own loan data.
/// `firstAmountFen` 0 = equal instalments. `createdAt` is when the agent saved it.
struct SettlementRequest {
    qint64 customerId = 0;
    qint64 loanId = 0;
    int discountBp = 0;
    int instalments = 1;
    Fen firstAmount = 0;
    QDate firstDate;
    QString note;
    QDateTime createdAt;

    QJsonObject toJson() const;
    /// Fails with InvalidBody (missing / wrong type) or InvalidValue (ids not positive, discount
    /// outside 0..5000 bp, instalments outside 1..36, negative first amount, note over 2000 characters).
    static std::optional<SettlementRequest> fromJson(const QJsonObject &o, StatusCode *error = nullptr);
};

} // namespace cd::proto
