#pragma once

#include "vehiclemark.h"

#include <QList>
#include <QPointF>
#include <QtGlobal>

namespace rw {

/**
 * \brief An immutable copy of what ClusterIndex needs from a FleetState, to cluster off the GUI thread.
 *
 * Made by FleetState::snapshot() in O(1): the lists share their data with the FleetState (implicit
 * sharing); the FleetState copies an array only when it next changes it while a snapshot still holds it
 * (about a millisecond for 100,000 vehicles, bench_fleet). Safe to pass by value to another thread. Index i
 * is the FleetState index of the vehicle at the time of the snapshot (valid while layoutVersion is
 * unchanged).
 */
struct FleetSnapshot
{
    QList<QPointF> points;    //!< display-projected world pixels at zoom 0 (see WebMercator)
    QList<VehicleMark> marks; //!< status, flags, fix time, … (see FleetState::marks())
    qint64 now = 0;           //!< the time the snapshot was taken for (Unix seconds), for staleness
    qint64 staleAfter = 60;   //!< seconds, see FleetState::isStale()
    quint64 version = 0;      //!< FleetState::version() at the time of the snapshot
    quint64 layoutVersion = 0;

    int size() const { return int(points.size()); }
    bool isStale(int i) const { return now - marks.at(i).fixTime > staleAfter; }
};

} // namespace rw
