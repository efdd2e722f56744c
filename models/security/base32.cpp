#include "base32.h"

namespace rw {

namespace {

constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int valueOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'A' && u <= u'Z')
        return u - u'A';
    if (u >= u'a' && u <= u'z')
        return u - u'a';
    if (u >= u'2' && u <= u'7')
        return u - u'2' + 26;
    return -1;
}

} // namespace

QString Base32::encode(const QByteArray &bytes, bool padding)
{
    QString out;
    out.reserve((bytes.size() * 8 + 4) / 5 + 8);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(Alphabet[(buffer >> (bits - 5)) & 0x1f]));
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(Alphabet[(buffer << (5 - bits)) & 0x1f]));
    if (padding) {
        while (out.size() % 8 != 0)
            out.append(QLatin1Char('='));
    }
    return out;
}

std::optional<QByteArray> Base32::decode(const QString &text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    for (const QChar c : text) {
        if (c != u' ' && c != u'-' && c != u'\t')
            cleaned.append(c);
    }
    while (cleaned.endsWith(QLatin1Char('=')))
        cleaned.chop(1);
    // 8 characters carry 5 bytes; a tail of 1, 3 or 6 characters cannot end on a byte boundary.
    const qsizetype tail = cleaned.size() % 8;
    if (tail == 1 || tail == 3 || tail == 6)
        return std::nullopt;
    QByteArray out;
    out.reserve(cleaned.size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : cleaned) {
        const int value = valueOf(c);
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    if (bits > 0 && (buffer & ((1u << bits) - 1)) != 0)
        return std::nullopt; // non-canonical: leftover bits must be zero
    return out;
}

} // namespace rw
