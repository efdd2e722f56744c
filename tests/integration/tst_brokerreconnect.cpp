// The platform restarts under a console (issue 4 item 8): the console's live feed loses the broker,
// its vehicles go stale, and when a new platform comes up on the same port, database and certificate,
// the console signs in again (sessions live in the platform's memory and died with it) and the
// positions flow again — by the real console path, with no step taken by hand except typing the
// password into the sign-in dialog, which the test does for SessionController.

#include "broker/brokerservice.h"
#include "client/brokerclient.h"
#include "client/certificatepin.h"
#include "client/platformclient.h"
#include "fleet/fleetfeed.h"
#include "fleet/fleetstate.h"
#include "intake/companyregistry.h"

#include "permitfixtures.h"
#include "platformapifixture.h"
#include "uploadfixtures.h"

#include <QSignalSpy>
#include <QTest>

using namespace rw;
using namespace rw::testing;

class tst_BrokerReconnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reconnectsAfterThePlatformRestarts();
    void refusedHandshakeAsksForANewSession();
};

namespace {

constexpr int kVehicles = 20;

HttpResult uploadPositions(PlatformApiFixture &platform, const QByteArray &companyToken, qint64 time)
{
    return platform.client().postAndWait(platform.url(QStringLiteral("/position/vehicle")),
                                         fixtures::positionBatch(kVehicles, kVehicles, time), companyToken);
}

} // namespace

