// TrackReplayPanel with its TrackLayer on a MapView, loading through TrackClient from the real platform
// over TLS on loopback: the vehicle shown and the last hour are pre-filled, Load is busy with Cancel, the
// marker moves with the slider, follow recentres the map, a trip event jumps the replay, play advances.

#include "map/mapview.h"
#include "map/tracklayer.h"
#include "map/vehiclestyle.h"
#include "session/busyindicator.h"
#include "session/inlinemessage.h"
#include "tracks/trackreplaypanel.h"

#include "client/platformclient.h"
#include "client/trackclient.h"
#include "intake/companyregistry.h"
#include "protocol/spectime.h"
#include "security/auditstore.h"
#include "tracks/trackplayback.h"

#include "../unit/client/admintestsupport.h"
#include "guitest.h"
#include "httptestclient.h"
#include "permitfixtures.h"
#include "uploadfixtures.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace rw;

namespace {

const QString kPlate = QStringLiteral("琼D10001");

QJsonObject departRecord(const QString &orderId, qint64 time, qint64 lon, qint64 lat)
{
    return QJsonObject{{QStringLiteral("CompanyId"), fixtures::kCompany},
                       {QStringLiteral("OrderId"), orderId},
                       {QStringLiteral("LicenseId"), QStringLiteral("460001199001011234")},
                       {QStringLiteral("FareType"), QStringLiteral("WZS01")},
                       {QStringLiteral("VehicleNo"), kPlate},
                       {QStringLiteral("DepLongitude"), lon},
                       {QStringLiteral("DepLatitude"), lat},
                       {QStringLiteral("Encrypt"), 2},
                       {QStringLiteral("DepTime"), SpecTime::toDateTime(time)}};
}

QJsonObject arriveRecord(const QString &orderId, qint64 time, qint64 lon, qint64 lat)
{
    return QJsonObject{{QStringLiteral("CompanyId"), fixtures::kCompany},
                       {QStringLiteral("OrderId"), orderId},
                       {QStringLiteral("DestLongitude"), lon},
                       {QStringLiteral("DestLatitude"), lat},
                       {QStringLiteral("Encrypt"), 2},
                       {QStringLiteral("DestTime"), SpecTime::toDateTime(time)},
                       {QStringLiteral("DriveMile"), 2.5},
                       {QStringLiteral("DriveTime"), 900}};
}

} // namespace

class tst_TrackReplayPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void showVehiclePrefillsTheLastHour();
    void loadsAndListsTheTrips();
    void markerMovesWithTheSlider();
    void followRecentresTheMap();
    void tripEventJumpsTheReplay();
    void playAdvancesAtTheChosenSpeed();
    void cancelDropsTheAnswer();
    void escapeCancelsTheLoad();
    void badInputIsRefusedBeforeAsking();
    void screenshot();

private:
    void load();
    int trackLookups();
    QImage renderMap();

    QTemporaryDir m_dir;
    ManualClock m_clock{admintest::startTime()};
    std::unique_ptr<PlatformServer> m_server;
    std::unique_ptr<PlatformClient> m_client;
    std::unique_ptr<TrackClient> m_tracks;
    std::unique_ptr<QWidget> m_window;
    TrackReplayPanel *m_panel = nullptr;
    MapView *m_map = nullptr;
    qint64 m_t0 = 0;
};

