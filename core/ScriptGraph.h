#pragma once
// A talk-track (话术) as a versioned graph: steps the agent says or asks, branches on the answer the
// customer gives, checkpoints a compliant call must pass, and objection cards with suggested answers.
// Pure data and rules (QtCore only): the script panel, the editor, the server and the rehearsal mode
// all read scripts through this header. The JSON form is the "collectdesk.scripts" document
// (formatVersion 2; version-1 documents with a flat step list load as a straight line of Say steps).
#include "Domain.h"
#include "Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace cd::script {
Q_NAMESPACE

enum class StepKind {
    Say,  ///< the agent says the text, then goes to `next`
    Ask,  ///< the agent asks; the customer's answer picks one of `answers` (a branch)
    End,  ///< the call's talk-track ends here
};
Q_ENUM_NS(StepKind)

/// What a compliant call must pass through. A step lists the checkpoints the agent confirms there.
enum class Checkpoint {
    IdentityVerified,  ///< the debtor confirmed who they are before anything about the debt was said
    AgentNamed,        ///< the agent gave their name and the company
    PurposeStated,     ///< the purpose of the call was stated
    AmountConfirmed,   ///< amount and due date confirmed with the debtor
    PaymentAsked,      ///< the agent asked for payment
    PromiseRecapped,   ///< the promise (amount, date, channel) was repeated back
    NoDisclosure,      ///< third party: nothing about the debt was disclosed
};
Q_ENUM_NS(Checkpoint)

enum class Objection { NoMoneyNow, AlreadyPaid, Dispute, Hardship, WrongPerson, Angry };
Q_ENUM_NS(Objection)

/// Who picked up: the script for a third party discloses nothing about the debt.
enum class Answerer { Debtor, ThirdParty };
Q_ENUM_NS(Answerer)

/// The promise situation a script is written for.
enum class PromiseState { None, Pending, Broken };
Q_ENUM_NS(PromiseState)

/// A collection hold on the customer (CustomerFlag::Dispute / HardshipHold): the call must not press.
enum class Hold { None, Dispute, Hardship };
Q_ENUM_NS(Hold)

/// One branch out of an Ask step: the customer's answer as the agent recognises it.
struct Answer {
    QString key;    ///< unique within the step, e.g. "yes", "not_me"
    QString label;  ///< what the agent clicks, e.g. "本人" / "非本人"
    QString next;   ///< key of the step that follows
    /// The outcome this answer suggests for the disposition (e.g. WrongParty for "not me").
    std::optional<Outcome> suggests;
};

struct Step {
    QString key;  ///< unique within the script
    StepKind kind = StepKind::Say;
    QString title;
    QString text;                   ///< may hold merge fields ({姓名}, {欠款金额}, …)
    QString next;                   ///< Say: the following step (empty only for End)
    QList<Answer> answers;          ///< Ask: at least two
    QList<Checkpoint> checkpoints;  ///< confirmed by the agent at this step
};

struct ObjectionCard {
    Objection kind = Objection::NoMoneyNow;
    QString title;
    QString reply;   ///< the suggested answer; may hold merge fields
    QString resume;  ///< step to continue with after handling it; empty = stay where the call was
};

/// Which customers and calls a script is for. An empty list matches everything.
struct Segment {
    QList<Bucket> buckets;
    QList<RiskGrade> grades;
    QList<PromiseState> promises;
    Answerer answerer = Answerer::Debtor;
    QString locale;  ///< "zh_CN", "zh_TW", "en"; empty = any locale (chosen after an exact match)
    QList<Hold> holds;
};

struct Script {
    QString id;       ///< stable key across versions, e.g. "m1-debtor-zh_CN"
    int version = 1;  ///< increases with every published edit
    QString name;
    Segment segment;
    QString start;  ///< key of the first step
    QList<Step> steps;
    QList<ObjectionCard> objections;
    QList<Checkpoint> required;  ///< checkpoints a compliant call must pass, in the order expected
    QDateTime publishedAt;       ///< UTC; null while a draft
    QString publishedBy;

    const Step *step(const QString &key) const;
};

