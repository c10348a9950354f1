#pragma once
// Masking of personal data (脱敏) for display. Reveal is an audited action elsewhere.
#include <QString>

namespace cd::pii {

/// "110105199003071234" -> "110***********1234": first 3 and last 4 kept.
QString maskIdNumber(const QString &id);

/// "6222021234567890123" -> "6222 **** **** ***0123": first 4 and last 4 kept, in groups of 4.
QString maskBankCard(const QString &card);

/// True when `s` was masked (has the mask character): the client holds only masked copies of the
/// ID number and bank card of synced customers; the full value comes from customer.reveal.
bool isMasked(const QString &s);

/// "13812345678" -> "138****5678".
QString maskPhone(const QString &number);

/// "张伟" -> "张*": keeps the first character only.
QString maskName(const QString &name);

}  // namespace cd::pii
