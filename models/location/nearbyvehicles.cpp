#include "nearbyvehicles.h"

#include "fleet/fleetstate.h"
#include "geo/coordinatetransform.h"
#include "geo/webmercator.h"

#include <algorithm>
#include <array>
#include <optional>

namespace rw {

NearbyVehicles::NearbyVehicles(const FleetState *fleet)
    : m_fleet(fleet)
{}

QList<NearbyVehicle> NearbyVehicles::find(const QGeoCoordinate &position, qint64 now,
                                          Datum positionDatum) const
{
    QList<NearbyVehicle> found;
    if (!position.isValid() || m_fleet->size() == 0)
        return found;

    // The officer's position in each datum a fix can be in, converted forward only when first needed.
    std::array<std::optional<DisplayPosition>, 5> mine;
    const auto positionIn = [&](Datum datum) -> const DisplayPosition & {
        std::optional<DisplayPosition> &slot = mine[size_t(datum) < mine.size() ? size_t(datum) : 0];
        if (!slot)
            slot = CoordinateTransform::toDisplay(position.longitude(), position.latitude(), positionDatum,
                                                  datum);
        return *slot;
    };

    // Candidates from the fleet's grid. It holds each vehicle where the map draws it: converted to the
    // map's datum, or as sent where no lawful conversion exists. So a vehicle within the radius lies,
    // in the grid, within the radius of the officer's position in one of WGS-84 (CGCS2000), GCJ-02 or
    // BD-09: look around each. The slack covers Mercator's scale over the radius and the GCJ-02 offset's
    // change across it (metres per kilometre); the exact distance decides below.
    const double metresPerWorldPixel = WebMercator::metresPerPixel(position.latitude(), 0);
    const double searchRadius = (m_radius * 1.01 + kGridSlack) / metresPerWorldPixel;
    QList<int> candidates;
    for (const Datum datum : {Datum::Wgs84, Datum::Gcj02, Datum::Bd09}) {
        const DisplayPosition &p = positionIn(datum);
        candidates += m_fleet->indicesNear(WebMercator::project(p.longitude, p.latitude, 0), searchRadius);
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

    std::array<QGeoCoordinate, 5> from; // the officer per datum, built once (QGeoCoordinate allocates)
    for (const int i : candidates) {
        const VehicleFix fix = m_fleet->fix(i);
        const DisplayPosition &me = positionIn(fix.datum);
        QGeoCoordinate &origin = from[size_t(fix.datum) < from.size() ? size_t(fix.datum) : 0];
        if (!origin.isValid())
            origin = QGeoCoordinate(me.latitude, me.longitude);
        const QGeoCoordinate to(fix.latitudeDegrees(), fix.longitudeDegrees());
        const double distance = origin.distanceTo(to);
        if (distance > m_radius)
            continue;
        NearbyVehicle v;
        v.key = fix.key;
        v.distance = distance;
        v.bearing = distance > 0 ? origin.azimuthTo(to) : 0;
        v.status = fix.bizStatus;
        v.fixTime = fix.positionTime;
        v.stale = m_fleet->isStale(i, now);
        v.approximate = me.approximate;
        found.append(std::move(v));
    }
    std::sort(found.begin(), found.end(), [](const NearbyVehicle &a, const NearbyVehicle &b) {
        if (a.distance != b.distance)
            return a.distance < b.distance;
        if (a.key.companyId != b.key.companyId)
            return a.key.companyId < b.key.companyId;
        return a.key.vehicleNo < b.key.vehicleNo;
    });
    return found;
}

} // namespace rw
