#pragma once
// Copies the SQLite write-ahead log back into the database file on a thread of its own, so the
// serving thread never does it. With SQLite's default (wal_autocheckpoint=1000) the commit that
// crosses 1,000 WAL pages runs the checkpoint itself: it writes those pages into the database and
// fsyncs twice. On a busy floor (about 8 pages per recorded event) that was a 50 ms stall of the event
// loop every second, the floor board's p99. Here the serving connection turns automatic checkpoints
// off and this thread runs a PASSIVE checkpoint every `intervalMs` through its own connection: it
// never waits for the writer and the writer never waits for it; the next write after a complete
// checkpoint starts the log again from the beginning.
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>

namespace cd::server {

class WalCheckpointer final : public QObject
{
    Q_OBJECT
public:
    struct Stats {
        qint64 runs = 0;          ///< checkpoints run
        qint64 lastLog = 0;       ///< frames in the log at the last run (pages written since it restarted)
        qint64 lastCopied = 0;    ///< of those, frames in the database after the last run
        qint64 failures = 0;
    };

    explicit WalCheckpointer(QString databasePath, int intervalMs = 1000);
    ~WalCheckpointer() override;

    /// Opens the thread's own connection and starts the timer. Fails (and the caller keeps SQLite's
    /// automatic checkpoints) when the database cannot be opened from a second connection.
    bool start(QString *why = nullptr);
    /// One last checkpoint, then the thread ends. Called before the serving connection closes.
    void stop();
    bool running() const { return m_running; }
    Stats stats() const;

private:
    void checkpoint();  // on the thread

    QString m_path;
    QString m_connection;
    int m_intervalMs;
    QThread m_thread;
    QObject *m_context = nullptr;  // lives on m_thread; owns the timer
    bool m_running = false;
    std::atomic<qint64> m_runs{0}, m_lastLog{0}, m_lastCopied{0}, m_failures{0};
};

}  // namespace cd::server
