#include "RehearsalRepository.h"

#include "StoreRows.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace cd {

using rehearsal::Session;

Result<void> RehearsalRepository::save(const Session &s)
{
    if (s.id.isEmpty())
        return Error{ErrorCode::InvalidInput, QStringLiteral("rehearsal session without id")};
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(q, QStringLiteral("INSERT OR REPLACE INTO rehearsal_sessions"
                                                 "(id, trainee, persona, customer_name, started_at, ended_at,"
                                                 " outcome, score, doc) VALUES(?,?,?,?,?,?,?,?,?)"));
        !r)
        return r;
    q.bindValue(0, s.id);
    q.bindValue(1, rows::fromText(s.trainee));
    q.bindValue(2, s.persona);
    q.bindValue(3, rows::fromText(s.customerName));
    q.bindValue(4, rows::fromTime(s.startedAt));
    q.bindValue(5, rows::fromTime(s.endedAt));
    q.bindValue(6, s.outcome ? rows::fromEnum(*s.outcome) : QVariant());
    q.bindValue(7, s.score.isEmpty() ? QVariant() : QVariant(s.score.total()));
    q.bindValue(8, QString::fromUtf8(QJsonDocument(rehearsal::toJson(s)).toJson(QJsonDocument::Compact)));
    return rows::exec(q, QStringLiteral("save rehearsal session"));
}

std::optional<Session> RehearsalRepository::find(const QString &id) const
{
    QSqlQuery q(m_store.db());
    if (!rows::prepare(q, QStringLiteral("SELECT doc FROM rehearsal_sessions WHERE id = ?")))
        return std::nullopt;
    q.bindValue(0, id);
    if (!rows::exec(q, QStringLiteral("find rehearsal session")) || !q.next())
        return std::nullopt;
    const auto s = rehearsal::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    if (!s) {
        qCWarning(lcModels) << "rehearsal session" << id << "unreadable:" << s.error().detail;
        return std::nullopt;
    }
    return s.value();
}

QList<RehearsalRepository::Summary> RehearsalRepository::list(const QString &trainee) const
{
    QList<Summary> out;
    QSqlQuery q(m_store.db());
    const QString where = trainee.isEmpty() ? QString() : QStringLiteral(" WHERE trainee = ?");
    if (!rows::prepare(q, QStringLiteral("SELECT id, trainee, persona, customer_name, started_at, ended_at,"
                                         " outcome, score, doc FROM rehearsal_sessions%1"
                                         " ORDER BY started_at DESC, id")
                              .arg(where)))
        return out;
    if (!trainee.isEmpty())
        q.bindValue(0, trainee);
    if (!rows::exec(q, QStringLiteral("list rehearsal sessions")))
        return out;
    while (q.next()) {
        Summary s;
        s.id = q.value(0).toString();
        s.trainee = q.value(1).toString();
        s.persona = q.value(2).toString();
        s.customerName = q.value(3).toString();
        s.startedAt = rows::toTime(q.value(4));
        s.endedAt = rows::toTime(q.value(5));
        if (!q.value(6).isNull())
            s.outcome = rows::toEnum(q.value(6), Outcome::NoAnswer);
        if (!q.value(7).isNull())
            s.score = q.value(7).toInt();
        // The comment count comes from the document: comments live with their events.
        const auto doc = rehearsal::fromJson(QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object());
        if (doc)
            for (const rehearsal::Event &e : doc->events)
                s.comments += int(e.comments.size());
        out << s;
    }
    return out;
}

Result<void> RehearsalRepository::addComment(const QString &id, int eventIndex, const rehearsal::Comment &comment)
{
    if (comment.text.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, QStringLiteral("empty comment")};
    Transaction tx(m_store.db());
    std::optional<Session> s = find(id);
    if (!s)
        return Error{ErrorCode::NotFound, QStringLiteral("no rehearsal session %1").arg(id)};
    if (eventIndex < 0 || eventIndex >= s->events.size())
        return Error{ErrorCode::InvalidInput, QStringLiteral("session %1 has no event %2").arg(id).arg(eventIndex)};
    s->events[eventIndex].comments << comment;
    if (auto r = save(*s); !r)
        return r;
    return tx.commit();
}

Result<void> RehearsalRepository::remove(const QString &id)
{
    QSqlQuery q(m_store.db());
    if (auto r = rows::prepare(q, QStringLiteral("DELETE FROM rehearsal_sessions WHERE id = ?")); !r)
        return r;
    q.bindValue(0, id);
    if (auto r = rows::exec(q, QStringLiteral("remove rehearsal session")); !r)
        return r;
    if (q.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, QStringLiteral("no rehearsal session %1").arg(id)};
    return {};
}

Result<void> RehearsalRepository::exportTo(const QString &id, const QString &path) const
{
    const std::optional<Session> s = find(id);
    if (!s)
        return Error{ErrorCode::NotFound, QStringLiteral("no rehearsal session %1").arg(id)};
    // QSaveFile: a full disk or a cancelled write never leaves half a file where the trainer looks.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error{ErrorCode::OpenFailed, QStringLiteral("%1: %2").arg(path, f.errorString())};
    f.write(rehearsal::writeFile(*s));
    if (!f.commit())
        return Error{ErrorCode::OpenFailed, QStringLiteral("%1: %2").arg(path, f.errorString())};
    return {};
}

Result<QString> RehearsalRepository::importFrom(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::OpenFailed, QStringLiteral("%1: %2").arg(path, f.errorString())};
    const auto read = rehearsal::readFile(f.readAll());
    if (!read)
        return Error{ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(path, read.error().detail)};
    Transaction tx(m_store.db());
    std::optional<Session> mine = find(read->id);
    if (mine) {
        rehearsal::mergeComments(*mine, read.value());
        if (auto r = save(*mine); !r)
            return r.error();
    } else if (auto r = save(read.value()); !r) {
        return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return read->id;
}

}  // namespace cd
