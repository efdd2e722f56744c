#include "tilelayer.h"

#include "map/tilefetcher.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace rw {

TileLayer::TileLayer(TileFetcher *fetcher, QObject *parent)
    : MapLayer(parent)
    , m_fetcher(fetcher)
    , m_cache(160)
{
    connect(fetcher, &TileFetcher::tileReady, this, &TileLayer::onTileReady);
    connect(fetcher, &TileFetcher::tileFailed, this, &TileLayer::onTileFailed);
}

void TileLayer::clear()
{
    m_cache.clear();
    m_lastError.clear();
    emit changed();
}

void TileLayer::onTileReady(const TileKey &key, const QByteArray &data)
{
    QImage image = QImage::fromData(data);
    if (image.isNull()) {
        onTileFailed(key, tr("Tile z%1 x%2 y%3: the data is not an image Qt can read (%4 bytes).")
                              .arg(key.tile.z)
                              .arg(key.tile.x)
                              .arg(key.tile.y)
                              .arg(data.size()));
        return;
    }
    m_cache.insert(key, new QImage(image.convertToFormat(QImage::Format_ARGB32_Premultiplied)));
    emit changed();
}

void TileLayer::onTileFailed(const TileKey &key, const QString &error)
{
    Q_UNUSED(key);
    m_lastError = error;
    emit changed();
}

void TileLayer::paint(QPainter &painter, const MapViewport &viewport)
{
    m_lastComplete = false;
    m_lastTiles = 0;
    if (!m_fetcher)
        return;
    const TileSource &source = m_fetcher->source();
    const int layers = source.layerCount();
    if (layers == 0 || !source.problem().isEmpty())
        return;

    const int tileZoom = qBound(source.minZoom(), int(std::lround(viewport.zoom)), source.maxZoom());
    const TileRange range = WebMercator::tilesCovering(viewport.pixelRect(), viewport.zoom, tileZoom);
    QList<TileId> tiles = range.tiles();
    // Middle of the view first.
    const QPointF middle = viewport.center * std::exp2(tileZoom) / double(WebMercator::kTileSize);
    std::sort(tiles.begin(), tiles.end(), [&middle](const TileId &a, const TileId &b) {
        const double da = std::hypot(a.x + 0.5 - middle.x(), a.y + 0.5 - middle.y());
        const double db = std::hypot(b.x + 0.5 - middle.x(), b.y + 0.5 - middle.y());
        return da < db;
    });

    // World px at tileZoom → screen: scale by 2^(zoom − tileZoom).
    const double k = std::exp2(viewport.zoom - tileZoom);
    const QPointF origin = viewport.halfSize() - viewport.center * viewport.scale();
    auto screenRect = [&](const TileId &t) {
        const QRectF r = WebMercator::tileRect(t);
        // Whole pixels at the edges, so that neighbouring tiles meet without a seam.
        const double x0 = std::floor(origin.x() + r.left() * k + 0.5);
        const double y0 = std::floor(origin.y() + r.top() * k + 0.5);
        const double x1 = std::floor(origin.x() + r.right() * k + 0.5);
        const double y1 = std::floor(origin.y() + r.bottom() * k + 0.5);
        return QRectF(x0, y0, x1 - x0, y1 - y0);
    };

    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, std::abs(k - 1.0) > 1e-6);
    QList<TileKey> wanted;
    bool complete = true;
    for (int layer = 0; layer < layers; ++layer) {
        for (const TileId &t : tiles) {
            const TileKey key{t, layer};
            const QRectF target = screenRect(t);
            if (const QImage *image = m_cache.object(key)) {
                painter.drawImage(target, *image);
                ++m_lastTiles;
                continue;
            }
            complete = false;
            wanted.append(key);
            // Stand in with the nearest loaded ancestor, the matching part of it scaled up.
            for (int dz = 1; dz <= 6 && t.z - dz >= 0; ++dz) {
                const TileKey parent{{t.x >> dz, t.y >> dz, t.z - dz}, layer};
                if (const QImage *image = m_cache.object(parent)) {
                    const int n = 1 << dz;
                    const double size = double(WebMercator::kTileSize) / n;
                    const QRectF part((t.x - (parent.tile.x << dz)) * size,
                                      (t.y - (parent.tile.y << dz)) * size, size, size);
                    painter.drawImage(target, *image, part);
                    break;
                }
            }
        }
    }
    painter.restore();
    m_lastComplete = complete && !tiles.isEmpty();
    m_fetcher->request(wanted);
}

} // namespace rw
