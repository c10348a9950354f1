#pragma once
// What happens to a task after a disposition: the pure rule, applied by models/DispositionRecorder
// on the client (and later by the server's task service).
#include "Entities.h"

namespace cd::workflow {

struct NextStep {
    TaskStatus status = TaskStatus::Deferred;
    TaskKind kind = TaskKind::Collection;  ///< kind of the task after the step (callback changes it)
    QDateTime nextEligible;                ///< when the task may be worked again (Deferred only)
    bool createPromiseFollowUp = false;    ///< a PromiseFollowUp task is due on the promise date
    QDateTime followUpAt;
    CustomerFlags setFlags;  ///< flags the outcome puts on the customer
    bool markPhoneInvalid = false;
    bool rightPartyReached = false;
};

/// The wait right after a call nobody answered equals the first step of the default rule set's retry
/// backoff (TaskRules.h, resources/rules/default-task-rules.json), so an offline client defers the
/// task as the server's engine will; the engine re-plans later attempts with the published rules.
constexpr int BusyRetryMinutes = 30;
constexpr int NoAnswerRetryMinutes = 30;
constexpr int InvalidNumberRetryMinutes = 5;  ///< the other numbers may still work
constexpr int NetworkErrorRetryMinutes = 5;   ///< our line failed; the debtor was never reached
constexpr int ThirdPartyRetryHours = 4;
constexpr int RightPartyRetryHours = 24;
constexpr int FollowUpLocalHour = 10;  ///< promise follow-up on the promise date, 10:00 local

/// `now` UTC; `callbackAt` UTC (Callback only); `promiseDate` the debtor's local date (PromiseToPay);
/// `utcOffsetSeconds` the debtor's offset from UTC, to place the follow-up at a local hour.
NextStep afterOutcome(Outcome outcome, TaskKind currentKind, const QDateTime &now,
                      const QDateTime &callbackAt, const QDate &promiseDate, int utcOffsetSeconds);

/// Outcomes that need a promise amount + date, or a callback time, before they can be saved.
bool needsPromise(Outcome outcome);
bool needsCallbackTime(Outcome outcome);
/// Script segment for a customer: "hold" (dispute / hardship hold), "reminder" (M0), "early" (M1),
/// "mid" (M2-M3), "late" (M4+). Scripts are stored per segment and locale.
QString scriptSegment(Bucket bucket, CustomerFlags flags);
/// The script for a call answered by someone other than the debtor (a relative, a colleague, a
/// stranger on the debtor's line): it discloses nothing about the debt, whatever the bucket.
inline const QString ThirdPartySegment = QStringLiteral("thirdparty");

/// True when the call reached someone (the customer or a third party).
bool isContact(Outcome outcome);

}  // namespace cd::workflow
