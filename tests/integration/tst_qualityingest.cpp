// Quality at ingest end to end: the traffic simulator uploads over real HTTP to a PlatformServer on
// loopback whose receipt stamps come from a ManualClock the simulator lives by, so delays are exact in
// simulated time. A fault plan "late=0.1" must show as positions' timeliness of about 90 % (within a
// binomial tolerance), no faults as 100 %; and the stored numbers equal a recompute from the raw records.

#include "domain/manualclock.h"
#include "intake/companyregistry.h"
#include "platformserver.h"
#include "quality/qualityrecompute.h"
#include "quality/qualitystore.h"
#include "simulator/faultplan.h"
#include "simulator/trafficsimulator.h"

#include "protocol/interfacecatalogue.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace rw;
using namespace Qt::StringLiterals;

class TestQualityIngest : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        qint64 positions = 0;
        qint64 late = 0;
        qint64 implausibleTrips = 0; //!< authenticity.tripPlausible and authenticity.payConsistent
        qint64 payments = 0;
        qint64 missing = 0; //!< completeness.orderRecords and completeness.vehicleBaseInfo
        QStringList companies;
    };

    /** Simulates \a seconds of live traffic with \a faults, in 5-second steps, each delivered before the
     * next.
     */
    Run simulate(const QString &faults, qint64 seconds, const QString &databasePath)
    {
        Run run;
        ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(1, 0), QTimeZone::utc())); // 09:00 in Wuzhishan
        PlatformOptions options;
        options.databasePath = databasePath;
        options.synchronousFull = false;
        options.tls = false;
        options.clock = &clock;
        options.uploadsUseClock = true;
        PlatformServer server(options);
        QString error;
        if (!server.start(&error)) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
            return run;
        }

        SimulatorConfig config;
        config.enabled = true;
        config.companies = 2;
        config.vehiclesPerCompany = 15;
        config.seed = 20260302;
        config.faults = *FaultPlan::parse(faults);
        config.tickIntervalMs = 3600 * 1000; // the test ticks
        config.retryInitialMs = 50;
        config.retryMaxMs = 400;
        config.baseUrl = server.baseUrl();
        TrafficSimulator simulator(config, [&clock] { return clock.now(); });
        if (!simulator.isValid()) {
            QTest::qFail(qPrintable(simulator.errorString()), __FILE__, __LINE__);
            return run;
        }
        for (const SimulatedCompany &company : simulator.companies()) {
            const QByteArray token = CompanyRegistry::generateToken();
            if (!server.companies().setToken(company.companyId, company.name, token, &error)) {
                QTest::qFail(qPrintable(error), __FILE__, __LINE__);
                return run;
            }
            simulator.setCompanyToken(company.companyId, QString::fromLatin1(token));
            run.companies.append(company.companyId);
        }
        simulator.start();
        for (qint64 t = 0; t < seconds; t += 5) {
            clock.advanceSecs(5);
            simulator.tick();
            // Delivered (and so stamped) before the clock moves on.
            if (!QTest::qWaitFor([&] { return simulator.pendingUploads() == 0; }, 10000)) {
                QTest::qFail("uploads did not drain", __FILE__, __LINE__);
                return run;
            }
        }
        simulator.stop();
        server.stop();

        Database db;
        if (!db.open(databasePath)) {
            QTest::qFail(qPrintable(db.lastError().toString()), __FILE__, __LINE__);
            return run;
        }
        QualityStore store(db, QualityModel::builtIn());
        for (const QString &company : std::as_const(run.companies)) {
            const std::optional<QualityTally> tally = store.tally(company, QualityPeriod::ofMonth(2026, 3));
            if (!tally) {
                QTest::qFail(qPrintable(store.error().toString()), __FILE__, __LINE__);
                return run;
            }
            run.late += tally->violationsByInterface(u"timeliness.withinLimit"_s).value(u"positionVehicle"_s);
            run.implausibleTrips += tally->violations(u"authenticity.tripPlausible"_s) +
                                    tally->violations(u"authenticity.payConsistent"_s);
            run.missing += tally->violations(u"completeness.orderRecords"_s) +
                           tally->violations(u"completeness.vehicleBaseInfo"_s);
        }
        run.payments = db.queryValue(u"SELECT count(*) FROM ipc_operatepay"_s).toLongLong();
        run.positions = db.queryValue(u"SELECT count(*) FROM ipc_positionvehicle"_s).toLongLong() +
                        db.queryValue(u"SELECT count(*) FROM quarantine WHERE ipc_type = 'positionVehicle'"_s)
                            .toLongLong();
        return run;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void lateFaultsShowAsTimeliness()
    {
        const qint64 seconds = 1200;
        const QString path = m_dir.filePath(u"late.sqlite"_s);
        const Run run = simulate(u"late=0.1"_s, seconds, path);
        QVERIFY(run.positions > 3000);
        const double rate = 1.0 - double(run.late) / double(run.positions);
        // Binomial: σ = √(p(1−p)/n); 4σ either way. Late fixes of the last ~2 minutes are still held by the
        // simulator when the run ends (released 61–120 s after their time), which can only raise the rate, by
        // at most 0.1 × 120 s / run.
        const double sigma = std::sqrt(0.9 * 0.1 / double(run.positions));
        const double tail = 0.1 * 120.0 / double(seconds);
        qInfo("positions %lld, late %lld: timeliness %.4f (expected 0.9, -%.4f/+%.4f)", run.positions,
              run.late, rate, 4 * sigma, 4 * sigma + tail);
        QVERIFY2(rate >= 0.9 - 4 * sigma && rate <= 0.9 + 4 * sigma + tail,
                 qPrintable(QString::number(rate)));
        // Late records change when a record arrives, never what it says: every trip stays consistent.
        qInfo("payments %lld, implausible or inconsistent trips %lld", run.payments, run.implausibleTrips);
        QVERIFY(run.payments > 0);
        QCOMPARE(run.implausibleTrips, 0);
        // (A late arrival received after its payment counts against completeness.orderRecords: the rule asks
        // for the order's records before its payment. withoutFaultsEveryPositionIsTimely() has none.)

        // What ingest stored is what a recompute from the raw records gives.
        Database db;
        QVERIFY(db.open(path));
        QualityRecompute recompute(db, InterfaceCatalogue::builtIn(), QualityModel::builtIn());
        const auto tallies = recompute.compute(QualityPeriod::ofMonth(2026, 3));
        QVERIFY2(tallies, qPrintable(recompute.error().toString()));
        QualityStore store(db, QualityModel::builtIn());
        QCOMPARE(tallies->size(), run.companies.size());
        for (const QString &company : run.companies) {
            const QualityTally stored = *store.tally(company, QualityPeriod::ofMonth(2026, 3));
            const QualityTally recomputed = *tallies->constFind(company);
            QCOMPARE(recomputed.records(), stored.records());
            QCOMPARE(recomputed.violationCounts(), stored.violationCounts());
            QVERIFY(recomputed == stored);
        }
    }

    void withoutFaultsEveryPositionIsTimely()
    {
        const Run run = simulate(QString(), 300, m_dir.filePath(u"clean.sqlite"_s));
        QVERIFY(run.positions > 1000);
        QCOMPARE(run.late, 0);
        QCOMPARE(run.implausibleTrips, 0);
        QCOMPARE(run.missing, 0);
    }

    void missingRecordsShowAsIncompleteness()
    {
        // missing=0.2: a fifth of the simulator's records lack a required field and are quarantined, so some
        // paid orders lack a match, departure or arrival that the platform accepted.
        const Run run = simulate(u"missing=0.2"_s, 1200, m_dir.filePath(u"missing.sqlite"_s));
        qInfo("payments %lld, records missing for coverage %lld", run.payments, run.missing);
        QVERIFY(run.payments > 0);
        QVERIFY(run.missing > 0);
    }
};

QTEST_GUILESS_MAIN(TestQualityIngest)
#include "tst_qualityingest.moc"
