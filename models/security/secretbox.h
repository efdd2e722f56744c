#pragma once

#include <QByteArray>

#include <optional>

namespace rw {

/**
 * \brief Authenticated encryption of small secrets at rest (TOTP keys): AES-256-GCM with a random
 * 96-bit nonce per message (reference/security.md §3.2; GB/T 22239-2019 §8.1.4.8, L3-CES1-28:
 * 鉴别数据存储保密性; ASVS 2.8.2).
 *
 * seal() returns nonce (12 bytes) ‖ ciphertext ‖ tag (16 bytes). The associated data binds a
 * ciphertext to its place (e.g. "account_totp.secret:42"), so a secret copied to another account's
 * row does not open there. The 32-byte key is held outside the database.
 *
 * A random nonce under one key is safe for far more messages than an account table holds
 * (NIST SP 800-38D: up to 2^32).
 */
class SecretBox
{
public:
    static constexpr int KeySize = 32;
    static constexpr int NonceSize = 12;
    static constexpr int TagSize = 16;

    explicit SecretBox(QByteArray key);
    ~SecretBox();
    SecretBox(const SecretBox &) = default;
    SecretBox &operator=(const SecretBox &) = default;

    bool isValid() const { return m_key.size() == KeySize; }

    /** Encrypts \a plaintext bound to \a associatedData; empty on failure. */
    QByteArray seal(const QByteArray &plaintext, const QByteArray &associatedData = {}) const;
    /** Decrypts what seal() made with the same key and \a associatedData; nothing if anything differs. */
    std::optional<QByteArray> open(const QByteArray &sealed, const QByteArray &associatedData = {}) const;

    /** A fresh random key (RAND_priv_bytes); empty if the generator failed. */
    static QByteArray generateKey();

private:
    QByteArray m_key;
};

} // namespace rw
