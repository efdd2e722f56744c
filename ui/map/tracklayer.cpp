#include "tracklayer.h"

#include "vehiclestyle.h"

#include "geo/coordinatetransform.h"
#include "geo/webmercator.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <array>
#include <cmath>

namespace rw {

namespace {

constexpr int kColourCount = kBizStatusCount + 1; // the statuses, then the gaps
constexpr int kGapPath = kBizStatusCount;

} // namespace

TrackLayer::TrackLayer(QObject *parent)
    : MapLayer(parent)
{}

QColor TrackLayer::segmentColour(BizStatus status)
{
    return VehicleStyle::statusColour(status);
}

void TrackLayer::setTrack(const Track &track)
{
    m_track = track;
    m_sample = {};
    project();
    emit changed();
}

void TrackLayer::clear()
{
    setTrack(Track());
}

void TrackLayer::setMapDatum(Datum datum)
{
    if (datum == m_mapDatum)
        return;
    m_mapDatum = datum;
    project();
    setCurrentSample(m_sample);
    emit changed();
}

void TrackLayer::setGapSeconds(qint64 seconds)
{
    m_gapSeconds = seconds;
    emit changed();
}

QPointF TrackLayer::toWorld(double longitude, double latitude, Datum datum) const
{
    const DisplayPosition shown = CoordinateTransform::toDisplay(longitude, latitude, datum, m_mapDatum);
    return WebMercator::project(shown.longitude, shown.latitude, 0);
}

void TrackLayer::project()
{
    m_world.clear();
    m_world.reserve(size_t(m_track.points.size()));
    double left = 0, top = 0, right = 0, bottom = 0;
    bool first = true;
    const auto extend = [&](QPointF p) {
        if (first) {
            left = right = p.x();
            top = bottom = p.y();
            first = false;
            return;
        }
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    };
    for (const TrackPoint &point : std::as_const(m_track.points)) {
        m_world.push_back(toWorld(point.longitudeDegrees(), point.latitudeDegrees(), point.datum));
        extend(m_world.back());
    }
    m_eventWorld.clear();
    for (const TrackEvent &event : std::as_const(m_track.events)) {
        m_eventWorld.push_back(toWorld(event.longitudeDegrees(), event.latitudeDegrees(), event.datum));
        extend(m_eventWorld.back());
    }
    m_bounds = first ? QRectF() : QRectF(QPointF(left, top), QPointF(right, bottom));
}

void TrackLayer::setCurrentSample(const TrackSample &sample)
{
    m_sample = sample;
    if (sample.valid)
        m_sampleWorld = toWorld(sample.longitude, sample.latitude, sample.datum);
    emit changed();
}

void TrackLayer::paint(QPainter &painter, const MapViewport &viewport)
{
    m_stats = {};
    if (m_track.points.isEmpty() && m_track.events.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    paintPath(painter, viewport);
    paintEvents(painter, viewport);
    paintVehicle(painter, viewport);
    painter.restore();
}

void TrackLayer::paintPath(QPainter &painter, const MapViewport &viewport)
{
    const qsizetype n = m_track.points.size();
    if (n == 0)
        return;
    // Segments whose bounding box meets the view, widened by the line's half width.
    const double scale = viewport.scale();
    const double margin = (kLineWidth + 2) / scale;
    const QRectF view = viewport.worldRect().adjusted(-margin, -margin, margin, margin);
    const double minStep = 1.0 / scale; // a pixel, in zoom-0 world px

    std::array<QPainterPath, kColourCount> paths;
    // Where each path's pen is (the last point added), to continue it without a new moveTo.
    std::array<int, kColourCount> penAt;
    penAt.fill(-1);
    if (n == 1) {
        const QPointF p = viewport.toScreen(m_world.front());
        paths[int(m_track.points.front().status)].addEllipse(p, kLineWidth / 2, kLineWidth / 2);
    }
    for (qsizetype i = 0; i + 1 < n; ++i) {
        const QPointF a = m_world[size_t(i)];
        const QPointF b = m_world[size_t(i + 1)];
        // The segment's bounding box meets the view (written out: QRectF::intersects() is false for the
        // zero-width box of a segment due north).
        if (std::max(a.x(), b.x()) < view.left() || std::min(a.x(), b.x()) > view.right() ||
            std::max(a.y(), b.y()) < view.top() || std::min(a.y(), b.y()) > view.bottom())
            continue;
        const TrackPoint &from = m_track.points.at(i);
        const TrackPoint &to = m_track.points.at(i + 1);
        const bool gap = to.time - from.time > m_gapSeconds || to.datum != from.datum;
        const int colour = gap ? kGapPath : int(from.status);
        QPainterPath &path = paths[size_t(colour)];
        // Skip a fix within a pixel of the last one drawn, unless it ends the run of this colour.
        const bool continues = penAt[size_t(colour)] == int(i);
        const bool lastOfRun = i + 2 >= n || m_track.points.at(i + 1).status != from.status;
        if (continues && !lastOfRun && !gap) {
            const QPointF last = viewport.toWorld(path.currentPosition());
            if (std::abs(b.x() - last.x()) < minStep && std::abs(b.y() - last.y()) < minStep) {
                ++m_stats.skipped;
                penAt[size_t(colour)] = int(i + 1);
                continue;
            }
        }
        if (!continues)
            path.moveTo(viewport.toScreen(a));
        path.lineTo(viewport.toScreen(b));
        penAt[size_t(colour)] = int(i + 1);
        ++m_stats.segments;
    }

    // A white casing under the coloured lines keeps them readable on any base map.
    QPen casing(VehicleStyle::outlineColour(), kLineWidth + 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setBrush(Qt::NoBrush);
    for (int c = 0; c < kBizStatusCount; ++c) {
        if (paths[size_t(c)].isEmpty())
            continue;
        painter.setPen(casing);
        painter.drawPath(paths[size_t(c)]);
    }
    if (!paths[kGapPath].isEmpty()) {
        QPen dashed(gapColour(), 2, Qt::DashLine, Qt::FlatCap, Qt::RoundJoin);
        painter.setPen(dashed);
        painter.drawPath(paths[kGapPath]);
    }
    for (int c = 0; c < kBizStatusCount; ++c) {
        if (paths[size_t(c)].isEmpty())
            continue;
        painter.setPen(
            QPen(segmentColour(BizStatus(c)), kLineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        if (n == 1)
            painter.setBrush(segmentColour(BizStatus(c)));
        painter.drawPath(paths[size_t(c)]);
    }
}

void TrackLayer::paintEvents(QPainter &painter, const MapViewport &viewport)
{
    const QRectF view = QRectF(QPointF(0, 0), viewport.size).adjusted(-80, -20, 20, 20);
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const QLocale locale;
    for (qsizetype i = 0; i < m_track.events.size(); ++i) {
        const TrackEvent &event = m_track.events.at(i);
        const QPointF p = viewport.toScreen(m_eventWorld[size_t(i)]);
        if (!view.contains(p))
            continue;
        ++m_stats.events;
        const bool pickup = event.kind == TrackEvent::Kind::Pickup;
        const QColor colour = pickup ? pickupColour() : dropoffColour();
        painter.setPen(QPen(VehicleStyle::outlineColour(), 2));
        painter.setBrush(colour);
        if (pickup) {
            painter.drawEllipse(p, kMarkerRadius, kMarkerRadius);
        } else {
            const double r = kMarkerRadius * 0.9;
            painter.drawRect(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r));
        }
        // "Pickup 09:12" beside the marker, on a white halo.
        const QString label =
            tr("%1 %2", "track event label: kind, time")
                .arg(TrackEvent::kindName(event.kind),
                     locale.toString(QDateTime::fromSecsSinceEpoch(event.time).time(), QLocale::ShortFormat));
        const QPointF at(p.x() + kMarkerRadius + 4, p.y() + metrics.ascent() / 2 - 1);
        QPainterPath text;
        text.addText(at, font, label);
        painter.setPen(QPen(VehicleStyle::outlineColour(), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(text);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour.darker(130));
        painter.drawPath(text);
    }
}

void TrackLayer::paintVehicle(QPainter &painter, const MapViewport &viewport)
{
    if (!m_sample.valid)
        return;
    const QPointF p = viewport.toScreen(m_sampleWorld);
    const QColor colour = VehicleStyle::statusColour(m_sample.status);
    painter.setPen(QPen(VehicleStyle::outlineColour(), 2));
    painter.setBrush(m_sample.inGap ? QColor(VehicleStyle::outlineColour()) : colour);
    if (m_sample.inGap)
        painter.setPen(QPen(colour, 3));
    if (m_sample.heading < 0) {
        painter.drawEllipse(p, 8, 8);
        return;
    }
    painter.save();
    painter.translate(p);
    painter.rotate(m_sample.heading); // clockwise from north = clockwise from screen up
    QPainterPath arrow;
    arrow.moveTo(0, -12);
    arrow.lineTo(8, 9);
    arrow.lineTo(0, 4);
    arrow.lineTo(-8, 9);
    arrow.closeSubpath();
    painter.drawPath(arrow);
    painter.restore();
}

int TrackLayer::eventAt(QPointF screen, const MapViewport &viewport) const
{
    int best = -1;
    double bestDistance = (kMarkerRadius + 3) * (kMarkerRadius + 3);
    for (size_t i = 0; i < m_eventWorld.size(); ++i) {
        const QPointF d = viewport.toScreen(m_eventWorld[i]) - screen;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = int(i);
        }
    }
    return best;
}

bool TrackLayer::click(QPointF screen, const MapViewport &viewport)
{
    const int index = eventAt(screen, viewport);
    if (index < 0)
        return false;
    emit eventClicked(index);
    return true;
}

} // namespace rw
