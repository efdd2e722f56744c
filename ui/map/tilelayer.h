#pragma once

#include "maplayer.h"

#include "map/tilefetcher.h"
#include "map/tilekey.h"

#include <QCache>
#include <QImage>
#include <QList>
#include <QPointer>
#include <QSet>

namespace rw {

/**
 * \brief Draws the raster tiles of a TileFetcher's source over the base map.
 *
 * Tiles exist at whole zooms; at a fractional zoom the layer draws round(zoom) tiles scaled (clamped to
 * the source's zoom range). A tile not yet loaded is stood in for by the nearest loaded ancestor, scaled
 * up, and otherwise leaves the base map visible. Each frame asks the fetcher for the missing tiles, the
 * middle of the view first; the fetcher drops the ones that went out of view.
 *
 * Decoded tiles are kept in a memory cache of cacheCapacity() tiles (256 KiB each).
 */
class TileLayer : public MapLayer
{
    Q_OBJECT

public:
    explicit TileLayer(TileFetcher *fetcher, QObject *parent = nullptr);

    void paint(QPainter &painter, const MapViewport &viewport) override;

    /** Forgets every decoded tile (after the source changed). */
    void clear();
    int cacheCapacity() const { return int(m_cache.maxCost()); }
    void setCacheCapacity(int tiles) { m_cache.setMaxCost(tiles); }
    bool hasTile(const TileKey &key) const { return m_cache.contains(key); }
    int cachedTileCount() const { return int(m_cache.count()); }

    /** Whether every tile of the last frame was drawn at its own zoom (nothing missing or stood in for). */
    bool lastFrameComplete() const { return m_lastComplete; }
    /** Tiles of the last frame drawn at their own zoom. */
    int lastFrameTiles() const { return m_lastTiles; }
    /** The last failure the fetcher reported (empty when none since clear()). */
    QString lastError() const { return m_lastError; }

private:
    void onTileReady(const TileKey &key, const QByteArray &data);
    void onTileFailed(const TileKey &key, const QString &error);

    QPointer<TileFetcher> m_fetcher;
    QCache<TileKey, QImage> m_cache;
    bool m_lastComplete = false;
    int m_lastTiles = 0;
    QString m_lastError;
};

} // namespace rw
