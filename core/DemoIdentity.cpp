#include "DemoIdentity.h"

namespace cd::demo {

QString digits(qint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

QString yyyymmdd(const QDate &d) { return digits(d.year(), 4) + digits(d.month(), 2) + digits(d.day(), 2); }

QChar idCheckChar(const QString &first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char map[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - u'0') * weights[i];
    return QLatin1Char(map[sum % 11]);
}

QString demoBankCard(const QString &idNumber)
{
    quint64 h = 1469598103934665603ULL;  // FNV-1a over the ID number
    for (QChar ch : idNumber) {
        h ^= ch.unicode();
        h *= 1099511628211ULL;
    }
    QString body = QStringLiteral("622202") + digits(qint64(h % 1000000000000ULL), 12);
    int sum = 0;
    for (int i = 0; i < body.size(); ++i) {
        int d = body.at(body.size() - 1 - i).unicode() - u'0';
        if (i % 2 == 0) {  // doubled: every second digit from the right of the final number
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return body + QChar(u'0' + (10 - sum % 10) % 10);
}

}  // namespace cd::demo
