#include "map/fleetfilter.h"
#include "map/fleetpage.h"
#include "map/mapview.h"
#include "map/vehiclecard.h"
#include "map/vehiclelayer.h"
#include "map/vehiclestyle.h"

#include "fleet/fleetstate.h"
#include "geo/webmercator.h"

#include "guitest.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace rw;

namespace {

constexpr qint64 kNow = 1'700'000'000;
const LonLat kCentre{109.517, 18.776};

QList<VehicleFix> fleetAroundWuzhishan(int count)
{
    QRandomGenerator rng(7);
    QList<VehicleFix> fixes;
    for (int i = 0; i < count; ++i) {
        VehicleFix f;
        f.key = {i % 3 == 0 ? QStringLiteral("4690YPZCX001") : QStringLiteral("4690YPZCX002"),
                 QStringLiteral("琼D%1").arg(10000 + i)};
        f.longitude = qint32(109'517'000 - 30'000 + rng.bounded(60'000));
        f.latitude = qint32(18'776'000 - 25'000 + rng.bounded(50'000));
        f.datum = Datum::Wgs84;
        f.positionTime = kNow - rng.bounded(90);
        f.speed = 30;
        f.direction = qint16(rng.bounded(360));
        f.bizStatus = BizStatus(1 + rng.bounded(4));
        f.orderId = QStringLiteral("0");
        fixes.append(f);
    }
    return fixes;
}

struct Page
{
    FleetState fleet{Datum::Cgcs2000};
    MapView *map = new MapView;
    FleetPage page{&fleet, map};

    explicit Page(int vehicles = 300)
    {
        fleet.apply(fleetAroundWuzhishan(vehicles));
        page.setClock([] { return kNow; });
        map->setCenter(kCentre);
        map->setZoom(12);
        page.resize(1100, 760);
        page.show();
    }
};

} // namespace

class TestFleetPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { guitest::quietOffscreenWarnings(); }
    void typedPlateFliesToTheVehicleAndShowsItsCard();
    void clickOnAVehicleShowsItsCard();
    void unknownPlateSaysSo();
    void filterBarFiltersTheMap();
    void clusterClickZoomsIn();
    void fleetFollowsTheMapDatum();
    void openVehicleByKeyFliesToItOrSaysItIsNotThere();
    void sidePanelsAppearWithTheFirstPanel();
    void cardReplayButtonAsksForTheSelectedVehiclesTrack();
};

void TestFleetPage::typedPlateFliesToTheVehicleAndShowsItsCard()
{
    Page p;
    QVERIFY(QTest::qWaitForWindowExposed(&p.page));
    const int expected = p.fleet.indexOf({QStringLiteral("4690YPZCX002"), QStringLiteral("琼D10101")});
    QVERIFY(expected >= 0);
    p.page.filterBar()->plateEdit()->setText(QStringLiteral("琼d "));
    QTest::keyClicks(p.page.filterBar()->plateEdit(), QStringLiteral("10101")); // QTest types ASCII only
    QTest::keyClick(p.page.filterBar()->plateEdit(), Qt::Key_Return);
    QCOMPARE(p.page.selectedVehicle(), expected);
    QTRY_VERIFY(!p.map->isAnimating());
    QCOMPARE(p.map->zoom(), FleetPage::kFlyToZoom);
    const QPointF at = p.map->viewport().toScreen(p.fleet.worldPosition(expected));
    QVERIFY(std::hypot(at.x() - p.map->width() / 2.0, at.y() - p.map->height() / 2.0) < 1.0);
    QVERIFY(p.page.card()->isVisible());
    QCOMPARE(p.page.card()->text(VehicleCard::Field::Plate), QStringLiteral("琼D10101"));
    // The selected vehicle is drawn at the centre in its colour (stale ones grey).
    const QImage image = p.map->grab().toImage();
    const QColor colour = p.fleet.isStale(expected, kNow)
                              ? VehicleStyle::staleColour()
                              : VehicleStyle::statusColour(p.fleet.status(expected));
    QCOMPARE(image.pixelColor(int(std::floor(at.x())), int(std::floor(at.y()))), colour);
    RW_CHECK_SCREENSHOT(&p.page, QStringLiteral("fleetpage_plate_search"));

    // A part of a plate finds the first that contains it.
    QVERIFY(p.page.findPlate(QStringLiteral("1029")) >= 0);
    QVERIFY(p.fleet.key(p.page.findPlate(QStringLiteral("1029"))).vehicleNo.contains(QLatin1String("1029")));
}

