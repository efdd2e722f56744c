// MainWindow's live map in the real window against the real platform over TLS: the platform's alerts
// appear in the panel beside the map, an alert opens its vehicle, a lock pauses the polling and a
// sign-out forgets the alerts.

#include "../unit/client/admintestsupport.h"
#include "guitest.h"

#include "alerts/alertspanel.h"
#include "alerts/alertstore.h"
#include "client/alertclient.h"
#include "fleet/fleetstate.h"
#include "intake/companyregistry.h"
#include "itemmodels/alertlistmodel.h"
#include "mainwindow.h"
#include "map/fleetpage.h"
#include "map/mapview.h"
#include "map/vehiclecard.h"
#include "permits/permitstore.h"
#include "storage/database.h"
#include "tracks/trackreplaypanel.h"

#include "httptestclient.h"
#include "permitfixtures.h"
#include "uploadfixtures.h"

#include <QJsonArray>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;
using namespace rw::admintest;

class tst_MainWindowLiveMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::quietOffscreenWarnings(); }
    void alertsBesideTheMapOpenTheirVehicle();
    void vehicleCardReplaysTheTrack();
    void vehicleCardShowsThePermitStatus();
};

void tst_MainWindowLiveMap::alertsBesideTheMapOpenTheirVehicle()
{
    QTemporaryDir dir;
    ManualClock clock(startTime());
    const auto platform = startPlatform(dir.path(), &clock);
    QVERIFY(platform);
    // Two alerts of the city, written as the platform's monitor writes them.
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("p.sqlite"))));
    AlertStore store(db);
    const QStringList plates{QStringLiteral("琼D10001"), QStringLiteral("琼D10002")};
    for (const QString &plate : plates) {
        AlertRecord a;
        a.kind = AlertKind::VehicleUnlicensed;
        a.article = QStringLiteral("第十八条");
        a.ruleId = QStringLiteral("vehicle.registered");
        a.companyId = QStringLiteral("4690YPZCX001");
        a.regionCode = QStringLiteral("469001");
        a.vehicleNo = plate;
        a.firstSeenMs = a.lastSeenMs = startTime().toMSecsSinceEpoch();
        QVERIFY(store.insert(&a));
    }

    PlatformClient client;
    connectTo(client, platform->baseUrl(), platform->certificate());
    QCOMPARE(signIn(client, QStringLiteral("demo.city"), clock), QString());
    MainWindow window(&client, InterfaceCatalogue::builtIn());
    window.showSession(client.session(), 14);
    window.alertClient()->setInterval(100);
    window.startRefreshing();
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *page = window.pages()->findChild<FleetPage *>();
    auto *panel = window.pages()->findChild<AlertsPanel *>();
    QVERIFY(page && panel);
    QCOMPARE(page->sidePanels()->currentWidget(), panel);
    QTRY_COMPARE_WITH_TIMEOUT(panel->view()->model()->rowCount(), 2, 10000);
    // The rows came after the panel was made: the columns still fit them (no "琼D…").
    QTRY_VERIFY(
        panel->view()->columnWidth(AlertListModel::PlateColumn) >=
        static_cast<QAbstractItemView *>(panel->view())->sizeHintForColumn(AlertListModel::PlateColumn));

    // The vehicle of the second alert is on the map: the alert opens it.
    VehicleFix fix;
    fix.key = {QStringLiteral("4690YPZCX001"), plates.at(1)};
    fix.longitude = 109'517'000;
    fix.latitude = 18'776'000;
    fix.datum = Datum::Wgs84;
    fix.positionTime = QDateTime::currentSecsSinceEpoch();
    fix.bizStatus = BizStatus::Empty;
    window.fleet()->apply(QList<VehicleFix>{fix});
    QModelIndex row;
    for (int r = 0; r < panel->view()->model()->rowCount(); ++r) {
        const QModelIndex plate = panel->view()->model()->index(r, AlertListModel::PlateColumn);
        if (plate.data().toString() == plates.at(1))
            row = plate;
    }
    QVERIFY(row.isValid());
    panel->view()->setCurrentIndex(row);
    panel->view()->setFocus();
    QTest::keyClick(panel->view(), Qt::Key_Return);
    QCOMPARE(page->selectedVehicle(), window.fleet()->indexOf(fix.key));
    QTRY_VERIFY(page->card()->isVisible());
    QCOMPARE(page->card()->text(VehicleCard::Field::Plate), plates.at(1));
    QVERIFY(!guitest::saveScreenshot(&window, QStringLiteral("mainwindow-livemap-alerts")).isEmpty());

    // Locked: the polling pauses and the list stays; signed out: the list is forgotten.
    window.stopRefreshing();
    QVERIFY(!window.alertClient()->isPolling());
    QCOMPARE(window.alertModel()->rowCount(), 2);
    window.clearData();
    QCOMPARE(window.alertModel()->rowCount(), 0);
    QCOMPARE(window.alertClient()->state(), AlertClient::State::Stopped);
}