void tst_TrackReplayPanel::initTestCase()
{
    guitest::quietOffscreenWarnings();
    m_server = admintest::startPlatform(m_dir.path(), &m_clock);
    QVERIFY(m_server);
    QString error;
    const QByteArray company =
        m_server->companies().addCompany(fixtures::kCompany, QStringLiteral("畅行"), &error);
    QVERIFY2(!company.isEmpty(), qPrintable(error));
    rw::testing::insertCompanyPermit(m_server->database(), fixtures::kCompany, QStringLiteral("469001"),
                                     QStringLiteral("畅行"));

    // 40 fixes a minute apart, heading east then north, from 50 minutes ago; a trip from fix 10 to fix 25.
    m_t0 = m_clock.now().toSecsSinceEpoch() - 50 * 60;
    QJsonArray fixes;
    for (int i = 0; i < 40; ++i) {
        const qint64 lon = 109500000 + 400 * std::min(i, 20);
        const qint64 lat = 18770000 + 400 * std::max(0, i - 20);
        QJsonObject fix = fixtures::positionVehicle(kPlate, m_t0 + 60 * i, lon, lat);
        fix.insert(QStringLiteral("Direction"), i < 20 ? 90 : 0);
        if (i >= 10 && i < 25) {
            fix.insert(QStringLiteral("BizStatus"), 1);
            fix.insert(QStringLiteral("OrderId"), QStringLiteral("ORD-1"));
        }
        fixes.append(fix);
    }
    testing::HttpTestClient http;
    http.trust({m_server->certificate()});
    const auto post = [&](const QString &path, const QByteArray &body) {
        const testing::HttpResult result =
            http.postAndWait(m_server->baseUrl().resolved(QUrl(path)), body, company);
        return result.status == 200 && result.json().value(QStringLiteral("rejected")).toInt() == 0;
    };
    QVERIFY(post(QStringLiteral("/position/vehicle"),
                 fixtures::envelope(QStringLiteral("positionVehicle"), fixes)));
    QVERIFY(
        post(QStringLiteral("/operate/depart"),
             fixtures::envelope(QStringLiteral("operateDepart"),
                                {departRecord(QStringLiteral("ORD-1"), m_t0 + 600, 109504000, 18770000)})));
    QVERIFY(
        post(QStringLiteral("/operate/arrive"),
             fixtures::envelope(QStringLiteral("operateArrive"),
                                {arriveRecord(QStringLiteral("ORD-1"), m_t0 + 1500, 109508000, 18771600)})));

    m_client = std::make_unique<PlatformClient>();
    admintest::connectTo(*m_client, m_server->baseUrl(), m_server->certificate());
    const QString refusal = admintest::signIn(*m_client, QStringLiteral("demo.city"), m_clock);
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    m_tracks = std::make_unique<TrackClient>(m_client.get());

    m_window = std::make_unique<QWidget>();
    m_panel = new TrackReplayPanel(m_tracks.get(), m_window.get());
    m_panel->setClock([this] { return m_clock.now().toLocalTime(); });
    m_map = new MapView(m_window.get());
    m_map->setAnimationsEnabled(false);
    m_map->setCenter(LonLat{109.517, 18.776});
    m_map->setZoom(13);
    auto *layout = new QHBoxLayout(m_window.get());
    layout->addWidget(m_panel);
    layout->addWidget(m_map, 1);
    m_panel->setMapView(m_map);
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_TrackReplayPanel::cleanupTestCase()
{
    m_window.reset();
    m_tracks.reset();
    m_client.reset();
    m_server.reset();
}

int tst_TrackReplayPanel::trackLookups()
{
    int n = 0;
    for (const AuditEntry &entry : m_server->audit().entries(1, -1))
        n += entry.action == QLatin1String("track.view") ? 1 : 0;
    return n;
}

QImage tst_TrackReplayPanel::renderMap()
{
    return m_map->grab().toImage();
}

void tst_TrackReplayPanel::load()
{
    if (m_panel->track().points.size() == 40)
        return;
    m_panel->showVehicle(fixtures::kCompany, kPlate);
    m_panel->load();
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->track().points.size(), 40, 10000);
}

