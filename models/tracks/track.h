#pragma once

#include "trackevent.h"
#include "trackpoint.h"

#include "fleet/vehiclekey.h"

#include <QList>
#include <QStringList>

namespace rw {

/**
 * \brief One vehicle's stored positions over a period, with the pickups and drop-offs of its trips, as
 * GET /api/v1/tracks returns them (TrackParser).
 *
 * Points are in time order with no two at the same second; events in time order.
 */
struct Track
{
    /** The longest period GET /api/v1/tracks answers: the platform refuses more, the console asks no more. */
    static constexpr qint64 MaxPeriodSeconds = 24 * 3600;

    VehicleKey vehicle;
    qint64 from = 0; //!< the period asked for, Unix seconds, inclusive
    qint64 to = 0;
    QList<TrackPoint> points;
    QList<TrackEvent> events;
    bool truncated = false; //!< the platform had more points than pointCap: ask for a shorter period
    int pointCap = 0;
    int duplicates = 0;    //!< fixes sent twice for the same second, given once
    int skippedPoints = 0; //!< points the parser could not read (see problems)
    int skippedEvents = 0;
    QStringList problems; //!< the first few reasons for skipping, e.g. "point 12: longitude: …"

    bool isEmpty() const { return points.isEmpty(); }
    /** Time of the first fix (0 when empty). */
    qint64 startTime() const { return points.isEmpty() ? 0 : points.first().time; }
    /** Time of the last fix (0 when empty). */
    qint64 endTime() const { return points.isEmpty() ? 0 : points.last().time; }
};

} // namespace rw
