// Rehearsal sessions as files (core/Rehearsal.h): the JSON a trainer exports and another desk imports,
// read strictly (a broken file changes nothing), and merging a re-imported session's comments. Split
// from Rehearsal.cpp (personas, the simulated customer and scoring).
#include "Rehearsal.h"
#include "RehearsalKeys.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cd::rehearsal {

using namespace keys;

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
