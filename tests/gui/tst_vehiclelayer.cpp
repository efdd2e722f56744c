#include "map/basemaplayer.h"
#include "map/mapview.h"
#include "map/vehiclelayer.h"
#include "map/vehiclestyle.h"

#include "fleet/fleetstate.h"
#include "geo/webmercator.h"

#include "guitest.h"

#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace rw;

namespace {

constexpr qint64 kNow = 1'700'000'000;
const LonLat kCentre{109.517, 18.776}; // 通什, Wuzhishan

VehicleFix fix(const QString &plate, double lon, double lat, BizStatus status, qint64 time = kNow,
               const QString &company = QStringLiteral("4690YPZCX001"), quint32 warn = 0,
               qint16 direction = 90)
{
    VehicleFix f;
    f.key = {company, plate};
    f.longitude = qint32(std::lround(lon * 1e6));
    f.latitude = qint32(std::lround(lat * 1e6));
    f.datum = Datum::Wgs84;
    f.positionTime = time;
    f.speed = 35;
    f.direction = direction;
    f.bizStatus = status;
    f.warnStatus = warn;
    f.orderId = QStringLiteral("0");
    return f;
}

QPoint pixelOf(const MapView &view, const FleetState &fleet, int index)
{
    const QPointF p = view.viewport().toScreen(fleet.worldPosition(index));
    return {int(std::floor(p.x())), int(std::floor(p.y()))};
}

struct Scene
{
    FleetState fleet{Datum::Cgcs2000};
    MapView view;
    VehicleLayer layer{&fleet};

    Scene(double zoom)
    {
        layer.setClock([] { return kNow; });
        view.resize(800, 600);
        view.setCenter(kCentre);
        view.setZoom(zoom);
        view.addLayer(&layer);
    }
};

} // namespace

class TestVehicleLayer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { guitest::quietOffscreenWarnings(); }
    void vehiclesInTheirStatusColourAndNothingElsewhere();
    void staleVehicleIsGreyAlarmHasARing();
    void filterHidesVehicles();
    void clustersAtLowZoomShowTheirCounts();
    void clusterCountsFollowTheFilter();
    void clickPicksTheVehicleOrZoomsIntoTheCluster();
    void painterFallbackDrawsTheSame();
    void manyVehiclesBecomeDots();
};

void TestVehicleLayer::vehiclesInTheirStatusColourAndNothingElsewhere()
{
    Scene s(14);
    const QList<BizStatus> statuses{BizStatus::Carrying, BizStatus::Dispatched, BizStatus::Empty,
                                    BizStatus::OutOfService, BizStatus::Unknown};
    QList<VehicleFix> fixes;
    for (int i = 0; i < statuses.size(); ++i)
        fixes.append(fix(QStringLiteral("琼D1000%1").arg(i), kCentre.longitude - 0.006 + 0.003 * i,
                         kCentre.latitude + 0.002 * (i % 2), statuses.at(i)));
    s.fleet.apply(fixes);
    s.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&s.view));

    // The same view without the layer: the background each vehicle would cover.
    s.view.removeLayer(&s.layer);
    const QImage background = s.view.grab().toImage();
    s.view.addLayer(&s.layer);
    const QImage image = s.view.grab().toImage();
    QVERIFY(s.layer.lastFrame().fastPath);
    QCOMPARE(s.layer.lastFrame().drawn, 5);
    for (int i = 0; i < statuses.size(); ++i) {
        const QPoint p = pixelOf(s.view, s.fleet, i);
        QCOMPARE(image.pixelColor(p), VehicleStyle::statusColour(statuses.at(i)));
        QVERIFY(background.pixelColor(p) != VehicleStyle::statusColour(statuses.at(i)));
    }
    // Away from every vehicle the map is untouched.
    for (const QPoint p : {QPoint(400, 100), QPoint(100, 500), QPoint(700, 450)})
        QCOMPARE(image.pixelColor(p), background.pixelColor(p));
    // Exactly the pixels near the vehicles changed.
    int changedFar = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) == background.pixel(x, y))
                continue;
            bool near = false;
            for (int i = 0; i < s.fleet.size(); ++i)
                near = near || (QPoint(x, y) - pixelOf(s.view, s.fleet, i)).manhattanLength() <= 22;
            changedFar += near ? 0 : 1;
        }
    }
    QCOMPARE(changedFar, 0);
    QVERIFY(!guitest::saveScreenshot(&s.view, QStringLiteral("vehiclelayer_statuses")).isEmpty());
}

