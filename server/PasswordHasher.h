#pragma once
// Password hashes for the users table: PBKDF2-HMAC-SHA256 (RFC 8018) over QMessageAuthenticationCode,
// a 16-byte random salt per hash, stored as "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>".
// The iteration count travels with the hash, so raising DefaultIterations later re-hashes nothing and
// old hashes still verify. Stateless and thread-safe: the hub verifies on a worker thread.
#include <QByteArray>
#include <QString>

namespace cd::server {

class PasswordHasher
{
public:
    static constexpr int DefaultIterations = 120'000;
    static constexpr int MinIterations = 100'000;     ///< hashes with fewer are refused (downgrade)
    static constexpr int MaxIterations = 10'000'000;  ///< and with more (a tampered row must not stall us)
    static constexpr int SaltBytes = 16;
    static constexpr int HashBytes = 32;

    /// A new hash of `password` with a fresh random salt.
    static QString hash(const QString &password, int iterations = DefaultIterations);
    /// True when `password` matches `stored`. A malformed or tampered `stored` never matches.
    /// The comparison of the derived keys takes the same time wherever they differ.
    static bool verify(const QString &password, const QString &stored);

    /// Raw PBKDF2-HMAC-SHA256 (exposed for the RFC test vectors).
    static QByteArray pbkdf2(const QByteArray &password, const QByteArray &salt, int iterations, int length);
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

}  // namespace cd::server
