#pragma once
// SMS segment counting for the template editor's live counter and the send dialog: how a text will be
// encoded and how many message parts the operator bills. Pure, no I/O.
//
// GSM-7 (GSM 03.38) while every character is in the GSM alphabet: 160 septets in a single message, 153
// per part when concatenated; characters of the extension table (^ { } \ [ ~ ] | € and form feed) take
// two septets. As soon as one character is outside the alphabet (any Chinese character) the whole text
// is UCS-2: 70 UTF-16 units single, 67 per part; a character outside the BMP (most emoji) is a
// surrogate pair and takes two units. Parts are packed the way handsets do: an escape sequence or a
// surrogate pair is never split across two parts, so a part may end one unit short.
#include <QObject>
#include <QString>

namespace cd::sms {
Q_NAMESPACE

enum class Encoding { Gsm7, Ucs2 };
Q_ENUM_NS(Encoding)

struct SegmentInfo {
    Encoding encoding = Encoding::Gsm7;
    int units = 0;      ///< septets (GSM-7) or UTF-16 code units (UCS-2) the whole text takes
    int parts = 0;      ///< message parts billed; 0 for an empty text
    int remaining = 0;  ///< units still free in the last (current) part before another part starts
    int perPart = 0;    ///< capacity of one part: 160/70 for a single message, 153/67 when concatenated
};

inline constexpr int Gsm7Single = 160;
inline constexpr int Gsm7PerPart = 153;
inline constexpr int Ucs2Single = 70;
inline constexpr int Ucs2PerPart = 67;

/// Septets of `c` in GSM-7: 1 (basic table), 2 (extension table) or 0 when GSM-7 cannot carry it.
int gsm7Septets(QChar c);

SegmentInfo count(const QString &text);

}  // namespace cd::sms
