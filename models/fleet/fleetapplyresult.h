#pragma once

namespace rw {

/** \brief What FleetState::apply() did with a batch of fixes. Every fix is counted in exactly one field. */
struct FleetApplyResult
{
    int inserted = 0;   //!< first fix of a vehicle
    int updated = 0;    //!< newer than (or as new as) the vehicle's last fix
    int outOfOrder = 0; //!< older than the vehicle's last fix: ignored, the map keeps the newest
    int rejected = 0;   //!< no plate, or coordinates outside ±180°/±90°

    int changed() const { return inserted + updated; }
};

} // namespace rw
