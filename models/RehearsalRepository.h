#pragma once
// Rehearsal sessions (培训演练) in the training profile's local cache (table rehearsal_sessions, client
// schema 9): save a finished session, list them for the trainer's review, add the trainer's comments,
// and export / import one session as a JSON file (core/Rehearsal.h, "collectdesk.rehearsal") so a
// trainer on another desk can review it. Borrows the store's connection. Sessions never leave the
// machine except through export: the demo profile has no sync client.
#include "LocalStore.h"
#include "Rehearsal.h"

#include <optional>

namespace cd {

class RehearsalRepository
{
public:
    /// One row of the review list.
    struct Summary {
        QString id;
        QString trainee;
        QString persona;
        QString customerName;
        QDateTime startedAt;
        QDateTime endedAt;
        std::optional<Outcome> outcome;
        std::optional<int> score;  ///< null while the session was not scored
        int comments = 0;
    };

    explicit RehearsalRepository(LocalStore &store) : m_store(store) {}

    /// Inserts or replaces the session (by id).
    Result<void> save(const rehearsal::Session &session);
    std::optional<rehearsal::Session> find(const QString &id) const;
    /// Newest first; `trainee` filters when not empty.
    QList<Summary> list(const QString &trainee = {}) const;
    /// Appends a trainer's comment to event `eventIndex` of the session. NotFound for an unknown
    /// session, InvalidInput for an index out of range or an empty text.
    Result<void> addComment(const QString &id, int eventIndex, const rehearsal::Comment &comment);
    Result<void> remove(const QString &id);

    /// Writes the session (with its comments) to `path`.
    Result<void> exportTo(const QString &id, const QString &path) const;
    /// Reads a session file. A new session is stored as it is; a session already here keeps its own
    /// events and gains the comments it lacks. Returns the session's id. A malformed file changes
    /// nothing.
    Result<QString> importFrom(const QString &path);

private:
    LocalStore &m_store;
};

}  // namespace cd
