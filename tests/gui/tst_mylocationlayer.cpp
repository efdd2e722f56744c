// MyLocationLayer rendered offscreen: the blue dot at the fix (in the map's datum), its accuracy circle in
// metres at the map's zoom, and nothing without a fix. The fix comes from a real NMEA source.

#include "map/mapview.h"
#include "map/mylocationlayer.h"

#include "geo/coordinatetransform.h"
#include "geo/webmercator.h"
#include "location/mylocation.h"
#include "location/positionsourcefactory.h"

#include "guitest.h"
#include "nmeapipe.h"

#include <QPainter>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace rw;
using namespace rw::testing;

namespace {

const LonLat kCentre{109.517, 18.775}; // 通什, Wuzhishan

struct Scene
{
    MyLocation location;
    NmeaPipe *pipe = new NmeaPipe;
    QNmeaPositionInfoSource *source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::RealTimeMode);
    MapView view;
    MyLocationLayer layer{&location};

    Scene()
    {
        pipe->setParent(source);
        source->setDevice(pipe);
        source->setUserEquivalentRangeError(PositionSourceFactory::kUserEquivalentRangeError);
        location.setSource(source, QStringLiteral("the test receiver"));
        location.start();
        view.setAnimationsEnabled(false);
        view.resize(600, 400);
        view.setCenter(kCentre);
        view.setZoom(17);
        view.addLayer(&layer);
    }

    bool fixAt(double latitude, double longitude, double hdop = 1.2)
    {
        pipe->feed(nmeaFix("023050.00", latitude, longitude, hdop));
        return QTest::qWaitFor([this] { return location.hasFix(); }, 5000);
    }
};

QPoint pixel(QPointF p)
{
    return {int(std::floor(p.x())), int(std::floor(p.y()))};
}

} // namespace

class tst_MyLocationLayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::quietOffscreenWarnings(); }
    void nothingWithoutAFix();
    void dotAtTheFixAndNowhereElse();
    void accuracyCircleInMetresAtTheZoom();
    void drawnInTheMapsDatum();
    void lostFixRemovesTheDot();
};

void tst_MyLocationLayer::nothingWithoutAFix()
{
    Scene s;
    QCOMPARE(s.location.state(), MyLocation::State::WaitingForFix);
    QVERIFY(!s.layer.screenPosition(s.view.viewport()));
    const QImage image = s.view.grab().toImage();
    QCOMPARE(guitest::countPixels(image, MyLocationLayer::dotColour()), 0);
}

void tst_MyLocationLayer::dotAtTheFixAndNowhereElse()
{
    Scene s;
    QSignalSpy changed(&s.layer, &MapLayer::changed);
    QVERIFY(s.fixAt(18.775, 109.517));
    QVERIFY(!changed.isEmpty()); // the map is asked to repaint
    const auto at = s.layer.screenPosition(s.view.viewport());
    QVERIFY(at);
    // The fix is the map's centre (CGCS2000 map, WGS-84 fix: the same).
    QVERIFY(std::abs(at->x() - 300) < 1 && std::abs(at->y() - 200) < 1);
    const QImage image = s.view.grab().toImage();
    RW_CHECK_SCREENSHOT(&s.view, QStringLiteral("mylocationlayer-fix"));
    const QColor dot = MyLocationLayer::dotColour();
    QCOMPARE(image.pixelColor(pixel(*at)), dot);
    // Only around the fix: a disc of radius 6 is ~113 px of exactly that colour (the rim is blended).
    const int count = guitest::countPixels(image, dot);
    QVERIFY2(count > 60 && count < 160, qPrintable(QString::number(count)));
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) == dot)
                QVERIFY2(QLineF(QPointF(x + 0.5, y + 0.5), *at).length() <= MyLocationLayer::kDotRadius + 1,
                         qPrintable(QStringLiteral("dot colour at %1,%2").arg(x).arg(y)));
        }
    }
    // The white ring around it.
    const QColor ring = image.pixelColor(pixel(*at + QPointF(MyLocationLayer::kDotRadius + 1, 0)));
    QVERIFY2(ring.red() > 0xf0 && ring.green() > 0xf0 && ring.blue() > 0xf0, qPrintable(ring.name()));
}

void tst_MyLocationLayer::accuracyCircleInMetresAtTheZoom()
{
    Scene s;
    QVERIFY(s.fixAt(18.775, 109.517, 4.0)); // HDOP 4: 2 × 4 × 5 m = 40 m
    QCOMPARE(s.location.horizontalAccuracy(), 40.0);
    const MapViewport viewport = s.view.viewport();
    const double expected = 40 / WebMercator::metresPerPixel(18.775, 17);
    QVERIFY(std::abs(s.layer.accuracyRadius(viewport) - expected) < 1e-6);
    QVERIFY(expected > 30); // ~1.13 m per pixel at zoom 17 here

    // The layer alone on a transparent image: tinted inside the circle, untouched outside.
    QImage image(viewport.size.toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        s.layer.paint(painter, viewport);
    }
    const QPointF at = *s.layer.screenPosition(viewport);
    const QColor inside = image.pixelColor(pixel(at + QPointF(expected - 4, 0)));
    const QColor outside = image.pixelColor(pixel(at + QPointF(expected + 4, 0)));
    QVERIFY2(inside.alpha() > 0 && inside.blue() > inside.red(), qPrintable(inside.name(QColor::HexArgb)));
    QCOMPARE(outside.alpha(), 0);
    QCOMPARE(image.pixelColor(pixel(at + QPointF(0, -(expected + 4)))).alpha(), 0);

    // Zoomed out one level, the same 40 m are half as many pixels.
    s.view.setZoom(16);
    QVERIFY(std::abs(s.layer.accuracyRadius(s.view.viewport()) - expected / 2) < 1e-6);
}

void tst_MyLocationLayer::drawnInTheMapsDatum()
{
    // On a GCJ-02 map (Amap tiles) the WGS-84 fix is drawn where GCJ-02 puts it: hundreds of metres,
    // hundreds of pixels at zoom 17, from where the WGS-84 coordinates would land.
    Scene s;
    s.view.setZoom(15);
    QVERIFY(s.fixAt(18.775, 109.517));
    s.layer.setMapDatum(Datum::Gcj02);
    const MapViewport viewport = s.view.viewport();
    const LonLat gcj = CoordinateTransform::wgs84ToGcj02(kCentre);
    const QPointF expected = viewport.toScreen(WebMercator::project(gcj, 0));
    const QPointF wgs = viewport.toScreen(WebMercator::project(kCentre, 0));
    const QPointF at = *s.layer.screenPosition(viewport);
    QVERIFY(QLineF(at, expected).length() < 0.01);
    QVERIFY(QLineF(at, wgs).length() > 50);
    const QImage image = s.view.grab().toImage();
    QCOMPARE(image.pixelColor(pixel(expected)), MyLocationLayer::dotColour());
    QVERIFY(image.pixelColor(pixel(wgs)) != MyLocationLayer::dotColour());
}

void tst_MyLocationLayer::lostFixRemovesTheDot()
{
    Scene s;
    s.location.setFixTimeout(300);
    QVERIFY(s.fixAt(18.775, 109.517));
    QTRY_COMPARE(s.location.state(), MyLocation::State::WaitingForFix);
    QCOMPARE(guitest::countPixels(s.view.grab().toImage(), MyLocationLayer::dotColour()), 0);
}

QTEST_MAIN(tst_MyLocationLayer)
#include "tst_mylocationlayer.moc"
