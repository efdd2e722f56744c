#include "crypto.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <memory>

namespace rw::crypto {

namespace {

struct MacDeleter
{
    void operator()(EVP_MAC *mac) const { EVP_MAC_free(mac); }
    void operator()(EVP_MAC_CTX *ctx) const { EVP_MAC_CTX_free(ctx); }
};

// Fetched once: EVP_MAC objects are reference-counted and may be shared between threads.
EVP_MAC *hmacAlgorithm()
{
    static const std::unique_ptr<EVP_MAC, MacDeleter> mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    return mac.get();
}

} // namespace

int digestSize(Digest digest)
{
    switch (digest) {
    case Digest::Sha1:
        return 20;
    case Digest::Sha256:
        return 32;
    case Digest::Sha512:
        return 64;
    }
    return 0;
}

const char *digestName(Digest digest)
{
    switch (digest) {
    case Digest::Sha1:
        return "SHA1";
    case Digest::Sha256:
        return "SHA256";
    case Digest::Sha512:
        return "SHA512";
    }
    return "";
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(qMax(0, count), Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        return {};
    return bytes;
}

QByteArray privateRandomBytes(int count)
{
    QByteArray bytes(qMax(0, count), Qt::Uninitialized);
    if (count > 0 && RAND_priv_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        return {};
    return bytes;
}

QByteArray hmac(Digest digest, QByteArrayView key, std::initializer_list<QByteArrayView> parts)
{
    EVP_MAC *mac = hmacAlgorithm();
    if (!mac || key.isEmpty())
        return {};
    std::unique_ptr<EVP_MAC_CTX, MacDeleter> ctx(EVP_MAC_CTX_new(mac));
    if (!ctx)
        return {};
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char *>(digestName(digest)), 0),
        OSSL_PARAM_construct_end()};
    if (EVP_MAC_init(ctx.get(), reinterpret_cast<const unsigned char *>(key.data()), size_t(key.size()),
                     params) != 1)
        return {};
    for (QByteArrayView part : parts) {
        if (!part.isEmpty() && EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char *>(part.data()),
                                              size_t(part.size())) != 1)
            return {};
    }
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    size_t length = 0;
    if (EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &length,
                      size_t(out.size())) != 1)
        return {};
    out.truncate(qsizetype(length));
    return out;
}

bool equalConstantTime(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

void cleanse(QByteArray &bytes)
{
    // data() detaches first: a buffer shared with another QByteArray is copied, not wiped under it.
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace rw::crypto
