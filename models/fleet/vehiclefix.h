#pragma once

#include "bizstatus.h"
#include "vehiclekey.h"

#include "geo/datum.h"

#include <QString>

namespace rw {

/**
 * \brief One position of one vehicle, as the spec's positionVehicle (A.7.2) carries it.
 *
 * A small value type: the broker makes one per record (VehicleFixParser) and FleetState applies them in
 * batches. Coordinates stay exactly as sent, integers in 1e-6 degree in the datum of the record's Encrypt
 * flag (DESIGN §5); they are converted only for display.
 */
struct VehicleFix
{
    VehicleKey key;
    qint32 longitude = 0;         //!< 1e-6 degree, as sent (−180e6..180e6)
    qint32 latitude = 0;          //!< 1e-6 degree, as sent (−90e6..90e6)
    Datum datum = Datum::Unknown; //!< from Encrypt; Unknown when absent, 0 or another code
    qint64 positionTime = 0;      //!< Unix seconds (UTC); YYYYMMDDhhmmss is converted by the parser
    float speed = -1;             //!< km/h; negative when not sent
    qint16 direction = -1;        //!< degrees clockwise from north, 0..359; −1 when not sent or invalid
    BizStatus bizStatus = BizStatus::Unknown;
    quint32 warnStatus = 0; //!< JT/T 808 alarm bits (bit 0 = 紧急报警, emergency)
    QString orderId;        //!< "0" (or empty) when not serving an order
    QString licenseId;      //!< driver's licence number; positionVehicle does not carry it (empty)

    double longitudeDegrees() const { return longitude / 1e6; }
    double latitudeDegrees() const { return latitude / 1e6; }
    /** True when the fix belongs to an order (OrderId neither empty nor "0"). */
    bool hasOrder() const { return !orderId.isEmpty() && !(orderId.size() == 1 && orderId.front() == u'0'); }

    friend bool operator==(const VehicleFix &, const VehicleFix &) = default;
};

} // namespace rw
