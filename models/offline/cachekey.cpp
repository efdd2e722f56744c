#include "cachekey.h"

#include "security/crypto.h"

#include <QCryptographicHash>
#include <QPromise>
#include <QThreadPool>
#include <QtEndian>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <memory>

namespace rw {

namespace {

struct KdfDeleter
{
    void operator()(EVP_KDF *kdf) const { EVP_KDF_free(kdf); }
    void operator()(EVP_KDF_CTX *ctx) const { EVP_KDF_CTX_free(ctx); }
};

/** HKDF-SHA256 (RFC 5869) of \a master with \a info: one 32-byte subkey. Empty on failure. */
QByteArray hkdf(const QByteArray &master, const char *info)
{
    static const char salt[] = "RideWatch lookup cache HKDF salt v1";
    std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    if (!kdf)
        return {};
    std::unique_ptr<EVP_KDF_CTX, KdfDeleter> ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx)
        return {};
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, const_cast<char *>("SHA256"), 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<char *>(master.constData()),
                                          size_t(master.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char *>(salt), sizeof(salt) - 1),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char *>(info), qstrlen(info)),
        OSSL_PARAM_construct_end()};
    QByteArray out(CacheKey::KeySize, Qt::Uninitialized);
    if (EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       params) != 1) {
        crypto::cleanse(out);
        return {};
    }
    return out;
}

} // namespace

bool CacheKey::Record::isWellFormed() const
{
    return salt.size() == SaltSize && iterations >= MinimumIterations && iterations <= MaximumIterations &&
           checkValue.size() == CheckSize &&
           crypto::equalConstantTime(digest, digestOf(salt, iterations, checkValue));
}

QByteArray CacheKey::Record::digestOf(const QByteArray &salt, int iterations, const QByteArray &checkValue)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("rw lookup cache key record v1");
    hash.addData(salt);
    const quint32 big = qToBigEndian(quint32(iterations));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&big), sizeof big));
    hash.addData(checkValue);
    return hash.result();
}

CacheKey::~CacheKey()
{
    crypto::cleanse(m_encryption);
    crypto::cleanse(m_index);
}

QByteArray CacheKey::newSalt()
{
    return crypto::randomBytes(SaltSize);
}

CacheKey CacheKey::derive(const QString &password, const QByteArray &salt, int iterations)
{
    if (salt.size() != SaltSize || iterations < MinimumIterations || iterations > MaximumIterations)
        return {};
    // NIST SP 800-63B §5.1.1.2: the same password typed through another input method derives the same key.
    QByteArray secret = password.normalized(QString::NormalizationForm_KC).toUtf8();
    QByteArray master(KeySize, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
                                     reinterpret_cast<const unsigned char *>(salt.constData()),
                                     int(salt.size()), iterations, EVP_sha256(), KeySize,
                                     reinterpret_cast<unsigned char *>(master.data()));
    crypto::cleanse(secret);
    CacheKey key;
    if (ok == 1) {
        key.m_encryption = hkdf(master, "rw lookup cache: field encryption");
        key.m_index = hkdf(master, "rw lookup cache: blind index");
        QByteArray check = hkdf(master, "rw lookup cache: key check");
        if (!check.isEmpty())
            key.m_checkValue = crypto::hmac(crypto::Digest::Sha256, check, {"rw lookup cache key check v1"});
        crypto::cleanse(check);
    }
    crypto::cleanse(master);
    if (key.m_encryption.size() != KeySize || key.m_index.size() != KeySize ||
        key.m_checkValue.size() != CheckSize)
        return {};
    key.m_salt = salt;
    key.m_iterations = iterations;
    return key;
}

QFuture<CacheKey> CacheKey::deriveAsync(const QString &password, const QByteArray &salt, int iterations)
{
    auto promise = std::make_shared<QPromise<CacheKey>>();
    QFuture<CacheKey> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, password, salt, iterations] {
        promise->addResult(derive(password, salt, iterations));
        promise->finish();
    });
    return future;
}

CacheKey CacheKey::create(const QString &password, int iterations)
{
    const QByteArray salt = newSalt();
    if (salt.size() != SaltSize)
        return {};
    return derive(password, salt, iterations);
}

CacheKey::Verdict CacheKey::unlock(const QString &password, const Record &record, CacheKey *key)
{
    if (!record.isWellFormed())
        return Verdict::Corrupt;
    CacheKey derived = derive(password, record.salt, record.iterations);
    if (!derived.isValid())
        return Verdict::Corrupt;
    if (!crypto::equalConstantTime(derived.m_checkValue, record.checkValue))
        return Verdict::WrongPassword;
    if (key)
        *key = derived;
    return Verdict::Match;
}

CacheKey::Record CacheKey::record() const
{
    Record r;
    r.salt = m_salt;
    r.iterations = m_iterations;
    r.checkValue = m_checkValue;
    r.digest = Record::digestOf(m_salt, m_iterations, m_checkValue);
    return r;
}

QByteArray CacheKey::blindIndex(QStringView field, QStringView normalisedValue) const
{
    if (m_index.size() != KeySize || normalisedValue.isEmpty())
        return {};
    const QByteArray name = field.toUtf8();
    const QByteArray value = normalisedValue.toUtf8();
    return crypto::hmac(crypto::Digest::Sha256, m_index, {name, QByteArrayView("\0", 1), value});
}

QString CacheKey::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Match:
        return {};
    case Verdict::WrongPassword:
        return tr("the password does not open this lookup cache: it was made under another password");
    case Verdict::Corrupt:
        break;
    }
    return tr("the key record of the lookup cache is damaged (salt, iteration count or key-check value "
              "do not match their digest, or the iteration count is below %1): the cache cannot be opened")
        .arg(MinimumIterations);
}

} // namespace rw
