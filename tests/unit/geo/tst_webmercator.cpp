#include "geo/webmercator.h"

#include <QTest>

#include <cmath>

using namespace rw;

// Expected values computed independently with the OSM "slippy map" formula
// y = (1 − asinh(tan φ)/π) / 2 · 2^z (Python math), not with this code.
class tst_WebMercator : public QObject
{
    Q_OBJECT

private slots:
    void worldSize()
    {
        QCOMPARE(WebMercator::worldSize(0), 256.0);
        QCOMPARE(WebMercator::worldSize(12), 256.0 * 4096);
        QVERIFY(qAbs(WebMercator::worldSize(0.5) - 256.0 * std::sqrt(2.0)) < 1e-9);
    }

    void projectKnownPoints()
    {
        const QPointF w = WebMercator::project(109.5, 18.78, 12); // Wuzhishan
        QVERIFY(qAbs(w.x() - 843229.8666666667) < 1e-6);
        QVERIFY(qAbs(w.y() - 468580.6662214746) < 1e-6);
        const QPointF origin = WebMercator::project(0, 0, 1);
        QVERIFY(qAbs(origin.x() - 256.0) < 1e-9);
        QVERIFY(qAbs(origin.y() - 256.0) < 1e-9);
        // Zoom 0 scaled by 2^z is zoom z: the fleet is stored at zoom 0.
        const QPointF w0 = WebMercator::project(109.5, 18.78);
        QVERIFY(qAbs(w0.x() * 4096 - w.x()) < 1e-6);
        QVERIFY(qAbs(w0.y() * 4096 - w.y()) < 1e-6);
    }

    void tileOfWuzhishan()
    {
        const TileId t = WebMercator::tileAt(109.5, 18.78, 12);
        QCOMPARE(t, (TileId{3293, 1830, 12}));
        QCOMPARE(WebMercator::tileAt(116.404, 39.915, 10), (TileId{843, 387, 10}));
        QCOMPARE(WebMercator::tileAt(109.5, 18.78, 0), (TileId{0, 0, 0}));
        const QRectF r = WebMercator::tileRect(t);
        QVERIFY(r.contains(WebMercator::project(109.5, 18.78, 12)));
        QCOMPARE(r, QRectF(3293 * 256.0, 1830 * 256.0, 256, 256));
    }

    void roundTrip()
    {
        for (const double zoom : {0.0, 5.5, 12.0, 18.0}) {
            for (const auto &[lng, lat] : {std::pair{109.517, 18.776},
                                           {-74.0445, 40.6892},
                                           {0.0, 0.0},
                                           {179.9, -85.0},
                                           {-179.9, 85.0}}) {
                const LonLat back = WebMercator::unproject(WebMercator::project(lng, lat, zoom), zoom);
                QVERIFY2(qAbs(back.longitude - lng) < 1e-9 && qAbs(back.latitude - lat) < 1e-9,
                         qPrintable(QStringLiteral("%1,%2 at %3").arg(lng).arg(lat).arg(zoom)));
            }
        }
    }

    void clampsAtTheMercatorLimit()
    {
        QCOMPARE(WebMercator::kMaxLatitude, 85.0511287798066);
        QCOMPARE(WebMercator::project(0, 89.9, 3).y(), 0.0);
        QCOMPARE(WebMercator::project(0, 90, 3).y(), 0.0); // not −infinity
        QCOMPARE(WebMercator::project(0, -90, 3).y(), WebMercator::worldSize(3));
        QVERIFY(qAbs(WebMercator::project(0, 85.05113, 0).y()) < 1e-3);
        QCOMPARE(WebMercator::project(200, 0, 0).x(), 256.0);
        QCOMPARE(WebMercator::project(-200, 0, 0).x(), 0.0);
        QCOMPARE(WebMercator::unproject({0, -1000}, 0).latitude, WebMercator::kMaxLatitude);
        QCOMPARE(WebMercator::unproject({0, 1000}, 0).latitude, -WebMercator::kMaxLatitude);
        QCOMPARE(WebMercator::clampLatitude(-86), -WebMercator::kMaxLatitude);
    }

