#include "brokerservice.h"

#include "api/apiauth.h"
#include "brokersubscription.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpresponse.h"
#include "http/httpserver.h"
#include "intake/uploadoutcome.h"
#include "permits/companydirectory.h"
#include "protocol/compression.h"
#include "protocol/interfacecatalogue.h"
#include "protocol/protobufcodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

Q_LOGGING_CATEGORY(lcBroker, "rw.broker")

namespace rw {

struct BrokerService::Connection
{
    AccountService::Session session;
    QByteArray token;
    std::unique_ptr<BrokerSubscription> subscription;
    bool compress = false;
    QStringList topicNames;
    qint64 handedOverMs = 0; //!< when the socket went to the WebSocket handshake
    QWebSocket *socket = nullptr;
};

namespace {

QString peerKey(const QHostAddress &address, quint16 port)
{
    // Normalised, so that "::ffff:127.0.0.1" and "127.0.0.1" meet.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return (isV4 ? QHostAddress(v4).toString() : address.toString()) + QLatin1Char('/') +
           QString::number(port);
}

} // namespace

BrokerService::BrokerService(ApiAuth &auth, std::shared_ptr<const InterfaceCatalogue> catalogue, Database &db,
                             QObject *parent)
    : QObject(parent)
    , m_auth(auth)
    , m_directory(std::make_unique<CompanyDirectory>(db))
    , m_catalogue(std::move(catalogue))
    , m_server(
          new QWebSocketServer(QStringLiteral("ridewatch-broker"), QWebSocketServer::NonSecureMode, this))
    , m_codec(std::make_unique<ProtobufCodec>(m_catalogue))
{
    // The sockets arrive already past TLS (the HTTP server's): the WebSocket server only does the
    // handshake and the framing.
    connect(m_server, &QWebSocketServer::newConnection, this, &BrokerService::adopt);
    m_flushTimer.setInterval(100);
    connect(&m_flushTimer, &QTimer::timeout, this, &BrokerService::flush);
    m_flushTimer.start();
}

BrokerService::~BrokerService()
{
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        delete it.key();
    }
}

qint64 BrokerService::coalescedTotal() const
{
    qint64 total = 0;
    for (const auto &connection : m_connections)
        total += connection->subscription->coalesced();
    return total;
}

void BrokerService::registerRoutes(HttpServer &server)
{
    const auto handler = [this](const HttpRequest &request, HttpResponder responder) {
        handleRequest(request, std::move(responder));
    };
    server.route("GET", QStringLiteral("/broker/"), handler);
    server.route("GET", QStringLiteral("/broker"), handler);
}

void BrokerService::handleRequest(const HttpRequest &request, HttpResponder responder)
{
    QByteArray token = request.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toLatin1();
    if (token.isEmpty())
        token = ApiAuth::bearerToken(request);
    const ApiAuth::Result auth = m_auth.authorize(token, request, Permission::ViewOperationalData);
    if (!auth.allowed()) {
        responder.respond(*auth.refusal);
        return;
    }
    const QString topicsParameter =
        request.query.queryItemValue(QStringLiteral("topics"), QUrl::FullyDecoded);
    QSet<const InterfaceSpec *> topics;
    QStringList topicNames;
    for (const QString &name : topicsParameter.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const InterfaceSpec *spec = m_catalogue->byTopic(name.trimmed());
        if (!spec) {
            responder.respond(HttpResponse::error(
                400, QStringLiteral("bad_request"),
                tr("query parameter topics: \"%1\" is not a broker topic (e.g. ProvPositionVehicle)")
                    .arg(name)));
            return;
        }
        topics.insert(spec);
        topicNames.append(name.trimmed());
    }
    if (topics.isEmpty()) {
        responder.respond(HttpResponse::error(
            400, QStringLiteral("bad_request"),
            tr("query parameter topics is required: a comma-separated list such as ProvPositionVehicle")));
        return;
    }
    const QString compress =
        request.query.queryItemValue(QStringLiteral("compress"), QUrl::FullyDecoded).toLower();
    if (!compress.isEmpty() && compress != QStringLiteral("gzip") && compress != QStringLiteral("none")) {
        responder.respond(HttpResponse::error(
            400, QStringLiteral("bad_request"),
            tr("query parameter compress: \"%1\" is not one of gzip, none").arg(compress)));
        return;
    }
    if (!request.isUpgrade() ||
        request.header("Upgrade").trimmed().toLower() != QByteArrayLiteral("websocket")) {
        HttpResponse response =
            HttpResponse::error(426, QStringLiteral("upgrade_required"),
                                tr("/broker/ speaks WebSocket only: send \"Upgrade: websocket\""));
        response.headers.set("Upgrade", "websocket");
        responder.respond(response);
        return;
    }
    // DESIGN §4: the server filters by the account's region scope: the companies licensed in it when the
    // connection opens (a company licensed later is seen from the next connection on).
    const std::optional<QList<CompanyDirectory::Company>> licensed =
        m_directory->within(auth.session->scope());
    if (!licensed) {
        responder.respond(
            HttpResponse::error(503, QStringLiteral("unavailable"), m_directory->lastError().toString()));
        return;
    }
    QSet<QString> visible;
    for (const CompanyDirectory::Company &c : *licensed)
        visible.insert(c.companyId);
    if (m_connections.size() + m_handshaking.size() >= m_maxConnections) {
        responder.respond(HttpResponse::error(
            503, QStringLiteral("busy"),
            tr("The broker serves %1 connections already; try again later.").arg(m_maxConnections)));
        return;
    }
    QTcpSocket *socket = responder.takeSocket();
    if (!socket) {
        responder.respond(
            HttpResponse::error(400, QStringLiteral("bad_request"),
                                tr("The connection cannot be switched to WebSocket (a request on it "
                                   "is still unanswered).")));
        return;
    }
    auto connection = std::make_shared<Connection>();
    connection->session = *auth.session;
    connection->token = token;
    connection->subscription = std::make_unique<BrokerSubscription>(
        topics, [visible](const QString &companyId) { return visible.contains(companyId); });
    connection->compress = compress == QStringLiteral("gzip");
    connection->topicNames = topicNames;
    connection->handedOverMs = QDateTime::currentMSecsSinceEpoch();
    m_handshaking.insert(peerKey(request.peerAddress, request.peerPort), connection);
    m_server->handleConnection(socket);
}

