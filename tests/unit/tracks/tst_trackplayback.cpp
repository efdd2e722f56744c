// TrackPlayback: position at a time (interpolation, gaps, datums), the binary search, play/pause at a
// speed on an injected clock or by explicit advance, clamping at the ends.

#include "tracks/trackplayback.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace rw;

namespace {

constexpr qint64 kT0 = 1763700000;

TrackPoint fix(qint64 time, double lon, double lat, BizStatus status = BizStatus::Empty, float speed = -1,
               qint16 direction = -1, Datum datum = Datum::Wgs84)
{
    TrackPoint p;
    p.time = time;
    p.longitude = qint32(std::lround(lon * 1e6));
    p.latitude = qint32(std::lround(lat * 1e6));
    p.datum = datum;
    p.status = status;
    p.speed = speed;
    p.direction = direction;
    p.orderId = status == BizStatus::Carrying ? QStringLiteral("ORD-1") : QStringLiteral("0");
    return p;
}

/** East 0.001° every 10 s for 100 s (11 fixes), carrying from 50 s on. */
Track straightTrack()
{
    Track track;
    track.vehicle = {QStringLiteral("4690WZSYC001"), QStringLiteral("琼D10001")};
    for (int i = 0; i <= 10; ++i)
        track.points.append(fix(kT0 + 10 * i, 109.5 + 0.001 * i, 18.77,
                                i >= 5 ? BizStatus::Carrying : BizStatus::Empty, float(10 * i), -1));
    return track;
}

} // namespace

class tst_TrackPlayback : public QObject
{
    Q_OBJECT

private slots:
    void startsPausedAtTheFirstFix();
    void segmentLookup();
    void interpolatesBetweenFixes();
    void headingFromDirectionOrAzimuth();
    void noInterpolationAcrossAGapOrADatumChange();
    void seekClampsAtTheEnds();
    void playsAtTheChosenSpeedOnTheClock();
    void explicitAdvanceAndTheEnd();
    void emptyTrackDoesNothing();
};

void tst_TrackPlayback::startsPausedAtTheFirstFix()
{
    TrackPlayback playback;
    QSignalSpy changed(&playback, &TrackPlayback::trackChanged);
    playback.setTrack(straightTrack());
    QCOMPARE(changed.size(), 1);
    QVERIFY(playback.hasTrack());
    QVERIFY(!playback.isPlaying());
    QCOMPARE(playback.startTime(), kT0);
    QCOMPARE(playback.endTime(), kT0 + 100);
    QCOMPARE(playback.currentTime(), double(kT0));
    const TrackSample sample = playback.currentSample();
    QVERIFY(sample.valid);
    QCOMPARE(sample.segment, 0);
    QCOMPARE(sample.longitude, 109.5);
    QVERIFY(!sample.interpolated);
}

void tst_TrackPlayback::segmentLookup()
{
    TrackPlayback playback;
    playback.setTrack(straightTrack());
    QCOMPARE(playback.segmentAt(kT0 - 1), -1);
    QCOMPARE(playback.segmentAt(kT0), 0);
    QCOMPARE(playback.segmentAt(kT0 + 9.999), 0);
    QCOMPARE(playback.segmentAt(kT0 + 10), 1);
    QCOMPARE(playback.segmentAt(kT0 + 55), 5);
    QCOMPARE(playback.segmentAt(kT0 + 100), 10);
    QCOMPARE(playback.segmentAt(kT0 + 5000), 10);
    QVERIFY(!playback.sampleAt(kT0 - 1).valid);

    // Uneven spacing over many fixes: agrees with a linear scan.
    Track track;
    qint64 t = kT0;
    for (int i = 0; i < 1000; ++i) {
        track.points.append(fix(t, 109.5, 18.77));
        t += 1 + (i * 7919) % 13;
    }
    playback.setTrack(track);
    for (double probe = kT0 - 3; probe < double(t) + 3; probe += 2.7) {
        int expected = -1;
        while (expected + 1 < track.points.size() && double(track.points.at(expected + 1).time) <= probe)
            ++expected;
        QCOMPARE(playback.segmentAt(probe), expected);
    }
}

