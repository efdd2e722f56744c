#include "protocol/interfacecatalogue.h"
#include "protocol/spectime.h"
#include "quality/qualityevaluator.h"

#include <QTest>

using namespace rw;
using namespace Qt::StringLiterals;

namespace {

const InterfaceSpec &spec(QStringView ipcType)
{
    const InterfaceSpec *s = InterfaceCatalogue::builtIn()->byIpcType(ipcType);
    Q_ASSERT(s);
    return *s;
}

constexpr qint64 kFixTime = 1767225600; // 2026-01-01 08:00 CST

Record position(qint64 positionTime = kFixTime, qint64 longitude = 109516666, qint64 latitude = 18775000)
{
    Record r = makeRecord(spec(u"positionVehicle"));
    r.setValue(u"CompanyId", u"4690WZSYC001"_s);
    r.setValue(u"VehicleNo", u"琼D12345"_s);
    r.setValue(u"VehicleRegionCode", qint64(469001));
    r.setValue(u"PositionTime", positionTime);
    r.setValue(u"Longitude", longitude);
    r.setValue(u"Latitude", latitude);
    r.setValue(u"Encrypt", qint64(1));
    r.setValue(u"BizStatus", qint64(3));
    r.setValue(u"OrderId", u"0"_s);
    return r;
}

Record orderCancel(qint64 cancelTime)
{
    Record r = makeRecord(spec(u"orderCancel"));
    r.setValue(u"CompanyId", u"4690WZSYC001"_s);
    r.setValue(u"Address", qint64(469001));
    r.setValue(u"OrderId", u"WZS-0001"_s);
    r.setValue(u"OrderTime", qint64(20260101075500));
    r.setValue(u"CancelTime", cancelTime);
    r.setValue(u"Operator", u"1"_s);
    r.setValue(u"CancelTypeCode", u"1"_s);
    return r;
}

// 2026-01-01 08:00:00 CST as YYYYMMDDhhmmss.
constexpr qint64 kCancelTime = 20260101080000;

QList<QualityDimension> failed(const QualityOutcome &o)
{
    QList<QualityDimension> result;
    for (QualityDimension d : kQualityDimensions) {
        if (o.isChecked(d) && !o.isPassed(d))
            result.append(d);
    }
    return result;
}

/** A payment of a trip from 08:00:00 to \a destTime (YYYYMMDDhhmmss) of \a km in \a seconds. */
Record payment(double km, qint64 seconds, qint64 destTime = 20260101081000)
{
    Record r = makeRecord(spec(u"operatePay"));
    r.setValue(u"CompanyId", u"4690WZSYC001"_s);
    r.setValue(u"OrderId", u"WZS-0001"_s);
    r.setValue(u"DepTime", qint64(20260101080000));
    r.setValue(u"DestTime", destTime);
    r.setValue(u"DriveMile", km);
    r.setValue(u"DriveTime", seconds);
    return r;
}

Record arrival(double km, qint64 seconds)
{
    Record r = makeRecord(spec(u"operateArrive"));
    r.setValue(u"CompanyId", u"4690WZSYC001"_s);
    r.setValue(u"OrderId", u"WZS-0001"_s);
    r.setValue(u"DestTime", qint64(20260101081000));
    r.setValue(u"DriveMile", km);
    r.setValue(u"DriveTime", seconds);
    return r;
}

} // namespace

class TestQualityEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void validPositionPassesEverything()
    {
        const QualityEvaluator evaluator;
        const QualityOutcome o = evaluator.evaluate(position(), kFixTime + 5);
        for (QualityDimension d : kQualityDimensions) {
            QVERIFY2(o.isChecked(d), qPrintable(QualityDimensions::key(d)));
            QVERIFY2(o.isPassed(d), qPrintable(QualityDimensions::key(d)));
        }
        QVERIFY(o.failedRules.isEmpty());
        QCOMPARE(o.companyId, u"4690WZSYC001"_s);
        QCOMPARE(o.ipcType, u"positionVehicle"_s);
        QCOMPARE(o.businessTime, std::optional<qint64>(kFixTime));
        QCOMPARE(o.recordKey, u"VehicleNo=琼D12345;PositionTime=1767225600"_s);
    }

    // Art. 15(三): positions "延迟不得超过 60 秒": 59 and 60 s pass, 61 s fails.
    void positionBoundary_data()
    {
        QTest::addColumn<qint64>("delay");
        QTest::addColumn<bool>("timely");
        QTest::newRow("59 s") << qint64(59) << true;
        QTest::newRow("60 s") << qint64(60) << true;
        QTest::newRow("61 s") << qint64(61) << false;
    }

    void positionBoundary()
    {
        QFETCH(qint64, delay);
        QFETCH(bool, timely);
        const QualityOutcome o = QualityEvaluator().evaluate(position(), kFixTime + delay);
        QVERIFY(o.isChecked(QualityDimension::Timeliness));
        QCOMPARE(o.isPassed(QualityDimension::Timeliness), timely);
        QCOMPARE(o.failedRules, timely ? QStringList() : QStringList{u"timeliness.withinLimit"_s});
        QVERIFY(o.isPassed(QualityDimension::Authenticity));
    }

    // A PositionTime sent as YYYYMMDDhhmmss (some uploaders) is read as CST, like Unix seconds.
    void positionTimeAsDateTime()
    {
        const QualityOutcome o = QualityEvaluator().evaluate(position(20260101080000), kFixTime + 61);
        QCOMPARE(o.businessTime, std::optional<qint64>(kFixTime));
        QVERIFY(!o.isPassed(QualityDimension::Timeliness));
    }

    // Orders: 300 s, business time YYYYMMDDhhmmss in CST.
    void orderBoundary()
    {
        const QualityEvaluator evaluator;
        QVERIFY(evaluator.evaluate(orderCancel(kCancelTime), kFixTime + 300)
                    .isPassed(QualityDimension::Timeliness));
        const QualityOutcome late = evaluator.evaluate(orderCancel(kCancelTime), kFixTime + 301);
        QVERIFY(!late.isPassed(QualityDimension::Timeliness));
        QCOMPARE(late.recordKey, u"OrderId=WZS-0001;CancelTime=20260101080000"_s);
        // Read as UTC the time would be 8 h older and late even at 300 s.
        QVERIFY(late.businessTime == kFixTime);
    }

    // Base-info: within 24 h of the change.
    void baseInfoBoundary()
    {
        Record r = makeRecord(spec(u"baseInfoVehicleTotalMile"));
        r.setValue(u"CompanyId", u"4690WZSYC001"_s);
        r.setValue(u"Flag", qint64(2));
        r.setValue(u"UpdateTime", kCancelTime);
        r.setValue(u"Address", qint64(469001));
        r.setValue(u"VehicleNo", u"琼D12345"_s);
        r.setValue(u"TotalMile", qint64(12000));
        const QualityEvaluator evaluator;
        QCOMPARE(failed(evaluator.evaluate(r, kFixTime + 86400)), QList<QualityDimension>());
        QCOMPARE(failed(evaluator.evaluate(r, kFixTime + 86401)),
                 QList<QualityDimension>{QualityDimension::Timeliness});
    }

    void missingRequiredFieldIsIncomplete()
    {
        Record r = position();
        r.setValue(u"VehicleRegionCode", QVariant());
        r.setValue(u"OrderId", u""_s);
        const QualityOutcome o = QualityEvaluator().evaluate(r, kFixTime);
        QCOMPARE(failed(o), QList<QualityDimension>{QualityDimension::Completeness});
        QCOMPARE(o.failedRules, QStringList{u"completeness.requiredFields"_s});
    }

    void validatorViolationsAreNonConformance()
    {
        Record r = position();
        r.setValue(u"VehicleNo", QString(40, u'A'));
        r.setValue(u"Encrypt", qint64(7));
        r.setValue(u"VehicleRegionCode", u"469001"_s);
        const QualityOutcome o = QualityEvaluator().evaluate(r, kFixTime);
        QCOMPARE(failed(o), QList<QualityDimension>{QualityDimension::Conformance});
        QCOMPARE(o.failedRules,
                 (QStringList{u"conformance.length"_s, u"conformance.type"_s, u"conformance.code"_s}));
    }

    void noBusinessTimeIsNotTimely()
    {
        Record r = position();
        r.setValue(u"PositionTime", QVariant());
        const QualityOutcome o = QualityEvaluator().evaluate(r, kFixTime);
        QVERIFY(!o.isPassed(QualityDimension::Timeliness));
        QVERIFY(o.failedRules.contains(u"timeliness.businessTime"_s));
        QVERIFY(!o.failedRules.contains(u"timeliness.withinLimit"_s));
    }

    void implausiblePositions_data()
    {
        QTest::addColumn<qint64>("positionTime");
        QTest::addColumn<qint64>("longitude");
        QTest::addColumn<qint64>("latitude");
        QTest::addColumn<QString>("rule");
        QTest::newRow("1970") << qint64(0) << qint64(109516666) << qint64(18775000)
                              << u"authenticity.plausibleTime"_s;
        QTest::newRow("301 s ahead") << kFixTime + 301 << qint64(109516666) << qint64(18775000)
                                     << u"authenticity.plausibleTime"_s;
        QTest::newRow("Greenwich") << kFixTime << qint64(0) << qint64(51477000)
                                   << u"authenticity.positionInChina"_s;
        QTest::newRow("lat/lon swapped")
            << kFixTime << qint64(18775000) << qint64(109516666) << u"authenticity.positionInChina"_s;
    }

    void implausiblePositions()
    {
        QFETCH(qint64, positionTime);
        QFETCH(qint64, longitude);
        QFETCH(qint64, latitude);
        QFETCH(QString, rule);
        const QualityOutcome o =
            QualityEvaluator().evaluate(position(positionTime, longitude, latitude), kFixTime);
        QVERIFY(!o.isPassed(QualityDimension::Authenticity));
        QVERIFY2(o.failedRules.contains(rule), qPrintable(o.failedRules.join(u',')));
    }

    void slightlyFutureTimeIsTolerated()
    {
        const QualityOutcome o = QualityEvaluator().evaluate(position(kFixTime + 300), kFixTime);
        QVERIFY(o.isPassed(QualityDimension::Authenticity));
        QVERIFY(o.isPassed(QualityDimension::Timeliness));
    }

    // The 10-record fixture: one position received 61 s late → 9 of 10 timely.
    void tenPositionsOneLate()
    {
        const QualityEvaluator evaluator;
        int timely = 0;
        for (int i = 0; i < 10; ++i) {
            const qint64 t = kFixTime + 10 * i;
            timely +=
                evaluator.evaluate(position(t), t + (i == 3 ? 61 : 2)).isPassed(QualityDimension::Timeliness);
        }
        QCOMPARE(timely, 9);
    }

    void tripPlausibility_data()
    {
        QTest::addColumn<bool>("isPayment");
        QTest::addColumn<double>("km");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<qint64>("destTime");
        QTest::addColumn<bool>("plausible");
        // maxSpeedKmh 200: 10 minutes at most 33.33 km; exactly 200 km/h passes.
        QTest::newRow("arrival 8 km in 10 min") << false << 8.0 << qint64(600) << qint64(0) << true;
        QTest::newRow("arrival at 200 km/h") << false << 33.0 << qint64(594) << qint64(0) << true;
        QTest::newRow("arrival above 200 km/h") << false << 33.4 << qint64(600) << qint64(0) << false;
        QTest::newRow("arrival 1 km in no time") << false << 1.0 << qint64(0) << qint64(0) << true;
        QTest::newRow("arrival 5 km in no time") << false << 5.0 << qint64(0) << qint64(0) << false;
        QTest::newRow("arrival negative distance") << false << -1.0 << qint64(600) << qint64(0) << false;
        QTest::newRow("payment spanning its time")
            << true << 8.0 << qint64(600) << qint64(20260101081000) << true;
        QTest::newRow("payment 2 min off") << true << 8.0 << qint64(600) << qint64(20260101081200) << true;
        QTest::newRow("payment 2 min 1 s off")
            << true << 8.0 << qint64(600) << qint64(20260101081201) << false;
        QTest::newRow("payment arriving before departing")
            << true << 0.5 << qint64(0) << qint64(20260101075900) << false;
    }

    void tripPlausibility()
    {
        QFETCH(bool, isPayment);
        QFETCH(double, km);
        QFETCH(qint64, seconds);
        QFETCH(qint64, destTime);
        QFETCH(bool, plausible);
        const QualityEvaluator evaluator;
        const Record r = isPayment ? payment(km, seconds, destTime) : arrival(km, seconds);
        const QualityOutcome o = evaluator.evaluateValidated(r, kFixTime + 700, kFixTime + 600, {});
        QVERIFY(o.isChecked(QualityDimension::Authenticity));
        QCOMPARE(o.failedRules.contains(u"authenticity.tripPlausible"_s), !plausible);
    }

    void ruleLeftOutOfTheModelIsNotChecked()
    {
        const QByteArray json = R"json({"version": "t", "weights": {"completeness": 1, "conformance": 1,
            "timeliness": 1, "authenticity": 1},
            "timeliness": {"limitSeconds": {"position": 60}},
            "authenticity": {"chinaBounds": {"west": 73.4, "east": 135.1, "south": 3.8, "north": 53.6},
                             "notBefore": 20161101000000, "futureToleranceSeconds": 300},
            "rules": {"timeliness": [{"id": "timeliness.withinLimit", "article": "a", "description": "d"}]}})json";
        QString error;
        const auto model = QualityModel::fromJson(json, &error);
        QVERIFY2(model, qPrintable(error));
        const QualityEvaluator evaluator(*model);
        const QualityOutcome o = evaluator.evaluate(position(0, 0, 0), 100);
        QVERIFY(!o.isChecked(QualityDimension::Completeness));
        QVERIFY(!o.isChecked(QualityDimension::Authenticity));
        QVERIFY(o.isChecked(QualityDimension::Timeliness));
        QCOMPARE(o.failedRules, QStringList{u"timeliness.withinLimit"_s});
        // No limit for orders in this model: their timeliness is not checked.
        QVERIFY(
            !evaluator.evaluate(orderCancel(kCancelTime), kFixTime).isChecked(QualityDimension::Timeliness));
    }
};

QTEST_GUILESS_MAIN(TestQualityEvaluator)
#include "tst_qualityevaluator.moc"
