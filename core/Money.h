#pragma once
// Money is integer fen (分) everywhere: never a double, so sums are exact.
#include <QString>
#include <QtGlobal>

namespace cd {

using Fen = qint64;

constexpr Fen yuan(qint64 y) { return y * 100; }

/// "12,345.67" — plain digits with thousands separators; the UI adds the currency sign.
QString formatFen(Fen amount);

}  // namespace cd
