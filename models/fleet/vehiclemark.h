#pragma once

#include <QtGlobal>

namespace rw {

/**
 * \brief What the painter needs of a vehicle besides its position: 32 bytes, two to a cache line.
 *
 * FleetState keeps one per vehicle in a contiguous array (FleetState::marks()), beside the array of
 * positions (FleetState::worldPoints()): drawing a vehicle reads one element of each, and applying a fix
 * writes one element of each, instead of touching a separate array per attribute.
 */
struct VehicleMark
{
    qint64 fixTime = 0;  //!< PositionTime of the last fix, Unix seconds
    quint64 version = 0; //!< FleetState::version() of the vehicle's last change
    quint8 status = 0;   //!< BizStatus
    quint8 flags = 0;    //!< FleetState::Flag bits
    quint16 heading = 0; //!< degrees clockwise from north, 0..359, or FleetState::kNoHeading
    float speed = -1;    //!< km/h; negative when not sent
    qint32 company = 0;  //!< index into FleetState::companies() (e.g. to colour or filter by company)
    quint32 reserved = 0;
};
static_assert(sizeof(VehicleMark) == 32);

} // namespace rw
