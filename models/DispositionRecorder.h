#pragma once
// Saves the outcome of one attempt: the interaction, the promise, the task's next step
// (core/Workflow.h), phone and customer changes, and an outbox operation — all in one transaction,
// so a failure (disk full, say) leaves the cache exactly as it was. In a synced store (one with a
// server address) the rows it creates are provisional: negative ids tagged with the outbox op_id,
// replaced by the server's rows when the pull brings them (docs/dev/Database.md).
#include "Entities.h"
#include "LocalStore.h"

namespace cd {

struct Disposition {
    qint64 taskId = 0;
    qint64 customerId = 0;
    qint64 phoneId = 0;  ///< number dialled (0 if none)
    QString phoneNumber;
    QString agent;
    QDateTime startedAt;
    QDateTime answeredAt;
    QDateTime endedAt;
    Outcome outcome = Outcome::NoAnswer;
    QString note;
    Fen promiseAmount = 0;
    QDate promiseDate;
    QDateTime callbackAt;
    QString recordingPath;  ///< the call's recording on this machine (WAV); empty when not recorded
};

struct RecordedDisposition {
    qint64 interactionId = 0;
    qint64 promiseId = 0;       ///< 0 when no promise
    qint64 followUpTaskId = 0;  ///< 0 when none created
    TaskStatus taskStatus = TaskStatus::Deferred;
    QString opId;  ///< the outbox operation that carries it to the server
};

class DispositionRecorder
{
public:
    explicit DispositionRecorder(LocalStore &store) : m_store(store) {}
    /// Validates (promise needs amount > 0 and a date not in the past; callback needs a time in the
    /// future) and saves. `now` is injected so tests control time.
    Result<RecordedDisposition> record(const Disposition &d, const QDateTime &now);

private:
    LocalStore &m_store;
};

}  // namespace cd
