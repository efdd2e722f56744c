#include "http/httpresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rw;
using namespace Qt::StringLiterals;

namespace {

// Splits a wire response into its head lines and body.
std::pair<QByteArrayList, QByteArray> split(const QByteArray &wire)
{
    const qsizetype end = wire.indexOf("\r\n\r\n");
    return {wire.left(end).split('\n'), wire.mid(end + 4)};
}

bool hasLine(const QByteArrayList &lines, const QByteArray &line)
{
    return lines.contains(line + '\r') || lines.contains(line);
}

} // namespace

class TestHttpResponse : public QObject
{
    Q_OBJECT

private slots:
    void jsonHelperSetsTypeAndBody();
    void errorHelperHasPlatformShape();
    void wireFormFramesTheBody();
    void wireFormOmitsBodyWhereNotAllowed();
    void wireFormKeepsFramingToTheServer();
    void wireFormDropsFieldsThatCouldSplitTheResponse();
    void reasonPhrases();
};

void TestHttpResponse::jsonHelperSetsTypeAndBody()
{
    const HttpResponse r = HttpResponse::json(201, QJsonObject{{u"accepted"_s, 3}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.headers.value("content-type"), "application/json; charset=utf-8");
    QCOMPARE(r.body, R"({"accepted":3})");

    const HttpResponse list = HttpResponse::json(200, QJsonDocument(QJsonArray{1, 2}));
    QCOMPARE(list.body, "[1,2]");
}

void TestHttpResponse::errorHelperHasPlatformShape()
{
    const HttpResponse r =
        HttpResponse::error(422, u"invalid_record"_s, u"VehicleNo: 40 characters, at most 32"_s);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.headers.value("Content-Type"), "application/json; charset=utf-8");
    const QJsonObject root = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(root.keys(), QStringList{u"error"_s});
    const QJsonObject error = root.value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"invalid_record"_s);
    QCOMPARE(error.value(u"message"_s).toString(), u"VehicleNo: 40 characters, at most 32"_s);
}

void TestHttpResponse::wireFormFramesTheBody()
{
    HttpResponse r(200, "hello", "text/plain");
    r.headers.add("X-Request-Id", "7");
    const auto [lines, body] = split(r.toWire(true));
    QCOMPARE(lines.first(), "HTTP/1.1 200 OK\r");
    QVERIFY(hasLine(lines, "Content-Length: 5"));
    QVERIFY(hasLine(lines, "Content-Type: text/plain"));
    QVERIFY(hasLine(lines, "X-Request-Id: 7"));
    QVERIFY(hasLine(lines, "Connection: keep-alive"));
    QVERIFY(
        std::any_of(lines.begin(), lines.end(), [](const QByteArray &l) { return l.startsWith("Date: "); }));
    QCOMPARE(body, "hello");

    const auto [closing, _] = split(r.toWire(false));
    QVERIFY(hasLine(closing, "Connection: close"));

    const auto [emptyLines, emptyBody] = split(HttpResponse(200).toWire(true));
    QVERIFY(hasLine(emptyLines, "Content-Length: 0"));
    QVERIFY(emptyBody.isEmpty());
}

void TestHttpResponse::wireFormOmitsBodyWhereNotAllowed()
{
    const auto [lines, body] = split(HttpResponse(204, "ignored").toWire(true));
    QCOMPARE(lines.first(), "HTTP/1.1 204 No Content\r");
    QVERIFY(std::none_of(lines.begin(), lines.end(),
                         [](const QByteArray &l) { return l.startsWith("Content-Length"); }));
    QVERIFY(body.isEmpty());
}

void TestHttpResponse::wireFormKeepsFramingToTheServer()
{
    HttpResponse r(200, "abc");
    r.headers.add("Content-Length", "999");
    r.headers.add("Transfer-Encoding", "chunked");
    r.headers.add("Connection", "close");
    QVERIFY(r.wantsClose());
    const auto [lines, body] = split(r.toWire(false));
    QVERIFY(hasLine(lines, "Content-Length: 3"));
    QCOMPARE(lines.count("Content-Length: 3\r"), 1);
    QVERIFY(std::none_of(lines.begin(), lines.end(), [](const QByteArray &l) {
        return l.startsWith("Transfer-Encoding") || l.startsWith("Content-Length: 999");
    }));
    QCOMPARE(body, "abc");
}

void TestHttpResponse::wireFormDropsFieldsThatCouldSplitTheResponse()
{
    HttpResponse r(200, "ok");
    r.headers.add("X-Evil", "a\r\nSet-Cookie: x=1");
    r.headers.add("Bad Name", "v");
    r.headers.add("X-Fine", "v");
    const QByteArray wire = r.toWire(true);
    QVERIFY(!wire.contains("Set-Cookie"));
    QVERIFY(!wire.contains("Bad Name"));
    QVERIFY(wire.contains("X-Fine: v\r\n"));
}

void TestHttpResponse::reasonPhrases()
{
    QCOMPARE(HttpResponse::reasonPhrase(404), "Not Found");
    QCOMPARE(HttpResponse::reasonPhrase(413), "Content Too Large");
    QCOMPARE(HttpResponse::reasonPhrase(431), "Request Header Fields Too Large");
    QCOMPARE(HttpResponse::reasonPhrase(799), "Unknown");
    QVERIFY(!HttpResponse::statusAllowsBody(304));
    QVERIFY(!HttpResponse::statusAllowsBody(101));
    QVERIFY(HttpResponse::statusAllowsBody(500));
}

QTEST_APPLESS_MAIN(TestHttpResponse)
#include "tst_httpresponse.moc"
