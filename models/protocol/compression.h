#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rw {

/**
 * \brief gzip for upload bodies (Content-Encoding: gzip) and broker batches.
 *
 * Decompression is bounded: a small body that inflates to gigabytes (a "zip bomb") is refused
 * once it passes \a maxOutput, with a message naming the limit.
 */
class Compression
{
    Q_DECLARE_TR_FUNCTIONS(rw::Compression)

public:
    static QByteArray gzip(const QByteArray &data, int level = 6);

    /** Inflates gzip or zlib data; returns an empty array and sets \a error on failure. */
    static QByteArray gunzip(const QByteArray &data, qsizetype maxOutput, QString *error);
};

} // namespace rw
