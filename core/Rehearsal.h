#pragma once
// Trainers' rehearsal mode (培训演练), the pure part: personas of simulated customers, the simulated
// customer that answers along a script's branches, scenarios, the recorded session and its scoring.
// QtCore only. The personas are data (resources/rehearsal/personas.json, built in); every choice a
// simulated customer makes is derived from the session's seed, so a scenario replays identically and
// tests are stable. ui/RehearsalView drives a session, models/RehearsalRepository stores it, and
// ui/RehearsalReview lets a trainer step through it and comment.
#include "ComplianceLint.h"
#include "DemoData.h"
#include "Result.h"
#include "ScriptGraph.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace cd::rehearsal {
Q_NAMESPACE

/// A text in several languages; in() falls back to zh_CN, then to any text there is.
struct LocalText {
    QHash<QString, QString> byLocale;
    QString in(const QString &locale) const;
    bool isEmpty() const { return byLocale.isEmpty(); }
};

/// When a persona raises an objection: on reaching a step that confirms `atCheckpoint`, else at the
/// `atAsk`-th question (0-based) when no step confirms it; with `chance` percent (from the seed).
struct ObjectionPlan {
    script::Objection kind = script::Objection::NoMoneyNow;
    std::optional<script::Checkpoint> atCheckpoint;
    int atAsk = 0;
    int chance = 100;
    QList<LocalText> lines;
};

/// How one kind of simulated customer behaves. See resources/rehearsal/personas.json for the format.
struct Persona {
    QString key;  ///< "cooperative", "hardship", "hostile", "disputing", "forgetful", "thirdParty", "wrongNumber"
    LocalText name;
    LocalText description;
    script::Answerer answerer = script::Answerer::Debtor;  ///< who actually picks up
    /// Rules that pick the answer at an Ask step, tried in order: "suggests:Refused" (an answer that
    /// suggests this outcome), "suggests:none" (one that suggests nothing), "key:not_me" (answer key;
    /// * matches any run of characters), "first", "last".
    QStringList prefer;
    QList<LocalText> greeting;                   ///< said when the call connects
    QHash<QString, QList<LocalText>> lines;      ///< by outcome key of the picked answer, or "ok"
    int delayMinMs = 800;                        ///< before each line, at demo speed
    int delayMaxMs = 2000;
    QList<ObjectionPlan> objections;
    bool promises = false;          ///< ends up promising to pay
    int promisePercent = 100;       ///< of the overdue amount, rounded to whole yuan
    int promiseDaysMin = 1;         ///< promise date = today + a number of days in [min, max]
    int promiseDaysMax = 3;
    QList<LocalText> promiseLines;  ///< with {金额} (yuan) and {日期} (yyyy-MM-dd)
    Outcome expected = Outcome::PromiseToPay;  ///< the disposition a correct wrap-up records
    QList<Outcome> partial;                    ///< defensible but not the best: half points
    /// Checkpoints the trainee is expected to confirm; empty = the script's required ones.
    std::optional<QList<script::Checkpoint>> checkpoints;
    QList<script::Checkpoint> excused;  ///< required by the script but out of reach with this persona
    bool noDisclosure = false;          ///< whoever answers must learn nothing about the debt
};

Result<QList<Persona>> readPersonas(const QByteArray &json);
/// The bundled personas (":/collectdesk/rehearsal/personas.json").
Result<QList<Persona>> builtInPersonas();
const Persona *findPersona(const QList<Persona> &personas, const QString &key);

/// What the customer promises (when the persona promises).
struct PromiseTerms {
    Fen amount = 0;
    QDate date;
};

/// One line the simulated customer says.
struct Line {
    QString text;
    int delayMs = 0;                            ///< to wait before showing it (demo speed)
    QString answerKey;                          ///< Ask steps: the answer the customer gave
    std::optional<script::Objection> objection; ///< the line raises this objection
    bool promise = false;                       ///< the line is the promise
};

/// The customer on the other end of a rehearsal call. Deterministic: the same persona, seed and
/// steps give the same lines.
class SimulatedCustomer
{
public:
    SimulatedCustomer(Persona persona, quint32 seed, QString locale, Fen overdue, const QDate &today);

    const Persona &persona() const { return m_persona; }
    std::optional<PromiseTerms> promise() const { return m_promise; }

    Line greeting() const;
    /// The customer's reaction on reaching `step`: an objection (once per plan) and, at an Ask step,
    /// the answer. `askIndex` counts the Ask steps reached so far (0-based).
    QList<Line> onStep(const script::Step &step, int askIndex);
    /// The answer key the persona picks at an Ask step (empty when the step has no answers).
    QString pickAnswer(const script::Step &step) const;

private:
    quint32 draw(const QString &salt) const;  ///< a number derived from the seed and `salt`
    int delay(const QString &salt) const;
    QString pickText(const QList<LocalText> &texts, const QString &salt) const;

    Persona m_persona;
    quint32 m_seed;
    QString m_locale;
    std::optional<PromiseTerms> m_promise;
    QList<int> m_raisedPlans;
};

/// A customer from the synthetic set (core/DemoData) with the facts a script is chosen by.
struct ScenarioCustomer {
    DemoCustomer demo;
    int dpd = 0;
    Bucket bucket = Bucket::M0;
    Fen overdue = 0;
    script::PromiseState promise = script::PromiseState::None;
};
/// The synthetic debtors offered for rehearsals (a fixed seed: the same list on every desk), with
/// their facts at `today`.
QList<ScenarioCustomer> scenarioCustomers(const QDateTime &nowUtc, int count = 40);
ScenarioCustomer describe(const DemoCustomer &c, const QDate &today);
/// The call context the agent's script is chosen with: the debtor's segment, Debtor answering.
script::CallContext callContext(const ScenarioCustomer &c, const QString &locale);

