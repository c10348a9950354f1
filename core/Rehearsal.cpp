#include "Rehearsal.h"
#include "RehearsalKeys.h"

#include "DemoRandom.h"
#include "Delinquency.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cd::rehearsal {

using namespace keys;

namespace {

// FNV-1a over UTF-8: stable across Qt versions and runs (qHash is seeded per process).
quint32 fnv(const QByteArray &bytes, quint32 h = 2166136261u)
{
    for (char c : bytes) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return h;
}

std::optional<LocalText> readText(const QJsonValue &v)
{
    if (v.isString())
        return LocalText{{{QStringLiteral("zh_CN"), v.toString()}}};
    if (!v.isObject())
        return std::nullopt;
    LocalText t;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it->isString())
            return std::nullopt;
        t.byLocale.insert(it.key(), it->toString());
    }
    return t;
}

Result<QList<LocalText>> readTexts(const QJsonValue &v, const QString &where)
{
    QList<LocalText> out;
    if (v.isUndefined())
        return out;
    const QJsonArray a = v.isArray() ? v.toArray() : QJsonArray{v};
    for (int i = 0; i < a.size(); ++i) {
        const auto t = readText(a.at(i));
        if (!t || t->isEmpty())
            return invalid(QStringLiteral("%1[%2]: expected a text or {locale: text}").arg(where).arg(i));
        out << *t;
    }
    return out;
}

