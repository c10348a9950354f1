// The collectdesk.scripts document both ways (core/ScriptGraph.h): strict reading that names the
// offending key and never returns a half-read script, version-1 flat step lists loaded as a line of
// Say steps, and writing. Split from ScriptGraph.cpp (the graph's rules: validation, selection, walks).
#include "ScriptGraph.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QRegularExpression>

namespace cd::script {

namespace {

template <typename E> QJsonArray keys(const QList<E> &values)
{
    QJsonArray a;
    for (E v : values)
        a.append(enumKey(v));
    return a;
}

template <typename E> std::optional<E> keyToEnum(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    bool ok = false;
    const int i = QMetaEnum::fromType<E>().keyToValue(v.toString().toLatin1().constData(), &ok);
    if (!ok)
        return std::nullopt;
    return static_cast<E>(i);
}

Error bad(const QString &detail) { return Error{ErrorCode::InvalidInput, detail}; }

// Reads an optional string member; a present value of another type is an error.
bool readString(const QJsonObject &o, const char *key, QString *out, QString *error, const QString &where,
                bool required = false)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            *error = QStringLiteral("%1%2: missing").arg(where, QLatin1String(key));
        return !required;
    }
    if (!v.isString()) {
        *error = QStringLiteral("%1%2: not a string").arg(where, QLatin1String(key));
        return false;
    }
    *out = v.toString();
    return true;
}

template <typename E>
bool readEnumList(const QJsonObject &o, const char *key, QList<E> *out, QString *error, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray()) {
        *error = QStringLiteral("%1%2: not an array").arg(where, QLatin1String(key));
        return false;
    }
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        const std::optional<E> e = keyToEnum<E>(a.at(i));
        if (!e) {
            *error = QStringLiteral("%1%2[%3]: unknown value %4")
                         .arg(where, QLatin1String(key))
                         .arg(i)
                         .arg(QString::fromUtf8(QJsonDocument(QJsonArray{a.at(i)}).toJson(QJsonDocument::Compact)));
            return false;
        }
        if (!out->contains(*e))
            out->append(*e);
    }
    return true;
}

template <typename E>
bool readEnum(const QJsonObject &o, const char *key, E *out, QString *error, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    const std::optional<E> e = keyToEnum<E>(v);
    if (!e) {
        *error = QStringLiteral("%1%2: unknown value \"%3\"").arg(where, QLatin1String(key), v.toString());
        return false;
    }
    *out = *e;
    return true;
}

}  // namespace

QJsonObject toJson(const Script &s)
{
    QJsonObject seg{{QStringLiteral("buckets"), keys(s.segment.buckets)},
                    {QStringLiteral("grades"), keys(s.segment.grades)},
                    {QStringLiteral("promises"), keys(s.segment.promises)},
                    {QStringLiteral("holds"), keys(s.segment.holds)},
                    {QStringLiteral("answerer"), enumKey(s.segment.answerer)},
                    {QStringLiteral("locale"), s.segment.locale}};
    QJsonArray steps;
    for (const Step &st : s.steps) {
        QJsonObject o{{QStringLiteral("key"), st.key},
                      {QStringLiteral("kind"), enumKey(st.kind)},
                      {QStringLiteral("title"), st.title},
                      {QStringLiteral("text"), st.text}};
        if (!st.next.isEmpty())
            o.insert(QStringLiteral("next"), st.next);
        if (!st.answers.isEmpty()) {
            QJsonArray answers;
            for (const Answer &a : st.answers) {
                QJsonObject ao{{QStringLiteral("key"), a.key},
                               {QStringLiteral("label"), a.label},
                               {QStringLiteral("next"), a.next}};
                if (a.suggests)
                    ao.insert(QStringLiteral("suggests"), enumKey(*a.suggests));
                answers.append(ao);
            }
            o.insert(QStringLiteral("answers"), answers);
        }
        if (!st.checkpoints.isEmpty())
            o.insert(QStringLiteral("checkpoints"), keys(st.checkpoints));
        steps.append(o);
    }
    QJsonArray cards;
    for (const ObjectionCard &c : s.objections) {
        QJsonObject o{{QStringLiteral("kind"), enumKey(c.kind)},
                      {QStringLiteral("title"), c.title},
                      {QStringLiteral("reply"), c.reply}};
        if (!c.resume.isEmpty())
            o.insert(QStringLiteral("resume"), c.resume);
        cards.append(o);
    }
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("version"), s.version},
                  {QStringLiteral("name"), s.name},
                  {QStringLiteral("segment"), seg},
                  {QStringLiteral("start"), s.start},
                  {QStringLiteral("required"), keys(s.required)},
                  {QStringLiteral("steps"), steps},
                  {QStringLiteral("objections"), cards}};
    if (s.publishedAt.isValid())
        o.insert(QStringLiteral("publishedAt"), s.publishedAt.toUTC().toString(Qt::ISODate));
    if (!s.publishedBy.isEmpty())
        o.insert(QStringLiteral("publishedBy"), s.publishedBy);
    return o;
}

