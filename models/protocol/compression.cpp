#include "compression.h"

#include <zlib.h>

namespace rw {

QByteArray Compression::gzip(const QByteArray &data, int level)
{
    z_stream stream{};
    // 15 + 16: gzip wrapper rather than zlib, as HTTP's Content-Encoding: gzip expects.
    if (deflateInit2(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    deflateEnd(&stream);
    if (rc != Z_STREAM_END)
        return {};
    out.resize(qsizetype(stream.total_out));
    return out;
}

QByteArray Compression::gunzip(const QByteArray &data, qsizetype maxOutput, QString *error)
{
    z_stream stream{};
    // 15 + 32: detect gzip or zlib headers automatically.
    if (inflateInit2(&stream, 15 + 32) != Z_OK) {
        *error = tr("cannot start decompression");
        return {};
    }
    QByteArray out;
    out.resize(qMin<qsizetype>(qMax<qsizetype>(data.size() * 4, 4096), maxOutput));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    int rc = Z_OK;
    while (true) {
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + stream.total_out);
        stream.avail_out = uInt(out.size() - qsizetype(stream.total_out));
        rc = inflate(&stream, Z_NO_FLUSH);
        if (rc == Z_STREAM_END)
            break;
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            *error =
                tr("the gzip body is corrupt (%1)").arg(QString::fromLatin1(stream.msg ? stream.msg : "?"));
            inflateEnd(&stream);
            return {};
        }
        if (stream.avail_out == 0) {
            if (out.size() >= maxOutput) {
                *error = tr("the gzip body inflates to more than %1 bytes").arg(maxOutput);
                inflateEnd(&stream);
                return {};
            }
            out.resize(qMin(out.size() * 2, maxOutput));
        } else if (stream.avail_in == 0) {
            *error = tr("the gzip body is truncated");
            inflateEnd(&stream);
            return {};
        }
    }
    out.resize(qsizetype(stream.total_out));
    inflateEnd(&stream);
    return out;
}

} // namespace rw
