#pragma once

#include "httpheaders.h"

#include <QByteArray>
#include <QString>

class QJsonDocument;
class QJsonObject;

namespace rw {

/**
 * \brief An HTTP response as a handler builds it.
 *
 * The server owns the framing: it writes Content-Length, Connection and Date itself and ignores
 * such fields set here (a "Connection: close" set here does close the connection after sending).
 */
struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;

    HttpResponse() = default;
    explicit HttpResponse(int status, const QByteArray &body = {}, const QByteArray &contentType = {});

    /** \a object as compact JSON, Content-Type application/json; charset=utf-8. */
    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonDocument &document);

    /**
     * The platform's error body {"error":{"code":"…","message":"…"}}: \a code is a stable
     * machine-readable name ("not_found"), \a message a translated sentence naming what was wrong.
     */
    static HttpResponse error(int status, const QString &code, const QString &message);

    /** "OK", "Not Found", … ("Unknown" for a status without a registered phrase). */
    static QByteArray reasonPhrase(int status);

    /** Whether a response with \a status carries a body (not 1xx, 204 or 304). */
    static bool statusAllowsBody(int status);

    /** Whether the handler asked to close the connection after this response. */
    bool wantsClose() const { return headers.containsToken("Connection", "close"); }

    /**
     * The response in HTTP/1.1 wire form with \a keepAlive stated in its Connection field.
     * Fields the server owns are replaced; a field that could split the response (a name that is
     * not a token, a value with CR, LF or NUL) is left out.
     */
    QByteArray toWire(bool keepAlive) const;
};

} // namespace rw