void TestVehicleLayer::staleVehicleIsGreyAlarmHasARing()
{
    Scene s(14);
    s.fleet.apply(QList<VehicleFix>{
        fix(QStringLiteral("琼D20001"), kCentre.longitude - 0.004, kCentre.latitude, BizStatus::Carrying,
            kNow - 61),
        fix(QStringLiteral("琼D20002"), kCentre.longitude + 0.004, kCentre.latitude, BizStatus::Empty, kNow,
            {}, 1),
        fix(QStringLiteral("琼D20003"), kCentre.longitude, kCentre.latitude, BizStatus::Carrying, kNow - 60),
    });
    s.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&s.view));
    const QImage image = s.view.grab().toImage();
    // Art. 15(三): more than 60 s without a fix is stale; exactly 60 s is not.
    QCOMPARE(image.pixelColor(pixelOf(s.view, s.fleet, 0)), VehicleStyle::staleColour());
    QCOMPARE(image.pixelColor(pixelOf(s.view, s.fleet, 2)), VehicleStyle::statusColour(BizStatus::Carrying));
    QCOMPARE(image.pixelColor(pixelOf(s.view, s.fleet, 1)), VehicleStyle::statusColour(BizStatus::Empty));
    // The alarm ring: red pixels around the alarmed vehicle only.
    auto redAround = [&](QPoint c) {
        int n = 0;
        const QColor red = VehicleStyle::alarmColour();
        for (int y = c.y() - 12; y <= c.y() + 12; ++y) {
            for (int x = c.x() - 12; x <= c.x() + 12; ++x) {
                const QColor p = image.pixelColor(x, y);
                n += std::abs(p.red() - red.red()) + std::abs(p.green() - red.green()) +
                                 std::abs(p.blue() - red.blue()) <
                             40
                         ? 1
                         : 0;
            }
        }
        return n;
    };
    QVERIFY(redAround(pixelOf(s.view, s.fleet, 1)) > 20);
    QCOMPARE(redAround(pixelOf(s.view, s.fleet, 0)), 0);
    QVERIFY(!guitest::saveScreenshot(&s.view, QStringLiteral("vehiclelayer_stale_alarm")).isEmpty());
}

void TestVehicleLayer::filterHidesVehicles()
{
    Scene s(14);
    s.fleet.apply(QList<VehicleFix>{
        fix(QStringLiteral("琼D30001"), kCentre.longitude - 0.004, kCentre.latitude, BizStatus::Carrying),
        fix(QStringLiteral("琼D30002"), kCentre.longitude + 0.004, kCentre.latitude, BizStatus::Empty, kNow,
            QStringLiteral("4690YPZCX002")),
    });
    s.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&s.view));
    const QImage all = s.view.grab().toImage();
    VehicleFilter filter;
    filter.setShowsStatus(BizStatus::Carrying, false);
    s.layer.setFilter(filter);
    QImage image = s.view.grab().toImage();
    QVERIFY(image.pixelColor(pixelOf(s.view, s.fleet, 0)) != VehicleStyle::statusColour(BizStatus::Carrying));
    QCOMPARE(image.pixelColor(pixelOf(s.view, s.fleet, 1)), all.pixelColor(pixelOf(s.view, s.fleet, 1)));
    QCOMPARE(s.layer.shownCount(), 1);

    filter = {};
    filter.companies = {QStringLiteral("4690YPZCX001")};
    s.layer.setFilter(filter);
    image = s.view.grab().toImage();
    QCOMPARE(image.pixelColor(pixelOf(s.view, s.fleet, 0)), VehicleStyle::statusColour(BizStatus::Carrying));
    QVERIFY(image.pixelColor(pixelOf(s.view, s.fleet, 1)) != VehicleStyle::statusColour(BizStatus::Empty));
}

