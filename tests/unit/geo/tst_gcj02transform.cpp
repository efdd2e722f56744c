#include "geo/gcj02transform.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace rw;

namespace {

// The public formula written out literally (wandergis/coordtransform, wgs84togcj02), to check the
// faster evaluation in Gcj02Transform against.
LonLat literalFormula(double lng, double lat)
{
    constexpr double pi = std::numbers::pi;
    constexpr double a = 6378245.0;
    constexpr double ee = 0.00669342162296594323;
    const auto transformLat = [](double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
        ret += (20.0 * std::sin(6.0 * x * pi) + 20.0 * std::sin(2.0 * x * pi)) * 2.0 / 3.0;
        ret += (20.0 * std::sin(y * pi) + 40.0 * std::sin(y / 3.0 * pi)) * 2.0 / 3.0;
        ret += (160.0 * std::sin(y / 12.0 * pi) + 320 * std::sin(y * pi / 30.0)) * 2.0 / 3.0;
        return ret;
    };
    const auto transformLng = [](double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
        ret += (20.0 * std::sin(6.0 * x * pi) + 20.0 * std::sin(2.0 * x * pi)) * 2.0 / 3.0;
        ret += (20.0 * std::sin(x * pi) + 40.0 * std::sin(x / 3.0 * pi)) * 2.0 / 3.0;
        ret += (150.0 * std::sin(x / 12.0 * pi) + 300.0 * std::sin(x / 30.0 * pi)) * 2.0 / 3.0;
        return ret;
    };
    double dLat = transformLat(lng - 105.0, lat - 35.0);
    double dLng = transformLng(lng - 105.0, lat - 35.0);
    const double radLat = lat / 180.0 * pi;
    double magic = std::sin(radLat);
    magic = 1 - ee * magic * magic;
    const double sqrtMagic = std::sqrt(magic);
    dLat = (dLat * 180.0) / ((a * (1 - ee)) / (magic * sqrtMagic) * pi);
    dLng = (dLng * 180.0) / (a / sqrtMagic * std::cos(radLat) * pi);
    return {lng + dLng, lat + dLat};
}

} // namespace

class tst_Gcj02Transform : public QObject
{
    Q_OBJECT

private slots:
    void publicTestVector()
    {
        // DESIGN.md §5, from the public coordtransform README.
        const QGeoCoordinate gcj = Gcj02Transform::fromWgs84(QGeoCoordinate(39.915, 116.404));
        QVERIFY(qAbs(gcj.longitude() - 116.41024449916938) < 1e-9);
        QVERIFY(qAbs(gcj.latitude() - 39.91640428150164) < 1e-9);
    }

    void degreesOverloadMatchesCoordinateOverload()
    {
        const LonLat gcj = Gcj02Transform::fromWgs84(116.404, 39.915);
        QVERIFY(qAbs(gcj.longitude - 116.41024449916938) < 1e-9);
        QVERIFY(qAbs(gcj.latitude - 39.91640428150164) < 1e-9);
        for (const auto &[lng, lat] : {std::pair{109.517, 18.776}, {121.47, 31.23}, {87.6, 43.8}}) {
            const LonLat a = Gcj02Transform::fromWgs84(lng, lat);
            const QGeoCoordinate b = Gcj02Transform::fromWgs84(QGeoCoordinate(lat, lng));
            QCOMPARE(a.longitude, b.longitude());
            QCOMPARE(a.latitude, b.latitude());
        }
    }

    void agreesWithTheLiteralFormulaAcrossChina()
    {
        double worst = 0;
        for (double lng = 73.7; lng < 135.05; lng += 0.37) {
            for (double lat = 3.9; lat < 53.55; lat += 0.23) {
                const LonLat fast = Gcj02Transform::fromWgs84(lng, lat);
                const LonLat literal = literalFormula(lng, lat);
                worst = std::max({worst, std::abs(fast.longitude - literal.longitude),
                                  std::abs(fast.latitude - literal.latitude)});
            }
        }
        qInfo("largest difference: %g degree", worst);
        QVERIFY2(worst < 1e-12, qPrintable(QString::number(worst)));
        QCOMPARE(literalFormula(116.404, 39.915).longitude, 116.41024449916938); // the transcription itself
    }

    void shiftInWuzhishanIsHundredsOfMetres()
    {
        const QGeoCoordinate wgs(18.776, 109.517);
        const double shift = wgs.distanceTo(Gcj02Transform::fromWgs84(wgs));
        QVERIFY2(shift > 100 && shift < 1000, qPrintable(QString::number(shift)));
    }

    void outsideChinaUnchanged()
    {
        const QGeoCoordinate tokyo(35.68, 139.77);
        QCOMPARE(Gcj02Transform::fromWgs84(tokyo), tokyo);
        QCOMPARE(Gcj02Transform::fromWgs84(139.77, 35.68), (LonLat{139.77, 35.68}));
        QVERIFY(Gcj02Transform::outOfChina(139.77, 35.68));
        QVERIFY(!Gcj02Transform::outOfChina(109.5, 18.8));
    }

    void keepsAltitude()
    {
        const QGeoCoordinate gcj = Gcj02Transform::fromWgs84(QGeoCoordinate(18.776, 109.517, 330));
        QCOMPARE(gcj.altitude(), 330.0);
    }

    void invalidCoordinateUnchanged() { QVERIFY(!Gcj02Transform::fromWgs84(QGeoCoordinate()).isValid()); }
};

QTEST_GUILESS_MAIN(tst_Gcj02Transform)
#include "tst_gcj02transform.moc"