    void tilesAtTheEdgesOfTheWorld()
    {
        QCOMPARE(WebMercator::tileAt(180, 0, 2), (TileId{3, 2, 2})); // east edge: last column
        QCOMPARE(WebMercator::tileAt(-180, 90, 2), (TileId{0, 0, 2}));
        QCOMPARE(WebMercator::tileAt(0, -90, 2), (TileId{2, 3, 2}));
        QCOMPARE(WebMercator::tileAtWorld({-5, 2000}, 2), (TileId{0, 3, 2}));
    }

    void tilesCoveringAViewport()
    {
        // 1920 × 1080 centred on Wuzhishan at zoom 12.
        const QPointF c = WebMercator::project(109.5, 18.78, 12);
        const QRectF viewport(c.x() - 960, c.y() - 540, 1920, 1080);
        const TileRange range = WebMercator::tilesCovering(viewport, 12);
        // x: 842269.87 .. 844189.87 → tiles 3290..3297; y: 468040.67 .. 469120.67 → 1828..1832
        QCOMPARE(range, (TileRange{12, 3290, 1828, 3297, 1832}));
        QCOMPARE(range.count(), 8 * 5);
        QCOMPARE(range.tiles().size(), 40);
        QCOMPARE(range.tiles().first(), (TileId{3290, 1828, 12}));
        QCOMPARE(range.tiles().last(), (TileId{3297, 1832, 12}));
        QVERIFY(range.contains(WebMercator::tileAt(109.5, 18.78, 12)));
        QVERIFY(!range.contains(TileId{3293, 1830, 11}));
    }

    void tilesCoveringAtAFractionalZoom()
    {
        // A view at zoom 12.5 drawn with zoom 12 tiles: the viewport shrinks by √2 in tile units.
        const QRectF viewport(0, 0, 256 * std::sqrt(2.0) * 2.4, 256 * std::sqrt(2.0) * 1.4);
        const TileRange range = WebMercator::tilesCovering(viewport, 12.5, 12);
        QCOMPARE(range, (TileRange{12, 0, 0, 2, 1}));
        // The same viewport with zoom 13 tiles needs more tiles.
        QCOMPARE(WebMercator::tilesCovering(viewport, 12.5, 13).count(), 5 * 3);
    }

    void tilesCoveringEdgeCases()
    {
        // An edge on a tile boundary does not pull in the next tile.
        QCOMPARE(WebMercator::tilesCovering(QRectF(256, 256, 256, 256), 3), (TileRange{3, 1, 1, 1, 1}));
        // Clamped to the world.
        QCOMPARE(WebMercator::tilesCovering(QRectF(-1000, -1000, 5000, 5000), 2), (TileRange{2, 0, 0, 3, 3}));
        QVERIFY(WebMercator::tilesCovering(QRectF(), 3).isEmpty());
        QVERIFY(WebMercator::tilesCovering(QRectF(-500, -500, 100, 100), 3).isEmpty());
        QVERIFY(WebMercator::tilesCovering(QRectF(1e12, 0, 100, 100), 3).isEmpty());
        QCOMPARE(TileRange{}.count(), 0);
        QVERIFY(TileRange{}.tiles().isEmpty());
    }

    void metresPerPixel()
    {
        // 2π · 6378137 / 256 at the equator, zoom 0.
        QVERIFY(qAbs(WebMercator::metresPerPixel(0, 0) - 156543.03392804097) < 1e-6);
        QVERIFY(qAbs(WebMercator::metresPerPixel(60, 1) - 156543.03392804097 / 4) < 1e-6);
    }

    void tileHashDistinguishesTiles()
    {
        QVERIFY(qHash(TileId{1, 2, 3}) != qHash(TileId{2, 1, 3}));
        QCOMPARE(qHash(TileId{1, 2, 3}), qHash(TileId{1, 2, 3}));
    }
};

QTEST_GUILESS_MAIN(tst_WebMercator)
#include "tst_webmercator.moc"
