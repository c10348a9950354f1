#pragma once
// Settlement / payment-plan offers on the client. SettlementRecorder saves an offer the agent made in
// the portrait: the plan is computed from the cached loan with core/Settlement.h, then the offer row
// and the outbox "settlement.request" operation are written in one transaction, so it works offline
// and is queued until the server is reachable. In a synced store the row is provisional (negative
// id, tagged with the op's id) until the server's row of the same op arrives by pull and replaces it
// (ChangeApplier). SettlementRepository reads and writes the cached rows. Values over the store,
// like the other repositories; use from the store's thread.
#include "Entities.h"
#include "LocalStore.h"
#include "Settlement.h"

#include <QSet>

namespace cd {

/// What the agent entered in the settlement dialog.
struct SettlementOffer {
    qint64 customerId = 0;
    qint64 loanId = 0;
    int discountBp = 0;
    int instalments = 1;
    Fen firstAmount = 0;  ///< 0: equal instalments
    QDate firstDate;
    QString note;
    QString agent;
    /// The agent's discount limit as this client knows it (the server decides with its own).
    int limitBp = settlement::DiscountLimits().juniorBp;
};

struct RecordedSettlement {
    Settlement settlement;  ///< as stored here (provisional id and status in a synced store)
    settlement::Plan plan;
    QString opId;  ///< the outbox operation that carries it to the server
};

class SettlementRecorder
{
public:
    explicit SettlementRecorder(LocalStore &store) : m_store(store) {}

    /// The plan for `offer` on the cached loan at `now` (the debtor's local today); the problem says
    /// why when there is none. NotFound-like problems (no such loan) come back as NothingOutstanding.
    settlement::Plan plan(const SettlementOffer &offer, const QDateTime &now) const;
    /// Validates with plan() and saves. InvalidInput (detail: the Problem key) when the plan does
    /// not work, NotFound for an unknown customer or loan; nothing is written then.
    Result<RecordedSettlement> record(const SettlementOffer &offer, const QDateTime &now);

private:
    LocalStore &m_store;
};

class SettlementRepository
{
public:
    explicit SettlementRepository(LocalStore &store) : m_store(store) {}

    /// Inserts or replaces the row with `s.id`; `opId` tags a provisional row.
    Result<void> upsert(const Settlement &s, const QString &opId = {});
    std::optional<Settlement> find(qint64 id) const;
    /// The customer's offers, newest first. A provisional row whose operation the server refused
    /// (or that is no longer in the outbox) is not shown: it will never become an offer.
    QList<Settlement> forCustomer(qint64 customerId) const;
    /// Offers of `agent` a lead has decided (Approved or Rejected).
    QList<Settlement> decidedFor(const QString &agent) const;

private:
    LocalStore &m_store;
};

/// Notices decisions that reached the cache (by pull, whenever the client was online): the first
/// call to newlyDecided() takes what is decided already as known; later calls return the offers of
/// `agent` decided since. Held by the window for the status-bar message.
class SettlementDecisionWatch
{
public:
    SettlementDecisionWatch(LocalStore &store, QString agent) : m_store(store), m_agent(std::move(agent)) {}
    void setAgent(const QString &agent);
    QList<Settlement> newlyDecided();

private:
    LocalStore &m_store;
    QString m_agent;
    bool m_primed = false;
    QSet<qint64> m_known;
};

}  // namespace cd