void tst_TrackReplayPanel::showVehiclePrefillsTheLastHour()
{
    m_panel->showVehicle(fixtures::kCompany, kPlate);
    QCOMPARE(m_panel->companyId(), fixtures::kCompany);
    QCOMPARE(m_panel->plate(), kPlate);
    const QDateTime now = m_clock.now();
    QVERIFY(m_panel->to() >= now);
    QVERIFY(m_panel->to().secsTo(now) > -60);
    QVERIFY(m_panel->from() <= now.addSecs(-3600));
    QVERIFY(m_panel->from().secsTo(now.addSecs(-3600)) < 60);
    const auto editors = m_panel->findChildren<QDateTimeEdit *>();
    QCOMPARE(editors.size(), 2);
}

void tst_TrackReplayPanel::loadsAndListsTheTrips()
{
    m_panel->setTrack(Track());
    m_panel->showVehicle(fixtures::kCompany, kPlate);
    auto *loadButton = m_panel->findChild<QPushButton *>();
    QVERIFY(loadButton);
    QCOMPARE(loadButton->text(), QStringLiteral("&Load track"));
    QPushButton *cancelButton = nullptr;
    for (QPushButton *button : m_panel->findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("Cancel"))
            cancelButton = button;
    QVERIFY(cancelButton);
    QVERIFY(cancelButton->isHidden());
    QTest::mouseClick(loadButton, Qt::LeftButton);
    // Busy until the answer: Load disabled, Cancel offered.
    QVERIFY(!loadButton->isEnabled());
    QVERIFY(!cancelButton->isHidden());
    QVERIFY(!m_panel->findChild<BusyIndicator *>()->isHidden());
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->track().points.size(), 40, 10000);
    QVERIFY(loadButton->isEnabled());
    QVERIFY(cancelButton->isHidden());
    QVERIFY2(m_panel->statusText().contains(QStringLiteral("40 fix")) &&
                 m_panel->statusText().contains(QStringLiteral("1 pickup")) &&
                 m_panel->statusText().contains(QStringLiteral("1 drop-off")),
             qPrintable(m_panel->statusText()));
    // The trip: pickup then drop-off, listed with their times.
    QListWidget *events = m_panel->eventList();
    QCOMPARE(events->count(), 2);
    QVERIFY2(events->item(0)->text().contains(QStringLiteral("Pickup")), qPrintable(events->item(0)->text()));
    QVERIFY2(events->item(1)->text().contains(QStringLiteral("Drop-off")),
             qPrintable(events->item(1)->text()));
    QVERIFY(events->item(0)->text().contains(QStringLiteral("ORD-1")));
    // At the first fix, paused; the map shows the whole track.
    QCOMPARE(m_panel->playback()->currentTime(), double(m_t0));
    QVERIFY(!m_panel->playback()->isPlaying());
    const QRectF view = m_map->viewport().worldRect();
    QVERIFY(view.contains(m_panel->layer()->worldBounds()));
    QVERIFY(m_panel->layer()->worldBounds().width() * m_map->viewport().scale() > 100);
    QCOMPARE(m_panel->slider()->maximum(), 39 * 60);
}

