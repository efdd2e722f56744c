#pragma once

#include "geo/datum.h"

#include <QCoreApplication>
#include <QString>

namespace rw {

/**
 * \brief A pickup (operateDepart, A.6.3: DepLongitude, DepLatitude, DepTime) or a drop-off (operateArrive,
 * A.6.4: DestLongitude, DestLatitude, DestTime) on a replayed track.
 *
 * Coordinates as stored: 1e-6 degree in the datum of the record's Encrypt flag.
 */
struct TrackEvent
{
    Q_DECLARE_TR_FUNCTIONS(rw::TrackEvent)

public:
    enum class Kind : quint8 { Pickup, Dropoff };

    Kind kind = Kind::Pickup;
    QString orderId;
    qint64 time = 0; //!< Unix seconds (UTC)
    qint32 longitude = 0;
    qint32 latitude = 0;
    Datum datum = Datum::Unknown;

    double longitudeDegrees() const { return longitude / 1e6; }
    double latitudeDegrees() const { return latitude / 1e6; }

    /** "pickup" or "dropoff", as on the wire. */
    static QString kindKey(Kind kind);
    /** Translated: "Pickup", "Drop-off". */
    static QString kindName(Kind kind);

    friend bool operator==(const TrackEvent &a, const TrackEvent &b)
    {
        return a.kind == b.kind && a.orderId == b.orderId && a.time == b.time && a.longitude == b.longitude &&
               a.latitude == b.latitude && a.datum == b.datum;
    }
};

} // namespace rw
