// PasswordHasher: PBKDF2-HMAC-SHA256 matches the published test vectors, a hash verifies its own
// password and nothing else, every hash has its own salt and >= 100k iterations, and a stored hash
// that was tampered with (or downgraded to few iterations) never verifies.
#include "PasswordHasher.h"

#include <QElapsedTimer>
#include <QStringList>
#include <QTest>

using cd::server::PasswordHasher;

namespace {

struct Parts {
    QString scheme;
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

Parts split(const QString &stored)
{
    const QStringList p = stored.split(QLatin1Char('$'));
    if (p.size() != 4)
        return {};
    return Parts{p[0], p[1].toInt(), QByteArray::fromBase64(p[2].toLatin1()),
                 QByteArray::fromBase64(p[3].toLatin1())};
}

QString join(const Parts &p)
{
    return QStringList{p.scheme, QString::number(p.iterations), QString::fromLatin1(p.salt.toBase64()),
                       QString::fromLatin1(p.hash.toBase64())}
        .join(QLatin1Char('$'));
}

}  // namespace

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_password = QStringLiteral("催收-s3cret!");
        QElapsedTimer t;
        t.start();
        m_stored = PasswordHasher::hash(m_password);
        const qint64 hashMs = t.elapsed();
        t.restart();
        QVERIFY(PasswordHasher::verify(m_password, m_stored));
        qInfo("PBKDF2-HMAC-SHA256 x%d: hash %lld ms, verify %lld ms", PasswordHasher::DefaultIterations,
              hashMs, t.elapsed());
    }

    void rfcTestVectors_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<int>("iterations");
        QTest::addColumn<QByteArray>("expectedHex");
        // RFC 7914 section 11 (PBKDF2-HMAC-SHA256), and the classic RFC 6070 inputs with SHA-256.
        QTest::newRow("rfc7914 passwd/salt c=1")
            << QByteArray("passwd") << QByteArray("salt") << 1
            << QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d5"
                          "7c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30b"
                          "d509112041d3a19783");
        QTest::newRow("rfc7914 Password/NaCl c=80000")
            << QByteArray("Password") << QByteArray("NaCl") << 80000
            << QByteArray("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56a1d425a1225833549a"
                          "db841b51c"
                          "9b3176a272bdebba1d078478f62b397f33c8d");
        QTest::newRow("password/salt c=4096 dkLen=32")
            << QByteArray("password") << QByteArray("salt") << 4096
            << QByteArray("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
    }

    void rfcTestVectors()
    {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, salt);
        QFETCH(int, iterations);
        QFETCH(QByteArray, expectedHex);
        const QByteArray expected = QByteArray::fromHex(expectedHex);
        QCOMPARE(PasswordHasher::pbkdf2(password, salt, iterations, int(expected.size())).toHex(),
                 expectedHex);
    }

    void verifiesItsOwnPassword() { QVERIFY(PasswordHasher::verify(m_password, m_stored)); }

    void refusesOtherPasswords_data()
    {
        QTest::addColumn<QString>("attempt");
        QTest::newRow("wrong") << QStringLiteral("hunter2");
        QTest::newRow("empty") << QString();
        QTest::newRow("case differs") << m_password.toUpper();
        QTest::newRow("trailing newline") << m_password + QLatin1Char('\n');
        QTest::newRow("one character short") << m_password.chopped(1);
    }

    void refusesOtherPasswords()
    {
        QFETCH(QString, attempt);
        QVERIFY(!PasswordHasher::verify(attempt, m_stored));
    }

    void formatAndIterations()
    {
        const Parts p = split(m_stored);
        QCOMPARE(p.scheme, QStringLiteral("pbkdf2-sha256"));
        QVERIFY2(p.iterations >= 100'000, qPrintable(m_stored));
        QCOMPARE(p.salt.size(), 16);
        QCOMPARE(p.hash.size(), 32);
        QVERIFY(PasswordHasher::DefaultIterations >= PasswordHasher::MinIterations);
    }

    void everyHashHasItsOwnSalt()
    {
        const QString again = PasswordHasher::hash(m_password);
        const Parts a = split(m_stored), b = split(again);
        QVERIFY(a.salt != b.salt);
        QVERIFY(a.hash != b.hash);
        QVERIFY(PasswordHasher::verify(m_password, again));
    }

    void tamperedHashRefused_data()
    {
        QTest::addColumn<QString>("stored");
        const Parts good = split(m_stored);

        Parts p = good;
        p.hash[0] = char(p.hash[0] ^ 0x01);
        QTest::newRow("hash bit flipped") << join(p);
        p = good;
        p.salt[5] = char(p.salt[5] ^ 0x80);
        QTest::newRow("salt bit flipped") << join(p);
        p = good;
        p.iterations += 1;
        QTest::newRow("iterations changed") << join(p);
        // A hash that is right for the password but cheap to brute-force: refused as a downgrade.
        p = good;
        p.iterations = 1;
        p.hash = PasswordHasher::pbkdf2(m_password.toUtf8(), p.salt, 1, 32);
        QTest::newRow("valid hash downgraded to 1 iteration") << join(p);
        p = good;
        p.iterations = 99'999;
        p.hash = PasswordHasher::pbkdf2(m_password.toUtf8(), p.salt, 99'999, 32);
        QTest::newRow("valid hash below 100k iterations") << join(p);
        p = good;
        p.salt = p.salt.left(8);
        QTest::newRow("short salt") << join(p);
        p = good;
        p.hash = p.hash.left(16);
        QTest::newRow("truncated hash") << join(p);
        p = good;
        p.scheme = QStringLiteral("pbkdf2-sha1");
        QTest::newRow("other scheme") << join(p);
        QTest::newRow("huge iteration count")
            << QString(m_stored).replace(QStringLiteral("$120000$"), QStringLiteral("$2000000000$"));
        QTest::newRow("extra field") << m_stored + QStringLiteral("$x");
        QTest::newRow("not base64") << QString(m_stored).replace(good.salt.toBase64().left(4),
                                                                 QByteArray("!!!!"));
        QTest::newRow("empty") << QString();
        QTest::newRow("plain text password stored") << m_password;
    }

    void tamperedHashRefused()
    {
        QFETCH(QString, stored);
        QVERIFY(stored != m_stored);
        QVERIFY(!PasswordHasher::verify(m_password, stored));
    }

    void constantTimeEquals()
    {
        QVERIFY(PasswordHasher::constantTimeEquals(QByteArray("abc"), QByteArray("abc")));
        QVERIFY(!PasswordHasher::constantTimeEquals(QByteArray("abc"), QByteArray("abd")));
        QVERIFY(!PasswordHasher::constantTimeEquals(QByteArray("abc"), QByteArray("abcd")));
        QVERIFY(PasswordHasher::constantTimeEquals(QByteArray(), QByteArray()));
    }

private:
    QString m_password;
    QString m_stored;
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
