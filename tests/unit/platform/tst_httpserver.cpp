#include "http/httpserver.h"

#include "selfsignedcertificate.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#ifdef RW_HAVE_WEBSOCKETS
#include <QWebSocket>
#include <QWebSocketServer>
#endif

#include <atomic>
#include <memory>
#include <optional>
#include <thread>

using namespace rw;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 10'000;

struct RawResponse
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;

    QString errorCode() const
    {
        return QJsonDocument::fromJson(body)
            .object()
            .value(u"error"_s)
            .toObject()
            .value(u"code"_s)
            .toString();
    }
    QString errorMessage() const
    {
        return QJsonDocument::fromJson(body)
            .object()
            .value(u"error"_s)
            .toObject()
            .value(u"message"_s)
            .toString();
    }
};

// Parses one response from the front of \a buffer and removes it; nullopt while incomplete.
std::optional<RawResponse> takeResponse(QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    RawResponse response;
    const QByteArrayList statusParts = lines.first().trimmed().split(' ');
    if (statusParts.size() < 2)
        return std::nullopt;
    response.status = statusParts.at(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        response.headers.add(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    const qsizetype length = response.headers.value("Content-Length", "0").toLongLong();
    if (buffer.size() < end + 4 + length)
        return std::nullopt;
    response.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    return response;
}

// A client that writes raw bytes, to send what a well-behaved client library never would.
class RawClient
{
public:
    explicit RawClient(quint16 port, const QSslCertificate &trusted = QSslCertificate())
    {
        if (trusted.isNull()) {
            m_socket = std::make_unique<QTcpSocket>();
            m_socket->setProxy(QNetworkProxy::NoProxy);
            m_socket->connectToHost(QHostAddress::LocalHost, port);
        } else {
            auto ssl = std::make_unique<QSslSocket>();
            ssl->setProxy(QNetworkProxy::NoProxy);
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.setCaCertificates({trusted});
            ssl->setSslConfiguration(configuration);
            ssl->connectToHostEncrypted(u"127.0.0.1"_s, port);
            m_socket = std::move(ssl);
        }
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }

    QTcpSocket *socket() const { return m_socket.get(); }

    bool waitConnected(int timeout = kWaitMs)
    {
        auto *ssl = qobject_cast<QSslSocket *>(m_socket.get());
        return QTest::qWaitFor(
            [&] { return ssl ? ssl->isEncrypted() : m_socket->state() == QAbstractSocket::ConnectedState; },
            timeout);
    }

    void send(const QByteArray &bytes) { m_socket->write(bytes); }

    /** Waits for the next whole response (a 100 Continue counts as one). */
    std::optional<RawResponse> read(int timeout = kWaitMs)
    {
        std::optional<RawResponse> response;
        (void)QTest::qWaitFor(
            [&] {
                m_buffer += m_socket->readAll();
                response = takeResponse(m_buffer);
                return response.has_value();
            },
            timeout);
        return response;
    }

    /** Waits until the server has closed the connection (everything sent was read). */
    bool waitClosed(int timeout = kWaitMs)
    {
        return QTest::qWaitFor(
            [&] {
                m_buffer += m_socket->readAll();
                return m_socket->state() == QAbstractSocket::UnconnectedState;
            },
            timeout);
    }

    QByteArray &buffer() { return m_buffer; }

private:
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
};

QByteArray get(const QByteArray &target, const QByteArray &extra = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

QByteArray post(const QByteArray &target, const QByteArray &body, const QByteArray &extra = {})
{
    return "POST " + target +
           " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" +
           extra + "\r\n" + body;
}

QNetworkReply *waitFinished(QNetworkReply *reply)
{
    (void)QTest::qWaitFor([&] { return reply->isFinished(); }, kWaitMs);
    return reply;
}

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

HttpResponse text(const QByteArray &body)
{
    return HttpResponse(200, body, "text/plain; charset=utf-8");
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void listensAndReportsErrors();
    void routesExactAndPrefixPaths();
    void unknownPathIs404NamingThePath();
    void wrongMethodIs405WithAllow();
    void answersAsynchronouslyAfterATimer();
    void answersFromAWorkerThread();
    void handlerWithoutAnswerOrThrowingGives500();
    void pipelinedRequestsAnsweredInOrder();
    void pipeliningDepthIsBounded();
    void clientNotReadingStopsFurtherRequests();
    void bodyInOneByteFragments();
    void chunkedBody();
    void expectContinue();
    void oversizedBodyIs413AndOthersAreServed();
    void malformedRequestIs400AndCloses_data();
    void malformedRequestIs400AndCloses();
    void headerFloodIs431();
    void slowClientGets408WhileOthersAreServed();
    void idleKeepAliveConnectionIsClosed();
    void connectionHeaderIsCorrect();
    void tlsRoundTrip();
    void plainClientOnTlsPortDoesNotDisturb();
    void clientGoneBeforeAsyncAnswer();
    void twoHundredConcurrentConnections();
    void tooManyConnectionsGet503();
    void upgradeAnsweredInHttpKeepsConnection();
    void webSocketUpgradeIsHandedOver();

    void benchmarkKeepAliveRequests();

private:
    QNetworkAccessManager *nam();
    std::unique_ptr<QNetworkAccessManager> m_nam;
    test::SelfSignedCertificate m_tls;
};

void TestHttpServer::initTestCase()
{
    m_tls = test::makeSelfSignedCertificate();
    QVERIFY2(!m_tls.certificate.isNull(), qPrintable(m_tls.error));
}

QNetworkAccessManager *TestHttpServer::nam()
{
    // A fresh manager per use keeps connection reuse from leaking between tests.
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
    return m_nam.get();
}

void TestHttpServer::listensAndReportsErrors()
{
    HttpServer server;
    QVERIFY(!server.isListening());
    QVERIFY2(server.listen(QHostAddress::LocalHost), qPrintable(server.errorString()));
    QVERIFY(server.isListening());
    QVERIFY(server.serverPort() != 0);
    QCOMPARE(server.serverAddress(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(!server.listen(QHostAddress::LocalHost));
    QVERIFY(server.errorString().contains(QString::number(server.serverPort())));

    HttpServer second;
    QVERIFY(!second.listen(QHostAddress::LocalHost, server.serverPort()));
    QVERIFY2(second.errorString().contains(QString::number(server.serverPort())),
             qPrintable(second.errorString()));

    HttpServer tlsWithoutKey;
    QSslConfiguration incomplete = QSslConfiguration::defaultConfiguration();
    incomplete.setLocalCertificate(m_tls.certificate);
    tlsWithoutKey.setSslConfiguration(incomplete);
    QVERIFY(!tlsWithoutKey.listen(QHostAddress::LocalHost));
    QVERIFY2(tlsWithoutKey.errorString().contains(u"private key"_s), qPrintable(tlsWithoutKey.errorString()));

    server.close();
    QVERIFY(!server.isListening());
}

void TestHttpServer::routesExactAndPrefixPaths()
{
    HttpServer server;
    server.route("GET", u"/hello"_s, [](const HttpRequest &, HttpResponder r) { r.respond(text("hi")); });
    server.route("POST", u"/position/vehicle"_s, [](const HttpRequest &q, HttpResponder r) {
        r.respond(
            HttpResponse::json(200, QJsonObject{{u"company"_s, q.query.queryItemValue(u"company"_s)},
                                                {u"bytes"_s, q.body.size()},
                                                {u"type"_s, QString::fromLatin1(q.header("content-type"))},
                                                {u"peer"_s, q.peerAddress.toString()},
                                                {u"tls"_s, q.tls}}));
    });
    server.routePrefix("GET", u"/api/v1/"_s, [](const HttpRequest &q, HttpResponder r) {
        r.respond(text("api:" + q.path.toUtf8()));
    });
    server.routePrefix("GET", u"/api/v1/vehicles/"_s, [](const HttpRequest &q, HttpResponder r) {
        r.respond(text("vehicle:" + q.path.mid(17).toUtf8()));
    });
    server.route("GET", u"/api/v1/session"_s,
                 [](const HttpRequest &, HttpResponder r) { r.respond(text("exact")); });
    QVERIFY(server.listen());
    const QString base = u"http://127.0.0.1:%1"_s.arg(server.serverPort());

    QNetworkAccessManager *manager = nam();
    std::unique_ptr<QNetworkReply> hello(
        waitFinished(manager->get(QNetworkRequest(QUrl(base + u"/hello"_s)))));
    QCOMPARE(hello->error(), QNetworkReply::NoError);
    QCOMPARE(hello->readAll(), "hi");

    QNetworkRequest upload(QUrl(base + u"/position/vehicle?company=4690017XYZ"_s));
    upload.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-protobuf"_s);
    std::unique_ptr<QNetworkReply> posted(waitFinished(manager->post(upload, QByteArray(5000, '\x08'))));
    QCOMPARE(statusOf(posted.get()), 200);
    const QJsonObject echoed = QJsonDocument::fromJson(posted->readAll()).object();
    QCOMPARE(echoed.value(u"company"_s).toString(), u"4690017XYZ"_s);
    QCOMPARE(echoed.value(u"bytes"_s).toInt(), 5000);
    QCOMPARE(echoed.value(u"type"_s).toString(), u"application/x-protobuf"_s);
    QCOMPARE(echoed.value(u"peer"_s).toString(), u"127.0.0.1"_s);
    QCOMPARE(echoed.value(u"tls"_s).toBool(), false);

    std::unique_ptr<QNetworkReply> prefix(
        waitFinished(manager->get(QNetworkRequest(QUrl(base + u"/api/v1/companies"_s)))));
    QCOMPARE(prefix->readAll(), "api:/api/v1/companies");
    // The longest prefix wins; the path arrives percent-decoded.
    std::unique_ptr<QNetworkReply> longer(
        waitFinished(manager->get(QNetworkRequest(QUrl(base + u"/api/v1/vehicles/琼A12345"_s)))));
    QCOMPARE(QString::fromUtf8(longer->readAll()), u"vehicle:琼A12345"_s);
    // An exact route wins over any prefix.
    std::unique_ptr<QNetworkReply> exact(
        waitFinished(manager->get(QNetworkRequest(QUrl(base + u"/api/v1/session"_s)))));
    QCOMPARE(exact->readAll(), "exact");
}

void TestHttpServer::unknownPathIs404NamingThePath()
{
    HttpServer server;
    server.route("GET", u"/hello"_s, [](const HttpRequest &, HttpResponder r) { r.respond(text("hi")); });
    QVERIFY(server.listen());
    std::unique_ptr<QNetworkReply> reply(waitFinished(nam()->get(
        QNetworkRequest(QUrl(u"http://127.0.0.1:%1/baseinfo/nowhere"_s.arg(server.serverPort()))))));
    QCOMPARE(statusOf(reply.get()), 404);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
             u"application/json; charset=utf-8"_s);
    const QJsonObject error = QJsonDocument::fromJson(reply->readAll()).object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"not_found"_s);
    QVERIFY2(error.value(u"message"_s).toString().contains(u"/baseinfo/nowhere"_s),
             qPrintable(error.value(u"message"_s).toString()));
}

void TestHttpServer::wrongMethodIs405WithAllow()
{
    HttpServer server;
    server.route("GET", u"/api/v1/outages"_s,
                 [](const HttpRequest &, HttpResponder r) { r.respond(text("[]")); });
    server.route("POST", u"/api/v1/outages"_s,
                 [](const HttpRequest &, HttpResponder r) { r.respond(text("ok")); });
    server.routePrefix("PUT", u"/api/v1/"_s,
                       [](const HttpRequest &, HttpResponder r) { r.respond(text("put")); });
    QVERIFY(server.listen());

    RawClient client(server.serverPort());
    client.send("DELETE /api/v1/outages HTTP/1.1\r\nHost: x\r\n\r\n");
    auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, 405);
    QCOMPARE(response->headers.value("Allow"), "GET, POST, PUT");
    QCOMPARE(response->errorCode(), u"method_not_allowed"_s);
    QVERIFY(response->errorMessage().contains(u"DELETE"_s));
    QVERIFY(response->errorMessage().contains(u"/api/v1/outages"_s));
    // A 405 is an ordinary answer: the connection stays usable.
    QCOMPARE(response->headers.value("Connection"), "keep-alive");
    client.send(get("/api/v1/outages"));
    response = client.read();
    QVERIFY(response);
    QCOMPARE(response->body, "[]");
}

void TestHttpServer::answersAsynchronouslyAfterATimer()
{
    HttpServer server;
    int calls = 0;
    server.route("POST", u"/order/create"_s, [&](const HttpRequest &q, HttpResponder r) {
        ++calls;
        QTimer::singleShot(100, Qt::PreciseTimer, &server,
                           [r, body = q.body] { r.respond(text("stored:" + body)); });
    });
    QVERIFY(server.listen());
    QElapsedTimer clock;
    clock.start();
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/order/create"_s.arg(server.serverPort())));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    std::unique_ptr<QNetworkReply> reply(waitFinished(nam()->post(request, "{}")));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), "stored:{}");
    QCOMPARE(calls, 1);
    QVERIFY2(clock.elapsed() >= 100, "answered before the handler's timer fired");
}

void TestHttpServer::answersFromAWorkerThread()
{
    HttpServer server;
    std::vector<std::thread> workers;
    server.route("POST", u"/position/vehicle"_s, [&](const HttpRequest &q, HttpResponder r) {
        // As the intake does after a database commit on a worker thread.
        workers.emplace_back([r, size = q.body.size()] {
            r.respond(HttpResponse::json(200, QJsonObject{{u"accepted"_s, size}}));
        });
    });
    QVERIFY(server.listen());
    RawClient client(server.serverPort());
    client.send(post("/position/vehicle", "abc") + post("/position/vehicle", "abcdef"));
    auto first = client.read();
    auto second = client.read();
    for (auto &worker : workers)
        worker.join();
    QVERIFY(first && second);
    QCOMPARE(first->body, R"({"accepted":3})");
    QCOMPARE(second->body, R"({"accepted":6})");
}

void TestHttpServer::handlerWithoutAnswerOrThrowingGives500()
{
    HttpServer server;
    server.route("GET", u"/forgetful"_s, [](const HttpRequest &, HttpResponder) {});
    server.route("GET", u"/throws"_s,
                 [](const HttpRequest &, HttpResponder) { throw std::runtime_error("disk full"); });
    QVERIFY(server.listen());
    RawClient client(server.serverPort());
    client.send(get("/forgetful") + get("/throws") + get("/forgetful"));
    for (const QString &expected : {u"/forgetful"_s, u"disk full"_s, u"/forgetful"_s}) {
        const auto response = client.read();
        QVERIFY(response);
        QCOMPARE(response->status, 500);
        QCOMPARE(response->errorCode(), u"internal_error"_s);
        QVERIFY2(response->errorMessage().contains(expected), qPrintable(response->errorMessage()));
    }
}

void TestHttpServer::pipelinedRequestsAnsweredInOrder()
{
    HttpServer server;
    server.route("GET", u"/delay"_s, [&](const HttpRequest &q, HttpResponder r) {
        // The first request is answered last.
        const int ms = q.query.queryItemValue(u"ms"_s).toInt();
        const QByteArray id = q.query.queryItemValue(u"id"_s).toLatin1();
        if (ms == 0)
            r.respond(text(id));
        else
            QTimer::singleShot(ms, &server, [r, id] { r.respond(text(id)); });
    });
    QVERIFY(server.listen());
    RawClient client(server.serverPort());
    QByteArray burst;
    const QList<int> delays{120, 80, 0, 40, 0, 10};
    for (int i = 0; i < delays.size(); ++i)
        burst += get("/delay?id=" + QByteArray::number(i) + "&ms=" + QByteArray::number(delays[i]));
    client.send(burst); // all in one write
    for (int i = 0; i < delays.size(); ++i) {
        const auto response = client.read();
        QVERIFY2(response, qPrintable(u"response %1 missing"_s.arg(i)));
        QCOMPARE(response->body, QByteArray::number(i));
        QCOMPARE(response->headers.value("Connection"), "keep-alive");
    }
}

void TestHttpServer::pipeliningDepthIsBounded()
{
    HttpServer::Limits limits;
    limits.maxPipelinedRequests = 4;
    HttpServer server(limits);
    QList<HttpResponder> outstanding;
    int mostOutstanding = 0;
    server.route("GET", u"/hold"_s, [&](const HttpRequest &, HttpResponder r) {
        outstanding.append(r);
        mostOutstanding = qMax(mostOutstanding, int(outstanding.size()));
    });
    QVERIFY(server.listen());
    RawClient client(server.serverPort());
    QByteArray burst;
    for (int i = 0; i < 12; ++i)
        burst += get("/hold");
    client.send(burst);
    int answered = 0;
    while (answered < 12) {
        QTRY_COMPARE_WITH_TIMEOUT(outstanding.size(), 4, kWaitMs);
        // Each answer makes room, and the next request is handed out at once.
        const QList<HttpResponder> batch = std::exchange(outstanding, {});
        for (const HttpResponder &r : batch)
            r.respond(text(QByteArray::number(answered++)));
    }
    QCOMPARE(mostOutstanding, 4); // never more handed out unanswered
    for (int i = 0; i < 12; ++i) {
        const auto response = client.read();
        QVERIFY(response);
        QCOMPARE(response->body, QByteArray::number(i));
    }
}

void TestHttpServer::clientNotReadingStopsFurtherRequests()
{
    HttpServer::Limits limits;
    limits.maxPendingOutputBytes = 64 * 1024;
    HttpServer server(limits);
    int handled = 0;
    const QByteArray big(256 * 1024, 'p');
    server.route("GET", u"/track"_s, [&](const HttpRequest &, HttpResponder r) {
        ++handled;
        r.respond(text(big));
    });
    QVERIFY(server.listen());
    RawClient client(server.serverPort());
    client.socket()->setReadBufferSize(64 * 1024); // else Qt would read everything for us
    constexpr int kRequests = 200;                 // 50 MiB of answers the client does not read yet
    QByteArray burst;
    for (int i = 0; i < kRequests; ++i)
        burst += get("/track");
    client.send(burst);
    QTRY_VERIFY_WITH_TIMEOUT(handled > 0, kWaitMs);
    // The server stops taking requests once the kernel buffers and its own backlog are full,
    // instead of holding 50 MiB for a client that does not read.
    QVERIFY2(!QTest::qWaitFor([&] { return handled == kRequests; }, 1000),
             qPrintable(u"all %1 requests were answered into memory"_s.arg(kRequests)));
    qInfo("%d of %d requests taken while the client did not read", handled, kRequests);
    client.socket()->setReadBufferSize(0); // now the client reads
    for (int i = 0; i < kRequests; ++i) {
        const auto response = client.read();
        QVERIFY2(response, qPrintable(u"response %1 missing"_s.arg(i)));
        QCOMPARE(response->body.size(), big.size());
    }
    QCOMPARE(handled, kRequests);
}

void TestHttpServer::bodyInOneByteFragments()
{
    HttpServer server;
    server.route("POST", u"/baseinfo/vehicle"_s, [](const HttpRequest &q, HttpResponder r) {
        r.respond(text(q.header("x-batch") + ":" + q.body));
    });
    QVERIFY(server.listen());
    RawClient client(server.serverPort());
    QVERIFY(client.waitConnected());
    const QByteArray wire =
        post("/baseinfo/vehicle", R"({"VehicleNo":"琼A12345","Seats":5})", "X-Batch: 7\r\n");
    for (const char c : wire) {
        client.send(QByteArray(1, c));
        client.socket()->flush();
        QCoreApplication::processEvents(); // lets the server read each byte on its own
    }
    const auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body, QByteArray(R"(7:{"VehicleNo":"琼A12345","Seats":5})"));
}

void TestHttpServer::chunkedBody()
{
    HttpServer server;
    server.route("POST", u"/position/vehicle"_s,
                 [](const HttpRequest &q, HttpResponder r) { r.respond(text(q.body)); });
    QVERIFY(server.listen());
    RawClient client(server.serverPort());
    client.send("POST /position/vehicle HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                "4\r\nWiki\r\n6;ext=1\r\npedia \r\nE\r\nin \r\n\r\nchunks.\r\n0\r\nX-Trailer: 1\r\n\r\n");
    auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->body, "Wikipedia in \r\n\r\nchunks.");

    // A chunk longer than it says is malformed: 400, and the connection ends.
    client.send(
        "POST /position/vehicle HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcd\r\n");
    response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, 400);
    QVERIFY(response->errorMessage().contains(u"CRLF"_s));
    QCOMPARE(response->headers.value("Connection"), "close");
    QVERIFY(client.waitClosed());
}

