#include "Workflow.h"

namespace cd::workflow {

NextStep afterOutcome(Outcome outcome, TaskKind currentKind, const QDateTime &now,
                      const QDateTime &callbackAt, const QDate &promiseDate, int utcOffsetSeconds)
{
    NextStep s;
    s.kind = currentKind;
    switch (outcome) {
    case Outcome::NoAnswer: s.nextEligible = now.addSecs(NoAnswerRetryMinutes * 60); break;
    case Outcome::Busy: s.nextEligible = now.addSecs(BusyRetryMinutes * 60); break;
    // Our fault, not the debtor's: the task may be tried again as soon as the line is back.
    case Outcome::NetworkError: s.nextEligible = now.addSecs(NetworkErrorRetryMinutes * 60); break;
    case Outcome::InvalidNumber:
        s.markPhoneInvalid = true;
        s.nextEligible = now.addSecs(InvalidNumberRetryMinutes * 60);
        break;
    case Outcome::WrongParty:
    case Outcome::ThirdParty: s.nextEligible = now.addSecs(ThirdPartyRetryHours * 3600); break;
    case Outcome::RightPartyContact:
    case Outcome::Refused:
        s.rightPartyReached = true;
        s.nextEligible = now.addSecs(RightPartyRetryHours * 3600);
        break;
    case Outcome::PromiseToPay: {
        s.rightPartyReached = true;
        s.status = TaskStatus::Done;
        s.createPromiseFollowUp = true;
        // 10:00 on the promise date in the debtor's zone, expressed in UTC.
        const QDateTime local(promiseDate, QTime(FollowUpLocalHour, 0), Qt::UTC);
        s.followUpAt = local.addSecs(-utcOffsetSeconds);
        break;
    }
    case Outcome::Paid:
        s.rightPartyReached = true;
        s.status = TaskStatus::Done;
        break;
    case Outcome::Dispute:
        s.rightPartyReached = true;
        s.status = TaskStatus::Done;
        s.setFlags = CustomerFlag::Dispute;
        break;
    case Outcome::Hardship:
        s.rightPartyReached = true;
        s.status = TaskStatus::Done;
        s.setFlags = CustomerFlag::HardshipHold;
        break;
    case Outcome::Callback:
        s.rightPartyReached = true;
        s.kind = TaskKind::Callback;
        s.nextEligible = callbackAt.isValid() ? callbackAt : now.addSecs(3600);
        break;
    }
    return s;
}

bool needsPromise(Outcome outcome) { return outcome == Outcome::PromiseToPay; }

bool needsCallbackTime(Outcome outcome) { return outcome == Outcome::Callback; }

QString scriptSegment(Bucket bucket, CustomerFlags flags)
{
    if (flags & (CustomerFlags(CustomerFlag::Dispute) | CustomerFlag::HardshipHold))
        return QStringLiteral("hold");
    switch (bucket) {
    case Bucket::M0: return QStringLiteral("reminder");
    case Bucket::M1: return QStringLiteral("early");
    case Bucket::M2:
    case Bucket::M3: return QStringLiteral("mid");
    case Bucket::M4Plus: break;
    }
    return QStringLiteral("late");
}

bool isContact(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NoAnswer:
    case Outcome::Busy:
    case Outcome::InvalidNumber:
    case Outcome::NetworkError: return false;
    default: return true;
    }
}

}  // namespace cd::workflow
