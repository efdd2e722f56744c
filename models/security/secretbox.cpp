#include "secretbox.h"

#include "crypto.h"

#include <openssl/evp.h>

#include <memory>

namespace rw {

namespace {

struct CipherContextDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

} // namespace

SecretBox::SecretBox(QByteArray key)
    : m_key(std::move(key))
{}

SecretBox::~SecretBox()
{
    crypto::cleanse(m_key);
}

QByteArray SecretBox::seal(const QByteArray &plaintext, const QByteArray &associatedData) const
{
    if (!isValid())
        return {};
    const QByteArray nonce = crypto::randomBytes(NonceSize);
    CipherContext ctx(EVP_CIPHER_CTX_new());
    if (nonce.size() != NonceSize || !ctx ||
        EVP_EncryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), bytes(m_key), bytes(nonce), nullptr) != 1)
        return {};
    int length = 0;
    if (!associatedData.isEmpty() && EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(associatedData),
                                                       int(associatedData.size())) != 1)
        return {};
    QByteArray out = nonce;
    out.resize(NonceSize + plaintext.size() + TagSize);
    auto *cipher = reinterpret_cast<unsigned char *>(out.data()) + NonceSize;
    if (!plaintext.isEmpty() &&
        EVP_EncryptUpdate(ctx.get(), cipher, &length, bytes(plaintext), int(plaintext.size())) != 1)
        return {};
    int finalLength = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), cipher + plaintext.size(), &finalLength) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, cipher + plaintext.size()) != 1)
        return {};
    return out;
}

std::optional<QByteArray> SecretBox::open(const QByteArray &sealed, const QByteArray &associatedData) const
{
    if (!isValid() || sealed.size() < NonceSize + TagSize)
        return std::nullopt;
    const qsizetype cipherSize = sealed.size() - NonceSize - TagSize;
    const auto *nonce = bytes(sealed);
    const auto *cipher = nonce + NonceSize;
    QByteArray tag = sealed.right(TagSize);
    CipherContext ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_DecryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), bytes(m_key), nonce, nullptr) != 1)
        return std::nullopt;
    int length = 0;
    if (!associatedData.isEmpty() && EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(associatedData),
                                                       int(associatedData.size())) != 1)
        return std::nullopt;
    QByteArray plain(cipherSize, Qt::Uninitialized);
    auto *plainBytes = reinterpret_cast<unsigned char *>(plain.data());
    if (cipherSize > 0 && EVP_DecryptUpdate(ctx.get(), plainBytes, &length, cipher, int(cipherSize)) != 1)
        return std::nullopt;
    int finalLength = 0;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), plainBytes + cipherSize, &finalLength) != 1) {
        crypto::cleanse(plain);
        return std::nullopt; // wrong key, wrong associated data, or altered bytes
    }
    return plain;
}

QByteArray SecretBox::generateKey()
{
    return crypto::privateRandomBytes(KeySize);
}

} // namespace rw
