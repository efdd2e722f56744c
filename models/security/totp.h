#pragma once

#include "crypto.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace rw {

class Clock;

/**
 * \brief Time-based one-time passwords (RFC 6238) over HOTP (RFC 4226): the second factor of
 * DESIGN §8 (GB/T 22239-2019 §8.1.4.1 d: two factors, one of them cryptographic).
 *
 * T = floor(Unix time / period), period 30 s by default; HOTP = dynamic truncation of
 * HMAC(secret, T as 8 bytes big-endian) to 6–8 digits; HMAC-SHA1 (what every authenticator app
 * supports), SHA-256 or SHA-512.
 *
 * verify() accepts the current step and one step on either side (clock drift and typing time),
 * compares codes in constant time, and refuses a code whose step is not later than the last one
 * accepted for the account (RFC 6238 §5.2, ASVS 2.8.4: each code once). The caller stores the
 * returned step (account_totp.last_step) and counts a failure against the lockout.
 */
class Totp
{
    Q_DECLARE_TR_FUNCTIONS(rw::Totp)

public:
    enum class Algorithm { Sha1, Sha256, Sha512 };

    struct Verification
    {
        enum class Outcome {
            Accepted,
            Malformed, //!< not exactly digits() digits
            Wrong,     //!< matches none of the steps in the window
            Replayed,  //!< matches a step already used (or older)
        };
        Outcome outcome = Outcome::Wrong;
        qint64 step = -1; //!< the matched step; store it as the new last accepted step
        QString message;  //!< translated; empty when accepted

        bool accepted() const { return outcome == Outcome::Accepted; }
    };

    static constexpr int DefaultDigits = 6;
    static constexpr int DefaultPeriodSeconds = 30;
    static constexpr int DefaultWindow = 1;
    static constexpr int RecommendedSecretBytes = 20; //!< 160 bits (RFC 4226 §4)

    explicit Totp(QByteArray secret, Algorithm algorithm = Algorithm::Sha1, int digits = DefaultDigits,
                  int periodSeconds = DefaultPeriodSeconds);

    /** A secret of at least 128 bits (NIST: 112), 6–8 digits, a period of at least a second. */
    bool isValid() const;

    const QByteArray &secret() const { return m_secret; }
    Algorithm algorithm() const { return m_algorithm; }
    int digits() const { return m_digits; }
    int periodSeconds() const { return m_period; }
    /** Steps accepted on either side of the current one (default 1). */
    int window() const { return m_window; }
    void setWindow(int steps) { m_window = qMax(0, steps); }

    /** RFC 4226 HOTP value of \a counter, zero-padded to \a digits; empty on error. */
    static QString hotp(const QByteArray &key, quint64 counter, int digits,
                        Algorithm algorithm = Algorithm::Sha1);

    qint64 stepAt(const QDateTime &at) const;
    QString codeAt(const QDateTime &at) const;
    QString codeForStep(qint64 step) const;

    /** Checks \a code at \a clock's time; \a lastAcceptedStep is −1 for an account that never used one. */
    Verification verify(const QString &code, const Clock &clock, qint64 lastAcceptedStep = -1) const;
    Verification verifyAt(const QString &code, const QDateTime &at, qint64 lastAcceptedStep = -1) const;

    /**
     * otpauth://totp/Issuer:account?secret=BASE32&issuer=Issuer&algorithm=SHA1&digits=6&period=30,
     * the Key URI Format that authenticator apps read from a QR code.
     */
    QString provisioningUri(const QString &issuer, const QString &accountName) const;

    /** A fresh random secret of \a bytes bytes (RAND_priv_bytes); empty if the generator failed. */
    static QByteArray generateSecret(int bytes = RecommendedSecretBytes);

    static QString algorithmName(Algorithm algorithm); //!< "SHA1", "SHA256", "SHA512"
    static std::optional<Algorithm> algorithmFromName(const QString &name);

private:
    static crypto::Digest digestOf(Algorithm algorithm);

    QByteArray m_secret;
    Algorithm m_algorithm;
    int m_digits;
    int m_period;
    int m_window = DefaultWindow;
};

} // namespace rw
