#pragma once
// Synthetic identity numbers for demo customers: zero-padded digits, resident ID numbers with their
// ISO 7064 check character, and bank card numbers with a Luhn digit. Used by DemoData.cpp only.
#include <QChar>
#include <QDate>
#include <QString>

namespace cd::demo {

/// `value` zero-padded to `width` digits.
QString digits(qint64 value, int width);
/// "20240301"
QString yyyymmdd(const QDate &d);
/// ISO 7064 MOD 11-2 check character over the first 17 digits of a resident ID number.
QChar idCheckChar(const QString &first17);
/// A 19-digit UnionPay-style debit card number (BIN 622202) derived from the ID number, with a Luhn
/// check digit: synthetic, stable per customer, and drawn without the generator's random stream.
QString demoBankCard(const QString &idNumber);

}  // namespace cd::demo
