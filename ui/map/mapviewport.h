#pragma once

#include "geo/webmercator.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <cmath>

namespace rw {

/**
 * \brief What the map shows: the centre in zoom-0 world pixels (see WebMercator), a fractional zoom and the
 * size of the view in logical pixels. Converts between world and screen for every layer.
 *
 * A world point p at zoom 0 is drawn at (p − center) · 2^zoom + size / 2.
 */
struct MapViewport
{
    QPointF center{128, 128}; //!< zoom-0 world px
    double zoom = 0;
    QSizeF size; //!< logical px

    double scale() const { return std::exp2(zoom); }
    QPointF halfSize() const { return {size.width() / 2, size.height() / 2}; }
    QPointF toScreen(QPointF world0) const { return (world0 - center) * scale() + halfSize(); }
    QPointF toWorld(QPointF screen) const { return (screen - halfSize()) / scale() + center; }
    /** The zoom-0 world rectangle the view covers. */
    QRectF worldRect() const
    {
        const double s = scale();
        return {center.x() - size.width() / 2 / s, center.y() - size.height() / 2 / s, size.width() / s,
                size.height() / s};
    }
    /** The view in world pixels at its own zoom (for WebMercator::tilesCovering()). */
    QRectF pixelRect() const
    {
        const double s = scale();
        return {center.x() * s - size.width() / 2, center.y() * s - size.height() / 2, size.width(),
                size.height()};
    }
    /** Ground metres per logical pixel at the centre. */
    double metresPerPixel() const
    {
        return WebMercator::metresPerPixel(WebMercator::unproject(center, 0).latitude, zoom);
    }
};

} // namespace rw
