// The traffic simulator uploading to the reference platform end to end: PlatformServer on a loopback
// port, SimulationRunner registering the simulated companies and their CompanyUploaders POSTing over
// real HTTP, the records landing in a real SQLite file. What the simulator counts must be what the
// platform stored: acknowledged records in the interface tables, rejected ones in the quarantine, and
// as many quarantined records as the simulator injected missing and malformed fields.

#include "intake/companyregistry.h"
#include "intake/intakestats.h"
#include "platformserver.h"
#include "simulationrunner.h"
#include "simulator/companyuploader.h"
#include "simulator/faultplan.h"
#include "simulator/simulatorstats.h"
#include "simulator/trafficsimulator.h"

#include "databaseprobe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace rw;

class tst_SimulatorIntake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simulatorCountsMatchWhatThePlatformStored();
    void refusedUploadsCarryThePlatformsMessage();
};

void tst_SimulatorIntake::simulatorCountsMatchWhatThePlatformStored()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PlatformOptions options;
    options.databasePath = dir.filePath(QStringLiteral("platform.sqlite"));
    options.synchronousFull = false;
    PlatformServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    // Replay mode: from a fixed morning, 300 simulated seconds per real second, ticking every 50 ms.
    // The seed fixes the companies, fleet and faults; how far the run gets depends on the wall clock,
    // so the assertions below are relations between counts that hold for any length of run.
    SimulatorConfig config;
    config.enabled = true;
    config.companies = 2;
    config.vehiclesPerCompany = 10;
    config.seed = 20250301;
    config.faults = *FaultPlan::parse(QStringLiteral("missing=0.05,malformed=0.05"));
    const QDateTime start(QDate(2025, 3, 1), QTime(0, 0), QTimeZone::utc()); // 08:00 in Wuzhishan
    config.startTime = start;
    config.timeAcceleration = 300;
    config.tickIntervalMs = 50;
    config.retryInitialMs = 50;
    config.retryMaxMs = 400;

    SimulationRunner runner;
    runner.setConfig(config);
    QVERIFY2(runner.start(server, &error), qPrintable(error));
    TrafficSimulator *simulator = runner.simulator();
    QVERIFY(simulator);
    QSignalSpy idle(simulator, &TrafficSimulator::uploadsIdle);

    QStringList companyIds;
    for (const SimulatedCompany &company : simulator->companies())
        companyIds.append(company.companyId);
    QCOMPARE(companyIds.size(), 2);
    // The runner registered each simulated company with the platform.
    QStringList registered;
    for (const CompanyAccount &account : server.companies().companies())
        registered.append(account.companyId);
    registered.sort();
    QStringList expectedIds = companyIds;
    expectedIds.sort();
    QCOMPARE(registered, expectedIds);

    // Run a simulated quarter of an hour, stop producing, and let the uploaders deliver everything.
    const qint64 span = 15 * 60;
    QTRY_VERIFY_WITH_TIMEOUT(simulator->simulatedNow() >= start.addSecs(span), 15000);
    simulator->stop();
    QTRY_COMPARE_WITH_TIMEOUT(simulator->pendingUploads(), qint64(0), 20000);
    QVERIFY(idle.count() > 0);

    const SimulatorStats stats = simulator->stats();
    const InterfaceCounters total = stats.total();
    qInfo("simulated %s to %s: %lld records generated, %lld acknowledged, %lld rejected, %lld retries; "
          "faults: %lld missing, %lld malformed",
          qPrintable(start.toString(Qt::ISODate)),
          qPrintable(simulator->model()->now().toString(Qt::ISODate)), total.generated, total.acknowledged,
          total.rejected, stats.retries, stats.fault(FaultKind::Missing), stats.fault(FaultKind::Malformed));

    // Everything generated was released (no late or outage faults hold records back), sent and answered.
    QCOMPARE(stats.held, 0);
    QCOMPARE(stats.queued, 0);
    QCOMPARE(stats.dropped, 0);
    QVERIFY(total.generated > 2000);
    QCOMPARE(total.sent, total.generated);
    QCOMPARE(total.acknowledged + total.rejected, total.sent);

    testing::DatabaseProbe db;
    QVERIFY2(db.open(options.databasePath), qPrintable(db.lastError()));

    // Every acknowledged record is stored, per interface and in all.
    qint64 stored = 0;
    for (const QString &company : std::as_const(companyIds))
        stored += db.interfaceRows(company);
    QCOMPARE(stored, total.acknowledged);
    for (auto it = stats.interfaces.cbegin(); it != stats.interfaces.cend(); ++it) {
        const QString table = QStringLiteral("ipc_") + it.key().toLower();
        const qint64 rows =
            db.value(QStringLiteral("SELECT count(*) FROM %1 WHERE rw_company IN (?, ?)").arg(table),
                     {companyIds.at(0), companyIds.at(1)});
        QVERIFY2(rows == it->acknowledged, qPrintable(QStringLiteral("%1: %2 rows, %3 acknowledged")
                                                          .arg(it.key())
                                                          .arg(rows)
                                                          .arg(it->acknowledged)));
        const qint64 quarantined = db.value(
            QStringLiteral("SELECT count(*) FROM quarantine WHERE ipc_type = ? AND company_id IN (?, ?)"),
            {it.key(), companyIds.at(0), companyIds.at(1)});
        QVERIFY2(quarantined == it->rejected, qPrintable(QStringLiteral("%1: %2 quarantined, %3 rejected")
                                                             .arg(it.key())
                                                             .arg(quarantined)
                                                             .arg(it->rejected)));
    }

    // Every rejected record is in the quarantine, as a single record (no whole body was refused).
    qint64 quarantined = 0;
    for (const QString &company : std::as_const(companyIds))
        quarantined += db.quarantineRows(company);
    QCOMPARE(quarantined, total.rejected);
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM quarantine WHERE envelope_error IS NOT NULL")), 0);

    // Each injected fault is exactly one quarantined record, with exactly one broken rule: the
    // simulator's fault count and the platform's quarantine agree to the record.
    const qint64 faults = stats.fault(FaultKind::Missing) + stats.fault(FaultKind::Malformed);
    QVERIFY(stats.fault(FaultKind::Missing) > 20);
    QVERIFY(stats.fault(FaultKind::Malformed) > 20);
    QCOMPARE(quarantined, faults);
    QCOMPARE(
        db.value(QStringLiteral("SELECT count(*) FROM quarantine WHERE json_array_length(reasons) <> 1")), 0);
    const qint64 missing = db.value(QStringLiteral(
        "SELECT count(*) FROM quarantine WHERE json_extract(reasons, '$[0].rule') = 'required'"));
    QCOMPARE(missing, stats.fault(FaultKind::Missing));
    const qint64 malformedRules =
        db.value(QStringLiteral("SELECT count(*) FROM quarantine WHERE json_extract(reasons, '$[0].rule') IN "
                                "('length', 'type', 'code', 'date')"));
    QCOMPARE(malformedRules, stats.fault(FaultKind::Malformed));

    // The platform's own counters (the status board) agree too.
    qint64 boardAccepted = 0, boardRejected = 0;
    for (const IntakeCounter &counter : server.stats().snapshot()) {
        boardAccepted += counter.accepted;
        boardRejected += counter.rejected;
    }
    QCOMPARE(boardAccepted, total.acknowledged);
    QCOMPARE(boardRejected, total.rejected);

    runner.stop();
    server.stop();
}

