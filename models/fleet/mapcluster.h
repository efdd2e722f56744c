#pragma once

#include "bizstatus.h"

#include <QPointF>

#include <array>

namespace rw {

/**
 * \brief One node of ClusterIndex at one zoom: either a cluster of vehicles or a single vehicle.
 *
 * A single vehicle (count 1) has its FleetState index in \a vehicle (at the snapshot's layoutVersion);
 * draw it from the live FleetState arrays, which are newer than the snapshot. A cluster (count > 1) is
 * drawn at \a world, the centroid of its vehicles (each vehicle weighs one), with a ring split by
 * statusCounts. Its \a id feeds ClusterIndex::children(), leaves() and expansionZoom().
 */
struct MapCluster
{
    qint64 id = -1;
    QPointF world;                                   //!< zoom-0 world pixels (see WebMercator)
    int count = 0;                                   //!< vehicles in the node, ≥ 1
    int vehicle = -1;                                //!< FleetState index when count == 1, else −1
    std::array<int, kBizStatusCount> statusCounts{}; //!< vehicles per BizStatus, indexed by int(status)
    int alarmCount = 0;                              //!< vehicles with FleetState::Alarm
    int staleCount = 0;                              //!< vehicles stale at the snapshot's time

    bool isCluster() const { return count > 1; }
};

} // namespace rw
