#pragma once

#include "httpheaders.h"

#include <QByteArray>
#include <QHostAddress>
#include <QSslCertificate>
#include <QString>
#include <QUrlQuery>

namespace rw {

/** One HTTP request as received by HttpServer, body complete. */
struct HttpRequest
{
    QByteArray method;    //!< as sent, case-sensitive: "GET", "POST", …
    QByteArray target;    //!< the request-target exactly as sent, e.g. "/position/vehicle?company=X"
    QString path;         //!< percent-decoded path without the query, e.g. "/position/vehicle"
    QUrlQuery query;      //!< the query part; read values with QUrl::FullyDecoded
    int minorVersion = 1; //!< 1 for HTTP/1.1, 0 for HTTP/1.0
    HttpHeaders headers;
    QByteArray body; //!< de-chunked when sent with Transfer-Encoding: chunked

    QHostAddress peerAddress;
    quint16 peerPort = 0;
    bool tls = false;                //!< received over TLS
    QSslCertificate peerCertificate; //!< the client's certificate, when TLS asked for one

    /** The first value of header \a name (case-insensitive), or an empty array. */
    QByteArray header(QByteArrayView name) const { return headers.value(name); }

    /** Whether the client wants the connection kept open after the response (RFC 9112 §9.3). */
    bool wantsKeepAlive() const;

    /** Whether the client asks to switch protocols (Connection: upgrade and an Upgrade field). */
    bool isUpgrade() const;

    /**
     * The request's head in HTTP/1.1 wire form (request line, fields, empty line), rebuilt from
     * the parsed parts. Used to hand an upgraded connection to a parser that wants to read it.
     */
    QByteArray headToWire() const;
};

} // namespace rw
