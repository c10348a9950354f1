// SMS segment counting as the template editor's counter shows it: encoding, units, parts billed and
// what is left in the current part.
#include "Domain.h"
#include "SmsText.h"

#include <QTest>

using namespace cd;
using namespace cd::sms;

Q_DECLARE_METATYPE(cd::sms::Encoding)

class TstSmsText : public QObject
{
    Q_OBJECT

private slots:
    void count_data();
    void count();
};

void TstSmsText::count_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("parts");
    QTest::addColumn<int>("remaining");

    const QString zh = QStringLiteral("还");
    const QString emoji = QStringLiteral("😀");  // outside the BMP: a surrogate pair
    QTest::newRow("empty") << QString() << Encoding::Gsm7 << 0 << 0 << 160;
    QTest::newRow("ascii") << QStringLiteral("Your payment is due") << Encoding::Gsm7 << 19 << 1 << 141;
    QTest::newRow("ascii 160: one part") << QString(160, QLatin1Char('a')) << Encoding::Gsm7 << 160 << 1 << 0;
    QTest::newRow("ascii 161: two parts")
        << QString(161, QLatin1Char('a')) << Encoding::Gsm7 << 161 << 2 << 145;
    QTest::newRow("ascii 306: two full parts")
        << QString(306, QLatin1Char('a')) << Encoding::Gsm7 << 306 << 2 << 0;
    QTest::newRow("gsm extension chars take two") << QStringLiteral("{x}") << Encoding::Gsm7 << 5 << 1 << 155;
    QTest::newRow("gsm accented letters") << QStringLiteral("café") << Encoding::Gsm7 << 4 << 1 << 156;
    QTest::newRow("backtick is not GSM") << QStringLiteral("a`b") << Encoding::Ucs2 << 3 << 1 << 67;
    QTest::newRow("chinese") << QStringLiteral("您好，您本期应还1200元") << Encoding::Ucs2 << 13 << 1 << 57;
    QTest::newRow("chinese 70: one part") << zh.repeated(70) << Encoding::Ucs2 << 70 << 1 << 0;
    QTest::newRow("chinese 71: two parts") << zh.repeated(71) << Encoding::Ucs2 << 71 << 2 << 63;
    QTest::newRow("chinese 134: two full parts") << zh.repeated(134) << Encoding::Ucs2 << 134 << 2 << 0;
    QTest::newRow("chinese 135: three parts") << zh.repeated(135) << Encoding::Ucs2 << 135 << 3 << 66;
    QTest::newRow("mixed: one chinese char makes all ucs2")
        << QString(100, QLatin1Char('a')) + zh << Encoding::Ucs2 << 101 << 2 << 33;
    QTest::newRow("emoji counts two") << QStringLiteral("好") + emoji << Encoding::Ucs2 << 3 << 1 << 67;
    QTest::newRow("emoji in ascii text") << QStringLiteral("Hi ") + emoji << Encoding::Ucs2 << 5 << 1 << 65;
    QTest::newRow("35 emoji fill one part") << emoji.repeated(35) << Encoding::Ucs2 << 70 << 1 << 0;
    // 66 units then an emoji: the pair is not split, so the first part ends one unit short.
    QTest::newRow("emoji not split at part boundary")
        << zh.repeated(66) + emoji + zh.repeated(10) << Encoding::Ucs2 << 78 << 2 << 55;
}

void TstSmsText::count()
{
    QFETCH(QString, text);
    QFETCH(Encoding, encoding);
    QFETCH(int, units);
    QFETCH(int, parts);
    QFETCH(int, remaining);
    const SegmentInfo info = sms::count(text);
    QCOMPARE(enumKey(info.encoding), enumKey(encoding));
    QCOMPARE(info.units, units);
    QCOMPARE(info.parts, parts);
    QCOMPARE(info.remaining, remaining);
}

QTEST_GUILESS_MAIN(TstSmsText)
#include "tst_smstext.moc"
