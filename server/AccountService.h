#pragma once
// The accounts side of collection: posting payments (FIFO over the schedule, core/PromiseLedger.h),
// deciding promises-to-pay from them, recording bucket changes (bucket_history) and re-evaluating the
// risk grade (core/RiskReview.h) with an alert to the leads of the customer's team on an upgrade.
// Runs on a posted payment, on the daily sweep (promises whose grace ended, rolls as DPD grows) and
// after a refusal is recorded. Each customer's update is one transaction: records, change-log rows
// and audit commit together. Owned by the Server (or a CLI command); emits Notices for the hub and
// customerChanged() for the task engine after each commit.
#include "AuditLog.h"
#include "Notice.h"
#include "PromiseLedger.h"
#include "RiskReview.h"
#include "ServiceResult.h"

#include <QHash>
#include <QObject>

namespace cd::server {

class ChangeLog;
class Storage;

class AccountService : public QObject
{
    Q_OBJECT
public:
    struct Policies {
        ledger::PromisePolicy promises;
        risk::Policy risk;
    };

    /// A payment to post: by contract number, or by loan id when contractNo is empty.
    struct PaymentIn {
        QString contractNo;
        qint64 loanId = 0;
        Fen amount = 0;
        QDateTime paidAt;
        QString channel = QStringLiteral("bank_transfer");
    };

    /// What one customer's update changed.
    struct Changes {
        qint64 customerId = 0;
        QList<Promise> promisesDecided;  ///< left Pending in this update
        QList<BucketChange> bucketChanges;
        RiskGrade riskBefore = RiskGrade::C;
        RiskGrade riskAfter = RiskGrade::C;
        QList<RiskFactor> factors;
        bool riskChanged = false;  ///< grade or factors
        bool upgraded = false;
        qint64 revision = 0;  ///< last change-log revision written (0: nothing written)
    };

    struct Posted {
        qint64 paymentId = 0;
        qint64 loanId = 0;
        Fen unapplied = 0;  ///< more than the loan owed
        QList<ledger::Allocation> allocations;
        Changes changes;
    };

    struct SweepSummary {
        int customers = 0;  ///< looked at
        int changed = 0;    ///< with anything written
        int kept = 0;
        int partial = 0;
        int broken = 0;
        int bucketChanges = 0;
        int riskUpgrades = 0;
        int failed = 0;  ///< customers whose update failed (logged; the others went on)
        qint64 revision = 0;
    };

    AccountService(Storage &storage, AuditLog &audit, QObject *parent = nullptr);
    void setPolicies(const Policies &policies) { m_policies = policies; }
    const Policies &policies() const { return m_policies; }

    /// Stores the payment, applies it FIFO to the loan's installments and updates the customer
    /// (buckets, promises, risk) at `now`. InvalidValue (amount <= 0, no time), NotFound (no such
    /// contract / loan); nothing is written then.
    ServiceResult<Posted> postPayment(const PaymentIn &payment, const QString &actor, const QDateTime &now);

    /// The daily sweep: for every customer with an open account or a pending promise, decides the
    /// promises whose grace has passed, records bucket rolls and re-evaluates the risk at `nowUtc`.
    ServiceResult<SweepSummary> sweep(const QDateTime &nowUtc,
                                      const QString &actor = QStringLiteral("system"));

    /// Re-evaluates one customer (promises, buckets, risk) at `now`, e.g. after a refusal was recorded.
    ServiceResult<Changes> reviewCustomer(qint64 customerId, const QDateTime &now,
                                          const QString &actor = QStringLiteral("system"));

public Q_SLOTS:
    /// For TaskService: a recorded refusal weighs on the risk at once (other outcomes do not).
    void onInteractionRecorded(qint64 customerId, cd::Outcome outcome);

Q_SIGNALS:
    void noticed(const cd::server::Notice &notice);
    /// After a commit that changed anything of the customer (payments, promises, buckets, risk).
    void customerChanged(qint64 customerId);
    /// After a committed payment / an update that found promises broken (the floor board counts them).
    void paymentPosted(qint64 customerId, cd::Fen amount, const QDateTime &paidAt);
    void promisesBroken(qint64 customerId, int count);

private:
    /// Records rolls/cures of every loan against the last known bucket (the last bucket_history row
    /// of the loan, else the bucket the day before). Appends to `history` and `out`.
    Result<void> recordBuckets(const Customer &customer, const QList<Loan> &loans,
                               QList<BucketChange> &history, const QDateTime &now, ChangeLog &log,
                               Changes &out);
    /// Buckets, promises and risk of one customer, inside the caller's transaction.
    Result<void> refresh(qint64 customerId, const QDateTime &now, const QString &actor, ChangeLog &log,
                         Changes &out);
    /// Notices and customerChanged() for a committed update.
    void announce(const Changes &changes);
    QStringList teamsOf(qint64 customerId);

    Storage &m_storage;
    AuditLog &m_audit;
    Policies m_policies;
};

}  // namespace cd::server
