// OperatingArea: containment in WGS-84 and, without converting points back, in GCJ-02 and BD-09.

#include "geo/coordinatetransform.h"
#include "rules/operatingarea.h"

#include <QTest>

using namespace rw;

class tst_OperatingArea : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void containsInWgs84();
    void anInvalidAreaContainsNothing();
    void gcj02PointsAreTestedAgainstTheConvertedPolygon();
    void bd09PointsAreTestedAgainstTheConvertedPolygon();
};

namespace {

// A square around Wuzhishan's centre, 0.1° on a side.
QGeoPolygon square()
{
    return QGeoPolygon(
        QList<QGeoCoordinate>{{18.726, 109.467}, {18.726, 109.567}, {18.826, 109.567}, {18.826, 109.467}});
}

QGeoCoordinate fromLonLat(LonLat p)
{
    return QGeoCoordinate(p.latitude, p.longitude);
}

} // namespace

void tst_OperatingArea::containsInWgs84()
{
    const OperatingArea area(square());
    QVERIFY(area.isValid());
    QVERIFY(area.contains(QGeoCoordinate(18.776, 109.517)));
    QVERIFY(area.contains(QGeoCoordinate(18.776, 109.5669)));
    QVERIFY(!area.contains(QGeoCoordinate(18.776, 109.5671)));
    QVERIFY(!area.contains(QGeoCoordinate(18.639, 109.700))); // 保亭县城
    // CGCS2000 and an unknown datum are tested as WGS-84.
    QVERIFY(area.contains(QGeoCoordinate(18.776, 109.5669), Datum::Cgcs2000));
    QVERIFY(!area.contains(QGeoCoordinate(18.776, 109.5671), Datum::Unknown));
}

void tst_OperatingArea::anInvalidAreaContainsNothing()
{
    const OperatingArea none;
    QVERIFY(!none.isValid());
    QVERIFY(!none.contains(QGeoCoordinate(18.776, 109.517)));
    QVERIFY(!OperatingArea(square()).contains(QGeoCoordinate()));
}

void tst_OperatingArea::gcj02PointsAreTestedAgainstTheConvertedPolygon()
{
    const OperatingArea area(square());
    // Walk out from the centre in each direction to about 50 m inside the edge; the GCJ-02 image of that
    // point is shifted by a few hundred metres and, in some direction, leaves the unconverted square. (The
    // offset varies slightly along an edge, so a point closer than a few metres could fall either way.)
    bool found = false;
    for (const auto &[dLon, dLat] :
         {std::pair{1.0, 0.0}, std::pair{-1.0, 0.0}, std::pair{0.0, 1.0}, std::pair{0.0, -1.0}}) {
        QGeoCoordinate inside(18.776, 109.517);
        for (double step = 0; step < 0.06; step += 0.0001) {
            const QGeoCoordinate next(18.776 + dLat * step, 109.517 + dLon * step);
            if (!area.contains(
                    QGeoCoordinate(next.latitude() + dLat * 0.0005, next.longitude() + dLon * 0.0005)))
                break;
            inside = next;
        }
        const QGeoCoordinate gcj =
            fromLonLat(CoordinateTransform::wgs84ToGcj02({inside.longitude(), inside.latitude()}));
        QVERIFY(area.contains(gcj, Datum::Gcj02)); // the same place, both in GCJ-02
        if (!area.contains(gcj, Datum::Wgs84))
            found = true; // taken as WGS-84 it would wrongly be outside
    }
    QVERIFY(found);
    // And a point clearly outside stays outside in GCJ-02.
    const QGeoCoordinate far = fromLonLat(CoordinateTransform::wgs84ToGcj02({109.700, 18.639}));
    QVERIFY(!area.contains(far, Datum::Gcj02));
}

void tst_OperatingArea::bd09PointsAreTestedAgainstTheConvertedPolygon()
{
    const OperatingArea area(square());
    const QGeoCoordinate corner = fromLonLat(CoordinateTransform::wgs84ToBd09({109.5665, 18.8255}));
    QVERIFY(area.contains(corner, Datum::Bd09));
    QVERIFY(!area.contains(corner, Datum::Wgs84)); // BD-09 moves it ~1 km north-east, out of the square
    const QGeoCoordinate beyond = fromLonLat(CoordinateTransform::wgs84ToBd09({109.5675, 18.8255}));
    QVERIFY(!area.contains(beyond, Datum::Bd09));
}

QTEST_GUILESS_MAIN(tst_OperatingArea)
#include "tst_operatingarea.moc"
