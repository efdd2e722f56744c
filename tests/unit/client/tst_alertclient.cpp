// AlertClient against the real reference platform on loopback (TLS, pinned certificate): it starts
// polling on sign-in, follows the cursor, pages when the platform says more, stops and forgets on
// sign-out, and turns a platform that stops answering into State::Error, not a crash.

#include "client/alertclient.h"

#include "alerts/alertstore.h"
#include "storage/database.h"

#include "admintestsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

class tst_AlertClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pollsWhileSignedInAndFollowsTheCursor();
    void errorsAreAStateNotACrash();

private:
    static AlertRecord alert(const QString &plate, const QString &region = QStringLiteral("469001"));
};

AlertRecord tst_AlertClient::alert(const QString &plate, const QString &region)
{
    AlertRecord a;
    a.kind = AlertKind::VehicleUnlicensed;
    a.article = QStringLiteral("第十八条");
    a.ruleId = QStringLiteral("vehicle.registered");
    a.companyId = QStringLiteral("C1");
    a.regionCode = region;
    a.vehicleNo = plate;
    a.firstSeenMs = a.lastSeenMs = admintest::startTime().toMSecsSinceEpoch();
    return a;
}

void tst_AlertClient::pollsWhileSignedInAndFollowsTheCursor()
{
    QTemporaryDir dir;
    ManualClock clock(admintest::startTime());
    auto server = admintest::startPlatform(dir.path(), &clock);
    QVERIFY(server);
    // Alerts written as the monitor writes them, through a connection of the test's own.
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("p.sqlite"))));
    AlertStore store(db);
    for (int i = 0; i < AlertClient::PageSize + 2; ++i) {
        AlertRecord a = alert(QStringLiteral("琼D%1").arg(10000 + i));
        QVERIFY(store.insert(&a));
    }
    AlertRecord haikou = alert(QStringLiteral("琼A00001"), QStringLiteral("460100"));
    QVERIFY(store.insert(&haikou));

    PlatformClient platform;
    admintest::connectTo(platform, server->baseUrl(), server->certificate());
    AlertClient alerts(&platform);
    alerts.setInterval(100);
    QSignalSpy received(&alerts, &AlertClient::alertsReceived);
    QSignalSpy stopped(&alerts, &AlertClient::stopped);
    QCOMPARE(alerts.state(), AlertClient::State::Stopped);
    QVERIFY(!alerts.isPolling());
    QCOMPARE(admintest::signIn(platform, QStringLiteral("demo.city"), clock), QString());
    QVERIFY(!alerts.isPolling()); // the console starts it for the roles that see the map
    alerts.start();

    // Two pages (the first full, "more"), then the cursor at the newest revision of the city's alerts.
    QTRY_COMPARE_WITH_TIMEOUT(alerts.cursor(), qint64(AlertClient::PageSize + 2), 10000);
    QCOMPARE(alerts.state(), AlertClient::State::Polling);
    QList<AlertRecord> got;
    for (const QList<QVariant> &signal : std::as_const(received))
        got += signal.at(0).value<QList<AlertRecord>>();
    QCOMPARE(got.size(), AlertClient::PageSize + 2); // not Haikou's
    QCOMPARE(got.first().vehicleNo, QStringLiteral("琼D10000"));
    QCOMPARE(got.first().article, QStringLiteral("第十八条"));

    // A change later: only the change arrives.
    received.clear();
    AlertRecord changed = got.at(3);
    QVERIFY(store.close(&changed, changed.firstSeenMs + 1000));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    const auto change = received.first().at(0).value<QList<AlertRecord>>();
    QCOMPARE(change.size(), 1);
    QCOMPARE(change.first().id, changed.id);
    QVERIFY(!change.first().isOpen());
    QCOMPARE(alerts.cursor(), changed.revision);

    // Paused (the screen locked): the cursor stays, and resuming goes on from it.
    alerts.pause();
    QVERIFY(!alerts.isPolling());
    AlertRecord another = got.at(4);
    QVERIFY(store.close(&another, another.firstSeenMs + 1000));
    received.clear();
    alerts.start();
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    QCOMPARE(received.first().at(0).value<QList<AlertRecord>>().size(), 1);
    QCOMPARE(alerts.cursor(), another.revision);

    // Signing out stops the polling and forgets the cursor.
    platform.logout();
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 10000);
    QCOMPARE(alerts.state(), AlertClient::State::Stopped);
    QCOMPARE(alerts.cursor(), 0);
    QVERIFY(!alerts.isPolling());
    received.clear();
    alerts.pollNow(); // refused while stopped
    QVERIFY(!alerts.isPolling());
    QCOMPARE(alerts.state(), AlertClient::State::Stopped);
}

void tst_AlertClient::errorsAreAStateNotACrash()
{
    QTemporaryDir dir;
    ManualClock clock(admintest::startTime());
    auto server = admintest::startPlatform(dir.path(), &clock);
    QVERIFY(server);
    PlatformClient platform;
    admintest::connectTo(platform, server->baseUrl(), server->certificate());
    AlertClient alerts(&platform);
    alerts.setInterval(100);
    QSignalSpy states(&alerts, &AlertClient::stateChanged);
    QSignalSpy failed(&alerts, &AlertClient::failed);

    // An administrator may not read alerts: 403, shown as an error.
    QCOMPARE(admintest::signIn(platform, QStringLiteral("demo.sysadmin"), clock), QString());
    alerts.start();
    QTRY_COMPARE_WITH_TIMEOUT(alerts.state(), AlertClient::State::Error, 10000);
    QVERIFY2(alerts.errorMessage().contains(QStringLiteral("403")), qPrintable(alerts.errorMessage()));
    QVERIFY(!failed.isEmpty());
    platform.logout();
    QTRY_COMPARE_WITH_TIMEOUT(alerts.state(), AlertClient::State::Stopped, 10000);

    // A platform that goes away: no answer, an error naming it; polling goes on without crashing.
    QCOMPARE(admintest::signIn(platform, QStringLiteral("demo.city"), clock), QString());
    alerts.start();
    QTRY_COMPARE_WITH_TIMEOUT(alerts.state(), AlertClient::State::Polling, 10000);
    failed.clear();
    server.reset();
    QTRY_COMPARE_WITH_TIMEOUT(alerts.state(), AlertClient::State::Error, 20000);
    QVERIFY2(alerts.errorMessage().contains(QStringLiteral("no answer")), qPrintable(alerts.errorMessage()));
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 2, 20000); // it keeps trying
}

QTEST_GUILESS_MAIN(tst_AlertClient)
#include "tst_alertclient.moc"
