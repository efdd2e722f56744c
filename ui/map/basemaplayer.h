#pragma once

#include "maplayer.h"

#include "map/basemap.h"

#include <QColor>
#include <QList>
#include <QPainterPath>

namespace rw {

/**
 * \brief Draws the offline BaseMap: sea, land, coastline, city outlines and Chinese place labels.
 *
 * The geometry is turned into QPainterPaths in zoom-0 world pixels once (per base map) and drawn through
 * a scaling transform, so a frame costs the rasterisation only. Each layer is clipped to where no finer
 * layer covers the view. Labels appear by rank as the map zooms in (places of rank 1 from zoom 6, rank 2
 * from zoom 8) and are skipped where they would overlap one already drawn.
 */
class BaseMapLayer : public MapLayer
{
    Q_OBJECT

public:
    explicit BaseMapLayer(QObject *parent = nullptr);

    void setBaseMap(const BaseMap &map);
    const BaseMap &baseMap() const { return m_map; }

    void paint(QPainter &painter, const MapViewport &viewport) override;

    static QColor seaColour() { return QColor(0xb5, 0xd0, 0xe0); }
    static QColor landColour() { return QColor(0xf4, 0xf1, 0xea); }
    static QColor coastColour() { return QColor(0x7d, 0x9c, 0xb4); }
    static QColor cityColour() { return QColor(0xc0, 0x39, 0x2b); }
    /** The lowest zoom at which a label of \a kind and \a rank is shown. */
    static double labelMinZoom(const BaseMap::Label &label);

    /** Labels drawn in the last frame (for tests). */
    const QStringList &lastLabels() const { return m_lastLabels; }

private:
    struct Paths
    {
        QPainterPath land;
        QPainterPath coast;
        QRectF box;
    };
    void rebuild();

    BaseMap m_map;
    QList<Paths> m_paths;
    QList<QPainterPath> m_areas;
    QStringList m_lastLabels;
};

} // namespace rw
