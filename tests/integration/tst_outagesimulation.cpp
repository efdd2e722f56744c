// Outages end to end: the traffic simulator uploads over real HTTP to a PlatformServer whose receipt stamps
// come from the ManualClock the simulator lives by. A fault plan "outage=C1:600@300" (company 1 silent for
// ten minutes from the fifth) must give one position outage of company 1 with that window, detected once the
// silence passed the 5-minute threshold, closed when the data came back, and back-filled by the records
// the simulator held and re-sent; company 2 has none.
#include "domain/manualclock.h"
#include "intake/companyregistry.h"
#include "outages/outagemonitor.h"
#include "platformserver.h"
#include "simulator/faultplan.h"
#include "simulator/trafficsimulator.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace rw;
using namespace Qt::StringLiterals;

class tst_OutageSimulation : public QObject
{
    Q_OBJECT

private slots:
    void plannedOutageIsDetectedWithItsWindowAndBackfill()
    {
        QTemporaryDir dir;
        const QDateTime start(QDate(2026, 3, 2), QTime(1, 0), QTimeZone::utc()); // 09:00 in Wuzhishan
        ManualClock clock(start);
        PlatformOptions options;
        options.databasePath = dir.filePath(u"platform.db"_s);
        options.synchronousFull = false;
        options.tls = false;
        options.clock = &clock;
        options.uploadsUseClock = true;
        PlatformServer server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));

        SimulatorConfig config;
        config.enabled = true;
        config.companies = 2;
        config.vehiclesPerCompany = 15;
        config.seed = 20260302;
        config.faults = *FaultPlan::parse(u"outage=C1:600@300"_s);
        config.tickIntervalMs = 3600 * 1000; // the test ticks
        config.retryInitialMs = 50;
        config.retryMaxMs = 400;
        config.baseUrl = server.baseUrl();
        TrafficSimulator simulator(config, [&clock] { return clock.now(); });
        QVERIFY2(simulator.isValid(), qPrintable(simulator.errorString()));
        QStringList companies;
        for (const SimulatedCompany &company : simulator.companies()) {
            const QByteArray token = CompanyRegistry::generateToken();
            QVERIFY2(server.companies().setToken(company.companyId, company.name, token, &error),
                     qPrintable(error));
            simulator.setCompanyToken(company.companyId, QString::fromLatin1(token));
            companies.append(company.companyId);
        }
        QCOMPARE(companies.size(), 2);

        simulator.start();
        const qint64 t0 = clock.nowMs();
        for (qint64 t = 0; t < 1500; t += 5) {
            clock.advanceSecs(5);
            simulator.tick();
            QVERIFY2(QTest::qWaitFor([&] { return simulator.pendingUploads() == 0; }, 10000),
                     "uploads did not drain");
            server.outages().tick(); // the platform's 7×24 watch, at simulated time
        }
        simulator.stop();

        const QList<Outage> outages = server.outages().store().list({});
        for (const Outage &o : outages)
            qInfo("outage %lld: %s %s from +%.0f s to +%.0f s, detected +%.0f s, %.1f/min, back-filled %lld "
                  "(%.3f)",
                  o.id, qPrintable(o.companyId), qPrintable(OutageStreams::key(o.stream)),
                  (o.startMs - t0) / 1000.0, (o.endMs - t0) / 1000.0, (o.detectedMs - t0) / 1000.0,
                  o.ratePerMinute, o.backfilledRecords, o.backfillRate(clock.nowMs()).value_or(-1));

        const qint64 planStart = t0 + 300'000;
        const qint64 planEnd = t0 + 900'000;
        int positionOutages = 0;
        for (const Outage &o : outages) {
            // Company 2 ran without a break; every outage is company 1's and lies on the planned window.
            QCOMPARE(o.companyId, companies.at(0));
            QVERIFY(!o.isOpen());
            QVERIFY2(o.startMs <= planStart && o.endMs >= planEnd, "an outage outside the planned window");
            if (o.stream != OutageStream::Position)
                continue;
            ++positionOutages;
            // The last positions before the stop came in the 5-second step before it; the first after it in
            // the step that ended it (held records re-sent with the live ones).
            QVERIFY2(o.startMs >= planStart - 5'000, qPrintable(QString::number(o.startMs - planStart)));
            QVERIFY2(o.endMs <= planEnd + 5'000, qPrintable(QString::number(o.endMs - planEnd)));
            QVERIFY(qAbs(o.durationMs(clock.nowMs()) - 600'000) <= 10'000);
            // Detected when the silence passed 5 minutes, at the next 5-second check.
            QVERIFY(o.detectedMs > o.startMs + 300'000);
            QVERIFY(o.detectedMs <= o.startMs + 305'000);
            // The simulator re-sends what it held: the window is (nearly) filled again. The expectation is
            // the rate before the gap × its length, an estimate: at least 85 % of it.
            QVERIFY(o.ratePerMinute > 0);
            const std::optional<double> backfill = o.backfillRate(clock.nowMs());
            QVERIFY(backfill);
            QVERIFY2(*backfill >= 0.85, qPrintable(QString::number(*backfill)));
        }
        QCOMPARE(positionOutages, 1);
        server.stop();
    }
};

QTEST_GUILESS_MAIN(tst_OutageSimulation)
#include "tst_outagesimulation.moc"