Result<Persona> readPersona(const QJsonObject &o, const QString &where)
{
    Persona p;
    p.key = o.value(QStringLiteral("key")).toString();
    if (p.key.isEmpty())
        return invalid(where + QStringLiteral(".key: missing"));
    const QString at = QStringLiteral("personas.%1").arg(p.key);
    const auto name = readText(o.value(QStringLiteral("name")));
    if (!name)
        return invalid(at + QStringLiteral(".name: missing"));
    p.name = *name;
    p.description = readText(o.value(QStringLiteral("description"))).value_or(LocalText{});
    if (o.contains(QStringLiteral("answerer"))) {
        const auto a = knownKey<script::Answerer>(o.value(QStringLiteral("answerer")).toString());
        if (!a)
            return invalid(at + QStringLiteral(".answerer: unknown"));
        p.answerer = *a;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("prefer")).toArray())
        p.prefer << v.toString();
    if (p.prefer.isEmpty())
        p.prefer << QStringLiteral("first");
    auto greeting = readTexts(o.value(QStringLiteral("greeting")), at + QStringLiteral(".greeting"));
    if (!greeting)
        return greeting.error();
    p.greeting = greeting.value();
    const QJsonObject lines = o.value(QStringLiteral("lines")).toObject();
    for (auto it = lines.begin(); it != lines.end(); ++it) {
        auto t = readTexts(*it, at + QStringLiteral(".lines.") + it.key());
        if (!t)
            return t.error();
        p.lines.insert(it.key(), t.value());
    }
    const QJsonArray delay = o.value(QStringLiteral("delayMs")).toArray();
    if (delay.size() == 2) {
        p.delayMinMs = delay.at(0).toInt();
        p.delayMaxMs = delay.at(1).toInt();
    }
    if (p.delayMinMs < 0 || p.delayMaxMs < p.delayMinMs)
        return invalid(at + QStringLiteral(".delayMs: expected [min, max] with 0 <= min <= max"));
    const QJsonArray objections = o.value(QStringLiteral("objections")).toArray();
    for (int i = 0; i < objections.size(); ++i) {
        const QJsonObject ob = objections.at(i).toObject();
        const QString w = QStringLiteral("%1.objections[%2]").arg(at).arg(i);
        ObjectionPlan plan;
        const auto kind = knownKey<script::Objection>(ob.value(QStringLiteral("kind")).toString());
        if (!kind)
            return invalid(w + QStringLiteral(".kind: unknown objection"));
        plan.kind = *kind;
        if (ob.contains(QStringLiteral("atCheckpoint"))) {
            plan.atCheckpoint = knownKey<script::Checkpoint>(ob.value(QStringLiteral("atCheckpoint")).toString());
            if (!plan.atCheckpoint)
                return invalid(w + QStringLiteral(".atCheckpoint: unknown checkpoint"));
        }
        plan.atAsk = ob.value(QStringLiteral("atAsk")).toInt(0);
        plan.chance = ob.value(QStringLiteral("chance")).toInt(100);
        auto t = readTexts(ob.value(QStringLiteral("lines")), w + QStringLiteral(".lines"));
        if (!t)
            return t.error();
        if (t.value().isEmpty())
            return invalid(w + QStringLiteral(".lines: at least one line"));
        plan.lines = t.value();
        p.objections << plan;
    }
    const QJsonObject promise = o.value(QStringLiteral("promise")).toObject();
    if (!promise.isEmpty()) {
        p.promises = true;
        p.promisePercent = promise.value(QStringLiteral("percent")).toInt(100);
        const QJsonArray days = promise.value(QStringLiteral("days")).toArray();
        if (days.size() == 2) {
            p.promiseDaysMin = days.at(0).toInt();
            p.promiseDaysMax = days.at(1).toInt();
        }
        auto t = readTexts(promise.value(QStringLiteral("lines")), at + QStringLiteral(".promise.lines"));
        if (!t)
            return t.error();
        if (t.value().isEmpty() || p.promisePercent <= 0 || p.promiseDaysMin < 0
            || p.promiseDaysMax < p.promiseDaysMin)
            return invalid(at + QStringLiteral(".promise: needs lines, percent > 0 and days [min, max]"));
        p.promiseLines = t.value();
    }
    const auto expected = knownKey<Outcome>(o.value(QStringLiteral("expected")).toString());
    if (!expected)
        return invalid(at + QStringLiteral(".expected: unknown outcome"));
    p.expected = *expected;
    auto partial = readKeys<Outcome>(o.value(QStringLiteral("partial")), at + QStringLiteral(".partial"));
    if (!partial)
        return partial.error();
    p.partial = partial.value();
    if (o.contains(QStringLiteral("checkpoints"))) {
        auto cps = readKeys<script::Checkpoint>(o.value(QStringLiteral("checkpoints")),
                                                at + QStringLiteral(".checkpoints"));
        if (!cps)
            return cps.error();
        p.checkpoints = cps.value();
    }
    auto excused =
        readKeys<script::Checkpoint>(o.value(QStringLiteral("excused")), at + QStringLiteral(".excused"));
    if (!excused)
        return excused.error();
    p.excused = excused.value();
    p.noDisclosure = o.value(QStringLiteral("noDisclosure")).toBool(false);
    return p;
}


bool matchesKey(const QString &pattern, const QString &key)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(
        QRegularExpression::escape(pattern).replace(QStringLiteral("\\*"), QStringLiteral(".*"))));
    return re.match(key).hasMatch();
}

}  // namespace

// ---------------------------------------------------------------------------------------------

QString LocalText::in(const QString &locale) const
{
    if (const auto it = byLocale.constFind(locale); it != byLocale.cend())
        return *it;
    if (const auto it = byLocale.constFind(QStringLiteral("zh_CN")); it != byLocale.cend())
        return *it;
    return byLocale.isEmpty() ? QString() : byLocale.cbegin().value();
}

Result<QList<Persona>> readPersonas(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (!doc.isObject())
        return invalid(QStringLiteral("not a JSON object: %1").arg(err.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("collectdesk.personas"))
        return invalid(QStringLiteral("format: expected collectdesk.personas"));
    QList<Persona> out;
    const QJsonArray a = root.value(QStringLiteral("personas")).toArray();
    for (int i = 0; i < a.size(); ++i) {
        auto p = readPersona(a.at(i).toObject(), QStringLiteral("personas[%1]").arg(i));
        if (!p)
            return p.error();
        if (findPersona(out, p->key))
            return invalid(QStringLiteral("personas.%1: duplicate key").arg(p->key));
        out << p.value();
    }
    if (out.isEmpty())
        return invalid(QStringLiteral("personas: empty"));
    return out;
}

Result<QList<Persona>> builtInPersonas()
{
    QFile f(QStringLiteral(":/collectdesk/rehearsal/personas.json"));
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::OpenFailed, QStringLiteral("built-in personas missing")};
    return readPersonas(f.readAll());
}

