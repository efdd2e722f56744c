// BrokerClient: decoding, a malformed message skipped (not fatal), reconnecting after the
// platform went away, against small WebSocket servers on loopback.

#include "client/brokerclient.h"
#include "protocol/compression.h"
#include "protocol/interfacecatalogue.h"
#include "protocol/protobufcodec.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace rw;

class tst_BrokerClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void malformedMessagesAreSkipped();
    void reconnectsAfterTheServerComesBack();
    void sessionEndedWaitsForANewToken();
    void handshakeRefusedWith401WaitsForANewToken();
    void handshakeRefusedOtherwiseRetries();

private:
    QByteArray positions(int count) const;

    std::shared_ptr<const InterfaceCatalogue> m_catalogue;
};

void tst_BrokerClient::initTestCase()
{
    m_catalogue = InterfaceCatalogue::builtIn();
}

QByteArray tst_BrokerClient::positions(int count) const
{
    const InterfaceSpec *spec = m_catalogue->byTopic(u"ProvPositionVehicle");
    UploadEnvelope envelope;
    envelope.companyId = QStringLiteral("4690WZSYC001");
    envelope.spec = spec;
    envelope.batch = true;
    for (int i = 0; i < count; ++i) {
        Record record = makeRecord(*spec);
        record.setValue(u"CompanyId", envelope.companyId);
        record.setValue(u"VehicleNo", QStringLiteral("琼D%1").arg(10000 + i));
        record.setValue(u"PositionTime", qint64(1763700000 + i));
        record.setValue(u"Longitude", qint64(109516800));
        record.setValue(u"Latitude", qint64(18776500));
        record.setValue(u"Encrypt", qint64(2));
        envelope.records.append(record);
    }
    return ProtobufCodec(m_catalogue).encodeList({envelope});
}

void tst_BrokerClient::malformedMessagesAreSkipped()
{
    QWebSocketServer server(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    BrokerClient client(m_catalogue);
    QSignalSpy received(&client, &BrokerClient::envelopesReceived);
    QSignalSpy rejected(&client, &BrokerClient::messageRejected);
    QSignalSpy newConnection(&server, &QWebSocketServer::newConnection);
    client.open(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())), "t",
                {QStringLiteral("ProvPositionVehicle")});
    QVERIFY(newConnection.wait(10000));
    QWebSocket *peer = server.nextPendingConnection();
    QVERIFY(peer);
    QVERIFY(peer->requestUrl().query().contains(QStringLiteral("topics=ProvPositionVehicle")));
    QCOMPARE(peer->request().rawHeader("Authorization"), QByteArray("Bearer t"));

    peer->sendBinaryMessage(QByteArray("\x0a\xff\xff\xff garbage", 13)); // broken protobuf
    peer->sendBinaryMessage(QByteArray("\x1f\x8b not really gzip"));     // broken gzip
    peer->sendBinaryMessage(Compression::gzip(positions(3)));            // good, compressed
    peer->sendBinaryMessage(positions(2));                               // good, plain
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, 10000);
    QCOMPARE(rejected.size(), 2);
    QCOMPARE(client.malformedMessages(), 2);
    QCOMPARE(received.at(0).at(0).value<QList<UploadEnvelope>>().first().records.size(), 3);
    QCOMPARE(received.at(1)
                 .at(0)
                 .value<QList<UploadEnvelope>>()
                 .first()
                 .records.at(1)
                 .value(u"VehicleNo")
                 .toString(),
             QStringLiteral("琼D10001"));
    QCOMPARE(client.state(), BrokerClient::State::Connected); // still connected: skipped, not fatal
    delete peer;
}

void tst_BrokerClient::reconnectsAfterTheServerComesBack()
{
    auto server = std::make_unique<QWebSocketServer>(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
    QVERIFY(server->listen(QHostAddress::LocalHost));
    const quint16 port = server->serverPort();
    BrokerClient client(m_catalogue);
    client.setBackoff(50, 400);
    QSignalSpy states(&client, &BrokerClient::stateChanged);
    client.open(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), "t",
                {QStringLiteral("ProvPositionVehicle")});
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), BrokerClient::State::Connected, 10000);

    // The platform goes away: the client waits and retries, backing off.
    server.reset();
    QTRY_VERIFY_WITH_TIMEOUT(client.reconnects() >= 3, 10000);
    QVERIFY(client.state() != BrokerClient::State::Connected);

    // And comes back on the same port.
    QWebSocketServer again(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
    QVERIFY(again.listen(QHostAddress::LocalHost, port));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), BrokerClient::State::Connected, 10000);
    QSignalSpy received(&client, &BrokerClient::envelopesReceived);
    QTRY_VERIFY(again.hasPendingConnections());
    QWebSocket *peer = again.nextPendingConnection();
    peer->sendBinaryMessage(positions(1));
    QVERIFY(received.wait(10000));
    delete peer;
}