void TestVehicleLayer::clustersAtLowZoomShowTheirCounts()
{
    Scene s(8);
    QList<VehicleFix> fixes;
    // 60 vehicles within ~300 m of 通什, one far away at 三亚.
    for (int i = 0; i < 60; ++i)
        fixes.append(fix(QStringLiteral("琼D4%1").arg(i, 4, 10, QLatin1Char('0')),
                         kCentre.longitude + 0.0005 * (i % 6), kCentre.latitude + 0.0005 * (i / 6),
                         BizStatus(1 + i % 4)));
    fixes.append(fix(QStringLiteral("琼B00001"), 109.51, 18.25, BizStatus::Empty));
    s.fleet.apply(fixes);
    s.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&s.view));
    QSignalSpy ready(&s.layer, &VehicleLayer::clustersReady);
    s.view.grab(); // the first frame asks for an index (drawing vehicles meanwhile)
    QVERIFY(ready.count() > 0 || ready.wait(5000));
    const QImage image = s.view.grab().toImage();
    QVERIFY(s.layer.lastFrame().clustered);
    const QList<VehicleLayer::DrawnCluster> clusters = s.layer.lastClusters();
    QCOMPARE(clusters.size(), 1);
    QCOMPARE(clusters.first().count, 60);
    QCOMPARE(clusters.first().label, QStringLiteral("60"));
    QCOMPARE(s.layer.lastFrame().drawn, 1); // 三亚's single vehicle
    QCOMPARE(s.layer.lastFrame().shown, 61);
    // The disc is drawn where the cluster is: white in the middle, dark text pixels inside.
    const QPoint c = clusters.first().screen.toPoint();
    int dark = 0;
    for (int y = c.y() - 6; y <= c.y() + 6; ++y)
        for (int x = c.x() - 10; x <= c.x() + 10; ++x)
            dark += qGray(image.pixel(x, y)) < 90 ? 1 : 0;
    QVERIFY2(dark > 5, qPrintable(QString::number(dark)));
    QVERIFY(!guitest::saveScreenshot(&s.view, QStringLiteral("vehiclelayer_clusters")).isEmpty());

    // Above the threshold zoom the vehicles are drawn one by one.
    s.view.setZoom(14);
    s.view.grab();
    QVERIFY(!s.layer.lastFrame().clustered);
}

void TestVehicleLayer::clusterCountsFollowTheFilter()
{
    Scene s(9);
    QList<VehicleFix> fixes;
    for (int i = 0; i < 40; ++i)
        fixes.append(fix(QStringLiteral("琼D5%1").arg(i, 4, 10, QLatin1Char('0')),
                         kCentre.longitude + 0.0004 * (i % 5), kCentre.latitude + 0.0004 * (i / 5),
                         i < 15 ? BizStatus::Carrying : BizStatus::Empty));
    s.fleet.apply(fixes);
    QSignalSpy ready(&s.layer, &VehicleLayer::clustersReady);
    s.layer.refreshClusters();
    QVERIFY(ready.wait(5000));
    s.view.grab();
    QCOMPARE(s.layer.lastClusters().size(), 1);
    QCOMPARE(s.layer.lastClusters().first().count, 40);

    VehicleFilter filter;
    filter.statusMask = 1u << int(BizStatus::Carrying);
    s.layer.setFilter(filter);
    s.view.grab(); // asks for an index of the filtered fleet
    QVERIFY(ready.wait(5000));
    s.view.grab();
    QCOMPARE(s.layer.lastClusters().size(), 1);
    QCOMPARE(s.layer.lastClusters().first().label, QStringLiteral("15"));
}

