#include "Storage.h"

#include "SqliteStorage.h"

#include <QRegularExpression>

namespace cd::server {

StorageTransaction::StorageTransaction(Storage &storage) : m_storage(storage), m_started(storage.begin())
{
    m_done = !m_started.ok();
}

StorageTransaction::~StorageTransaction()
{
    if (!m_done)
        m_storage.rollback();
}

Result<void> StorageTransaction::commit()
{
    if (m_done)
        return m_started.ok() ? Error{ErrorCode::QueryFailed, QStringLiteral("transaction already ended")}
                              : m_started;
    m_done = true;
    return m_storage.commit();
}

Result<std::unique_ptr<Storage>> createStorage(const QString &url)
{
    if (url.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, QStringLiteral("no database given")};
    // "scheme:" with a scheme of two letters or more (so a Windows drive "C:" stays a path).
    static const QRegularExpression schemeRe(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]+):"));
    const QRegularExpressionMatch m = schemeRe.match(url);
    QString path = url;
    if (m.hasMatch()) {
        const QString scheme = m.captured(1).toLower();
        if (scheme == QLatin1String("postgres") || scheme == QLatin1String("postgresql"))
            return Error{ErrorCode::InvalidInput, QStringLiteral("PostgreSQL storage is not available yet")};
        if (scheme != QLatin1String("sqlite"))
            return Error{
                ErrorCode::InvalidInput,
                QStringLiteral("unknown database scheme \"%1\" (use sqlite:/path/file.db)").arg(scheme)};
        path = url.mid(m.capturedLength());
        if (path.startsWith(QLatin1String("//")))  // sqlite:///abs/path
            path = path.mid(2);
    }
    if (path.isEmpty())
        return Error{ErrorCode::InvalidInput, QStringLiteral("database URL \"%1\" names no file").arg(url)};
    return std::unique_ptr<Storage>(std::make_unique<SqliteStorage>(path));
}

}  // namespace cd::server
