#include "http/httprequestparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace rw;
using namespace Qt::StringLiterals;

using Event = HttpRequestParser::Event;

namespace {

struct Outcome
{
    QList<HttpRequest> requests;
    QList<Event> events; //!< every event other than NeedMore, in order
    int errorStatus = 0;
    QString errorMessage;
    qsizetype consumed = 0;
};

// Feeds \a wire to \a parser in fragments of \a fragment bytes (0: all at once), collecting
// every complete request, as a connection would.
Outcome feed(HttpRequestParser &parser, const QByteArray &wire, qsizetype fragment = 0)
{
    Outcome outcome;
    const qsizetype step = fragment > 0 ? fragment : wire.size();
    for (qsizetype offset = 0; offset < wire.size(); offset += step) {
        QByteArrayView piece = QByteArrayView(wire).sliced(offset, qMin(step, wire.size() - offset));
        while (!piece.isEmpty()) {
            qsizetype used = 0;
            const Event event = parser.parse(piece, &used);
            piece = piece.sliced(used);
            outcome.consumed += used;
            if (event == Event::NeedMore)
                continue;
            outcome.events.append(event);
            if (event == Event::RequestComplete) {
                outcome.requests.append(parser.takeRequest());
            } else if (event == Event::Error) {
                outcome.errorStatus = parser.errorStatus();
                outcome.errorMessage = parser.errorMessage();
                return outcome;
            }
        }
    }
    return outcome;
}

HttpServerLimits smallLimits()
{
    HttpServerLimits limits;
    limits.maxBodyBytes = 1000;
    limits.maxHeaderBytes = 512;
    limits.maxHeaderCount = 10;
    return limits;
}

} // namespace

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesSimpleGet();
    void parsesBodyInAnyFragmentation_data();
    void parsesBodyInAnyFragmentation();
    void parsesPipelinedRequests();
    void parsesChunkedBodyInAnyFragmentation_data();
    void parsesChunkedBodyInAnyFragmentation();
    void acceptsBareLineFeedsAndLeadingEmptyLines();
    void decodesPathAndQuery();
    void acceptsAbsoluteFormTarget();
    void reportsHeadBeforeBodyForContinue();
    void reservesBodyByContentLength();
    void refusesOversizedContentLengthBeforeTheBody();
    void refusesMalformedRequests_data();
    void refusesMalformedRequests();
    void errorBodyIsPlatformJson();
    void keepAliveFollowsVersionAndConnection();
    void fragmentationNeverChangesTheOutcome();
};

void TestHttpRequestParser::parsesSimpleGet()
{
    HttpRequestParser parser;
    QVERIFY(parser.isIdle());
    const Outcome out =
        feed(parser, "GET /api/v1/companies HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Token: abc\r\n\r\n");
    QCOMPARE(out.requests.size(), 1);
    const HttpRequest &r = out.requests.first();
    QCOMPARE(r.method, "GET");
    QCOMPARE(r.path, u"/api/v1/companies"_s);
    QCOMPARE(r.target, "/api/v1/companies");
    QCOMPARE(r.minorVersion, 1);
    QCOMPARE(r.header("x-token"), "abc");
    QCOMPARE(r.header("HOST"), "127.0.0.1");
    QVERIFY(r.body.isEmpty());
    QVERIFY(parser.isIdle());
}

void TestHttpRequestParser::parsesBodyInAnyFragmentation_data()
{
    QTest::addColumn<int>("fragment");
    for (int f : {0, 1, 2, 3, 5, 7, 16, 61})
        QTest::addRow("fragment %d", f) << f;
}

void TestHttpRequestParser::parsesBodyInAnyFragmentation()
{
    QFETCH(int, fragment);
    const QByteArray body = R"({"CompanyId":"4690017XYZ","IPCType":"positionVehicle","positionVehicle":[]})";
    const QByteArray wire = "POST /position/vehicle?company=4690017XYZ HTTP/1.1\r\nHost: x\r\n"
                            "Content-Type: application/json\r\nContent-Length: " +
                            QByteArray::number(body.size()) + "\r\n\r\n" + body;
    HttpRequestParser parser;
    const Outcome out = feed(parser, wire, fragment);
    QCOMPARE(out.errorStatus, 0);
    QCOMPARE(out.requests.size(), 1);
    QCOMPARE(out.requests.first().body, body);
    QCOMPARE(out.requests.first().header("content-type"), "application/json");
    QCOMPARE(out.requests.first().query.queryItemValue(u"company"_s), u"4690017XYZ"_s);
    QCOMPARE(out.consumed, wire.size());
}

