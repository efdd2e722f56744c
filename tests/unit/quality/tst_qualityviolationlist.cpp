#include "quality/qualityviolationlist.h"
#include "qualitytestsupport.h"

#include <QTest>

using namespace rw;
using namespace rw::qualitytest;

class TestQualityViolationList : public QObject
{
    Q_OBJECT

private slots:
    void readsRulesAndSamples()
    {
        QString error;
        const auto list = QualityViolationList::fromJson(violationsJson(), &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->companyId, QStringLiteral("C1"));
        QCOMPARE(list->period, QualityPeriod::ofMonth(2026, 11));
        QCOMPARE(list->rules.size(), 2);
        const auto &rule = list->rules.at(1);
        QCOMPARE(rule.ruleId, QStringLiteral("timeliness.withinLimit"));
        QCOMPARE(rule.dimension, std::optional<QualityDimension>(QualityDimension::Timeliness));
        QCOMPARE(rule.article, QStringLiteral("第十五条(三)"));
        QCOMPARE(rule.violations, 1234);
        QCOMPARE(rule.byInterface.value(QStringLiteral("positionVehicle")), 1200);
        QCOMPARE(rule.samples.size(), 2);
        QCOMPARE(rule.samples.at(0).recordKey,
                 QStringLiteral("VehicleNo=琼A12345;PositionTime=20261103101500"));
        QCOMPARE(rule.samples.at(0).receivedAt.toMSecsSinceEpoch(), 1793700000000);
        QCOMPARE(rule.samples.at(1).source, QStringLiteral("quarantine"));
        QCOMPARE(rule.samples.at(1).path, QStringLiteral("/api/v1/quality/quarantine/7"));
        QCOMPARE(list->totalViolations(), 1234 + 247);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        const QJsonValue removed(QJsonValue::Undefined);
        QTest::newRow("company") << "companyId" << removed << "companyId: missing";
        QTest::newRow("rules") << "rules" << removed << "rules: missing";
        QTest::newRow("dimension") << "rules[0].dimension" << QJsonValue(QStringLiteral("speed"))
                                   << "rules[0].dimension: \"speed\"";
        QTest::newRow("violations") << "rules[1].violations" << QJsonValue(QStringLiteral("many"))
                                    << "rules[1].violations: \"many\" is not a whole number";
        QTest::newRow("by interface")
            << "rules[1].byInterface.orderCreate" << QJsonValue(-2) << "rules[1].byInterface.orderCreate: -2";
        QTest::newRow("sample source") << "rules[1].samples[0].source" << QJsonValue(QStringLiteral("cache"))
                                       << "rules[1].samples[0].source: \"cache\"";
        QTest::newRow("sample elsewhere")
            << "rules[1].samples[1].path" << QJsonValue(QStringLiteral("https://example.com/x"))
            << "rules[1].samples[1].path: \"https://example.com/x\" is not under";
        QTest::newRow("sample type") << "rules[1].samples[0].ipcType" << removed
                                     << "rules[1].samples[0].ipcType: missing";
    }

    void malformed()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!QualityViolationList::fromJson(with(violationsJson(), path, value), &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestQualityViolationList)
#include "tst_qualityviolationlist.moc"
