#include "Money.h"

namespace cd {

QString formatFen(Fen amount)
{
    const bool negative = amount < 0;
    const quint64 abs = negative ? quint64(-amount) : quint64(amount);
    QString whole = QString::number(abs / 100);
    for (int i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    const QString cents = QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
    return (negative ? QStringLiteral("-") : QString()) + whole + QLatin1Char('.') + cents;
}

}  // namespace cd