void tst_TrackReplayPanel::markerMovesWithTheSlider()
{
    load();
    m_panel->setFollowing(false);
    m_panel->slider()->setValue(0);
    const QPointF before = m_map->viewport().toScreen(m_panel->layer()->currentWorldPosition());
    QCOMPARE(m_panel->layer()->currentWorldPosition(), m_panel->layer()->pointWorld(0));
    const QImage a = renderMap();
    // To the fix of minute 30, on the way north.
    m_panel->slider()->setValue(30 * 60);
    QCOMPARE(m_panel->playback()->currentTime(), double(m_t0 + 30 * 60));
    QCOMPARE(m_panel->layer()->currentWorldPosition(), m_panel->layer()->pointWorld(30));
    const QPointF after = m_map->viewport().toScreen(m_panel->layer()->currentWorldPosition());
    QVERIFY((after - before).manhattanLength() > 40);
    const QImage b = renderMap();
    int nearBefore = 0;
    int nearAfter = 0;
    int elsewhere = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) == b.pixel(x, y))
                continue;
            const QPointF p(x + 0.5, y + 0.5);
            if ((p - before).manhattanLength() <= 24)
                ++nearBefore;
            else if ((p - after).manhattanLength() <= 24)
                ++nearAfter;
            else
                ++elsewhere;
        }
    }
    QVERIFY2(nearBefore > 30 && nearAfter > 30,
             qPrintable(QStringLiteral("%1 %2").arg(nearBefore).arg(nearAfter)));
    QCOMPARE(elsewhere, 0);
    // The readout follows: minute 30 is empty again, after the trip.
    QVERIFY2(m_panel->readoutText().contains(QStringLiteral("Empty")), qPrintable(m_panel->readoutText()));
    m_panel->slider()->setValue(15 * 60 + 30);
    QVERIFY2(m_panel->readoutText().contains(QStringLiteral("Carrying")) &&
                 m_panel->readoutText().contains(QStringLiteral("ORD-1")),
             qPrintable(m_panel->readoutText()));
    // Halfway between two fixes: interpolated.
    QVERIFY(m_panel->playback()->currentSample().interpolated);
}

void tst_TrackReplayPanel::followRecentresTheMap()
{
    load();
    m_panel->setFollowing(false);
    m_panel->slider()->setValue(0);
    const QPointF centre = m_map->center();
    m_panel->slider()->setValue(5 * 60);
    QCOMPARE(m_map->center(), centre); // not following: the map stays
    m_panel->setFollowing(true);
    QCOMPARE(m_map->center(), m_panel->layer()->currentWorldPosition());
    m_panel->slider()->setValue(35 * 60);
    QCOMPARE(m_map->center(), m_panel->layer()->pointWorld(35));
    // The vehicle is drawn in the middle of the map.
    const QImage image = renderMap();
    const QPoint middle(m_map->width() / 2, m_map->height() / 2);
    QCOMPARE(image.pixelColor(middle + QPoint(0, -3)), VehicleStyle::statusColour(BizStatus::Empty));
    m_panel->setFollowing(false);
}

void tst_TrackReplayPanel::tripEventJumpsTheReplay()
{
    load();
    QListWidget *events = m_panel->eventList();
    const QRect second = events->visualItemRect(events->item(1));
    QTest::mouseClick(events->viewport(), Qt::LeftButton, {}, second.center());
    QCOMPARE(m_panel->playback()->currentTime(), double(m_t0 + 1500));
    QVERIFY(!m_panel->playback()->isPlaying());
    // The map shows the drop-off.
    const QPointF dropoff =
        m_map->viewport().toScreen(m_panel->layer()->toWorld(109.508, 18.7716, Datum::Wgs84));
    QVERIFY((dropoff - QPointF(m_map->width() / 2.0, m_map->height() / 2.0)).manhattanLength() < 2);
    // A click on the pickup marker on the map jumps too.
    const QPointF pickup =
        m_map->viewport().toScreen(m_panel->layer()->toWorld(109.504, 18.77, Datum::Wgs84));
    QTest::mouseClick(m_map, Qt::LeftButton, {}, pickup.toPoint());
    QCOMPARE(m_panel->playback()->currentTime(), double(m_t0 + 600));
    QCOMPARE(events->currentRow(), 0);
}

void tst_TrackReplayPanel::playAdvancesAtTheChosenSpeed()
{
    load();
    m_panel->slider()->setValue(0);
    auto *speed = m_panel->findChild<QComboBox *>();
    QVERIFY(speed);
    QCOMPARE(speed->count(), 4);
    speed->setCurrentIndex(3);
    QCOMPARE(m_panel->playback()->speed(), 300);
    auto *play = m_panel->findChild<QToolButton *>();
    QVERIFY(play);
    QTest::mouseClick(play, Qt::LeftButton);
    QVERIFY(m_panel->playback()->isPlaying());
    // ×300: a minute of track in 0.2 s of wall time; the slider and the marker go along.
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->playback()->currentTime() > m_t0 + 120, 5000);
    QTest::mouseClick(play, Qt::LeftButton);
    QVERIFY(!m_panel->playback()->isPlaying());
    const double stopped = m_panel->playback()->currentTime();
    QCOMPARE(m_panel->slider()->value(), int(std::floor(stopped - double(m_t0))));
    QCOMPARE(m_panel->layer()->currentSample().time, stopped);
    speed->setCurrentIndex(1);
}

