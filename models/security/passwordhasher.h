#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace rw {

/**
 * \brief Password hashing with a self-describing encoding: PBKDF2-HMAC-SHA256 (default) or scrypt,
 * through OpenSSL 3, a random salt per hash, constant-time verification.
 *
 * Encoded hashes follow the PHC string format, base64 without padding:
 *   $pbkdf2-sha256$i=600000$<salt>$<hash>
 *   $scrypt$ln=15,r=8,p=1$<salt>$<hash>
 * A hash carries its own algorithm and cost, so the defaults can be raised later: old hashes still
 * verify, and needsRehash() tells the login code to store a new hash after a successful sign-in.
 *
 * Why PBKDF2-HMAC-SHA256 with 600,000 iterations by default (reference/security.md §2, §3.2): it is
 * the OWASP Password Storage figure for PBKDF2 and costs ≈0.22–0.3 s on this class of machine,
 * the upper end of what a sign-in may take. The scrypt settings that fit the same time
 * (N=2^15, r=8, p=1: 32 MiB, ≈0.17 s) are below OWASP's scrypt minimum (N=2^17: 128 MiB, ≈0.5–0.8 s
 * here, beyond OpenSSL's default 32 MiB limit), and every concurrent sign-in would hold that memory
 * on a two-core server. PBKDF2 is also the construction a 密评 review can move to SM3 (PBKDF2-HMAC-SM3)
 * by swapping the digest. scrypt stays available through Parameters and verifies either way.
 *
 * Passwords are normalised to Unicode NFKC and hashed as UTF-8 (NIST SP 800-63B §5.1.1.2), so the
 * same password typed through different input methods verifies.
 *
 * Thread-safe: all methods are const and keep no state beyond the parameters.
 */
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(rw::PasswordHasher)

public:
    enum class Algorithm { Pbkdf2Sha256, Scrypt };

    struct Parameters
    {
        Algorithm algorithm = Algorithm::Pbkdf2Sha256;
        int iterations = 600000; //!< PBKDF2
        int scryptLogN = 15;     //!< scrypt N = 2^logN
        int scryptR = 8;
        int scryptP = 1;
        int saltBytes = 16; //!< 128 bits (NIST: at least 32)
        int hashBytes = 32;

        /** The production default: PBKDF2-HMAC-SHA256, 600,000 iterations. */
        static Parameters recommended() { return {}; }
        /** scrypt N=2^15, r=8, p=1 (32 MiB). */
        static Parameters scrypt(int logN = 15, int r = 8, int p = 1)
        {
            Parameters parameters;
            parameters.algorithm = Algorithm::Scrypt;
            parameters.scryptLogN = logN;
            parameters.scryptR = r;
            parameters.scryptP = p;
            return parameters;
        }
        /** PBKDF2 with \a iterations: cheap hashes for tests only. */
        static Parameters pbkdf2(int iterations)
        {
            Parameters parameters;
            parameters.iterations = iterations;
            return parameters;
        }

        friend bool operator==(const Parameters &, const Parameters &) = default;
    };

    /** A parsed encoded hash. */
    struct Decoded
    {
        Parameters parameters;
        QByteArray salt;
        QByteArray hash;
    };

    /** Hashes with Parameters::recommended(). */
    PasswordHasher();
    /** Hashes with \a parameters (tests pass cheaper ones; production raises them over the years). */
    explicit PasswordHasher(const Parameters &parameters);

    const Parameters &parameters() const { return m_parameters; }

    /** The encoded hash of \a password with a fresh salt; empty if the random generator or the KDF failed. */
    QString hash(const QString &password) const;

    /** Whether \a password matches \a encoded; false for an unreadable \a encoded. */
    bool verify(const QString &password, const QString &encoded) const;

    /**
     * True if \a encoded should be replaced by a hash with the current parameters: unreadable,
     * another algorithm, or a lower cost, salt or hash length than configured.
     */
    bool needsRehash(const QString &encoded) const;

    /** Parses an encoded hash; on error returns nothing and says why in \a error (translated). */
    static std::optional<Decoded> decode(const QString &encoded, QString *error = nullptr);
    static QString encode(const Decoded &decoded);

private:
    static QByteArray derive(const QString &password, const Parameters &parameters, const QByteArray &salt);

    Parameters m_parameters;
};

} // namespace rw