void TestHttpServer::expectContinue()
{
    HttpServer::Limits limits;
    limits.maxBodyBytes = 1000;
    HttpServer server(limits);
    int calls = 0;
    server.route("POST", u"/upload"_s, [&](const HttpRequest &q, HttpResponder r) {
        ++calls;
        r.respond(text(q.body));
    });
    QVERIFY(server.listen());
    RawClient client(server.serverPort());
    client.send("POST /upload HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
    auto interim = client.read();
    QVERIFY(interim);
    QCOMPARE(interim->status, 100);
    QCOMPARE(calls, 0);
    client.send("hello");
    auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body, "hello");

    // Too large: refused instead of invited.
    client.send("POST /upload HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5000\r\n\r\n");
    response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, 413);
    QVERIFY(client.waitClosed());
    QCOMPARE(calls, 1);
}

void TestHttpServer::oversizedBodyIs413AndOthersAreServed()
{
    HttpServer::Limits limits;
    limits.maxBodyBytes = 1024;
    HttpServer server(limits);
    int calls = 0;
    server.route("POST", u"/position/vehicle"_s, [&](const HttpRequest &q, HttpResponder r) {
        ++calls;
        r.respond(text(QByteArray::number(q.body.size())));
    });
    QVERIFY(server.listen());

    RawClient greedy(server.serverPort());
    // The client starts sending its 10 MiB body; the server answers on seeing the length.
    greedy.send("POST /position/vehicle HTTP/1.1\r\nHost: x\r\nContent-Length: 10485760\r\n\r\n" +
                QByteArray(64 * 1024, 'x'));
    const auto refused = greedy.read();
    QVERIFY(refused);
    QCOMPARE(refused->status, 413);
    QCOMPARE(refused->errorCode(), u"payload_too_large"_s);
    QVERIFY2(refused->errorMessage().contains(u"1024"_s), qPrintable(refused->errorMessage()));
    QVERIFY2(refused->errorMessage().contains(u"10485760"_s), qPrintable(refused->errorMessage()));
    QCOMPARE(refused->headers.value("Connection"), "close");
    QVERIFY(greedy.waitClosed());
    QCOMPARE(calls, 0);

    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/position/vehicle"_s.arg(server.serverPort())));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    std::unique_ptr<QNetworkReply> reply(waitFinished(nam()->post(request, QByteArray(1024, 'y'))));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), "1024");
    QCOMPARE(calls, 1);
}

