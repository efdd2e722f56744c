#pragma once

#include "mapviewport.h"

#include <QObject>
#include <QPointF>

class QPainter;

namespace rw {

/**
 * \brief Something MapView draws: the base map, the tiles, the vehicles. Layers are drawn in the order they
 * were added, each in one call to paint() per frame, and asked about clicks top-down.
 *
 * A layer emits changed() when it needs a repaint (a tile arrived, the fleet moved).
 */
class MapLayer : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /** Draws the layer for \a viewport; the painter's origin is the view's top-left corner. */
    virtual void paint(QPainter &painter, const MapViewport &viewport) = 0;
    /** A click (no drag) at \a screen; true when the layer took it, so that layers below do not see it. */
    virtual bool click(QPointF screen, const MapViewport &viewport)
    {
        Q_UNUSED(screen);
        Q_UNUSED(viewport);
        return false;
    }

signals:
    void changed();
};

} // namespace rw