void tst_MainWindowLiveMap::vehicleCardReplaysTheTrack()
{
    QTemporaryDir dir;
    ManualClock clock(startTime());
    const auto platform = startPlatform(dir.path(), &clock);
    QVERIFY(platform);
    QString error;
    const QByteArray token =
        platform->companies().addCompany(fixtures::kCompany, QStringLiteral("畅行"), &error);
    QVERIFY2(!token.isEmpty(), qPrintable(error));
    testing::insertCompanyPermit(platform->database(), fixtures::kCompany, QStringLiteral("469001"),
                                 QStringLiteral("畅行"));
    const QString plate = QStringLiteral("琼D20001");
    const qint64 t0 = clock.now().toSecsSinceEpoch() - 30 * 60;
    QJsonArray fixes;
    for (int i = 0; i < 20; ++i)
        fixes.append(fixtures::positionVehicle(plate, t0 + 60 * i, 109500000 + 300 * i, 18770000));
    testing::HttpTestClient http;
    http.trust({platform->certificate()});
    const testing::HttpResult uploaded =
        http.postAndWait(platform->baseUrl().resolved(QUrl(QStringLiteral("/position/vehicle"))),
                         fixtures::envelope(QStringLiteral("positionVehicle"), fixes), token);
    QCOMPARE(uploaded.status, 200);

    PlatformClient client;
    connectTo(client, platform->baseUrl(), platform->certificate());
    QCOMPARE(signIn(client, QStringLiteral("demo.city"), clock), QString());
    MainWindow window(&client, InterfaceCatalogue::builtIn());
    window.showSession(client.session(), 14);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *page = window.pages()->findChild<FleetPage *>();
    auto *replay = window.pages()->findChild<TrackReplayPanel *>();
    QVERIFY(page && replay);

    // The vehicle on the live map (as the broker would put it there); its card offers the replay.
    VehicleFix fix;
    fix.key = {fixtures::kCompany, plate};
    fix.longitude = 109'505'700;
    fix.latitude = 18'770'000;
    fix.datum = Datum::Gcj02;
    fix.positionTime = t0 + 19 * 60;
    window.fleet()->apply(QList<VehicleFix>{fix});
    QVERIFY(page->openVehicle(fix.key));
    QPushButton *button = page->card()->replayButton();
    QVERIFY(button->isVisibleTo(page->card()));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(page->sidePanels()->currentWidget(), replay);
    QCOMPARE(replay->plate(), plate);
    QCOMPARE(replay->companyId(), fixtures::kCompany);

    // The platform's clock is the test's: ask for its last hour.
    replay->setPeriod(QDateTime::fromSecsSinceEpoch(t0 - 60), QDateTime::fromSecsSinceEpoch(t0 + 3000));
    replay->load();
    QTRY_COMPARE_WITH_TIMEOUT(replay->track().points.size(), 20, 10000);
    QVERIFY(!guitest::saveScreenshot(&window, QStringLiteral("mainwindow-livemap-replay")).isEmpty());
}