void TestHttpServer::malformedRequestIs400AndCloses_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("extra word") << QByteArray("GET /hello HTTP/1.1 please\r\nHost: x\r\n\r\n") << 400
                                << u"GET /hello HTTP/1.1 please"_s;
    QTest::newRow("lowercase version")
        << QByteArray("GET /hello http/1.1\r\nHost: x\r\n\r\n") << 400 << u"http/1.1"_s;
    QTest::newRow("tls hello on plain port") << QByteArray::fromHex("160301020001000001fc0303") + "\r\n\r\n"
                                             << 400 << u"request line"_s;
    QTest::newRow("header without colon")
        << QByteArray("GET /hello HTTP/1.1\r\nHost: x\r\nOops\r\n\r\n") << 400 << u"'Oops'"_s;
    QTest::newRow("smuggling") << QByteArray("POST /hello HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
                                             "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                               << 400 << u"Transfer-Encoding"_s;
    QTest::newRow("http/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505 << u"HTTP/2.0"_s;
}

void TestHttpServer::malformedRequestIs400AndCloses()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, status);
    QFETCH(QString, mentions);
    HttpServer server;
    server.route("GET", u"/hello"_s, [](const HttpRequest &, HttpResponder r) { r.respond(text("hi")); });
    QVERIFY(server.listen());
    RawClient client(server.serverPort());
    // A good request first: its answer still comes, before the refusal.
    client.send(get("/hello") + wire + get("/hello"));
    auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, status);
    QVERIFY2(response->errorMessage().contains(mentions), qPrintable(response->errorMessage()));
    QCOMPARE(response->headers.value("Connection"), "close");
    QVERIFY(client.waitClosed());
    QVERIFY2(client.buffer().isEmpty(), "the request after the malformed one was answered");
}

