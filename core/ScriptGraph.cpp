#include "ScriptGraph.h"

#include "ComplianceLint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMetaEnum>
#include <QRegularExpression>

#include <algorithm>

namespace cd::script {

namespace {

struct FieldName {
    const char16_t *zh;
    const char *en;
    bool debt;
};

// The merge fields a script may use. Debt fields reveal the debt and are refused in third-party
// scripts; the rest (who is calling, whom we want) are safe to say to anyone.
constexpr FieldName Fields[] = {
    {u"姓名", "customerName", false},     {u"称呼", "honorific", false},
    {u"坐席姓名", "agentName", false},    {u"公司", "company", false},
    {u"欠款金额", "overdueAmount", true}, {u"待还总额", "totalOutstanding", true},
    {u"逾期天数", "dpd", true},           {u"到期日", "dueDate", true},
    {u"产品", "product", true},           {u"合同尾号", "contractTail", true},
    {u"本期应还", "nextDueAmount", true}, {u"承诺金额", "promiseAmount", true},
    {u"承诺日期", "promiseDate", true},
};

const FieldName *findField(const QString &name)
{
    for (const FieldName &f : Fields)
        if (name == QString::fromUtf16(f.zh) || name == QLatin1String(f.en))
            return &f;
    return nullptr;
}

// {name}: a merge field. Version-1 documents wrote {{name}}; readDocument() rewrites those on load.
const QRegularExpression &fieldPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\{\s*([^{}\s]{1,24})\s*\})"));
    return re;
}

const lint::ComplianceLint *builtInLint()
{
    static const Result<lint::ComplianceLint> lint = lint::ComplianceLint::builtIn();
    return lint.ok() ? &lint.value() : nullptr;
}

// The text as the lint should see it: merge-field markers masked (their names are not wording the
// customer hears; a debt field in a third-party script is its own problem), offsets unchanged.
QString maskFields(const QString &text)
{
    QString out = text;
    auto it = fieldPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), QLatin1Char(' ')));
    }
    return out;
}

// Steps reachable from `from` (inclusive) following next / answer edges.
QSet<QString> reachable(const Script &s, const QString &from)
{
    QSet<QString> seen;
    QStringList pending{from};
    while (!pending.isEmpty()) {
        const QString k = pending.takeLast();
        const Step *st = s.step(k);
        if (!st || seen.contains(k))
            continue;
        seen.insert(k);
        if (!st->next.isEmpty())
            pending << st->next;
        for (const Answer &a : st->answers)
            pending << a.next;
    }
    return seen;
}

QStringList successors(const Step &st)
{
    QStringList out;
    if (st.kind == StepKind::Say && !st.next.isEmpty())
        out << st.next;
    if (st.kind == StepKind::Ask)
        for (const Answer &a : st.answers)
            out << a.next;
    return out;
}

}  // namespace

const Step *Script::step(const QString &key) const
{
    for (const Step &s : steps)
        if (s.key == key)
            return &s;
    return nullptr;
}

QStringList knownMergeFields()
{
    QStringList out;
    for (const FieldName &f : Fields)
        out << QString::fromUtf16(f.zh);
    return out;
}

QString canonicalMergeField(const QString &name)
{
    const FieldName *f = findField(name);
    return f ? QString::fromUtf16(f->zh) : QString();
}

QString mergeFieldAlias(const QString &name)
{
    const FieldName *f = findField(name);
    return f ? QString::fromLatin1(f->en) : QString();
}

bool isDebtField(const QString &name)
{
    const FieldName *f = findField(name);
    return f && f->debt;
}

QStringList mergeFieldsIn(const QString &text)
{
    QStringList out;
    auto it = fieldPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!out.contains(name))
            out << name;
    }
    return out;
}

Checkpoint mandatoryCheckpoint(Answerer answerer)
{
    return answerer == Answerer::ThirdParty ? Checkpoint::NoDisclosure : Checkpoint::IdentityVerified;
}