const Persona *findPersona(const QList<Persona> &personas, const QString &key)
{
    for (const Persona &p : personas)
        if (p.key == key)
            return &p;
    return nullptr;
}

// ---------------------------------------------------------------------------------------------

SimulatedCustomer::SimulatedCustomer(Persona persona, quint32 seed, QString locale, Fen overdue,
                                     const QDate &today)
    : m_persona(std::move(persona)), m_seed(seed), m_locale(std::move(locale))
{
    if (m_persona.promises) {
        // Whole yuan: a customer says "3200", not "3199.87".
        const Fen share = overdue * m_persona.promisePercent / 100;
        PromiseTerms t;
        t.amount = qMax<Fen>(100, (share + 99) / 100 * 100);
        demo::Rng rng(draw(QStringLiteral("promise-date")));
        t.date = today.addDays(rng.range(m_persona.promiseDaysMin, m_persona.promiseDaysMax));
        m_promise = t;
    }
}

quint32 SimulatedCustomer::draw(const QString &salt) const
{
    return fnv(salt.toUtf8() + m_persona.key.toUtf8(), fnv(QByteArray::number(m_seed)));
}

int SimulatedCustomer::delay(const QString &salt) const
{
    demo::Rng rng(draw(QStringLiteral("delay:") + salt));
    return rng.range(m_persona.delayMinMs, m_persona.delayMaxMs);
}

QString SimulatedCustomer::pickText(const QList<LocalText> &texts, const QString &salt) const
{
    if (texts.isEmpty())
        return {};
    demo::Rng rng(draw(QStringLiteral("text:") + salt));
    return texts.at(rng.range(0, int(texts.size()) - 1)).in(m_locale);
}

Line SimulatedCustomer::greeting() const
{
    Line l;
    l.text = pickText(m_persona.greeting, QStringLiteral("greeting"));
    l.delayMs = delay(QStringLiteral("greeting"));
    return l;
}

QString SimulatedCustomer::pickAnswer(const script::Step &step) const
{
    if (step.answers.isEmpty())
        return {};
    for (const QString &rule : m_persona.prefer) {
        if (rule == QLatin1String("first"))
            return step.answers.first().key;
        if (rule == QLatin1String("last"))
            return step.answers.last().key;
        const int colon = rule.indexOf(QLatin1Char(':'));
        const QString kind = rule.left(colon), arg = rule.mid(colon + 1);
        for (const script::Answer &a : step.answers) {
            if (kind == QLatin1String("suggests")) {
                if (arg == QLatin1String("none") ? !a.suggests : (a.suggests && enumKey(*a.suggests) == arg))
                    return a.key;
            } else if (kind == QLatin1String("key") && matchesKey(arg, a.key)) {
                return a.key;
            }
        }
    }
    return step.answers.first().key;
}