void TestHttpServer::headerFloodIs431()
{
    HttpServer server; // default limits: 64 KiB, 100 fields
    server.route("GET", u"/hello"_s, [](const HttpRequest &, HttpResponder r) { r.respond(text("hi")); });
    QVERIFY(server.listen());

    RawClient big(server.serverPort());
    big.send("GET /hello HTTP/1.1\r\nHost: x\r\nCookie: " + QByteArray(70 * 1024, 'c') + "\r\n\r\n");
    auto response = big.read();
    QVERIFY(response);
    QCOMPARE(response->status, 431);
    QVERIFY2(response->errorMessage().contains(u"65536"_s), qPrintable(response->errorMessage()));
    QVERIFY(big.waitClosed());

    RawClient many(server.serverPort());
    QByteArray flood = "GET /hello HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 150; ++i)
        flood += "X-Flood-" + QByteArray::number(i) + ": 1\r\n";
    many.send(flood + "\r\n");
    response = many.read();
    QVERIFY(response);
    QCOMPARE(response->status, 431);
    QVERIFY2(response->errorMessage().contains(u"100 header fields"_s), qPrintable(response->errorMessage()));
    QVERIFY(many.waitClosed());

    RawClient fine(server.serverPort());
    fine.send(get("/hello"));
    response = fine.read();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
}

