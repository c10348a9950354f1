#pragma once
// Risk early warning: re-evaluates a customer's RiskGrade from facts (score, DPD, overdue amount) and
// recent events (broken promises, refusals, a new overdue installment, a bucket roll, kept promises).
// The grade is a function of the facts, not of the previous grade, so reviewing twice changes nothing;
// the caller compares it with the stored grade to see an upgrade (worse) and tell the leads.
// Pure; used by server/AccountService (on payments, the daily sweep and recorded refusals).
//
//   base     the score band: >= 750 A, >= 680 B, >= 620 C, >= 550 D, below E (LowScore)
//   +1       broken or partly kept promise(s) in the lookback; +2 from two of them (BrokenPromise)
//   +1       refusal(s) in the lookback (Refusal)
//   +1       a roll into a later bucket in the lookback (BucketRoll), or else the account newly fell
//            overdue (NewOverdue: DPD 1..newOverdueDays): one delinquency step is not counted twice
//   -1       promises kept in the lookback and none broken (PromisesKept)
//   >= D     DPD > 90 (SeverelyOverdue), after the relief above
//   listed   overdue amount at or above the large-balance threshold (LargeBalance) and a score below
//            550 (LowScore) explain the grade without moving it: the amount is exposure, not
//            likelihood (the queue already ranks by it), and the score is the base already.
#include "Entities.h"

namespace cd::risk {

struct Policy {
    int lookbackDays = 30;            ///< events older than this no longer weigh
    int newOverdueDays = 7;           ///< DPD up to this is a "new overdue" account
    Fen largeBalance = yuan(10'000);  ///< same threshold the queue uses (priority::LargeBalanceThreshold)
    int lowScore = 550;
};

struct Facts {
    int score = 0;
    int dpd = 0;
    Fen overdue = 0;
    int brokenPromises = 0;     ///< broken or partly kept, decided in the lookback
    int keptPromises = 0;       ///< kept, decided in the lookback
    int refusals = 0;           ///< Refused outcomes in the lookback
    bool newOverdue = false;    ///< DPD 1..newOverdueDays
    bool bucketRolled = false;  ///< rolled into a later bucket in the lookback
};

/// Collects the facts from what the server (or the cache) holds. `today` is the debtor's local date.
Facts factsFor(const Customer &customer, const QList<Loan> &loans, const QList<Promise> &promises,
               const QList<Interaction> &interactions, const QList<BucketChange> &buckets,
               const QDateTime &nowUtc, const QDate &today, const Policy &policy = {});

struct Review {
    RiskGrade grade = RiskGrade::C;
    QList<RiskFactor> factors;  ///< most important first; PromisesKept last
    bool upgraded = false;      ///< worse than the grade before
    bool changed = false;       ///< grade or factors differ from before
};

Review review(const Facts &facts, RiskGrade before, const QList<RiskFactor> &factorsBefore,
              const Policy &policy = {});

}  // namespace cd::risk