/// Merge fields by their Chinese names as written in scripts ({姓名}, {欠款金额}, {逾期天数}, {到期日},
/// {产品}, …); each also has an English alias ({customerName}, …) for the en scripts.
QStringList knownMergeFields();
/// The Chinese name of a merge field given by either name ("customerName" -> "姓名"); empty if unknown.
QString canonicalMergeField(const QString &name);
/// The English alias of a merge field given by either name ("姓名" -> "customerName"); empty if unknown.
QString mergeFieldAlias(const QString &name);
/// True for fields that reveal the debt ({欠款金额}, {逾期天数}, {到期日}, {产品}, …): never in a
/// third-party script.
bool isDebtField(const QString &name);
/// The merge-field names used in `text`, as written, in order of first use.
QStringList mergeFieldsIn(const QString &text);
/// The checkpoint every script of that audience must require (first): IdentityVerified for the
/// debtor, NoDisclosure for a third party.
Checkpoint mandatoryCheckpoint(Answerer answerer);

/// A problem found by validate(); `step` is empty for script-wide problems.
struct Problem {
    enum class Kind {
        NoSteps,
        MissingStart,
        DuplicateStepKey,
        DanglingNext,          ///< a next/answer points at a step that does not exist
        UnreachableStep,       ///< no path from the start reaches the step
        NoEnd,                 ///< a step from which no End step can be reached (a loop without exit)
        AskWithoutAnswers,     ///< an Ask step with fewer than two answers
        MissingCheckpoint,     ///< a required checkpoint no step confirms
        CheckpointOrder,       ///< some path from the start confirms required checkpoints out of order
        UnknownMergeField,
        ThirdPartyDisclosure,  ///< a third-party script uses a debt field ({欠款金额}, {逾期天数}, …)
        LintFinding,           ///< the compliance lint flags the wording
        DuplicateAnswerKey,    ///< two answers of one Ask step share a key
    };
    Kind kind;
    QString step;
    QString detail;  ///< human-readable (English; the UI maps Kind to translated text via Labels)
};
QList<Problem> validate(const Script &script);
/// Stable key of a problem kind ("UnreachableStep"), for the wire and logs.
QString problemKey(Problem::Kind kind);
/// [{kind, step, detail}] as script.publish reports them.
QJsonArray problemsToJson(const QList<Problem> &problems);

/// Fills merge fields; unknown or unfilled fields stay visible (never blank) and are listed.
struct Rendered {
    QString text;
    QStringList missing;
};
Rendered render(const QString &text, const QHash<QString, QString> &fields);

/// JSON (one script object of a collectdesk.scripts document) both ways; fromJson rejects malformed
/// input with a message naming the offending key, and never returns a half-read script.
Result<Script> fromJson(const QJsonObject &o);
QJsonObject toJson(const Script &s);
/// A whole collectdesk.scripts document (formatVersion 1 or 2).
constexpr int FormatVersion = 2;
Result<QList<Script>> readDocument(const QByteArray &json);
QByteArray writeDocument(const QList<Script> &scripts);

/// What the call is about, to choose a script.
struct CallContext {
    Bucket bucket = Bucket::M1;
    RiskGrade grade = RiskGrade::C;
    PromiseState promise = PromiseState::None;
    Answerer answerer = Answerer::Debtor;
    QString locale;
    Hold hold = Hold::None;
};
/// The most specific matching script (most non-empty segment lists that match; then the newest
/// version); falls back to another locale only when none matches in the wanted one.
std::optional<Script> choose(const QList<Script> &scripts, const CallContext &call);

/// A walk through a script during a call (or a rehearsal): the current step, the path taken, the
/// checkpoints ticked in the order the agent confirmed them, and the objections raised.
class Walk
{
public:
    Walk() = default;
    explicit Walk(const Script &script);

    const Script &script() const { return m_script; }
    const Step *current() const;
    bool finished() const;  ///< at an End step

    /// Say: goes to `next`. Ask: needs `answerKey`. Returns false (and stays) on a wrong answer key.
    bool advance(const QString &answerKey = {});
    /// Back one step along the path taken (the agent clicked too early). False at the start.
    bool back();
    /// Ticks a checkpoint (idempotent); records the order in which they were ticked.
    void tick(Checkpoint c);
    void untick(Checkpoint c);
    bool ticked(Checkpoint c) const;
    /// Opens an objection card; if it names a step to resume at, the walk continues there.
    const ObjectionCard *raise(Objection kind);

    QStringList path() const { return m_path; }  ///< step keys visited, in order
    QList<Checkpoint> tickedInOrder() const { return m_ticked; }
    QList<Objection> raised() const { return m_raised; }
    QList<Checkpoint> missingRequired() const;  ///< required checkpoints not ticked
    bool requiredInOrder() const;               ///< ticked required checkpoints follow `required`'s order

private:
    Script m_script;
    QStringList m_path;
    QList<Checkpoint> m_ticked;
    QList<Objection> m_raised;
};

}  // namespace cd::script
