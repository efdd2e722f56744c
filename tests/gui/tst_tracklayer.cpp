// TrackLayer: offscreen renders whose pixels are checked — the path in its status colours where the
// track runs and nothing elsewhere, gaps dashed grey, pickup and drop-off markers that take clicks, the
// datum conversion, and a day of fixes drawn in one pass.

#include "map/mapview.h"
#include "map/tracklayer.h"
#include "map/vehiclestyle.h"

#include "geo/coordinatetransform.h"
#include "geo/webmercator.h"

#include "guitest.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace rw;

namespace {

constexpr qint64 kT0 = 1'763'700'000;
const LonLat kCentre{109.517, 18.776}; // 通什, Wuzhishan

TrackPoint fix(qint64 time, double lon, double lat, BizStatus status)
{
    TrackPoint p;
    p.time = time;
    p.longitude = qint32(std::lround(lon * 1e6));
    p.latitude = qint32(std::lround(lat * 1e6));
    p.datum = Datum::Wgs84;
    p.status = status;
    p.speed = 30;
    p.orderId = status == BizStatus::Carrying ? QStringLiteral("ORD-1") : QStringLiteral("0");
    return p;
}

/** East along the latitude of the centre: 14 segments of 0.001°, empty for the first 7, then carrying. */
Track eastward()
{
    Track track;
    track.vehicle = {QStringLiteral("4690WZSYC001"), QStringLiteral("琼D10001")};
    for (int i = 0; i <= 14; ++i)
        track.points.append(fix(kT0 + 10 * i, kCentre.longitude - 0.007 + 0.001 * i, kCentre.latitude,
                                i < 7 ? BizStatus::Empty : BizStatus::Carrying));
    return track;
}

struct Scene
{
    MapView view;
    TrackLayer layer;

    explicit Scene(double zoom = 15)
    {
        view.setAnimationsEnabled(false);
        view.resize(800, 600);
        view.setCenter(kCentre);
        view.setZoom(zoom);
        layer.setMapDatum(view.mapDatum());
        view.addLayer(&layer);
        view.show();
    }
    QPointF screenOf(double lon, double lat) const
    {
        return view.viewport().toScreen(layer.toWorld(lon, lat, Datum::Wgs84));
    }
    QImage render() { return view.grab().toImage(); }
    QImage background()
    {
        view.removeLayer(&layer);
        const QImage image = render();
        view.addLayer(&layer);
        return image;
    }
};

/** Distance from \a p to the segment \a a–\a b. */
double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const double length = QPointF::dotProduct(d, d);
    const double t = length > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / length, 0.0, 1.0) : 0;
    const QPointF q = a + d * t - p;
    return std::hypot(q.x(), q.y());
}

} // namespace

class TestTrackLayer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { guitest::quietOffscreenWarnings(); }
    void pathInStatusColoursAndNothingElsewhere();
    void gapIsDashedGrey();
    void eventMarkersTakeClicks();
    void vehicleMarkerFollowsTheSample();
    void fixesAreConvertedToTheMapDatum();
    void aDayOfFixesInOnePass();
};

void TestTrackLayer::pathInStatusColoursAndNothingElsewhere()
{
    Scene s;
    QVERIFY(QTest::qWaitForWindowExposed(&s.view));
    const QImage background = s.background();
    const Track track = eastward();
    s.layer.setTrack(track);
    const QImage image = s.render();
    QCOMPARE(s.layer.lastFrame().segments, 14);

    const QColor empty = VehicleStyle::statusColour(BizStatus::Empty);
    const QColor carrying = VehicleStyle::statusColour(BizStatus::Carrying);
    const auto midpoint = [&](int i) {
        const TrackPoint &a = track.points.at(i);
        const TrackPoint &b = track.points.at(i + 1);
        return s.screenOf((a.longitudeDegrees() + b.longitudeDegrees()) / 2, a.latitudeDegrees()).toPoint();
    };
    for (int i = 0; i < 14; ++i) {
        const QColor expected = i < 7 ? empty : carrying;
        QCOMPARE(image.pixelColor(midpoint(i)), expected);
        QVERIFY(background.pixelColor(midpoint(i)) != expected);
    }
    // Nothing changed farther than the casing's reach from the line.
    const QPointF a = s.screenOf(track.points.first().longitudeDegrees(), kCentre.latitude);
    const QPointF b = s.screenOf(track.points.last().longitudeDegrees(), kCentre.latitude);
    int far = 0;
    int near = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) == background.pixel(x, y))
                continue;
            (distanceToSegment(QPointF(x + 0.5, y + 0.5), a, b) <= TrackLayer::kLineWidth + 3 ? near : far) +=
                1;
        }
    }
    QCOMPARE(far, 0);
    QVERIFY(near > 300 * 6);
    // Neither status colour where the track does not run (e.g. 40 px north of it).
    for (int x = 0; x < image.width(); x += 7)
        QVERIFY(image.pixelColor(x, int(a.y()) - 40) != carrying &&
                image.pixelColor(x, int(a.y()) - 40) != empty);
    QVERIFY(!guitest::saveScreenshot(&s.view, QStringLiteral("tracklayer_statuses")).isEmpty());

    // Panned away: nothing of it in view, nothing drawn.
    s.view.setCenter(LonLat{kCentre.longitude, kCentre.latitude + 0.05});
    const QImage away = s.render();
    QCOMPARE(s.layer.lastFrame().segments, 0);
    QCOMPARE(guitest::countPixels(away, carrying), 0);
}