QList<Line> SimulatedCustomer::onStep(const script::Step &step, int askIndex)
{
    QList<Line> out;
    for (int i = 0; i < m_persona.objections.size(); ++i) {
        if (m_raisedPlans.contains(i))
            continue;
        const ObjectionPlan &plan = m_persona.objections.at(i);
        const bool due = plan.atCheckpoint ? step.checkpoints.contains(*plan.atCheckpoint)
                                           : (step.kind == script::StepKind::Ask && askIndex == plan.atAsk);
        if (!due)
            continue;
        m_raisedPlans << i;
        demo::Rng rng(draw(QStringLiteral("objection:%1").arg(i)));
        if (rng.range(0, 99) >= plan.chance)
            continue;
        Line l;
        l.text = pickText(plan.lines, QStringLiteral("objection:%1").arg(i));
        l.delayMs = delay(QStringLiteral("objection:%1").arg(i));
        l.objection = plan.kind;
        out << l;
    }
    if (step.kind != script::StepKind::Ask || step.answers.isEmpty())
        return out;
    Line l;
    l.answerKey = pickAnswer(step);
    l.delayMs = delay(step.key);
    const script::Answer *answer = nullptr;
    for (const script::Answer &a : step.answers)
        if (a.key == l.answerKey)
            answer = &a;
    const QString lineKey = answer && answer->suggests ? enumKey(*answer->suggests) : QStringLiteral("ok");
    if (m_promise && answer && answer->suggests == Outcome::PromiseToPay) {
        l.promise = true;
        l.text = pickText(m_persona.promiseLines, step.key)
                     .replace(QStringLiteral("{金额}"), QString::number(m_promise->amount / 100))
                     .replace(QStringLiteral("{日期}"), dateKey(m_promise->date));
    } else {
        l.text = pickText(m_persona.lines.value(lineKey), step.key + QLatin1Char(':') + QString::number(askIndex));
    }
    if (l.text.isEmpty())
        l.text = answer ? answer->label : l.answerKey;  // no line for it: the customer says the gist
    out << l;
    return out;
}

// ---------------------------------------------------------------------------------------------

ScenarioCustomer describe(const DemoCustomer &c, const QDate &today)
{
    ScenarioCustomer s;
    s.demo = c;
    s.dpd = delinquency::daysPastDue(c.loans, today);
    s.bucket = delinquency::bucketFor(s.dpd);
    for (const Loan &l : c.loans)
        s.overdue += delinquency::overdueAmount(l.installments, today);
    for (const Promise &p : c.promises) {
        if (p.status == PromiseStatus::Pending)
            s.promise = script::PromiseState::Pending;
        else if (p.status == PromiseStatus::Broken && s.promise == script::PromiseState::None)
            s.promise = script::PromiseState::Broken;
    }
    return s;
}

QList<ScenarioCustomer> scenarioCustomers(const QDateTime &nowUtc, int count)
{
    DemoOptions o;
    o.customers = count * 3;  // not every synthetic customer is overdue
    o.seed = 20261122;
    o.now = nowUtc;
    o.assignee = QStringLiteral("trainee");
    QList<ScenarioCustomer> out;
    const QDate today = nowUtc.date();
    DemoDataGenerator(o).generate([&](const DemoCustomer &c) {
        if (out.size() >= count)
            return;
        // Rehearsals practise collection calls: overdue debtors not on hold or with legal.
        const CustomerFlags blocked = CustomerFlag::Dispute | CustomerFlag::HardshipHold | CustomerFlag::DoNotCall
                                      | CustomerFlag::Legal | CustomerFlag::Deceased;
        if (c.customer.flags & blocked)
            return;
        ScenarioCustomer s = describe(c, today);
        if (s.dpd > 0 && s.overdue > 0)
            out << s;
    });
    return out;
}

script::CallContext callContext(const ScenarioCustomer &c, const QString &locale)
{
    script::CallContext ctx;
    ctx.bucket = c.bucket;
    ctx.grade = c.demo.customer.risk;
    ctx.promise = c.promise;
    ctx.answerer = script::Answerer::Debtor;  // the agent cannot know who picks up before the call
    ctx.locale = locale;
    return ctx;
}

// ---------------------------------------------------------------------------------------------

int ScoreCard::total() const
{
    int t = 0;
    for (const CriterionScore &c : criteria)
        t += c.points;
    return qBound(0, t, 100);
}

const CriterionScore *ScoreCard::find(Criterion c) const
{
    for (const CriterionScore &s : criteria)
        if (s.criterion == c)
            return &s;
    return nullptr;
}

