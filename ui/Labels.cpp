#include "Labels.h"
#include <QTimeZone>

#include <QLocale>

namespace cd {

QString Labels::text(Bucket v)
{
    switch (v) {
    case Bucket::M0: return tr("M0 (not due)");
    case Bucket::M1: return tr("M1");
    case Bucket::M2: return tr("M2");
    case Bucket::M3: return tr("M3");
    case Bucket::M4Plus: return tr("M4+");
    }
    return {};
}

QString Labels::text(RiskGrade v)
{
    switch (v) {
    case RiskGrade::A: return tr("A (low)");
    case RiskGrade::B: return tr("B");
    case RiskGrade::C: return tr("C");
    case RiskGrade::D: return tr("D");
    case RiskGrade::E: return tr("E (high)");
    }
    return {};
}

QString Labels::text(ProductType v)
{
    switch (v) {
    case ProductType::ConsumerInstalment: return tr("Consumer instalment");
    case ProductType::CashLoan: return tr("Cash loan");
    case ProductType::CreditCard: return tr("Credit card");
    }
    return {};
}

QString Labels::text(LoanStatus v)
{
    switch (v) {
    case LoanStatus::Active: return tr("Active");
    case LoanStatus::Settled: return tr("Settled");
    case LoanStatus::ChargedOff: return tr("Charged off");
    }
    return {};
}

QString Labels::text(Gender v) { return v == Gender::Female ? tr("Female") : tr("Male"); }

QString Labels::text(PhoneType v)
{
    switch (v) {
    case PhoneType::Mobile: return tr("Mobile");
    case PhoneType::Home: return tr("Home");
    case PhoneType::Work: return tr("Work");
    }
    return {};
}

QString Labels::text(Relation v)
{
    switch (v) {
    case Relation::Self: return tr("Self");
    case Relation::Spouse: return tr("Spouse");
    case Relation::Parent: return tr("Parent");
    case Relation::Child: return tr("Child");
    case Relation::Sibling: return tr("Sibling");
    case Relation::Relative: return tr("Relative");
    case Relation::Friend: return tr("Friend");
    case Relation::Colleague: return tr("Colleague");
    case Relation::Employer: return tr("Employer");
    }
    return {};
}

QString Labels::text(PhoneStatus v)
{
    switch (v) {
    case PhoneStatus::Valid: return tr("Valid");
    case PhoneStatus::Unverified: return tr("Unverified");
    case PhoneStatus::Invalid: return tr("Invalid");
    case PhoneStatus::DoNotCall: return tr("Do not call");
    }
    return {};
}

QString Labels::text(CustomerFlag v)
{
    switch (v) {
    case CustomerFlag::None: return {};
    case CustomerFlag::Dispute: return tr("Dispute");
    case CustomerFlag::HardshipHold: return tr("Hardship hold");
    case CustomerFlag::DoNotCall: return tr("Do not call");
    case CustomerFlag::Vulnerable: return tr("Vulnerable customer");
    case CustomerFlag::Legal: return tr("With legal");
    case CustomerFlag::Deceased: return tr("Deceased");
    }
    return {};
}

QString Labels::text(TaskKind v)
{
    switch (v) {
    case TaskKind::Callback: return tr("Callback");
    case TaskKind::PromiseFollowUp: return tr("Promise follow-up");
    case TaskKind::BrokenPromise: return tr("Broken promise");
    case TaskKind::Collection: return tr("Collection");
    case TaskKind::Reminder: return tr("Reminder");
    case TaskKind::LegalReview: return tr("Legal review");
    }
    return {};
}

QString Labels::text(TaskStatus v)
{
    switch (v) {
    case TaskStatus::Open: return tr("Open");
    case TaskStatus::Deferred: return tr("Deferred");
    case TaskStatus::Done: return tr("Done");
    }
    return {};
}

QString Labels::text(ReasonCode v)
{
    switch (v) {
    case ReasonCode::CallbackDue: return tr("Callback due");
    case ReasonCode::PromiseDueToday: return tr("Promise due today");
    case ReasonCode::PromiseBroken: return tr("Promise broken");
    case ReasonCode::SeverelyOverdue: return tr("Over 90 days past due");
    case ReasonCode::Overdue: return tr("Past due");
    case ReasonCode::DueSoon: return tr("Due within 3 days");
    case ReasonCode::LargeBalance: return tr("Large balance");
    case ReasonCode::HighRisk: return tr("High risk");
    case ReasonCode::OnHold: return tr("On hold", "task reason: dispute, hardship or do-not-call");
    case ReasonCode::DpdMilestone: return tr("Days-past-due milestone");
    case ReasonCode::RetryDue: return tr("Retry due");
    case ReasonCode::NoRecentContact: return tr("No recent contact");
    case ReasonCode::RepeatedRefusal: return tr("Repeated refusal");
    case ReasonCode::PromisePartial: return tr("Promise partly kept");
    }
    return {};
}

QString Labels::text(Outcome v)
{
    switch (v) {
    case Outcome::NoAnswer: return tr("No answer");
    case Outcome::Busy: return tr("Busy");
    case Outcome::InvalidNumber: return tr("Invalid number");
    case Outcome::WrongParty: return tr("Wrong party");
    case Outcome::ThirdParty: return tr("Third party");
    case Outcome::RightPartyContact: return tr("Right party contact");
    case Outcome::Refused: return tr("Refused to pay");
    case Outcome::PromiseToPay: return tr("Promise to pay");
    case Outcome::Paid: return tr("Paid");
    case Outcome::Dispute: return tr("Dispute");
    case Outcome::Hardship: return tr("Hardship");
    case Outcome::Callback: return tr("Callback requested");
    case Outcome::NetworkError: return tr("Network error (not counted)");
    }
    return {};
}

QString Labels::text(RiskFactor v)
{
    switch (v) {
    case RiskFactor::BrokenPromise: return tr("Broken promise");
    case RiskFactor::Refusal: return tr("Refused to pay");
    case RiskFactor::NewOverdue: return tr("New overdue installment");
    case RiskFactor::BucketRoll: return tr("Rolled to a later bucket");
    case RiskFactor::SeverelyOverdue: return tr("Over 90 days past due");
    case RiskFactor::LargeBalance: return tr("Large balance");
    case RiskFactor::LowScore: return tr("Low score");
    case RiskFactor::PromisesKept: return tr("Promises kept");
    }
    return {};
}

QString Labels::text(SettlementStatus v)
{
    switch (v) {
    case SettlementStatus::Pending: return tr("Awaiting approval");
    case SettlementStatus::Approved: return tr("Approved");
    case SettlementStatus::Rejected: return tr("Rejected");
    case SettlementStatus::AutoApproved: return tr("Within your limit");
    }
    return {};
}

QString Labels::text(PromiseStatus v)
{
    switch (v) {
    case PromiseStatus::Pending: return tr("Pending");
    case PromiseStatus::Kept: return tr("Kept");
    case PromiseStatus::Partial: return tr("Partially kept");
    case PromiseStatus::Broken: return tr("Broken");
    }
    return {};
}

QString Labels::text(Channel v) { return v == Channel::Call ? tr("Call") : tr("SMS"); }

QString Labels::text(CallEngine::CallState v)
{
    switch (v) {
    case CallEngine::CallState::Idle: return tr("Idle");
    case CallEngine::CallState::Dialing: return tr("Dialling…");
    case CallEngine::CallState::Ringing: return tr("Ringing…");
    case CallEngine::CallState::Connected: return tr("Connected");
    case CallEngine::CallState::OnHold: return tr("On hold", "call state");
    case CallEngine::CallState::Ended: return tr("Call ended");
    }
    return {};
}

QString Labels::text(CallEngine::EndReason v)
{
    switch (v) {
    case CallEngine::EndReason::None: return {};
    case CallEngine::EndReason::LocalHangup: return tr("You hung up");
    case CallEngine::EndReason::RemoteHangup: return tr("Customer hung up");
    case CallEngine::EndReason::Busy: return tr("Line busy");
    case CallEngine::EndReason::NoAnswer: return tr("No answer");
    case CallEngine::EndReason::Declined: return tr("Call declined");
    case CallEngine::EndReason::InvalidNumber: return tr("Number does not exist");
    case CallEngine::EndReason::Failed: return tr("Call failed");
    }
    return {};
}

QString Labels::text(CallEngine::DtmfMode v)
{
    switch (v) {
    case CallEngine::DtmfMode::Rfc2833: return tr("In the audio (RFC 2833)");
    case CallEngine::DtmfMode::SipInfo: return tr("As SIP INFO messages");
    }
    return {};
}

QString Labels::text(CallEngine::RegistrationState v)
{
    switch (v) {
    case CallEngine::RegistrationState::None: return tr("Not registered");
    case CallEngine::RegistrationState::Progress: return tr("Registering…");
    case CallEngine::RegistrationState::Ok: return tr("Registered");
    case CallEngine::RegistrationState::Failed: return tr("Not registered");
    }
    return {};
}

QString Labels::text(ProgressiveDialer::SkipReason v)
{
    switch (v) {
    case ProgressiveDialer::SkipReason::NeedToPrepare: return tr("Need to prepare");
    case ProgressiveDialer::SkipReason::WrongTask: return tr("Wrong task for me");
    case ProgressiveDialer::SkipReason::Break: return tr("Taking a break");
    case ProgressiveDialer::SkipReason::Other: return tr("Other");
    }
    return {};
}

QString Labels::text(AgentState::State v)
{
    switch (v) {
    case AgentState::State::LoggedOut: return tr("Logged out");
    case AgentState::State::Ready: return tr("Ready", "agent state");
    case AgentState::State::Dialling: return tr("Dialling", "agent state");
    case AgentState::State::Ringing: return tr("Ringing", "agent state");
    case AgentState::State::Talking: return tr("On a call", "agent state");
    case AgentState::State::Held: return tr("Customer on hold", "agent state");
    case AgentState::State::WrapUp: return tr("Wrap-up", "agent state");
    case AgentState::State::NotReady: return tr("Not ready", "agent state");
    }
    return {};
}

QString Labels::text(AgentState::Reason v)
{
    switch (v) {
    case AgentState::Reason::None: return {};
    case AgentState::Reason::Break: return tr("Break", "not-ready reason");
    case AgentState::Reason::Training: return tr("Training", "not-ready reason");
    case AgentState::Reason::Meeting: return tr("Meeting", "not-ready reason");
    case AgentState::Reason::Coaching: return tr("Coaching", "not-ready reason");
    case AgentState::Reason::System: return tr("System", "not-ready reason");
    }
    return {};
}

QString Labels::agentState(AgentState::State state, AgentState::Reason reason)
{
    if (state == AgentState::State::NotReady && reason != AgentState::Reason::None)
        return tr("Not ready (%1)", "agent state with its reason").arg(text(reason));
    return text(state);
}

QString Labels::text(SipAccount::Transport v)
{
    switch (v) {
    case SipAccount::Transport::Udp: return tr("UDP");
    case SipAccount::Transport::Tcp: return tr("TCP");
    case SipAccount::Transport::Tls: return tr("TLS (encrypted)");
    }
    return {};
}

QString Labels::text(InstallmentTableModel::InstallmentState v)
{
    using S = InstallmentTableModel::InstallmentState;
    switch (v) {
    case S::Paid: return tr("Paid");
    case S::Overdue: return tr("Overdue");
    case S::Due: return tr("Due");
    case S::Future: return tr("Not yet due");
    }
    return {};
}

QString Labels::text(compliance::Rule v)
{
    using R = compliance::Rule;
    switch (v) {
    case R::Allowed: return tr("Allowed");
    case R::CustomerDoNotCall: return tr("Customer is do-not-call");
    case R::CustomerOnHold: return tr("Collection on hold");
    case R::CustomerDeceased: return tr("Customer deceased");
    case R::CustomerLegal: return tr("With legal");
    case R::NumberDoNotCall: return tr("Number is do-not-call");
    case R::NumberInvalid: return tr("Number invalid");
    case R::OutsideCallingWindow: return tr("Outside calling hours");
    case R::DayNotAllowed: return tr("No calls on this day");
    case R::Holiday: return tr("Public holiday");
    case R::NumberDailyCap: return tr("Daily attempts used up");
    case R::DebtorDailyConversationCap: return tr("Daily conversations used up");
    case R::RollingWindowCap: return tr("Weekly attempts used up");
    case R::TooSoonAfterConversation: return tr("Too soon after the last conversation");
    case R::ThirdPartyNotYet: return tr("Contact not yet allowed");
    case R::SmsDailyCap: return tr("Daily SMS used up");
    case R::DebtorTextToThirdParty: return tr("Text for the customer, not for a contact");
    }
    return {};
}

QString Labels::text(SmsStatus v)
{
    switch (v) {
    case SmsStatus::Queued: return tr("SMS queued", "delivery state");
    case SmsStatus::Sent: return tr("SMS sent", "delivery state");
    case SmsStatus::Failed: return tr("SMS failed", "delivery state");
    }
    return {};
}

QString Labels::text(lint::Rule v)
{
    switch (v) {
    case lint::Rule::Threat: return tr("Threat or intimidation", "compliance lint rule");
    case lint::Rule::Insult: return tr("Insulting language", "compliance lint rule");
    case lint::Rule::Impersonation: return tr("Posing as police, court or lawyer", "compliance lint rule");
    case lint::Rule::LegalExaggeration: return tr("Exaggerated legal consequences", "compliance lint rule");
    case lint::Rule::ThirdPartyDisclosure:
        return tr("Debt disclosed to a third party", "compliance lint rule");
    case lint::Rule::BorrowPressure: return tr("Pressure to borrow elsewhere", "compliance lint rule");
    }
    return {};
}

QString Labels::text(script::Checkpoint v)
{
    switch (v) {
    case script::Checkpoint::IdentityVerified: return tr("Identity verified", "script checkpoint title");
    case script::Checkpoint::AgentNamed: return tr("Agent and company named", "script checkpoint title");
    case script::Checkpoint::PurposeStated: return tr("Purpose stated", "script checkpoint title");
    case script::Checkpoint::AmountConfirmed: return tr("Amount and due date confirmed", "script checkpoint title");
    case script::Checkpoint::PaymentAsked: return tr("Payment asked for", "script checkpoint title");
    case script::Checkpoint::PromiseRecapped: return tr("Promise recapped", "script checkpoint title");
    case script::Checkpoint::NoDisclosure: return tr("Nothing disclosed", "script checkpoint title");
    }
    return {};
}

QString Labels::text(script::Objection v)
{
    switch (v) {
    case script::Objection::NoMoneyNow: return tr("No money now", "objection card");
    case script::Objection::AlreadyPaid: return tr("Already paid", "objection card");
    case script::Objection::Dispute: return tr("Dispute", "objection card");
    case script::Objection::Hardship: return tr("Hardship", "objection card");
    case script::Objection::WrongPerson: return tr("Wrong person", "objection card");
    case script::Objection::Angry: return tr("Angry customer", "objection card");
    }
    return {};
}

QString Labels::text(script::StepKind v)
{
    switch (v) {
    case script::StepKind::Say: return tr("Say", "script step kind");
    case script::StepKind::Ask: return tr("Ask", "script step kind");
    case script::StepKind::End: return tr("End", "script step kind");
    }
    return {};
}

QString Labels::text(script::Answerer v)
{
    switch (v) {
    case script::Answerer::Debtor: return tr("The debtor", "who answers the call (script segment)");
    case script::Answerer::ThirdParty: return tr("A third party", "who answers the call (script segment)");
    }
    return {};
}

QString Labels::text(script::PromiseState v)
{
    switch (v) {
    case script::PromiseState::None: return tr("No promise", "script segment: promise situation");
    case script::PromiseState::Pending: return tr("Promise pending", "script segment: promise situation");
    case script::PromiseState::Broken: return tr("Promise broken", "script segment: promise situation");
    }
    return {};
}

QString Labels::text(script::Hold v)
{
    switch (v) {
    case script::Hold::None: return tr("No hold", "script segment: collection hold");
    case script::Hold::Dispute: return tr("Disputed", "script segment: collection hold");
    case script::Hold::Hardship: return tr("Hardship hold", "script segment: collection hold");
    }
    return {};
}

QString Labels::text(script::Problem::Kind v)
{
    using K = script::Problem::Kind;
    switch (v) {
    case K::NoSteps: return tr("The script has no steps", "script problem");
    case K::MissingStart: return tr("The start step is missing", "script problem");
    case K::DuplicateStepKey: return tr("Two steps share a key", "script problem");
    case K::DanglingNext: return tr("Leads to a step that does not exist", "script problem");
    case K::UnreachableStep: return tr("No path from the start reaches this step", "script problem");
    case K::NoEnd: return tr("The call cannot end from here", "script problem");
    case K::AskWithoutAnswers: return tr("A question needs at least two answers", "script problem");
    case K::MissingCheckpoint: return tr("A required checkpoint is missing", "script problem");
    case K::CheckpointOrder: return tr("Checkpoints come out of order", "script problem");
    case K::UnknownMergeField: return tr("Unknown merge field", "script problem");
    case K::ThirdPartyDisclosure: return tr("Discloses the debt to a third party", "script problem");
    case K::LintFinding: return tr("Wording fails the compliance check", "script problem");
    case K::DuplicateAnswerKey: return tr("Two answers share a key", "script problem");
    }
    return {};
}

namespace {

// Rehearsal score cards name checkpoints and objections in their sentences.
QString rehearsalCheckpoint(const QString &key)
{
    switch (enumFromKey(key, script::Checkpoint::IdentityVerified)) {
    case script::Checkpoint::IdentityVerified: return Labels::tr("identity verified", "script checkpoint");
    case script::Checkpoint::AgentNamed: return Labels::tr("agent and company named", "script checkpoint");
    case script::Checkpoint::PurposeStated: return Labels::tr("purpose stated", "script checkpoint");
    case script::Checkpoint::AmountConfirmed: return Labels::tr("amount and due date confirmed", "script checkpoint");
    case script::Checkpoint::PaymentAsked: return Labels::tr("payment asked for", "script checkpoint");
    case script::Checkpoint::PromiseRecapped: return Labels::tr("promise recapped", "script checkpoint");
    case script::Checkpoint::NoDisclosure: return Labels::tr("nothing disclosed to a third party", "script checkpoint");
    }
    return key;
}

QString rehearsalObjection(const QString &key)
{
    switch (enumFromKey(key, script::Objection::NoMoneyNow)) {
    case script::Objection::NoMoneyNow: return Labels::tr("no money now", "objection");
    case script::Objection::AlreadyPaid: return Labels::tr("already paid", "objection");
    case script::Objection::Dispute: return Labels::tr("dispute", "objection");
    case script::Objection::Hardship: return Labels::tr("hardship", "objection");
    case script::Objection::WrongPerson: return Labels::tr("wrong person", "objection");
    case script::Objection::Angry: return Labels::tr("angry customer", "objection");
    }
    return key;
}

QString outcomeKey(const QString &key) { return Labels::text(enumFromKey(key, Outcome::NoAnswer)); }

}  // namespace

QString Labels::text(rehearsal::Criterion v)
{
    switch (v) {
    case rehearsal::Criterion::Checkpoints: return tr("Checkpoints in order", "rehearsal score");
    case rehearsal::Criterion::Language: return tr("Compliant notes", "rehearsal score");
    case rehearsal::Criterion::Objections: return tr("Objections handled", "rehearsal score");
    case rehearsal::Criterion::TimeToPromise: return tr("Time to promise", "rehearsal score");
    case rehearsal::Criterion::Outcome: return tr("Outcome recorded", "rehearsal score");
    }
    return {};
}

QString Labels::text(rehearsal::EventKind v)
{
    using K = rehearsal::EventKind;
    switch (v) {
    case K::Started: return tr("Scenario set up", "rehearsal event");
    case K::Dialled: return tr("Dialled", "rehearsal event");
    case K::Connected: return tr("Call connected", "rehearsal event");
    case K::CustomerSaid: return tr("Customer said", "rehearsal event");
    case K::StepTaken: return tr("Step taken", "rehearsal event");
    case K::StepBack: return tr("Went back a step", "rehearsal event");
    case K::Ticked: return tr("Checkpoint ticked", "rehearsal event");
    case K::Unticked: return tr("Checkpoint unticked", "rehearsal event");
    case K::ObjectionRaised: return tr("Customer objected", "rehearsal event");
    case K::CardOpened: return tr("Objection card opened", "rehearsal event");
    case K::Promised: return tr("Customer promised", "rehearsal event");
    case K::HungUp: return tr("Call ended", "rehearsal event");
    case K::Recorded: return tr("Outcome recorded", "rehearsal event");
    }
    return {};
}

QString Labels::rehearsalKey(const QString &key)
{
    bool ok = false;
    QMetaEnum::fromType<script::Checkpoint>().keyToValue(key.toLatin1().constData(), &ok);
    if (ok)
        return rehearsalCheckpoint(key);
    QMetaEnum::fromType<script::Objection>().keyToValue(key.toLatin1().constData(), &ok);
    return ok ? rehearsalObjection(key) : key;
}

QString Labels::rehearsalReason(const rehearsal::Explanation &e)
{
    using R = rehearsal::Reason;
    switch (e.reason) {
    case R::AllCheckpoints: return tr("Every expected checkpoint ticked, in order.");
    case R::MissingCheckpoint: return tr("Missing: %1.").arg(rehearsalCheckpoint(e.arg));
    case R::OutOfOrder: return tr("Checkpoints ticked out of the script's order.");
    case R::Disclosure: return tr("Disclosed to a third party: %1.").arg(rehearsalCheckpoint(e.arg));
    case R::CleanNotes: return tr("No forbidden wording in the note.");
    case R::ForbiddenPhrase: return tr("Forbidden wording in the note: “%1” (%2).")
            .arg(e.arg2, text(enumFromKey(e.arg, lint::Rule::Threat)));
    case R::NoObjections: return tr("The customer raised no objection.");
    case R::ObjectionHandled: return tr("Objection answered with its card: %1.").arg(rehearsalObjection(e.arg));
    case R::ObjectionMissed: return tr("Objection not answered with its card: %1.").arg(rehearsalObjection(e.arg));
    case R::NoPromiseExpected: return tr("No promise to pay expected from this customer.");
    case R::PromiseAfter: return tr("Promise reached %1 after the call connected.").arg(duration(e.arg.toInt()));
    case R::NoPromiseReached: return tr("The call never reached the customer's promise.");
    case R::OutcomeCorrect: return tr("Correct outcome: %1.").arg(outcomeKey(e.arg));
    case R::OutcomePartial: return tr("Acceptable, but %1 fits better than %2.").arg(outcomeKey(e.arg), outcomeKey(e.arg2));
    case R::OutcomeWrong: return tr("Wrong outcome: %2 recorded, %1 expected.").arg(outcomeKey(e.arg), outcomeKey(e.arg2));
    case R::NoOutcome: return tr("No outcome recorded.");
    case R::AmountOff: return tr("Promise amount %2 differs from the %1 the customer said.")
            .arg(money(e.arg.toLongLong()), money(e.arg2.toLongLong()));
    case R::DateOff: return tr("Promise date %2 differs from the %1 the customer said.").arg(e.arg, e.arg2);
    }
    return {};
}

QString Labels::explanation(const compliance::Verdict &v)
{
    using R = compliance::Rule;
    switch (v.rule) {
    case R::OutsideCallingWindow:
        return tr("it is %1 for the customer; calls are allowed only within the calling hours")
            .arg(v.localNow.toString(QStringLiteral("HH:mm")));
    case R::NumberDailyCap:
        return tr("%1 unanswered attempts on this number today (limit %2)")
            .arg(v.counters.unansweredToday)
            .arg(v.counters.unansweredCap);
    case R::DebtorDailyConversationCap:
        return tr("%1 conversations with this customer today (limit %2)")
            .arg(v.counters.conversationsToday)
            .arg(v.counters.conversationsCap);
    case R::ThirdPartyNotYet:
        return tr("relatives and other contacts may be called only after the customer's own numbers fail "
                  "repeatedly");
    case R::CustomerOnHold:
        return v.allowedFrom.isValid() ? tr("hardship hold until %1: no collection calls")
                                             .arg(v.allowedFrom.toTimeZone(v.localNow.timeZone())
                                                      .date()
                                                      .addDays(-1)
                                                      .toString(QStringLiteral("yyyy-MM-dd")))
                                       : tr("dispute or hardship hold: no collection calls");
    case R::CustomerDeceased: return tr("the customer is reported deceased: no contact");
    case R::CustomerLegal: return tr("the account is with legal: the floor does not call");
    case R::SmsDailyCap:
        return tr("the customer already received the day's SMS (limit %1); more tomorrow")
            .arg(v.counters.smsCap);
    case R::DebtorTextToThirdParty:
        return tr("this template is written for the customer; a relative or contact gets a contact template");
    default: break;
    }
    return text(v.rule);
}

QString Labels::reasons(const QList<ReasonCode> &codes)
{
    QStringList parts;
    for (ReasonCode c : codes)
        parts << text(c);
    return parts.join(tr(", "));
}

QString Labels::roleName(const QString &key)
{
    if (key == QLatin1String("agent"))
        return tr("Agent", "user role");
    if (key == QLatin1String("lead"))
        return tr("Team lead", "user role");
    if (key == QLatin1String("trainer"))
        return tr("Trainer", "user role");
    if (key == QLatin1String("admin"))
        return tr("Administrator", "user role");
    if (key == QLatin1String("legal"))
        return tr("Legal", "user role / consulted department");
    if (key == QLatin1String("risk"))
        return tr("Risk", "user role / consulted department");
    return key;
}

QString Labels::paymentChannel(const QString &key)
{
    if (key == QLatin1String("bank_transfer"))
        return tr("Bank transfer");
    if (key == QLatin1String("alipay"))
        return tr("Alipay");
    if (key == QLatin1String("wechat"))
        return tr("WeChat Pay");
    if (key == QLatin1String("card_debit"))
        return tr("Card debit");
    return key;
}

QString Labels::text(BoardState::FloorState v)
{
    switch (v) {
    case BoardState::FloorState::Ready: return tr("Ready", "floor state");
    case BoardState::FloorState::NotReady: return tr("Not ready", "floor state");
    case BoardState::FloorState::Busy: return tr("On a call", "floor state");
    case BoardState::FloorState::WrapUp: return tr("Wrap-up", "floor state");
    case BoardState::FloorState::Offline: return tr("Offline", "floor state");
    case BoardState::FloorState::Unknown: return tr("Unknown", "floor state");
    }
    return {};
}

QString Labels::text(BoardState::AlertKind v)
{
    switch (v) {
    case BoardState::AlertKind::NotReadyTooLong: return tr("Not ready too long");
    case BoardState::AlertKind::WrapUpTooLong: return tr("Wrap-up too long");
    case BoardState::AlertKind::AgentDisconnected: return tr("Agent disconnected");
    case BoardState::AlertKind::CallbacksOverdue: return tr("Callbacks overdue");
    case BoardState::AlertKind::QueueDepth: return tr("Queue too long");
    case BoardState::AlertKind::OldestTaskOverSla: return tr("Oldest task over SLA");
    case BoardState::AlertKind::BrokenPromiseSpike: return tr("Many broken promises");
    case BoardState::AlertKind::ComplianceOverride: return tr("Compliance override");
    case BoardState::AlertKind::NoteFlagged: return tr("Call note flagged");
    case BoardState::AlertKind::Unknown: return tr("Floor alert");
    }
    return {};
}

namespace {
// Waits range from minutes to months (a task left since the import): say them at a useful scale.
QString minutes(qint64 m)
{
    if (m < 120)
        return Labels::tr("%n min", nullptr, int(m));
    if (m < 48 * 60)
        return Labels::tr("%n h", nullptr, int(m / 60));
    return Labels::tr("%n d", nullptr, int(m / (24 * 60)));
}
}  // namespace

QString Labels::alertText(const BoardState::Alert &a)
{
    QString figures;
    switch (a.kind) {
    case BoardState::AlertKind::NotReadyTooLong:
    case BoardState::AlertKind::WrapUpTooLong:
    case BoardState::AlertKind::OldestTaskOverSla:
        figures = tr("%1 (limit %2)").arg(minutes(a.value), minutes(a.threshold));
        break;
    case BoardState::AlertKind::CallbacksOverdue:
    case BoardState::AlertKind::QueueDepth:
        figures = tr("%1 tasks (limit %2)").arg(a.value).arg(a.threshold);
        break;
    case BoardState::AlertKind::BrokenPromiseSpike:
        figures = tr("%1 in an hour (limit %2)").arg(a.value).arg(a.threshold);
        break;
    case BoardState::AlertKind::NoteFlagged:
        figures = tr("note by %1: %2 “%3”")
                      .arg(a.detail.value(QStringLiteral("agent")).toString(),
                           text(enumFromKey(a.detail.value(QStringLiteral("rule")).toString(), lint::Rule::Threat)),
                           a.detail.value(QStringLiteral("match")).toString());
        break;
    case BoardState::AlertKind::AgentDisconnected:
    case BoardState::AlertKind::ComplianceOverride:
    case BoardState::AlertKind::Unknown: break;
    }
    QString who = a.subject;
    if (who.startsWith(QLatin1String("customer:")))  // a flagged note's "customer:7 note:45" names the customer
        who = tr("customer #%1").arg(a.kind == BoardState::AlertKind::NoteFlagged ? who.mid(9).section(QLatin1Char(' '), 0, 0)
                                                                                 : who.mid(9));
    else if (who.isEmpty())
        who = tr("team %1").arg(a.team);
    QString line = figures.isEmpty() ? tr("%1 — %2").arg(text(a.kind), who)
                                     : tr("%1 — %2: %3").arg(text(a.kind), who, figures);
    if (a.acknowledged())
        line = tr("%1 (acknowledged by %2)").arg(line, a.acknowledgedBy);
    return line;
}

QString Labels::money(Fen amount) { return tr("¥%1").arg(formatFen(amount)); }

QString Labels::duration(int seconds)
{
    const int h = seconds / 3600, m = (seconds % 3600) / 60, s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
}

QString Labels::fromVariant(const QVariant &v, bool *handled)
{
    if (handled)
        *handled = true;
    const QMetaType t = v.metaType();
    if (t == QMetaType::fromType<Bucket>())
        return text(v.value<Bucket>());
    if (t == QMetaType::fromType<RiskGrade>())
        return text(v.value<RiskGrade>());
    if (t == QMetaType::fromType<ProductType>())
        return text(v.value<ProductType>());
    if (t == QMetaType::fromType<LoanStatus>())
        return text(v.value<LoanStatus>());
    if (t == QMetaType::fromType<PhoneType>())
        return text(v.value<PhoneType>());
    if (t == QMetaType::fromType<Relation>())
        return text(v.value<Relation>());
    if (t == QMetaType::fromType<PhoneStatus>())
        return text(v.value<PhoneStatus>());
    if (t == QMetaType::fromType<TaskKind>())
        return text(v.value<TaskKind>());
    if (t == QMetaType::fromType<TaskStatus>())
        return text(v.value<TaskStatus>());
    if (t == QMetaType::fromType<Outcome>())
        return text(v.value<Outcome>());
    if (t == QMetaType::fromType<RiskFactor>())
        return text(v.value<RiskFactor>());
    if (t == QMetaType::fromType<SettlementStatus>())
        return text(v.value<SettlementStatus>());
    if (t == QMetaType::fromType<PromiseStatus>())
        return text(v.value<PromiseStatus>());
    if (t == QMetaType::fromType<Channel>())
        return text(v.value<Channel>());
    if (t == QMetaType::fromType<SmsStatus>())
        return text(v.value<SmsStatus>());
    if (t == QMetaType::fromType<QList<ReasonCode>>())
        return reasons(v.value<QList<ReasonCode>>());
    if (t == QMetaType::fromType<InstallmentTableModel::InstallmentState>())
        return text(v.value<InstallmentTableModel::InstallmentState>());
    if (handled)
        *handled = false;
    return {};
}

QString Labels::text(settlement::Problem problem)
{
    using settlement::Problem;
    switch (problem) {
    case Problem::None: return {};
    case Problem::NothingOutstanding: return tr("This loan has nothing left to pay.");
    case Problem::DiscountOutOfRange: return tr("The discount must be between 0 % and 50 %.");
    case Problem::InstalmentsOutOfRange: return tr("Choose 1 to 36 instalments, each at least ¥0.01.");
    case Problem::FirstDateMissing: return tr("Choose the date of the first payment.");
    case Problem::FirstDateInPast: return tr("The first payment cannot be before the customer's today.");
    case Problem::FirstAmountNegative: return tr("The first amount cannot be negative.");
    case Problem::FirstAmountTooLarge:
        return tr("The first amount is larger than the total allows (every later instalment needs at least "
                  "¥0.01).");
    case Problem::FirstAmountTooSmall: return tr("With one instalment the first amount is the whole total.");
    }
    return {};
}

}  // namespace cd
