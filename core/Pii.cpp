#include "Pii.h"

namespace cd::pii {

namespace {
QString keepEnds(const QString &s, int head, int tail)
{
    if (s.size() <= head + tail)
        return QString(s.size(), QLatin1Char('*'));
    return s.left(head) + QString(s.size() - head - tail, QLatin1Char('*')) + s.right(tail);
}
}  // namespace

QString maskIdNumber(const QString &id) { return keepEnds(id, 3, 4); }

QString maskBankCard(const QString &card)
{
    const QString masked = keepEnds(card, 4, 4);
    QString grouped;
    for (int i = 0; i < masked.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            grouped += QLatin1Char(' ');
        grouped += masked.at(i);
    }
    return grouped;
}

bool isMasked(const QString &s) { return s.contains(QLatin1Char('*')); }

QString maskPhone(const QString &number) { return keepEnds(number, 3, 4); }

QString maskName(const QString &name)
{
    if (name.size() <= 1)
        return name;
    return name.left(1) + QString(name.size() - 1, QLatin1Char('*'));
}

}  // namespace cd::pii