void tst_TrackReplayPanel::cancelDropsTheAnswer()
{
    m_panel->setTrack(Track());
    m_panel->showVehicle(fixtures::kCompany, kPlate);
    const int lookups = trackLookups();
    m_panel->load();
    QVERIFY(m_tracks->isBusy());
    m_panel->cancel();
    QVERIFY(!m_tracks->isBusy());
    QVERIFY(m_panel->findChild<QPushButton *>()->isEnabled());
    // A later fetch is answered, and its answer is not the panel's; the cancelled one's transfer was
    // aborted (whether it reached the platform depends on how far it got).
    QSignalSpy received(m_tracks.get(), &TrackClient::trackReceived);
    m_tracks->fetchTrack(fixtures::kCompany, kPlate, QDateTime::fromSecsSinceEpoch(m_t0),
                         QDateTime::fromSecsSinceEpoch(m_t0 + 300));
    QVERIFY(received.wait(10000));
    QVERIFY(trackLookups() == lookups + 1 || trackLookups() == lookups + 2);
    QVERIFY(m_panel->track().points.isEmpty());
}

void tst_TrackReplayPanel::badInputIsRefusedBeforeAsking()
{
    const int lookups = trackLookups();
    m_panel->showVehicle(fixtures::kCompany, kPlate);
    m_panel->setPeriod(m_clock.now().addSecs(-25 * 3600), m_clock.now());
    m_panel->load();
    QVERIFY(!m_tracks->isBusy());
    const QString message = m_panel->findChild<InlineMessage *>()->text();
    QVERIFY2(message.contains(QStringLiteral("24 h")), qPrintable(message));
    m_panel->showVehicle(fixtures::kCompany, QString());
    m_panel->load();
    QVERIFY2(m_panel->findChild<InlineMessage *>()->text().contains(QStringLiteral("Plate")),
             qPrintable(m_panel->findChild<InlineMessage *>()->text()));
    QCOMPARE(trackLookups(), lookups);
    m_panel->showVehicle(fixtures::kCompany, kPlate); // clears the message
    QVERIFY(m_panel->findChild<InlineMessage *>()->text().isEmpty());
}

void tst_TrackReplayPanel::screenshot()
{
    load();
    m_panel->setFollowing(false);
    m_panel->slider()->setValue(15 * 60 + 20);
    RW_CHECK_SCREENSHOT(m_window.get(), QStringLiteral("trackreplaypanel"));
}

void tst_TrackReplayPanel::escapeCancelsTheLoad()
{
    m_panel->setTrack(Track());
    m_panel->showVehicle(fixtures::kCompany, kPlate);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *field = m_panel->findChild<QLineEdit *>();
    QVERIFY(field);
    field->setFocus();
    auto *cancel = m_panel->findChild<QPushButton *>(QStringLiteral("cancelTrack"));
    QVERIFY(cancel);
    m_panel->load();
    QVERIFY(m_tracks->isBusy());
    QVERIFY(!cancel->isHidden());
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!m_tracks->isBusy());
    QVERIFY(cancel->isHidden());
    QVERIFY(m_panel->findChild<QPushButton *>()->isEnabled());
    // Not busy: Escape leaves the panel as it is.
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(cancel->isHidden());
}

QTEST_MAIN(tst_TrackReplayPanel)
#include "tst_trackreplaypanel.moc"