void tst_BrokerReconnect::reconnectsAfterThePlatformRestarts()
{
    PlatformApiFixture platform(QDateTime::currentDateTimeUtc());
    QString error;
    QVERIFY2(platform.start(&error), qPrintable(error));
    platform.server().broker().setFlushInterval(20);
    const QByteArray companyToken =
        platform.server().companies().addCompany(fixtures::kCompany, QStringLiteral("畅行"), &error);
    QVERIFY2(!companyToken.isEmpty(), qPrintable(error));
    testing::insertCompanyPermit(platform.server().database(), fixtures::kCompany, QStringLiteral("469001"),
                                 QStringLiteral("畅行"));
    const QString officer = QStringLiteral("officer");
    // The enforcement officer sees only the live map: no other request of the console would notice
    // that the session is gone, so the broker itself must say so.
    platform.addAccount(officer, Role::EnforcementOfficer);
    const quint16 port = platform.server().port();
    const QByteArray pin = CertificatePin::fingerprintOf(platform.server().certificate());

    // The console: PlatformClient for the session, BrokerClient + FleetFeed for the map.
    PlatformClient client;
    client.setBaseUrl(platform.server().baseUrl());
    client.setPinnedFingerprint(pin);
    const auto catalogue = InterfaceCatalogue::builtIn();
    BrokerClient broker(catalogue);
    broker.setBackoff(50, 400); // the platform comes back within the test's patience
    broker.setPinnedFingerprint(pin);
    FleetState fleet;
    FleetFeed feed(&broker, &fleet, catalogue);

    // The wiring of the console: the broker's refusal asks the platform about the session
    // (MainWindow: BrokerClient::sessionRejected → PlatformClient::refreshSession); the platform's 401
    // ends it (PlatformClient::sessionEnded → SessionController's sign-in dialog, answered here); the
    // new sign-in hands the broker the new token (MainWindow::startLiveData → BrokerClient::setToken).
    connect(&broker, &BrokerClient::sessionRejected, &client, &PlatformClient::refreshSession);
    int sessionsEnded = 0;
    connect(&client, &PlatformClient::sessionEnded, this, [&] {
        ++sessionsEnded;
        client.login(officer, PlatformApiFixture::Password);
    });
    connect(&client, &PlatformClient::signedIn, this, [&] {
        if (broker.isOpen())
            broker.setToken(client.sessionToken());
    });

    QSignalSpy signedIn(&client, &PlatformClient::signedIn);
    client.login(officer, PlatformApiFixture::Password);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 10000);
    const QByteArray firstToken = client.sessionToken();
    QVERIFY(!firstToken.isEmpty());
    broker.open(client.baseUrl(), firstToken, {FleetFeed::topic()});
    QTRY_COMPARE_WITH_TIMEOUT(broker.state(), BrokerClient::State::Connected, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(platform.server().broker().connectionCount(), 1, 10000);

    // Positions flow: the fleet fills, and "data as of" is set for the status bar.
    const qint64 t0 = QDateTime::currentSecsSinceEpoch() - 5;
    HttpResult result = uploadPositions(platform, companyToken, t0);
    QVERIFY2(result.status == 200, result.describe());
    QTRY_COMPARE_WITH_TIMEOUT(fleet.size(), kVehicles, 10000);
    const QDateTime firstAsOf = feed.dataAsOf();
    QVERIFY(firstAsOf.isValid());
    QCOMPARE(broker.lastMessageAt(), firstAsOf);
    const int index = fleet.indexOf(VehicleKey{fixtures::kCompany, QStringLiteral("琼D10007")});
    QVERIFY(index >= 0);
    QCOMPARE(fleet.fix(index).positionTime, t0);
    QVERIFY(!fleet.isStale(index, t0 + 5));

    // The platform goes away entirely.
    QSignalSpy states(&broker, &BrokerClient::stateChanged);
    platform.stop();
    QTRY_VERIFY_WITH_TIMEOUT(broker.state() != BrokerClient::State::Connected, 10000);
    QVERIFY(states.contains(QVariantList{QVariant::fromValue(BrokerClient::State::WaitingToReconnect)}));
    // It keeps trying, with back-off, against the closed port.
    const qint64 reconnectsBefore = broker.reconnects();
    QTRY_VERIFY_WITH_TIMEOUT(broker.reconnects() >= reconnectsBefore + 2, 10000);
    QVERIFY(broker.isOpen());
    // Nothing arrives: the vehicles keep their last fix and shade once it is over a minute old
    // (Art. 15(三): positions within 60 s), and "data as of" stays where it was.
    QCOMPARE(fleet.fix(index).positionTime, t0);
    QVERIFY(fleet.isStale(index, t0 + FleetState::kDefaultStaleAfterSeconds + 1));
    QCOMPARE(feed.dataAsOf(), firstAsOf);
    QCOMPARE(sessionsEnded, 0);

    // A new platform on the same port, database and certificate.
    QVERIFY2(platform.start(&error, port), qPrintable(error));
    QCOMPARE(platform.server().port(), port);
    QCOMPARE(CertificatePin::fingerprintOf(platform.server().certificate()), pin);
    platform.server().broker().setFlushInterval(20);

    // The console comes back by itself, on a new session: the old token died with the old platform.
    QTRY_COMPARE_WITH_TIMEOUT(broker.state(), BrokerClient::State::Connected, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(platform.server().broker().connectionCount(), 1, 10000);
    QCOMPARE(sessionsEnded, 1);
    QCOMPARE(signedIn.size(), 2);
    QVERIFY(client.isSignedIn());
    QVERIFY(client.sessionToken() != firstToken);

    // New positions arrive again (the company's credentials are in the database) and un-shade the fleet.
    const qint64 t1 = t0 + FleetState::kDefaultStaleAfterSeconds + 1;
    result = uploadPositions(platform, companyToken, t1);
    QVERIFY2(result.status == 200, result.describe());
    QTRY_COMPARE_WITH_TIMEOUT(fleet.fix(index).positionTime, t1, 10000);
    QVERIFY(!fleet.isStale(index, t1));
    QCOMPARE(fleet.size(), kVehicles);
    QVERIFY(feed.dataAsOf() > firstAsOf);
    QCOMPARE(feed.rejectedRecords(), 0);
    QCOMPARE(broker.malformedMessages(), 0);
}

void tst_BrokerReconnect::refusedHandshakeAsksForANewSession()
{
    // A token the platform does not know is refused at the handshake (HTTP 401, no WebSocket): the
    // broker must not retry it for ever but wait for a new one, like after close code 4401.
    PlatformApiFixture platform(QDateTime::currentDateTimeUtc());
    QString error;
    QVERIFY2(platform.start(&error), qPrintable(error));
    const QByteArray token = platform.tokenOf(QStringLiteral("officer"), Role::EnforcementOfficer);
    const auto catalogue = InterfaceCatalogue::builtIn();
    BrokerClient broker(catalogue);
    broker.setBackoff(20, 40);
    broker.setPinnedFingerprint(CertificatePin::fingerprintOf(platform.server().certificate()));
    QSignalSpy rejected(&broker, &BrokerClient::sessionRejected);
    broker.open(platform.server().baseUrl(), "not-a-session-token", {FleetFeed::topic()});
    QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, 10000);
    QCOMPARE(broker.state(), BrokerClient::State::Disconnected);
    QVERIFY(broker.isOpen());
    const qint64 reconnects = broker.reconnects();
    // The right token reconnects at once.
    broker.setToken(token);
    QTRY_COMPARE_WITH_TIMEOUT(broker.state(), BrokerClient::State::Connected, 10000);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(broker.reconnects(), reconnects);
}

QTEST_GUILESS_MAIN(tst_BrokerReconnect)
#include "tst_brokerreconnect.moc"