void TestHttpRequestParser::parsesPipelinedRequests()
{
    const QByteArray wire = "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
                            "GET /b HTTP/1.1\r\nHost: x\r\n\r\n"
                            "POST /c HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\nz";
    HttpRequestParser parser;
    qsizetype used = 0;
    // The parser stops after the first head, then after the first request, and leaves the rest.
    QCOMPARE(parser.parse(wire, &used), Event::HeadComplete);
    QCOMPARE(used, wire.indexOf("abc"));
    qsizetype more = 0;
    QCOMPARE(parser.parse(QByteArrayView(wire).sliced(used), &more), Event::RequestComplete);
    QCOMPARE(used + more, wire.indexOf("GET"));
    QCOMPARE(parser.takeRequest().body, "abc");

    for (int fragment : {0, 1, 4}) {
        HttpRequestParser p;
        const Outcome out = feed(p, wire, fragment);
        QCOMPARE(out.requests.size(), 3);
        QCOMPARE(out.requests.at(0).path, u"/a"_s);
        QCOMPARE(out.requests.at(1).path, u"/b"_s);
        QVERIFY(out.requests.at(1).body.isEmpty());
        QCOMPARE(out.requests.at(2).body, "z");
    }
}

void TestHttpRequestParser::parsesChunkedBodyInAnyFragmentation_data()
{
    QTest::addColumn<int>("fragment");
    for (int f : {0, 1, 2, 3, 9})
        QTest::addRow("fragment %d", f) << f;
}

void TestHttpRequestParser::parsesChunkedBodyInAnyFragmentation()
{
    QFETCH(int, fragment);
    const QByteArray wire = "POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                            "5\r\nhello\r\n"
                            "1;name=value\r\n \r\n"
                            "0000A \r\n0123456789\r\n"
                            "0\r\nX-Checksum: 1234\r\n\r\n"
                            "GET /next HTTP/1.1\r\nHost: x\r\n\r\n";
    HttpRequestParser parser;
    const Outcome out = feed(parser, wire, fragment);
    QCOMPARE(out.errorMessage, QString());
    QCOMPARE(out.requests.size(), 2);
    QCOMPARE(out.requests.at(0).body, "hello 0123456789");
    QCOMPARE(out.requests.at(1).path, u"/next"_s);
}

void TestHttpRequestParser::acceptsBareLineFeedsAndLeadingEmptyLines()
{
    HttpRequestParser parser;
    const Outcome out = feed(parser, "\r\n\nPOST /a HTTP/1.1\nHost: x\nContent-Length: 2\n\nok");
    QCOMPARE(out.requests.size(), 1);
    QCOMPARE(out.requests.first().body, "ok");
}

void TestHttpRequestParser::decodesPathAndQuery()
{
    HttpRequestParser parser;
    // 琼A12345 (a Hainan plate) percent-encoded in UTF-8, and an encoded query value.
    const Outcome out =
        feed(parser, "GET /api/v1/vehicles/%E7%90%BCA12345?plate=%E7%90%BCA1&x=a%20b HTTP/1.1\r\n"
                     "Host: x\r\n\r\n");
    QCOMPARE(out.requests.size(), 1);
    const HttpRequest &r = out.requests.first();
    QCOMPARE(r.path, u"/api/v1/vehicles/琼A12345"_s);
    QCOMPARE(r.query.queryItemValue(u"plate"_s, QUrl::FullyDecoded), u"琼A1"_s);
    QCOMPARE(r.query.queryItemValue(u"x"_s, QUrl::FullyDecoded), u"a b"_s);
    QCOMPARE(r.target, "/api/v1/vehicles/%E7%90%BCA12345?plate=%E7%90%BCA1&x=a%20b");
}

