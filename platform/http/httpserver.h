#pragma once

#include "httprequest.h"
#include "httpresponder.h"
#include "httpresponse.h"
#include "httpserverlimits.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QString>

#include <functional>
#include <memory>

class QTcpServer;

namespace rw {

class HttpConnection;

/**
 * \brief A small HTTP/1.1 server on QTcpServer, or QSslServer once given a TLS configuration.
 *
 * Serves the industry platform's upload paths, the console's REST API and, through
 * HttpResponder::takeSocket(), hands WebSocket upgrades to QWebSocketServer. One thread: the
 * thread the server lives in runs every handler; a handler answers at once or later (after a
 * database commit on a worker thread), through its HttpResponder.
 *
 * Per connection: keep-alive, pipelining with responses in request order, Content-Length and
 * chunked bodies, Expect: 100-continue. Refusals name what was wrong, in the platform's JSON
 * error body: 400 malformed request line or header, 404 unknown path, 405 wrong method (with
 * Allow), 408 slow client, 413 body over the limit (seen in Content-Length, the body is not
 * read), 414/431 head too large, 503 too many connections. A client that misbehaves loses only
 * its own connection.
 */
class HttpServer : public QObject
{
    Q_OBJECT

public:
    using Limits = HttpServerLimits;
    using Handler = std::function<void(const HttpRequest &, HttpResponder)>;

    explicit HttpServer(QObject *parent = nullptr);
    explicit HttpServer(const Limits &limits, QObject *parent = nullptr);
    ~HttpServer() override;

    /** Applies to connections accepted from now on. */
    void setLimits(const Limits &limits);
    Limits limits() const { return m_limits; }

    /**
     * Serves HTTPS from the next listen() on, with \a configuration's certificate and key.
     * A null configuration switches back to plain HTTP.
     */
    void setSslConfiguration(const QSslConfiguration &configuration);
    QSslConfiguration sslConfiguration() const { return m_sslConfiguration; }
    bool isTls() const { return !m_sslConfiguration.isNull(); }

    /** Routes \a method requests for exactly \a path (decoded, without query) to \a handler. */
    void route(const QByteArray &method, const QString &path, Handler handler);
    /**
     * Routes \a method requests whose path starts with \a prefix to \a handler; the longest
     * matching prefix wins, and an exact route wins over any prefix. End \a prefix with "/".
     */
    void routePrefix(const QByteArray &method, const QString &prefix, Handler handler);

    /** Listens on \a address; port 0 picks a free port (see serverPort()). */
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    /** Stops accepting; open connections go on. */
    void close();
    bool isListening() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    /** Why the last listen() failed. */
    QString errorString() const { return m_errorString; }

    /** Connections currently open (answered 503 ones not counted). */
    int connectionCount() const { return int(m_connections.size()); }

signals:
    /** A client failed before a connection was set up, e.g. its TLS handshake. For logs. */
    void clientError(const QHostAddress &peer, const QString &message);

private:
    friend class HttpConnection;

    struct Route
    {
        QByteArray method;
        std::shared_ptr<const Handler> handler;
    };
    struct PrefixRoute
    {
        QString prefix;
        QByteArray method;
        std::shared_ptr<const Handler> handler;
    };

    void acceptConnections();
    void onAcceptError();
    void onConnectionFinished(HttpConnection *connection);
    /** Finds the handler for \a request and calls it; answers 404 or 405 when there is none. */
    void dispatch(const HttpRequest &request, const HttpResponder &responder);

    Limits m_limits;
    QSslConfiguration m_sslConfiguration;
    QPointer<QTcpServer> m_listener;
    QString m_errorString;
    QHash<QString, QList<Route>> m_exactRoutes;
    QList<PrefixRoute> m_prefixRoutes; //!< longest prefix first
    QSet<HttpConnection *> m_connections;
    QSet<HttpConnection *> m_refused; //!< answered 503, closing
};

} // namespace rw
