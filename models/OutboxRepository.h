#pragma once
// The outbox: operations made on this client that the server has not confirmed yet, replayed by
// sync/ in the order they were made. Rows move pending -> acked (the server applied the op) or
// pending -> rejected (the server refused it for good; kept until the agent has seen why).
// Borrowed from LocalStore like every repository; use from the store's thread.
#include "Domain.h"
#include "LocalStore.h"
#include "Status.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace cd {

enum class OutboxStatus { Pending, Acked, Rejected };

/// One outbox row.
struct OutboxOp {
    qint64 seq = 0;  ///< row id: the replay order
    QString opId;    ///< the server's idempotency key (a UUID)
    QString type;    ///< e.g. "interaction.record"
    QJsonObject body;
    QDateTime created;
    int attempts = 0;
    QDateTime nextAttempt;
    QString lastError;
    OutboxStatus status = OutboxStatus::Pending;
    proto::StatusCode resultCode = proto::StatusCode::Ok;  ///< acked / rejected rows
    qint64 ackedRevision = 0;                              ///< acked rows: the server's revision
};

/// A refused operation, for the agent: what it was about and why the server said no.
struct RejectedOp {
    QString opId;
    QString type;
    proto::StatusCode code = proto::StatusCode::Ok;
    QDateTime created;
    qint64 customerId = 0;
    qint64 taskId = 0;
    QString customerName;                 ///< empty when the customer is no longer cached
    Outcome outcome = Outcome::NoAnswer;  ///< interaction.record only
    /// Why, beyond the code, when the server said (e.g. {"rule": "SmsDailyCap"}); empty otherwise.
    QJsonObject reason;
    /// "张伟 · PromiseToPay": name and outcome key; ui/ may build a translated text from the fields.
    QString summary;
};

/// The server's reason stored with a rejected op (its last_error), or empty when there is none.
QJsonObject reasonOf(const QString &lastError);

class OutboxRepository
{
public:
    explicit OutboxRepository(LocalStore &store) : m_store(store) {}

    /// A new pending operation, due at once. The same opId twice is refused.
    Result<void> enqueue(const QString &opId, const QString &type, const QJsonObject &body);

    /// Pending operations to send now, in creation order, at most `limit`. Order is kept strictly:
    /// the list stops at the first pending op that is not due yet (waiting for a retry), so two
    /// wrap-ups on the same task never reach the server in the wrong order.
    QList<OutboxOp> due(const QDateTime &now, int limit) const;
    /// When due() will next return something: the next_attempt of the oldest pending op, if any.
    std::optional<QDateTime> nextAttempt() const;
    std::optional<OutboxOp> find(const QString &opId) const;

    // Transitions; each fails with NotFound unless the op is pending.
    Result<void> markAcked(const QString &opId, qint64 revision);
    /// `reason`: the server's structured reason (e.g. {"lintRule": "Threat", "match": "…"}), if any.
    Result<void> markRejected(const QString &opId, proto::StatusCode code, const QJsonObject &reason = {});
    /// attempts + 1, last_error, next_attempt; the op stays pending.
    Result<void> scheduleRetry(const QString &opId, const QString &error, const QDateTime &nextAttempt);

    /// Operations still waiting to be sent or retried (pending only).
    int pendingCount() const;

    /// Refused operations, oldest first.
    QList<RejectedOp> rejected() const;
    /// The agent has seen it: the row goes.
    Result<void> dismissRejected(const QString &opId);

    /// Deletes the provisional rows (negative ids) this op created in interactions, promises and
    /// tasks. Returns how many.
    Result<int> discardProvisional(const QString &opId);
    /// Acked ops whose revision is <= `revision` have had their server rows pulled: their
    /// provisional rows and the outbox rows go. Returns how many provisional rows were dropped.
    Result<int> settleAcked(qint64 revision);

private:
    LocalStore &m_store;
};

}  // namespace cd
