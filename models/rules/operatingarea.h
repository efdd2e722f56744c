#pragma once

#include "geo/datum.h"

#include <QGeoCoordinate>
#include <QGeoPolygon>

namespace rw {

/**
 * \brief A permitted operating area (seed 002 Art. 22) as a WGS-84 polygon, tested against points in
 * the datum they were sent in.
 *
 * Points are stored as sent (DESIGN §5) and GCJ-02 is never converted back to WGS-84 (see
 * CoordinateTransform). So the polygon is converted instead, forward, once per datum: to GCJ-02 for
 * Encrypt 1 and to BD-09 for Encrypt 3; WGS-84, CGCS2000 and an unknown datum are tested against the
 * polygon as is (an unknown datum can be off by the GCJ-02 offset, a few hundred metres).
 */
class OperatingArea
{
public:
    OperatingArea() = default;
    /** \a wgs84: the boundary in WGS-84 (or CGCS2000), at least three points. */
    explicit OperatingArea(const QGeoPolygon &wgs84);

    bool isValid() const { return m_wgs84.perimeter().size() >= 3; }
    const QGeoPolygon &polygon() const { return m_wgs84; }

    /** Whether \a point, given in \a datum, lies inside the area. */
    bool contains(const QGeoCoordinate &point, Datum datum = Datum::Wgs84) const;

private:
    QGeoPolygon m_wgs84;
    QGeoPolygon m_gcj02;
    QGeoPolygon m_bd09;
};

} // namespace rw
