#pragma once

#include "lonlat.h"

#include <QGeoCoordinate>

namespace rw {

/**
 * \brief WGS-84 → GCJ-02 (the datum of Encrypt = 1), the published public algorithm.
 *
 * Forward only: there is deliberately no GCJ-02 → WGS-84 here (fleet-maps.md §3.1: converting back is
 * said to be unlawful in mainland China). Outside China (outOfChina()) the coordinate is returned
 * unchanged, as the algorithm prescribes. The simulator uses it to encode the fixes of companies that
 * report GCJ-02; the console reaches it through CoordinateTransform::toDisplay().
 *
 * Stateless and thread-safe. fromWgs84(double, double) computes the public formula (wandergis/coordtransform)
 * with five sincos() calls instead of twelve; the result agrees with the literal formula to about 1e-14
 * degree (a few nanometres).
 */
class Gcj02Transform
{
public:
    /** \a wgs84 in GCJ-02; the altitude, if any, is kept. An invalid coordinate is returned as is. */
    static QGeoCoordinate fromWgs84(const QGeoCoordinate &wgs84);
    /** (\a longitude, \a latitude) in WGS-84 degrees → GCJ-02 degrees. */
    static LonLat fromWgs84(double longitude, double latitude);
    /** True outside the rough box of China (73.66–135.05°E, 3.86–53.55°N) where GCJ-02 adds no offset. */
    static bool outOfChina(double longitude, double latitude);
};

} // namespace rw