// ---------------------------------------------------------------------------------------------
// The recorded session
// ---------------------------------------------------------------------------------------------

enum class EventKind {
    Started,          ///< the scenario was set up
    Dialled,
    Connected,
    CustomerSaid,     ///< text: the line; key: the answer key at an Ask step
    StepTaken,        ///< step: the step left; key: the answer clicked (Ask)
    StepBack,
    Ticked,           ///< key: checkpoint
    Unticked,
    ObjectionRaised,  ///< by the customer; key: objection
    CardOpened,       ///< by the trainee; key: objection
    Promised,         ///< the customer promised; text: amount (fen) and date
    HungUp,
    Recorded,         ///< the disposition; key: outcome; text: the note
};
Q_ENUM_NS(EventKind)

struct Comment {
    QString author;
    QDateTime at;
    QString text;
    bool operator==(const Comment &o) const { return author == o.author && at == o.at && text == o.text; }
};

struct Event {
    QDateTime at;  ///< UTC
    EventKind kind = EventKind::Started;
    QString step;  ///< the step the walk was at
    QString key;   ///< answer / checkpoint / objection / outcome key
    QString text;
    QList<Comment> comments;  ///< the trainer's, in the order written
};

enum class Criterion { Checkpoints, Language, Objections, TimeToPromise, Outcome };
Q_ENUM_NS(Criterion)

/// Why a criterion got the points it got (the UI turns each into a sentence via Labels).
enum class Reason {
    AllCheckpoints,
    MissingCheckpoint,  ///< arg: checkpoint key
    OutOfOrder,
    Disclosure,         ///< arg: checkpoint key ticked although nothing may be disclosed
    CleanNotes,
    ForbiddenPhrase,    ///< arg: lint rule key; arg2: the phrase found
    NoObjections,
    ObjectionHandled,   ///< arg: objection key
    ObjectionMissed,    ///< arg: objection key
    NoPromiseExpected,
    PromiseAfter,       ///< arg: seconds from connect to the promise
    NoPromiseReached,
    OutcomeCorrect,     ///< arg: outcome key
    OutcomePartial,     ///< arg: expected; arg2: recorded
    OutcomeWrong,       ///< arg: expected; arg2: recorded
    NoOutcome,
    AmountOff,          ///< arg: promised fen; arg2: recorded fen
    DateOff,            ///< arg: promised date; arg2: recorded date
};
Q_ENUM_NS(Reason)

struct Explanation {
    Reason reason = Reason::AllCheckpoints;
    QString arg;
    QString arg2;
};

struct CriterionScore {
    Criterion criterion = Criterion::Checkpoints;
    int points = 0;
    int max = 0;
    QList<Explanation> why;
};

struct ScoreCard {
    QList<CriterionScore> criteria;
    int total() const;  ///< 0..100
    bool isEmpty() const { return criteria.isEmpty(); }
    const CriterionScore *find(Criterion c) const;
};

/// Everything scoring looks at, derived from a session (inputFor) or written directly in tests.
struct ScoreInput {
    QList<script::Checkpoint> expected;  ///< checkpoints the trainee should confirm, in order
    QList<script::Checkpoint> ticked;    ///< as ticked at the end, in the order ticked
    bool noDisclosure = false;
    QString note;
    QList<script::Objection> raised;  ///< by the customer
    QList<script::Objection> handled; ///< raised and then answered with its card
    bool promiseExpected = false;
    std::optional<int> secondsToPromise;
    Outcome expectedOutcome = Outcome::PromiseToPay;
    QList<Outcome> partialOutcomes;
    std::optional<Outcome> recorded;
    std::optional<PromiseTerms> promised;  ///< what the customer promised
    Fen recordedAmount = 0;
    QDate recordedDate;
};

/// Points per criterion (total 100).
constexpr int CheckpointPoints = 30, LanguagePoints = 20, ObjectionPoints = 15, PromiseTimePoints = 10,
              OutcomePoints = 25;
/// A promise within this many seconds of connecting gets full time points; none after SlowSeconds.
constexpr int QuickSeconds = 180, SlowSeconds = 600;

/// The score card. Pure: the same input gives the same card.
ScoreCard score(const ScoreInput &input, const lint::ComplianceLint &lint);

struct Session {
    QString id;  ///< a UUID, stable across export/import
    QString trainee;
    QString persona;
    quint32 seed = 0;
    QString locale = QStringLiteral("zh_CN");
    qint64 customerId = 0;
    QString customerName;
    Bucket bucket = Bucket::M0;
    Fen overdue = 0;
    QString scriptId;
    int scriptVersion = 0;
    QList<script::Checkpoint> required;  ///< the script's required checkpoints
    QDateTime startedAt;
    QDateTime endedAt;
    QList<Event> events;
    std::optional<Outcome> outcome;
    Fen promiseAmount = 0;
    QDate promiseDate;
    QString note;
    std::optional<PromiseTerms> customerPromise;  ///< what the simulated customer promised, if anything
    ScoreCard score;

    void add(EventKind kind, const QDateTime &at, const QString &step = {}, const QString &key = {},
             const QString &text = {});
};

ScoreInput inputFor(const Session &session, const Persona &persona);

/// The exported file ("collectdesk.rehearsal", formatVersion 1): the whole session with comments.
QJsonObject toJson(const Session &s);
/// Rejects a malformed document with a message naming the key; never returns a half-read session.
Result<Session> fromJson(const QJsonObject &o);
QByteArray writeFile(const Session &s);
Result<Session> readFile(const QByteArray &bytes);
/// Adds the comments of `from` that `into` lacks (event by event; events are matched by index, time
/// and kind). Returns how many were added.
int mergeComments(Session &into, const Session &from);

}  // namespace cd::rehearsal
