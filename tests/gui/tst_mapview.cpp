#include "map/basemaplayer.h"
#include "map/mapview.h"
#include "map/tilelayer.h"

#include "geo/webmercator.h"

#include "guitest.h"
#include "mbtilesfixture.h"
#include "tiletestserver.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace rw;

namespace {

const LonLat kWuzhishan{109.517, 18.776};

QByteArray solidPng(QColor colour)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QColor pixelAt(QWidget &view, QPoint p)
{
    return view.grab().toImage().pixelColor(p);
}

void sendWheel(QWidget &view, QPointF at, QPoint angle, QPoint pixels = {},
               Qt::ScrollPhase phase = Qt::NoScrollPhase)
{
    QWheelEvent event(at, view.mapToGlobal(at), pixels, angle, Qt::NoButton, Qt::NoModifier, phase, false);
    QApplication::sendEvent(&view, &event);
}

} // namespace

class TestMapView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offlineMapDrawsLandSeaAndChineseLabels();
    void wheelZoomKeepsThePointUnderTheCursor();
    void touchpadZoomFollowsAtOnce();
    void dragPansAndClickIsNotADrag();
    void keyboardPansZoomsAndGoesHome();
    void tilesFromALocalServerAppear();
    void tilesFromAnMBTilesFileAppear();
    void datumFollowsTheTileSource();
};

void TestMapView::initTestCase()
{
    guitest::quietOffscreenWarnings();
}

void TestMapView::offlineMapDrawsLandSeaAndChineseLabels()
{
    MapView view;
    view.resize(900, 640);
    view.setCenter(kWuzhishan);
    view.setZoom(8);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.grab().toImage();
    const MapViewport v = view.viewport();
    // Land 30 px north of Wuzhishan (the label sits to the east of its dot).
    const QPointF wuzhishan = v.toScreen(WebMercator::project(kWuzhishan));
    QCOMPARE(image.pixelColor((wuzhishan + QPointF(0, -30)).toPoint()), BaseMapLayer::landColour());
    // Sea off the south-east coast.
    const QPointF sea = v.toScreen(WebMercator::project(LonLat{110.9, 18.3}));
    QVERIFY(!view.baseMapLayer()->baseMap().isLand(WebMercator::project(LonLat{110.9, 18.3})));
    QCOMPARE(image.pixelColor(sea.toPoint()), BaseMapLayer::seaColour());
    QVERIFY(view.baseMapLayer()->lastLabels().contains(QStringLiteral("五指山市")));
    QVERIFY(view.baseMapLayer()->lastLabels().contains(QStringLiteral("三亚")));
    QVERIFY(view.attributionText().contains(QLatin1String("Natural Earth")));
    if (!guitest::haveChineseFont())
        QWARN("No Simplified Chinese font: labels will show as boxes (install fonts-noto-cjk).");
    QVERIFY(!guitest::saveScreenshot(&view, QStringLiteral("mapview_offline_z8")).isEmpty());

    // A repaint with the same view reuses the base map; a new view draws it again.
    view.grab();
    QVERIFY(view.lastFrameReusedBackground());
    view.setZoom(5.5);
    view.grab();
    QVERIFY(!view.lastFrameReusedBackground());
    QVERIFY(!guitest::saveScreenshot(&view, QStringLiteral("mapview_offline_z5")).isEmpty());
    view.setZoom(11);
    QVERIFY(!guitest::saveScreenshot(&view, QStringLiteral("mapview_offline_z11")).isEmpty());
    QCOMPARE(
        pixelAt(view, view.viewport().toScreen(WebMercator::project(kWuzhishan)).toPoint() + QPoint(0, -40)),
        BaseMapLayer::landColour());
}

void TestMapView::wheelZoomKeepsThePointUnderTheCursor()
{
    MapView view;
    view.resize(800, 600);
    view.setCenter(kWuzhishan);
    view.setZoom(9);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QPointF cursor(610, 130);
    const QPointF under = view.viewport().toWorld(cursor);
    sendWheel(view, cursor, QPoint(0, 120)); // one notch in: half a zoom level, animated
    sendWheel(view, cursor, QPoint(0, 120));
    QVERIFY(view.isAnimating());
    QTRY_VERIFY(!view.isAnimating());
    QCOMPARE(view.zoom(), 10.0);
    const QPointF after = view.viewport().toScreen(under);
    QVERIFY2(std::hypot(after.x() - cursor.x(), after.y() - cursor.y()) < 0.01,
             qPrintable(QStringLiteral("%1,%2").arg(after.x()).arg(after.y())));

    sendWheel(view, cursor, QPoint(0, -120));
    QTRY_VERIFY(!view.isAnimating());
    QCOMPARE(view.zoom(), 9.5);
    const QPointF back = view.viewport().toScreen(under);
    QVERIFY(std::hypot(back.x() - cursor.x(), back.y() - cursor.y()) < 0.01);
}

void TestMapView::touchpadZoomFollowsAtOnce()
{
    MapView view;
    view.resize(800, 600);
    view.setCenter(kWuzhishan);
    view.setZoom(9);
    const QPointF cursor(200, 420);
    const QPointF under = view.viewport().toWorld(cursor);
    sendWheel(view, cursor, QPoint(0, 24), QPoint(0, 12), Qt::ScrollUpdate); // a small touchpad step
    QVERIFY(!view.isAnimating());
    QCOMPARE(view.zoom(), 9.1);
    const QPointF after = view.viewport().toScreen(under);
    QVERIFY(std::hypot(after.x() - cursor.x(), after.y() - cursor.y()) < 0.01);
}

