// Runs the real collectdesk executable with --demo --screenshot (as run-demo does without a display)
// in each language and checks that every main view was written as a PNG that is not blank.
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesEveryView_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("simplified-chinese") << QStringLiteral("zh_CN");
        QTest::newRow("english") << QStringLiteral("en");
    }

    void writesEveryView()
    {
        QFETCH(QString, lang);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(COLLECTDESK_BIN),
                  {QStringLiteral("--demo"), QStringLiteral("--lang"), lang, QStringLiteral("--screenshot"),
                   dir.filePath(QStringLiteral("shots"))});
        QVERIFY(app.waitForFinished(120000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());

        const QStringList printed =
            QString::fromUtf8(app.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList expected = {QStringLiteral("01-workstation-loans.png"),
                                      QStringLiteral("02-workstation-payments.png"),
                                      QStringLiteral("03-workstation-contact-history.png"),
                                      QStringLiteral("04-call-connected.png"),
                                      QStringLiteral("05-dtmf-keypad.png"),
                                      QStringLiteral("06-disposition.png"),
                                      QStringLiteral("07-after-wrap-up.png"),
                                      QStringLiteral("08-keyboard-shortcuts.png"),
                                      QStringLiteral("12-rehearsal.png"),
                                      QStringLiteral("13-rehearsal-review.png")};
        QCOMPARE(printed.size(), expected.size());
        for (const QString &name : expected) {
            const QString path = dir.filePath(QStringLiteral("shots/") + name);
            QVERIFY2(printed.contains(path), qPrintable(path));
            QImage img(path);
            QVERIFY2(!img.isNull(), qPrintable(path));
            QVERIFY2(img.width() >= 150 && img.height() >= 100, qPrintable(path));
            // Not blank: many colours, and a fair share of dark (text) pixels.
            QSet<QRgb> colours;
            qint64 dark = 0, total = 0;
            for (int y = 0; y < img.height(); y += 2) {
                for (int x = 0; x < img.width(); x += 2) {
                    const QRgb p = img.pixel(x, y);
                    colours.insert(p);
                    dark += qGray(p) < 110;
                    ++total;
                }
            }
            QVERIFY2(colours.size() > 40,
                     qPrintable(QStringLiteral("%1: %2 colours").arg(path).arg(colours.size())));
            QVERIFY2(dark * 1000 / total >= 5, qPrintable(QStringLiteral("%1: almost no text").arg(path)));
        }
    }
};

QTEST_GUILESS_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
