// NearbyVehicles: the vehicles within a radius of the officer, nearest first, with distance and bearing,
// across datums, found through the fleet's grid and checked against a scan of the whole fleet.

#include "location/nearbyvehicles.h"

#include "fleet/fleetstate.h"
#include "geo/coordinatetransform.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace rw;

namespace {

constexpr qint64 kNow = 1'740'796'245;     // 2025-03-01 02:30:45 UTC
const QGeoCoordinate kMe(18.775, 109.517); // 通什, Wuzhishan
const QString kCompany = QStringLiteral("4690WZSYC001");

VehicleFix fixAt(const QString &plate, const QGeoCoordinate &c, Datum datum = Datum::Wgs84,
                 qint64 time = kNow, BizStatus status = BizStatus::Empty, const QString &company = kCompany)
{
    VehicleFix f;
    f.key = {company, plate};
    f.longitude = qint32(std::lround(c.longitude() * 1e6));
    f.latitude = qint32(std::lround(c.latitude() * 1e6));
    f.datum = datum;
    f.positionTime = time;
    f.bizStatus = status;
    f.orderId = QStringLiteral("0");
    return f;
}

/** The coordinate as the fix stores it (1e-6 degree). */
QGeoCoordinate stored(const VehicleFix &f)
{
    return {f.latitudeDegrees(), f.longitudeDegrees()};
}

QStringList plates(const QList<NearbyVehicle> &found)
{
    QStringList out;
    for (const NearbyVehicle &v : found)
        out << v.key.vehicleNo;
    return out;
}

} // namespace

class tst_NearbyVehicles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nearestFirstWithDistanceAndBearing();
    void radiusBoundaryIsInclusive();
    void otherDatumsAreMeasuredInTheirOwn();
    void staleAndStatusCarriedAlong();
    void equalDistancesByCompanyAndPlate();
    void invalidPositionFindsNothing();
    void gridSearchMatchesAFullScan();
};

void tst_NearbyVehicles::nearestFirstWithDistanceAndBearing()
{
    FleetState fleet(Datum::Cgcs2000);
    fleet.apply(QList<VehicleFix>{
        fixAt(QStringLiteral("琼D00999"), kMe.atDistanceAndAzimuth(999, 180)),  // south, inside
        fixAt(QStringLiteral("琼D00100"), kMe.atDistanceAndAzimuth(100, 0)),    // north
        fixAt(QStringLiteral("琼D01500"), kMe.atDistanceAndAzimuth(1500, 90)),  // east, outside
        fixAt(QStringLiteral("琼D00500"), kMe.atDistanceAndAzimuth(500, 90)),   // east
        fixAt(QStringLiteral("琼D01001"), kMe.atDistanceAndAzimuth(1001, 270)), // west, just outside
    });
    NearbyVehicles nearby(&fleet);
    QCOMPARE(nearby.radius(), 1000.0);
    const QList<NearbyVehicle> found = nearby.find(kMe, kNow);
    QCOMPARE(plates(found), (QStringList{QStringLiteral("琼D00100"), QStringLiteral("琼D00500"),
                                         QStringLiteral("琼D00999")}));
    QVERIFY(std::abs(found.at(0).distance - 100) < 0.2);
    QVERIFY(std::abs(found.at(1).distance - 500) < 0.2);
    QVERIFY(std::abs(found.at(2).distance - 999) < 0.2);
    QVERIFY(std::abs(found.at(0).bearing - 0) < 0.1 || std::abs(found.at(0).bearing - 360) < 0.1);
    QVERIFY(std::abs(found.at(1).bearing - 90) < 0.1);
    QVERIFY(std::abs(found.at(2).bearing - 180) < 0.1);
    QCOMPARE(found.at(0).key.companyId, kCompany);
    QVERIFY(!found.at(0).approximate);

    nearby.setRadius(200);
    QCOMPARE(plates(nearby.find(kMe, kNow)), QStringList{QStringLiteral("琼D00100")});
    nearby.setRadius(2000);
    QCOMPARE(nearby.find(kMe, kNow).size(), 5);
}

