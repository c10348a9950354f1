#pragma once
// Reads what the task engine needs to plan a customer (customer, loans with their installments and
// payments, contact history, promises: TaskEngine::facts) on a thread of its own, through its own
// SQLite connection. Re-planning a customer after each recorded call used to read all of that on the
// serving thread, about 70 % of a re-plan's 0.7 ms, while the next agents' requests and the leads'
// board deltas waited behind it. In WAL mode a reader never waits for the writer nor the writer for
// it; each customer is read in one read transaction, so its facts are one consistent state.
//
// The engine keeps what the reads cannot know: which customers changed again after their read was
// asked for (their result is dropped and read again), the tasks (read and written on the serving
// thread when the plan is applied) and the staff. Owned by the Server; SQLite files only.
#include "ServiceResult.h"
#include "TaskRules.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace cd::server {

class SqliteStorage;

class FactsReader final : public QObject
{
    Q_OBJECT
public:
    struct Read {
        qint64 customerId = 0;
        quint64 generation = 0;  ///< the caller's, handed back unchanged
        Result<taskrules::CustomerFacts> facts = Error{ErrorCode::QueryFailed, QStringLiteral("not read")};
    };
    /// Called on the reader's owner's thread, with every customer asked for, in order.
    using Done = std::function<void(QList<Read> reads)>;

    explicit FactsReader(QString databasePath);
    ~FactsReader() override;

    /// Opens the thread's own connection (the schema must be current). Fails, and the engine reads on
    /// the serving thread as before, when the database cannot be opened a second time.
    bool start(QString *why = nullptr);
    /// Finishes the read in progress, drops those not begun and ends the thread.
    void stop();
    bool running() const { return m_running; }
    /// Customers read so far (any thread).
    qint64 customersRead() const { return m_read.load(); }

    /// Reads the facts of each `(customerId, generation)` on the reader thread, then calls `done` on
    /// this object's thread (not at all once this object is stopped: stop it before what `done` uses).
    void read(QList<std::pair<qint64, quint64>> customers, Done done);

private:
    QString m_path;
    QThread m_thread;
    QObject *m_context = nullptr;            ///< lives on m_thread
    std::unique_ptr<SqliteStorage> m_storage;  ///< opened, used and closed on m_thread
    bool m_running = false;
    std::atomic<qint64> m_read{0};
};

}  // namespace cd::server
