#include "quality/qualityscoresheet.h"
#include "qualitytestsupport.h"

#include <QTest>

using namespace rw;
using namespace rw::qualitytest;

class TestQualityScoreSheet : public QObject
{
    Q_OBJECT

private slots:
    void readsTheContractExample()
    {
        QString error;
        const auto sheet = QualityScoreSheet::fromJson(scoresJson(), &error);
        QVERIFY2(sheet, qPrintable(error));
        QCOMPARE(sheet->period, QualityPeriod::ofMonth(2026, 11));
        QCOMPARE(sheet->region, QStringLiteral("460000"));
        QCOMPARE(sheet->modelVersion, QStringLiteral("2026.1"));
        QCOMPARE(sheet->review.status, QualityReviewState::Status::Draft);
        QVERIFY(!sheet->review.reviewedAt.isValid());
        QCOMPARE(sheet->companies.size(), 3);
        const auto &c1 = sheet->companies.at(0);
        QCOMPARE(c1.companyId, QStringLiteral("C1"));
        QCOMPARE(c1.name, QStringLiteral("椰风出行"));
        QCOMPARE(c1.rank, 1);
        QCOMPARE(c1.figures.records, 123456);
        QCOMPARE(c1.figures.rate(QualityDimension::Completeness), std::optional<double>(0.998));
        QCOMPARE(c1.figures.rate(QualityDimension::Authenticity), std::nullopt); // null: not measured
        QCOMPARE(c1.figures.checked[int(QualityDimension::Timeliness)], 123000);
        QCOMPARE(c1.figures.passed[int(QualityDimension::Conformance)], 119752);
        QCOMPARE(c1.figures.score, std::optional<double>(95.6));
        QCOMPARE(c1.figures.orderCompliance.checked, 5000);
        QCOMPARE(c1.figures.orderCompliance.compliant, 4900);
        QCOMPARE(c1.figures.orderCompliance.rate, std::optional<double>(0.98));
        QCOMPARE(sheet->companies.at(2).figures.score, std::nullopt);
        QCOMPARE(c1.displayName(), QStringLiteral("椰风出行 (C1)"));
    }

    void yearAndReview()
    {
        QJsonObject json = with(scoresJson(), QStringLiteral("period"), QStringLiteral("2026"));
        json = with(json, QStringLiteral("kind"), QStringLiteral("year"));
        json = with(json, QStringLiteral("review"),
                    parse(R"({"status":"published","comment":"ok","reviewedBy":"demo.province",
                              "reviewedAt":1793700000000,"publishedBy":"demo.province","publishedAt":1793703600000})"));
        QString error;
        const auto sheet = QualityScoreSheet::fromJson(json, &error);
        QVERIFY2(sheet, qPrintable(error));
        QCOMPARE(sheet->period, QualityPeriod::ofYear(2026));
        QCOMPARE(sheet->review.status, QualityReviewState::Status::Published);
        QCOMPARE(sheet->review.publishedAt.toMSecsSinceEpoch(), 1793703600000);
        QCOMPARE(sheet->review.comment, QStringLiteral("ok"));
    }

    void regionAveragesWeighRecords()
    {
        const auto sheet = QualityScoreSheet::fromJson(scoresJson());
        QVERIFY(sheet);
        // (123209 + 950) / (123456 + 1000), not the mean of the two rates.
        QCOMPARE(*sheet->regionRate(QualityDimension::Completeness),
                 (123209.0 + 950.0) / (123456.0 + 1000.0));
        // Only C2 was checked on authenticity.
        QCOMPARE(*sheet->regionRate(QualityDimension::Authenticity), 0.85);
        QCOMPARE(*sheet->regionOrderCompliance(), 0.98);
        QVERIFY(sheet->company(QStringLiteral("C2")));
        QVERIFY(!sheet->company(QStringLiteral("C9")));
        QualityScoreSheet empty;
        QCOMPARE(empty.regionRate(QualityDimension::Timeliness), std::nullopt);
    }

    void malformedRepliesNameThePath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        const QJsonValue removed(QJsonValue::Undefined);
        QTest::newRow("period missing") << "period" << removed << "period: missing";
        QTest::newRow("period bad") << "period" << QJsonValue(QStringLiteral("2026-13"))
                                    << "period: \"2026-13\"";
        QTest::newRow("kind mismatch") << "kind" << QJsonValue(QStringLiteral("year")) << "kind: \"year\"";
        QTest::newRow("review missing") << "review" << removed << "review: missing";
        QTest::newRow("review status")
            << "review.status" << QJsonValue(QStringLiteral("approved")) << "review.status: \"approved\"";
        QTest::newRow("companies not a list") << "companies" << QJsonValue(3) << "companies: 3 is not a list";
        QTest::newRow("company id missing")
            << "companies[1].companyId" << removed << "companies[1].companyId: missing";
        QTest::newRow("rank zero") << "companies[0].rank" << QJsonValue(0) << "companies[0].rank: 0";
        QTest::newRow("rate above 1") << "companies[0].rates.timeliness" << QJsonValue(1.5)
                                      << "companies[0].rates.timeliness: 1.5 lies outside";
        QTest::newRow("rate a string")
            << "companies[2].rates.conformance" << QJsonValue(QStringLiteral("97%"))
            << "companies[2].rates.conformance: \"97%\" is not a number";
        QTest::newRow("rate missing")
            << "companies[0].rates.authenticity" << removed << "companies[0].rates.authenticity: missing";
        QTest::newRow("score above 100")
            << "companies[1].score" << QJsonValue(100.5) << "companies[1].score: 100.5";
        QTest::newRow("negative count") << "companies[0].checked.completeness" << QJsonValue(-1)
                                        << "companies[0].checked.completeness: -1";
        QTest::newRow("fractional records")
            << "companies[0].records" << QJsonValue(1.5) << "companies[0].records: 1.5 is not a whole number";
        QTest::newRow("more compliant than checked")
            << "companies[0].orderCompliance.compliant" << QJsonValue(6000)
            << "companies[0].orderCompliance.compliant: 6000";
    }

    void malformedRepliesNameThePath()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!QualityScoreSheet::fromJson(with(scoresJson(), path, value), &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void aCompanyThatIsNotAnObject()
    {
        QJsonObject json = scoresJson();
        QJsonArray companies = json.value(QStringLiteral("companies")).toArray();
        companies.append(QStringLiteral("C4"));
        json.insert(QStringLiteral("companies"), companies);
        QString error;
        QVERIFY(!QualityScoreSheet::fromJson(json, &error));
        QVERIFY2(error.contains(QStringLiteral("companies")) && error.contains(QStringLiteral("item 3")),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestQualityScoreSheet)
#include "tst_qualityscoresheet.moc"