void TestHttpServer::slowClientGets408WhileOthersAreServed()
{
    HttpServer::Limits limits;
    limits.readTimeout = std::chrono::milliseconds(300);
    HttpServer server(limits);
    server.route("GET", u"/hello"_s, [](const HttpRequest &, HttpResponder r) { r.respond(text("hi")); });
    QVERIFY(server.listen());

    RawClient slow(server.serverPort());
    QElapsedTimer clock;
    clock.start();
    slow.send("GET /hello HTTP/1.1\r\nHost: x\r\n"); // and never the empty line

    // Meanwhile, another client is served at once.
    RawClient other(server.serverPort());
    other.send(get("/hello"));
    auto response = other.read(250);
    QVERIFY2(response, "another client waited for the slow one");
    QCOMPARE(response->body, "hi");

    response = slow.read();
    QVERIFY(response);
    QCOMPARE(response->status, 408);
    QCOMPARE(response->errorCode(), u"request_timeout"_s);
    QVERIFY2(response->errorMessage().contains(u"300 ms"_s), qPrintable(response->errorMessage()));
    QVERIFY(clock.elapsed() >= 280);
    QVERIFY(slow.waitClosed());
}

void TestHttpServer::idleKeepAliveConnectionIsClosed()
{
    HttpServer::Limits limits;
    limits.idleTimeout = std::chrono::milliseconds(200);
    HttpServer server(limits);
    server.route("GET", u"/hello"_s, [](const HttpRequest &, HttpResponder r) { r.respond(text("hi")); });
    QVERIFY(server.listen());
    RawClient client(server.serverPort());
    client.send(get("/hello"));
    QVERIFY(client.read());
    QElapsedTimer clock;
    clock.start();
    QVERIFY(client.waitClosed());
    QVERIFY(clock.elapsed() >= 150);
    QVERIFY2(client.buffer().isEmpty(), "an idle connection is closed without a response");
    QTRY_COMPARE(server.connectionCount(), 0);
}

