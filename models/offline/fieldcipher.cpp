#include "fieldcipher.h"

#include "security/crypto.h"

#include <openssl/evp.h>

#include <memory>

namespace rw {

namespace {

struct CipherContextDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

const unsigned char *bytes(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char *>(data.data());
}

void set(FieldCipher::Error *out, FieldCipher::Error error)
{
    if (out)
        *out = error;
}

/** The associated data of one value: its place and the header written in front of it. */
QByteArray associatedData(const FieldCipher::Place &place, QByteArrayView header)
{
    return place.associatedData() + header.toByteArray();
}

} // namespace

QByteArray FieldCipher::Place::associatedData() const
{
    // NUL separators: "a|bc" and "ab|c" must not meet; table and column names never hold a NUL.
    QByteArray data("rw-lookup-cache/1");
    data += '\0';
    data += table.toUtf8();
    data += '\0';
    data += column.toUtf8();
    data += '\0';
    data += row.toUtf8();
    data += '\0';
    return data;
}

QString FieldCipher::Place::describe() const
{
    return tr("%1.%2 of row %3").arg(table, column, row);
}

FieldCipher::FieldCipher(QByteArray key)
    : m_key(std::move(key))
{
    if (m_key.size() == KeySize)
        m_keyId = crypto::hmac(crypto::Digest::Sha256, m_key, {"rw field cipher key id"}).left(KeyIdSize);
    if (m_keyId.size() != KeyIdSize)
        crypto::cleanse(m_key); // no key id, no cipher
}

FieldCipher::~FieldCipher()
{
    crypto::cleanse(m_key);
}

QByteArray FieldCipher::seal(QByteArrayView plaintext, const Place &place, Error *error) const
{
    set(error, Error::None);
    if (!isValid()) {
        set(error, Error::InvalidKey);
        return {};
    }
    const QByteArray nonce = crypto::randomBytes(NonceSize);
    QByteArray out;
    out.reserve(HeaderSize + plaintext.size() + TagSize);
    out.append(char(FormatVersion));
    out.append(m_keyId);
    out.append(nonce);
    const QByteArray aad = associatedData(place, QByteArrayView(out).first(1 + KeyIdSize));
    CipherContext ctx(EVP_CIPHER_CTX_new());
    int length = 0;
    if (nonce.size() != NonceSize || !ctx ||
        EVP_EncryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), bytes(m_key), bytes(nonce), nullptr) != 1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(aad), int(aad.size())) != 1) {
        set(error, Error::CipherFailure);
        return {};
    }
    out.resize(HeaderSize + plaintext.size() + TagSize);
    auto *cipher = reinterpret_cast<unsigned char *>(out.data()) + HeaderSize;
    int finalLength = 0;
    if ((!plaintext.isEmpty() &&
         EVP_EncryptUpdate(ctx.get(), cipher, &length, bytes(plaintext), int(plaintext.size())) != 1) ||
        EVP_EncryptFinal_ex(ctx.get(), cipher + plaintext.size(), &finalLength) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, cipher + plaintext.size()) != 1) {
        set(error, Error::CipherFailure);
        return {};
    }
    return out;
}

std::optional<QByteArray> FieldCipher::open(QByteArrayView sealed, const Place &place, Error *error) const
{
    set(error, Error::None);
    if (!isValid()) {
        set(error, Error::InvalidKey);
        return std::nullopt;
    }
    if (sealed.size() < HeaderSize + TagSize) {
        set(error, Error::Truncated);
        return std::nullopt;
    }
    if (quint8(sealed.at(0)) != FormatVersion) {
        set(error, Error::UnknownFormat);
        return std::nullopt;
    }
    if (!crypto::equalConstantTime(sealed.sliced(1, KeyIdSize), m_keyId)) {
        set(error, Error::WrongKey);
        return std::nullopt;
    }
    const QByteArrayView nonce = sealed.sliced(1 + KeyIdSize, NonceSize);
    const qsizetype cipherSize = sealed.size() - HeaderSize - TagSize;
    const QByteArrayView cipher = sealed.sliced(HeaderSize, cipherSize);
    QByteArray tag = sealed.last(TagSize).toByteArray();
    const QByteArray aad = associatedData(place, sealed.first(1 + KeyIdSize));
    CipherContext ctx(EVP_CIPHER_CTX_new());
    int length = 0;
    if (!ctx || EVP_DecryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), bytes(m_key), bytes(nonce), nullptr) != 1 ||
        EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(aad), int(aad.size())) != 1) {
        set(error, Error::CipherFailure);
        return std::nullopt;
    }
    QByteArray plain(cipherSize, Qt::Uninitialized);
    auto *plainBytes = reinterpret_cast<unsigned char *>(plain.data());
    if (cipherSize > 0 &&
        EVP_DecryptUpdate(ctx.get(), plainBytes, &length, bytes(cipher), int(cipherSize)) != 1) {
        crypto::cleanse(plain);
        set(error, Error::CipherFailure);
        return std::nullopt;
    }
    int finalLength = 0;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), plainBytes + cipherSize, &finalLength) != 1) {
        crypto::cleanse(plain); // never hand out what failed its tag
        set(error, Error::Tampered);
        return std::nullopt;
    }
    return plain;
}

QString FieldCipher::errorKey(Error error)
{
    switch (error) {
    case Error::None:
        return QStringLiteral("None");
    case Error::InvalidKey:
        return QStringLiteral("InvalidKey");
    case Error::Truncated:
        return QStringLiteral("Truncated");
    case Error::UnknownFormat:
        return QStringLiteral("UnknownFormat");
    case Error::WrongKey:
        return QStringLiteral("WrongKey");
    case Error::Tampered:
        return QStringLiteral("Tampered");
    case Error::CipherFailure:
        break;
    }
    return QStringLiteral("CipherFailure");
}

QString FieldCipher::errorText(Error error, const Place &place)
{
    const QString where = place.describe();
    switch (error) {
    case Error::None:
        return {};
    case Error::InvalidKey:
        return tr("%1 cannot be encrypted or decrypted: the cache key is not a 32-byte AES-256 key")
            .arg(where);
    case Error::Truncated:
        return tr("%1 is cut off: an encrypted value holds at least %2 bytes")
            .arg(where)
            .arg(HeaderSize + TagSize);
    case Error::UnknownFormat:
        return tr("%1 is not an encrypted value of a format this version knows (format %2 expected)")
            .arg(where)
            .arg(FormatVersion);
    case Error::WrongKey:
        return tr("%1 was encrypted under another key (another user's cache or an older password)")
            .arg(where);
    case Error::Tampered:
        return tr("%1 failed its AES-GCM integrity check: it was altered or moved from another row or column")
            .arg(where);
    case Error::CipherFailure:
        break;
    }
    return tr("%1: the AES-256-GCM operation failed in OpenSSL").arg(where);
}

} // namespace rw
