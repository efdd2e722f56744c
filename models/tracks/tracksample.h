#pragma once

#include "fleet/bizstatus.h"
#include "geo/datum.h"

#include <QString>

namespace rw {

/**
 * \brief Where a replayed vehicle was at one moment (TrackPlayback::sampleAt()): between two fixes, the
 * position interpolated along the straight line joining them.
 *
 * Degrees in the datum of the fixes (not yet converted for the map).
 */
struct TrackSample
{
    bool valid = false; //!< false before the first fix or without a track
    double time = 0;    //!< Unix seconds, fractional
    double longitude = 0;
    double latitude = 0;
    Datum datum = Datum::Unknown;
    BizStatus status = BizStatus::Unknown; //!< of the fix at or before time
    float speed = -1;                      //!< km/h, interpolated; negative when not sent
    double heading = -1;                   //!< degrees clockwise from north; negative when unknown
    QString orderId;                       //!< of the fix at or before time
    int segment = -1;                      //!< index of the fix at or before time
    bool interpolated = false;             //!< between two fixes, not on one
    bool inGap = false; //!< the next fix is further away than the gap limit: held at the last one
};

} // namespace rw