QList<Problem> validate(const Script &script)
{
    QList<Problem> out;
    auto add = [&out](Problem::Kind k, const QString &step, const QString &detail) {
        out.append(Problem{k, step, detail});
    };
    if (script.steps.isEmpty()) {
        add(Problem::Kind::NoSteps, {}, QStringLiteral("the script has no steps"));
        return out;
    }

    QSet<QString> keys;
    for (const Step &st : script.steps) {
        if (keys.contains(st.key))
            add(Problem::Kind::DuplicateStepKey, st.key, QStringLiteral("step key \"%1\" is used twice").arg(st.key));
        keys.insert(st.key);
    }
    const bool startOk = !script.start.isEmpty() && keys.contains(script.start);
    if (!startOk)
        add(Problem::Kind::MissingStart, {},
            script.start.isEmpty() ? QStringLiteral("no start step")
                                   : QStringLiteral("start step \"%1\" does not exist").arg(script.start));

    for (const Step &st : script.steps) {
        switch (st.kind) {
        case StepKind::Say:
            if (st.next.isEmpty())
                add(Problem::Kind::DanglingNext, st.key, QStringLiteral("a Say step needs a next step"));
            else if (!keys.contains(st.next))
                add(Problem::Kind::DanglingNext, st.key, QStringLiteral("next step \"%1\" does not exist").arg(st.next));
            break;
        case StepKind::Ask: {
            if (st.answers.size() < 2)
                add(Problem::Kind::AskWithoutAnswers, st.key,
                    QStringLiteral("an Ask step needs at least two answers, has %1").arg(st.answers.size()));
            QSet<QString> answerKeys;
            for (const Answer &a : st.answers) {
                if (answerKeys.contains(a.key))
                    add(Problem::Kind::DuplicateAnswerKey, st.key, QStringLiteral("answer key \"%1\" is used twice").arg(a.key));
                answerKeys.insert(a.key);
                if (!keys.contains(a.next))
                    add(Problem::Kind::DanglingNext, st.key,
                        QStringLiteral("answer \"%1\" leads to missing step \"%2\"").arg(a.key, a.next));
            }
            break;
        }
        case StepKind::End:
            break;
        }
    }

    if (startOk) {
        const QSet<QString> fromStart = reachable(script, script.start);
        QSet<QString> reported;
        for (const Step &st : script.steps)
            if (!fromStart.contains(st.key) && !reported.contains(st.key)) {
                reported.insert(st.key);
                add(Problem::Kind::UnreachableStep, st.key, QStringLiteral("no path from the start reaches this step"));
            }
        const bool anyEnd = std::any_of(script.steps.cbegin(), script.steps.cend(),
                                        [](const Step &st) { return st.kind == StepKind::End; });
        if (!anyEnd) {
            add(Problem::Kind::NoEnd, {}, QStringLiteral("the script has no End step"));
        } else {
            // Backwards from the End steps: which steps can still finish the call?
            QSet<QString> canEnd;
            bool grew = true;
            while (grew) {
                grew = false;
                for (const Step &st : script.steps) {
                    if (canEnd.contains(st.key))
                        continue;
                    const QStringList succ = successors(st);
                    if (st.kind == StepKind::End
                        || std::any_of(succ.cbegin(), succ.cend(), [&](const QString &k) { return canEnd.contains(k); })) {
                        canEnd.insert(st.key);
                        grew = true;
                    }
                }
            }
            for (const Step &st : script.steps)
                if (fromStart.contains(st.key) && !canEnd.contains(st.key))
                    add(Problem::Kind::NoEnd, st.key, QStringLiteral("no End step can be reached from here"));
        }
    }

    // Checkpoints: the audience's mandatory one must be required, and every required one confirmed.
    const Checkpoint mandatory = mandatoryCheckpoint(script.segment.answerer);
    if (!script.required.contains(mandatory))
        add(Problem::Kind::MissingCheckpoint, {},
            QStringLiteral("%1 must be a required checkpoint of this script").arg(enumKey(mandatory)));
    for (Checkpoint c : script.required) {
        const bool confirmed = std::any_of(script.steps.cbegin(), script.steps.cend(),
                                           [c](const Step &st) { return st.checkpoints.contains(c); });
        if (!confirmed)
            add(Problem::Kind::MissingCheckpoint, {},
                QStringLiteral("required checkpoint %1 is confirmed at no step").arg(enumKey(c)));
    }

    // Order: along any path, the first confirmation of each required checkpoint follows `required`.
    // For each required checkpoint c, walk from the start without passing a step that confirms c,
    // remembering whether a later checkpoint was confirmed on the way; reaching a step that confirms
    // c with that flag set is a path confirming out of order.
    if (startOk) {
        QSet<QString> orderReported;
        for (const Step &st : script.steps) {
            int last = -1;
            for (Checkpoint c : st.checkpoints) {
                const int i = script.required.indexOf(c);
                if (i < 0)
                    continue;
                if (i < last && !orderReported.contains(st.key)) {
                    orderReported.insert(st.key);
                    add(Problem::Kind::CheckpointOrder, st.key,
                        QStringLiteral("%1 is listed after a checkpoint that should follow it").arg(enumKey(c)));
                }
                last = qMax(last, i);
            }
        }
        for (int ci = 0; ci < script.required.size(); ++ci) {
            const Checkpoint c = script.required.at(ci);
            auto laterIn = [&](const Step &st) {
                for (Checkpoint o : st.checkpoints)
                    if (script.required.indexOf(o) > ci)
                        return true;
                return false;
            };
            QSet<QString> seen[2];
            QList<QPair<QString, bool>> pending{{script.start, false}};
            while (!pending.isEmpty()) {
                auto [key, late] = pending.takeLast();
                const Step *st = script.step(key);
                if (!st || seen[late].contains(key))
                    continue;
                seen[late].insert(key);
                if (st->checkpoints.contains(c)) {
                    if (late && !orderReported.contains(key)) {
                        orderReported.insert(key);
                        add(Problem::Kind::CheckpointOrder, key,
                            QStringLiteral("a path confirms %1 after a checkpoint that should follow it").arg(enumKey(c)));
                    }
                    continue;
                }
                const bool nowLate = late || laterIn(*st);
                for (const QString &n : successors(*st))
                    pending.append({n, nowLate});
            }
        }
    }

    // Wording: merge fields, third-party disclosure, the compliance lint.
    const bool thirdParty = script.segment.answerer == Answerer::ThirdParty;
    const lint::ComplianceLint *lint = builtInLint();
    auto checkText = [&](const QString &where, const QString &text) {
        for (const QString &f : mergeFieldsIn(text)) {
            if (!findField(f))
                add(Problem::Kind::UnknownMergeField, where, QStringLiteral("unknown merge field {%1}").arg(f));
            else if (thirdParty && isDebtField(f))
                add(Problem::Kind::ThirdPartyDisclosure, where,
                    QStringLiteral("{%1} discloses the debt to a third party").arg(f));
        }
        if (!lint)
            return;
        for (const lint::Finding &f :
             lint->check(maskFields(text), thirdParty ? lint::Audience::ThirdParty : lint::Audience::Debtor))
            add(Problem::Kind::LintFinding, where,
                QStringLiteral("%1: \"%2\" at %3").arg(enumKey(f.rule), f.text).arg(f.start));
    };
    for (const Step &st : script.steps) {
        checkText(st.key, st.title);
        checkText(st.key, st.text);
        for (const Answer &a : st.answers)
            checkText(st.key, a.label);
    }
    for (const ObjectionCard &card : script.objections) {
        const QString where = QStringLiteral("objection:") + enumKey(card.kind);
        checkText(where, card.title);
        checkText(where, card.reply);
        if (!card.resume.isEmpty() && !keys.contains(card.resume))
            add(Problem::Kind::DanglingNext, where,
                QStringLiteral("objection card resumes at missing step \"%1\"").arg(card.resume));
    }
    return out;
}