void TestFleetPage::clickOnAVehicleShowsItsCard()
{
    Page p;
    QVERIFY(QTest::qWaitForWindowExposed(&p.page));
    p.map->setZoom(14);
    p.map->grab();
    // Any vehicle drawn near the middle.
    int target = -1;
    for (int i = 0; i < p.fleet.size() && target < 0; ++i) {
        const QPointF at = p.map->viewport().toScreen(p.fleet.worldPosition(i));
        if (QRectF(200, 200, 500, 300).contains(at) &&
            p.page.vehicleLayer()->vehicleAt(at, p.map->viewport()) == i)
            target = i;
    }
    QVERIFY(target >= 0);
    const QPointF at = p.map->viewport().toScreen(p.fleet.worldPosition(target));
    QTest::mouseClick(p.map, Qt::LeftButton, {}, at.toPoint());
    QCOMPARE(p.page.selectedVehicle(), target);
    QCOMPARE(p.page.card()->text(VehicleCard::Field::Plate), p.fleet.key(target).vehicleNo);
    RW_CHECK_SCREENSHOT(&p.page, QStringLiteral("fleetpage_card"));
    // A click on empty map closes the card.
    QPoint empty;
    for (int x = 5; x < 300 && empty.isNull(); x += 7) {
        if (p.page.vehicleLayer()->vehicleAt(QPointF(x, 300), p.map->viewport()) < 0)
            empty = QPoint(x, 300);
    }
    QVERIFY(!empty.isNull());
    QTest::mouseClick(p.map, Qt::LeftButton, {}, empty);
    QCOMPARE(p.page.selectedVehicle(), -1);
    QVERIFY(!p.page.card()->isVisible());
}

void TestFleetPage::unknownPlateSaysSo()
{
    Page p(20);
    QVERIFY(!p.page.flyToPlate(QStringLiteral("粤B99999")));
    p.page.filterBar()->plateEdit()->setText(QStringLiteral("粤B99999"));
    QTest::keyClick(p.page.filterBar()->plateEdit(), Qt::Key_Return);
    QVERIFY(p.page.filterBar()->searchResultLabel()->isVisible());
    QVERIFY(p.page.filterBar()->searchResultLabel()->text().contains(QStringLiteral("粤B99999")));
    QCOMPARE(p.page.selectedVehicle(), -1);
}

void TestFleetPage::filterBarFiltersTheMap()
{
    Page p;
    p.page.refresh();
    QCOMPARE(p.page.filterBar()->companyBox()->count(), 3);
    QVERIFY(p.page.filterBar()->countLabel()->text().startsWith(QStringLiteral("300 of 300")));
    p.page.filterBar()->companyBox()->setCurrentIndex(1); // 4690YPZCX001: every third vehicle
    QCOMPARE(p.page.vehicleLayer()->filter().companies, QStringList{QStringLiteral("4690YPZCX001")});
    QCOMPARE(p.page.vehicleLayer()->shownCount(), 100);
    QVERIFY(p.page.filterBar()->countLabel()->text().startsWith(QStringLiteral("100 of 300")));
    // A plate hidden by the filter is still found; the filter is reset so that it shows.
    QVERIFY(p.page.flyToPlate(QStringLiteral("琼D10001")));
    QVERIFY(!p.page.vehicleLayer()->filter().isActive());
}

