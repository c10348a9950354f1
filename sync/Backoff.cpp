#include "Backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace cd {

int Backoff::delayMs(int attempt, double random01) const
{
    const int cap = std::max(1, capMs);
    qint64 base = std::max(1, startMs);
    for (int i = 0; i < attempt && base < cap; ++i)
        base *= 2;
    base = std::min<qint64>(base, cap);
    const double r = std::clamp(random01, 0.0, 1.0);
    return int(base / 2 + qint64(double(base - base / 2) * r));
}

int Backoff::delayMs(int attempt) const
{
    return delayMs(attempt, QRandomGenerator::global()->generateDouble());
}

}  // namespace cd
