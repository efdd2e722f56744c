#include "httpresponse.h"

#include "httpsyntax.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace rw {

Q_LOGGING_CATEGORY(lcHttpResponse, "rw.http.response")

namespace {

const QByteArray kJsonContentType = QByteArrayLiteral("application/json; charset=utf-8");

bool isSafeField(const HttpHeaders::Field &f)
{
    if (f.name.isEmpty())
        return false;
    for (const char c : f.name) {
        if (!isHttpTokenChar(uchar(c)))
            return false;
    }
    for (const char c : f.value) {
        if (c == '\r' || c == '\n' || c == '\0')
            return false;
    }
    return true;
}

bool isServerOwned(QByteArrayView name)
{
    return HttpHeaders::namesEqual(name, "Content-Length") || HttpHeaders::namesEqual(name, "Connection") ||
           HttpHeaders::namesEqual(name, "Transfer-Encoding") || HttpHeaders::namesEqual(name, "Date");
}

// The Date field (RFC 9110 §6.6.1) changes once a second; format it once a second per thread.
QByteArray httpDate()
{
    thread_local qint64 cachedSecond = -1;
    thread_local QByteArray cached;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now != cachedSecond) {
        cachedSecond = now;
        cached =
            QLocale::c()
                .toString(QDateTime::fromSecsSinceEpoch(now, Qt::UTC), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
                .toLatin1();
    }
    return cached;
}

} // namespace

HttpResponse::HttpResponse(int status, const QByteArray &body, const QByteArray &contentType)
    : status(status)
    , body(body)
{
    if (!contentType.isEmpty())
        headers.add("Content-Type", contentType);
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return json(status, QJsonDocument(object));
}

HttpResponse HttpResponse::json(int status, const QJsonDocument &document)
{
    return HttpResponse(status, document.toJson(QJsonDocument::Compact), kJsonContentType);
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message)
{
    const QJsonObject error{{u"code"_s, code}, {u"message"_s, message}};
    return json(status, QJsonObject{{u"error"_s, error}});
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 416:
        return "Range Not Satisfiable";
    case 417:
        return "Expectation Failed";
    case 422:
        return "Unprocessable Content";
    case 423:
        return "Locked";
    case 426:
        return "Upgrade Required";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

bool HttpResponse::statusAllowsBody(int status)
{
    return status >= 200 && status != 204 && status != 304;
}

QByteArray HttpResponse::toWire(bool keepAlive) const
{
    const bool withBody = statusAllowsBody(status);
    const QByteArray reason = reasonPhrase(status);
    qsizetype size = 128 + reason.size() + (withBody ? body.size() : 0);
    for (const auto &f : headers.fields())
        size += f.name.size() + f.value.size() + 4;

    QByteArray wire;
    wire.reserve(size);
    wire += "HTTP/1.1 ";
    wire += QByteArray::number(status);
    wire += ' ';
    wire += reason;
    wire += "\r\n";
    for (const auto &f : headers.fields()) {
        if (isServerOwned(f.name))
            continue;
        if (!isSafeField(f)) {
            qCWarning(lcHttpResponse) << "Dropped response header field" << f.name
                                      << "with a name that is not a token or a value with CR, LF or NUL";
            continue;
        }
        wire += f.name;
        wire += ": ";
        wire += f.value;
        wire += "\r\n";
    }
    wire += "Date: ";
    wire += httpDate();
    wire += "\r\n";
    if (withBody) {
        wire += "Content-Length: ";
        wire += QByteArray::number(body.size());
        wire += "\r\n";
    }
    wire += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    if (withBody)
        wire += body;
    return wire;
}

} // namespace rw
