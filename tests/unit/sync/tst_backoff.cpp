// Backoff: doubling from the start, capped, with jitter inside [base/2, base].
#include "Backoff.h"

#include <QTest>

using namespace cd;

class TestBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delay_data();
    void delay();
    void randomDrawStaysInRange();
};

void TestBackoff::delay_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<double>("random");
    QTest::addColumn<int>("expected");
    QTest::newRow("first reconnect, shortest") << 0 << 0.0 << 250;
    QTest::newRow("first reconnect, longest") << 0 << 1.0 << 500;
    QTest::newRow("second doubles") << 1 << 1.0 << 1000;
    QTest::newRow("sixth: 16 s") << 5 << 1.0 << 16000;
    QTest::newRow("seventh reaches the 30 s cap") << 6 << 1.0 << 30000;
    QTest::newRow("capped, shortest is half the cap") << 7 << 0.0 << 15000;
    QTest::newRow("hundredth does not overflow") << 100 << 1.0 << 30000;
    QTest::newRow("negative attempt acts as the first") << -3 << 1.0 << 500;
}

void TestBackoff::delay()
{
    QFETCH(int, attempt);
    QFETCH(double, random);
    QFETCH(int, expected);
    QCOMPARE(Backoff{}.delayMs(attempt, random), expected);
}

void TestBackoff::randomDrawStaysInRange()
{
    const Backoff b{100, 1000};
    bool spread = false;
    const int first = b.delayMs(3);
    for (int i = 0; i < 200; ++i) {
        const int d = b.delayMs(3);
        QVERIFY2(d >= 400 && d <= 800, qPrintable(QString::number(d)));
        spread |= d != first;
    }
    QVERIFY(spread);  // jitter: not every agent waits the same
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