QString problemKey(Problem::Kind kind)
{
    switch (kind) {
    case Problem::Kind::NoSteps: return QStringLiteral("NoSteps");
    case Problem::Kind::MissingStart: return QStringLiteral("MissingStart");
    case Problem::Kind::DuplicateStepKey: return QStringLiteral("DuplicateStepKey");
    case Problem::Kind::DanglingNext: return QStringLiteral("DanglingNext");
    case Problem::Kind::UnreachableStep: return QStringLiteral("UnreachableStep");
    case Problem::Kind::NoEnd: return QStringLiteral("NoEnd");
    case Problem::Kind::AskWithoutAnswers: return QStringLiteral("AskWithoutAnswers");
    case Problem::Kind::MissingCheckpoint: return QStringLiteral("MissingCheckpoint");
    case Problem::Kind::CheckpointOrder: return QStringLiteral("CheckpointOrder");
    case Problem::Kind::UnknownMergeField: return QStringLiteral("UnknownMergeField");
    case Problem::Kind::ThirdPartyDisclosure: return QStringLiteral("ThirdPartyDisclosure");
    case Problem::Kind::LintFinding: return QStringLiteral("LintFinding");
    case Problem::Kind::DuplicateAnswerKey: return QStringLiteral("DuplicateAnswerKey");
    }
    return QString::number(int(kind));
}

QJsonArray problemsToJson(const QList<Problem> &problems)
{
    QJsonArray a;
    for (const Problem &p : problems)
        a.append(QJsonObject{{QStringLiteral("kind"), problemKey(p.kind)},
                             {QStringLiteral("step"), p.step},
                             {QStringLiteral("detail"), p.detail}});
    return a;
}

Rendered render(const QString &text, const QHash<QString, QString> &fields)
{
    Rendered r;
    qsizetype last = 0;
    auto it = fieldPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        r.text += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        // A field may be supplied under either of its names.
        auto found = fields.constFind(name);
        if (found == fields.constEnd() || found->isEmpty()) {
            const QString canonical = canonicalMergeField(name);
            const QString alias = mergeFieldAlias(name);
            found = fields.constFind(canonical == name ? alias : canonical);
        }
        if (found != fields.constEnd() && !found->isEmpty()) {
            r.text += *found;
        } else {
            r.text += m.captured(0);  // stays visible: the agent sees what is missing
            if (!r.missing.contains(name))
                r.missing << name;
        }
        last = m.capturedEnd();
    }
    r.text += QStringView(text).mid(last);
    return r;
}

