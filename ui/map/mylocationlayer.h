#pragma once

#include "maplayer.h"

#include "geo/datum.h"

#include <QColor>
#include <QPointF>
#include <QPointer>

#include <optional>

namespace rw {

class MyLocation;

/**
 * \brief The officer's own position on the map: a blue dot in a white ring, inside a translucent circle
 * of the fix's horizontal accuracy in metres at the map's zoom (issue 4 item 7).
 *
 * Nothing is drawn without a fix (MyLocation::hasFix()). The fix (WGS-84 from Qt Positioning) is drawn
 * where the base map's datum puts it (MyLocation::displayPosition(mapDatum())): follow the map with
 * setMapDatum() on MapView::mapDatumChanged. Repaints when the position or the state changes.
 */
class MyLocationLayer : public MapLayer
{
    Q_OBJECT

public:
    /** The dot's radius and its white ring's width, in logical pixels. */
    static constexpr double kDotRadius = 6;
    static constexpr double kRingWidth = 2;

    explicit MyLocationLayer(MyLocation *location, QObject *parent = nullptr);

    Datum mapDatum() const { return m_mapDatum; }
    void setMapDatum(Datum datum);

    /** The dot's colour (opaque), distinct from every vehicle status colour. */
    static QColor dotColour() { return {0x42, 0x85, 0xf4}; }

    /** Where the dot is drawn in \a viewport (widget px), if there is a fix. */
    std::optional<QPointF> screenPosition(const MapViewport &viewport) const;
    /** The accuracy circle's radius in \a viewport (px); 0 without a fix or an accuracy. */
    double accuracyRadius(const MapViewport &viewport) const;

    void paint(QPainter &painter, const MapViewport &viewport) override;

private:
    QPointer<MyLocation> m_location;
    Datum m_mapDatum = Datum::Cgcs2000;
};

} // namespace rw
