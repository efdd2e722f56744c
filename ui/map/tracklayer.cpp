#include "tracklayer.h"

#include "vehiclestyle.h"

#include "geo/coordinatetransform.h"
#include "geo/webmercator.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QLineF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

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
    ++m_generation;
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
    ++m_generation;
    project();
    setCurrentSample(m_sample);
    emit changed();
}

void TrackLayer::setGapSeconds(qint64 seconds)
{
    m_gapSeconds = seconds;
    ++m_generation;
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
    if (m_track.points.isEmpty() && m_track.events.isEmpty()) {
        m_stats = {};
        return;
    }
    // The path and the markers change only with the view or the track: while the replay plays, only the
    // vehicle moves, so they are drawn once into an image and reused.
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const CacheKey key{viewport.center, viewport.zoom, viewport.size, dpr, m_generation};
    m_stats.cached = key == m_cacheKey && !m_cache.isNull();
    if (!m_stats.cached) {
        m_stats = {};
        const QSize pixels = (viewport.size * dpr).toSize();
        if (m_cache.size() != pixels)
            m_cache = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        m_cache.setDevicePixelRatio(dpr);
        m_cache.fill(Qt::transparent);
        QPainter cache(&m_cache);
        cache.setFont(painter.font());
        cache.setRenderHint(QPainter::Antialiasing, true);
        paintPath(cache, viewport);
        paintEvents(cache, viewport);
        cache.end();
        m_cacheKey = key;
    }
    painter.drawImage(QPointF(0, 0), m_cache);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    paintVehicle(painter, viewport);
    painter.restore();
}

void TrackLayer::paintPath(QPainter &painter, const MapViewport &viewport)
{
    const qsizetype n = m_track.points.size();
    if (n == 0)
        return;
    if (n == 1) {
        const TrackPoint &only = m_track.points.front();
        painter.setPen(QPen(VehicleStyle::outlineColour(), 2));
        painter.setBrush(segmentColour(only.status));
        painter.drawEllipse(viewport.toScreen(m_world.front()), kLineWidth, kLineWidth);
        return;
    }
    // Segments whose bounding box meets the view, widened by the line's half width.
    const double scale = viewport.scale();
    const double margin = (kLineWidth + 4) / scale;
    const QRectF view = viewport.worldRect().adjusted(-margin, -margin, margin, margin);

    // Per colour, the runs of connected segments as polylines. Not one QPainterPath per colour: stroking
    // that cost 75–110 ms for a day of fixes wandering over itself at city zoom (the stroker fills the
    // union of every overlap); separate polylines take a fifth of that (tst_tracklayer aDayOfFixesInOnePass).
    std::array<QList<QPolygonF>, kColourCount> runs;
    std::array<int, kColourCount> penAt; // the fix each colour's last run ends at
    penAt.fill(-1);
    for (qsizetype i = 0; i + 1 < n; ++i) {
        const QPointF a = m_world[size_t(i)];
        const QPointF b = m_world[size_t(i + 1)];
        // Written out: QRectF::intersects() is false for the zero-width box of a segment due north.
        if (std::max(a.x(), b.x()) < view.left() || std::min(a.x(), b.x()) > view.right() ||
            std::max(a.y(), b.y()) < view.top() || std::min(a.y(), b.y()) > view.bottom())
            continue;
        const TrackPoint &from = m_track.points.at(i);
        const TrackPoint &to = m_track.points.at(i + 1);
        const bool gap = to.time - from.time > m_gapSeconds || to.datum != from.datum;
        const size_t colour = gap ? kGapPath : size_t(from.status);
        const QPointF end = viewport.toScreen(b);
        if (penAt[colour] != int(i))
            runs[colour].append(QPolygonF{viewport.toScreen(a)});
        QPolygonF &run = runs[colour].last();
        penAt[colour] = int(i + 1);
        // A fix within a pixel of the last one drawn is skipped (the run goes on from there), unless the
        // colour changes after it.
        const bool lastOfRun = i + 2 >= n || to.status != from.status;
        if (!gap && !lastOfRun && run.size() > 1 && std::abs(end.x() - run.last().x()) < 1 &&
            std::abs(end.y() - run.last().y()) < 1) {
            ++m_stats.skipped;
            continue;
        }
        run.append(end);
        ++m_stats.segments;
    }

    // A white casing under the coloured lines keeps them readable on any base map: separate flat-capped
    // lines, lengthened to close the joints (drawLines() of flat lines is the raster engine's fast path;
    // the casing's corners lie under the coloured line).
    painter.setBrush(Qt::NoBrush);
    QList<QLineF> casing;
    constexpr double kCasingReach = 1.5;
    for (int c = 0; c < kBizStatusCount; ++c) {
        for (const QPolygonF &run : std::as_const(runs[size_t(c)])) {
            for (qsizetype k = 0; k + 1 < run.size(); ++k) {
                QLineF line(run[k], run[k + 1]);
                const double length = line.length();
                if (length > 0) {
                    const QPointF along = (line.p2() - line.p1()) * (kCasingReach / length);
                    line = QLineF(line.p1() - along, line.p2() + along);
                }
                casing.append(line);
            }
        }
    }
    painter.setPen(
        QPen(VehicleStyle::outlineColour(), kLineWidth + 3, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin));
    painter.drawLines(casing);
    painter.setPen(QPen(gapColour(), 2, Qt::DashLine, Qt::FlatCap, Qt::BevelJoin));
    for (const QPolygonF &run : std::as_const(runs[kGapPath]))
        painter.drawPolyline(run);
    for (int c = 0; c < kBizStatusCount; ++c) {
        painter.setPen(
            QPen(segmentColour(BizStatus(c)), kLineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        for (const QPolygonF &run : std::as_const(runs[size_t(c)]))
            painter.drawPolyline(run);
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
