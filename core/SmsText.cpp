#include "SmsText.h"

#include <QList>

namespace cd::sms {

namespace {

// GSM 03.38 basic character set (the default alphabet), as Unicode.
const QString &basicTable()
{
    static const QString table =
        QString::fromUtf8("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                          "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
    return table;
}

// The extension table: sent as ESC + character, two septets.
const QString &extensionTable()
{
    static const QString table = QString::fromUtf8("^{}\\[~]|€\f");
    return table;
}

}  // namespace

int gsm7Septets(QChar c)
{
    if (basicTable().contains(c))
        return 1;
    if (extensionTable().contains(c))
        return 2;
    return 0;
}

SegmentInfo count(const QString &text)
{
    SegmentInfo info;
    // Unit sizes of the indivisible pieces: a GSM escape sequence, a surrogate pair.
    QList<int> pieces;
    pieces.reserve(text.size());
    bool gsm = true;
    for (QChar c : text) {
        if (gsm7Septets(c) == 0) {
            gsm = false;
            break;
        }
    }
    if (gsm) {
        for (QChar c : text)
            pieces.append(gsm7Septets(c));
    } else {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                pieces.append(2);
                ++i;
            } else {
                pieces.append(1);
            }
        }
    }
    info.encoding = gsm ? Encoding::Gsm7 : Encoding::Ucs2;
    for (int p : std::as_const(pieces))
        info.units += p;

    const int single = gsm ? Gsm7Single : Ucs2Single;
    if (info.units <= single) {
        info.perPart = single;
        info.parts = info.units == 0 ? 0 : 1;
        info.remaining = single - info.units;
        return info;
    }
    info.perPart = gsm ? Gsm7PerPart : Ucs2PerPart;
    int used = 0;
    info.parts = 1;
    for (int p : std::as_const(pieces)) {
        if (used + p > info.perPart) {
            ++info.parts;
            used = 0;
        }
        used += p;
    }
    info.remaining = info.perPart - used;
    return info;
}

}  // namespace cd::sms
