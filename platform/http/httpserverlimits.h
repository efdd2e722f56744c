#pragma once

#include <QtGlobal>

#include <chrono>

namespace rw {

/**
 * \brief What one client may ask of the HTTP server before it is refused.
 *
 * The defaults suit the industry platform: uploads of thousands of records (a few MiB) per
 * request, a few hundred companies and consoles connected at once.
 */
struct HttpServerLimits
{
    /** Largest request body; a larger Content-Length is refused with 413 before reading it. */
    qint64 maxBodyBytes = 32 * 1024 * 1024;
    /** Largest request head (request line and header fields); also bounds a chunked trailer. */
    qsizetype maxHeaderBytes = 64 * 1024;
    /** Most header fields in one request. */
    int maxHeaderCount = 100;
    /**
     * Time allowed to receive a request's head from its first byte, and the longest silence
     * while receiving its body or while the client does not take our response. Then 408.
     */
    std::chrono::milliseconds readTimeout{30'000};
    /** A kept-alive connection with no request in progress is closed after this long. */
    std::chrono::milliseconds idleTimeout{30'000};
    /** Time a TLS client has to complete its handshake. */
    std::chrono::milliseconds handshakeTimeout{10'000};
    /**
     * After the last response of a closing connection, how long unread input is drained so that
     * the client reads the response instead of a TCP reset.
     */
    std::chrono::milliseconds lingerTimeout{2'000};
    /** Open connections; one more is answered 503 and closed. */
    int maxConnections = 1000;
    /** Requests of one connection handed to handlers and not yet answered; more wait unread. */
    int maxPipelinedRequests = 32;
    /** Response bytes waiting for a slow reader before its further requests wait unread. */
    qint64 maxPendingOutputBytes = 4 * 1024 * 1024;
};

} // namespace rw