void TestHttpRequestParser::acceptsAbsoluteFormTarget()
{
    HttpRequestParser parser;
    const Outcome out =
        feed(parser, "GET http://127.0.0.1:8443/baseinfo/company?company=1 HTTP/1.1\r\nHost: x\r\n\r\n"
                     "GET https://host HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(out.requests.size(), 2);
    QCOMPARE(out.requests.at(0).path, u"/baseinfo/company"_s);
    QCOMPARE(out.requests.at(0).query.queryItemValue(u"company"_s), u"1"_s);
    QCOMPARE(out.requests.at(1).path, u"/"_s);
}

void TestHttpRequestParser::reportsHeadBeforeBodyForContinue()
{
    HttpRequestParser parser;
    const QByteArray head =
        "POST /a HTTP/1.1\r\nHost: x\r\nExpect: 100-Continue\r\nContent-Length: 4\r\n\r\n";
    qsizetype used = 0;
    QCOMPARE(parser.parse(head + "da", &used), Event::HeadComplete);
    QCOMPARE(used, head.size());
    QVERIFY(parser.isAwaitingContinue());
    QCOMPARE(parser.parse("da", &used), Event::NeedMore);
    QVERIFY(!parser.isAwaitingContinue()); // the body has started: no 100 any more
    QCOMPARE(parser.parse("ta", &used), Event::RequestComplete);
    QCOMPARE(parser.takeRequest().body, "data");

    // HTTP/1.0 clients never get 100 Continue.
    QCOMPARE(parser.parse("POST /a HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\n", &used),
             Event::HeadComplete);
    QVERIFY(!parser.isAwaitingContinue());
}

void TestHttpRequestParser::reservesBodyByContentLength()
{
    HttpRequestParser parser;
    const qsizetype length = 5 * 1024 * 1024;
    qsizetype used = 0;
    QCOMPARE(parser.parse("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(length) +
                              "\r\n\r\n",
                          &used),
             Event::HeadComplete);
    QVERIFY(parser.request().body.capacity() >= length);
    const char *storage = parser.request().body.constData();
    const QByteArray piece(64 * 1024, 'x');
    Event event = Event::NeedMore;
    for (qsizetype sent = 0; sent < length; sent += piece.size())
        event = parser.parse(piece, &used);
    QCOMPARE(event, Event::RequestComplete);
    // Never reallocated: each byte was copied once.
    QCOMPARE(parser.request().body.constData(), storage);
    QCOMPARE(parser.takeRequest().body.size(), length);
}

void TestHttpRequestParser::refusesOversizedContentLengthBeforeTheBody()
{
    HttpRequestParser parser(smallLimits());
    const QByteArray head = "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 1001\r\n\r\n";
    qsizetype used = 0;
    QCOMPARE(parser.parse(head + QByteArray(1001, 'x'), &used), Event::Error);
    QCOMPARE(used, head.size()); // not one body byte read
    QCOMPARE(parser.errorStatus(), 413);
    QVERIFY2(parser.errorMessage().contains(u"limit of 1000 bytes"_s), qPrintable(parser.errorMessage()));
    QVERIFY2(parser.errorMessage().contains(u"1001"_s), qPrintable(parser.errorMessage()));
    // Stays failed until reset.
    QCOMPARE(parser.parse("GET / HTTP/1.1\r\n", &used), Event::Error);
    parser.reset();
    QVERIFY(parser.isIdle());
}

void TestHttpRequestParser::refusesMalformedRequests_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions");

    const QByteArray h = "Host: x\r\n";
    QTest::newRow("garbage") << QByteArray("GARBAGE\r\n\r\n") << 400 << u"request line 'GARBAGE'"_s;
    QTest::newRow("no version") << QByteArray("GET /x\r\n\r\n") << 400 << u"request line 'GET /x'"_s;
    QTest::newRow("double space") << QByteArray("GET  /x HTTP/1.1\r\n\r\n") << 400 << u"single spaces"_s;
    QTest::newRow("method not a token") << QByteArray("G@T / HTTP/1.1\r\n\r\n") << 400 << u"method 'G@T'"_s;
    QTest::newRow("relative target") << QByteArray("GET x HTTP/1.1\r\n\r\n") << 400
                                     << u"beginning with '/'"_s;
    QTest::newRow("control in target") << QByteArray("GET /a\x01 HTTP/1.1\r\n\r\n") << 400 << u"0x01"_s;
    QTest::newRow("fragment") << QByteArray("GET /a#b HTTP/1.1\r\n\r\n") << 400 << u"fragment"_s;
    QTest::newRow("not http") << QByteArray("GET / HTTX/1.1\r\n\r\n") << 400
                              << u"'HTTX/1.1' is not an HTTP"_s;
    QTest::newRow("http/2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505 << u"HTTP/2.0"_s;
    QTest::newRow("bad escape") << QByteArray("GET /a%zz HTTP/1.1\r\n\r\n") << 400 << u"two hexadecimal"_s;
    QTest::newRow("truncated escape")
        << QByteArray("GET /a%4 HTTP/1.1\r\n\r\n") << 400 << u"two hexadecimal"_s;
    QTest::newRow("not utf-8") << QByteArray("GET /%FF%FE HTTP/1.1\r\n\r\n") << 400 << u"UTF-8"_s;
    QTest::newRow("nul in path") << QByteArray("GET /a%00 HTTP/1.1\r\n\r\n") << 400 << u"NUL"_s;
    QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\n" + h + "Broken header\r\n\r\n") << 400
                              << u"line 2 'Broken header'"_s;
    QTest::newRow("space before colon")
        << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 400 << u"field name 'Host '"_s;
    QTest::newRow("empty name") << QByteArray("GET / HTTP/1.1\r\n" + h + ": v\r\n\r\n") << 400
                                << u"field name ''"_s;
    QTest::newRow("folding") << QByteArray("GET / HTTP/1.1\r\n" + h + "X-A: 1\r\n 2\r\n\r\n") << 400
                             << u"line 3"_s;
    QTest::newRow("control in value")
        << QByteArray("GET / HTTP/1.1\r\n" + h + "X-A: a\x01z\r\n\r\n") << 400 << u"'X-A'"_s;
    QTest::newRow("bare CR in value")
        << QByteArray("GET / HTTP/1.1\r\n" + h + "X-A: a\rb\r\n\r\n") << 400 << u"0x0d"_s;
    QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400 << u"Host"_s;
    QTest::newRow("two hosts") << QByteArray("GET / HTTP/1.1\r\n" + h + h + "\r\n") << 400 << u"2 Host"_s;
    QTest::newRow("length not a number")
        << QByteArray("POST / HTTP/1.1\r\n" + h + "Content-Length: 12a\r\n\r\n") << 400
        << u"Content-Length '12a'"_s;
    QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\n" + h + "Content-Length: -1\r\n\r\n")
                                     << 400 << u"Content-Length '-1'"_s;
    QTest::newRow("lengths differ") << QByteArray("POST / HTTP/1.1\r\n" + h + "Content-Length: 5, 6\r\n\r\n")
                                    << 400 << u"differ"_s;
    QTest::newRow("length and chunked")
        << QByteArray("POST / HTTP/1.1\r\n" + h + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n")
        << 400 << u"both Content-Length and Transfer-Encoding"_s;
    QTest::newRow("gzip coding") << QByteArray("POST / HTTP/1.1\r\n" + h +
                                               "Transfer-Encoding: gzip, chunked\r\n\r\n")
                                 << 501 << u"'gzip, chunked'"_s;
    QTest::newRow("odd expectation") << QByteArray("POST / HTTP/1.1\r\n" + h + "Expect: coffee\r\n\r\n")
                                     << 417 << u"'coffee'"_s;
    QTest::newRow("body too large") << QByteArray("POST / HTTP/1.1\r\n" + h + "Content-Length: 5000\r\n\r\n")
                                    << 413 << u"limit of 1000 bytes"_s;
    QTest::newRow("absurd length") << QByteArray("POST / HTTP/1.1\r\n" + h +
                                                 "Content-Length: 99999999999999999999999\r\n\r\n")
                                   << 413 << u"limit of 1000 bytes"_s;
    QTest::newRow("bad chunk size") << QByteArray("POST / HTTP/1.1\r\n" + h +
                                                  "Transfer-Encoding: chunked\r\n\r\nzz\r\n")
                                    << 400 << u"'zz' is not a hexadecimal chunk size"_s;
    QTest::newRow("chunk overruns") << QByteArray("POST / HTTP/1.1\r\n" + h +
                                                  "Transfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n")
                                    << 400 << u"not followed by CRLF"_s;
    QTest::newRow("chunks too large")
        << QByteArray("POST / HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked\r\n\r\n200\r\n" +
                      QByteArray(0x200, 'a') + "\r\n300\r\n")
        << 413 << u"limit of 1000 bytes"_s;
    QTest::newRow("huge chunk size") << QByteArray(
                                            "POST / HTTP/1.1\r\n" + h +
                                            "Transfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFFFF\r\n")
                                     << 413 << u"limit of 1000 bytes"_s;
    QTest::newRow("request line too long")
        << QByteArray("GET /" + QByteArray(600, 'a') + " HTTP/1.1\r\n\r\n") << 414 << u"512 bytes"_s;
    QTest::newRow("head too large") << QByteArray("GET / HTTP/1.1\r\n" + h + "X-A: " + QByteArray(600, 'a') +
                                                  "\r\n\r\n")
                                    << 431 << u"512 bytes"_s;
    QByteArray many = "GET / HTTP/1.1\r\n" + h;
    for (int i = 0; i < 10; ++i)
        many += "X-" + QByteArray::number(i) + ": 1\r\n";
    QTest::newRow("too many fields") << QByteArray(many + "\r\n") << 431 << u"more than 10 header fields"_s;
    QTest::newRow("endless line") << QByteArray(2000, 'A') << 414 << u"512 bytes"_s;
}

void TestHttpRequestParser::refusesMalformedRequests()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, status);
    QFETCH(QString, mentions);
    for (int fragment : {0, 1}) {
        HttpRequestParser parser(smallLimits());
        const Outcome out = feed(parser, wire, fragment);
        QVERIFY2(out.requests.isEmpty() || out.events.last() == Event::Error, "accepted a malformed request");
        QCOMPARE(out.errorStatus, status);
        QVERIFY2(out.errorMessage.contains(mentions),
                 qPrintable(u"'%1' does not mention '%2'"_s.arg(out.errorMessage, mentions)));
    }
}

