#pragma once

#include "fleet/bizstatus.h"
#include "fleet/vehiclekey.h"

#include <QtGlobal>

namespace rw {

/** \brief One vehicle near the officer, as NearbyVehicles finds it: how far, which way, what it does. */
struct NearbyVehicle
{
    VehicleKey key;
    double distance = 0; //!< metres from the officer (QGeoCoordinate::distanceTo)
    double bearing = 0;  //!< degrees clockwise from north, from the officer to the vehicle, 0..360
    BizStatus status = BizStatus::Unknown;
    qint64 fixTime = 0; //!< the vehicle's PositionTime, Unix seconds
    bool stale = false; //!< FleetState::isStale() at the time of the search
    bool approximate =
        false; //!< the vehicle's datum is unknown: distance measured as if it were the officer's

    friend bool operator==(const NearbyVehicle &, const NearbyVehicle &) = default;
};

} // namespace rw