void TestFleetPage::clusterClickZoomsIn()
{
    Page p;
    QVERIFY(QTest::qWaitForWindowExposed(&p.page));
    p.map->setZoom(9);
    QSignalSpy ready(p.page.vehicleLayer(), &VehicleLayer::clustersReady);
    p.map->grab();
    QVERIFY(ready.count() > 0 || ready.wait(5000));
    p.map->grab();
    QVERIFY(!p.page.vehicleLayer()->lastClusters().isEmpty());
    int total = 0;
    for (const auto &c : p.page.vehicleLayer()->lastClusters())
        total += c.count;
    QCOMPARE(total + p.page.vehicleLayer()->lastFrame().drawn, 300);
    RW_CHECK_SCREENSHOT(&p.page, QStringLiteral("fleetpage_clusters"));
    QTest::mouseClick(p.map, Qt::LeftButton, {},
                      p.page.vehicleLayer()->lastClusters().last().screen.toPoint());
    QTRY_VERIFY(!p.map->isAnimating());
    QVERIFY(p.map->zoom() > 9);
}

void TestFleetPage::fleetFollowsTheMapDatum()
{
    Page p(10);
    const QPointF before = p.fleet.worldPosition(0);
    p.map->setTileSource(TileSource::xyz(QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png"), Datum::Gcj02));
    QCOMPARE(p.fleet.mapDatum(), Datum::Gcj02);
    QVERIFY(p.fleet.worldPosition(0) != before); // WGS-84 fixes shifted forward to GCJ-02
}

void TestFleetPage::openVehicleByKeyFliesToItOrSaysItIsNotThere()
{
    Page p;
    const VehicleKey key{QStringLiteral("4690YPZCX001"), QStringLiteral("琼D10003")};
    QVERIFY(p.page.openVehicle(key));
    QCOMPARE(p.page.selectedVehicle(), p.fleet.indexOf(key));
    QTRY_VERIFY(!p.map->isAnimating());
    QCOMPARE(p.map->zoom(), FleetPage::kFlyToZoom);
    QVERIFY(p.page.card()->isVisible());

    // The same plate under another company is another vehicle: not on the map.
    const VehicleKey elsewhere{QStringLiteral("4690YPZCX002"), QStringLiteral("琼D10003")};
    QVERIFY(!p.page.openVehicle(elsewhere));
    QVERIFY(p.page.filterBar()->searchResultLabel()->text().contains(QStringLiteral("琼D10003")));
    QVERIFY(p.page.filterBar()->searchResultLabel()->text().contains(QStringLiteral("4690YPZCX002")));
    QCOMPARE(p.page.selectedVehicle(), p.fleet.indexOf(key)); // the earlier selection stays
}

void TestFleetPage::sidePanelsAppearWithTheFirstPanel()
{
    Page p;
    QVERIFY(QTest::qWaitForWindowExposed(&p.page));
    QVERIFY(p.page.sidePanels()->isHidden());
    const int mapWidth = p.map->width();
    auto *first = new QLabel(QStringLiteral("first"));
    auto *second = new QLabel(QStringLiteral("second"));
    p.page.addSidePanel(first, QStringLiteral("First"));
    p.page.addSidePanel(second, QStringLiteral("Second"));
    QTRY_VERIFY(p.page.sidePanels()->isVisible());
    QCOMPARE(p.page.sidePanels()->count(), 2);
    QTRY_VERIFY(p.map->width() < mapWidth);
    QVERIFY(p.page.sidePanels()->width() >= 300);
    QCOMPARE(p.page.sidePanels()->currentWidget(), first);
    p.page.showSidePanel(second);
    QCOMPARE(p.page.sidePanels()->currentWidget(), second);
}

void TestFleetPage::cardReplayButtonAsksForTheSelectedVehiclesTrack()
{
    Page p;
    QSignalSpy asked(&p.page, &FleetPage::trackReplayRequested);
    QVERIFY(p.page.flyToPlate(QStringLiteral("琼D10005")));
    QVERIFY(!p.page.card()->replayButton()->isVisibleTo(p.page.card())); // nothing wired to replay yet
    p.page.card()->setReplayAvailable(true);
    QVERIFY(p.page.card()->replayButton()->isVisibleTo(p.page.card()));
    QTest::mouseClick(p.page.card()->replayButton(), Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
    const auto key = asked.at(0).at(0).value<VehicleKey>();
    QCOMPARE(key.vehicleNo, QStringLiteral("琼D10005"));
    QCOMPARE(key.companyId, QStringLiteral("4690YPZCX002"));
}

QTEST_MAIN(TestFleetPage)
#include "tst_fleetpage.moc"
