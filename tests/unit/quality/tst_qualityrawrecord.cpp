#include "quality/qualityrawrecord.h"
#include "quality/qualityreviewstate.h"
#include "qualitytestsupport.h"

#include <QTest>

using namespace rw;
using namespace rw::qualitytest;

class TestQualityRawRecord : public QObject
{
    Q_OBJECT

private slots:
    void readsAStoredRecord()
    {
        QString error;
        const auto r = QualityRawRecord::fromJson(recordJson(), &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->ipcType, QStringLiteral("positionVehicle"));
        QVERIFY(!r->isQuarantined());
        QCOMPARE(r->rowId, 42);
        QCOMPARE(r->businessTime.toSecsSinceEpoch(), 1793699900);
        QCOMPARE(r->fieldText(QStringLiteral("VehicleNo")), QStringLiteral("琼A12345"));
        // A spec time is a whole number: printed without an exponent.
        QCOMPARE(r->fieldText(QStringLiteral("PositionTime")), QStringLiteral("20261103101500"));
        QCOMPARE(r->failedRules, QStringList{QStringLiteral("timeliness.withinLimit")});
        QVERIFY(r->isMasked(QStringLiteral("DriverName")));
        QVERIFY(!r->isMasked(QStringLiteral("VehicleNo")));
    }

    void readsAQuarantinedRecord()
    {
        QString error;
        const auto r = QualityRawRecord::fromJson(quarantineJson(), &error);
        QVERIFY2(r, qPrintable(error));
        QVERIFY(r->isQuarantined());
        QVERIFY(r->raw.contains(QStringLiteral("abc")));
        QCOMPARE(r->reasons.size(), 1);
        // A quarantined record may have no decodable fields at all.
        QVERIFY(QualityRawRecord::fromJson(
            with(quarantineJson(), QStringLiteral("fields"), QJsonValue(QJsonValue::Undefined))));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        const QJsonValue removed(QJsonValue::Undefined);
        QTest::newRow("type") << "ipcType" << removed << "ipcType: missing";
        QTest::newRow("fields") << "fields" << removed << "fields: missing";
        QTest::newRow("fields a list")
            << "fields" << QJsonValue(QJsonArray{1}) << "fields: [1] is not an object";
        QTest::newRow("masked") << "masked" << QJsonValue(QJsonArray{QStringLiteral("A"), 3})
                                << "masked[1]: 3";
        QTest::newRow("failed rules")
            << "failedRules" << QJsonValue(QStringLiteral("x")) << "failedRules: \"x\" is not a list";
        QTest::newRow("source") << "source" << QJsonValue(QStringLiteral("disk")) << "source: \"disk\"";
    }

    void malformed()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!QualityRawRecord::fromJson(with(recordJson(), path, value), &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void reviewStateAlone()
    {
        QString error;
        const auto state = QualityReviewState::fromJson(
            parse(R"({"status":"reviewed","comment":"checked","reviewedBy":"p","reviewedAt":1793700000000})"),
            QStringLiteral("review"), &error);
        QVERIFY2(state, qPrintable(error));
        QCOMPARE(state->status, QualityReviewState::Status::Reviewed);
        QVERIFY(!state->publishedAt.isValid());
        QVERIFY(!QualityReviewState::fromJson(parse(R"({"comment":"x"})"), QStringLiteral("review"), &error));
        QCOMPARE(error, QStringLiteral("review.status: missing"));
    }
};

QTEST_GUILESS_MAIN(TestQualityRawRecord)
#include "tst_qualityrawrecord.moc"
