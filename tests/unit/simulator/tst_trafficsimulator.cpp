#include "fakeplatformserver.h"

#include "simulator/simulatorinterfaces.h"
#include "simulator/trafficsimulator.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace rw;

namespace {

const QDateTime kStart(QDate(2024, 6, 1), QTime(1, 0), QTimeZone::utc());

// A clock the test moves by hand.
struct ManualClock
{
    QDateTime now = kStart;
    TrafficSimulator::Clock function()
    {
        return [this] { return now; };
    }
};

// Waits in a real event loop (QSignalSpy::wait) until the uploaders have nothing left.
bool waitForUploads(TrafficSimulator &simulator, int timeoutMs = 20000)
{
    QSignalSpy idle(&simulator, &TrafficSimulator::uploadsIdle);
    QElapsedTimer timer;
    timer.start();
    while (simulator.pendingUploads() > 0) {
        if (!idle.wait(int(std::max<qint64>(1, timeoutMs - timer.elapsed()))))
            return simulator.pendingUploads() == 0;
    }
    return true;
}

SimulatorConfig config(const QUrl &baseUrl = {})
{
    SimulatorConfig c;
    c.companies = 2;
    c.vehiclesPerCompany = 10;
    c.seed = 3;
    c.baseUrl = baseUrl;
    c.defaultToken = QStringLiteral("demo-token");
    c.retryInitialMs = 20;
    c.retryMaxMs = 100;
    c.tickIntervalMs = 60000; // the test ticks by hand
    return c;
}

} // namespace

class tst_TrafficSimulator : public QObject
{
    Q_OBJECT

private slots:
    void companiesExistBeforeStart()
    {
        ManualClock clock;
        TrafficSimulator simulator(config(), clock.function());
        QVERIFY2(simulator.isValid(), qPrintable(simulator.errorString()));
        QCOMPARE(simulator.companies().size(), 2);
        QVERIFY(simulator.companies().first().companyId.startsWith(QStringLiteral("4690")));
        QVERIFY(simulator.cityPermits().size() >= 2 + 20);
        QCOMPARE(simulator.simulatedNow(), kStart);
    }

    void invalidConfigurationsSayWhy()
    {
        SimulatorConfig bad = config();
        bad.city = QStringLiteral("999999");
        TrafficSimulator noCity(bad);
        QVERIFY(!noCity.isValid());
        QVERIFY(noCity.errorString().contains(QStringLiteral("999999")));

        SimulatorConfig outage = config();
        outage.faults = *FaultPlan::parse(QStringLiteral("outage=C7:60@0"));
        TrafficSimulator noCompany(outage);
        QVERIFY(!noCompany.isValid());
        QVERIFY(noCompany.errorString().contains(QStringLiteral("C7")));
        QSignalSpy errors(&noCompany, &TrafficSimulator::errorOccurred);
        noCompany.start();
        QCOMPARE(errors.size(), 1);
        QVERIFY(!noCompany.isRunning());
    }

    void generateBatchWithoutNetwork()
    {
        ManualClock clock;
        TrafficSimulator simulator(config(), clock.function());
        const QList<SimRecord> records = simulator.generateBatch(kStart.addSecs(600));
        QVERIFY(records.size() > 1000);
        QCOMPARE(simulator.simulatedNow(), kStart.addSecs(600));
        QCOMPARE(simulator.stats().total().generated, records.size());
        QCOMPARE(simulator.stats().total().sent, 0);
    }

    void acceleratedClock()
    {
        ManualClock clock;
        SimulatorConfig c = config();
        c.timeAcceleration = 60;
        TrafficSimulator simulator(c, clock.function());
        simulator.start();
        clock.now = clock.now.addSecs(10);
        QCOMPARE(simulator.simulatedNow(), kStart.addSecs(600));
        simulator.tick();
        QCOMPARE(simulator.model()->now(), kStart.addSecs(600));
        simulator.stop();
        clock.now = clock.now.addSecs(100); // stopped: the simulation does not run on
        QCOMPARE(simulator.simulatedNow(), kStart.addSecs(600));
    }

    void liveModeFollowsTheClock()
    {
        ManualClock clock;
        TrafficSimulator simulator(config(), clock.function());
        QVERIFY(simulator.isLive());
        simulator.start();
        clock.now = kStart.addSecs(30);
        QCOMPARE(simulator.simulatedNow(), clock.now);
        simulator.tick();
        simulator.stop();
        clock.now = kStart.addSecs(330); // paused for five minutes
        QCOMPARE(simulator.simulatedNow(), kStart.addSecs(30));
        simulator.start(); // catches up: the business times stay real
        QCOMPARE(simulator.model()->now(), kStart.addSecs(330));
        QVERIFY(simulator.stats().total().generated > 0);
    }