namespace {

CriterionScore scoreCheckpoints(const ScoreInput &in)
{
    CriterionScore s{Criterion::Checkpoints, 0, CheckpointPoints, {}};
    if (in.noDisclosure) {
        // Whoever answered is not the debtor: confirming the purpose, the amount or asking for payment
        // means the debt was disclosed, which voids this criterion whatever else was done.
        const QList<script::Checkpoint> disclosing{script::Checkpoint::PurposeStated,
                                                   script::Checkpoint::AmountConfirmed,
                                                   script::Checkpoint::PaymentAsked,
                                                   script::Checkpoint::PromiseRecapped};
        for (script::Checkpoint c : in.ticked)
            if (disclosing.contains(c))
                s.why << Explanation{Reason::Disclosure, enumKey(c), {}};
        if (!s.why.isEmpty())
            return s;
    }
    int hit = 0;
    for (script::Checkpoint c : in.expected) {
        if (in.ticked.contains(c))
            ++hit;
        else
            s.why << Explanation{Reason::MissingCheckpoint, enumKey(c), {}};
    }
    s.points = in.expected.isEmpty() ? s.max : s.max * hit / int(in.expected.size());
    // In order: the ticked expected checkpoints appear in the expected order.
    int last = -1;
    bool inOrder = true;
    for (script::Checkpoint c : in.ticked) {
        const int at = int(in.expected.indexOf(c));
        if (at < 0)
            continue;
        if (at < last)
            inOrder = false;
        last = qMax(last, at);
    }
    if (!inOrder) {
        s.points = qMax(0, s.points - s.max / 3);
        s.why << Explanation{Reason::OutOfOrder, {}, {}};
    }
    if (s.why.isEmpty())
        s.why << Explanation{Reason::AllCheckpoints, {}, {}};
    return s;
}

CriterionScore scoreLanguage(const ScoreInput &in, const lint::ComplianceLint &lint)
{
    CriterionScore s{Criterion::Language, LanguagePoints, LanguagePoints, {}};
    const QList<lint::Finding> findings = lint.check(in.note, in.noDisclosure ? lint::Audience::ThirdParty
                                                                                : lint::Audience::Debtor);
    for (const lint::Finding &f : findings)
        s.why << Explanation{Reason::ForbiddenPhrase, enumKey(f.rule), f.text};
    s.points = qMax(0, s.max - 10 * int(findings.size()));
    if (findings.isEmpty())
        s.why << Explanation{Reason::CleanNotes, {}, {}};
    return s;
}

CriterionScore scoreObjections(const ScoreInput &in)
{
    CriterionScore s{Criterion::Objections, ObjectionPoints, ObjectionPoints, {}};
    if (in.raised.isEmpty()) {
        s.why << Explanation{Reason::NoObjections, {}, {}};
        return s;
    }
    int handled = 0;
    for (script::Objection o : in.raised) {
        const bool ok = in.handled.contains(o);
        handled += ok;
        s.why << Explanation{ok ? Reason::ObjectionHandled : Reason::ObjectionMissed, enumKey(o), {}};
    }
    s.points = s.max * handled / int(in.raised.size());
    return s;
}

CriterionScore scorePromiseTime(const ScoreInput &in)
{
    CriterionScore s{Criterion::TimeToPromise, PromiseTimePoints, PromiseTimePoints, {}};
    if (!in.promiseExpected) {
        s.why << Explanation{Reason::NoPromiseExpected, {}, {}};
        return s;
    }
    if (!in.secondsToPromise) {
        s.points = 0;
        s.why << Explanation{Reason::NoPromiseReached, {}, {}};
        return s;
    }
    const int secs = *in.secondsToPromise;
    if (secs > QuickSeconds)
        s.points = secs >= SlowSeconds ? 0 : s.max * (SlowSeconds - secs) / (SlowSeconds - QuickSeconds);
    s.why << Explanation{Reason::PromiseAfter, QString::number(secs), {}};
    return s;
}

CriterionScore scoreOutcome(const ScoreInput &in)
{
    CriterionScore s{Criterion::Outcome, 0, OutcomePoints, {}};
    if (!in.recorded) {
        s.why << Explanation{Reason::NoOutcome, {}, {}};
        return s;
    }
    const QString expected = enumKey(in.expectedOutcome), recorded = enumKey(*in.recorded);
    if (*in.recorded != in.expectedOutcome) {
        const bool partial = in.partialOutcomes.contains(*in.recorded);
        s.points = partial ? s.max / 2 : 0;
        s.why << Explanation{partial ? Reason::OutcomePartial : Reason::OutcomeWrong, expected, recorded};
        return s;
    }
    s.points = s.max;
    s.why << Explanation{Reason::OutcomeCorrect, expected, {}};
    if (*in.recorded == Outcome::PromiseToPay && in.promised) {
        // Plausible: within 10 % of what the customer said, and the date they said (±1 day).
        const Fen said = in.promised->amount;
        if (qAbs(in.recordedAmount - said) * 10 > said) {
            s.points -= 8;
            s.why << Explanation{Reason::AmountOff, QString::number(said), QString::number(in.recordedAmount)};
        }
        if (!in.recordedDate.isValid() || qAbs(in.recordedDate.daysTo(in.promised->date)) > 1) {
            s.points -= 7;
            s.why << Explanation{Reason::DateOff, dateKey(in.promised->date), dateKey(in.recordedDate)};
        }
    }
    return s;
}

}  // namespace

