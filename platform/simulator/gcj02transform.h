#pragma once

#include <QGeoCoordinate>

namespace rw {

/**
 * \brief WGS-84 → GCJ-02 (the datum of Encrypt = 1), the published public algorithm.
 *
 * Private to the simulator for now: companies that report GCJ-02 need it to encode their fixes.
 * A shared datum converter for display (GCJ-02, BD-09, CGCS2000) is another issue's work; this
 * helper should then be replaced by it. Outside China the coordinate is returned unchanged, as
 * the algorithm prescribes.
 */
class Gcj02Transform
{
public:
    static QGeoCoordinate fromWgs84(const QGeoCoordinate &wgs84);
    static bool outOfChina(double longitude, double latitude);
};

} // namespace rw
