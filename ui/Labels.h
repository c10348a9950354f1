#pragma once
// The one place where domain enums become translated text (Jami's to_string() pattern), so no
// user-facing string lives in core, models, telephony or on the wire.
#include "CallEngine.h"
#include "Compliance.h"
#include "Entities.h"
#include "PortraitModels.h"

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
    static QString text(RiskFactor v);
    static QString text(SettlementStatus v);
    static QString text(CallEngine::CallState v);
    static QString text(CallEngine::EndReason v);
    static QString text(InstallmentTableModel::InstallmentState v);
    static QString text(compliance::Rule v);
    /// One sentence for the agent: which rule blocks and the figures behind it.
    static QString explanation(const compliance::Verdict &v);
    static QString reasons(const QList<ReasonCode> &codes);
    static QString paymentChannel(const QString &key);

    /// "¥12,345.67"
    static QString money(Fen amount);
    /// "03:07" or "1:02:03"
    static QString duration(int seconds);
    /// Converts an enum (or a list of reason codes) held in a QVariant; empty if the type is unknown.
    static QString fromVariant(const QVariant &v, bool *handled = nullptr);
};

}  // namespace cd
