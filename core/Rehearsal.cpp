#include "Rehearsal.h"

#include "DemoRandom.h"
#include "Delinquency.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cd::rehearsal {

namespace {

template <typename E> std::optional<E> knownKey(const QString &key)
{
    bool ok = false;
    const int v = QMetaEnum::fromType<E>().keyToValue(key.toLatin1().constData(), &ok);
    return ok ? std::optional<E>(static_cast<E>(v)) : std::nullopt;
}

Error invalid(const QString &detail) { return Error{ErrorCode::InvalidInput, detail}; }

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

template <typename E> Result<QList<E>> readKeys(const QJsonValue &v, const QString &where)
{
    QList<E> out;
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        const auto k = knownKey<E>(a.at(i).toString());
        if (!k)
            return invalid(QStringLiteral("%1[%2]: unknown key '%3'").arg(where).arg(i).arg(a.at(i).toString()));
        out << *k;
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

QString dateKey(const QDate &d) { return d.toString(Qt::ISODate); }

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

// ---------------------------------------------------------------------------------------------

namespace {

QString timeKey(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

QDateTime readTime(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

QJsonArray commentsJson(const QList<Comment> &comments)
{
    QJsonArray a;
    for (const Comment &c : comments)
        a << QJsonObject{{QStringLiteral("author"), c.author},
                         {QStringLiteral("at"), timeKey(c.at)},
                         {QStringLiteral("text"), c.text}};
    return a;
}

QJsonObject scoreJson(const ScoreCard &card)
{
    QJsonArray criteria;
    for (const CriterionScore &c : card.criteria) {
        QJsonArray why;
        for (const Explanation &e : c.why) {
            QJsonObject w{{QStringLiteral("reason"), enumKey(e.reason)}};
            if (!e.arg.isEmpty())
                w.insert(QStringLiteral("arg"), e.arg);
            if (!e.arg2.isEmpty())
                w.insert(QStringLiteral("arg2"), e.arg2);
            why << w;
        }
        criteria << QJsonObject{{QStringLiteral("criterion"), enumKey(c.criterion)},
                                {QStringLiteral("points"), c.points},
                                {QStringLiteral("max"), c.max},
                                {QStringLiteral("why"), why}};
    }
    return QJsonObject{{QStringLiteral("total"), card.total()}, {QStringLiteral("criteria"), criteria}};
}

}  // namespace

QJsonObject toJson(const Session &s)
{
    QJsonArray events;
    for (const Event &e : s.events) {
        QJsonObject o{{QStringLiteral("at"), timeKey(e.at)}, {QStringLiteral("kind"), enumKey(e.kind)}};
        if (!e.step.isEmpty())
            o.insert(QStringLiteral("step"), e.step);
        if (!e.key.isEmpty())
            o.insert(QStringLiteral("key"), e.key);
        if (!e.text.isEmpty())
            o.insert(QStringLiteral("text"), e.text);
        if (!e.comments.isEmpty())
            o.insert(QStringLiteral("comments"), commentsJson(e.comments));
        events << o;
    }
    QJsonArray required;
    for (script::Checkpoint c : s.required)
        required << enumKey(c);
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("trainee"), s.trainee},
                  {QStringLiteral("persona"), s.persona},
                  {QStringLiteral("seed"), qint64(s.seed)},
                  {QStringLiteral("locale"), s.locale},
                  {QStringLiteral("customerId"), s.customerId},
                  {QStringLiteral("customerName"), s.customerName},
                  {QStringLiteral("bucket"), enumKey(s.bucket)},
                  {QStringLiteral("overdue"), s.overdue},
                  {QStringLiteral("scriptId"), s.scriptId},
                  {QStringLiteral("scriptVersion"), s.scriptVersion},
                  {QStringLiteral("required"), required},
                  {QStringLiteral("startedAt"), timeKey(s.startedAt)},
                  {QStringLiteral("events"), events},
                  {QStringLiteral("note"), s.note},
                  {QStringLiteral("score"), scoreJson(s.score)}};
    if (s.endedAt.isValid())
        o.insert(QStringLiteral("endedAt"), timeKey(s.endedAt));
    if (s.outcome) {
        o.insert(QStringLiteral("outcome"), enumKey(*s.outcome));
        if (*s.outcome == Outcome::PromiseToPay) {
            o.insert(QStringLiteral("promiseAmount"), s.promiseAmount);
            o.insert(QStringLiteral("promiseDate"), dateKey(s.promiseDate));
        }
    }
    if (s.customerPromise)
        o.insert(QStringLiteral("customerPromise"),
                 QJsonObject{{QStringLiteral("amount"), s.customerPromise->amount},
                             {QStringLiteral("date"), dateKey(s.customerPromise->date)}});
    return o;
}

namespace {

Result<QList<Comment>> readComments(const QJsonValue &v, const QString &where)
{
    QList<Comment> out;
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        const QJsonObject o = a.at(i).toObject();
        Comment c{o.value(QStringLiteral("author")).toString(), readTime(o.value(QStringLiteral("at"))),
                  o.value(QStringLiteral("text")).toString()};
        if (c.text.isEmpty() || !c.at.isValid())
            return invalid(QStringLiteral("%1.comments[%2]: needs text and at").arg(where).arg(i));
        out << c;
    }
    return out;
}

Result<ScoreCard> readScore(const QJsonObject &o)
{
    ScoreCard card;
    const QJsonArray criteria = o.value(QStringLiteral("criteria")).toArray();
    for (int i = 0; i < criteria.size(); ++i) {
        const QJsonObject c = criteria.at(i).toObject();
        const auto kind = knownKey<Criterion>(c.value(QStringLiteral("criterion")).toString());
        if (!kind)
            return invalid(QStringLiteral("score.criteria[%1].criterion: unknown").arg(i));
        CriterionScore s{*kind, c.value(QStringLiteral("points")).toInt(), c.value(QStringLiteral("max")).toInt(),
                         {}};
        for (const QJsonValue &w : c.value(QStringLiteral("why")).toArray()) {
            const auto r = knownKey<Reason>(w.toObject().value(QStringLiteral("reason")).toString());
            if (!r)
                return invalid(QStringLiteral("score.criteria[%1].why: unknown reason").arg(i));
            s.why << Explanation{*r, w.toObject().value(QStringLiteral("arg")).toString(),
                                 w.toObject().value(QStringLiteral("arg2")).toString()};
        }
        card.criteria << s;
    }
    return card;
}

}  // namespace

Result<Session> fromJson(const QJsonObject &o)
{
    Session s;
    s.id = o.value(QStringLiteral("id")).toString();
    if (s.id.isEmpty())
        return invalid(QStringLiteral("id: missing"));
    s.trainee = o.value(QStringLiteral("trainee")).toString();
    s.persona = o.value(QStringLiteral("persona")).toString();
    if (s.persona.isEmpty())
        return invalid(QStringLiteral("persona: missing"));
    s.seed = quint32(o.value(QStringLiteral("seed")).toInteger());
    s.locale = o.value(QStringLiteral("locale")).toString(QStringLiteral("zh_CN"));
    s.customerId = o.value(QStringLiteral("customerId")).toInteger();
    s.customerName = o.value(QStringLiteral("customerName")).toString();
    s.bucket = enumFromKey(o.value(QStringLiteral("bucket")).toString(), Bucket::M0);
    s.overdue = o.value(QStringLiteral("overdue")).toInteger();
    s.scriptId = o.value(QStringLiteral("scriptId")).toString();
    s.scriptVersion = o.value(QStringLiteral("scriptVersion")).toInt();
    auto required = readKeys<script::Checkpoint>(o.value(QStringLiteral("required")), QStringLiteral("required"));
    if (!required)
        return required.error();
    s.required = required.value();
    s.startedAt = readTime(o.value(QStringLiteral("startedAt")));
    if (!s.startedAt.isValid())
        return invalid(QStringLiteral("startedAt: missing or not an ISO time"));
    if (o.contains(QStringLiteral("endedAt")))
        s.endedAt = readTime(o.value(QStringLiteral("endedAt")));
    const QJsonArray events = o.value(QStringLiteral("events")).toArray();
    for (int i = 0; i < events.size(); ++i) {
        const QJsonObject e = events.at(i).toObject();
        const QString where = QStringLiteral("events[%1]").arg(i);
        const auto kind = knownKey<EventKind>(e.value(QStringLiteral("kind")).toString());
        if (!kind)
            return invalid(where + QStringLiteral(".kind: unknown"));
        Event ev{readTime(e.value(QStringLiteral("at"))), *kind, e.value(QStringLiteral("step")).toString(),
                 e.value(QStringLiteral("key")).toString(), e.value(QStringLiteral("text")).toString(), {}};
        if (!ev.at.isValid())
            return invalid(where + QStringLiteral(".at: missing or not an ISO time"));
        auto comments = readComments(e.value(QStringLiteral("comments")), where);
        if (!comments)
            return comments.error();
        ev.comments = comments.value();
        s.events << ev;
    }
    if (o.contains(QStringLiteral("outcome"))) {
        s.outcome = knownKey<Outcome>(o.value(QStringLiteral("outcome")).toString());
        if (!s.outcome)
            return invalid(QStringLiteral("outcome: unknown"));
        s.promiseAmount = o.value(QStringLiteral("promiseAmount")).toInteger();
        s.promiseDate = QDate::fromString(o.value(QStringLiteral("promiseDate")).toString(), Qt::ISODate);
    }
    s.note = o.value(QStringLiteral("note")).toString();
    if (o.contains(QStringLiteral("customerPromise"))) {
        const QJsonObject p = o.value(QStringLiteral("customerPromise")).toObject();
        s.customerPromise = PromiseTerms{p.value(QStringLiteral("amount")).toInteger(),
                                         QDate::fromString(p.value(QStringLiteral("date")).toString(), Qt::ISODate)};
    }
    auto card = readScore(o.value(QStringLiteral("score")).toObject());
    if (!card)
        return card.error();
    s.score = card.value();
    return s;
}

QByteArray writeFile(const Session &s)
{
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("collectdesk.rehearsal")},
                           {QStringLiteral("formatVersion"), 1},
                           {QStringLiteral("session"), toJson(s)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Session> readFile(const QByteArray &bytes)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (!doc.isObject())
        return invalid(QStringLiteral("not a JSON object: %1").arg(err.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("collectdesk.rehearsal"))
        return invalid(QStringLiteral("format: expected collectdesk.rehearsal"));
    if (root.value(QStringLiteral("formatVersion")).toInt() != 1)
        return invalid(QStringLiteral("formatVersion: only 1 is known"));
    return fromJson(root.value(QStringLiteral("session")).toObject());
}

int mergeComments(Session &into, const Session &from)
{
    int added = 0;
    for (int i = 0; i < into.events.size() && i < from.events.size(); ++i) {
        Event &mine = into.events[i];
        const Event &theirs = from.events.at(i);
        if (mine.kind != theirs.kind || mine.at != theirs.at)
            continue;  // a different session under the same id: take nothing rather than mix
        for (const Comment &c : theirs.comments)
            if (!mine.comments.contains(c)) {
                mine.comments << c;
                ++added;
            }
    }
    return added;
}

}  // namespace cd::rehearsal
