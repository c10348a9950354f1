#include "LocalTime.h"

#include <QHash>
#include <QTimeZone>

namespace cd::server {

int utcOffsetSeconds(const QString &timeZoneId, const QDateTime &at)
{
    constexpr int ChinaStandardTime = 8 * 3600;
    thread_local QHash<QString, QTimeZone> cache;
    auto it = cache.find(timeZoneId);
    if (it == cache.end())
        it = cache.insert(timeZoneId, QTimeZone(timeZoneId.toLatin1()));
    if (!it->isValid())
        return ChinaStandardTime;
    return it->offsetFromUtc(at.isValid() ? at : QDateTime::currentDateTimeUtc());
}

QDate localDate(const QString &timeZoneId, const QDateTime &at)
{
    return at.toUTC().addSecs(utcOffsetSeconds(timeZoneId, at)).date();
}

}  // namespace cd::server