void TestVehicleLayer::clickPicksTheVehicleOrZoomsIntoTheCluster()
{
    Scene s(14);
    s.fleet.apply(QList<VehicleFix>{
        fix(QStringLiteral("琼D60001"), kCentre.longitude - 0.004, kCentre.latitude, BizStatus::Carrying),
        fix(QStringLiteral("琼D60002"), kCentre.longitude + 0.004, kCentre.latitude, BizStatus::Empty),
    });
    s.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&s.view));
    QSignalSpy vehicle(&s.layer, &VehicleLayer::vehicleClicked);
    QSignalSpy mapClick(&s.view, &MapView::clicked);
    s.view.grab();
    QTest::mouseClick(&s.view, Qt::LeftButton, {}, pixelOf(s.view, s.fleet, 1) + QPoint(3, -2));
    QCOMPARE(vehicle.count(), 1);
    QCOMPARE(vehicle.first().first().toInt(), 1);
    QTest::mouseClick(&s.view, Qt::LeftButton, {}, QPoint(400, 500));
    QCOMPARE(vehicle.count(), 1);
    QCOMPARE(mapClick.count(), 1);

    // At zoom 8 both are one cluster: a click asks to zoom in where it splits.
    s.view.setZoom(8);
    QSignalSpy ready(&s.layer, &VehicleLayer::clustersReady);
    s.view.grab();
    QVERIFY(ready.count() > 0 || ready.wait(5000));
    s.view.grab();
    QCOMPARE(s.layer.lastClusters().size(), 1);
    QSignalSpy cluster(&s.layer, &VehicleLayer::clusterClicked);
    QTest::mouseClick(&s.view, Qt::LeftButton, {}, s.layer.lastClusters().first().screen.toPoint());
    QCOMPARE(cluster.count(), 1);
    QVERIFY(cluster.first().at(1).toInt() > 8);
}

void TestVehicleLayer::painterFallbackDrawsTheSame()
{
    FleetState fleet(Datum::Cgcs2000);
    fleet.apply(QList<VehicleFix>{
        fix(QStringLiteral("琼D70001"), kCentre.longitude, kCentre.latitude, BizStatus::Dispatched)});
    VehicleLayer layer(&fleet);
    layer.setClock([] { return kNow; });
    MapViewport v;
    v.center = WebMercator::project(kCentre) + QPointF(0.37 / 65536, 0.61 / 65536);
    v.zoom = 16;
    v.size = QSizeF(200, 100);
    QImage image(200, 100, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        layer.paint(p, v);
    }
    QVERIFY(layer.lastFrame().fastPath);
    QPixmap pixmap(200, 100);
    pixmap.fill(Qt::white);
    {
        QPainter p(&pixmap);
        p.setClipRect(0, 0, 200, 100); // a clip rules the blit out
        layer.paint(p, v);
    }
    QVERIFY(!layer.lastFrame().fastPath);
    const QPointF at = v.toScreen(fleet.worldPosition(0));
    const QPoint px(int(std::floor(at.x())), int(std::floor(at.y())));
    QCOMPARE(image.pixelColor(px), VehicleStyle::statusColour(BizStatus::Dispatched));
    QCOMPARE(pixmap.toImage().pixelColor(px), VehicleStyle::statusColour(BizStatus::Dispatched));
}

void TestVehicleLayer::manyVehiclesBecomeDots()
{
    Scene s(14);
    s.layer.setSmallSpriteThreshold(10);
    QList<VehicleFix> fixes;
    for (int i = 0; i < 30; ++i)
        fixes.append(fix(QStringLiteral("琼D8%1").arg(i, 4, 10, QLatin1Char('0')),
                         kCentre.longitude - 0.009 + 0.0006 * i, kCentre.latitude, BizStatus::Empty));
    s.fleet.apply(fixes);
    const QImage image = s.view.grab().toImage();
    QVERIFY(s.layer.lastFrame().smallSprites);
    QCOMPARE(s.layer.lastFrame().drawn, 30);
    for (int i = 0; i < 30; ++i)
        QCOMPARE(image.pixelColor(pixelOf(s.view, s.fleet, i)), VehicleStyle::statusColour(BizStatus::Empty));
}

QTEST_MAIN(TestVehicleLayer)
#include "tst_vehiclelayer.moc"
