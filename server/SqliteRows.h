#pragma once
// Column conventions of the SQLite schema, shared by SqliteStorage's queries: instants are ISO-8601
// UTC text with milliseconds (sorts as text), local dates "yyyy-MM-dd", enums their key, customer
// flags an integer bit set, task reasons comma-separated keys, money integer fen. NULL = unset.
#include "Entities.h"

#include <QSqlQuery>
#include <QVariant>

namespace cd::server::sqlrows {

QVariant time(const QDateTime &t);
QDateTime toTime(const QVariant &v);
QVariant date(const QDate &d);
QDate toDate(const QVariant &v);
QVariant text(const QString &s);  ///< NULL for an empty string

template <typename E> E toEnum(const QVariant &v, E fallback)
{
    return enumFromKey<E>(v.toString(), fallback);
}

QString reasonsKey(const QList<ReasonCode> &reasons);
QList<ReasonCode> toReasons(const QVariant &v);

// Readers of one row, columns in the order of the matching *Columns constant.
QString fromRiskFactors(const QList<RiskFactor> &factors);  ///< "BrokenPromise,Refusal"
QList<RiskFactor> toRiskFactors(const QVariant &v);
Customer readCustomer(const QSqlQuery &q);
Phone readPhone(const QSqlQuery &q);
Task readTask(const QSqlQuery &q);
Interaction readInteraction(const QSqlQuery &q);
Promise readPromise(const QSqlQuery &q);

extern const char *const CustomerColumns;
extern const char *const PhoneColumns;
extern const char *const TaskColumns;
extern const char *const InteractionColumns;
extern const char *const PromiseColumns;

}  // namespace cd::server::sqlrows