void TestTrackLayer::gapIsDashedGrey()
{
    Scene s;
    QVERIFY(QTest::qWaitForWindowExposed(&s.view));
    Track track;
    track.points = {fix(kT0, kCentre.longitude - 0.006, kCentre.latitude, BizStatus::Carrying),
                    fix(kT0 + 10, kCentre.longitude - 0.004, kCentre.latitude, BizStatus::Carrying),
                    // twenty minutes without a fix
                    fix(kT0 + 1210, kCentre.longitude + 0.004, kCentre.latitude, BizStatus::Carrying),
                    fix(kT0 + 1220, kCentre.longitude + 0.006, kCentre.latitude, BizStatus::Carrying)};
    s.layer.setTrack(track);
    const QImage image = s.render();
    const QColor carrying = VehicleStyle::statusColour(BizStatus::Carrying);
    // Along the gap: some grey dashes, none of the status colour.
    int grey = 0;
    int coloured = 0;
    const QPointF from = s.screenOf(kCentre.longitude - 0.0035, kCentre.latitude);
    const QPointF to = s.screenOf(kCentre.longitude + 0.0035, kCentre.latitude);
    for (int x = int(from.x()); x <= int(to.x()); ++x) {
        const QColor c = image.pixelColor(x, int(from.y()));
        grey += c == TrackLayer::gapColour() ? 1 : 0;
        coloured += c == carrying ? 1 : 0;
    }
    QCOMPARE(coloured, 0);
    QVERIFY2(grey > 40, qPrintable(QString::number(grey)));
    QCOMPARE(image.pixelColor(s.screenOf(kCentre.longitude - 0.005, kCentre.latitude).toPoint()), carrying);
    QCOMPARE(image.pixelColor(s.screenOf(kCentre.longitude + 0.005, kCentre.latitude).toPoint()), carrying);
}

void TestTrackLayer::eventMarkersTakeClicks()
{
    Scene s;
    QVERIFY(QTest::qWaitForWindowExposed(&s.view));
    Track track = eastward();
    TrackEvent pickup;
    pickup.kind = TrackEvent::Kind::Pickup;
    pickup.orderId = QStringLiteral("ORD-1");
    pickup.time = kT0 + 70;
    pickup.longitude = track.points.at(7).longitude;
    pickup.latitude = track.points.at(7).latitude + 2000; // a little north of the path
    pickup.datum = Datum::Wgs84;
    TrackEvent dropoff = pickup;
    dropoff.kind = TrackEvent::Kind::Dropoff;
    dropoff.time = kT0 + 140;
    dropoff.longitude = track.points.at(14).longitude;
    track.events = {pickup, dropoff};
    s.layer.setTrack(track);
    const QImage image = s.render();
    QCOMPARE(s.layer.lastFrame().events, 2);
    const QPoint p = s.screenOf(pickup.longitudeDegrees(), pickup.latitudeDegrees()).toPoint();
    const QPoint d = s.screenOf(dropoff.longitudeDegrees(), dropoff.latitudeDegrees()).toPoint();
    QCOMPARE(image.pixelColor(p), TrackLayer::pickupColour());
    QCOMPARE(image.pixelColor(d), TrackLayer::dropoffColour());
    // The labels: text in a darker shade of the marker's colour to the right of each marker (antialiased:
    // counted by closeness, not exact value).
    const auto darkPixelsRightOf = [&](QPoint at, QColor colour) {
        const QColor dark = colour.darker(130);
        int n = 0;
        for (int y = at.y() - 8; y <= at.y() + 8; ++y) {
            for (int x = at.x() + 10; x <= at.x() + 90; ++x) {
                const QColor c = image.pixelColor(x, y);
                n += std::abs(c.red() - dark.red()) + std::abs(c.green() - dark.green()) +
                                 std::abs(c.blue() - dark.blue()) <
                             60
                         ? 1
                         : 0;
            }
        }
        return n;
    };
    QVERIFY(darkPixelsRightOf(p, TrackLayer::pickupColour()) > 20);
    QVERIFY(darkPixelsRightOf(d, TrackLayer::dropoffColour()) > 20);

    QSignalSpy clicked(&s.layer, &TrackLayer::eventClicked);
    QTest::mouseClick(&s.view, Qt::LeftButton, {}, d + QPoint(2, -2));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().at(0).toInt(), 1);
    QCOMPARE(s.layer.eventAt(QPointF(p) + QPointF(0, 40), s.view.viewport()), -1);
    QVERIFY(!guitest::saveScreenshot(&s.view, QStringLiteral("tracklayer_events")).isEmpty());
}