    void uploadsAnHourInMoments()
    {
        FakePlatformServer server;
        QVERIFY(server.listenLocal());
        ManualClock clock;
        TrafficSimulator simulator(config(server.baseUrl()), clock.function());
        QSignalSpy stats(&simulator, &TrafficSimulator::statsChanged);
        simulator.start(); // sends the registration
        for (int minute = 1; minute <= 60; ++minute) {
            clock.now = kStart.addSecs(minute * 60);
            simulator.tick();
        }
        QElapsedTimer timer;
        timer.start();
        QVERIFY(waitForUploads(simulator));
        qInfo("%lld POSTs delivered in %lld ms", qint64(server.requests().size()), timer.elapsed());
        const SimulatorStats s = simulator.stats();
        QVERIFY(stats.size() >= 61);
        QVERIFY(s.total().generated > 10000);
        QCOMPARE(s.total().sent, s.total().generated);
        QCOMPARE(s.total().acknowledged, s.total().generated);
        QCOMPARE(qint64(server.acceptedRecords()), s.total().generated);

        // Every request names its company and interface consistently; base-info comes first.
        const QStringList ids = {simulator.companies().at(0).companyId,
                                 simulator.companies().at(1).companyId};
        for (const FakeRequest &r : server.requests()) {
            const QJsonObject envelope = r.json();
            const QString type = envelope.value(QStringLiteral("IPCType")).toString();
            QCOMPARE(r.url.path(), QString(SimulatorInterfaces::find(type)->path));
            QCOMPARE(QUrlQuery(r.url).queryItemValue(QStringLiteral("company")),
                     envelope.value(QStringLiteral("CompanyId")).toString());
            QVERIFY(ids.contains(envelope.value(QStringLiteral("CompanyId")).toString()));
            QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer demo-token"));
        }
        QCOMPARE(server.requests().first().json().value(QStringLiteral("IPCType")).toString(),
                 QStringLiteral("baseInfoCompany"));
    }

    void outageSilencesOneCompanyThenBackfills()
    {
        FakePlatformServer server;
        QVERIFY(server.listenLocal());
        ManualClock clock;
        SimulatorConfig c = config(server.baseUrl());
        c.faults = *FaultPlan::parse(QStringLiteral("outage=C1:600@600"));
        TrafficSimulator simulator(c, clock.function());
        const QString silent = simulator.companies().at(0).companyId;
        auto requestsOf = [&server](const QString &company) {
            int n = 0;
            for (const FakeRequest &r : server.requests())
                n += r.json().value(QStringLiteral("CompanyId")).toString() == company ? 1 : 0;
            return n;
        };
        simulator.start();
        clock.now = kStart.addSecs(599);
        simulator.tick();
        QVERIFY(waitForUploads(simulator));
        const int before = requestsOf(silent);
        const int otherBefore = requestsOf(simulator.companies().at(1).companyId);
        QVERIFY(before > 0);
        for (int s = 660; s < 1200; s += 60) { // inside the window
            clock.now = kStart.addSecs(s);
            simulator.tick();
        }
        QVERIFY(waitForUploads(simulator));
        QCOMPARE(requestsOf(silent), before); // nothing from the silent company
        QVERIFY(requestsOf(simulator.companies().at(1).companyId) > otherBefore);
        QVERIFY(simulator.stats().held > 0);

        clock.now = kStart.addSecs(1200 + 300); // after the window and its back-fill spread
        simulator.tick();
        QVERIFY(waitForUploads(simulator));
        QVERIFY(requestsOf(silent) > before);
        const SimulatorStats s = simulator.stats();
        QCOMPARE(s.fault(FaultKind::Outage), 1);
        QVERIFY(s.fault(FaultKind::Backfill) > 500);
        QCOMPARE(s.held, 0);
        QCOMPARE(s.total().acknowledged, s.total().generated);
    }

    void survivesAPlatformRestart()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        ManualClock clock;
        TrafficSimulator simulator(config(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))),
                                   clock.function());
        simulator.start();
        clock.now = kStart.addSecs(300);
        simulator.tick();
        QTRY_VERIFY_WITH_TIMEOUT(simulator.stats().retries >= 2, 5000);
        QCOMPARE(simulator.stats().total().sent, 0);
        FakePlatformServer server;
        QVERIFY(server.listenLocal(port));
        clock.now = kStart.addSecs(600);
        simulator.tick();
        QVERIFY(waitForUploads(simulator));
        QCOMPARE(qint64(server.acceptedRecords()), simulator.stats().total().generated);
    }
};

QTEST_GUILESS_MAIN(tst_TrafficSimulator)
#include "tst_trafficsimulator.moc"
