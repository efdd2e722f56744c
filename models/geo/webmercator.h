#pragma once

#include "lonlat.h"
#include "tileid.h"
#include "tilerange.h"

#include <QPointF>
#include <QRectF>

namespace rw {

/**
 * \brief Spherical Web Mercator (EPSG:3857) in world pixels, for 256-px XYZ tiles.
 *
 * "World pixels at zoom z" run from (0, 0) at 180°W, 85.05113°N to (256·2^z, 256·2^z) at 180°E,
 * 85.05113°S: x grows east, y grows south, as on screen. Zoom may be fractional (the map zooms
 * smoothly; tiles exist at whole zooms). A point at zoom 0 times 2^z is the point at zoom z, so the fleet
 * is stored once at zoom 0 (FleetState) and scaled when drawn.
 *
 * Latitudes are clamped to ±kMaxLatitude, longitudes to ±180° (no wrap-around: the console shows one
 * copy of the world). The projection does not care about the datum: project what
 * CoordinateTransform::toDisplay() returns for the base map's datum. All functions are static, pure and
 * thread-safe.
 */
class WebMercator
{
public:
    static constexpr int kTileSize = 256;
    /** The latitude at which the projected world is square: atan(sinh π), in degrees. */
    static constexpr double kMaxLatitude = 85.0511287798066;
    static constexpr double kMaxLongitude = 180.0;

    /** The width and height of the world in pixels at \a zoom: 256 · 2^zoom. */
    static double worldSize(double zoom);
    static double clampLatitude(double latitude);
    static double clampLongitude(double longitude);

    /** World pixels of (\a longitude, \a latitude) at \a zoom (clamped, see the class comment). */
    static QPointF project(double longitude, double latitude, double zoom = 0);
    static QPointF project(LonLat position, double zoom = 0)
    {
        return project(position.longitude, position.latitude, zoom);
    }
    /** Longitude and latitude of the world pixel \a world at \a zoom; \a world is clamped to the world. */
    static LonLat unproject(QPointF world, double zoom = 0);

    /** The tile of zoom \a zoom (whole, 0..30) that contains the position; edges belong to the east/south
     * tile. */
    static TileId tileAt(double longitude, double latitude, int zoom);
    /** The tile of zoom \a zoom that contains the world pixel \a world (at the same zoom), clamped to the
     * world. */
    static TileId tileAtWorld(QPointF world, int zoom);
    /** The tile's rectangle in world pixels at its own zoom. */
    static QRectF tileRect(const TileId &tile);

    /**
     * The tiles of zoom \a tileZoom needed to cover \a viewport, given in world pixels at \a viewZoom (the
     * map's fractional zoom): the map draws zoom floor(viewZoom) or round(viewZoom) tiles scaled by
     * 2^(viewZoom - tileZoom). Clamped to the world; empty if \a viewport is empty or outside the world.
     * A viewport edge exactly on a tile boundary does not pull in the next tile.
     */
    static TileRange tilesCovering(const QRectF &viewport, double viewZoom, int tileZoom);
    static TileRange tilesCovering(const QRectF &viewport, int zoom)
    {
        return tilesCovering(viewport, zoom, zoom);
    }

    /** Ground metres per pixel at \a latitude and \a zoom (for a scale bar), on the WGS-84 equator radius. */
    static double metresPerPixel(double latitude, double zoom);
};

} // namespace rw
