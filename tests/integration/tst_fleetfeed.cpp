// Live positions end to end: a company uploads over HTTPS, the platform commits and forwards them
// over its WSS broker, the console's FleetFeed puts them into the map's FleetState.

#include "broker/brokerservice.h"
#include "client/brokerclient.h"
#include "client/certificatepin.h"
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

class tst_FleetFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uploadedPositionsReachTheFleet();
    void unreadableRecordsAreSkipped();
};

void tst_FleetFeed::uploadedPositionsReachTheFleet()
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
    const QByteArray token = platform.tokenOf(QStringLiteral("officer"), Role::CityOfficer);

    const auto catalogue = InterfaceCatalogue::builtIn();
    BrokerClient broker(catalogue);
    broker.setPinnedFingerprint(CertificatePin::fingerprintOf(platform.server().certificate()));
    FleetState fleet;
    FleetFeed feed(&broker, &fleet, catalogue);
    QSignalSpy updated(&feed, &FleetFeed::fleetUpdated);
    broker.open(platform.server().baseUrl(), token, {FleetFeed::topic()});
    QTRY_COMPARE_WITH_TIMEOUT(broker.state(), BrokerClient::State::Connected, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(platform.server().broker().connectionCount(), 1, 10000);

    // 50 vehicles, then newer fixes of the same 50: the fleet holds 50, at their newest places.
    const qint64 t0 = QDateTime::currentSecsSinceEpoch() - 5;
    HttpResult result = platform.client().postAndWait(platform.url(QStringLiteral("/position/vehicle")),
                                                      fixtures::positionBatch(50, 50, t0), companyToken);
    QVERIFY2(result.status == 200, result.describe());
    QTRY_COMPARE_WITH_TIMEOUT(fleet.size(), 50, 10000);
    result = platform.client().postAndWait(platform.url(QStringLiteral("/position/vehicle")),
                                           fixtures::positionBatch(50, 50, t0 + 3), companyToken);
    QVERIFY2(result.status == 200, result.describe());
    QTRY_COMPARE_WITH_TIMEOUT(feed.appliedFixes(), 100, 10000);
    QCOMPARE(fleet.size(), 50);
    const int index = fleet.indexOf(VehicleKey{fixtures::kCompany, QStringLiteral("琼D10007")});
    QVERIFY(index >= 0);
    QCOMPARE(fleet.fix(index).positionTime, t0 + 3);
    QCOMPARE(fleet.fix(index).bizStatus, BizStatus::Empty);
    QVERIFY(!fleet.isStale(index, QDateTime::currentSecsSinceEpoch()));
    QVERIFY(feed.dataAsOf().isValid());
    QCOMPARE(feed.rejectedRecords(), 0);
}

void tst_FleetFeed::unreadableRecordsAreSkipped()
{
    const auto catalogue = InterfaceCatalogue::builtIn();
    BrokerClient broker(catalogue);
    FleetState fleet;
    FleetFeed feed(&broker, &fleet, catalogue);
    QSignalSpy rejected(&feed, &FleetFeed::recordsRejected);
    const InterfaceSpec *spec = catalogue->byTopic(u"ProvPositionVehicle");
    UploadEnvelope envelope;
    envelope.companyId = fixtures::kCompany;
    envelope.spec = spec;
    for (int i = 0; i < 3; ++i) {
        Record record = makeRecord(*spec);
        record.setValue(u"CompanyId", fixtures::kCompany);
        record.setValue(u"VehicleNo", QStringLiteral("琼D2000%1").arg(i));
        record.setValue(u"PositionTime", qint64(1763700000));
        record.setValue(u"Longitude",
                        i == 1 ? QVariant(QStringLiteral("east")) : QVariant(qint64(109516800)));
        record.setValue(u"Latitude", qint64(18776500));
        record.setValue(u"Encrypt", qint64(2));
        envelope.records.append(record);
    }
    feed.apply({envelope}, QDateTime::currentDateTimeUtc());
    QCOMPARE(fleet.size(), 2); // the good two; the bad one is skipped, not fatal
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(feed.rejectedRecords(), 1);
    QVERIFY2(rejected.first().at(0).toStringList().first().contains(QStringLiteral("Longitude")),
             qPrintable(rejected.first().at(0).toStringList().join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_FleetFeed)
#include "tst_fleetfeed.moc"
