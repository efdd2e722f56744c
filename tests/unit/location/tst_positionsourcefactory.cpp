// PositionSourceFactory: what the setting location/nmea selects, and the real sources it creates — an
// NMEA log replayed, an NMEA stream over TCP from 127.0.0.1 through Qt's nmea plugin, the system's.

#include "location/positionsourcefactory.h"

#include "nmeapipe.h"

#include <QNmeaPositionInfoSource>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;
using namespace rw::testing;
using Kind = PositionSourceFactory::Kind;
using Choice = PositionSourceFactory::Choice;

Q_DECLARE_METATYPE(PositionSourceFactory::Kind)

class tst_PositionSourceFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void choose_data();
    void choose();
    void fromSettings();
    void describe();
    void nmeaLogIsReplayed();
    void missingLogNamesSettingAndFile();
    void nmeaStreamOverTcp();
    void systemDefaultOrAReason();
};

void tst_PositionSourceFactory::initTestCase()
{
    // Qt Positioning hides the plugins marked "Testable": false (nmea, geoclue2) from processes that
    // QTest runs. This test is about using them: show them (read once, at the first plugin lookup).
    qunsetenv("QT_QTESTLIB_RUNNING");
}

void tst_PositionSourceFactory::choose_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("target");
    QTest::newRow("absent") << QString() << Kind::SystemDefault << QString();
    QTest::newRow("blank") << QStringLiteral("  ") << Kind::SystemDefault << QString();
    QTest::newRow("serial") << QStringLiteral("serial:/dev/ttyUSB0") << Kind::NmeaSerial
                            << QStringLiteral("/dev/ttyUSB0");
    QTest::newRow("device path") << QStringLiteral("/dev/ttyACM0") << Kind::NmeaSerial
                                 << QStringLiteral("/dev/ttyACM0");
    QTest::newRow("socket") << QStringLiteral("socket://127.0.0.1:2947") << Kind::NmeaSocket
                            << QStringLiteral("127.0.0.1:2947");
    QTest::newRow("log path") << QStringLiteral("/var/lib/ridewatch/drive.nmea") << Kind::NmeaLog
                              << QStringLiteral("/var/lib/ridewatch/drive.nmea");
    QTest::newRow("file URL") << QStringLiteral("file:///tmp/drive%20one.nmea") << Kind::NmeaLog
                              << QStringLiteral("/tmp/drive one.nmea");
}

void tst_PositionSourceFactory::choose()
{
    QFETCH(QString, setting);
    QFETCH(Kind, kind);
    QFETCH(QString, target);
    QCOMPARE(PositionSourceFactory::choose(setting), (Choice{kind, target}));
}

void tst_PositionSourceFactory::fromSettings()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("ridewatch.ini")), QSettings::IniFormat);
    QCOMPARE(PositionSourceFactory::fromSettings(settings).kind, Kind::SystemDefault);
    settings.setValue(PositionSourceFactory::kSettingsKey, QStringLiteral("serial:/dev/ttyUSB1"));
    QCOMPARE(PositionSourceFactory::fromSettings(settings),
             (Choice{Kind::NmeaSerial, QStringLiteral("/dev/ttyUSB1")}));
    QCOMPARE(PositionSourceFactory::kSettingsKey, QStringLiteral("location/nmea"));
}

void tst_PositionSourceFactory::describe()
{
    QCOMPARE(PositionSourceFactory::describe({Kind::NmeaLog, QStringLiteral("/a/b/drive.nmea")}),
             QStringLiteral("the NMEA log drive.nmea"));
    QCOMPARE(PositionSourceFactory::describe({Kind::NmeaSerial, QStringLiteral("/dev/ttyUSB0")}),
             QStringLiteral("the GPS receiver on /dev/ttyUSB0"));
    QCOMPARE(PositionSourceFactory::describe({Kind::NmeaSocket, QStringLiteral("127.0.0.1:2947")}),
             QStringLiteral("the NMEA stream from 127.0.0.1:2947"));
    QCOMPARE(PositionSourceFactory::describe({}), QStringLiteral("the system's location service"));
}

