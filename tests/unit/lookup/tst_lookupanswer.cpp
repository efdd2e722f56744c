// LookupAnswer::fromJson: the search answer of the lookup contracts with asOf, findings and badRecord;
// today's platform's answer without them; what judgedAt() falls back on; malformed answers named by path.

#include "lookup/lookupanswer.h"

#include "lookuptestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rw;

class tst_LookupAnswer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extendedAnswer();
    void todaysAnswer();
    void judgedAt();
    void malformedAnswersAreNamed_data();
    void malformedAnswersAreNamed();
    void queryClassNames();
};

void tst_LookupAnswer::extendedAnswer()
{
    QString error;
    const auto answer =
        LookupAnswer::fromJson(lookuptest::fixture(QStringLiteral("search_extended.json")), &error);
    QVERIFY2(answer, qPrintable(error));
    QCOMPARE(answer->queryClass, QStringLiteral("plate"));
    QVERIFY(!answer->truncated);
    QVERIFY(!answer->revealed);
    QVERIFY(answer->asOf.isValid());
    QCOMPARE(answer->asOf.toUTC(), QDateTime(QDate(2026, 11, 21), QTime(5, 40), Qt::UTC));
    QCOMPARE(answer->asOf.offsetFromUtc(), 8 * 3600);
    QCOMPARE(answer->hits.size(), 3);
    QCOMPARE(answer->hits.at(0).kind, PermitKind::Vehicle);
    QCOMPARE(answer->hits.at(1).kind, PermitKind::Driver);
    QCOMPARE(answer->hits.at(2).kind, PermitKind::Company);
    QCOMPARE(answer->source, LookupAnswer::Source::Online); // the JSON does not say; whoever asked sets it
    QVERIFY(answer->query.isEmpty());
}

void tst_LookupAnswer::todaysAnswer()
{
    QString error;
    const auto answer =
        LookupAnswer::fromJson(lookuptest::fixture(QStringLiteral("search_today.json")), &error);
    QVERIFY2(answer, qPrintable(error));
    QCOMPARE(answer->queryClass, QStringLiteral("platePrefix"));
    QVERIFY(answer->truncated);
    QVERIFY(!answer->asOf.isValid());
    QCOMPARE(answer->hits.size(), 1);
    QVERIFY(!answer->hits.first().findingsReported);

    // No hits at all: an answer with nothing found.
    const auto empty =
        LookupAnswer::fromJson(QJsonObject{{QStringLiteral("queryClass"), QStringLiteral("name")}}, &error);
    QVERIFY2(empty, qPrintable(error));
    QVERIFY(empty->hits.isEmpty());
}

void tst_LookupAnswer::judgedAt()
{
    LookupAnswer answer;
    answer.receivedAt = QDateTime(QDate(2026, 11, 22), QTime(1, 0), Qt::UTC);
    QCOMPARE(answer.judgedAt(), answer.receivedAt); // today's platform: judged when answered
    answer.source = LookupAnswer::Source::Cached;
    answer.cachedAt = QDateTime(QDate(2026, 11, 20), QTime(1, 0), Qt::UTC);
    QCOMPARE(answer.judgedAt(), answer.cachedAt); // cached: judged when the platform gave it
    answer.asOf = QDateTime(QDate(2026, 11, 19), QTime(23, 0), Qt::UTC);
    QCOMPARE(answer.judgedAt(), answer.asOf); // the platform said when
    QVERIFY(answer.isCached());
}

void tst_LookupAnswer::malformedAnswersAreNamed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("inError");
    QTest::newRow("hits an object") << QByteArray(R"({"hits": {"kind": "vehicle"}})")
                                    << QStringList{QStringLiteral("hits:"), QStringLiteral("not an array")};
    QTest::newRow("hit a string")
        << QByteArray(
               R"({"hits": [{"kind": "driver", "valid": true, "permit": {"certificate": "1"}}, "琼DD1"]})")
        << QStringList{QStringLiteral("hits[1]"), QStringLiteral("\"琼DD1\""),
                       QStringLiteral("not an object")};
    QTest::newRow("third hit's date")
        << QByteArray(R"({"hits": [{"kind": "driver", "valid": true, "permit": {"certificate": "1"}},
                                     {"kind": "driver", "valid": true, "permit": {"certificate": "2"}},
                                     {"kind": "driver", "valid": true, "permit": {"certificate": "3", "validTo": "31/12/2026"}}]})")
        << QStringList{QStringLiteral("hits[2].permit.validTo"), QStringLiteral("\"31/12/2026\"")};
    QTest::newRow("asOf without time")
        << QByteArray(R"({"asOf": "2026-11-21", "hits": []})")
        << QStringList{QStringLiteral("asOf"), QStringLiteral("\"2026-11-21\""), QStringLiteral("offset")};
    QTest::newRow("truncated a string") << QByteArray(R"({"truncated": "no", "hits": []})")
                                        << QStringList{QStringLiteral("truncated"), QStringLiteral("\"no\"")};
    QTest::newRow("queryClass a number")
        << QByteArray(R"({"queryClass": 3, "hits": []})")
        << QStringList{QStringLiteral("queryClass"), QStringLiteral("3"), QStringLiteral("not a string")};
}

void tst_LookupAnswer::malformedAnswersAreNamed()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, inError);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QVERIFY2(document.isObject(), qPrintable(parseError.errorString()));
    QString error;
    QVERIFY(!LookupAnswer::fromJson(document.object(), &error));
    for (const QString &part : inError)
        QVERIFY2(error.contains(part), qPrintable(QStringLiteral("\"%1\" not in \"%2\"").arg(part, error)));
}

void tst_LookupAnswer::queryClassNames()
{
    QCOMPARE(LookupAnswer::queryClassName(QStringLiteral("idNumber")), QStringLiteral("ID number"));
    QCOMPARE(LookupAnswer::queryClassName(QStringLiteral("platePrefix")), QStringLiteral("start of a plate"));
    QCOMPARE(LookupAnswer::queryClassName(QStringLiteral("newKind")), QStringLiteral("newKind"));
}

QTEST_GUILESS_MAIN(tst_LookupAnswer)
#include "tst_lookupanswer.moc"
