#include "geo/coordinatetransform.h"
#include "geo/gcj02transform.h"

#include <QGeoCoordinate>
#include <QTest>

using namespace rw;

namespace {

bool near(double a, double b, double tolerance)
{
    return qAbs(a - b) <= tolerance;
}

// Distance in metres between two lon/lat pairs (Qt Positioning, DESIGN §5).
double metres(LonLat a, LonLat b)
{
    return QGeoCoordinate(a.latitude, a.longitude).distanceTo(QGeoCoordinate(b.latitude, b.longitude));
}

const LonLat kBeijing{116.404, 39.915};
const LonLat kWuzhishan{109.517, 18.776};
const LonLat kTokyo{139.77, 35.68};

} // namespace

class tst_CoordinateTransform : public QObject
{
    Q_OBJECT

private slots:
    // Vectors from the public coordtransform README (wandergis/coordtransform), all from (116.404, 39.915).
    void readmeVectors()
    {
        const LonLat gcj = CoordinateTransform::wgs84ToGcj02(kBeijing);
        QVERIFY(near(gcj.longitude, 116.41024449916938, 1e-9));
        QVERIFY(near(gcj.latitude, 39.91640428150164, 1e-9));

        const LonLat bd = CoordinateTransform::gcj02ToBd09(kBeijing);
        QVERIFY(near(bd.longitude, 116.41036949371029, 1e-9));
        QVERIFY(near(bd.latitude, 39.92133699351021, 1e-9));

        const LonLat back = CoordinateTransform::bd09ToGcj02(kBeijing);
        QVERIFY(near(back.longitude, 116.39762729119315, 1e-9));
        QVERIFY(near(back.latitude, 39.90865673957631, 1e-9));
    }

    void bd09InverseIsWithinCentimetres()
    {
        for (const LonLat p : {kBeijing, kWuzhishan, LonLat{121.47, 31.23}}) {
            const LonLat roundTrip = CoordinateTransform::bd09ToGcj02(CoordinateTransform::gcj02ToBd09(p));
            const double error = metres(p, roundTrip);
            QVERIFY2(error < 0.5, qPrintable(QString::number(error)));
            QVERIFY2(metres(p, CoordinateTransform::gcj02ToBd09(p)) > 100, "BD-09 adds a visible offset");
        }
    }

    void wgs84ToBd09GoesThroughGcj02()
    {
        const LonLat expected =
            CoordinateTransform::gcj02ToBd09(CoordinateTransform::wgs84ToGcj02(kWuzhishan));
        QCOMPARE(CoordinateTransform::wgs84ToBd09(kWuzhishan), expected);
    }

    void outOfChinaPassthrough()
    {
        QCOMPARE(CoordinateTransform::wgs84ToGcj02(kTokyo), kTokyo);
        const DisplayPosition p =
            CoordinateTransform::toDisplay(kTokyo.longitude, kTokyo.latitude, Datum::Wgs84, Datum::Gcj02);
        QCOMPARE(p.longitude, kTokyo.longitude);
        QCOMPARE(p.latitude, kTokyo.latitude);
        QVERIFY(!p.approximate);
    }

    void toDisplay_data()
    {
        QTest::addColumn<Datum>("from");
        QTest::addColumn<Datum>("map");
        QTest::addColumn<int>("expected"); // 0 as is, 1 → GCJ-02, 2 → BD-09 from WGS, 3 GCJ→BD, 4 BD→GCJ
        QTest::addColumn<bool>("approximate");

        QTest::newRow("WGS on WGS") << Datum::Wgs84 << Datum::Wgs84 << 0 << false;
        QTest::newRow("WGS on CGCS2000") << Datum::Wgs84 << Datum::Cgcs2000 << 0 << false;
        QTest::newRow("CGCS2000 on WGS") << Datum::Cgcs2000 << Datum::Wgs84 << 0 << false;
        QTest::newRow("WGS on GCJ") << Datum::Wgs84 << Datum::Gcj02 << 1 << false;
        QTest::newRow("CGCS2000 on GCJ") << Datum::Cgcs2000 << Datum::Gcj02 << 1 << false;
        QTest::newRow("WGS on BD") << Datum::Wgs84 << Datum::Bd09 << 2 << false;
        QTest::newRow("GCJ on GCJ") << Datum::Gcj02 << Datum::Gcj02 << 0 << false;
        QTest::newRow("GCJ on BD") << Datum::Gcj02 << Datum::Bd09 << 3 << false;
        QTest::newRow("BD on GCJ") << Datum::Bd09 << Datum::Gcj02 << 4 << false;
        QTest::newRow("BD on BD") << Datum::Bd09 << Datum::Bd09 << 0 << false;
        // No GCJ-02 → WGS-84 (fleet-maps.md §3.1): drawn as sent, flagged.
        QTest::newRow("GCJ on CGCS2000 (Tianditu)") << Datum::Gcj02 << Datum::Cgcs2000 << 0 << true;
        QTest::newRow("GCJ on WGS (OSM)") << Datum::Gcj02 << Datum::Wgs84 << 0 << true;
        QTest::newRow("BD on CGCS2000") << Datum::Bd09 << Datum::Cgcs2000 << 4 << true;
        QTest::newRow("unknown on CGCS2000") << Datum::Unknown << Datum::Cgcs2000 << 0 << true;
        QTest::newRow("unknown on GCJ") << Datum::Unknown << Datum::Gcj02 << 0 << true;
        QTest::newRow("WGS on unknown map") << Datum::Wgs84 << Datum::Unknown << 0 << true;
    }

    void toDisplay()
    {
        QFETCH(Datum, from);
        QFETCH(Datum, map);
        QFETCH(int, expected);
        QFETCH(bool, approximate);
        const LonLat p = kWuzhishan;
        LonLat want = p;
        switch (expected) {
        case 1:
            want = Gcj02Transform::fromWgs84(p.longitude, p.latitude);
            break;
        case 2:
            want = CoordinateTransform::wgs84ToBd09(p);
            break;
        case 3:
            want = CoordinateTransform::gcj02ToBd09(p);
            break;
        case 4:
            want = CoordinateTransform::bd09ToGcj02(p);
            break;
        default:
            break;
        }
        const DisplayPosition got = CoordinateTransform::toDisplay(p.longitude, p.latitude, from, map);
        QCOMPARE(got.longitude, want.longitude);
        QCOMPARE(got.latitude, want.latitude);
        QCOMPARE(got.approximate, approximate);
        QCOMPARE(CoordinateTransform::isExact(from, map), !approximate);
        if (expected != 0)
            QVERIFY(metres(p, {got.longitude, got.latitude}) > 100); // a real shift happened
    }

    void cgcs2000IsTreatedAsWgs84()
    {
        const DisplayPosition a = CoordinateTransform::toDisplay(109.5, 18.78, Datum::Cgcs2000, Datum::Gcj02);
        const DisplayPosition b = CoordinateTransform::toDisplay(109.5, 18.78, Datum::Wgs84, Datum::Gcj02);
        QCOMPARE(a.longitude, b.longitude);
        QCOMPARE(a.latitude, b.latitude);
    }
};

QTEST_GUILESS_MAIN(tst_CoordinateTransform)
#include "tst_coordinatetransform.moc"
