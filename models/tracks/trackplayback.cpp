#include "trackplayback.h"

#include <QElapsedTimer>
#include <QGeoCoordinate>

#include <algorithm>
#include <cmath>
#include <memory>

namespace rw {

namespace {

/** \a from turned towards \a to by \a fraction along the shorter way round, in [0, 360). */
double interpolateAngle(double from, double to, double fraction)
{
    double delta = std::fmod(to - from + 540.0, 360.0) - 180.0;
    double angle = std::fmod(from + delta * fraction, 360.0);
    return angle < 0 ? angle + 360.0 : angle;
}

} // namespace

TrackPlayback::TrackPlayback(QObject *parent)
    : QObject(parent)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_clock = [timer] { return timer->elapsed(); };
}

void TrackPlayback::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_lastTick = m_clock();
}

void TrackPlayback::setTrack(const Track &track)
{
    pause();
    m_track = track;
    m_times.clear();
    m_times.reserve(m_track.points.size());
    for (const TrackPoint &point : std::as_const(m_track.points))
        m_times.append(point.time);
    m_time = double(m_track.startTime());
    emit trackChanged();
    emit currentTimeChanged(m_time);
}

void TrackPlayback::clear()
{
    setTrack(Track());
}

void TrackPlayback::seek(double time)
{
    setTime(time);
}

void TrackPlayback::setTime(double time)
{
    if (!hasTrack())
        return;
    const double clamped = std::clamp(time, double(startTime()), double(endTime()));
    if (clamped == m_time)
        return;
    m_time = clamped;
    emit currentTimeChanged(m_time);
}

int TrackPlayback::segmentAt(double time) const
{
    // The first fix after time, then one back: the fix at or before it.
    const auto after = std::upper_bound(m_times.cbegin(), m_times.cend(), time,
                                        [](double t, qint64 fix) { return t < double(fix); });
    return int(after - m_times.cbegin()) - 1;
}

TrackSample TrackPlayback::sampleAt(double time) const
{
    TrackSample sample;
    const int i = segmentAt(time);
    if (i < 0)
        return sample;
    const TrackPoint &fix = m_track.points.at(i);
    sample.valid = true;
    sample.time = time;
    sample.segment = i;
    sample.longitude = fix.longitudeDegrees();
    sample.latitude = fix.latitudeDegrees();
    sample.datum = fix.datum;
    sample.status = fix.status;
    sample.speed = fix.speed;
    sample.orderId = fix.orderId;
    sample.heading = fix.direction;

    if (i + 1 >= m_track.points.size())
        return sample; // at or after the last fix: held there
    const TrackPoint &next = m_track.points.at(i + 1);
    if (sample.heading < 0 && (next.longitude != fix.longitude || next.latitude != fix.latitude)) {
        const QGeoCoordinate a(fix.latitudeDegrees(), fix.longitudeDegrees());
        const QGeoCoordinate b(next.latitudeDegrees(), next.longitudeDegrees());
        sample.heading = a.azimuthTo(b);
    }
    const qint64 span = next.time - fix.time;
    if (span > m_gapSeconds || next.datum != fix.datum) {
        sample.inGap = true;
        return sample;
    }
    const double fraction = (time - double(fix.time)) / double(span);
    if (fraction <= 0)
        return sample; // exactly on fix i
    sample.interpolated = true;
    sample.longitude += (next.longitudeDegrees() - fix.longitudeDegrees()) * fraction;
    sample.latitude += (next.latitudeDegrees() - fix.latitudeDegrees()) * fraction;
    if (fix.speed >= 0 && next.speed >= 0)
        sample.speed = float(fix.speed + (next.speed - fix.speed) * fraction);
    if (fix.direction >= 0 && next.direction >= 0)
        sample.heading = interpolateAngle(fix.direction, next.direction, fraction);
    return sample;
}

void TrackPlayback::setSpeed(int multiplier)
{
    multiplier = std::max(1, multiplier);
    if (multiplier == m_speed)
        return;
    m_speed = multiplier;
    emit speedChanged(m_speed);
}

void TrackPlayback::play()
{
    if (!hasTrack() || m_playing)
        return;
    if (m_time >= double(endTime()))
        setTime(double(startTime()));
    m_lastTick = m_clock();
    m_playing = true;
    emit playingChanged(true);
}

void TrackPlayback::pause()
{
    if (!m_playing)
        return;
    m_playing = false;
    emit playingChanged(false);
}

void TrackPlayback::tick()
{
    if (!m_playing)
        return;
    const qint64 now = m_clock();
    const qint64 elapsed = now - m_lastTick;
    m_lastTick = now;
    advance(std::max<qint64>(0, elapsed));
}

void TrackPlayback::advance(qint64 wallMilliseconds)
{
    if (!m_playing || wallMilliseconds <= 0)
        return;
    setTime(m_time + double(wallMilliseconds) * m_speed / 1000.0);
    if (m_time >= double(endTime())) {
        pause();
        emit finished();
    }
}

} // namespace rw
