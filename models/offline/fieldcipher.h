#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace rw {

/**
 * \brief Authenticated encryption of one value of the officer's offline lookup cache: AES-256-GCM
 * through OpenSSL EVP, a random 96-bit nonce per value (reference/security.md §3.2, §4.3 "column
 * encryption"; GB/T 22239-2019 §8.1.4.8 L3-CES1-28: 个人信息存储保密性; PIPL Art. 51).
 *
 * A sealed value is
 *
 *     version (1 byte, 1) ‖ key id (4) ‖ nonce (12) ‖ ciphertext ‖ tag (16)
 *
 * The associated data is the value's Place (table, column, row) plus the header, so a value copied to
 * another row or column, or a header that was changed, does not open: values cannot be swapped. The
 * key id (the first 4 bytes of HMAC-SHA256(key, "rw field cipher key id")) tells a value sealed under
 * another key (another user's cache, a key from before a re-key) apart from an altered one; it reveals
 * nothing a guesser could not learn from the cache's key-check value anyway.
 *
 * open() never crashes on bad input: it returns nothing and names the Error. A random nonce is safe
 * under one key for up to 2^32 values (NIST SP 800-38D §8.3), far more than one officer's cache holds;
 * the cache is re-keyed (new key, every value sealed again) when the password changes.
 *
 * Thread-safe: const methods only; the key is wiped (OPENSSL_cleanse) on destruction.
 */
class FieldCipher
{
    Q_DECLARE_TR_FUNCTIONS(rw::FieldCipher)

public:
    static constexpr int KeySize = 32;
    static constexpr int KeyIdSize = 4;
    static constexpr int NonceSize = 12;
    static constexpr int TagSize = 16;
    static constexpr int HeaderSize = 1 + KeyIdSize + NonceSize;
    static constexpr quint8 FormatVersion = 1;

    enum class Error {
        None,
        InvalidKey,    //!< the cipher has no 32-byte key
        Truncated,     //!< shorter than a header and a tag: cut off or not a sealed value
        UnknownFormat, //!< a version byte this code does not know
        WrongKey,      //!< sealed under another key (another user, an older password)
        Tampered,      //!< the tag does not match: altered bytes, or moved from another table/column/row
        CipherFailure, //!< OpenSSL failed (out of memory, no random numbers)
    };

    /** Where a value lives; bound into its associated data. */
    struct Place
    {
        QString table;
        QString column;
        QString row; //!< a stable key of the row, e.g. "vehicle:469001000001"

        QByteArray associatedData() const;
        /** "permit.sealed of row vehicle:469001000001", for messages. */
        QString describe() const;
    };

    FieldCipher() = default;
    explicit FieldCipher(QByteArray key);
    ~FieldCipher();
    FieldCipher(const FieldCipher &other) = default;
    FieldCipher &operator=(const FieldCipher &other) = default;

    bool isValid() const { return m_key.size() == KeySize; }
    /** The 4-byte key id written into every value. */
    QByteArray keyId() const { return m_keyId; }

    /** Seals \a plaintext for \a place; empty (and \a error set) on failure. */
    QByteArray seal(QByteArrayView plaintext, const Place &place, Error *error = nullptr) const;
    /**
     * Opens what seal() made for \a place under this key; nothing (and \a error set) if anything
     * differs. The plaintext of a value that fails its tag is wiped, never returned.
     */
    std::optional<QByteArray> open(QByteArrayView sealed, const Place &place, Error *error = nullptr) const;

    /** "None", "InvalidKey", … for logs and tests. */
    static QString errorKey(Error error);
    /** Translated: what is wrong with the value at \a place, e.g. "… was altered or moved from another row".
     */
    static QString errorText(Error error, const Place &place);

private:
    QByteArray m_key;
    QByteArray m_keyId;
};

} // namespace rw
