#include "WalCheckpointer.h"

#include "BackgroundThread.h"
#include "Logging.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace cd::server {

WalCheckpointer::WalCheckpointer(QString databasePath, int intervalMs)
    : m_path(std::move(databasePath)),
      m_connection(QStringLiteral("cd-checkpoint-") + QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_intervalMs(qMax(10, intervalMs))
{
    m_thread.setObjectName(QStringLiteral("wal-checkpoint"));
}

WalCheckpointer::~WalCheckpointer() { stop(); }

bool WalCheckpointer::start(QString *why)
{
    if (m_running)
        return true;
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    bool opened = false;
    QString error;
    QMetaObject::invokeMethod(
        m_context,
        [this, &opened, &error] {
            makeThisThreadBackground();
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
            d.setDatabaseName(m_path);
            // The writer holds its lock for a commit (well under a millisecond); a checkpoint that
            // meets it simply copies what it can and comes back next time.
            d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
            if (!d.open()) {
                error = d.lastError().text();
                return;
            }
            QSqlQuery q(d);
            if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next()
                || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
                error = QStringLiteral("the database is not in WAL mode");
                return;
            }
            auto *timer = new QTimer(m_context);
            timer->setTimerType(Qt::PreciseTimer);
            timer->setInterval(m_intervalMs);
            connect(timer, &QTimer::timeout, m_context, [this] { checkpoint(); });
            timer->start();
            opened = true;
        },
        Qt::BlockingQueuedConnection);
    if (!opened) {
        stop();
        if (why)
            *why = error;
        return false;
    }
    m_running = true;
    qCInfo(lcServerStorage).noquote() << "WAL checkpoints every" << m_intervalMs << "ms on their own thread";
    return true;
}

void WalCheckpointer::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            if (m_running)
                checkpoint();
            delete m_context;  // and its timer
            m_context = nullptr;
            {
                QSqlDatabase d = QSqlDatabase::database(m_connection, false);
                if (d.isOpen())
                    d.close();
            }
            QSqlDatabase::removeDatabase(m_connection);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_running = false;
}

WalCheckpointer::Stats WalCheckpointer::stats() const
{
    return Stats{m_runs.load(), m_lastLog.load(), m_lastCopied.load(), m_failures.load()};
}

void WalCheckpointer::checkpoint()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // Result row: busy (1 when it could not finish), frames in the log, frames now in the database.
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !q.next()) {
        if (m_failures.fetch_add(1) % 100 == 0)
            qCWarning(lcServerStorage).noquote() << "WAL checkpoint failed:" << q.lastError().text();
        return;
    }
    m_lastLog = q.value(1).toLongLong();
    m_lastCopied = q.value(2).toLongLong();
    ++m_runs;
}

}  // namespace cd::server
