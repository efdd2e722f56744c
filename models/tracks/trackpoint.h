#pragma once

#include "fleet/bizstatus.h"
#include "geo/datum.h"

#include <QString>

namespace rw {

/**
 * \brief One stored position of a replayed track (GET /api/v1/tracks; positionVehicle A.7.2).
 *
 * Coordinates stay as the platform stored them, integers in 1e-6 degree in the datum of the record's
 * Encrypt flag (DESIGN §5); they are converted only when drawn (CoordinateTransform::toDisplay()).
 */
struct TrackPoint
{
    qint64 time = 0;              //!< Unix seconds (UTC): PositionTime as the platform normalised it
    qint32 longitude = 0;         //!< 1e-6 degree, as stored
    qint32 latitude = 0;          //!< 1e-6 degree, as stored
    Datum datum = Datum::Unknown; //!< from Encrypt; Unknown when absent, 0 or another code
    BizStatus status = BizStatus::Unknown;
    float speed = -1;      //!< km/h; negative when not sent
    qint16 direction = -1; //!< degrees clockwise from north, 0..359; −1 when not sent or invalid
    QString orderId;       //!< "0" (or empty) when not serving an order

    double longitudeDegrees() const { return longitude / 1e6; }
    double latitudeDegrees() const { return latitude / 1e6; }
    bool hasOrder() const { return !orderId.isEmpty() && orderId != QLatin1String("0"); }

    friend bool operator==(const TrackPoint &, const TrackPoint &) = default;
};

} // namespace rw
