#include "http/httpheaders.h"

#include <QTest>

using namespace rw;

class TestHttpHeaders : public QObject
{
    Q_OBJECT

private slots:
    void lookupIgnoresCase();
    void keepsRepeatedFieldsInOrder();
    void setReplacesEveryOccurrence();
    void removeDropsEveryOccurrence();
    void findsTokensInLists();
};

void TestHttpHeaders::lookupIgnoresCase()
{
    HttpHeaders headers;
    headers.add("Content-Type", "application/x-protobuf");
    QVERIFY(headers.contains("content-type"));
    QVERIFY(headers.contains("CONTENT-TYPE"));
    QCOMPARE(headers.value("cOnTeNt-TyPe"), "application/x-protobuf");
    QVERIFY(!headers.contains("Content-Typ"));
    QVERIFY(!headers.contains("Content-Type2"));
    QCOMPARE(headers.value("Accept", "*/*"), "*/*");
    // The spelling sent is kept.
    QCOMPARE(headers.fields().first().name, "Content-Type");
}

void TestHttpHeaders::keepsRepeatedFieldsInOrder()
{
    HttpHeaders headers;
    headers.add("X-Record", "1");
    headers.add("Other", "x");
    headers.add("x-record", "2");
    QCOMPARE(headers.count("X-RECORD"), 2);
    QCOMPARE(headers.value("x-record"), "1");
    QCOMPARE(headers.values("X-Record"), QByteArrayList({"1", "2"}));
    QCOMPARE(headers.combinedValue("X-Record"), "1, 2");
    QCOMPARE(headers.size(), 3);
}

void TestHttpHeaders::setReplacesEveryOccurrence()
{
    HttpHeaders headers;
    headers.add("A", "1");
    headers.add("B", "x");
    headers.add("a", "2");
    headers.set("A", "3");
    QCOMPARE(headers.values("a"), QByteArrayList({"3"}));
    QCOMPARE(headers.fields().at(0).value, "3"); // in the first one's place
    QCOMPARE(headers.size(), 2);
    headers.set("C", "new");
    QCOMPARE(headers.value("c"), "new");
}

void TestHttpHeaders::removeDropsEveryOccurrence()
{
    HttpHeaders headers;
    headers.add("A", "1");
    headers.add("B", "x");
    headers.add("a", "2");
    QCOMPARE(headers.remove("A"), 2);
    QVERIFY(!headers.contains("a"));
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.remove("A"), 0);
}

void TestHttpHeaders::findsTokensInLists()
{
    HttpHeaders headers;
    headers.add("Connection", "keep-alive ,\tUpgrade");
    headers.add("Connection", "TE");
    QVERIFY(headers.containsToken("connection", "upgrade"));
    QVERIFY(headers.containsToken("Connection", "Keep-Alive"));
    QVERIFY(headers.containsToken("Connection", "te"));
    QVERIFY(!headers.containsToken("Connection", "close"));
    QVERIFY(!headers.containsToken("Connection", "keep"));
    QVERIFY(!headers.containsToken("Upgrade", "te"));
}

QTEST_APPLESS_MAIN(TestHttpHeaders)
#include "tst_httpheaders.moc"