void tst_SimulatorIntake::refusedUploadsCarryThePlatformsMessage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PlatformOptions options;
    options.databasePath = dir.filePath(QStringLiteral("platform.sqlite"));
    options.synchronousFull = false;
    PlatformServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    SimulatorConfig config;
    config.enabled = true;
    config.companies = 1;
    config.vehiclesPerCompany = 3;
    config.seed = 7;
    config.startTime = QDateTime(QDate(2025, 3, 1), QTime(0, 0), QTimeZone::utc());
    config.timeAcceleration = 60;
    config.tickIntervalMs = 50;
    SimulationRunner runner;
    runner.setConfig(config);
    QVERIFY2(runner.start(server, &error), qPrintable(error));
    TrafficSimulator *simulator = runner.simulator();
    const QList<CompanyUploader *> uploaders = simulator->findChildren<CompanyUploader *>();
    QCOMPARE(uploaders.size(), 1);
    CompanyUploader *uploader = uploaders.first();
    QSignalSpy rejected(uploader, &CompanyUploader::batchRejected);

    // The company's registration gets through; then the platform replaces its credential.
    QTRY_VERIFY_WITH_TIMEOUT(simulator->stats().total().acknowledged > 0, 10000);
    const SimulatedCompany company = simulator->companies().first();
    QVERIFY2(server.companies().setToken(company.companyId, company.name, CompanyRegistry::generateToken(),
                                         &error),
             qPrintable(error));

    // The next upload is refused with 401, and the uploader reports the platform's own words.
    QVERIFY(rejected.wait(10000));
    simulator->stop();
    QCOMPARE(rejected.first().at(2).toInt(), 401);
    QCOMPARE(rejected.first().at(3).toString(),
             QStringLiteral("the token is not a known company credential"));
    QVERIFY(simulator->stats().total().rejected >= rejected.first().at(1).toInt());

    runner.stop();
    server.stop();
}

QTEST_GUILESS_MAIN(tst_SimulatorIntake)
#include "tst_simulatorintake.moc"
