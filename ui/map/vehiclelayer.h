#pragma once

#include "maplayer.h"
#include "vehiclefilter.h"
#include "vehiclesprites.h"

#include "fleet/clusterindex.h"
#include "fleet/clusteroptions.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace rw {

class ClusterIndexBuilder;
class FleetState;

/**
 * \brief Draws a FleetState on the map in one pass: pre-rendered sprites, clusters at low zoom.
 *
 * Not an item per vehicle: paint() asks the fleet's grid for the vehicles in the view
 * (FleetState::indicesIn()), filters them (VehicleFilter), and blits one sprite each (VehicleSprites: per
 * status × heading bucket × stale), skipping a vehicle whose sprite would land on exactly the pixel of one
 * already drawn. The vehicles are drawn in screen order (sorted by pixel with a radix sort): the frame is
 * then written row band by row band rather than at random, which is what keeps 100,000 blits within a
 * frame's time (the random order was bound by cache misses). Alarmed vehicles get a red ring on top, the
 * selected vehicle a highlight. With many vehicles in view (over smallSpriteThreshold()) the markers shrink
 * to dots without heading.
 *
 * Below clusterMaxZoom() the layer draws clusters instead (supercluster-style, ClusterIndex): a disc with
 * the count and a ring split by status. The index is rebuilt off the GUI thread by ClusterIndexBuilder
 * from a snapshot of the (filtered) fleet, at most every clusterInterval() ms while the fleet changes;
 * until the first index arrives, vehicles are drawn one by one.
 *
 * Clicks: a cluster emits clusterClicked() with the zoom at which it splits; a vehicle emits
 * vehicleClicked() with its FleetState index.
 *
 * The layer does not own the fleet. Time comes from a clock (setClock()), Unix seconds, for staleness.
 */
class VehicleLayer : public MapLayer
{
    Q_OBJECT

public:
    /** What the last paint() did. */
    struct FrameStats
    {
        int candidates = 0; //!< vehicles the grid returned for the view
        int shown = 0;      //!< of those, passing the filter
        int drawn = 0;      //!< sprites blitted (shown minus pixel duplicates)
        int clusters = 0;   //!< cluster discs drawn (count > 1)
        bool clustered = false;
        bool fastPath = false; //!< sprites blitted straight into the frame image
        bool smallSprites = false;
    };
    /** A cluster disc as drawn in the last frame. */
    struct DrawnCluster
    {
        qint64 id = -1;
        QPointF screen;
        double radius = 0;
        int count = 0;
        QString label; //!< the text drawn in the disc
        QPointF world; //!< zoom-0 world px
    };

    explicit VehicleLayer(FleetState *fleet, QObject *parent = nullptr);
    ~VehicleLayer() override;

    FleetState *fleet() const { return m_fleet; }

    void setFilter(const VehicleFilter &filter);
    const VehicleFilter &filter() const { return m_filter; }

    /** Unix seconds; default QDateTime::currentSecsSinceEpoch. */
    void setClock(std::function<qint64()> clock);
    qint64 now() const { return m_clock(); }

    bool clusteringEnabled() const { return m_clustering; }
    void setClusteringEnabled(bool enabled);
    /** Clusters are drawn while the map's zoom is below this (default 13). */
    double clusterMaxZoom() const { return m_clusterMaxZoom; }
    void setClusterMaxZoom(double zoom);
    void setClusterOptions(const ClusterOptions &options);
    /** Minimum milliseconds between two cluster rebuilds while the fleet changes (default 500). */
    int clusterInterval() const { return m_clusterIntervalMs; }
    void setClusterInterval(int milliseconds) { m_clusterIntervalMs = milliseconds; }
    /** Whether an index matching the current filter is ready. */
    bool hasClusterIndex() const { return m_index.has_value(); }
    /** Rebuilds the cluster index now (off the GUI thread); clustersReady() follows. */
    void refreshClusters();

    /** Vehicles in view above which the markers are small dots (default 20,000). */
    int smallSpriteThreshold() const { return m_smallThreshold; }
    void setSmallSpriteThreshold(int vehicles) { m_smallThreshold = vehicles; }

    int selectedVehicle() const { return m_selected; }
    void setSelectedVehicle(int index);

    /** Radius in px within which a click picks a vehicle. */
    static constexpr double kPickRadius = 9;

    void paint(QPainter &painter, const MapViewport &viewport) override;
    bool click(QPointF screen, const MapViewport &viewport) override;

    /** The vehicle a click at \a screen would pick (passing the filter), or −1. */
    int vehicleAt(QPointF screen, const MapViewport &viewport) const;
    /** Vehicles passing the filter now. */
    int shownCount() const;

    const FrameStats &lastFrame() const { return m_stats; }
    const QList<DrawnCluster> &lastClusters() const { return m_drawnClusters; }

signals:
    void vehicleClicked(int index);
    /** A cluster was clicked: zoom to \a zoom about \a world0 to split it. */
    void clusterClicked(QPointF world0, int zoom);
    /** A new cluster index arrived. */
    void clustersReady();

private:
    struct ClusterRequest
    {
        std::shared_ptr<const std::vector<int>> indexMap; //!< snapshot index → FleetState index; null: same
        quint64 filterGeneration = 0;
        quint64 fleetVersion = 0;
        quint64 layoutVersion = 0;
    };

    void paintVehicles(QPainter &painter, const MapViewport &viewport, qint64 now);
    void paintClusters(QPainter &painter, const MapViewport &viewport, qint64 now);
    void drawSprite(QPainter &painter, QImage *frame, const QImage &sprite, double x, double y, double dpr,
                    QPointF deviceOffset);
    bool wantsClusters(const MapViewport &viewport) const;
    void maybeRequestClusters();
    void onClustersBuilt(const ClusterIndex &index);
    int toFleetIndex(int snapshotIndex) const;

    FleetState *m_fleet;
    VehicleFilter m_filter;
    quint64 m_filterGeneration = 0;
    std::function<qint64()> m_clock;
    std::unique_ptr<VehicleSprites> m_sprites;
    int m_selected = -1;
    int m_smallThreshold = 20000;

    bool m_clustering = true;
    double m_clusterMaxZoom = 13;
    int m_clusterIntervalMs = 500;
    ClusterIndexBuilder *m_builder;
    std::optional<ClusterRequest> m_running;
    std::optional<ClusterRequest> m_pending;
    std::optional<ClusterIndex> m_index;
    ClusterRequest m_indexRequest;
    QElapsedTimer m_sinceRequest;
    QTimer m_retry;

    QList<int> m_indices;
    std::vector<quint64> m_items; //!< (screen key << 32) | FleetState index, sorted by key
    std::vector<quint64> m_scratch;
    FrameStats m_stats;
    QList<DrawnCluster> m_drawnClusters;
};

} // namespace rw
