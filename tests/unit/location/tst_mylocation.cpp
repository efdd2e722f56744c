// MyLocation over real Qt Positioning NMEA sources: a log near 通什 replayed in simulation mode, and a
// receiver fed sentence by sentence in real time that fails and recovers.

#include "location/mylocation.h"
#include "location/positionsourcefactory.h"

#include "geo/coordinatetransform.h"

#include "nmeapipe.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace rw;
using namespace rw::testing;

class tst_MyLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logChecksumsAreRight();
    void withoutSourceUnavailable();
    void nmeaLogGivesFixes();
    void displayPositionInTheMapsDatum();
    void errorsAndRecovery();
    void updateTimeoutWaitsKeepingTheLastFix();
    void silentReceiverLosesTheFix();
    void stopAndStart();

private:
    QString logPath() const { return QFINDTESTDATA("data/wuzhishan.nmea"); }
};

namespace {

/** A MyLocation on a real-time NMEA source over a pipe the test feeds. */
struct Receiver
{
    MyLocation location;
    NmeaPipe *pipe = new NmeaPipe;
    FailingNmeaSource *source = new FailingNmeaSource(QNmeaPositionInfoSource::RealTimeMode);

    Receiver()
    {
        pipe->setParent(source);
        source->setDevice(pipe);
        source->setUserEquivalentRangeError(PositionSourceFactory::kUserEquivalentRangeError);
        location.setSource(source, QStringLiteral("the test receiver"));
    }
};

} // namespace

void tst_MyLocation::logChecksumsAreRight()
{
    // The log is written by data/make_nmea_log.py; a wrong checksum would make Qt drop the sentence.
    QFile file(logPath());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(logPath()));
    int sentences = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        QVERIFY(line.startsWith('$'));
        const qsizetype star = line.indexOf('*');
        QVERIFY(star > 0);
        QCOMPARE(nmeaSentence(line.mid(1, star - 1)).trimmed(), line);
        ++sentences;
    }
    QCOMPARE(sentences, 16);
}

void tst_MyLocation::withoutSourceUnavailable()
{
    MyLocation location;
    QCOMPARE(location.state(), MyLocation::State::Unavailable);
    QCOMPARE(location.message(), QStringLiteral("No position source on this computer."));
    location.start();
    QCOMPARE(location.state(), MyLocation::State::Unavailable);
    QVERIFY(!location.hasFix());
    QVERIFY(!location.coordinate().isValid());
    QVERIFY(std::isnan(location.horizontalAccuracy()));

    QSignalSpy messages(&location, &MyLocation::messageChanged);
    location.setUnavailable(QStringLiteral("location/nmea: the NMEA log \"/nowhere.nmea\" cannot be read"));
    QCOMPARE(location.state(), MyLocation::State::Unavailable);
    QCOMPARE(messages.size(), 1);
    QVERIFY(location.message().contains(QStringLiteral("/nowhere.nmea")));
}