void BrokerService::adopt()
{
    while (m_server->hasPendingConnections()) {
        QWebSocket *socket = m_server->nextPendingConnection();
        const auto connection = m_handshaking.take(peerKey(socket->peerAddress(), socket->peerPort()));
        if (!connection) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, tr("not authorised"));
            socket->deleteLater();
            continue;
        }
        connection->socket = socket;
        m_connections.insert(socket, connection);
        connect(socket, &QWebSocket::textMessageReceived, this, [socket](const QString &message) {
            if (message.trimmed() == QStringLiteral("ping"))
                socket->sendTextMessage(QStringLiteral("pong"));
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { close(socket); });
        const AccountService::Session &session = connection->session;
        // Watching live data is a data access: audited like a lookup.
        m_auth.accounts().audit(
            session.userName, session.role.key(), peerKey(socket->peerAddress(), socket->peerPort()),
            QStringLiteral("broker.open"), connection->topicNames.join(QLatin1Char(',')),
            AuditEntry::Outcome::Success, {{QStringLiteral("compress"), connection->compress}});
        qCInfo(lcBroker) << "broker connection of" << session.userName << "for" << connection->topicNames;
        Q_EMIT connectionOpened(session.userName);
    }
}

void BrokerService::close(QWebSocket *socket)
{
    const auto connection = m_connections.take(socket);
    if (!connection)
        return;
    socket->disconnect(this);
    socket->deleteLater();
    Q_EMIT connectionClosed(connection->session.userName);
}

void BrokerService::publish(const UploadOutcome &outcome)
{
    if (outcome.acceptedRecords.isEmpty())
        return;
    for (const auto &connection : std::as_const(m_connections))
        connection->subscription->offer(outcome.companyId, outcome.spec, outcome.acceptedRecords);
}

void BrokerService::flush()
{
    // Handshakes that never finished (the client went away mid-way) are forgotten after a while.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_handshaking.removeIf([now](const auto &it) { return now - it.value()->handedOverMs > 30000; });

    const QList<QWebSocket *> sockets = m_connections.keys();
    for (QWebSocket *socket : sockets) {
        const auto connection = m_connections.value(socket);
        const AccountService::SessionLookup lookup = m_auth.accounts().peek(connection->token);
        if (lookup.state == AccountService::SessionState::Unknown ||
            lookup.state == AccountService::SessionState::Expired) {
            socket->close(QWebSocketProtocol::CloseCode(SessionEndedCloseCode),
                          tr("The session has ended; sign in again."));
            close(socket);
            continue;
        }
        if (lookup.state == AccountService::SessionState::IdleLocked)
            continue; // nothing flows to a locked console; positions keep coalescing
        if (socket->bytesToWrite() > m_maxBufferedBytes)
            continue; // a slow reader: wait, and let newer positions replace the waiting ones
        if (const qint64 dropped = connection->subscription->takeDroppedCount()) {
            socket->sendTextMessage(QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("dropped")},
                                          {QStringLiteral("count"), dropped}})
                    .toJson(QJsonDocument::Compact)));
        }
        if (connection->subscription->isEmpty())
            continue;
        const QList<UploadEnvelope> batch = connection->subscription->takeBatch(m_maxBatchRecords);
        QByteArray bytes = m_codec->encodeList(batch);
        if (connection->compress)
            bytes = Compression::gzip(bytes, 1); // latency matters more than the last few per cent
        socket->sendBinaryMessage(bytes);
    }
}

} // namespace rw