ScoreCard score(const ScoreInput &input, const lint::ComplianceLint &lint)
{
    ScoreCard card;
    card.criteria << scoreCheckpoints(input) << scoreLanguage(input, lint) << scoreObjections(input)
                  << scorePromiseTime(input) << scoreOutcome(input);
    return card;
}

void Session::add(EventKind kind, const QDateTime &at, const QString &step, const QString &key,
                  const QString &text)
{
    events << Event{at, kind, step, key, text, {}};
}

ScoreInput inputFor(const Session &session, const Persona &persona)
{
    ScoreInput in;
    QList<script::Checkpoint> expected = persona.checkpoints.value_or(session.required);
    for (script::Checkpoint c : persona.excused)
        expected.removeAll(c);
    in.expected = expected;
    in.noDisclosure = persona.noDisclosure;
    in.note = session.note;
    in.promiseExpected = persona.promises;
    in.promised = session.customerPromise;
    in.expectedOutcome = persona.expected;
    in.partialOutcomes = persona.partial;
    in.recorded = session.outcome;
    in.recordedAmount = session.promiseAmount;
    in.recordedDate = session.promiseDate;
    QDateTime connected;
    for (const Event &e : session.events) {
        switch (e.kind) {
        case EventKind::Connected:
            if (!connected.isValid())
                connected = e.at;
            break;
        case EventKind::Ticked:
            if (const auto c = knownKey<script::Checkpoint>(e.key); c && !in.ticked.contains(*c))
                in.ticked << *c;
            break;
        case EventKind::Unticked:
            if (const auto c = knownKey<script::Checkpoint>(e.key))
                in.ticked.removeAll(*c);
            break;
        case EventKind::ObjectionRaised:
            if (const auto o = knownKey<script::Objection>(e.key); o && !in.raised.contains(*o))
                in.raised << *o;
            break;
        case EventKind::CardOpened:
            // Only a card opened after the customer raised the objection answers it.
            if (const auto o = knownKey<script::Objection>(e.key);
                o && in.raised.contains(*o) && !in.handled.contains(*o))
                in.handled << *o;
            break;
        case EventKind::Promised:
            if (connected.isValid() && !in.secondsToPromise)
                in.secondsToPromise = int(connected.secsTo(e.at));
            break;
        default:
            break;
        }
    }
    return in;
}

}  // namespace cd::rehearsal
