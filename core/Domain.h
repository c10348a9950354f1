#pragma once
// Domain enums shared by every layer. Names here are code identifiers only: ui/ maps each value to
// translated text (ui/Labels), so no user-facing string lives in core, protocol or on the wire.
#include <QMetaEnum>
#include <QObject>

namespace cd {
Q_NAMESPACE

/// Delinquency band derived from days past due (see Delinquency.h).
enum class Bucket { M0, M1, M2, M3, M4Plus };
Q_ENUM_NS(Bucket)

/// A (low risk) ... E (high risk).
enum class RiskGrade { A, B, C, D, E };
Q_ENUM_NS(RiskGrade)

enum class ProductType { ConsumerInstalment, CashLoan, CreditCard };
Q_ENUM_NS(ProductType)

enum class LoanStatus { Active, Settled, ChargedOff };
Q_ENUM_NS(LoanStatus)

enum class Gender { Female, Male };
Q_ENUM_NS(Gender)

enum class PhoneType { Mobile, Home, Work };
Q_ENUM_NS(PhoneType)

/// Who answers this number, seen from the debtor.
enum class Relation { Self, Spouse, Parent, Child, Sibling, Relative, Friend, Colleague, Employer };
Q_ENUM_NS(Relation)

enum class PhoneStatus { Valid, Unverified, Invalid, DoNotCall };
Q_ENUM_NS(PhoneStatus)

/// Customer-level flags; stored as a bit set.
enum class CustomerFlag {
    None = 0,
    Dispute = 1 << 0,       ///< customer contests the debt: no collection pressure until resolved
    HardshipHold = 1 << 1,  ///< job loss, illness, disaster: collection paused
    DoNotCall = 1 << 2,     ///< person must not be called
    Vulnerable = 1 << 3,    ///< elderly or otherwise vulnerable: gentle script
    Legal = 1 << 4,         ///< handed to legal proceedings: no collection calls from the floor
    Deceased = 1 << 5,      ///< reported deceased: no contact at all, estate handled elsewhere
};
Q_ENUM_NS(CustomerFlag)
Q_DECLARE_FLAGS(CustomerFlags, CustomerFlag)

enum class TaskKind {
    Callback,         ///< the debtor asked to be called back at a time
    PromiseFollowUp,  ///< a promise-to-pay falls due
    BrokenPromise,    ///< a promise passed its date unpaid
    Collection,       ///< overdue account
    Reminder,         ///< not yet due: courtesy reminder before the due date
    LegalReview,      ///< escalation: a late-bucket account with repeated refusals goes to legal review
};
Q_ENUM_NS(TaskKind)

enum class TaskStatus { Open, Deferred, Done };
Q_ENUM_NS(TaskStatus)

/// Why a task is in the queue and where it ranks. Several may apply to one task.
enum class ReasonCode {
    CallbackDue,
    PromiseDueToday,
    PromiseBroken,
    SeverelyOverdue,  ///< DPD > 90
    Overdue,          ///< DPD 1..90
    DueSoon,          ///< M0, due within 3 days
    LargeBalance,     ///< overdue amount >= 10,000 yuan
    HighRisk,         ///< risk grade D or E
    OnHold,           ///< dispute / hardship hold / DNC: must not be pressed
    // appended (issue 4 task engine); keys are stable, never reorder
    DpdMilestone,     ///< the account just reached a DPD milestone (1, 3, 7, 15, 30, 60, 90)
    RetryDue,         ///< a retry after no answer / busy whose backoff has elapsed
    NoRecentContact,  ///< nobody reached the customer for a long time
    RepeatedRefusal,  ///< several refusals in a row (escalation)
    PromisePartial,   ///< a promise was only partly kept
};
Q_ENUM_NS(ReasonCode)

/// Disposition (wrap-up code) recorded after every attempt, answered or not.
enum class Outcome {
    NoAnswer,
    Busy,
    InvalidNumber,
    WrongParty,
    ThirdParty,
    RightPartyContact,
    Refused,
    PromiseToPay,
    Paid,
    Dispute,
    Hardship,
    Callback,
    /// The call never reached the debtor's network (our line, registrar or PBX failed). Not an attempt
    /// on the debtor: it counts against no cap and no unreachable streak.
    NetworkError,
};
Q_ENUM_NS(Outcome)

enum class PromiseStatus { Pending, Kept, Partial, Broken };
Q_ENUM_NS(PromiseStatus)

/// Why a customer's risk grade is what it is (core/RiskReview.h re-evaluates it on events).
enum class RiskFactor {
    BrokenPromise,    ///< a promise-to-pay was broken
    Refusal,          ///< the customer refused to pay
    NewOverdue,       ///< a new installment fell overdue
    BucketRoll,       ///< the account rolled into a later bucket
    SeverelyOverdue,  ///< DPD > 90
    LargeBalance,     ///< overdue amount at or above the large-balance threshold
    LowScore,         ///< bureau / behaviour score below 550
    PromisesKept,     ///< promises kept: lowers the risk
};
Q_ENUM_NS(RiskFactor)

/// A settlement / payment-plan offer (core/Settlement.h). Above the agent's discount threshold it
/// waits for a lead (Pending) who approves or rejects it; within it, it is AutoApproved.
enum class SettlementStatus { Pending, Approved, Rejected, AutoApproved };
Q_ENUM_NS(SettlementStatus)

enum class Channel { Call, Sms };
Q_ENUM_NS(Channel)

/// Where an SMS interaction stands: Queued until the server's gateway answered, then Sent or Failed
/// (server/SmsGateway.h; the reason is on the interaction).
enum class SmsStatus { Queued, Sent, Failed };
Q_ENUM_NS(SmsStatus)

/// Enum <-> stable key used in storage and on the wire ("M4Plus", "PromiseToPay").
template <typename E> QString enumKey(E value)
{
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(static_cast<int>(value)));
}
template <typename E> E enumFromKey(const QString &key, E fallback)
{
    bool ok = false;
    const int v = QMetaEnum::fromType<E>().keyToValue(key.toLatin1().constData(), &ok);
    return ok ? static_cast<E>(v) : fallback;
}

}  // namespace cd

Q_DECLARE_OPERATORS_FOR_FLAGS(cd::CustomerFlags)
