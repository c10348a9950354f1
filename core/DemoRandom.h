#pragma once
// Deterministic random numbers for the demo data generator. Internal to core/.
#include <QList>
#include <QtGlobal>

#include <initializer_list>
#include <random>

namespace cd::demo {

// ---------------------------------------------------------------------------------------------
// Randomness. std::mt19937 is fully specified by the standard, but the std distributions are not,
// so the ranges are derived here: the same seed gives the same customers with any standard library.
// ---------------------------------------------------------------------------------------------
class Rng
{
public:
    explicit Rng(quint32 seed) : m_engine(seed) {}

    quint32 next() { return quint32(m_engine()); }

    /// Uniform integer in [lo, hi] (inclusive). Multiply-shift: no modulo bias worth mentioning.
    int range(int lo, int hi)
    {
        if (hi <= lo)
            return lo;
        const quint64 span = quint64(qint64(hi) - qint64(lo) + 1);
        return int(qint64(lo) + qint64((quint64(next()) * span) >> 32));
    }

    /// True with probability `perMille` / 1000.
    bool chance(int perMille) { return range(0, 999) < perMille; }

    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(range(0, int(list.size()) - 1));
    }

    /// Index into cumulative weights.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int x = range(0, total - 1);
        int i = 0;
        for (int w : weights) {
            if (x < w)
                return i;
            x -= w;
            ++i;
        }
        return i - 1;
    }

private:
    std::mt19937 m_engine;
};

}  // namespace cd::demo
