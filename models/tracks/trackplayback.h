#pragma once

#include "track.h"
#include "tracksample.h"

#include <QList>
#include <QObject>

#include <functional>

namespace rw {

/**
 * \brief The replay of a Track: a current time between its first and last fix, the vehicle's position at
 * that time, and play/pause at a chosen speed. Pure logic, no widgets, no timers.
 *
 * Time passes only through tick() (reads the injected clock, monotonic milliseconds, and advances by the
 * time since the last tick times the speed) or advance() (explicit milliseconds of wall time); whoever
 * shows the replay calls tick() from a timer. Seeking and playing clamp at the ends: playing stops at the
 * last fix (finished()), and play() there starts again from the first.
 *
 * Position at time t: the fixes around t are found by binary search (segmentAt()); between fix i and i+1
 * the position, speed and heading are interpolated linearly in time — unless the two are further apart
 * than gapSeconds() (the vehicle was not reporting: seed 000 Art. 15(三) wants positions within 60 s) or in
 * different datums, in which case the vehicle is held at fix i and the sample says inGap. Status and
 * order are those of fix i. The heading is the fix's Direction when sent, else the azimuth towards the
 * next fix (QGeoCoordinate::azimuthTo, DESIGN §5).
 */
class TrackPlayback : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; //!< monotonic milliseconds

    /** Between fixes further apart than this (seconds) the vehicle is not moved along a straight line. */
    static constexpr qint64 DefaultGapSeconds = 300;
    /** The speeds offered: ×1, ×10, ×60, ×300. */
    static QList<int> speeds() { return {1, 10, 60, 300}; }

    explicit TrackPlayback(QObject *parent = nullptr);

    /** Monotonic milliseconds for tick(); by default a QElapsedTimer started at construction. */
    void setClock(Clock clock);

    /** Replaces the track: paused, at its first fix. */
    void setTrack(const Track &track);
    void clear();
    const Track &track() const { return m_track; }
    bool hasTrack() const { return !m_track.points.isEmpty(); }
    qint64 startTime() const { return m_track.startTime(); }
    qint64 endTime() const { return m_track.endTime(); }

    double currentTime() const { return m_time; }
    /** Moves to \a time, clamped to [startTime(), endTime()]. */
    void seek(double time);
    TrackSample currentSample() const { return sampleAt(m_time); }

    /** The index of the last fix at or before \a time; −1 before the first (or without a track). */
    int segmentAt(double time) const;
    /** The vehicle at \a time (see the class comment); invalid before the first fix. */
    TrackSample sampleAt(double time) const;

    qint64 gapSeconds() const { return m_gapSeconds; }
    void setGapSeconds(qint64 seconds) { m_gapSeconds = seconds; }

    int speed() const { return m_speed; }
    /** Seconds of track per second of wall time; values below 1 are taken as 1. */
    void setSpeed(int multiplier);

    bool isPlaying() const { return m_playing; }
    /** Starts playing (from the first fix if at the last); nothing without a track. */
    void play();
    void pause();
    void setPlaying(bool playing) { playing ? play() : pause(); }

    /** While playing: advances by the clock's time since the last tick (or play()) times speed(). */
    void tick();
    /** While playing: advances by \a wallMilliseconds times speed(). */
    void advance(qint64 wallMilliseconds);

signals:
    void trackChanged();
    void currentTimeChanged(double time);
    void playingChanged(bool playing);
    void speedChanged(int speed);
    /** Playing reached the last fix and stopped. */
    void finished();

private:
    void setTime(double time);

    Track m_track;
    QList<qint64> m_times; //!< the fixes' times, for the binary search
    Clock m_clock;
    qint64 m_lastTick = 0;
    double m_time = 0;
    int m_speed = 1;
    bool m_playing = false;
    qint64 m_gapSeconds = DefaultGapSeconds;
};

} // namespace rw
