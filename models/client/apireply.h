#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace rw {

/**
 * \brief One answer of the platform's REST API, as PlatformClient::send() hands it over.
 *
 * status 0 means no HTTP answer at all (unreachable, TLS refused); message then says why. For an
 * HTTP error, errorCode and message come from the platform's {"error":{"code","message"}} body.
 */
struct ApiReply
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;   //!< raw bytes (e.g. a CSV export)
    QJsonObject json;  //!< the body, if it is a JSON object
    QString errorCode; //!< "wrong_credentials", "forbidden", …; empty on success
    QString message;   //!< the platform's (translated) message, or the network error

    bool ok() const { return status >= 200 && status < 300; }
    bool reachedPlatform() const { return status != 0; }
};

} // namespace rw
