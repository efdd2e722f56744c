#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <initializer_list>

namespace rw::crypto {

// Thin wrappers over OpenSSL 3 libcrypto for the security models (reference/security.md §3.2).

enum class Digest { Sha1, Sha256, Sha512 };

/** Output size in bytes of \a digest (20, 32, 64). */
int digestSize(Digest digest);
/** OpenSSL's name of \a digest ("SHA1", "SHA256", "SHA512"). */
const char *digestName(Digest digest);

/** \a count bytes from RAND_bytes; empty if the generator failed. */
QByteArray randomBytes(int count);
/** \a count bytes from RAND_priv_bytes, the generator meant for long-term secrets (keys). */
QByteArray privateRandomBytes(int count);

/**
 * HMAC of the concatenation of \a parts under \a key, with EVP_MAC "HMAC". Empty on failure or
 * for an empty key (OpenSSL reads a null key as "keep the previous one").
 */
QByteArray hmac(Digest digest, QByteArrayView key, std::initializer_list<QByteArrayView> parts);

/**
 * True if \a a and \a b hold the same bytes. The time taken depends only on the sizes, never on
 * where the contents differ (CRYPTO_memcmp): for hashes, MACs and one-time codes.
 */
bool equalConstantTime(QByteArrayView a, QByteArrayView b);

/** Overwrites \a bytes with zeros in a way the compiler cannot drop (OPENSSL_cleanse), then clears it. */
void cleanse(QByteArray &bytes);

} // namespace rw::crypto