Result<Script> fromJson(const QJsonObject &o)
{
    Script s;
    QString e;
    if (!readString(o, "id", &s.id, &e, {}, true) || !readString(o, "name", &s.name, &e, {})
        || !readString(o, "start", &s.start, &e, {}, true) || !readString(o, "publishedBy", &s.publishedBy, &e, {}))
        return bad(e);
    if (s.id.trimmed().isEmpty())
        return bad(QStringLiteral("id: empty"));
    const QJsonValue version = o.value(QStringLiteral("version"));
    if (!version.isUndefined()) {
        if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != version.toInt())
            return bad(QStringLiteral("version: not a positive whole number"));
        s.version = version.toInt();
    }
    const QJsonValue published = o.value(QStringLiteral("publishedAt"));
    if (published.isString() && !published.toString().isEmpty()) {
        s.publishedAt = QDateTime::fromString(published.toString(), Qt::ISODate);
        if (!s.publishedAt.isValid())
            return bad(QStringLiteral("publishedAt: not an ISO date-time"));
        s.publishedAt = s.publishedAt.toUTC();
    }

    const QJsonValue segv = o.value(QStringLiteral("segment"));
    if (!segv.isUndefined()) {
        if (!segv.isObject())
            return bad(QStringLiteral("segment: not an object"));
        const QJsonObject seg = segv.toObject();
        const QString w = QStringLiteral("segment.");
        if (!readEnumList(seg, "buckets", &s.segment.buckets, &e, w)
            || !readEnumList(seg, "grades", &s.segment.grades, &e, w)
            || !readEnumList(seg, "promises", &s.segment.promises, &e, w)
            || !readEnumList(seg, "holds", &s.segment.holds, &e, w)
            || !readEnum(seg, "answerer", &s.segment.answerer, &e, w)
            || !readString(seg, "locale", &s.segment.locale, &e, w))
            return bad(e);
    }
    if (!readEnumList(o, "required", &s.required, &e, {}))
        return bad(e);

    const QJsonValue stepsv = o.value(QStringLiteral("steps"));
    if (!stepsv.isArray())
        return bad(QStringLiteral("steps: missing or not an array"));
    const QJsonArray steps = stepsv.toArray();
    for (int i = 0; i < steps.size(); ++i) {
        const QString w = QStringLiteral("steps[%1].").arg(i);
        if (!steps.at(i).isObject())
            return bad(QStringLiteral("steps[%1]: not an object").arg(i));
        const QJsonObject so = steps.at(i).toObject();
        Step st;
        if (!readString(so, "key", &st.key, &e, w, true) || !readString(so, "title", &st.title, &e, w)
            || !readString(so, "text", &st.text, &e, w) || !readString(so, "next", &st.next, &e, w)
            || !readEnum(so, "kind", &st.kind, &e, w) || !readEnumList(so, "checkpoints", &st.checkpoints, &e, w))
            return bad(e);
        if (st.key.isEmpty())
            return bad(w + QStringLiteral("key: empty"));
        const QJsonValue answersv = so.value(QStringLiteral("answers"));
        if (!answersv.isUndefined() && !answersv.isArray())
            return bad(w + QStringLiteral("answers: not an array"));
        const QJsonArray answers = answersv.toArray();
        for (int j = 0; j < answers.size(); ++j) {
            const QString aw = w + QStringLiteral("answers[%1].").arg(j);
            if (!answers.at(j).isObject())
                return bad(w + QStringLiteral("answers[%1]: not an object").arg(j));
            const QJsonObject ao = answers.at(j).toObject();
            Answer a;
            if (!readString(ao, "key", &a.key, &e, aw, true) || !readString(ao, "label", &a.label, &e, aw)
                || !readString(ao, "next", &a.next, &e, aw, true))
                return bad(e);
            if (ao.contains(QStringLiteral("suggests"))) {
                Outcome oc = Outcome::RightPartyContact;
                if (!readEnum(ao, "suggests", &oc, &e, aw))
                    return bad(e);
                a.suggests = oc;
            }
            st.answers.append(a);
        }
        s.steps.append(st);
    }

    const QJsonValue cardsv = o.value(QStringLiteral("objections"));
    if (!cardsv.isUndefined() && !cardsv.isArray())
        return bad(QStringLiteral("objections: not an array"));
    const QJsonArray cards = cardsv.toArray();
    for (int i = 0; i < cards.size(); ++i) {
        const QString w = QStringLiteral("objections[%1].").arg(i);
        if (!cards.at(i).isObject())
            return bad(QStringLiteral("objections[%1]: not an object").arg(i));
        const QJsonObject co = cards.at(i).toObject();
        ObjectionCard c;
        if (!co.contains(QStringLiteral("kind")))
            return bad(w + QStringLiteral("kind: missing"));
        if (!readEnum(co, "kind", &c.kind, &e, w) || !readString(co, "title", &c.title, &e, w)
            || !readString(co, "reply", &c.reply, &e, w) || !readString(co, "resume", &c.resume, &e, w))
            return bad(e);
        s.objections.append(c);
    }
    return s;
}

