#include "httpserver.h"

#include "httpconnection.h"

#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <algorithm>
#include <exception>

using namespace Qt::StringLiterals;

namespace rw {

Q_LOGGING_CATEGORY(lcHttpServer, "rw.http.server", QtInfoMsg)

namespace {

// Connections answered 503 at once; beyond this many still closing, more are cut off unanswered.
constexpr int kMaxRefusing = 64;

} // namespace

HttpServer::HttpServer(QObject *parent)
    : HttpServer(Limits{}, parent)
{}

HttpServer::HttpServer(const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{}

HttpServer::~HttpServer()
{
    close();
    // Connections go first, while the routes they call into still exist; their responders
    // become no-ops.
    const auto connections = m_connections + m_refused;
    m_connections.clear();
    m_refused.clear();
    for (HttpConnection *connection : connections) {
        disconnect(connection, nullptr, this, nullptr);
        delete connection;
    }
}

void HttpServer::setLimits(const Limits &limits)
{
    m_limits = limits;
}

void HttpServer::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_sslConfiguration = configuration;
}

void HttpServer::route(const QByteArray &method, const QString &path, Handler handler)
{
    auto shared = std::make_shared<const Handler>(std::move(handler));
    QList<Route> &routes = m_exactRoutes[path];
    for (Route &route : routes) {
        if (route.method == method) {
            route.handler = std::move(shared);
            return;
        }
    }
    routes.append(Route{method, std::move(shared)});
}

void HttpServer::routePrefix(const QByteArray &method, const QString &prefix, Handler handler)
{
    auto shared = std::make_shared<const Handler>(std::move(handler));
    for (PrefixRoute &route : m_prefixRoutes) {
        if (route.prefix == prefix && route.method == method) {
            route.handler = std::move(shared);
            return;
        }
    }
    m_prefixRoutes.append(PrefixRoute{prefix, method, std::move(shared)});
    std::stable_sort(
        m_prefixRoutes.begin(), m_prefixRoutes.end(),
        [](const PrefixRoute &a, const PrefixRoute &b) { return a.prefix.size() > b.prefix.size(); });
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    m_errorString.clear();
    if (isListening()) {
        m_errorString = tr("The server already listens on %1 port %2")
                            .arg(m_listener->serverAddress().toString())
                            .arg(m_listener->serverPort());
        return false;
    }
    delete m_listener;

    if (isTls()) {
        if (!QSslSocket::supportsSsl()) {
            m_errorString = tr("TLS is not available: no TLS backend could be loaded (%1)")
                                .arg(QSslSocket::sslLibraryBuildVersionString());
            return false;
        }
        if (m_sslConfiguration.localCertificate().isNull() || m_sslConfiguration.privateKey().isNull()) {
            m_errorString = tr("The TLS configuration has no certificate or no private key");
            return false;
        }
        QSslConfiguration configuration = m_sslConfiguration;
        // Only HTTP/1.1 is spoken here; say so, so that no client tries h2.
        configuration.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
        auto *server = new QSslServer(this);
        server->setSslConfiguration(configuration);
        server->setHandshakeTimeout(int(m_limits.handshakeTimeout.count()));
        connect(server, &QSslServer::errorOccurred, this,
                [this](QSslSocket *socket, QAbstractSocket::SocketError) {
                    qCDebug(lcHttpServer)
                        << "TLS client" << socket->peerAddress() << "failed:" << socket->errorString();
                    emit clientError(socket->peerAddress(), socket->errorString());
                });
        connect(server, &QSslServer::sslErrors, this,
                [this](QSslSocket *socket, const QList<QSslError> &errors) {
                    for (const QSslError &error : errors)
                        emit clientError(socket->peerAddress(), error.errorString());
                });
        m_listener = server;
    } else {
        m_listener = new QTcpServer(this);
    }

    // A server never listens through a proxy, whatever the application's default.
    m_listener->setProxy(QNetworkProxy::NoProxy);
    // Sockets in the TLS handshake count as pending in QSslServer: let the handshake timeout,
    // not the default of 30, bound them.
    m_listener->setMaxPendingConnections(qMax(30, m_limits.maxConnections + kMaxRefusing));
    m_listener->setListenBacklogSize(qBound(50, m_limits.maxConnections, 1024));
    // Not newConnection(): QSslServer emits that before the handshake, this one after it.
    connect(m_listener, &QTcpServer::pendingConnectionAvailable, this, &HttpServer::acceptConnections);
    connect(m_listener, &QTcpServer::acceptError, this, &HttpServer::onAcceptError);

    if (!m_listener->listen(address, port)) {
        m_errorString = tr("Cannot listen on %1 port %2: %3")
                            .arg(address.toString())
                            .arg(port)
                            .arg(m_listener->errorString());
        delete m_listener;
        return false;
    }
    qCInfo(lcHttpServer).noquote() << (isTls() ? "HTTPS" : "HTTP") << "server listening on"
                                   << m_listener->serverAddress().toString() << "port"
                                   << m_listener->serverPort();
    return true;
}

void HttpServer::close()
{
    if (m_listener)
        m_listener->close();
}

bool HttpServer::isListening() const
{
    return m_listener && m_listener->isListening();
}

QHostAddress HttpServer::serverAddress() const
{
    return m_listener ? m_listener->serverAddress() : QHostAddress();
}

quint16 HttpServer::serverPort() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

void HttpServer::acceptConnections()
{
    if (!m_listener)
        return;
    while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
        const bool full = m_connections.size() >= m_limits.maxConnections;
        if (full && m_refused.size() >= kMaxRefusing) {
            // Even answering 503 has become too costly: cut the connection.
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *connection = new HttpConnection(this, socket, m_limits, isTls());
        connect(connection, &HttpConnection::finished, this, &HttpServer::onConnectionFinished);
        if (full) {
            m_refused.insert(connection);
            qCWarning(lcHttpServer) << "Refused a connection from" << socket->peerAddress() << "with"
                                    << m_connections.size() << "open";
            HttpResponse response = HttpResponse::error(
                503, u"service_unavailable"_s,
                tr("The server has reached its limit of %1 open connections; try again shortly")
                    .arg(m_limits.maxConnections));
            response.headers.set("Retry-After", "1");
            connection->refuse(response);
        } else {
            m_connections.insert(connection);
            connection->start();
        }
    }
}

void HttpServer::onAcceptError()
{
    if (!m_listener)
        return;
    qCWarning(lcHttpServer) << "Accepting a connection failed:" << m_listener->errorString();
    // Qt stops accepting after an error such as "too many open files"; try again shortly
    // instead of staying deaf for good.
    m_listener->pauseAccepting();
    QTimer::singleShot(100, this, [this] {
        if (m_listener)
            m_listener->resumeAccepting();
    });
}

void HttpServer::onConnectionFinished(HttpConnection *connection)
{
    m_connections.remove(connection);
    m_refused.remove(connection);
    connection->deleteLater();
}

void HttpServer::dispatch(const HttpRequest &request, const HttpResponder &responder)
{
    std::shared_ptr<const Handler> handler;
    QList<QByteArray> allowed;

    const auto exact = m_exactRoutes.constFind(request.path);
    if (exact != m_exactRoutes.cend()) {
        for (const Route &route : *exact) {
            if (route.method == request.method)
                handler = route.handler;
            allowed.append(route.method);
        }
    }
    if (!handler) {
        for (const PrefixRoute &route : std::as_const(m_prefixRoutes)) {
            if (!request.path.startsWith(route.prefix))
                continue;
            if (route.method == request.method) {
                handler = route.handler;
                break;
            }
            if (!allowed.contains(route.method))
                allowed.append(route.method);
        }
    }

    if (!handler) {
        if (allowed.isEmpty()) {
            responder.respond(HttpResponse::error(404, u"not_found"_s,
                                                  tr("There is nothing at the path '%1'").arg(request.path)));
            return;
        }
        std::sort(allowed.begin(), allowed.end());
        allowed.erase(std::unique(allowed.begin(), allowed.end()), allowed.end());
        const QByteArray allow = allowed.join(", ");
        HttpResponse response = HttpResponse::error(
            405, u"method_not_allowed"_s,
            tr("The method %1 is not allowed for '%2'; allowed: %3")
                .arg(QString::fromLatin1(request.method), request.path, QString::fromLatin1(allow)));
        response.headers.set("Allow", allow);
        responder.respond(response);
        return;
    }

    try {
        (*handler)(request, responder);
    } catch (const std::exception &e) {
        qCWarning(lcHttpServer) << "Handler for" << request.method << request.path << "threw:" << e.what();
        responder.respond(HttpResponse::error(
            500, u"internal_error"_s,
            tr("The handler for %1 %2 failed: %3")
                .arg(QString::fromLatin1(request.method), request.path, QString::fromLocal8Bit(e.what()))));
    } catch (...) {
        qCWarning(lcHttpServer) << "Handler for" << request.method << request.path << "threw";
        responder.respond(HttpResponse::error(
            500, u"internal_error"_s,
            tr("The handler for %1 %2 failed").arg(QString::fromLatin1(request.method), request.path)));
    }
}

} // namespace rw
