#pragma once
// Plain domain records (server truth; the client caches a subset). Ids are 64-bit, times are UTC.
#include "Domain.h"
#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cd {

struct Customer {
    qint64 id = 0;
    QString name;
    Gender gender = Gender::Female;
    QString idNumber;  ///< 18-digit resident ID; shown masked (Pii.h)
    QString bankCard;  ///< repayment bank card (16-19 digits); shown masked, revealed on request (audited)
    QDate birthDate;
    QString province;
    QString city;
    QString timeZone;  ///< IANA id, e.g. "Asia/Shanghai"; calling windows use it
    QString occupation;
    QString employer;
    QString address;
    RiskGrade risk = RiskGrade::C;
    int riskScore = 0;  ///< 300..850, higher is safer
    CustomerFlags flags;
    QDate holdUntil;                ///< HardshipHold ends after this local date (null: until lifted)
    QList<RiskFactor> riskFactors;  ///< why `risk` is what it is, most important first
};

struct Phone {
    qint64 id = 0;
    qint64 customerId = 0;
    QString number;
    PhoneType type = PhoneType::Mobile;
    Relation relation = Relation::Self;
    QString contactName;  ///< for third-party numbers: who answers
    PhoneStatus status = PhoneStatus::Valid;
};

struct Installment {
    qint64 id = 0;
    qint64 loanId = 0;
    int seq = 0;  ///< 1-based period number
    QDate dueDate;
    Fen principalDue = 0;
    Fen interestDue = 0;
    Fen feeDue = 0;
    Fen penaltyDue = 0;
    Fen paid = 0;
    Fen waived = 0;

    Fen totalDue() const { return principalDue + interestDue + feeDue + penaltyDue; }
    Fen outstanding() const { return qMax<Fen>(0, totalDue() - paid - waived); }
    bool settled() const { return outstanding() == 0; }
};

struct Payment {
    qint64 id = 0;
    qint64 loanId = 0;
    QDateTime paidAt;
    Fen amount = 0;
    QString channel;  ///< "bank_transfer", "alipay", "wechat", "card_debit"
};

struct Loan {
    qint64 id = 0;
    qint64 customerId = 0;
    QString contractNo;
    ProductType product = ProductType::CashLoan;
    Fen principal = 0;
    int termMonths = 0;
    int annualRateBp = 0;  ///< annual interest rate in basis points (1500 = 15.00%)
    QDate disbursed;
    LoanStatus status = LoanStatus::Active;
    QList<Installment> installments;
    QList<Payment> payments;
};

struct Task {
    qint64 id = 0;
    qint64 customerId = 0;
    TaskKind kind = TaskKind::Collection;
    TaskStatus status = TaskStatus::Open;
    qint64 priority = 0;
    QList<ReasonCode> reasons;
    QDateTime due;
    QString assignee;
    int attempts = 0;
    QDateTime nextEligible;
};

struct Interaction {
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 taskId = 0;
    Channel channel = Channel::Call;
    QString phoneNumber;
    QString agent;
    QDateTime startedAt;
    QDateTime answeredAt;  ///< null when not answered
    QDateTime endedAt;
    Outcome outcome = Outcome::NoAnswer;
    QString note;
    Fen promiseAmount = 0;
    QDate promiseDate;
    QDateTime callbackAt;
    /// Channel::Sms only: the delivery state and, when Failed, the gateway's reason slug ("http-500").
    SmsStatus smsStatus = SmsStatus::Queued;
    QString smsReason;
    /// Client only: the call's recording on this machine (never sent; docs/dev/Telephony.md).
    QString recordingPath;
    /// The recording the server holds for this call (0: none uploaded yet) and its facts.
    qint64 recordingId = 0;
    QString recordingSha256;  ///< hex SHA-256 of the whole file
    qint64 recordingBytes = 0;
    qint64 recordingDurationMs = 0;
    QDateTime recordingRetainUntil;

    bool hasRecording() const { return !recordingPath.isEmpty() || recordingId > 0; }

    int talkSeconds() const
    {
        return answeredAt.isValid() && endedAt.isValid() ? int(answeredAt.secsTo(endedAt)) : 0;
    }
};

struct Promise {
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 interactionId = 0;
    Fen amount = 0;
    QDate dueDate;
    PromiseStatus status = PromiseStatus::Pending;
    QDateTime createdAt;
    Fen paid = 0;          ///< paid towards this promise (core/PromiseLedger.h)
    QDateTime decidedAt;   ///< when the status left Pending (null while pending)
};

/// An account moved between delinquency buckets (shown in the portrait's bucket history).
struct BucketChange {
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 loanId = 0;
    QDateTime at;
    Bucket from = Bucket::M0;
    Bucket to = Bucket::M0;
    int dpd = 0;
};

/// A settlement / payment-plan offer made by an agent (core/Settlement.h computes the figures).
struct Settlement {
    qint64 id = 0;  ///< negative while provisional on the client
    qint64 customerId = 0;
    qint64 loanId = 0;
    QString agent;
    QDateTime createdAt;
    Fen outstanding = 0;  ///< owed at the time of the offer
    int discountBp = 0;   ///< discount in basis points of `outstanding` (1000 = 10%)
    Fen total = 0;        ///< outstanding minus the discount: what the customer pays in all
    int instalments = 1;
    Fen firstAmount = 0;
    QDate firstDate;
    QString note;
    SettlementStatus status = SettlementStatus::Pending;
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionNote;
};

}  // namespace cd
