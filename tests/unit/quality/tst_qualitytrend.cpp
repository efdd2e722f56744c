#include "quality/qualitytrend.h"
#include "qualitytestsupport.h"

#include <QTest>

using namespace rw;
using namespace rw::qualitytest;

class TestQualityTrend : public QObject
{
    Q_OBJECT

private slots:
    void readsTwelveMonthsPerCompany()
    {
        QString error;
        const auto trend = QualityTrend::fromJson(trendJson(), &error);
        QVERIFY2(trend, qPrintable(error));
        QCOMPARE(trend->year, 2026);
        QCOMPARE(trend->region, QStringLiteral("460000"));
        QCOMPARE(trend->companies.size(), 2);
        const auto &c2 = trend->companies.at(1);
        QCOMPARE(c2.name, QStringLiteral("琼州快车"));
        QCOMPARE(c2.months.size(), 12);
        QCOMPARE(c2.months.at(0).period, QualityPeriod::ofMonth(2026, 1));
        QCOMPARE(c2.months.at(0).figures.records, 0);
        QCOMPARE(c2.months.at(0).figures.score, std::nullopt); // January: no records
        QCOMPARE(c2.months.at(11).figures.score, std::optional<double>(97.0));
        QCOMPARE(c2.months.at(11).figures.rate(QualityDimension::Timeliness), std::optional<double>(0.92));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("year") << "year" << QJsonValue(QStringLiteral("2026"))
                              << "year: \"2026\" is not a whole number";
        QTest::newRow("months not a list")
            << "companies[0].months" << QJsonValue(QJsonObject()) << "companies[0].months: {} is not a list";
        QTest::newRow("month out of order")
            << "companies[1].months[3].period" << QJsonValue(QStringLiteral("2026-05"))
            << "companies[1].months[3].period: \"2026-05\" is not month 4";
        QTest::newRow("month of another year")
            << "companies[0].months[0].period" << QJsonValue(QStringLiteral("2025-01"))
            << "companies[0].months[0].period";
        QTest::newRow("score") << "companies[0].months[5].score" << QJsonValue(-3)
                               << "companies[0].months[5].score";
        QTest::newRow("rate") << "companies[1].months[2].rates.completeness" << QJsonValue(true)
                              << "companies[1].months[2].rates.completeness: true is not a number";
    }

    void malformed()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!QualityTrend::fromJson(with(trendJson(), path, value), &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void elevenMonthsAreRefused()
    {
        QJsonObject json = trendJson();
        QJsonArray companies = json.value(QStringLiteral("companies")).toArray();
        QJsonObject first = companies.at(0).toObject();
        QJsonArray months = first.value(QStringLiteral("months")).toArray();
        months.removeLast();
        first.insert(QStringLiteral("months"), months);
        companies[0] = first;
        json.insert(QStringLiteral("companies"), companies);
        QString error;
        QVERIFY(!QualityTrend::fromJson(json, &error));
        QVERIFY2(error.startsWith(QStringLiteral("companies[0].months: has 11 entries")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestQualityTrend)
#include "tst_qualitytrend.moc"