void tst_PositionSourceFactory::nmeaLogIsReplayed()
{
    const QString path = QFINDTESTDATA("data/wuzhishan.nmea");
    QObject owner;
    QString error;
    QGeoPositionInfoSource *source = PositionSourceFactory::create({Kind::NmeaLog, path}, &owner, &error);
    QVERIFY2(source, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(source->parent(), &owner);
    auto *nmea = qobject_cast<QNmeaPositionInfoSource *>(source);
    QVERIFY(nmea);
    QCOMPARE(nmea->updateMode(), QNmeaPositionInfoSource::SimulationMode);
    QCOMPARE(nmea->userEquivalentRangeError(), PositionSourceFactory::kUserEquivalentRangeError);
    QSignalSpy updates(source, &QGeoPositionInfoSource::positionUpdated);
    source->startUpdates();
    QTRY_VERIFY_WITH_TIMEOUT(updates.size() >= 6, 10000); // the log's six fixes, at the log's pace
    const auto last = updates.last().at(0).value<QGeoPositionInfo>();
    QVERIFY(std::abs(last.coordinate().latitude() - (18.775 + 5 * 0.00009)) < 1e-7);
}

void tst_PositionSourceFactory::missingLogNamesSettingAndFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nowhere.nmea"));
    QString error;
    QVERIFY(!PositionSourceFactory::create({Kind::NmeaLog, path}, nullptr, &error));
    QVERIFY2(
        error.startsWith(QStringLiteral("location/nmea: the NMEA log \"%1\" cannot be read: ").arg(path)),
        qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("No such file")), qPrintable(error));
    error.clear();
    QVERIFY(!PositionSourceFactory::create({Kind::NmeaLog, QString()}, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("no file name")), qPrintable(error));
}

void tst_PositionSourceFactory::nmeaStreamOverTcp()
{
    // A receiver sharing its sentences over the network (gpsd's raw NMEA port, a phone app), on loopback.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> peers;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *peer = server.nextPendingConnection())
            peers.append(peer);
    });
    QString error;
    const QString target = QStringLiteral("127.0.0.1:%1").arg(server.serverPort());
    std::unique_ptr<QGeoPositionInfoSource> source(
        PositionSourceFactory::create({Kind::NmeaSocket, target}, nullptr, &error));
    if (!source && QGeoPositionInfoSource::availableSources().contains(QStringLiteral("nmea")))
        QFAIL(qPrintable(error));
    if (!source)
        QSKIP("Qt's nmea position plugin (libqt6positioning6-plugins) is not installed");
    QSignalSpy updates(source.get(), &QGeoPositionInfoSource::positionUpdated);
    source->startUpdates();
    QTRY_VERIFY_WITH_TIMEOUT(!peers.isEmpty(), 10000);
    // Two epochs: real-time sources may hold an epoch back until the next one starts.
    peers.first()->write(nmeaFix("023050.00", 18.775, 109.517) + nmeaFix("023051.00", 18.7751, 109.517));
    QTRY_VERIFY_WITH_TIMEOUT(!updates.isEmpty(), 10000);
    const auto first = updates.first().at(0).value<QGeoPositionInfo>();
    QVERIFY(std::abs(first.coordinate().latitude() - 18.775) < 1e-7);
    QVERIFY(std::abs(first.coordinate().longitude() - 109.517) < 1e-7);
    // Qt's horizontal accuracy of an NMEA fix: 2 × HDOP × UERE = 2 × 1.2 × 5 m.
    QCOMPARE(first.attribute(QGeoPositionInfo::HorizontalAccuracy), 12.0);
}

void tst_PositionSourceFactory::systemDefaultOrAReason()
{
    // Whatever this computer has: a source, or none and a sentence that says so and names the setting.
    QString error;
    std::unique_ptr<QGeoPositionInfoSource> source(PositionSourceFactory::create({}, nullptr, &error));
    if (source) {
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY2(error.startsWith(QStringLiteral("No position source on this computer")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("location/nmea")));
    }
}

QTEST_GUILESS_MAIN(tst_PositionSourceFactory)
#include "tst_positionsourcefactory.moc"