void TestHttpServer::connectionHeaderIsCorrect()
{
    HttpServer server;
    server.route("GET", u"/hello"_s, [](const HttpRequest &, HttpResponder r) { r.respond(text("hi")); });
    server.route("GET", u"/bye"_s, [](const HttpRequest &, HttpResponder r) {
        HttpResponse response = text("bye");
        response.headers.set("Connection", "close"); // the handler ends the connection
        r.respond(response);
    });
    QVERIFY(server.listen());

    RawClient v11(server.serverPort());
    v11.send(get("/hello") + get("/hello", "Connection: close\r\n") + get("/hello"));
    auto response = v11.read();
    QVERIFY(response);
    QCOMPARE(response->headers.value("Connection"), "keep-alive");
    response = v11.read();
    QVERIFY(response);
    QCOMPARE(response->headers.value("Connection"), "close");
    QVERIFY(v11.waitClosed());
    QVERIFY2(v11.buffer().isEmpty(), "a request after Connection: close was answered");

    RawClient v10(server.serverPort());
    v10.send("GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /hello HTTP/1.0\r\n\r\n");
    response = v10.read();
    QVERIFY(response);
    QCOMPARE(response->headers.value("Connection"), "keep-alive");
    response = v10.read();
    QVERIFY(response);
    QCOMPARE(response->headers.value("Connection"), "close");
    QVERIFY(v10.waitClosed());

    RawClient handlerCloses(server.serverPort());
    handlerCloses.send(get("/bye") + get("/hello"));
    response = handlerCloses.read();
    QVERIFY(response);
    QCOMPARE(response->body, "bye");
    QCOMPARE(response->headers.value("Connection"), "close");
    QCOMPARE(response->headers.values("Connection").size(), 1);
    QVERIFY(handlerCloses.waitClosed());
}

void TestHttpServer::tlsRoundTrip()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend");
    HttpServer server;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(m_tls.certificate);
    configuration.setPrivateKey(m_tls.key);
    server.setSslConfiguration(configuration);
    QVERIFY(server.isTls());
    bool sawTls = false;
    server.route("POST", u"/baseinfo/company"_s, [&](const HttpRequest &q, HttpResponder r) {
        sawTls = q.tls;
        QTimer::singleShot(10, &server, [r, body = q.body] { r.respond(text("secure:" + body)); });
    });
    QVERIFY2(server.listen(QHostAddress::LocalHost), qPrintable(server.errorString()));

    // A normal client that trusts exactly this certificate: no errors to ignore.
    QNetworkRequest request(QUrl(u"https://127.0.0.1:%1/baseinfo/company"_s.arg(server.serverPort())));
    QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
    trust.setCaCertificates({m_tls.certificate});
    request.setSslConfiguration(trust);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    std::unique_ptr<QNetworkReply> reply(waitFinished(nam()->post(request, "{}")));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), "secure:{}");
    QCOMPARE(reply->sslConfiguration().peerCertificate(), m_tls.certificate);
    QVERIFY(sawTls);

    // Raw over TLS: pipelined, chunked, then Connection: close.
    RawClient raw(server.serverPort(), m_tls.certificate);
    QVERIFY(raw.waitConnected());
    raw.send(post("/baseinfo/company", "a") +
             "POST /baseinfo/company HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
             "chunked\r\n\r\n2\r\nbc\r\n0\r\n\r\n" +
             post("/baseinfo/company", "d", "Connection: close\r\n"));
    for (const char *expected : {"secure:a", "secure:bc", "secure:d"}) {
        const auto response = raw.read();
        QVERIFY2(response,
                 qPrintable(u"no response '%1' (%2; %3)"_s.arg(
                     QLatin1StringView(expected), QString::fromLatin1(raw.buffer().toPercentEncoding()),
                     raw.socket()->errorString())));
        QCOMPARE(response->body, expected);
    }
    QVERIFY(raw.waitClosed());
}

void TestHttpServer::plainClientOnTlsPortDoesNotDisturb()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend");
    HttpServer server;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(m_tls.certificate);
    configuration.setPrivateKey(m_tls.key);
    server.setSslConfiguration(configuration);
    server.route("GET", u"/hello"_s, [](const HttpRequest &, HttpResponder r) { r.respond(text("hi")); });
    QVERIFY(server.listen());

    RawClient plain(server.serverPort());
    plain.send(get("/hello"));
    QVERIFY(plain.waitClosed());
    QVERIFY(!plain.buffer().startsWith("HTTP/"));

    RawClient secure(server.serverPort(), m_tls.certificate);
    secure.send(get("/hello"));
    const auto response = secure.read();
    QVERIFY(response);
    QCOMPARE(response->body, "hi");
}

void TestHttpServer::clientGoneBeforeAsyncAnswer()
{
    HttpServer server;
    HttpResponder held;
    server.route("POST", u"/order/create"_s, [&](const HttpRequest &, HttpResponder r) { held = r; });
    QVERIFY(server.listen());
    {
        RawClient client(server.serverPort());
        client.send(post("/order/create", "{}"));
        QTRY_VERIFY_WITH_TIMEOUT(!held.isNull(), kWaitMs);
        QVERIFY(held.isPending());
        client.socket()->abort();
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 0, kWaitMs);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the connection is deleted
    QVERIFY(!held.isPending());
    held.respond(text("too late")); // harmless
    held.respond(text("twice"));
    std::thread([copy = held] { copy.respond(text("from another thread")); }).join();
    held = HttpResponder(); // dropping the last copy sends nothing either

    // And the server is fine.
    RawClient next(server.serverPort());
    next.send(post("/order/create", "{}"));
    QTRY_VERIFY_WITH_TIMEOUT(held.isPending(), kWaitMs);
    held.respond(text("ok"));
    const auto response = next.read();
    QVERIFY(response);
    QCOMPARE(response->body, "ok");
}

