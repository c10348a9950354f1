#include "FactsReader.h"

#include "BackgroundThread.h"
#include "Logging.h"
#include "SqliteStorage.h"
#include "TaskEngine.h"

namespace cd::server {

FactsReader::FactsReader(QString databasePath) : m_path(std::move(databasePath))
{
    m_thread.setObjectName(QStringLiteral("facts-reader"));
}

FactsReader::~FactsReader() { stop(); }

bool FactsReader::start(QString *why)
{
    if (m_running)
        return true;
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QString error;
    QMetaObject::invokeMethod(
        m_context,
        [this, &error] {
            makeThisThreadBackground();
            auto storage = std::make_unique<SqliteStorage>(m_path);
            Result<void> r = storage->open();
            if (r && storage->schemaVersion() != SqliteStorage::CurrentSchema)
                r = Error{ErrorCode::OpenFailed, QStringLiteral("schema %1").arg(storage->schemaVersion())};
            if (r)
                r = storage->setQueryOnly();
            if (!r) {
                error = r.error().detail;
                return;
            }
            m_storage = std::move(storage);
        },
        Qt::BlockingQueuedConnection);
    if (!m_storage) {
        stop();
        if (why)
            *why = error;
        return false;
    }
    m_running = true;
    qCInfo(lcServerStorage).noquote() << "task facts read on their own thread";
    return true;
}

void FactsReader::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_storage.reset();  // closes the connection on the thread that opened it
            delete m_context;   // and the reads still queued on it
            m_context = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_running = false;
}

void FactsReader::read(QList<std::pair<qint64, quint64>> customers, Done done)
{
    if (!m_running || customers.isEmpty())
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this, customers = std::move(customers), done = std::move(done)]() mutable {
            QList<Read> reads;
            reads.reserve(customers.size());
            for (const auto &[customerId, generation] : customers) {
                Read r;
                r.customerId = customerId;
                r.generation = generation;
                if (Result<void> begun = m_storage->beginRead(); !begun) {
                    r.facts = begun.error();
                } else {
                    r.facts = TaskEngine::facts(*m_storage, customerId);
                    m_storage->rollback();  // nothing written: ends the read transaction
                }
                reads << std::move(r);
                ++m_read;
            }
            // Back on the owner's thread, through this object: once it is stopped and gone, a
            // result still on its way is dropped with it.
            QMetaObject::invokeMethod(
                this,
                [this, done = std::move(done), reads = std::move(reads)]() mutable {
                    if (m_running)
                        done(std::move(reads));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

}  // namespace cd::server
