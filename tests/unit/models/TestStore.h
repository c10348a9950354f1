#pragma once
// Small helpers shared by the models/ unit tests: raw SQL access beside the store (to check what
// really reached the file) and hand-built entities.
#include "Entities.h"
#include "LocalStore.h"
#include "Repositories.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace cdtest {

/// SELECT COUNT(*) FROM table on the store's own connection.
inline int rowCount(const cd::LocalStore &store, const QString &table)
{
    QSqlQuery q(store.db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

/// First column of the first row of `sql`, or an invalid QVariant.
inline QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

/// Runs a .sql file (statements end with ';' at the end of a line) on a fresh connection to
/// `dbPath`, then sets user_version. Returns an error text, empty on success.
inline QString buildDatabase(const QString &sqlFile, const QString &dbPath, int userVersion)
{
    QFile f(sqlFile);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read ") + sqlFile;
    const QString text = QString::fromUtf8(f.readAll());
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(dbPath);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        QString statement;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (line.trimmed().startsWith(QLatin1String("--")))
                continue;
            statement += line + QLatin1Char('\n');
            if (line.trimmed().endsWith(QLatin1Char(';'))) {
                if (!q.exec(statement)) {
                    error = q.lastError().text() + QStringLiteral(" in ") + statement;
                    break;
                }
                statement.clear();
            }
        }
        if (error.isEmpty() && !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)))
            error = q.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    return error;
}

inline cd::Customer customer(qint64 id, const QString &name = QStringLiteral("张伟"),
                             const QString &tz = QStringLiteral("Asia/Shanghai"))
{
    cd::Customer c;
    c.id = id;
    c.name = name;
    c.gender = cd::Gender::Male;
    c.idNumber = QStringLiteral("110105199003071234");
    c.birthDate = QDate(1990, 3, 7);
    c.province = QStringLiteral("北京市");
    c.city = QStringLiteral("北京市");
    c.timeZone = tz;
    c.occupation = QStringLiteral("工程师");
    c.employer = QStringLiteral("某科技有限公司");
    c.address = QStringLiteral("北京市海淀区中关村大街1号");
    c.risk = cd::RiskGrade::C;
    c.riskScore = 640;
    return c;
}

inline cd::Phone phone(qint64 id, qint64 customerId, const QString &number,
                       cd::Relation relation = cd::Relation::Self)
{
    cd::Phone p;
    p.id = id;
    p.customerId = customerId;
    p.number = number;
    p.relation = relation;
    p.status = cd::PhoneStatus::Valid;
    return p;
}

inline cd::Task task(qint64 id, qint64 customerId, qint64 priority = 1000)
{
    cd::Task t;
    t.id = id;
    t.customerId = customerId;
    t.kind = cd::TaskKind::Collection;
    t.status = cd::TaskStatus::Open;
    t.priority = priority;
    t.reasons = {cd::ReasonCode::Overdue};
    t.due = QDateTime(QDate(2026, 11, 22), QTime(1, 0), Qt::UTC);
    t.assignee = QStringLiteral("agent007");
    return t;
}

/// Opens `store` in memory and fails the calling test if that does not work.
#define CD_OPEN_MEMORY_STORE(store)                                    \
    do {                                                               \
        const auto opened_ = (store).open(QStringLiteral(":memory:")); \
        QVERIFY2(opened_.ok(), qPrintable(opened_.error().detail));    \
    } while (false)

}  // namespace cdtest