void TestHttpServer::twoHundredConcurrentConnections()
{
    HttpServer server;
    int peak = 0;
    server.route("GET", u"/position"_s, [&](const HttpRequest &q, HttpResponder r) {
        peak = qMax(peak, server.connectionCount());
        const int id = q.query.queryItemValue(u"id"_s).toInt();
        QTimer::singleShot(id % 25, &server, [r, id] { r.respond(text(QByteArray::number(id))); });
    });
    QVERIFY(server.listen());

    constexpr int kClients = 200;
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < kClients; ++i) {
        clients.push_back(std::make_unique<RawClient>(server.serverPort()));
        clients.back()->send(get("/position?id=" + QByteArray::number(i)));
    }
    std::vector<std::optional<RawResponse>> responses(kClients);
    int answered = 0;
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (int i = 0; i < kClients; ++i) {
                if (responses[i])
                    continue;
                clients[i]->buffer() += clients[i]->socket()->readAll();
                responses[i] = takeResponse(clients[i]->buffer());
                answered += responses[i] ? 1 : 0;
            }
            return answered == kClients;
        },
        30'000));
    for (int i = 0; i < kClients; ++i) {
        QCOMPARE(responses[i]->status, 200);
        QCOMPARE(responses[i]->body, QByteArray::number(i));
    }
    qInfo("%d concurrent connections answered; at most %d open at once", kClients, peak);
    QVERIFY(peak > 1);
}

void TestHttpServer::tooManyConnectionsGet503()
{
    HttpServer::Limits limits;
    limits.maxConnections = 2;
    HttpServer server(limits);
    server.route("GET", u"/hello"_s, [](const HttpRequest &, HttpResponder r) { r.respond(text("hi")); });
    QVERIFY(server.listen());

    auto a = std::make_unique<RawClient>(server.serverPort());
    RawClient b(server.serverPort());
    a->send(get("/hello"));
    b.send(get("/hello"));
    QVERIFY(a->read());
    QVERIFY(b.read());
    QCOMPARE(server.connectionCount(), 2);

    RawClient c(server.serverPort());
    c.send(get("/hello"));
    const auto refused = c.read();
    QVERIFY(refused);
    QCOMPARE(refused->status, 503);
    QCOMPARE(refused->errorCode(), u"service_unavailable"_s);
    QVERIFY(refused->errorMessage().contains(u"2"_s));
    QCOMPARE(refused->headers.value("Retry-After"), "1");
    QVERIFY(c.waitClosed());

    a.reset();
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 1, kWaitMs);
    RawClient d(server.serverPort());
    d.send(get("/hello"));
    const auto served = d.read();
    QVERIFY(served);
    QCOMPARE(served->status, 200);
}

void TestHttpServer::upgradeAnsweredInHttpKeepsConnection()
{
    HttpServer server;
    server.route("GET", u"/broker/"_s, [](const HttpRequest &q, HttpResponder r) {
        QVERIFY(q.isUpgrade());
        r.respond(HttpResponse::error(401, u"unauthorized"_s, u"token missing"_s));
    });
    server.route("GET", u"/hello"_s, [](const HttpRequest &, HttpResponder r) {
        QVERIFY(r.takeSocket() == nullptr); // not an upgrade request
        r.respond(text("hi"));
    });
    QVERIFY(server.listen());
    RawClient client(server.serverPort());
    client.send(get("/broker/", "Connection: Upgrade\r\nUpgrade: websocket\r\n") + get("/hello"));
    auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, 401);
    response = client.read();
    QVERIFY(response);
    QCOMPARE(response->body, "hi");
}

void TestHttpServer::webSocketUpgradeIsHandedOver()
{
#ifndef RW_HAVE_WEBSOCKETS
    QSKIP("Qt WebSockets not found at configure time");
#else
    HttpServer server;
    QWebSocketServer broker(u"RideWatch broker"_s, QWebSocketServer::NonSecureMode);
    std::vector<std::unique_ptr<QWebSocket>> sessions;
    connect(&broker, &QWebSocketServer::newConnection, this, [&] {
        while (QWebSocket *socket = broker.nextPendingConnection()) {
            sessions.emplace_back(socket);
            connect(socket, &QWebSocket::textMessageReceived, socket,
                    [socket](const QString &message) { socket->sendTextMessage(u"echo:"_s + message); });
        }
    });
    QString token;
    server.route("GET", u"/broker/"_s, [&](const HttpRequest &q, HttpResponder r) {
        token = q.query.queryItemValue(u"token"_s);
        if (QTcpSocket *socket = r.takeSocket())
            broker.handleConnection(socket);
        else
            r.respond(HttpResponse::error(500, u"internal_error"_s, u"no socket"_s));
    });
    server.route("GET", u"/hello"_s, [](const HttpRequest &, HttpResponder r) { r.respond(text("hi")); });
    QVERIFY(server.listen());

    QWebSocket client;
    client.setProxy(QNetworkProxy::NoProxy);
    QString received;
    connect(&client, &QWebSocket::textMessageReceived, this, [&](const QString &m) { received = m; });
    client.open(
        QUrl(u"ws://127.0.0.1:%1/broker/?token=abc&topics=ProvPositionVehicle"_s.arg(server.serverPort())));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, kWaitMs);
    QCOMPARE(token, u"abc"_s);
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 0, kWaitMs); // no longer an HTTP connection
    client.sendTextMessage(u"ping"_s);
    QTRY_COMPARE_WITH_TIMEOUT(received, u"echo:ping"_s, kWaitMs);
    client.close();

    // The HTTP side goes on.
    RawClient other(server.serverPort());
    other.send(get("/hello"));
    QVERIFY(other.read());
