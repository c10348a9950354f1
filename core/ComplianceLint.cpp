#include "ComplianceLint.h"

#include "Domain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cd::lint {

namespace {

Error invalid(const QString &detail) { return Error{ErrorCode::InvalidInput, detail}; }

/// "我是*法院" -> 我是[^breaks]{0,6}法院. Literal parts are escaped: compliance staff write plain text.
QRegularExpression compile(const QString &phrase, const QString &clauseBreaks)
{
    const QString gap = QStringLiteral("[^%1]{0,%2}")
                            .arg(QRegularExpression::escape(clauseBreaks))
                            .arg(ComplianceLint::WildcardMax);
    QStringList parts = phrase.split(QLatin1Char('*'));
    for (QString &p : parts)
        p = QRegularExpression::escape(p);
    return QRegularExpression(parts.join(gap),
                              QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::UseUnicodePropertiesOption);
}

/// A list of non-empty strings at `path`; a missing key is an empty list.
Result<QStringList> stringList(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return QStringList();
    if (!v.isArray())
        return invalid(QStringLiteral("%1.%2: must be an array of strings").arg(path, key));
    QStringList out;
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        QString s = a.at(i).toString();
        if (!a.at(i).isString() || s.remove(QLatin1Char('*')).trimmed().isEmpty())
            return invalid(QStringLiteral("%1.%2[%3]: empty phrase").arg(path, key).arg(i));
        out.append(a.at(i).toString());
    }
    return out;
}

}  // namespace

Result<ComplianceLint> ComplianceLint::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("phrase list JSON at offset %1: %2")
                           .arg(parseError.offset)
                           .arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("collectdesk.lintPhrases"))
        return invalid(QStringLiteral("not a collectdesk.lintPhrases document"));
    if (root.value(QStringLiteral("formatVersion")).toInt(1) > 1)
        return invalid(QStringLiteral("phrase list formatVersion newer than 1"));
    static const QStringList rootKeys{QStringLiteral("format"),    QStringLiteral("formatVersion"),
                                      QStringLiteral("comment"),   QStringLiteral("clauseBreaks"),
                                      QStringLiteral("negations"), QStringLiteral("rules")};
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!rootKeys.contains(it.key()))
            return invalid(QStringLiteral("%1: unknown key").arg(it.key()));
    }

    ComplianceLint lint;
    lint.m_clauseBreaks =
        root.value(QStringLiteral("clauseBreaks")).toString(QStringLiteral("。！？；，!?;,\n"));
    Result<QStringList> negations = stringList(root, QStringLiteral("negations"), QStringLiteral("(root)"));
    if (!negations)
        return negations.error();
    lint.m_negations = negations.value();

    if (!root.value(QStringLiteral("rules")).isObject())
        return invalid(QStringLiteral("rules: must be an object keyed by rule"));
    const QJsonObject rules = root.value(QStringLiteral("rules")).toObject();
    static const QStringList ruleKeys{QStringLiteral("phrases"), QStringLiteral("exceptions"),
                                      QStringLiteral("negatable"), QStringLiteral("thirdPartyOnly"),
                                      QStringLiteral("comment")};
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        const QString path = QStringLiteral("rules.") + it.key();
        bool known = false;
        const int value = QMetaEnum::fromType<Rule>().keyToValue(it.key().toLatin1().constData(), &known);
        if (!known)
            return invalid(QStringLiteral("%1: unknown rule").arg(path));
        if (!it.value().isObject())
            return invalid(QStringLiteral("%1: must be an object").arg(path));
        const QJsonObject o = it.value().toObject();
        for (auto k = o.begin(); k != o.end(); ++k) {
            if (!ruleKeys.contains(k.key()))
                return invalid(QStringLiteral("%1.%2: unknown key").arg(path, k.key()));
        }
        for (const QString &flag : {QStringLiteral("negatable"), QStringLiteral("thirdPartyOnly")}) {
            if (o.contains(flag) && !o.value(flag).isBool())
                return invalid(QStringLiteral("%1.%2: must be true or false").arg(path, flag));
        }
        RuleEntry entry;
        entry.rule = static_cast<Rule>(value);
        entry.negatable = o.value(QStringLiteral("negatable")).toBool(true);
        entry.thirdPartyOnly = o.value(QStringLiteral("thirdPartyOnly")).toBool(false);
        Result<QStringList> phrases = stringList(o, QStringLiteral("phrases"), path);
        if (!phrases)
            return phrases.error();
        Result<QStringList> exceptions = stringList(o, QStringLiteral("exceptions"), path);
        if (!exceptions)
            return exceptions.error();
        for (const QString &p : std::as_const(phrases.value()))
            entry.phrases.append(Phrase{p, compile(p, lint.m_clauseBreaks)});
        for (const QString &e : std::as_const(exceptions.value()))
            entry.exceptions.append(compile(e, lint.m_clauseBreaks));
        lint.m_rules.append(entry);
    }
    return lint;
}

Result<ComplianceLint> ComplianceLint::builtIn()
{
    QFile f(QString::fromLatin1(BuiltInResource));
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, QStringLiteral("built-in phrase list missing: ") + f.errorString()};
    return fromJson(f.readAll());
}

int ComplianceLint::phraseCount() const
{
    int n = 0;
    for (const RuleEntry &r : m_rules)
        n += int(r.phrases.size());
    return n;
}

int ComplianceLint::clauseStart(const QString &text, int pos) const
{
    for (int i = pos - 1; i >= 0; --i) {
        if (m_clauseBreaks.contains(text.at(i)))
            return i + 1;
    }
    return 0;
}

bool ComplianceLint::negated(const QString &text, int start) const
{
    const int from = clauseStart(text, start);
    const QStringView before = QStringView(text).mid(from, start - from);
    return std::any_of(m_negations.cbegin(), m_negations.cend(),
                       [&](const QString &cue) { return before.contains(cue); });
}

QList<Finding> ComplianceLint::check(const QString &text, Audience audience) const
{
    QList<Finding> out;
    for (const RuleEntry &rule : m_rules) {
        if (rule.thirdPartyOnly && audience != Audience::ThirdParty)
            continue;
        // Ranges the exceptions cover: a match inside one is allowed wording.
        QList<std::pair<int, int>> allowed;
        for (const QRegularExpression &re : rule.exceptions) {
            auto it = re.globalMatch(text);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                allowed.append({int(m.capturedStart()), int(m.capturedEnd())});
            }
        }
        QList<Finding> found;
        for (const Phrase &phrase : rule.phrases) {
            auto it = phrase.re.globalMatch(text);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                const int start = int(m.capturedStart());
                const int end = int(m.capturedEnd());
                const bool excepted = std::any_of(allowed.cbegin(), allowed.cend(), [&](const auto &r) {
                    return r.first <= start && end <= r.second;
                });
                if (excepted || (rule.negatable && negated(text, start)))
                    continue;
                found.append(Finding{rule.rule, start, end - start, m.captured(), phrase.source});
            }
        }
        std::sort(found.begin(), found.end(), [](const Finding &a, const Finding &b) {
            return a.start != b.start ? a.start < b.start : a.length > b.length;
        });
        int coveredUntil = -1;
        for (const Finding &f : std::as_const(found)) {
            if (f.start < coveredUntil)
                continue;
            out.append(f);
            coveredUntil = f.start + f.length;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Finding &a, const Finding &b) {
        return a.start != b.start ? a.start < b.start : a.rule < b.rule;
    });
    return out;
}

}  // namespace cd::lint
