#pragma once

#include "geo/datum.h"
#include "geo/lonlat.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <memory>

namespace rw {

/**
 * \brief The offline vector base map: land, coastline, city outlines and place labels, drawn when no tiles
 * can be had (and under the tiles while they load).
 *
 * Loaded from GeoJSON as tools/make_basemap.py writes it (resources/basemap/hainan.geojson, compiled in:
 * builtIn()): features with a "kind" property — "land" (MultiPolygon) and "coast" (MultiLineString) of a
 * "layer" with a "box" [west, south, east, north]; "city" (Polygon, "name", "code"); "place" and "sea"
 * (Point, "name", "rank"). Everything is projected once, at load, to zoom-0 Web-Mercator world pixels (see
 * WebMercator) in the datum of the map it is drawn under: the data is WGS-84, and on a GCJ-02 or BD-09
 * base map it is shifted forward as the vehicles are (CoordinateTransform::toDisplay()).
 *
 * Layers run from coarse (the world) to fine (Hainan); a layer is meant to be drawn only where no finer
 * layer's box covers the map, so a coast is never stroked twice. Land rings are filled with the odd-even
 * rule (lakes are holes).
 *
 * Immutable and implicitly shared: copies are cheap and may be read from any thread.
 */
class BaseMap
{
    Q_DECLARE_TR_FUNCTIONS(rw::BaseMap)

public:
    struct Layer
    {
        QString name;
        QRectF box;                  //!< zoom-0 world px covered by this layer's data
        QList<QList<QPointF>> land;  //!< closed rings, zoom-0 world px, odd-even fill
        QList<QList<QPointF>> coast; //!< polylines, zoom-0 world px
        int pointCount = 0;
    };
    struct Label
    {
        enum class Kind { Place, Sea };
        Kind kind = Kind::Place;
        QString name;
        int rank = 1; //!< 0 most important; the painter shows higher ranks from higher zooms
        LonLat position;
        QPointF world; //!< zoom-0 world px, in the display datum
    };
    struct Area
    {
        QString name;
        qint64 code = 0;     //!< GB/T 2260 region code
        QList<QPointF> ring; //!< closed, zoom-0 world px
    };

    /** An empty map (isEmpty()). */
    BaseMap();

    /** Parses \a json; on failure returns an empty map and sets \a error (naming the feature and the rule).
     */
    static BaseMap fromGeoJson(const QByteArray &json, Datum display = Datum::Cgcs2000,
                               QString *error = nullptr);
    static BaseMap fromFile(const QString &path, Datum display = Datum::Cgcs2000, QString *error = nullptr);
    /** The compiled-in map of Hainan (builtInPath()). */
    static BaseMap builtIn(Datum display = Datum::Cgcs2000);
    static QString builtInPath();

    bool isEmpty() const;
    /** The datum the geometry was projected for. */
    Datum datum() const;
    /** Coarse to fine. */
    const QList<Layer> &layers() const;
    const QList<Label> &labels() const;
    const QList<Area> &areas() const;
    /** The credit to show while the map is visible (the GeoNames licence asks for it). */
    QString attribution() const;

    /** The finest layer whose box holds \a world0, or −1. */
    int layerAt(QPointF world0) const;
    /** True when \a world0 is on land in the finest layer that covers it. */
    bool isLand(QPointF world0) const;

    struct Data;

private:
    std::shared_ptr<const Data> d;
};

} // namespace rw
