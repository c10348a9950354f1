#include "PasswordHasher.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStringList>
#include <QtEndian>

namespace cd::server {

namespace {
const QString Scheme = QStringLiteral("pbkdf2-sha256");
}

QByteArray PasswordHasher::pbkdf2(const QByteArray &password, const QByteArray &salt, int iterations,
                                  int length)
{
    constexpr int DigestBytes = 32;
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    QByteArray out;
    out.reserve(length);
    for (quint32 block = 1; out.size() < length; ++block) {
        char counter[4];
        qToBigEndian(block, counter);
        mac.reset();
        mac.addData(salt);
        mac.addData(counter, 4);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            for (int k = 0; k < DigestBytes; ++k)
                t[k] = char(t[k] ^ u[k]);
        }
        out += t.left(length - out.size());
    }
    return out;
}

bool PasswordHasher::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QString PasswordHasher::hash(const QString &password, int iterations)
{
    quint32 words[SaltBytes / 4];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray salt(reinterpret_cast<const char *>(words), SaltBytes);
    const QByteArray derived = pbkdf2(password.toUtf8(), salt, iterations, HashBytes);
    return QStringList{Scheme, QString::number(iterations), QString::fromLatin1(salt.toBase64()),
                       QString::fromLatin1(derived.toBase64())}
        .join(QLatin1Char('$'));
}

bool PasswordHasher::verify(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != Scheme)
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < MinIterations || iterations > MaxIterations)
        return false;
    const auto salt =
        QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto expected =
        QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !expected || salt.decoded.size() < SaltBytes || expected.decoded.size() != HashBytes)
        return false;
    return constantTimeEquals(pbkdf2(password.toUtf8(), salt.decoded, iterations, HashBytes),
                              expected.decoded);
}

}  // namespace cd::server
