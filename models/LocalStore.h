#pragma once
// The client's SQLite cache: one database file per user profile (owner-only permissions), WAL,
// numbered migrations keyed on PRAGMA user_version. Owns the QSqlDatabase connection; repositories
// borrow it. Single-threaded: use from the thread that opened it.
#include "Result.h"

#include <QSqlDatabase>
#include <QString>

namespace cd {

class LocalStore
{
public:
    static constexpr int SchemaVersion = 9;

    LocalStore();
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    /// Opens (creating if needed) the database at `path` and migrates it to SchemaVersion.
    /// ":memory:" gives a private in-memory store. Refuses (ErrorCode::NewerSchema) a file whose
    /// user_version is above SchemaVersion, without touching it.
    Result<void> open(const QString &path);
    void close();
    bool isOpen() const;

    QSqlDatabase db() const;
    QString path() const { return m_path; }
    int schemaVersion() const;  ///< user_version as read from the file

    /// Default location: <AppDataLocation>/cache.sqlite (directory created 0700).
    static QString defaultPath();

private:
    Result<void> migrate();
    Result<void> migrateTo1();
    Result<void> migrateTo2();
    Result<void> migrateTo3();
    Result<void> migrateTo4();
    Result<void> migrateTo5();
    Result<void> migrateTo6();  ///< call recordings
    Result<void> migrateTo7();  ///< consult threads
    Result<void> migrateTo8();  ///< talk-track graphs
    Result<void> migrateTo9();  ///< rehearsal sessions

    QString m_connection;
    QString m_path;
};

/// RAII transaction: rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

}  // namespace cd
