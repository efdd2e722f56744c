#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace rw {

/**
 * \brief RFC 4648 base32 (A–Z, 2–7), the encoding of TOTP secrets in otpauth:// URIs and for
 * manual entry in authenticator apps.
 */
class Base32
{
public:
    /** Upper-case base32 of \a bytes; with \a padding, '=' up to a multiple of 8 characters. */
    static QString encode(const QByteArray &bytes, bool padding = false);

    /**
     * Decodes \a text. Case-insensitive; spaces and hyphens (as people type grouped secrets) and
     * trailing '=' are ignored. Nothing for characters outside the alphabet, an impossible length
     * or non-zero bits after the last byte.
     */
    static std::optional<QByteArray> decode(const QString &text);
};

} // namespace rw
