// SimulationRunner against a real TLS platform on 127.0.0.1: the permits the simulated city issued are in
// the platform's registry before the uploads start, found by the permits API the console uses; the
// simulator's unlicensed vehicles have none, its expired ones an invalid one; a restart on the same file
// imports every permit as unchanged.

#include "permits/permitstore.h"
#include "rules/cityrules.h"
#include "simulationrunner.h"
#include "simulator/faultplan.h"
#include "simulator/simulatedcity.h"
#include "simulator/trafficmodel.h"
#include "simulator/trafficsimulator.h"

#include "platformapifixture.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using namespace rw;
using rw::testing::HttpResult;
using rw::testing::PlatformApiFixture;

namespace {

const QDateTime Noon(QDate(2025, 3, 1), QTime(4, 0), QTimeZone::utc()); // 12:00 in Wuzhishan

SimulatorConfig config()
{
    SimulatorConfig config;
    config.enabled = true;
    config.companies = 2;
    config.vehiclesPerCompany = 20;
    config.seed = 20250301;
    config.faults = *FaultPlan::parse(QStringLiteral("unlicensed=0.2,expired=0.2"));
    config.startTime = Noon;
    config.timeAcceleration = 1;
    return config;
}

} // namespace

class tst_SimulationRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startImportsTheCitysPermits();
    void vehiclePermitsCarryTheArticleThirteenFacts();

private:
    QJsonArray vehicleHits(PlatformApiFixture &fixture, const QByteArray &token, const QString &plate)
    {
        const HttpResult r = fixture.request("GET",
                                             QStringLiteral("/api/v1/permits/search?q=%1&limit=5")
                                                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(plate))),
                                             token);
        if (r.status != 200)
            qWarning("search %s: HTTP %d %s", qPrintable(plate), r.status, r.body.constData());
        QJsonArray vehicles;
        for (const QJsonValue &hit : r.json().value(QStringLiteral("hits")).toArray()) {
            const QJsonObject h = hit.toObject();
            if (h.value(QStringLiteral("kind")).toString() == QStringLiteral("vehicle") &&
                h.value(QStringLiteral("permit")).toObject().value(QStringLiteral("plate")).toString() ==
                    plate)
                vehicles.append(h);
        }
        return vehicles;
    }
};

