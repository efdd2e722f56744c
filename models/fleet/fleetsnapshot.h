#pragma once

#include <QList>
#include <QtGlobal>

namespace rw {

/**
 * \brief An immutable copy of what ClusterIndex needs from a FleetState, to cluster off the GUI thread.
 *
 * Made by FleetState::snapshot() in O(1): the lists share their data with the FleetState (implicit
 * sharing); the FleetState copies an array only when it next changes it while a snapshot still holds it
 * (about 1.5 ms for 100,000 vehicles). Safe to pass by value to another thread. Index i is the
 * FleetState index of the vehicle at the time of the snapshot (valid while layoutVersion is unchanged).
 */
struct FleetSnapshot
{
    QList<double> x; //!< display-projected world pixels at zoom 0 (see WebMercator)
    QList<double> y;
    QList<quint8> status;   //!< BizStatus
    QList<quint8> flags;    //!< FleetState::Flag bits
    QList<qint64> fixTime;  //!< PositionTime, Unix seconds
    qint64 now = 0;         //!< the time the snapshot was taken for (Unix seconds), for staleness
    qint64 staleAfter = 60; //!< seconds, see FleetState::isStale()
    quint64 version = 0;    //!< FleetState::version() at the time of the snapshot
    quint64 layoutVersion = 0;

    int size() const { return int(x.size()); }
    bool isStale(int i) const { return now - fixTime.at(i) > staleAfter; }
};

} // namespace rw