void TestTrackLayer::vehicleMarkerFollowsTheSample()
{
    Scene s;
    QVERIFY(QTest::qWaitForWindowExposed(&s.view));
    const Track track = eastward();
    s.layer.setTrack(track);
    const QImage path = s.render();
    TrackSample sample;
    sample.valid = true;
    sample.longitude = kCentre.longitude;
    sample.latitude = kCentre.latitude + 0.003; // off the path, so that the marker stands alone
    sample.datum = Datum::Wgs84;
    sample.status = BizStatus::Carrying;
    sample.heading = 0; // north
    s.layer.setCurrentSample(sample);
    const QImage withVehicle = s.render();
    const QPoint at = s.screenOf(sample.longitude, sample.latitude).toPoint();
    QCOMPARE(s.layer.currentWorldPosition(),
             s.layer.toWorld(sample.longitude, sample.latitude, Datum::Wgs84));
    QCOMPARE(withVehicle.pixelColor(at), VehicleStyle::statusColour(BizStatus::Carrying));
    // Pointing north: the tip above, the notch between the wings below.
    QCOMPARE(withVehicle.pixelColor(at + QPoint(0, -3)), VehicleStyle::statusColour(BizStatus::Carrying));
    QCOMPARE(withVehicle.pixelColor(at + QPoint(0, 7)), path.pixelColor(at + QPoint(0, 7)));
    QVERIFY(withVehicle.pixelColor(at + QPoint(-5, 6)) != path.pixelColor(at + QPoint(-5, 6)));
    QCOMPARE(withVehicle.pixelColor(at + QPoint(0, 14)), path.pixelColor(at + QPoint(0, 14)));
    // No sample: gone.
    s.layer.setCurrentSample({});
    QCOMPARE(s.render().pixelColor(at), path.pixelColor(at));
}

void TestTrackLayer::fixesAreConvertedToTheMapDatum()
{
    TrackLayer layer;
    Track track;
    track.points = {fix(kT0, 116.404, 39.915, BizStatus::Empty)};
    layer.setMapDatum(Datum::Wgs84);
    layer.setTrack(track);
    QCOMPARE(layer.pointWorld(0), WebMercator::project(116.404, 39.915, 0));
    // On a GCJ-02 map the WGS-84 fix moves by the public offset (DESIGN §5 test vector).
    layer.setMapDatum(Datum::Gcj02);
    const QPointF gcj = layer.pointWorld(0);
    const QPointF expected = WebMercator::project(116.41024449916938, 39.91640428150164, 0);
    QVERIFY(std::abs(gcj.x() - expected.x()) < 1e-7 && std::abs(gcj.y() - expected.y()) < 1e-7);
    QVERIFY(layer.worldBounds().contains(gcj) || layer.worldBounds().topLeft() == gcj);
}

void TestTrackLayer::aDayOfFixesInOnePass()
{
    // 86,400 fixes, one a second, wandering around Wuzhishan: drawn at city zoom with the fixes within a
    // pixel of each other skipped.
    Track track;
    double lon = kCentre.longitude;
    double lat = kCentre.latitude;
    for (int i = 0; i < 86400; ++i) {
        lon += 0.00005 * std::cos(i / 900.0);
        lat += 0.00005 * std::sin(i / 1300.0);
        track.points.append(fix(kT0 + i, lon, lat, (i / 1800) % 2 ? BizStatus::Carrying : BizStatus::Empty));
    }
    Scene s(11);
    QVERIFY(QTest::qWaitForWindowExposed(&s.view));
    s.layer.setTrack(track);
    s.view.setCenter(s.layer.worldBounds().center());
    QImage frame(s.view.size(), QImage::Format_ARGB32_Premultiplied);
    frame.fill(Qt::white);
    QPainter painter(&frame);
    QElapsedTimer timer;
    timer.start();
    s.layer.paint(painter, s.view.viewport());
    const qint64 firstUs = timer.nsecsElapsed() / 1000;
    const TrackLayer::FrameStats stats = s.layer.lastFrame();
    QVERIFY(!stats.cached);
    // The next step of the replay: only the vehicle moves; the path is reused.
    TrackSample sample;
    sample.valid = true;
    sample.longitude = lon;
    sample.latitude = lat;
    sample.datum = Datum::Wgs84;
    sample.status = BizStatus::Carrying;
    s.layer.setCurrentSample(sample);
    timer.restart();
    s.layer.paint(painter, s.view.viewport());
    const qint64 nextUs = timer.nsecsElapsed() / 1000;
    QVERIFY(s.layer.lastFrame().cached);
    painter.end();
    QVERIFY(stats.skipped > 40000);
    QVERIFY(stats.segments > 0);
    QVERIFY(guitest::countPixels(frame, VehicleStyle::statusColour(BizStatus::Carrying)) > 100);
    qInfo("86,400 fixes at zoom 11: %.1f ms (%d segments drawn, %d fixes skipped); a replay step: %.1f ms",
          firstUs / 1000.0, stats.segments, stats.skipped, nextUs / 1000.0);
}

QTEST_MAIN(TestTrackLayer)
#include "tst_tracklayer.moc"