// ---- selection ----

namespace {

QString normalisedLocale(const QString &locale)
{
    QString l = locale.trimmed();
    l.replace(QLatin1Char('-'), QLatin1Char('_'));
    return l;
}

// Lower is better: the wanted locale; a script for any locale; the bare language ("zh"); the same
// language in the same writing system (zh_HK -> zh_TW, both Traditional); the same language; English;
// another English; anything (a script in another language beats none: the third-party script above all).
int localeRank(const QString &scriptLocale, const QString &wanted)
{
    const QString l = normalisedLocale(scriptLocale);
    if (l == wanted)
        return 0;
    if (l.isEmpty())
        return 1;
    const QString lang = l.section(QLatin1Char('_'), 0, 0);
    if (lang == wanted.section(QLatin1Char('_'), 0, 0)) {
        if (l == lang)
            return 2;
        return QLocale(l).script() == QLocale(wanted).script() ? 3 : 4;
    }
    if (l == QLatin1String("en"))
        return 5;
    if (lang == QLatin1String("en"))
        return 6;
    return 7;
}

}  // namespace

std::optional<Script> choose(const QList<Script> &scripts, const CallContext &call)
{
    const Script *best = nullptr;
    int bestRank = 0, bestSpecific = 0;
    const QString wanted = normalisedLocale(call.locale);
    for (const Script &s : scripts) {
        const Segment &g = s.segment;
        if (g.answerer != call.answerer)
            continue;  // never a debtor script for a third party, nor the other way round
        if ((!g.buckets.isEmpty() && !g.buckets.contains(call.bucket))
            || (!g.grades.isEmpty() && !g.grades.contains(call.grade))
            || (!g.promises.isEmpty() && !g.promises.contains(call.promise))
            || (!g.holds.isEmpty() && !g.holds.contains(call.hold)))
            continue;
        const int rank = localeRank(g.locale, wanted);
        const int specific = int(!g.buckets.isEmpty()) + int(!g.grades.isEmpty()) + int(!g.promises.isEmpty())
                             + int(!g.holds.isEmpty());
        const bool better = !best || rank < bestRank
                            || (rank == bestRank
                                && (specific > bestSpecific
                                    || (specific == bestSpecific
                                        && (s.version > best->version
                                            || (s.version == best->version && s.id < best->id)))));
        if (better) {
            best = &s;
            bestRank = rank;
            bestSpecific = specific;
        }
    }
    if (!best)
        return std::nullopt;
    return *best;
}

// ---- Walk ----

Walk::Walk(const Script &script) : m_script(script)
{
    if (m_script.step(m_script.start))
        m_path << m_script.start;
}

const Step *Walk::current() const { return m_path.isEmpty() ? nullptr : m_script.step(m_path.last()); }

bool Walk::finished() const
{
    const Step *s = current();
    return s && s->kind == StepKind::End;
}

bool Walk::advance(const QString &answerKey)
{
    const Step *s = current();
    if (!s)
        return false;
    QString next;
    if (s->kind == StepKind::Say) {
        next = s->next;
    } else if (s->kind == StepKind::Ask) {
        for (const Answer &a : s->answers)
            if (a.key == answerKey)
                next = a.next;
    }
    if (next.isEmpty() || !m_script.step(next))
        return false;
    m_path << next;
    return true;
}

bool Walk::back()
{
    if (m_path.size() < 2)
        return false;
    m_path.removeLast();
    return true;
}

void Walk::tick(Checkpoint c)
{
    if (!m_ticked.contains(c))
        m_ticked << c;
}

void Walk::untick(Checkpoint c) { m_ticked.removeAll(c); }

bool Walk::ticked(Checkpoint c) const { return m_ticked.contains(c); }

const ObjectionCard *Walk::raise(Objection kind)
{
    for (const ObjectionCard &c : m_script.objections) {
        if (c.kind != kind)
            continue;
        m_raised << kind;
        if (!c.resume.isEmpty() && m_script.step(c.resume) && (m_path.isEmpty() || m_path.last() != c.resume))
            m_path << c.resume;
        return &c;
    }
    return nullptr;
}

QList<Checkpoint> Walk::missingRequired() const
{
    QList<Checkpoint> out;
    for (Checkpoint c : m_script.required)
        if (!m_ticked.contains(c))
            out << c;
    return out;
}

bool Walk::requiredInOrder() const
{
    int last = -1;
    for (Checkpoint c : m_ticked) {
        const int i = m_script.required.indexOf(c);
        if (i < 0)
            continue;
        if (i < last)
            return false;
        last = i;
    }
    return true;
}

}  // namespace cd::script
