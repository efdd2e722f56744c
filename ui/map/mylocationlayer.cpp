#include "mylocationlayer.h"

#include "geo/webmercator.h"
#include "location/mylocation.h"

#include <QPainter>

#include <cmath>

namespace rw {

MyLocationLayer::MyLocationLayer(MyLocation *location, QObject *parent)
    : MapLayer(parent)
    , m_location(location)
{
    connect(location, &MyLocation::positionChanged, this, &MapLayer::changed);
    connect(location, &MyLocation::stateChanged, this, &MapLayer::changed);
}

void MyLocationLayer::setMapDatum(Datum datum)
{
    if (datum == m_mapDatum)
        return;
    m_mapDatum = datum;
    emit changed();
}

std::optional<QPointF> MyLocationLayer::screenPosition(const MapViewport &viewport) const
{
    if (!m_location || !m_location->hasFix())
        return std::nullopt;
    const DisplayPosition p = m_location->displayPosition(m_mapDatum);
    return viewport.toScreen(WebMercator::project(p.longitude, p.latitude, 0));
}

double MyLocationLayer::accuracyRadius(const MapViewport &viewport) const
{
    if (!m_location || !m_location->hasFix())
        return 0;
    const double metres = m_location->horizontalAccuracy();
    if (!std::isfinite(metres) || metres <= 0)
        return 0;
    const DisplayPosition p = m_location->displayPosition(m_mapDatum);
    return metres / WebMercator::metresPerPixel(p.latitude, viewport.zoom);
}

void MyLocationLayer::paint(QPainter &painter, const MapViewport &viewport)
{
    const std::optional<QPointF> centre = screenPosition(viewport);
    if (!centre)
        return;
    const double accuracy = accuracyRadius(viewport);
    const double reach = std::max(accuracy, kDotRadius + kRingWidth);
    const QRectF view(QPointF(0, 0), viewport.size);
    if (!view.adjusted(-reach, -reach, reach, reach).contains(*centre))
        return; // off screen

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = dotColour();
    // The accuracy circle only where it is larger than the dot; a huge one (a coarse Wi-Fi fix at
    // street zoom) is still drawn: the officer should see how little the dot means.
    if (accuracy > kDotRadius + kRingWidth) {
        QColor fill = colour;
        fill.setAlpha(40);
        QColor edge = colour;
        edge.setAlpha(140);
        painter.setPen(QPen(edge, 1));
        painter.setBrush(fill);
        painter.drawEllipse(*centre, accuracy, accuracy);
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawEllipse(*centre, kDotRadius + kRingWidth, kDotRadius + kRingWidth);
    painter.setBrush(colour);
    painter.drawEllipse(*centre, kDotRadius, kDotRadius);
    painter.restore();
}

} // namespace rw