void tst_NearbyVehicles::radiusBoundaryIsInclusive()
{
    FleetState fleet(Datum::Cgcs2000);
    const VehicleFix edge = fixAt(QStringLiteral("琼D10000"), kMe.atDistanceAndAzimuth(1000, 45));
    fleet.apply(QList<VehicleFix>{edge});
    const double exact = kMe.distanceTo(stored(edge)); // 1000 m give or take the 1e-6° rounding
    QVERIFY(std::abs(exact - 1000) < 0.2);
    NearbyVehicles nearby(&fleet);
    nearby.setRadius(exact);
    QCOMPARE(nearby.find(kMe, kNow).size(), 1);
    QCOMPARE(nearby.find(kMe, kNow).first().distance, exact);
    nearby.setRadius(exact - 0.01);
    QCOMPARE(nearby.find(kMe, kNow).size(), 0);
    nearby.setRadius(-5); // nonsense: nothing but the officer's own spot
    QCOMPARE(nearby.radius(), 0.0);
    QCOMPARE(nearby.find(kMe, kNow).size(), 0);
}

void tst_NearbyVehicles::otherDatumsAreMeasuredInTheirOwn()
{
    // A vehicle truly 300 m north of the officer, sent in GCJ-02 (Amap-based platforms): its coordinates
    // are offset by hundreds of metres, and so is where the CGCS2000 map draws it. Measured in GCJ-02
    // (the officer's WGS-84 converted forward), it is 300 m away.
    const QGeoCoordinate truly = kMe.atDistanceAndAzimuth(300, 0);
    const LonLat gcj = CoordinateTransform::wgs84ToGcj02({truly.longitude(), truly.latitude()});
    const LonLat bd = CoordinateTransform::wgs84ToBd09({truly.longitude(), truly.latitude()});
    QVERIFY(kMe.distanceTo(QGeoCoordinate(gcj.latitude, gcj.longitude)) > 300); // offset really is there
    FleetState fleet(Datum::Cgcs2000);
    fleet.apply(QList<VehicleFix>{
        fixAt(QStringLiteral("琼DGCJ02"), QGeoCoordinate(gcj.latitude, gcj.longitude), Datum::Gcj02),
        fixAt(QStringLiteral("琼DBD09"), QGeoCoordinate(bd.latitude, bd.longitude), Datum::Bd09),
        fixAt(QStringLiteral("琼DUNKN"), kMe.atDistanceAndAzimuth(600, 0), Datum::Unknown),
    });
    NearbyVehicles nearby(&fleet);
    const QList<NearbyVehicle> found = nearby.find(kMe, kNow);
    QCOMPARE(found.size(), 3);
    for (int i = 0; i < 2; ++i) {
        QVERIFY2(
            std::abs(found.at(i).distance - 300) < 1.0,
            qPrintable(QStringLiteral("%1: %2 m").arg(found.at(i).key.vehicleNo).arg(found.at(i).distance)));
        QVERIFY(!found.at(i).approximate);
        QVERIFY(std::abs(found.at(i).bearing) < 1 || std::abs(found.at(i).bearing - 360) < 1);
    }
    // Unknown datum (Encrypt 0): measured as sent, and said to be approximate.
    QCOMPARE(found.at(2).key.vehicleNo, QStringLiteral("琼DUNKN"));
    QVERIFY(found.at(2).approximate);
    QVERIFY(std::abs(found.at(2).distance - 600) < 0.2);
}

void tst_NearbyVehicles::staleAndStatusCarriedAlong()
{
    FleetState fleet(Datum::Cgcs2000);
    fleet.apply(QList<VehicleFix>{
        fixAt(QStringLiteral("琼D00001"), kMe.atDistanceAndAzimuth(50, 0), Datum::Wgs84, kNow - 61,
              BizStatus::Carrying),
        fixAt(QStringLiteral("琼D00002"), kMe.atDistanceAndAzimuth(60, 0), Datum::Wgs84, kNow - 10,
              BizStatus::Empty),
    });
    NearbyVehicles nearby(&fleet);
    const QList<NearbyVehicle> found = nearby.find(kMe, kNow);
    QCOMPARE(found.size(), 2);
    QVERIFY(found.at(0).stale); // Art. 15(三): over 60 s without a position
    QCOMPARE(found.at(0).status, BizStatus::Carrying);
    QCOMPARE(found.at(0).fixTime, kNow - 61);
    QVERIFY(!found.at(1).stale);
    QCOMPARE(found.at(1).status, BizStatus::Empty);
}

