#pragma once

#include "clusteroptions.h"
#include "fleetsnapshot.h"
#include "mapcluster.h"

#include <QList>
#include <QRectF>

#include <atomic>
#include <memory>
#include <optional>

namespace rw {

/**
 * \brief Hierarchical greedy clustering of the fleet for low zooms, after mapbox/supercluster.
 *
 * build() places every vehicle of a FleetSnapshot at zoom maxZoom + 1, then, zoom by zoom from maxZoom
 * down to minZoom, takes the nodes of the zoom above in order and merges each unvisited node with the
 * unvisited nodes within `radius` screen pixels of it (radius / 2^zoom zoom-0 world pixels) into a
 * cluster at their weighted centroid, with summed counts per BizStatus, alarms and stale vehicles. A
 * node with no unvisited neighbour is carried down unchanged. Each zoom has a k-d tree for clusters().
 * So every vehicle is in exactly one node at every zoom, and a cluster's children are the nodes one
 * zoom up that it merged.
 *
 * Differences from supercluster: the radius is in pixels of 256-px tiles (supercluster's extent is 512);
 * two vehicles at least form a cluster (supercluster's minPoints = 2); no map/reduce of properties but
 * fixed per-status counters.
 *
 * Building 100,000 vehicles in one city takes about 70 ms (tests/bench/bench_fleet.cpp), so it runs
 * off the GUI thread: build() is a pure function of its arguments and may run on any thread; the
 * result is immutable, and copies share it (a ClusterIndex is cheap to copy and pass between threads).
 * Every const function is thread-safe. ClusterIndexBuilder wraps this for the map widget.
 */
class ClusterIndex
{
public:
    /** An empty index: clusters() returns nothing. */
    ClusterIndex();

    /**
     * Clusters \a snapshot. Returns nothing only when \a cancelled became true while building (checked
     * between zooms and every few thousand nodes).
     */
    static std::optional<ClusterIndex> build(const FleetSnapshot &snapshot,
                                             const ClusterOptions &options = {},
                                             const std::atomic<bool> *cancelled = nullptr);

    bool isEmpty() const;
    const ClusterOptions &options() const;
    /** Vehicles in the snapshot (the sum of counts at every zoom). */
    int vehicleCount() const;
    /** FleetSnapshot::version and layoutVersion of the snapshot clustered. */
    quint64 sourceVersion() const;
    quint64 sourceLayoutVersion() const;
    /** Time of the snapshot (Unix seconds), for staleCount. */
    qint64 sourceTime() const;

    /** The zoom whose nodes clusters() returns for a map at \a zoom: floor(zoom) within [minZoom, maxZoom +
     * 1]. */
    int levelFor(double zoom) const;
    /** Number of nodes at \a zoom (clamped as levelFor()). */
    int nodeCount(double zoom) const;

    /** The nodes at \a zoom whose position lies inside \a world0 (zoom-0 world px, edges included). */
    QList<MapCluster> clusters(const QRectF &world0, double zoom) const;
    /** The node \a id (from a MapCluster); count 0 if \a id is not valid. */
    MapCluster node(qint64 id) const;
    /** The nodes one zoom up that cluster \a id merged; empty for a vehicle at maxZoom + 1. */
    QList<MapCluster> children(qint64 id) const;
    /** The FleetState indices of all vehicles in cluster \a id, ascending. */
    QList<int> leaves(qint64 id) const;
    /**
     * The zoom at which cluster \a id splits into several nodes (zoom the map there on a click); for a
     * single vehicle, or vehicles too close to split by maxZoom, maxZoom + 1.
     */
    int expansionZoom(qint64 id) const;

    struct Data; //!< internal

private:
    explicit ClusterIndex(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> d;
};

} // namespace rw