void tst_TrackPlayback::interpolatesBetweenFixes()
{
    TrackPlayback playback;
    playback.setTrack(straightTrack());
    // A quarter of the way from fix 2 to fix 3.
    TrackSample sample = playback.sampleAt(kT0 + 22.5);
    QVERIFY(sample.valid);
    QVERIFY(sample.interpolated);
    QVERIFY(!sample.inGap);
    QCOMPARE(sample.segment, 2);
    QVERIFY(std::abs(sample.longitude - 109.50225) < 1e-9);
    QVERIFY(std::abs(sample.latitude - 18.77) < 1e-9);
    QCOMPARE(sample.speed, 22.5f);
    QCOMPARE(sample.status, BizStatus::Empty);
    QCOMPARE(sample.datum, Datum::Wgs84);
    // The status and order are those of the fix before.
    sample = playback.sampleAt(kT0 + 51);
    QCOMPARE(sample.status, BizStatus::Carrying);
    QCOMPARE(sample.orderId, QStringLiteral("ORD-1"));
    sample = playback.sampleAt(kT0 + 49);
    QCOMPARE(sample.status, BizStatus::Empty);
    // On a fix exactly: that fix, not interpolated. After the last: held there.
    sample = playback.sampleAt(kT0 + 30);
    QVERIFY(!sample.interpolated);
    QCOMPARE(sample.longitude, 109.503);
    sample = playback.sampleAt(kT0 + 200);
    QCOMPARE(sample.segment, 10);
    QCOMPARE(sample.longitude, 109.51);
}

void tst_TrackPlayback::headingFromDirectionOrAzimuth()
{
    TrackPlayback playback;
    // No Direction sent: the azimuth towards the next fix (due east here).
    playback.setTrack(straightTrack());
    QVERIFY(std::abs(playback.sampleAt(kT0 + 5).heading - 90) < 0.1);
    // Directions sent: interpolated the short way round (350° → 10° passes north).
    Track track;
    track.points = {fix(kT0, 109.5, 18.77, BizStatus::Empty, 30, 350),
                    fix(kT0 + 10, 109.5, 18.771, BizStatus::Empty, 30, 10)};
    playback.setTrack(track);
    QVERIFY(std::abs(playback.sampleAt(kT0).heading - 350) < 1e-9);
    const double halfway = playback.sampleAt(kT0 + 5).heading;
    QVERIFY2(halfway < 1e-6 || halfway > 359.999999, qPrintable(QString::number(halfway)));
    QVERIFY(std::abs(playback.sampleAt(kT0 + 7.5).heading - 5) < 1e-9);
}

void tst_TrackPlayback::noInterpolationAcrossAGapOrADatumChange()
{
    Track track;
    track.points = {fix(kT0, 109.5, 18.77), fix(kT0 + 10, 109.501, 18.77),
                    fix(kT0 + 1000, 109.6, 18.8), // 990 s without a fix
                    fix(kT0 + 1010, 109.601, 18.8, BizStatus::Empty, -1, -1, Datum::Gcj02)};
    TrackPlayback playback;
    playback.setTrack(track);
    QCOMPARE(playback.gapSeconds(), TrackPlayback::DefaultGapSeconds);
    TrackSample sample = playback.sampleAt(kT0 + 500);
    QCOMPARE(sample.segment, 1);
    QVERIFY(sample.inGap);
    QVERIFY(!sample.interpolated);
    QCOMPARE(sample.longitude, 109.501); // held at the last fix
    sample = playback.sampleAt(kT0 + 1005);
    QVERIFY(sample.inGap); // another datum: not mixed
    QCOMPARE(sample.longitude, 109.6);
    QCOMPARE(sample.datum, Datum::Wgs84);
    // A larger limit bridges the gap.
    playback.setGapSeconds(1000);
    sample = playback.sampleAt(kT0 + 505);
    QVERIFY(sample.interpolated);
    QVERIFY(std::abs(sample.longitude - (109.501 + 0.099 * 0.5)) < 1e-9);
}