void tst_MyLocation::nmeaLogGivesFixes()
{
    MyLocation location;
    QString error;
    const auto choice = PositionSourceFactory::choose(logPath());
    QGeoPositionInfoSource *source = PositionSourceFactory::create(choice, nullptr, &error);
    QVERIFY2(source, qPrintable(error));
    QVERIFY(qobject_cast<QNmeaPositionInfoSource *>(source));
    location.setSource(source, PositionSourceFactory::describe(choice));
    QCOMPARE(source->parent(), &location);
    QCOMPARE(location.state(), MyLocation::State::Unavailable); // not started yet
    QSignalSpy states(&location, &MyLocation::stateChanged);
    QSignalSpy positions(&location, &MyLocation::positionChanged);

    location.start();
    QCOMPARE(location.state(), MyLocation::State::WaitingForFix);
    QCOMPARE(location.message(),
             QStringLiteral("Waiting for a position fix from the NMEA log wuzhishan.nmea…"));
    QTRY_COMPARE_WITH_TIMEOUT(location.state(), MyLocation::State::Fix, 10000);
    QCOMPARE(states.first().at(0).value<MyLocation::State>(), MyLocation::State::WaitingForFix);

    // The first fix of the log (the two epochs before it have none): 18°46.5000'N 109°31.0200'E.
    const QGeoPositionInfo first = positions.first().at(0).value<QGeoPositionInfo>();
    QVERIFY(std::abs(first.coordinate().latitude() - 18.775) < 1e-7);
    QVERIFY(std::abs(first.coordinate().longitude() - 109.517) < 1e-7);
    QCOMPARE(first.timestamp(), QDateTime(QDate(2025, 3, 1), QTime(2, 30, 45, 400), Qt::UTC));
    QVERIFY(first.hasAttribute(QGeoPositionInfo::HorizontalAccuracy));
    // Qt's horizontal accuracy of an NMEA fix: 2 × HDOP × UERE = 2 × 1.2 × 5 m.
    QCOMPARE(first.attribute(QGeoPositionInfo::HorizontalAccuracy), 12.0);
    QVERIFY(location.reportsWgs84());
    QCOMPARE(location.sourceDatum(), Datum::Wgs84);

    // The log walks north: the last of its six fixes is 5 × 0.00009° further.
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(location.coordinate().latitude() - (18.775 + 5 * 0.00009)) < 1e-7,
                             10000);
    QCOMPARE(location.state(), MyLocation::State::Fix);
    QCOMPARE(location.horizontalAccuracy(), 12.0);
    QVERIFY(first.coordinate().distanceTo(location.coordinate()) > 45);
}

void tst_MyLocation::displayPositionInTheMapsDatum()
{
    Receiver r;
    r.location.start();
    QVERIFY(!r.location.displayPosition(Datum::Cgcs2000).longitude); // no fix: nothing
    r.pipe->feed(nmeaFix("023050.00", 18.775, 109.517));
    QTRY_COMPARE(r.location.state(), MyLocation::State::Fix);

    // CGCS2000 (Tianditu) and WGS-84 maps: as is; GCJ-02 (Amap) and BD-09: converted forward.
    const DisplayPosition onTianditu = r.location.displayPosition(Datum::Cgcs2000);
    QVERIFY(!onTianditu.approximate);
    QVERIFY(std::abs(onTianditu.longitude - 109.517) < 1e-7);
    QVERIFY(std::abs(onTianditu.latitude - 18.775) < 1e-7);
    const DisplayPosition onAmap = r.location.displayPosition(Datum::Gcj02);
    const LonLat expected = CoordinateTransform::wgs84ToGcj02({109.517, 18.775});
    QVERIFY(!onAmap.approximate);
    QVERIFY(std::abs(onAmap.longitude - expected.longitude) < 1e-9);
    QVERIFY(std::abs(onAmap.latitude - expected.latitude) < 1e-9);
    // The GCJ-02 offset is hundreds of metres here: really converted.
    QVERIFY(QGeoCoordinate(18.775, 109.517).distanceTo(QGeoCoordinate(onAmap.latitude, onAmap.longitude)) >
            100);
    QVERIFY(!r.location.displayPosition(Datum::Bd09).approximate);
}

void tst_MyLocation::errorsAndRecovery()
{
    Receiver r;
    r.location.setRetryInterval(50);
    r.location.start();
    QCOMPARE(r.location.state(), MyLocation::State::WaitingForFix);
    r.pipe->feed(nmeaFix("023050.00", 18.775, 109.517));
    QTRY_COMPARE(r.location.state(), MyLocation::State::Fix);

    // The receiver is unplugged: unavailable, saying which source and why.
    QSignalSpy states(&r.location, &MyLocation::stateChanged);
    r.source->setError(QGeoPositionInfoSource::ClosedError);
    QCOMPARE(r.location.state(), MyLocation::State::Unavailable);
    QVERIFY2(r.location.message().contains(QStringLiteral("the test receiver")),
             qPrintable(r.location.message()));
    QVERIFY2(r.location.message().contains(QStringLiteral("closed")), qPrintable(r.location.message()));
    QVERIFY(!r.location.position().isValid());
    QVERIFY(r.location.lastPosition().isValid());

    // Started again every retry interval; still unavailable while it stays silent.
    const int starts = r.source->starts;
    QTRY_VERIFY(r.source->starts >= starts + 3);
    QCOMPARE(r.location.state(), MyLocation::State::Unavailable);

    // Plugged back in: the next sentences bring the fix back, at the new place.
    r.pipe->feed(nmeaFix("023051.00", 18.776, 109.517));
    QTRY_COMPARE(r.location.state(), MyLocation::State::Fix);
    QVERIFY(std::abs(r.location.coordinate().latitude() - 18.776) < 1e-7);

    // Access denied (the system's service refuses): unavailable with the reason, and back again.
    r.source->setError(QGeoPositionInfoSource::AccessError);
    QCOMPARE(r.location.state(), MyLocation::State::Unavailable);
    QVERIFY2(r.location.message().contains(QStringLiteral("denied")), qPrintable(r.location.message()));
    r.source->setError(QGeoPositionInfoSource::UnknownSourceError);
    QVERIFY2(r.location.message().contains(QStringLiteral("unknown error")),
             qPrintable(r.location.message()));
    r.pipe->feed(nmeaFix("023052.00", 18.777, 109.517));
    QTRY_COMPARE(r.location.state(), MyLocation::State::Fix);
    QVERIFY(std::abs(r.location.coordinate().latitude() - 18.777) < 1e-7);
    QVERIFY(states.size() >= 4);
}

