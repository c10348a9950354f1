#pragma once
// Days past due and buckets: pure rules on installment schedules.
#include "Entities.h"

namespace cd::delinquency {

/// Days from the due date of the oldest installment with money outstanding to `asOf`.
/// 0 when nothing due before `asOf` is unpaid (a debt due today is not yet past due).
int daysPastDue(const QList<Installment> &installments, const QDate &asOf);

/// Largest DPD over a customer's loans.
int daysPastDue(const QList<Loan> &loans, const QDate &asOf);

/// M0: not past due; M1: 1–30; M2: 31–60; M3: 61–90; M4+: > 90.
Bucket bucketFor(int dpd);

/// Outstanding amount of installments already past due at `asOf`.
Fen overdueAmount(const QList<Installment> &installments, const QDate &asOf);

/// Everything still owed on the loan (past due and future installments).
Fen outstandingBalance(const QList<Installment> &installments);

/// Oldest unpaid installment (the one DPD counts from), or nullptr.
const Installment *oldestUnpaid(const QList<Installment> &installments, const QDate &asOf);

/// Next installment not yet due with money outstanding, or nullptr.
const Installment *nextDue(const QList<Installment> &installments, const QDate &asOf);

}  // namespace cd::delinquency