void TestHttpRequestParser::errorBodyIsPlatformJson()
{
    HttpRequestParser parser(smallLimits());
    feed(parser, "GET / HTTP/1.1\r\n\r\n");
    const HttpResponse &response = parser.errorResponse();
    QCOMPARE(response.status, 400);
    QCOMPARE(response.headers.value("Content-Type"), "application/json; charset=utf-8");
    const QJsonObject error = QJsonDocument::fromJson(response.body).object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"bad_request"_s);
    QCOMPARE(error.value(u"message"_s).toString(), parser.errorMessage());
}

void TestHttpRequestParser::keepAliveFollowsVersionAndConnection()
{
    HttpRequestParser parser;
    const Outcome out =
        feed(parser, "GET / HTTP/1.1\r\nHost: x\r\n\r\n"
                     "GET / HTTP/1.1\r\nHost: x\r\nConnection: Close\r\n\r\n"
                     "GET / HTTP/1.0\r\n\r\n"
                     "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n"
                     "GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n");
    QCOMPARE(out.requests.size(), 5);
    QVERIFY(out.requests.at(0).wantsKeepAlive());
    QVERIFY(!out.requests.at(1).wantsKeepAlive());
    QVERIFY(!out.requests.at(2).wantsKeepAlive());
    QVERIFY(out.requests.at(3).wantsKeepAlive());
    QVERIFY(out.requests.at(4).isUpgrade());
    QVERIFY(!out.requests.at(0).isUpgrade());
}