void tst_NearbyVehicles::equalDistancesByCompanyAndPlate()
{
    FleetState fleet(Datum::Cgcs2000);
    const QGeoCoordinate spot = kMe.atDistanceAndAzimuth(200, 120);
    fleet.apply(QList<VehicleFix>{
        fixAt(QStringLiteral("琼D0000B"), spot, Datum::Wgs84, kNow, BizStatus::Empty,
              QStringLiteral("4690B")),
        fixAt(QStringLiteral("琼D0000C"), spot, Datum::Wgs84, kNow, BizStatus::Empty,
              QStringLiteral("4690A")),
        fixAt(QStringLiteral("琼D0000A"), spot, Datum::Wgs84, kNow, BizStatus::Empty,
              QStringLiteral("4690B")),
    });
    NearbyVehicles nearby(&fleet);
    QCOMPARE(
        plates(nearby.find(kMe, kNow)),
        (QStringList{QStringLiteral("琼D0000C"), QStringLiteral("琼D0000A"), QStringLiteral("琼D0000B")}));
}

void tst_NearbyVehicles::invalidPositionFindsNothing()
{
    FleetState fleet(Datum::Cgcs2000);
    fleet.apply(QList<VehicleFix>{fixAt(QStringLiteral("琼D00001"), kMe)});
    NearbyVehicles nearby(&fleet);
    QVERIFY(nearby.find(QGeoCoordinate(), kNow).isEmpty());
    QCOMPARE(nearby.find(kMe, kNow).size(), 1);
    QCOMPARE(nearby.find(kMe, kNow).first().distance, 0.0);
}

void tst_NearbyVehicles::gridSearchMatchesAFullScan()
{
    // 100,000 vehicles over Hainan, 20,000 of them within 5 km of 通什 (a busy city centre, ~250 per km²):
    // the grid's answer equals a scan of all.
    FleetState fleet(Datum::Cgcs2000);
    QRandomGenerator random(469001);
    QList<VehicleFix> fixes;
    fixes.reserve(100000);
    for (int i = 0; i < 100000; ++i) {
        // Uniform over the disc's area (√ of a uniform radius fraction).
        const QGeoCoordinate c =
            i < 20000
                ? kMe.atDistanceAndAzimuth(5000 * std::sqrt(random.generateDouble()), random.bounded(360.0))
                : QGeoCoordinate(18.2 + random.bounded(1.8), 108.6 + random.bounded(2.4));
        fixes.append(fixAt(QStringLiteral("琼D%1").arg(i, 6, 10, QLatin1Char('0')), c));
    }
    fleet.apply(fixes);
    NearbyVehicles nearby(&fleet);

    QElapsedTimer timer;
    timer.start();
    const QList<NearbyVehicle> found = nearby.find(kMe, kNow);
    const qint64 gridNs = timer.nsecsElapsed();

    timer.restart();
    QStringList scanned;
    QList<QPair<double, QString>> all;
    for (const VehicleFix &f : std::as_const(fixes)) {
        const double d = kMe.distanceTo(stored(f));
        if (d <= nearby.radius())
            all.append({d, f.key.vehicleNo});
    }
    std::sort(all.begin(), all.end());
    const qint64 scanNs = timer.nsecsElapsed();
    for (const auto &[d, plate] : all)
        scanned << plate;
    QVERIFY(found.size() > 500); // ~20,000 × (1 km / 5 km)² ≈ 800
    QCOMPARE(plates(found), scanned);
    qInfo("%lld vehicles within 1 km of 100,000: grid search %.2f ms, full scan %.2f ms (%.0f×)",
          qint64(found.size()), gridNs / 1e6, scanNs / 1e6,
          double(scanNs) / double(std::max<qint64>(gridNs, 1)));
}

QTEST_GUILESS_MAIN(tst_NearbyVehicles)
#include "tst_nearbyvehicles.moc"