void tst_BrokerClient::sessionEndedWaitsForANewToken()
{
    QWebSocketServer server(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    BrokerClient client(m_catalogue);
    client.setBackoff(50, 100);
    QSignalSpy rejected(&client, &BrokerClient::sessionRejected);
    client.open(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())), "old",
                {QStringLiteral("ProvPositionVehicle")});
    QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 10000);
    QWebSocket *peer = server.nextPendingConnection();
    peer->close(QWebSocketProtocol::CloseCode(BrokerClient::SessionEndedCloseCode),
                QStringLiteral("session ended"));
    QVERIFY(rejected.wait(10000));
    QCOMPARE(rejected.first().at(0).toString(), QStringLiteral("session ended"));
    // No retries with a token known to be dead.
    QTest::qWait(400);
    QCOMPARE(client.state(), BrokerClient::State::Disconnected);
    QVERIFY(!server.hasPendingConnections());

    client.setToken("new");
    QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 10000);
    QWebSocket *renewed = server.nextPendingConnection();
    QCOMPARE(renewed->request().rawHeader("Authorization"), QByteArray("Bearer new"));
    delete peer;
    delete renewed;
}

namespace {

/**
 * Answers every WebSocket handshake with \a status and keeps the connection open, as the platform's
 * HTTP server does (keep-alive): the client must not wait for it to close. Counts the handshakes.
 */
class RefusingServer : public QTcpServer
{
public:
    explicit RefusingServer(QByteArray statusLine)
        : m_statusLine(std::move(statusLine))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (!m_request.contains("\r\n\r\n"))
                        return;
                    lastRequest = m_request;
                    m_request.clear();
                    ++handshakes;
                    socket->write("HTTP/1.1 " + m_statusLine +
                                  "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
                });
            }
        });
    }

    int handshakes = 0;
    QByteArray lastRequest;

private:
    QByteArray m_statusLine;
    QByteArray m_request;
};

} // namespace

void tst_BrokerClient::handshakeRefusedWith401WaitsForANewToken()
{
    // A restarted platform does not know the token: 401 at the handshake, not close code 4401.
    RefusingServer server("401 Unauthorized");
    QVERIFY(server.listen(QHostAddress::LocalHost));
    BrokerClient client(m_catalogue);
    client.setBackoff(20, 40);
    QSignalSpy rejected(&client, &BrokerClient::sessionRejected);
    client.open(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())), "old",
                {QStringLiteral("ProvPositionVehicle")});
    // At once, although the server keeps the connection open.
    QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, 5000);
    QVERIFY2(rejected.first().at(0).toString().contains(QStringLiteral("401")),
             qPrintable(rejected.first().at(0).toString()));
    QCOMPARE(client.state(), BrokerClient::State::Disconnected);
    QVERIFY(client.isOpen());
    QCOMPARE(server.handshakes, 1);
    QCOMPARE(client.reconnects(), 0);

    // A new token tries again at once (refused again here: one more rejection, still no retry loop).
    client.setToken("new");
    QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 2, 5000);
    QCOMPARE(server.handshakes, 2);
    QVERIFY(server.lastRequest.contains("Authorization: Bearer new"));
    QCOMPARE(client.reconnects(), 0);
}

void tst_BrokerClient::handshakeRefusedOtherwiseRetries()
{
    // Busy (503): not about the session; retried with back-off, each refusal handled at once rather
    // than after the server's idle timeout.
    RefusingServer server("503 Service Unavailable");
    QVERIFY(server.listen(QHostAddress::LocalHost));
    BrokerClient client(m_catalogue);
    client.setBackoff(20, 40);
    QSignalSpy rejected(&client, &BrokerClient::sessionRejected);
    client.open(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())), "t",
                {QStringLiteral("ProvPositionVehicle")});
    QTRY_VERIFY_WITH_TIMEOUT(server.handshakes >= 3, 5000);
    QVERIFY(client.reconnects() >= 2);
    QCOMPARE(rejected.size(), 0);
    QVERIFY(client.state() != BrokerClient::State::Connected);
}

QTEST_GUILESS_MAIN(tst_BrokerClient)
#include "tst_brokerclient.moc"