void tst_MyLocation::updateTimeoutWaitsKeepingTheLastFix()
{
    Receiver r;
    r.location.start();
    r.pipe->feed(nmeaFix("023050.00", 18.775, 109.517));
    QTRY_COMPARE(r.location.state(), MyLocation::State::Fix);
    r.source->setError(QGeoPositionInfoSource::UpdateTimeoutError);
    QCOMPARE(r.location.state(), MyLocation::State::WaitingForFix);
    QVERIFY(!r.location.coordinate().isValid());
    QVERIFY(std::abs(r.location.lastPosition().coordinate().latitude() - 18.775) < 1e-7);
    QVERIFY2(r.location.message().contains(QStringLiteral("No fix from the test receiver")),
             qPrintable(r.location.message()));
    r.pipe->feed(nmeaFix("023055.00", 18.775, 109.518));
    QTRY_COMPARE(r.location.state(), MyLocation::State::Fix);
}

void tst_MyLocation::silentReceiverLosesTheFix()
{
    Receiver r;
    r.location.setFixTimeout(100);
    r.location.start();
    r.pipe->feed(nmeaFix("023050.00", 18.775, 109.517));
    QTRY_COMPARE(r.location.state(), MyLocation::State::Fix);
    QTRY_COMPARE(r.location.state(), MyLocation::State::WaitingForFix);
    QVERIFY2(r.location.message().startsWith(QStringLiteral("The fix was lost")),
             qPrintable(r.location.message()));
    QVERIFY(r.location.lastPosition().isValid());
    r.pipe->feed(nmeaFix("023051.00", 18.775, 109.517));
    QTRY_COMPARE(r.location.state(), MyLocation::State::Fix);
}

void tst_MyLocation::stopAndStart()
{
    Receiver r;
    r.location.start();
    r.pipe->feed(nmeaFix("023050.00", 18.775, 109.517));
    QTRY_COMPARE(r.location.state(), MyLocation::State::Fix);
    r.location.stop();
    QCOMPARE(r.location.state(), MyLocation::State::Unavailable);
    QVERIFY(!r.location.isStarted());
    // A stopped location ignores what a source still delivers.
    QSignalSpy positions(&r.location, &MyLocation::positionChanged);
    QGeoPositionInfo late(QGeoCoordinate(18.776, 109.517), QDateTime::currentDateTimeUtc());
    Q_EMIT r.source->positionUpdated(late);
    QCOMPARE(positions.size(), 0);
    QCOMPARE(r.location.state(), MyLocation::State::Unavailable);
    r.location.start();
    QCOMPARE(r.location.state(), MyLocation::State::WaitingForFix);
    r.pipe->feed(nmeaFix("023052.00", 18.777, 109.517));
    QTRY_COMPARE(r.location.state(), MyLocation::State::Fix);
    QVERIFY(std::abs(r.location.coordinate().latitude() - 18.777) < 1e-7);
}

QTEST_GUILESS_MAIN(tst_MyLocation)
#include "tst_mylocation.moc"
