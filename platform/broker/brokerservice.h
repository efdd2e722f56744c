#pragma once

#include "accounts/accountservice.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>

class QWebSocket;
class QWebSocketServer;

namespace rw {

class ApiAuth;
class CompanyDirectory;
class Database;
class BrokerSubscription;
class HttpServer;
class InterfaceCatalogue;
class ProtobufCodec;
struct HttpRequest;
struct UploadOutcome;

/**
 * \brief The platform's live broker (DESIGN §4; reference/platform-interface.md §2.3): committed
 * records, as they are committed, to the consoles over WebSocket.
 *
 * `GET /broker/?token=<session token>&topics=ProvPositionVehicle,ProvOrderCreate&compress=gzip`
 * upgrades to a WebSocket (WSS on the platform's TLS port). The token is the console's session
 * token (POST /api/v1/session; also accepted as "Authorization: Bearer"); the account needs
 * Permission::ViewOperationalData, and only records of companies within its region scope are sent.
 * Topic names are "Prov" + the interface, as in the catalogue (InterfaceSpec::topic); an unknown
 * one is refused with 400 naming it.
 *
 * Each binary message is an OTIpcList (ProtobufCodec::encodeList), gzip-compressed when
 * compress=gzip was asked for. A text message {"type":"dropped","count":n} says that n non-position
 * records were dropped because the console read too slowly; positions are never queued, only
 * coalesced (BrokerSubscription). A text "ping" is answered "pong" (the real receivers' keep-alive).
 *
 * Sending happens on a timer (flushInterval, 100 ms by default), not per upload: a batch per tick,
 * and none while the socket still holds more than maxBufferedBytes unsent — the slow console then
 * simply receives the latest positions when it catches up. The connection is closed with code 4401
 * when the session ends (expired, signed out); while the session is idle-locked nothing is sent.
 *
 * Lives on the HTTP server's thread, like the routes.
 */
class BrokerService : public QObject
{
    Q_OBJECT

public:
    static constexpr quint16 SessionEndedCloseCode = 4401;

    /** \a db: the HTTP thread's connection, for the companies licensed in each subscriber's region. */
    BrokerService(ApiAuth &auth, std::shared_ptr<const InterfaceCatalogue> catalogue, Database &db,
                  QObject *parent = nullptr);
    ~BrokerService() override;

    void registerRoutes(HttpServer &server);

    void setFlushInterval(int milliseconds) { m_flushTimer.setInterval(milliseconds); }
    void setMaxBufferedBytes(qint64 bytes) { m_maxBufferedBytes = bytes; }
    void setMaxConnections(int connections) { m_maxConnections = connections; }

    int connectionCount() const { return int(m_connections.size()); }
    /** Positions replaced by newer ones before a slow console read them, over all connections. */
    qint64 coalescedTotal() const;

public Q_SLOTS:
    /** Hands a committed upload to every connection that wants it. */
    void publish(const rw::UploadOutcome &outcome);

Q_SIGNALS:
    void connectionOpened(const QString &userName);
    void connectionClosed(const QString &userName);

private:
    struct Connection;

    void handleRequest(const HttpRequest &request, class HttpResponder responder);
    void adopt();
    void flush();
    void close(QWebSocket *socket);

    ApiAuth &m_auth;
    std::unique_ptr<CompanyDirectory> m_directory;
    std::shared_ptr<const InterfaceCatalogue> m_catalogue;
    QWebSocketServer *m_server;
    std::unique_ptr<ProtobufCodec> m_codec;
    QTimer m_flushTimer;
    qint64 m_maxBufferedBytes = 4 * 1024 * 1024;
    int m_maxConnections = 256;
    int m_maxBatchRecords = 5000;
    /** Upgraded sockets whose WebSocket handshake is still running, by peer address and port. */
    QHash<QString, std::shared_ptr<Connection>> m_handshaking;
    QHash<QWebSocket *, std::shared_ptr<Connection>> m_connections;
};

} // namespace rw
