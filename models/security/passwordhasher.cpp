#include "passwordhasher.h"

#include "crypto.h"

#include <QHash>
#include <QStringList>

#include <openssl/evp.h>

namespace rw {

namespace {

const QString Pbkdf2Id = QStringLiteral("pbkdf2-sha256");
const QString ScryptId = QStringLiteral("scrypt");

// Bounds on what decode() accepts, so that a hash string edited in the database cannot make a
// sign-in run for minutes or allocate gigabytes.
constexpr int MaxIterations = 10'000'000;
constexpr int MaxScryptLogN = 22;
constexpr qint64 MaxScryptMemory = 512LL * 1024 * 1024;

QByteArray fromBase64(const QString &text, bool *ok)
{
    const QByteArray::FromBase64Result result = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    *ok = bool(result) && !text.contains(QLatin1Char('='));
    return result.decoded;
}

QString toBase64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

} // namespace

PasswordHasher::PasswordHasher()
    : PasswordHasher(Parameters::recommended())
{}

PasswordHasher::PasswordHasher(const Parameters &parameters)
    : m_parameters(parameters)
{}

QByteArray PasswordHasher::derive(const QString &password, const Parameters &parameters,
                                  const QByteArray &salt)
{
    QByteArray secret = password.normalized(QString::NormalizationForm_KC).toUtf8();
    QByteArray out(parameters.hashBytes, Qt::Uninitialized);
    bool ok = false;
    const auto *pass = secret.constData();
    const auto *saltBytes = reinterpret_cast<const unsigned char *>(salt.constData());
    auto *outBytes = reinterpret_cast<unsigned char *>(out.data());
    switch (parameters.algorithm) {
    case Algorithm::Pbkdf2Sha256:
        ok = PKCS5_PBKDF2_HMAC(pass, int(secret.size()), saltBytes, int(salt.size()), parameters.iterations,
                               EVP_sha256(), int(out.size()), outBytes) == 1;
        break;
    case Algorithm::Scrypt: {
        const quint64 n = quint64(1) << parameters.scryptLogN;
        const quint64 r = quint64(parameters.scryptR);
        const quint64 p = quint64(parameters.scryptP);
        // EVP_PBE_scrypt needs room for V (128·r·(N+2)) and B (128·r·p); its default limit is 32 MiB.
        const quint64 maxMemory = 128 * r * (n + 2) + 128 * r * p + 64 * 1024;
        ok = EVP_PBE_scrypt(pass, size_t(secret.size()), saltBytes, size_t(salt.size()), n, r, p, maxMemory,
                            outBytes, size_t(out.size())) == 1;
        break;
    }
    }
    crypto::cleanse(secret);
    if (!ok)
        return {};
    return out;
}

QString PasswordHasher::hash(const QString &password) const
{
    // The same ranges decode() accepts, so that every hash made here can be verified.
    if (m_parameters.saltBytes < 4 || m_parameters.saltBytes > 64 || m_parameters.hashBytes < 16 ||
        m_parameters.hashBytes > 64)
        return {};
    Decoded decoded;
    decoded.parameters = m_parameters;
    decoded.salt = crypto::randomBytes(m_parameters.saltBytes);
    if (decoded.salt.size() != m_parameters.saltBytes)
        return {};
    decoded.hash = derive(password, m_parameters, decoded.salt);
    if (decoded.hash.isEmpty())
        return {};
    return encode(decoded);
}

bool PasswordHasher::verify(const QString &password, const QString &encoded) const
{
    const std::optional<Decoded> decoded = decode(encoded);
    if (!decoded)
        return false;
    QByteArray computed = derive(password, decoded->parameters, decoded->salt);
    const bool equal = !computed.isEmpty() && crypto::equalConstantTime(computed, decoded->hash);
    crypto::cleanse(computed);
    return equal;
}

bool PasswordHasher::needsRehash(const QString &encoded) const
{
    const std::optional<Decoded> decoded = decode(encoded);
    if (!decoded)
        return true;
    const Parameters &old = decoded->parameters;
    const Parameters &now = m_parameters;
    if (old.algorithm != now.algorithm || decoded->salt.size() < now.saltBytes ||
        decoded->hash.size() < now.hashBytes)
        return true;
    switch (now.algorithm) {
    case Algorithm::Pbkdf2Sha256:
        return old.iterations < now.iterations;
    case Algorithm::Scrypt:
        return old.scryptLogN < now.scryptLogN || old.scryptR < now.scryptR || old.scryptP < now.scryptP;
    }
    return true;
}

QString PasswordHasher::encode(const Decoded &decoded)
{
    const Parameters &p = decoded.parameters;
    QString head;
    switch (p.algorithm) {
    case Algorithm::Pbkdf2Sha256:
        head = QStringLiteral("$%1$i=%2").arg(Pbkdf2Id).arg(p.iterations);
        break;
    case Algorithm::Scrypt:
        head = QStringLiteral("$%1$ln=%2,r=%3,p=%4")
                   .arg(ScryptId)
                   .arg(p.scryptLogN)
                   .arg(p.scryptR)
                   .arg(p.scryptP);
        break;
    }
    return head + QLatin1Char('$') + toBase64(decoded.salt) + QLatin1Char('$') + toBase64(decoded.hash);
}

std::optional<PasswordHasher::Decoded> PasswordHasher::decode(const QString &encoded, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Decoded> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // "$id$params$salt$hash" splits into "", id, params, salt, hash.
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 5 || !parts.at(0).isEmpty())
        return fail(tr("password hash: expected \"$algorithm$parameters$salt$hash\", found %n part(s)", "",
                       int(parts.size()) - 1));
    Decoded decoded;
    const QString &id = parts.at(1);
    QHash<QString, int> values;
    for (const QString &item : parts.at(2).split(QLatin1Char(','))) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        bool ok = false;
        const int value = eq > 0 ? item.mid(eq + 1).toInt(&ok) : 0;
        if (!ok || value <= 0 || values.contains(item.left(eq)))
            return fail(
                tr("password hash: parameter \"%1\" is not name=positive number, or repeated").arg(item));
        values.insert(item.left(eq), value);
    }
    auto takeParameter = [&values](const QString &name, int *out) {
        if (!values.contains(name))
            return false;
        *out = values.take(name);
        return true;
    };
    Parameters &p = decoded.parameters;
    if (id == Pbkdf2Id) {
        p.algorithm = Algorithm::Pbkdf2Sha256;
        if (!takeParameter(QStringLiteral("i"), &p.iterations) || !values.isEmpty())
            return fail(tr("password hash: %1 takes exactly the parameter i (iterations), found \"%2\"")
                            .arg(id, parts.at(2)));
        if (p.iterations > MaxIterations)
            return fail(tr("password hash: %1 iterations exceed the limit of %2")
                            .arg(p.iterations)
                            .arg(MaxIterations));
    } else if (id == ScryptId) {
        p.algorithm = Algorithm::Scrypt;
        if (!takeParameter(QStringLiteral("ln"), &p.scryptLogN) ||
            !takeParameter(QStringLiteral("r"), &p.scryptR) ||
            !takeParameter(QStringLiteral("p"), &p.scryptP) || !values.isEmpty())
            return fail(tr("password hash: %1 takes exactly the parameters ln, r and p, found \"%2\"")
                            .arg(id, parts.at(2)));
        const qint64 memory = 128LL * p.scryptR * (qint64(1) << qMin(p.scryptLogN, 62));
        if (p.scryptLogN > MaxScryptLogN || p.scryptR > 64 || p.scryptP > 64 || memory > MaxScryptMemory)
            return fail(
                tr("password hash: scrypt ln=%1, r=%2, p=%3 exceeds the limits (ln ≤ %4, r ≤ 64, p ≤ 64, "
                   "memory ≤ %5 MiB)")
                    .arg(p.scryptLogN)
                    .arg(p.scryptR)
                    .arg(p.scryptP)
                    .arg(MaxScryptLogN)
                    .arg(MaxScryptMemory / (1024 * 1024)));
    } else {
        return fail(
            tr("password hash: unknown algorithm \"%1\" (known: %2, %3)").arg(id, Pbkdf2Id, ScryptId));
    }
    bool saltOk = false;
    bool hashOk = false;
    decoded.salt = fromBase64(parts.at(3), &saltOk);
    decoded.hash = fromBase64(parts.at(4), &hashOk);
    // NIST SP 800-63B: salts of at least 32 bits; hash() makes 128-bit ones by default.
    if (!saltOk || decoded.salt.size() < 4 || decoded.salt.size() > 64)
        return fail(tr("password hash: the salt must be 4 to 64 bytes in base64 without padding"));
    if (!hashOk || decoded.hash.size() < 16 || decoded.hash.size() > 64)
        return fail(tr("password hash: the hash must be 16 to 64 bytes in base64 without padding"));
    p.saltBytes = int(decoded.salt.size());
    p.hashBytes = int(decoded.hash.size());
    if (error)
        error->clear();
    return decoded;
}

} // namespace rw
