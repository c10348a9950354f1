#pragma once
// The one place where domain enums become translated text (Jami's to_string() pattern), so no
// user-facing string lives in core, models, telephony or on the wire.
#include "AgentState.h"
#include "BoardState.h"
#include "CallEngine.h"
#include "Compliance.h"
#include "ComplianceLint.h"
#include "Entities.h"
#include "PortraitModels.h"
#include "ProgressiveDialer.h"
#include "Rehearsal.h"
#include "ScriptGraph.h"
#include "Settlement.h"
#include "SipAccount.h"

#include <QCoreApplication>

namespace cd {

class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString text(Bucket v);
    static QString text(RiskGrade v);
    static QString text(ProductType v);
    static QString text(LoanStatus v);
    static QString text(Gender v);
    static QString text(PhoneType v);
    static QString text(Relation v);
    static QString text(PhoneStatus v);
    static QString text(CustomerFlag v);
    static QString text(TaskKind v);
    static QString text(TaskStatus v);
    static QString text(ReasonCode v);
    static QString text(Outcome v);
    static QString text(PromiseStatus v);
    static QString text(Channel v);
    static QString text(SmsStatus v);
    static QString text(RiskFactor v);
    static QString text(SettlementStatus v);
    static QString text(settlement::Problem v);
    static QString text(CallEngine::CallState v);
    static QString text(CallEngine::EndReason v);
    static QString text(CallEngine::DtmfMode v);
    static QString text(CallEngine::RegistrationState v);
    static QString text(ProgressiveDialer::SkipReason v);
    static QString text(AgentState::State v);
    static QString text(AgentState::Reason v);
    /// The agent's state as the status bar shows it: "Ready", "Not ready (Break)".
    static QString agentState(AgentState::State state, AgentState::Reason reason);
    static QString text(BoardState::FloorState v);
    static QString text(BoardState::AlertKind v);
    /// One line for the supervisor's alert list: what was measured against the limit, and who.
    static QString alertText(const BoardState::Alert &a);
    static QString text(SipAccount::Transport v);
    static QString text(InstallmentTableModel::InstallmentState v);
    static QString text(compliance::Rule v);
    static QString text(lint::Rule v);
    static QString text(rehearsal::Criterion v);
    static QString text(script::Checkpoint v);
    static QString text(script::Objection v);
    static QString text(script::StepKind v);
    static QString text(script::Answerer v);
    static QString text(script::PromiseState v);
    static QString text(script::Hold v);
    static QString text(script::Problem::Kind v);
    static QString text(rehearsal::EventKind v);
    /// One sentence of a rehearsal score card ("Missing checkpoint: amount and due date confirmed").
    static QString rehearsalReason(const rehearsal::Explanation &e);
    /// A checkpoint or objection key as a rehearsal event names it ("IdentityVerified" -> "identity verified").
    static QString rehearsalKey(const QString &key);
    /// One sentence for the agent: which rule blocks and the figures behind it.
    static QString explanation(const compliance::Verdict &v);
    static QString reasons(const QList<ReasonCode> &codes);
    static QString paymentChannel(const QString &key);
    /// A user role key as sent by the server ("agent", "lead", "legal", "risk"...): consult threads name
    /// their department and each message's author role with it.
    static QString roleName(const QString &key);

    /// "¥12,345.67"
    static QString money(Fen amount);
    /// "03:07" or "1:02:03"
    static QString duration(int seconds);
    /// Converts an enum (or a list of reason codes) held in a QVariant; empty if the type is unknown.
    static QString fromVariant(const QVariant &v, bool *handled = nullptr);
};

}  // namespace cd
