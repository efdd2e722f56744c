#pragma once

#include "fieldcipher.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QString>
#include <QStringView>

namespace rw {

/**
 * \brief The keys of one officer's offline lookup cache, derived from the password the platform
 * accepted at sign-in (reference/security.md §3.2, §4.3; DESIGN §8).
 *
 *     master     = PBKDF2-HMAC-SHA256(NFKC(password) as UTF-8, salt, iterations, 32 bytes)
 *     encryption = HKDF-SHA256(master, info "rw lookup cache: field encryption")  → FieldCipher
 *     index      = HKDF-SHA256(master, info "rw lookup cache: blind index")       → blindIndex()
 *     check      = HKDF-SHA256(master, info "rw lookup cache: key check")
 *     checkValue = HMAC-SHA256(check, "rw lookup cache key check v1")
 *
 * The salt (16 random bytes, new for every cache and every re-key, so two users with one password get
 * different keys) and the iteration count live in the cache file (Record) with the key-check value,
 * which tells a wrong password from a right one without decrypting anything. The record carries a
 * SHA-256 digest of its own fields: a record that does not match its digest (a damaged file) is
 * Corrupt, one that matches but whose check value differs means WrongPassword.
 *
 * Cost: at least MinimumIterations = 310,000 (OWASP Password Storage Cheat Sheet, PBKDF2-HMAC-SHA256,
 * 2021), 600,000 by default (the same sheet since 2023; ≈0.22 s on this class of machine, the same
 * figure as PasswordHasher). A record asking for fewer is refused as Corrupt, so a tampered file cannot
 * downgrade the derivation; one asking for more than MaximumIterations too (it would hang the worker).
 *
 * derive(), create() and unlock() block for that long: never call them on the GUI thread;
 * deriveAsync() runs the derivation on QThreadPool::globalInstance(). Subkeys are separate, so the
 * blind index (HMAC digests stored next to the data) says nothing about the encryption key, and the
 * check value says nothing about either. Key bytes are wiped (OPENSSL_cleanse) on destruction.
 */
class CacheKey
{
    Q_DECLARE_TR_FUNCTIONS(rw::CacheKey)

public:
    static constexpr int MinimumIterations = 310000;
    static constexpr int DefaultIterations = 600000;
    static constexpr int MaximumIterations = 10000000;
    static constexpr int SaltSize = 16;
    static constexpr int KeySize = 32;
    static constexpr int CheckSize = 32;

    /** What the cache file keeps about its key. */
    struct Record
    {
        QByteArray salt;
        int iterations = 0;
        QByteArray checkValue;
        QByteArray
            digest; //!< SHA-256 over salt, iterations and check value: tells damage from a wrong password

        /** Sizes, iteration bounds and the digest all as they must be. */
        bool isWellFormed() const;
        static QByteArray digestOf(const QByteArray &salt, int iterations, const QByteArray &checkValue);
    };

    enum class Verdict {
        Match,         //!< the password opens the cache
        WrongPassword, //!< the record is intact and the password is not the one it was made with
        Corrupt,       //!< the record is damaged or asks for an unsafe cost: nothing can be told
    };

    CacheKey() = default;
    ~CacheKey();
    CacheKey(const CacheKey &) = default;
    CacheKey &operator=(const CacheKey &) = default;

    bool isValid() const { return m_encryption.size() == KeySize; }
    QByteArray salt() const { return m_salt; }
    int iterations() const { return m_iterations; }

    /** The keys of \a password with \a salt and \a iterations; invalid if a bound is broken or OpenSSL fails.
     * Blocks for the derivation. */
    static CacheKey derive(const QString &password, const QByteArray &salt, int iterations);
    /** derive() on the global thread pool: returns at once; the future holds the key. */
    static QFuture<CacheKey> deriveAsync(const QString &password, const QByteArray &salt, int iterations);
    /** A new key for \a password with a fresh random salt (a new cache, or a re-key). Blocks. */
    static CacheKey create(const QString &password, int iterations = DefaultIterations);
    /** 16 bytes from RAND_bytes; empty if the generator failed. */
    static QByteArray newSalt();

    /**
     * Checks \a record and derives the key of \a password from it. Corrupt without deriving anything
     * when the record is not well formed. Blocks for the derivation.
     */
    static Verdict unlock(const QString &password, const Record &record, CacheKey *key);

    /** The record to store for this key. */
    Record record() const;
    /** The key-check value (see above). */
    QByteArray checkValue() const { return m_checkValue; }

    /** The AES-256-GCM cipher of the cache's values. */
    FieldCipher cipher() const { return FieldCipher(m_encryption); }
    /**
     * The blind index of \a normalisedValue in \a field ("idNumber", "licence", "name"):
     * HMAC-SHA256(index key, field ‖ 0 ‖ value as UTF-8). Equal values of one field give equal digests,
     * so a lookup can find them; without the key the digest says nothing about the value.
     */
    QByteArray blindIndex(QStringView field, QStringView normalisedValue) const;

    /** Translated explanation of a verdict other than Match. */
    static QString verdictText(Verdict verdict);

private:
    QByteArray m_salt;
    int m_iterations = 0;
    QByteArray m_encryption;
    QByteArray m_index;
    QByteArray m_checkValue;
};

} // namespace rw
