#pragma once
// Masking of personal data (脱敏) for display. Reveal is an audited action elsewhere.
#include <QString>

namespace cd::pii {

/// "110105199003071234" -> "110***********1234": first 3 and last 4 kept.
QString maskIdNumber(const QString &id);

/// "13812345678" -> "138****5678".
QString maskPhone(const QString &number);

/// "张伟" -> "张*": keeps the first character only.
QString maskName(const QString &name);

}  // namespace cd::pii
