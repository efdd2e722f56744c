#pragma once

#include "mapviewport.h"

#include "geo/datum.h"
#include "geo/lonlat.h"
#include "map/basemap.h"
#include "map/tilefetcher.h"
#include "map/tilesource.h"

#include <QElapsedTimer>
#include <QImage>
#include <QList>
#include <QPointer>
#include <QVariantAnimation>
#include <QWidget>

namespace rw {

class BaseMapLayer;
class MapLayer;
class TileLayer;

/**
 * \brief The map: Web Mercator, smooth pan and zoom, raster tiles over the offline base map, overlay layers.
 *
 * A QWidget painting with QPainter (no QGraphicsView): each frame is drawn into an image of the widget's
 * size — the base map (BaseMapLayer), the tiles (TileLayer), then the overlay layers added with
 * addLayer() (e.g. VehicleLayer), then the scale bar and the attribution — and copied to the screen.
 *
 * Input:
 * - drag with the left button to pan; a click without drag goes to the layers, top first (clicked() if
 *   none takes it); double-click zooms in about the cursor;
 * - mouse wheel: half a zoom level per notch, animated, about the cursor (the point under the cursor
 *   stays put); touchpads (small or phased wheel deltas) and pinch gestures zoom continuously;
 * - keys: arrows pan, + and − zoom about the middle, Home returns to the home view.
 *
 * The tile source's datum is the map's datum (mapDatum()): the base map is re-projected for it, and
 * mapDatumChanged() tells the fleet to follow (FleetState::setMapDatum()).
 */
class MapView : public QWidget
{
    Q_OBJECT

public:
    /** Uses \a fetcher (not owned) for tiles, or a TileFetcher of its own. */
    explicit MapView(QWidget *parent = nullptr, TileFetcher *fetcher = nullptr);
    ~MapView() override;

    void setTileSource(const TileSource &source);
    TileSource tileSource() const;
    /** The datum the map is drawn in (the tile source's; CGCS2000 for the offline map alone). */
    Datum mapDatum() const;
    TileFetcher *tileFetcher() const { return m_fetcher; }
    TileLayer *tileLayer() const { return m_tileLayer; }
    BaseMapLayer *baseMapLayer() const { return m_baseLayer; }

    /** Replaces the offline base map (by default BaseMap::builtIn() in mapDatum()). */
    void setBaseMap(const BaseMap &map);

    /** Adds an overlay drawn above the tiles, above earlier overlays (not owned). */
    void addLayer(MapLayer *layer);
    void removeLayer(MapLayer *layer);

    MapViewport viewport() const;
    QPointF center() const { return m_center; }
    double zoom() const { return m_zoom; }
    double minZoom() const { return m_minZoom; }
    double maxZoom() const { return m_maxZoom; }
    void setZoomRange(double minimum, double maximum);

    /** Centres the map on \a world0 (zoom-0 world px) at once. */
    void setCenter(QPointF world0);
    /** Centres the map on a position in the map's datum. */
    void setCenter(LonLat position);
    void setZoom(double zoom);
    /** Zooms to \a zoom keeping the point under \a anchor (widget px) where it is. */
    void setZoom(double zoom, QPointF anchor);
    /** Zooms by \a delta levels about \a anchor, animated if animations are on. */
    void zoomBy(double delta, QPointF anchor);
    /** Moves to \a world0 at \a zoom, animated if animations are on. */
    void flyTo(QPointF world0, double zoom);
    void flyTo(LonLat position, double zoom);
    /** The view the Home key returns to. */
    void setHomeView(QPointF world0, double zoom);
    void goHome();

    bool isAnimating() const;
    bool animationsEnabled() const { return m_animationsEnabled; }
    void setAnimationsEnabled(bool enabled) { m_animationsEnabled = enabled; }

    /** The attribution line currently shown (tiles and/or the offline map). */
    QString attributionText() const;
    /** Milliseconds the last frame took to draw (for the status bar and benchmarks). */
    double lastFrameMs() const { return m_lastFrameMs; }
    /** Whether the last frame reused the base map and tiles of the one before (only overlays drawn). */
    bool lastFrameReusedBackground() const { return m_lastReused; }

    QSize sizeHint() const override { return {800, 600}; }

signals:
    /** The centre or zoom changed. */
    void viewChanged();
    /** The tile source changed its datum: re-project the fleet (FleetState::setMapDatum()). */
    void mapDatumChanged(rw::Datum datum);
    /** A click no layer took, at \a world0 (zoom-0 world px). */
    void clicked(QPointF world0);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void applyView(QPointF center, double zoom);
    QPointF clampCenter(QPointF world0) const;
    void stopAnimation();
    void paintScaleBar(QPainter &painter, const MapViewport &viewport);
    void paintAttribution(QPainter &painter);
    void requestRepaint();

    QPointer<TileFetcher> m_fetcher;
    BaseMapLayer *m_baseLayer = nullptr;
    TileLayer *m_tileLayer = nullptr;
    QList<QPointer<MapLayer>> m_layers;

    QPointF m_center{128, 128};
    double m_zoom = 3;
    double m_minZoom = 2;
    double m_maxZoom = 19;
    QPointF m_homeCenter{128, 128};
    double m_homeZoom = 3;

    // Animation: either a zoom about a fixed anchor or a flight between two views.
    QVariantAnimation *m_animation = nullptr;
    enum class AnimationKind { None, Zoom, Fly };
    AnimationKind m_animationKind = AnimationKind::None;
    double m_fromZoom = 0;
    double m_toZoom = 0;
    QPointF m_anchorScreen;
    QPointF m_anchorWorld;
    QPointF m_fromCenter;
    QPointF m_toCenter;
    bool m_animationsEnabled = true;

    // Dragging.
    bool m_pressed = false;
    bool m_dragging = false;
    QPointF m_pressPos;
    QPointF m_pressCenter;

    // The base map and tiles of the last frame, reused while the view and those layers stay as they are
    // (the fleet moves ten times a second; the map under it does not).
    struct BackgroundKey
    {
        QPointF center;
        double zoom = -1;
        QSize pixels;
        quint64 generation = 0;
        friend bool operator==(const BackgroundKey &, const BackgroundKey &) = default;
    };
    QImage m_background;
    BackgroundKey m_backgroundKey;
    quint64 m_backgroundGeneration = 1;
    QImage m_frame;
    double m_lastFrameMs = 0;
    bool m_lastReused = false;
    bool m_baseMapCustom = false;
};

} // namespace rw