namespace {

// Version 1: {segment: "early", locale, name, version, steps: [{key, title, text}]} with {{field}}
// markers. Loaded as a straight line of Say steps ending in an End step; the segment names map to
// buckets (reminder M0, early M1, mid M2–M3, late M4+), "hold" to both holds, "thirdparty" to the
// third-party answerer.
Result<Script> fromV1(const QJsonObject &o, int index)
{
    static const QRegularExpression doubleBraces(QStringLiteral(R"(\{\{\s*([^{}\s]+)\s*\}\})"));
    const QString w = QStringLiteral("scripts[%1].").arg(index);
    Script s;
    const QString segment = o.value(QStringLiteral("segment")).toString();
    s.segment.locale = o.value(QStringLiteral("locale")).toString();
    s.name = o.value(QStringLiteral("name")).toString();
    s.version = qMax(1, o.value(QStringLiteral("version")).toInt(1));
    if (segment.isEmpty())
        return bad(w + QStringLiteral("segment: missing"));
    s.id = segment + QLatin1Char('-') + (s.segment.locale.isEmpty() ? QStringLiteral("any") : s.segment.locale);
    if (segment == QLatin1String("reminder"))
        s.segment.buckets = {Bucket::M0};
    else if (segment == QLatin1String("early"))
        s.segment.buckets = {Bucket::M1};
    else if (segment == QLatin1String("mid"))
        s.segment.buckets = {Bucket::M2, Bucket::M3};
    else if (segment == QLatin1String("late"))
        s.segment.buckets = {Bucket::M4Plus};
    else if (segment == QLatin1String("hold"))
        s.segment.holds = {Hold::Dispute, Hold::Hardship};
    else if (segment == QLatin1String("thirdparty"))
        s.segment.answerer = Answerer::ThirdParty;
    const QJsonValue stepsv = o.value(QStringLiteral("steps"));
    if (!stepsv.isArray())
        return bad(w + QStringLiteral("steps: missing or not an array"));
    const QJsonArray steps = stepsv.toArray();
    if (steps.isEmpty())
        return bad(w + QStringLiteral("steps: empty"));
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject so = steps.at(i).toObject();
        if (so.value(QStringLiteral("text")).toString().trimmed().isEmpty())
            return bad(w + QStringLiteral("steps[%1].text: missing or empty").arg(i));
        Step st;
        st.key = so.value(QStringLiteral("key")).toString();
        if (st.key.isEmpty())
            st.key = QStringLiteral("step%1").arg(i + 1);
        st.title = so.value(QStringLiteral("title")).toString();
        st.text = so.value(QStringLiteral("text")).toString();
        st.text.replace(doubleBraces, QStringLiteral("{\\1}"));
        st.kind = i + 1 == steps.size() ? StepKind::End : StepKind::Say;
        s.steps.append(st);
    }
    for (int i = 0; i + 1 < s.steps.size(); ++i)
        s.steps[i].next = s.steps[i + 1].key;
    if (!s.steps.isEmpty())
        s.start = s.steps.first().key;
    return s;
}

}  // namespace

Result<QList<Script>> readDocument(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return bad(QStringLiteral("not JSON: %1 at offset %2").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return bad(QStringLiteral("not a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("collectdesk.scripts"))
        return bad(QStringLiteral("format: not \"collectdesk.scripts\""));
    // Version-1 files written before the key existed have none.
    const int version = root.contains(QStringLiteral("formatVersion"))
        ? root.value(QStringLiteral("formatVersion")).toInt(0)
        : 1;
    if (version != 1 && version != 2)
        return bad(QStringLiteral("formatVersion: %1 is not supported (1 or 2)")
                       .arg(root.value(QStringLiteral("formatVersion")).toVariant().toString()));
    const QJsonValue scriptsv = root.value(QStringLiteral("scripts"));
    if (!scriptsv.isArray())
        return bad(QStringLiteral("scripts: missing or not an array"));
    const QJsonArray scripts = scriptsv.toArray();
    QList<Script> out;
    for (int i = 0; i < scripts.size(); ++i) {
        if (!scripts.at(i).isObject())
            return bad(QStringLiteral("scripts[%1]: not an object").arg(i));
        Result<Script> s = version == 1 ? fromV1(scripts.at(i).toObject(), i) : fromJson(scripts.at(i).toObject());
        if (!s)
            return bad(version == 1 ? s.error().detail
                                    : QStringLiteral("scripts[%1].%2").arg(i).arg(s.error().detail));
        out.append(s.value());
    }
    return out;
}

QByteArray writeDocument(const QList<Script> &scripts)
{
    QJsonArray a;
    for (const Script &s : scripts)
        a.append(toJson(s));
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("collectdesk.scripts")},
                                     {QStringLiteral("formatVersion"), FormatVersion},
                                     {QStringLiteral("scripts"), a}})
        .toJson(QJsonDocument::Indented);
}

}  // namespace cd::script