void tst_SimulationRunner::startImportsTheCitysPermits()
{
    PlatformApiFixture fixture(Noon);
    QString error;
    QVERIFY2(fixture.start(&error), qPrintable(error));
    SimulationRunner runner;
    runner.setConfig(config());
    QVERIFY2(runner.start(fixture.server(), &error), qPrintable(error));
    const QList<SimulatedCompany> companies = runner.simulator()->companies();
    runner.stop(); // the import happened in start(); no traffic is needed

    int vehicles = 0;
    int permittedVehicles = 0;
    int permittedDrivers = 0;
    QString licensed, unlicensed, expired, licensedCompany;
    for (const SimulatedCompany &c : companies) {
        for (const SimulatedVehicle &v : c.vehicles) {
            ++vehicles;
            permittedVehicles += v.permitted ? 1 : 0;
            if (!v.permitted && unlicensed.isEmpty())
                unlicensed = v.plate;
            else if (v.permitted && v.expired && expired.isEmpty())
                expired = v.plate;
            else if (v.permitted && !v.expired && licensed.isEmpty()) {
                licensed = v.plate;
                licensedCompany = c.companyId;
            }
        }
        for (const SimulatedDriver &d : c.drivers)
            permittedDrivers += d.permitted ? 1 : 0;
    }
    QVERIFY(!licensed.isEmpty() && !unlicensed.isEmpty() && !expired.isEmpty());
    QVERIFY(permittedVehicles < vehicles); // the unlicensed ones are not in the registry

    const QList<PermitStore::ImportSummary> first = runner.permitImports();
    QCOMPARE(first.size(), 3);
    QCOMPARE(first.at(0).kind, PermitKind::Company);
    QCOMPARE(first.at(0).inserted, companies.size());
    QCOMPARE(first.at(1).kind, PermitKind::Vehicle);
    QCOMPARE(first.at(1).inserted, permittedVehicles);
    QCOMPARE(first.at(1).rejected, 0);
    QCOMPARE(first.at(2).inserted, permittedDrivers);
    QCOMPARE(fixture.auditEntries(QStringLiteral("permits.import")).size(), 3);

    const QByteArray officer =
        fixture.tokenOf(QStringLiteral("wzs.officer"), Role::CityOfficer, QStringLiteral("469001"));
    QJsonArray hits = vehicleHits(fixture, officer, licensed);
    QCOMPARE(hits.size(), 1);
    QJsonObject hit = hits.first().toObject();
    QVERIFY(hit.value(QStringLiteral("valid")).toBool());
    const QJsonObject permit = hit.value(QStringLiteral("permit")).toObject();
    QCOMPARE(permit.value(QStringLiteral("companyId")).toString(), licensedCompany);
    QVERIFY(!permit.value(QStringLiteral("certificate")).toString().isEmpty());
    QVERIFY(!permit.value(QStringLiteral("vin")).toString().isEmpty());
    QVERIFY(permit.value(QStringLiteral("seats")).toInt() >= 5);
    QVERIFY(!permit.value(QStringLiteral("firstRegistration")).toString().isEmpty());

    QCOMPARE(vehicleHits(fixture, officer, unlicensed).size(), 0);

    hits = vehicleHits(fixture, officer, expired);
    QCOMPARE(hits.size(), 1);
    QVERIFY(!hits.first().toObject().value(QStringLiteral("valid")).toBool());

    // The same database again: everything unchanged, nothing added.
    QVERIFY2(fixture.restart(&error), qPrintable(error));
    SimulationRunner again;
    again.setConfig(config());
    QVERIFY2(again.start(fixture.server(), &error), qPrintable(error));
    again.stop();
    const QList<PermitStore::ImportSummary> second = again.permitImports();
    QCOMPARE(second.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(second.at(i).inserted, 0);
        QCOMPARE(second.at(i).replaced, 0);
        QCOMPARE(second.at(i).unchanged, first.at(i).imported());
    }
    PermitStore store(fixture.server().database(), fixture.clock());
    QCOMPARE(store.count(PermitKind::Vehicle), qint64(permittedVehicles));
    QCOMPARE(store.count(PermitKind::Driver), qint64(permittedDrivers));
    QCOMPARE(store.count(PermitKind::Company), qint64(companies.size()));
    const QString token = QString::fromLatin1(fixture.signInToken(QStringLiteral("wzs.officer")));
    QCOMPARE(vehicleHits(fixture, token.toLatin1(), licensed).size(), 1);
}

void tst_SimulationRunner::vehiclePermitsCarryTheArticleThirteenFacts()
{
    // Seed 002 Art. 13(三): every simulated permit has wheelbase, range and purchase price; most pass the
    // city's rules, a few fall short so that the lookup has findings to show.
    QString error;
    const auto city = SimulatedCity::load(QStringLiteral("469001"), &error);
    QVERIFY2(city, qPrintable(error));
    SimulatorConfig cfg = config();
    cfg.companies = 4;
    cfg.vehiclesPerCompany = 100;
    cfg.faults = FaultPlan();
    TrafficModel model(cfg, *city, Noon);
    const PermitImportResult permits = SimulationRunner::cityPermits(model, PermitKind::Vehicle);
    QCOMPARE(permits.vehicles.size(), 400);
    const auto rules = CityRules::load(QStringLiteral("469001"), &error);
    QVERIFY2(rules, qPrintable(error));
    int judged = 0;
    QSet<QString> ruleIds;
    for (const VehiclePermit &v : permits.vehicles) {
        QVERIFY(v.wheelbaseMm >= 2500 && v.rangeKm > 0 && v.purchasePriceYuan > 0);
        const QList<RuleFinding> findings = rules->checkVehiclePermit(v, Noon);
        judged += findings.isEmpty() ? 0 : 1;
        for (const RuleFinding &f : findings)
            ruleIds.insert(f.ruleId);
    }
    QVERIFY2(judged >= 8 && judged <= 60, qPrintable(QString::number(judged)));
    QVERIFY(ruleIds.contains(QStringLiteral("vehicle.purchasePrice")));
    QVERIFY(ruleIds.contains(QStringLiteral("vehicle.range")));
    // The same model gives the same figures (a restart imports them as unchanged).
    const PermitImportResult again = SimulationRunner::cityPermits(model, PermitKind::Vehicle);
    for (qsizetype i = 0; i < permits.vehicles.size(); ++i)
        QCOMPARE(again.vehicles.at(i).purchasePriceYuan, permits.vehicles.at(i).purchasePriceYuan);
}

QTEST_MAIN(tst_SimulationRunner)
#include "tst_simulationrunner.moc"