void tst_TrackPlayback::seekClampsAtTheEnds()
{
    TrackPlayback playback;
    playback.setTrack(straightTrack());
    QSignalSpy moved(&playback, &TrackPlayback::currentTimeChanged);
    playback.seek(kT0 + 42);
    QCOMPARE(playback.currentTime(), double(kT0 + 42));
    playback.seek(kT0 - 500);
    QCOMPARE(playback.currentTime(), double(kT0));
    playback.seek(kT0 + 10'000);
    QCOMPARE(playback.currentTime(), double(kT0 + 100));
    playback.seek(kT0 + 100); // no change, no signal
    QCOMPARE(moved.size(), 3);
    QCOMPARE(moved.last().at(0).toDouble(), double(kT0 + 100));
}

void tst_TrackPlayback::playsAtTheChosenSpeedOnTheClock()
{
    qint64 now = 5000;
    TrackPlayback playback;
    playback.setClock([&now] { return now; });
    playback.setTrack(straightTrack());
    QCOMPARE(TrackPlayback::speeds(), (QList<int>{1, 10, 60, 300}));
    QSignalSpy playing(&playback, &TrackPlayback::playingChanged);

    // Paused: the clock moves, the replay does not.
    now += 1000;
    playback.tick();
    QCOMPARE(playback.currentTime(), double(kT0));

    playback.play();
    QCOMPARE(playing.size(), 1);
    QVERIFY(playback.isPlaying());
    now += 500; // ×1: half a second
    playback.tick();
    QCOMPARE(playback.currentTime(), kT0 + 0.5);
    QSignalSpy speedChanged(&playback, &TrackPlayback::speedChanged);
    playback.setSpeed(10);
    QCOMPARE(speedChanged.size(), 1);
    now += 1000; // ×10: ten seconds
    playback.tick();
    QCOMPARE(playback.currentTime(), kT0 + 10.5);
    playback.setSpeed(60);
    now += 250; // ×60: fifteen seconds
    playback.tick();
    QCOMPARE(playback.currentTime(), kT0 + 25.5);
    playback.pause();
    now += 10'000;
    playback.tick();
    QCOMPARE(playback.currentTime(), kT0 + 25.5);
    // Resuming counts from play(), not from the last tick before the pause.
    playback.play();
    now += 100;
    playback.tick();
    QCOMPARE(playback.currentTime(), kT0 + 31.5);
    // ×300 runs into the end: clamped, paused, finished.
    QSignalSpy finished(&playback, &TrackPlayback::finished);
    playback.setSpeed(300);
    now += 1000;
    playback.tick();
    QCOMPARE(playback.currentTime(), double(kT0 + 100));
    QVERIFY(!playback.isPlaying());
    QCOMPARE(finished.size(), 1);
    // Playing again starts from the first fix.
    playback.play();
    QCOMPARE(playback.currentTime(), double(kT0));
    // A speed below 1 is taken as 1.
    playback.setSpeed(0);
    QCOMPARE(playback.speed(), 1);
}

void tst_TrackPlayback::explicitAdvanceAndTheEnd()
{
    TrackPlayback playback;
    playback.setTrack(straightTrack());
    playback.advance(1000); // paused: nothing
    QCOMPARE(playback.currentTime(), double(kT0));
    playback.setSpeed(60);
    playback.play();
    playback.advance(500);
    QCOMPARE(playback.currentTime(), double(kT0 + 30));
    QCOMPARE(playback.currentSample().longitude, 109.503);
    playback.advance(-100); // time does not run backwards
    QCOMPARE(playback.currentTime(), double(kT0 + 30));
    QSignalSpy finished(&playback, &TrackPlayback::finished);
    playback.advance(60'000);
    QCOMPARE(playback.currentTime(), double(kT0 + 100));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!playback.isPlaying());
    // A new track: paused at its start.
    playback.play();
    playback.setTrack(straightTrack());
    QVERIFY(!playback.isPlaying());
    QCOMPARE(playback.currentTime(), double(kT0));
}

void tst_TrackPlayback::emptyTrackDoesNothing()
{
    TrackPlayback playback;
    playback.clear();
    QVERIFY(!playback.hasTrack());
    playback.play();
    QVERIFY(!playback.isPlaying());
    playback.seek(kT0);
    QVERIFY(!playback.currentSample().valid);
    QCOMPARE(playback.segmentAt(kT0), -1);
}

QTEST_GUILESS_MAIN(tst_TrackPlayback)
#include "tst_trackplayback.moc"
