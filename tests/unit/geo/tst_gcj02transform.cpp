#include "geo/gcj02transform.h"

#include <QTest>

using namespace rw;

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
