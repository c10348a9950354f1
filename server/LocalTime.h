#pragma once
// The debtor's clock: offsets of the customers' IANA zones, cached (few zones, asked thousands of times
// while seeding). Unknown zones count as China Standard Time.
#include <QDateTime>
#include <QString>

namespace cd::server {

int utcOffsetSeconds(const QString &timeZoneId, const QDateTime &at);
QDate localDate(const QString &timeZoneId, const QDateTime &at);

}  // namespace cd::server