void TestMapView::dragPansAndClickIsNotADrag()
{
    MapView view;
    view.resize(800, 600);
    view.setCenter(kWuzhishan);
    view.setZoom(10);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy clicked(&view, &MapView::clicked);
    const QPointF before = view.center();
    QTest::mousePress(&view, Qt::LeftButton, {}, QPoint(400, 300));
    QTest::mouseMove(&view, QPoint(450, 320));
    QTest::mouseMove(&view, QPoint(500, 340));
    QTest::mouseRelease(&view, Qt::LeftButton, {}, QPoint(500, 340));
    const QPointF moved = (before - view.center()) * view.viewport().scale();
    QVERIFY2(std::abs(moved.x() - 100) < 1e-6 && std::abs(moved.y() - 40) < 1e-6,
             qPrintable(QStringLiteral("%1,%2").arg(moved.x()).arg(moved.y())));
    QCOMPARE(clicked.count(), 0);

    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(300, 200));
    QCOMPARE(clicked.count(), 1);
    const QPointF world = clicked.first().first().toPointF();
    const QPointF screen = view.viewport().toScreen(world);
    QVERIFY(std::hypot(screen.x() - 300, screen.y() - 200) < 1e-6);
}

void TestMapView::keyboardPansZoomsAndGoesHome()
{
    MapView view;
    view.resize(600, 600);
    const QPointF home = WebMercator::project(kWuzhishan);
    view.setHomeView(home, 10);
    view.setCenter(home);
    view.setZoom(10);
    view.setAnimationsEnabled(false);
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE((view.center().x() - home.x()) * view.viewport().scale(), 100.0);
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE((view.center().y() - home.y()) * view.viewport().scale(), 100.0);
    QTest::keyClick(&view, Qt::Key_Plus);
    QCOMPARE(view.zoom(), 11.0);
    QTest::keyClick(&view, Qt::Key_Minus);
    QTest::keyClick(&view, Qt::Key_Minus);
    QCOMPARE(view.zoom(), 9.0);
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.zoom(), 10.0);
    QCOMPARE(view.center(), home);

    view.setAnimationsEnabled(true);
    view.setZoom(6);
    QTest::keyClick(&view, Qt::Key_Home); // flies
    QVERIFY(view.isAnimating());
    QTRY_VERIFY(!view.isAnimating());
    QCOMPARE(view.zoom(), 10.0);
    QVERIFY(std::abs(view.center().x() - home.x()) < 1e-9);
}

void TestMapView::tilesFromALocalServerAppear()
{
    const QColor magenta(0xff, 0x00, 0xff);
    const QByteArray png = solidPng(magenta);
    test::TileTestServer server([&png](int, int, int) { return png; });
    QVERIFY(server.listen());
    MapView view;
    view.resize(700, 500);
    view.setCenter(kWuzhishan);
    view.setZoom(9.4);
    view.setTileSource(TileSource::xyz(server.urlTemplate(), Datum::Cgcs2000, QStringLiteral("Test tiles")));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(pixelAt(view, QPoint(350, 250)), magenta);
    QTRY_VERIFY(view.tileLayer()->lastFrameComplete());
    QVERIFY(server.userAgent().startsWith(QLatin1String("RideWatch/")));
    QCOMPARE(view.attributionText(), QStringLiteral("Test tiles")); // no offline map showing: not credited
    QVERIFY(!guitest::saveScreenshot(&view, QStringLiteral("mapview_local_tiles")).isEmpty());
    // Zooming in, the loaded parent stands in (scaled) until the children arrive: never a blank.
    server.setHold(true);
    view.setZoom(10.4);
    QCOMPARE(pixelAt(view, QPoint(350, 250)), magenta);
    QVERIFY(!view.tileLayer()->lastFrameComplete());
    QVERIFY(view.attributionText().contains(QLatin1String("Natural Earth")));
}

void TestMapView::tilesFromAnMBTilesFileAppear()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hainan.mbtiles"));
    const QColor teal(0x00, 0x80, 0x80);
    QList<QPair<TileId, QByteArray>> tiles;
    const TileRange range = WebMercator::tilesCovering(
        QRectF(WebMercator::project(kWuzhishan, 9) - QPointF(400, 300), QSizeF(800, 600)), 9);
    for (const TileId &t : range.tiles())
        tiles.append({t, solidPng(teal)});
    QVERIFY(test::writeMBTiles(path, tiles));
    MapView view;
    view.resize(800, 600);
    view.setCenter(kWuzhishan);
    view.setZoom(9);
    view.setTileSource(TileSource::mbtiles(path));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(pixelAt(view, QPoint(400, 300)), teal);
    QTRY_COMPARE(pixelAt(view, QPoint(20, 20)), teal);
}

void TestMapView::datumFollowsTheTileSource()
{
    MapView view;
    QSignalSpy datum(&view, &MapView::mapDatumChanged);
    QCOMPARE(view.mapDatum(), Datum::Cgcs2000);
    view.setTileSource(TileSource::xyz(QStringLiteral("http://127.0.0.1:1/{z}/{x}/{y}.png"), Datum::Gcj02));
    QCOMPARE(view.mapDatum(), Datum::Gcj02);
    QCOMPARE(datum.count(), 1);
    QCOMPARE(datum.first().first().value<Datum>(), Datum::Gcj02);
    QCOMPARE(view.baseMapLayer()->baseMap().datum(), Datum::Gcj02);
    view.setTileSource(TileSource::tianditu(QStringLiteral("k")));
    QCOMPARE(view.mapDatum(), Datum::Cgcs2000);
    QCOMPARE(datum.count(), 2);
}

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