QTEST_MAIN(tst_MainWindowLiveMap)
#include "tst_mainwindowlivemap.moc"

void tst_MainWindowLiveMap::vehicleCardShowsThePermitStatus()
{
    QTemporaryDir dir;
    ManualClock clock(startTime()); // 2026-03-02
    const auto platform = startPlatform(dir.path(), &clock);
    QVERIFY(platform);
    // One vehicle in the city's registry, imported as the 运政 feed imports it; the other has none.
    const QString company = QStringLiteral("4690YPZCX001");
    const QString permitted = QStringLiteral("琼DD30001");
    const QString unpermitted = QStringLiteral("琼DD30002");
    VehiclePermit permit;
    permit.certificate = QStringLiteral("469001300001");
    permit.plate = permitted;
    permit.companyId = company;
    permit.regionCode = QStringLiteral("469001");
    permit.firstRegistration = QDate(2023, 4, 1);
    permit.validFrom = QDate(2023, 5, 1);
    permit.validTo = QDate(2031, 3, 31);
    PermitImportResult feed;
    feed.kind = PermitKind::Vehicle;
    feed.vehicles = {permit};
    feed.goodRows = {1};
    feed.rowsRead = 1;
    PermitStore store(platform->database(), clock);
    QVERIFY(store.import(feed, {QStringLiteral("test"), QStringLiteral("api"), QStringLiteral("469001")}));

    PlatformClient client;
    connectTo(client, platform->baseUrl(), platform->certificate());
    QCOMPARE(signIn(client, QStringLiteral("demo.city"), clock), QString());
    MainWindow window(&client, InterfaceCatalogue::builtIn());
    window.showSession(client.session(), 14);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *page = window.pages()->findChild<FleetPage *>();
    QVERIFY(page);
    page->setClock([&clock] { return clock.now().toSecsSinceEpoch(); });
    VehicleCard *card = page->card();

    const qint64 now = clock.now().toSecsSinceEpoch();
    QList<VehicleFix> fixes;
    for (const QString &plate : {permitted, unpermitted}) {
        VehicleFix fix;
        fix.key = {company, plate};
        fix.longitude = 109'505'700 + 2000 * fixes.size();
        fix.latitude = 18'770'000;
        fix.datum = Datum::Gcj02;
        fix.positionTime = now - 10;
        fixes.append(fix);
    }
    window.fleet()->apply(fixes);

    QVERIFY(page->openVehicle({company, permitted}));
    QTRY_VERIFY_WITH_TIMEOUT(
        card->text(VehicleCard::Field::Permit).startsWith(QLatin1String("Valid until 2031-03-31")), 10000);
    QVERIFY(!guitest::saveScreenshot(&window, QStringLiteral("mainwindow-livemap-permit-valid")).isEmpty());

    QVERIFY(page->openVehicle({company, unpermitted}));
    // The previous vehicle's answer does not stay on the card of this one.
    QVERIFY(!card->text(VehicleCard::Field::Permit).startsWith(QLatin1String("Valid")));
    QTRY_VERIFY_WITH_TIMEOUT(card->text(VehicleCard::Field::Permit).startsWith(QLatin1String("Missing")),
                             10000);
    QVERIFY2(card->text(VehicleCard::Field::Permit).contains(QLatin1String("Art. 14")),
             qPrintable(card->text(VehicleCard::Field::Permit)));
    QVERIFY(!guitest::saveScreenshot(&window, QStringLiteral("mainwindow-livemap-permit-missing")).isEmpty());
    const QStringList clipped = guitest::clippedLabels(card);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1String(" | "))));

    // Back to the first: answered from the cache, at once.
    QVERIFY(page->openVehicle({company, permitted}));
    QVERIFY(card->text(VehicleCard::Field::Permit).startsWith(QLatin1String("Valid until 2031-03-31")));
}
