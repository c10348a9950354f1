#pragma once
// Small readers shared by core/Rehearsal.cpp (personas, scenarios, scoring) and
// core/RehearsalSession.cpp (the session file): enum keys, date keys and the input error. Internal to
// the rehearsal module; nothing outside core/ includes it.
#include "Result.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonValue>
#include <QMetaEnum>
#include <optional>

namespace cd::rehearsal::keys {

template <typename E> std::optional<E> knownKey(const QString &key)
{
    bool ok = false;
    const int v = QMetaEnum::fromType<E>().keyToValue(key.toLatin1().constData(), &ok);
    return ok ? std::optional<E>(static_cast<E>(v)) : std::nullopt;
}

inline Error invalid(const QString &detail) { return Error{ErrorCode::InvalidInput, detail}; }

template <typename E> Result<QList<E>> readKeys(const QJsonValue &v, const QString &where)
{
    QList<E> out;
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        const auto k = knownKey<E>(a.at(i).toString());
        if (!k)
            return invalid(QStringLiteral("%1[%2]: unknown key '%3'").arg(where).arg(i).arg(a.at(i).toString()));
        out << *k;
    }
    return out;
}

inline QString dateKey(const QDate &d) { return d.toString(Qt::ISODate); }

}  // namespace cd::rehearsal::keys
