#include "totp.h"

#include "base32.h"
#include "domain/clock.h"

#include <QUrl>

namespace rw {

namespace {

constexpr quint32 Powers[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

} // namespace

Totp::Totp(QByteArray secret, Algorithm algorithm, int digits, int periodSeconds)
    : m_secret(std::move(secret))
    , m_algorithm(algorithm)
    , m_digits(digits)
    , m_period(periodSeconds)
{}

bool Totp::isValid() const
{
    return m_secret.size() >= 16 && m_digits >= 6 && m_digits <= 8 && m_period >= 1;
}

crypto::Digest Totp::digestOf(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Sha1:
        return crypto::Digest::Sha1;
    case Algorithm::Sha256:
        return crypto::Digest::Sha256;
    case Algorithm::Sha512:
        return crypto::Digest::Sha512;
    }
    return crypto::Digest::Sha1;
}

QString Totp::hotp(const QByteArray &key, quint64 counter, int digits, Algorithm algorithm)
{
    if (digits < 1 || digits > 8)
        return {};
    char message[8];
    for (int i = 7; i >= 0; --i) {
        message[i] = char(counter & 0xff);
        counter >>= 8;
    }
    const QByteArray mac = crypto::hmac(digestOf(algorithm), key, {QByteArrayView(message, 8)});
    if (mac.isEmpty())
        return {};
    // RFC 4226 §5.3 dynamic truncation: the low nibble of the last byte picks 4 bytes; drop the top bit.
    const int offset = quint8(mac.at(mac.size() - 1)) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24) |
                           (quint32(quint8(mac.at(offset + 1))) << 16) |
                           (quint32(quint8(mac.at(offset + 2))) << 8) | quint32(quint8(mac.at(offset + 3)));
    return QStringLiteral("%1").arg(binary % Powers[digits], digits, 10, QLatin1Char('0'));
}

qint64 Totp::stepAt(const QDateTime &at) const
{
    return floorDiv(at.toMSecsSinceEpoch(), qint64(m_period) * 1000);
}

QString Totp::codeForStep(qint64 step) const
{
    if (!isValid() || step < 0)
        return {};
    return hotp(m_secret, quint64(step), m_digits, m_algorithm);
}

QString Totp::codeAt(const QDateTime &at) const
{
    return codeForStep(stepAt(at));
}

Totp::Verification Totp::verify(const QString &code, const Clock &clock, qint64 lastAcceptedStep) const
{
    return verifyAt(code, clock.now(), lastAcceptedStep);
}

Totp::Verification Totp::verifyAt(const QString &code, const QDateTime &at, qint64 lastAcceptedStep) const
{
    Verification result;
    QString typed = code;
    typed.remove(QLatin1Char(' '));
    bool digitsOnly = typed.size() == m_digits;
    for (const QChar c : typed)
        digitsOnly = digitsOnly && c >= u'0' && c <= u'9';
    if (!isValid() || !digitsOnly) {
        result.outcome = Verification::Outcome::Malformed;
        result.message = tr("The one-time code must be exactly %n digit(s).", "", m_digits);
        return result;
    }
    const QByteArray typedBytes = typed.toLatin1();
    const qint64 now = stepAt(at);
    // Every step of the window is computed and compared, whatever matches, so the time taken does not
    // tell which step (if any) matched.
    qint64 accepted = -1;
    qint64 replayed = -1;
    for (qint64 step = now - m_window; step <= now + m_window; ++step) {
        const QByteArray expected = codeForStep(step).toLatin1();
        const bool match = !expected.isEmpty() && crypto::equalConstantTime(expected, typedBytes);
        if (match && step > lastAcceptedStep && accepted < 0)
            accepted = step;
        else if (match && step <= lastAcceptedStep)
            replayed = step;
    }
    if (accepted >= 0) {
        result.outcome = Verification::Outcome::Accepted;
        result.step = accepted;
        return result;
    }
    if (replayed >= 0) {
        result.outcome = Verification::Outcome::Replayed;
        result.step = replayed;
        result.message = tr(
            "This one-time code was already used; wait for the next one (every %n second(s)).", "", m_period);
        return result;
    }
    result.outcome = Verification::Outcome::Wrong;
    result.message =
        tr("The one-time code is wrong or too old (codes are accepted up to %n step(s) away).", "", m_window);
    return result;
}

QString Totp::provisioningUri(const QString &issuer, const QString &accountName) const
{
    const QString issuerEncoded = QString::fromLatin1(QUrl::toPercentEncoding(issuer));
    const QString label =
        issuerEncoded + QLatin1Char(':') + QString::fromLatin1(QUrl::toPercentEncoding(accountName));
    return QStringLiteral("otpauth://totp/%1?secret=%2&issuer=%3&algorithm=%4&digits=%5&period=%6")
        .arg(label, Base32::encode(m_secret), issuerEncoded, algorithmName(m_algorithm))
        .arg(m_digits)
        .arg(m_period);
}

QByteArray Totp::generateSecret(int bytes)
{
    return crypto::privateRandomBytes(bytes);
}

QString Totp::algorithmName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Sha1:
        return QStringLiteral("SHA1");
    case Algorithm::Sha256:
        return QStringLiteral("SHA256");
    case Algorithm::Sha512:
        return QStringLiteral("SHA512");
    }
    return {};
}

std::optional<Totp::Algorithm> Totp::algorithmFromName(const QString &name)
{
    for (Algorithm algorithm : {Algorithm::Sha1, Algorithm::Sha256, Algorithm::Sha512}) {
        if (name.compare(algorithmName(algorithm), Qt::CaseInsensitive) == 0)
            return algorithm;
    }
    return std::nullopt;
}

} // namespace rw
