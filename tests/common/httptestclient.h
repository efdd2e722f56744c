#pragma once

// A QNetworkAccessManager for tests that talk to the platform over real loopback sockets: no proxy
// (an http_proxy in the environment must not reroute 127.0.0.1), and replies read into plain values.
// Over HTTPS it trusts exactly the certificates given to trust() (the platform's self-signed one) as
// roots, with full verification: never by ignoring TLS errors.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrl>

namespace rw::testing {

/** One finished HTTP exchange. status 0 = no HTTP answer (see error). */
struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    /** The platform's {"error":{"code","message"}}. */
    QString errorCode() const
    {
        return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    QString errorMessage() const
    {
        return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    }
    /** For QVERIFY2: status and the start of the body. */
    QByteArray describe() const
    {
        return "HTTP " + QByteArray::number(status) + " (" + errorString.toUtf8() + "): " + body.left(400);
    }
};

/** Reads a finished (or failed) reply; deletes it later. */
inline HttpResult resultOf(QNetworkReply *reply)
{
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

class HttpTestClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    HttpTestClient() { m_network.setProxy(QNetworkProxy::NoProxy); }

    QNetworkAccessManager &network() { return m_network; }

    /** Verifies https:// servers against \a roots only (replacing the system's roots). */
    void trust(const QList<QSslCertificate> &roots)
    {
        m_ssl = QSslConfiguration::defaultConfiguration();
        m_ssl.setCaCertificates(roots);
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
    }
    /** Applies the trusted roots to \a request (for requests built by the test itself). */
    void prepare(QNetworkRequest &request) const
    {
        if (!m_ssl.isNull())
            request.setSslConfiguration(m_ssl);
    }

    /** Starts a POST; \a token empty = no Authorization header. */
    QNetworkReply *post(const QUrl &url, const QByteArray &body, const QByteArray &token,
                        const QByteArray &contentType = "application/json", const Headers &extra = {})
    {
        QNetworkRequest request(url);
        request.setRawHeader("Content-Type", contentType);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        for (const auto &[name, value] : extra)
            request.setRawHeader(name, value);
        request.setTransferTimeout(20000);
        prepare(request);
        return m_network.post(request, body);
    }

    /** Waits (event loop running) for \a reply to finish; status 0 and error set on timeout. */
    static HttpResult wait(QNetworkReply *reply, int timeoutMs = 20000)
    {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!finished.wait(timeoutMs)) {
                reply->abort();
                HttpResult timedOut = resultOf(reply);
                timedOut.errorString = QStringLiteral("timed out after %1 ms").arg(timeoutMs);
                return timedOut;
            }
        }
        return resultOf(reply);
    }

    HttpResult postAndWait(const QUrl &url, const QByteArray &body, const QByteArray &token,
                           const QByteArray &contentType = "application/json", const Headers &extra = {})
    {
        return wait(post(url, body, token, contentType, extra));
    }

    HttpResult getAndWait(const QUrl &url, const QByteArray &token = {})
    {
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        request.setTransferTimeout(20000);
        prepare(request);
        return wait(m_network.get(request));
    }

private:
    QNetworkAccessManager m_network;
    QSslConfiguration m_ssl; // null: the defaults
};

} // namespace rw::testing
