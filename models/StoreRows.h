#pragma once
// Internal to models/: how entities map to SQLite rows. One place for the column lists, the bind
// order and the value conversions, shared by the repositories (prepare per call) and DemoSeeder
// (prepares once, binds 100k times). Not installed, not used outside models/.
//
// Storage conventions (docs/dev/Database.md):
//   instants (QDateTime, UTC)  -> INTEGER epoch milliseconds, NULL when invalid
//   calendar dates (QDate)     -> TEXT 'YYYY-MM-DD' (the debtor's local date), NULL when invalid
//   money                      -> INTEGER fen, columns named *_fen
//   enums                      -> TEXT key from cd::enumKey ("M4Plus", "PromiseToPay")
//   CustomerFlags              -> INTEGER bit set
//   reason lists               -> TEXT comma-separated ReasonCode keys, most important first
#include "Entities.h"
#include "Result.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcModels)

namespace cd::rows {

// ---- errors ---------------------------------------------------------------------------------
constexpr int SqliteFull = 13;  ///< SQLITE_FULL (also when PRAGMA max_page_count is reached)

/// Maps a driver error to our codes: SQLITE_FULL -> DiskFull, everything else -> `fallback`.
Error fromSql(const QSqlError &e, const QString &what, ErrorCode fallback = ErrorCode::QueryFailed);
bool isDiskFull(const QSqlError &e);

/// prepare() that logs and returns the error (with DiskFull mapping).
Result<void> prepare(QSqlQuery &q, const QString &sql);
/// exec() of a prepared query.
Result<void> exec(QSqlQuery &q, const QString &what);
/// exec() of plain SQL text on a connection.
Result<void> execSql(const QSqlDatabase &db, const QString &sql);

// ---- values ---------------------------------------------------------------------------------
QVariant fromTime(const QDateTime &t);
QDateTime toTime(const QVariant &v);
QVariant fromDate(const QDate &d);
QDate toDate(const QVariant &v);
QVariant fromId(qint64 id);           ///< 0 -> NULL so INTEGER PRIMARY KEY picks one (negative ids are kept)
QVariant fromText(const QString &s);  ///< keeps empty strings as '' (not NULL)

/// Enum -> its key, from a per-type table: enumKey() searches the meta-enum and allocates a new
/// string each time, which shows when seeding millions of rows.
template <typename E> QVariant fromEnum(E e)
{
    static const QList<QString> keys = [] {
        QList<QString> k;
        const QMetaEnum me = QMetaEnum::fromType<E>();
        for (int i = 0; i < me.keyCount(); ++i) {
            const int v = me.value(i);
            if (v >= 0 && v < 64) {
                if (k.size() <= v)
                    k.resize(v + 1);
                k[v] = QString::fromLatin1(me.key(i));
            }
        }
        return k;
    }();
    const int v = static_cast<int>(e);
    return v >= 0 && v < keys.size() && !keys[v].isNull() ? QVariant(keys[v]) : QVariant(enumKey(e));
}

/// Key -> enum with a per-type cache: the queue parses 100k rows of keys.
template <typename E> E toEnum(const QVariant &v, E fallback)
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> h;
        const QMetaEnum me = QMetaEnum::fromType<E>();
        for (int i = 0; i < me.keyCount(); ++i)
            h.insert(QString::fromLatin1(me.key(i)), me.value(i));
        return h;
    }();
    const auto it = table.constFind(v.toString());
    return it == table.constEnd() ? fallback : static_cast<E>(it.value());
}

QString reasonsToText(const QList<ReasonCode> &reasons);
QList<ReasonCode> reasonsFromText(const QString &text);

/// The debtor's offset from UTC at `at`, from an IANA zone id. China has no DST, but QTimeZone is
/// asked anyway so Asia/Urumqi (UTC+6) and any future zone are right. Unknown zone -> UTC+8.
int utcOffsetSeconds(const QString &timeZoneId, const QDateTime &at);
/// The debtor's local calendar date at `at`.
QDate localDate(const QString &timeZoneId, const QDateTime &at);

// ---- per-entity SQL ---------------------------------------------------------------------------
// Each Insert/Upsert statement binds positionally in the order of the matching bind function.
extern const char *const CustomerUpsert;
extern const char *const PhoneUpsert;
extern const char *const LoanUpsert;
extern const char *const InstallmentInsert;
extern const char *const PaymentInsert;
extern const char *const TaskInsert;
extern const char *const InteractionInsert;
extern const char *const PromiseInsert;
// Same bind order as the Insert above; replace a row the server sent again (sync/ pulls).
extern const char *const TaskUpsert;
extern const char *const InteractionUpsert;
extern const char *const PromiseUpsert;

extern const char *const CustomerColumns;
extern const char *const PhoneColumns;
extern const char *const LoanColumns;
extern const char *const InstallmentColumns;
extern const char *const PaymentColumns;
extern const char *const TaskColumns;
extern const char *const InteractionColumns;
extern const char *const PromiseColumns;

void bindCustomer(QSqlQuery &q, const Customer &c);
void bindPhone(QSqlQuery &q, const Phone &p);
void bindLoan(QSqlQuery &q, const Loan &l);
void bindInstallment(QSqlQuery &q, const Installment &i);
void bindPayment(QSqlQuery &q, const Payment &p);
/// Task row incl. the denormalised queue facts (dpd, bucket, overdue_fen).
void bindTask(QSqlQuery &q, const Task &t, int dpd, Bucket bucket, Fen overdue);
void bindInteraction(QSqlQuery &q, const Interaction &i);
void bindPromise(QSqlQuery &q, const Promise &p);

// Readers take a query positioned on a row selected with the matching *Columns list.
Customer readCustomer(const QSqlQuery &q);
Phone readPhone(const QSqlQuery &q);
Loan readLoan(const QSqlQuery &q);
Installment readInstallment(const QSqlQuery &q);
Payment readPayment(const QSqlQuery &q);
Task readTask(const QSqlQuery &q);
Interaction readInteraction(const QSqlQuery &q);
Promise readPromise(const QSqlQuery &q);

}  // namespace cd::rows
