#pragma once

#include "maplayer.h"

#include "geo/datum.h"
#include "tracks/track.h"
#include "tracks/tracksample.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QRectF>

#include <vector>

namespace rw {

/**
 * \brief Draws a replayed Track on the map: the path coloured by the vehicle's status, the pickups and
 * drop-offs with their labels, and the vehicle where the replay stands.
 *
 * The fixes are converted once (setTrack(), setMapDatum()) from their datum to the map's with
 * CoordinateTransform::toDisplay() — never the reverse (DESIGN §5) — and kept in zoom-0 world pixels.
 * paint() then draws only the part in view, as polylines per colour (no item per point): a segment
 * takes the colour of the status at its first fix (VehicleStyle::statusColour(): carrying orange, empty
 * green, …); segments across a gap in reporting (longer than gapSeconds(), or a change of datum) are drawn
 * as a thin dashed grey line. Fixes closer than a pixel to the last one drawn are skipped, so a day of
 * fixes draws as fast as an hour at low zoom. The path and the markers are kept in an image while the view
 * and the track stay as they are, so a replay step only draws the vehicle.
 *
 * The vehicle (setCurrentSample(), from TrackPlayback) is an arrow in its status colour pointing along its
 * heading (a disc when the heading is unknown), hollow while the replay is in a gap. A click on a pickup or
 * drop-off marker emits eventClicked().
 */
class TrackLayer : public MapLayer
{
    Q_OBJECT

public:
    /** What the last paint() drew. */
    struct FrameStats
    {
        int segments = 0; //!< segments in view, drawn
        int skipped = 0;  //!< fixes skipped for lying within a pixel of the last one drawn
        int events = 0;   //!< markers drawn
        bool cached =
            false; //!< the path and markers of the frame before were reused (only the vehicle drawn)
    };

    explicit TrackLayer(QObject *parent = nullptr);

    void setTrack(const Track &track);
    void clear();
    const Track &track() const { return m_track; }

    /** The datum of the base map (MapView::mapDatum()); the fixes are converted to it. */
    void setMapDatum(Datum datum);
    Datum mapDatum() const { return m_mapDatum; }

    /** Segments between fixes further apart than this are drawn as a gap (TrackPlayback::gapSeconds()). */
    void setGapSeconds(qint64 seconds);
    qint64 gapSeconds() const { return m_gapSeconds; }

    /** Where the replayed vehicle is; an invalid sample hides it. */
    void setCurrentSample(const TrackSample &sample);
    const TrackSample &currentSample() const { return m_sample; }
    /** The vehicle's position in zoom-0 world pixels (valid only with a valid sample). */
    QPointF currentWorldPosition() const { return m_sampleWorld; }

    /** Zoom-0 world pixels of (\a longitude, \a latitude) in \a datum, drawn on this map's datum. */
    QPointF toWorld(double longitude, double latitude, Datum datum) const;
    /** The fixes' and events' bounding box in zoom-0 world pixels (empty without a track). */
    QRectF worldBounds() const { return m_bounds; }
    /** Zoom-0 world pixels of fix \a index. */
    QPointF pointWorld(int index) const { return m_world.at(size_t(index)); }

    /** The colour of a segment whose first fix has \a status. */
    static QColor segmentColour(BizStatus status);
    static QColor gapColour() { return QColor(0x8a, 0x90, 0x99); }
    static QColor pickupColour() { return QColor(0x1e, 0x7b, 0x34); }
    static QColor dropoffColour() { return QColor(0xc6, 0x28, 0x28); }
    static constexpr double kLineWidth = 4;
    static constexpr double kMarkerRadius = 7;

    void paint(QPainter &painter, const MapViewport &viewport) override;
    bool click(QPointF screen, const MapViewport &viewport) override;
    /** The event whose marker is at \a screen, or −1. */
    int eventAt(QPointF screen, const MapViewport &viewport) const;

    const FrameStats &lastFrame() const { return m_stats; }

signals:
    void eventClicked(int index);

private:
    void project();
    void paintPath(QPainter &painter, const MapViewport &viewport);
    void paintEvents(QPainter &painter, const MapViewport &viewport);
    void paintVehicle(QPainter &painter, const MapViewport &viewport);

    Track m_track;
    Datum m_mapDatum = Datum::Cgcs2000;
    qint64 m_gapSeconds = 300;
    std::vector<QPointF> m_world;      //!< per fix, zoom-0 world px in the map's datum
    std::vector<QPointF> m_eventWorld; //!< per event
    QRectF m_bounds;
    TrackSample m_sample;
    QPointF m_sampleWorld;
    FrameStats m_stats;

    // The path and the markers as last drawn, for frames in which only the vehicle moved.
    struct CacheKey
    {
        QPointF center;
        double zoom = -1;
        QSizeF size;
        qreal dpr = 0;
        quint64 generation = 0;
        friend bool operator==(const CacheKey &, const CacheKey &) = default;
    };
    QImage m_cache;
    CacheKey m_cacheKey;
    quint64 m_generation = 1;
};

} // namespace rw