#endif
}

namespace {

// Sends \a count requests over one kept-alive connection from another thread, \a depth at a time,
// and returns the seconds it took, or -1.
double driveClient(quint16 port, const QByteArray &request, int count, int depth)
{
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(kWaitMs))
        return -1;
    socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QByteArray burst;
    for (int i = 0; i < depth; ++i)
        burst += request;
    QByteArray buffer;
    QElapsedTimer clock;
    clock.start();
    for (int sent = 0; sent < count; sent += depth) {
        socket.write(burst);
        int received = 0;
        while (received < depth) {
            if (takeResponse(buffer)) {
                ++received;
                continue;
            }
            if (!socket.waitForReadyRead(kWaitMs))
                return -1;
            buffer += socket.readAll();
        }
    }
    return clock.nsecsElapsed() / 1e9;
}

// The baseline: the same exchange against a server that only counts request bytes and writes a
// canned response, with no HTTP parsing, routing or response building.
class CannedServer : public QTcpServer
{
public:
    CannedServer(qsizetype requestSize, QByteArray response)
        : m_requestSize(requestSize)
        , m_response(std::move(response))
    {
        setProxy(QNetworkProxy::NoProxy);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                auto pending = std::make_shared<qsizetype>(0);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, pending] {
                    *pending += socket->readAll().size();
                    QByteArray out;
                    while (*pending >= m_requestSize) {
                        *pending -= m_requestSize;
                        out += m_response;
                    }
                    if (!out.isEmpty())
                        socket->write(out);
                });
            }
        });
    }

private:
    qsizetype m_requestSize;
    QByteArray m_response;
};

double runInThread(const std::function<double()> &work)
{
    // A real event loop, not qWaitFor(), which sleeps between its rounds of events.
    QEventLoop loop;
    double seconds = -1;
    std::thread thread([&] {
        seconds = work();
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    loop.exec();
    thread.join();
    return seconds;
}

} // namespace

void TestHttpServer::benchmarkKeepAliveRequests()
{
    HttpServer server;
    qint64 records = 0;
    server.route("POST", u"/position/vehicle"_s, [&](const HttpRequest &q, HttpResponder r) {
        const qsizetype n = q.body.count("VehicleNo");
        records += n;
        r.respond(HttpResponse::json(200, QJsonObject{{u"accepted"_s, n}}));
    });
    QVERIFY(server.listen());

    const QByteArray record =
        R"({"CompanyId":"4690017XYZ","VehicleNo":"琼A12345","VehicleRegionCode":469001,"PositionTime":1478566122,)"
        R"("Longitude":109516000,"Latitude":18776000,"Speed":40,"Direction":90,"Elevation":200,"Encrypt":1})";
    const auto upload = [&](int n) {
        QByteArray body =
            R"({"CompanyId":"4690017XYZ","Source":"0","IPCType":"positionVehicle","positionVehicle":[)";
        for (int i = 0; i < n; ++i)
            body += (i ? "," : "") + record;
        return post("/position/vehicle?company=4690017XYZ", body + "]}",
                    "Content-Type: application/json\r\n");
    };

    const QByteArray small = upload(1);
    // The canned response is what HttpServer sends for it, byte for byte.
    RawClient probe(server.serverPort());
    probe.send(small);
    probe.socket()->waitForBytesWritten(kWaitMs);
    QByteArray canned;
    QVERIFY(QTest::qWaitFor(
        [&] {
            canned += probe.socket()->readAll();
            QByteArray copy = canned;
            return takeResponse(copy).has_value();
        },
        kWaitMs));
    CannedServer baseline(small.size(), canned);
    QVERIFY(baseline.listen(QHostAddress::LocalHost));

    constexpr int kSequential = 5000;
    constexpr int kPipelined = 20000;
    constexpr int kDepth = 16;
    const quint16 port = server.serverPort();
    const quint16 basePort = baseline.serverPort();

    const double httpSeq = runInThread([&] { return driveClient(port, small, kSequential, 1); });
    const double baseSeq = runInThread([&] { return driveClient(basePort, small, kSequential, 1); });
    const double httpPipe = runInThread([&] { return driveClient(port, small, kPipelined, kDepth); });
    const double basePipe = runInThread([&] { return driveClient(basePort, small, kPipelined, kDepth); });
    QVERIFY(httpSeq > 0 && baseSeq > 0 && httpPipe > 0 && basePipe > 0);

    // Bulk uploads of 1000 position records per request, as companies send them.
    const QByteArray bulk = upload(1000);
    constexpr int kBulk = 100;
    records = 0;
    const double bulkSeconds = runInThread([&] { return driveClient(port, bulk, kBulk, 1); });
    QVERIFY(bulkSeconds > 0);
    QCOMPARE(records, qint64(kBulk) * 1000);

    qInfo("small POST (%lld bytes), keep-alive, one at a time: %.0f req/s; canned-response baseline %.0f "
          "req/s; "
          "ratio %.2f",
          qlonglong(small.size()), kSequential / httpSeq, kSequential / baseSeq, baseSeq / httpSeq);
    qInfo("small POST, keep-alive, pipelined %d deep: %.0f req/s; baseline %.0f req/s; ratio %.2f", kDepth,
          kPipelined / httpPipe, kPipelined / basePipe, basePipe / httpPipe);
    qInfo("bulk POST of 1000 position records (%.0f KiB): %.0f req/s, %.1f MiB/s, %.0f records/s",
          bulk.size() / 1024.0, kBulk / bulkSeconds, kBulk * bulk.size() / bulkSeconds / (1024 * 1024),
          kBulk * 1000 / bulkSeconds);
}

QTEST_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
