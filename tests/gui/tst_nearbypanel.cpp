// NearbyPanel: where the officer is and the vehicles near them, from a real NMEA source and a FleetState,
// next to the map; the states without a position; "Locate me", the radius and opening a vehicle.

#include "location/nearbypanel.h"
#include "map/mapview.h"
#include "map/mylocationlayer.h"
#include "map/vehiclelayer.h"

#include "fleet/fleetstate.h"
#include "geo/webmercator.h"
#include "itemmodels/nearbyvehiclemodel.h"
#include "location/mylocation.h"
#include "location/positionsourcefactory.h"

#include "guitest.h"
#include "nmeapipe.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <cmath>

using namespace rw;
using namespace rw::testing;

namespace {

const QGeoCoordinate kMe(18.775, 109.517); // 通什, Wuzhishan
const QString kCompany = QStringLiteral("4690WZSYC001");
constexpr qint64 kNow = 1'740'796'250; // 2025-03-01 02:30:50 UTC, the fix's time

VehicleFix fixAt(const QString &plate, double metres, double azimuth, BizStatus status, qint64 time = kNow)
{
    const QGeoCoordinate c = kMe.atDistanceAndAzimuth(metres, azimuth);
    VehicleFix f;
    f.key = {kCompany, plate};
    f.longitude = qint32(std::lround(c.longitude() * 1e6));
    f.latitude = qint32(std::lround(c.latitude() * 1e6));
    f.datum = Datum::Wgs84;
    f.positionTime = time;
    f.direction = 90;
    f.bizStatus = status;
    f.orderId = QStringLiteral("0");
    return f;
}

/** A receiver fed by the test, a fleet around 通什, the map and the panel side by side. */
struct Scene
{
    MyLocation location;
    NmeaPipe *pipe = new NmeaPipe;
    QNmeaPositionInfoSource *source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::RealTimeMode);
    FleetState fleet{Datum::Cgcs2000};
    QWidget window;
    MapView *map = new MapView(&window);
    NearbyPanel *panel = new NearbyPanel(&location, &fleet, &window);
    VehicleLayer vehicles{&fleet};
    MyLocationLayer me{&location};

    Scene()
    {
        pipe->setParent(source);
        source->setDevice(pipe);
        source->setUserEquivalentRangeError(PositionSourceFactory::kUserEquivalentRangeError);
        location.setSource(source, QStringLiteral("the NMEA log wuzhishan.nmea"));
        fleet.apply(QList<VehicleFix>{
            fixAt(QStringLiteral("琼D10001"), 120, 40, BizStatus::Empty),
            fixAt(QStringLiteral("琼D10002"), 480, 200, BizStatus::Carrying),
            fixAt(QStringLiteral("琼D10003"), 850, 300, BizStatus::Dispatched, kNow - 95),
            fixAt(QStringLiteral("琼D10004"), 1600, 90, BizStatus::OutOfService),
        });
        vehicles.setClock([] { return kNow; });
        vehicles.setClusteringEnabled(false);
        panel->setClock([] { return kNow; });
        panel->setMapView(map);
        map->setAnimationsEnabled(false);
        map->setCenter(LonLat{109.50, 18.78});
        map->setZoom(14);
        map->addLayer(&vehicles);
        map->addLayer(&me);
        auto *layout = new QHBoxLayout(&window);
        layout->addWidget(map, 1);
        layout->addWidget(panel);
        panel->setMinimumWidth(430);
        window.resize(1100, 560);
        window.show();
    }

    bool fix()
    {
        location.start();
        pipe->feed(nmeaFix("023050.00", kMe.latitude(), kMe.longitude(), 4.0)); // ± 40 m
        return QTest::qWaitFor([this] { return location.hasFix(); }, 5000);
    }
};

QStringList plates(const QTreeView *list)
{
    QStringList out;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        out << list->model()->index(row, NearbyVehicleModel::PlateColumn).data().toString();
    return out;
}

} // namespace

class tst_NearbyPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::quietOffscreenWarnings(); }
    void noPositionSource();
    void waitingForAFix();
    void vehiclesNearTheFix();
    void radiusSelectorFilters();
    void locateMeFliesTheMap();
    void doubleClickOpensTheVehicle();
    void noVehicleInReach();
};

void tst_NearbyPanel::noPositionSource()
{
    MyLocation location; // no source on this computer
    location.start();
    FleetState fleet;
    NearbyPanel panel(&location, &fleet);
    panel.resize(420, 300);
    panel.show();
    QCOMPARE(panel.placeholderText(), QStringLiteral("No position source on this computer."));
    QVERIFY(!panel.list()->isVisible());
    QVERIFY(!panel.locateButton()->isEnabled());
    RW_CHECK_SCREENSHOT(&panel, QStringLiteral("nearbypanel-no-source"));
    // The factory's reason, when the setting names a log that is not there, is shown as it is.
    location.setUnavailable(QStringLiteral("location/nmea: the NMEA log \"/srv/gps.nmea\" cannot be read: "
                                           "No such file or directory"));
    QVERIFY(panel.placeholderText().contains(QStringLiteral("/srv/gps.nmea")));
}