void TestHttpRequestParser::fragmentationNeverChangesTheOutcome()
{
    // Mutated requests, parsed whole and in random fragments: same requests, same refusal.
    const QList<QByteArray> seeds{
        "POST /position/vehicle?company=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n{\"a\":[1,2]}"
        "GET /a%20b HTTP/1.1\r\nHost: x\r\n\r\n",
        "POST /u HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n0\r\nT: 1\r\n\r\n",
        "GET / HTTP/1.0\nConnection: keep-alive\n\nGET /x HTTP/1.1\r\nHost: y\r\nExpect: "
        "100-continue\r\n\r\n",
    };
    QRandomGenerator random(20240601); // fixed: a failure can be replayed
    int refused = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray wire = seeds.at(round % seeds.size());
        const int mutations = random.bounded(4);
        for (int m = 0; m < mutations; ++m) {
            const qsizetype at = random.bounded(wire.size());
            switch (random.bounded(3)) {
            case 0:
                wire[at] = char(random.bounded(256));
                break;
            case 1:
                wire.remove(at, 1 + random.bounded(3));
                break;
            default:
                wire.insert(at, QByteArray(1 + random.bounded(3), "\r\n: %;0aZ"[random.bounded(10)]));
                break;
            }
        }
        HttpRequestParser whole(smallLimits());
        const Outcome expected = feed(whole, wire);
        HttpRequestParser pieces(smallLimits());
        const Outcome actual = feed(pieces, wire, 1 + random.bounded(8));
        const QByteArray context = "round " + QByteArray::number(round) + ": " + wire.toPercentEncoding();
        QVERIFY2(actual.errorStatus == expected.errorStatus, context.constData());
        QVERIFY2(actual.errorMessage == expected.errorMessage, context.constData());
        QVERIFY2(actual.requests.size() == expected.requests.size(), context.constData());
        for (qsizetype i = 0; i < expected.requests.size(); ++i) {
            QVERIFY2(actual.requests[i].path == expected.requests[i].path, context.constData());
            QVERIFY2(actual.requests[i].body == expected.requests[i].body, context.constData());
            QVERIFY2(actual.requests[i].headers.size() == expected.requests[i].headers.size(),
                     context.constData());
        }
        refused += expected.errorStatus != 0;
    }
    QVERIFY(refused > 100); // the mutations did reach the error paths
}

QTEST_APPLESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
