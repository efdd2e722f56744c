#include "simulator/simulatorconfig.h"

#include <QCommandLineParser>
#include <QTest>

using namespace rw;

class tst_SimulatorConfig : public QObject
{
    Q_OBJECT

private:
    static SimulatorConfig parse(const QStringList &arguments, QString *error)
    {
        QCommandLineParser parser;
        SimulatorConfig::addCommandLineOptions(parser);
        if (!parser.parse(QStringList{QStringLiteral("ridewatch-platform")} + arguments)) {
            *error = parser.errorText();
            return {};
        }
        return SimulatorConfig::fromCommandLine(parser, error);
    }

private slots:
    void defaultsAreTheEmbeddedDemo()
    {
        QString error;
        const SimulatorConfig config = parse({}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!config.enabled);
        QCOMPARE(config.city, QStringLiteral("469001"));
        QCOMPARE(config.companies, 3);
        QCOMPARE(config.vehiclesPerCompany, 100);
        QCOMPARE(config.vehiclePositionInterval, 5);
        QCOMPARE(config.timeAcceleration, 1.0);
        QVERIFY(config.faults.isEmpty());
        QVERIFY(config.validate().isEmpty());
    }

    void readsEveryOption()
    {
        QString error;
        const SimulatorConfig config = parse(
            {QStringLiteral("--simulate"), QStringLiteral("--sim-city"), QStringLiteral("/tmp/city.json"),
             QStringLiteral("--sim-companies=5"), QStringLiteral("--sim-vehicles=40"),
             QStringLiteral("--sim-interval=10"), QStringLiteral("--sim-seed=99"),
             QStringLiteral("--sim-faults=late=0.1,outage=C2:600@3600"), QStringLiteral("--sim-speed=30")},
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(config.enabled);
        QCOMPARE(config.city, QStringLiteral("/tmp/city.json"));
        QCOMPARE(config.companies, 5);
        QCOMPARE(config.vehiclesPerCompany, 40);
        QCOMPARE(config.vehiclePositionInterval, 10);
        QCOMPARE(config.driverPositionInterval, 20);
        QCOMPARE(config.seed, 99u);
        QCOMPARE(config.faults.late, 0.1);
        QCOMPARE(config.faults.outages.size(), 1);
        QCOMPARE(config.timeAcceleration, 30.0);
    }

    void reportsBadValues_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("companies") << "--sim-companies=many"
                                   << "--sim-companies";
        QTest::newRow("companies range") << "--sim-companies=0"
                                         << "companies";
        QTest::newRow("vehicles") << "--sim-vehicles=-3"
                                  << "vehicles";
        QTest::newRow("interval") << "--sim-interval=0"
                                  << "position interval";
        QTest::newRow("seed") << "--sim-seed=-1"
                              << "--sim-seed";
        QTest::newRow("faults") << "--sim-faults=late=2"
                                << "--sim-faults";
        QTest::newRow("speed") << "--sim-speed=0"
                               << "speed";
    }

    void reportsBadValues()
    {
        QFETCH(QString, argument);
        QFETCH(QString, mentions);
        QString error;
        parse({argument}, &error);
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void validatesTheBaseUrl()
    {
        SimulatorConfig config;
        config.baseUrl = QUrl(QStringLiteral("ftp://127.0.0.1/"));
        QVERIFY(config.validate().contains(QStringLiteral("ftp://127.0.0.1/")));
        config.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:8443"));
        QVERIFY(config.validate().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SimulatorConfig)
#include "tst_simulatorconfig.moc"