void tst_NearbyPanel::waitingForAFix()
{
    Scene s;
    s.location.start();
    QCOMPARE(s.panel->placeholderText(), QStringLiteral("Waiting for a position fix…"));
    QCOMPARE(s.panel->statusText(),
             QStringLiteral("Waiting for a position fix from the NMEA log wuzhishan.nmea…"));
    QVERIFY(!s.panel->locateButton()->isEnabled());
    QCOMPARE(s.panel->model()->rowCount(), 0);
}

void tst_NearbyPanel::vehiclesNearTheFix()
{
    Scene s;
    QVERIFY(s.fix());
    QVERIFY(s.panel->placeholderText().isEmpty());
    QVERIFY(s.panel->list()->isVisible());
    QVERIFY(s.panel->locateButton()->isEnabled());
    QVERIFY2(s.panel->statusText().startsWith(
                 QStringLiteral("My position: 109.51700° E, 18.77500° N ± 40 m (WGS-84)")),
             qPrintable(s.panel->statusText()));
    // Within 1 km, nearest first; the one 1.6 km away is not listed.
    QCOMPARE(plates(s.panel->list()), (QStringList{QStringLiteral("琼D10001"), QStringLiteral("琼D10002"),
                                                   QStringLiteral("琼D10003")}));
    const QAbstractItemModel *model = s.panel->list()->model();
    QCOMPARE(model->index(0, NearbyVehicleModel::DistanceColumn).data().toString(), QStringLiteral("120 m"));
    QCOMPARE(model->index(0, NearbyVehicleModel::DirectionColumn).data().toString(),
             QStringLiteral("NE 40°"));
    QCOMPARE(model->index(1, NearbyVehicleModel::StatusColumn).data().toString(), QStringLiteral("Carrying"));
    // The stale one says so, in grey.
    QCOMPARE(model->index(2, NearbyVehicleModel::AgeColumn).data().toString(),
             QStringLiteral("1 min 35 s (stale)"));
    QCOMPARE(model->index(2, 0).data(Qt::ForegroundRole).value<QColor>(),
             s.panel->list()->palette().color(QPalette::Disabled, QPalette::Text));
    QVERIFY(!model->index(0, 0).data(Qt::ForegroundRole).isValid());
    s.panel->locate();
    RW_CHECK_SCREENSHOT(&s.window, QStringLiteral("nearbypanel-map"));
}

void tst_NearbyPanel::radiusSelectorFilters()
{
    Scene s;
    QVERIFY(s.fix());
    QComboBox *radius = s.panel->radiusSelector();
    QCOMPARE(radius->currentText(), QStringLiteral("1 km"));
    radius->setCurrentIndex(radius->findData(2000));
    QCOMPARE(s.panel->model()->radius(), 2000.0);
    QCOMPARE(s.panel->model()->rowCount(), 4);
    radius->setCurrentIndex(radius->findData(200));
    QCOMPARE(plates(s.panel->list()), QStringList{QStringLiteral("琼D10001")});
}

void tst_NearbyPanel::locateMeFliesTheMap()
{
    Scene s;
    QVERIFY(s.fix());
    QSignalSpy requested(s.panel, &NearbyPanel::locateRequested);
    QTest::mouseClick(s.panel->locateButton(), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    const QPointF expected = WebMercator::project(kMe.longitude(), kMe.latitude(), 0);
    QVERIFY(QLineF(s.map->center(), expected).length() < 1e-9);
    QCOMPARE(s.map->zoom(), NearbyPanel::kLocateZoom);
    QVERIFY(QLineF(requested.first().at(0).toPointF(), expected).length() < 1e-9);
    // The dot is now in the middle of the map.
    const QImage image = s.map->grab().toImage();
    QCOMPARE(image.pixelColor(s.map->width() / 2, s.map->height() / 2), MyLocationLayer::dotColour());
}

void tst_NearbyPanel::doubleClickOpensTheVehicle()
{
    Scene s;
    QVERIFY(s.fix());
    QSignalSpy opened(s.panel, &NearbyPanel::openVehicle);
    QTreeView *list = s.panel->list();
    const QRect row = list->visualRect(list->model()->index(1, NearbyVehicleModel::PlateColumn));
    QVERIFY(row.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).toString(), kCompany);
    QCOMPARE(opened.first().at(1).toString(), QStringLiteral("琼D10002"));
}

void tst_NearbyPanel::noVehicleInReach()
{
    Scene s;
    QVERIFY(s.fix());
    s.panel->radiusSelector()->setCurrentIndex(0); // 200 m
    s.fleet.apply(QList<VehicleFix>{fixAt(QStringLiteral("琼D10001"), 700, 40, BizStatus::Empty, kNow + 1)});
    s.panel->refresh();
    QCOMPARE(s.panel->placeholderText(), QStringLiteral("No vehicles within 200 m."));
    RW_CHECK_SCREENSHOT(s.panel, QStringLiteral("nearbypanel-none-in-reach"));
}

QTEST_MAIN(tst_NearbyPanel)
#include "tst_nearbypanel.moc"
