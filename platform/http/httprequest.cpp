#include "httprequest.h"

namespace rw {

bool HttpRequest::wantsKeepAlive() const
{
    if (headers.containsToken("Connection", "close"))
        return false;
    if (minorVersion >= 1)
        return true;
    return headers.containsToken("Connection", "keep-alive");
}

bool HttpRequest::isUpgrade() const
{
    return headers.contains("Upgrade") && headers.containsToken("Connection", "upgrade");
}

QByteArray HttpRequest::headToWire() const
{
    qsizetype size = method.size() + target.size() + 16;
    for (const auto &f : headers.fields())
        size += f.name.size() + f.value.size() + 4;
    QByteArray wire;
    wire.reserve(size);
    wire += method;
    wire += ' ';
    wire += target;
    wire += minorVersion >= 1 ? " HTTP/1.1\r\n" : " HTTP/1.0\r\n";
    for (const auto &f : headers.fields()) {
        wire += f.name;
        wire += ": ";
        wire += f.value;
        wire += "\r\n";
    }
    wire += "\r\n";
    return wire;
}

} // namespace rw
