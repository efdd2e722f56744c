#pragma once

#include "datum.h"
#include "displayposition.h"
#include "lonlat.h"

namespace rw {

/**
 * \brief Converts fixes between the datums of the spec's Encrypt flag, for display only.
 *
 * Positions are stored as sent, with their datum (DESIGN §5); they are converted only when drawn, to
 * the datum of the base map, with toDisplay(). The conversions are the public ones of the
 * coordtransform project (wandergis/coordtransform):
 * - WGS-84 (and CGCS2000, treated as WGS-84) → GCJ-02: Gcj02Transform, forward only;
 * - GCJ-02 → BD-09 and BD-09 → GCJ-02: Baidu's second offset, which the public code inverts
 *   approximately (a few centimetres);
 * - there is no GCJ-02 → WGS-84 (nor BD-09 → WGS-84): fleet-maps.md §3.1 records that converting back
 *   is said to be unlawful in mainland China. A GCJ-02 fix on a WGS-84/CGCS2000 map is drawn as sent and
 *   flagged DisplayPosition::approximate.
 *
 * Outside China GCJ-02 adds no offset (Gcj02Transform::outOfChina()); the BD-09 offset, as in the
 * public code, applies everywhere. All functions are static, allocation-free and thread-safe.
 */
class CoordinateTransform
{
public:
    /** WGS-84 or CGCS2000 → GCJ-02. */
    static LonLat wgs84ToGcj02(LonLat wgs84);
    /** GCJ-02 → BD-09. */
    static LonLat gcj02ToBd09(LonLat gcj02);
    /** BD-09 → GCJ-02 (the public approximate inverse of gcj02ToBd09, error of a few centimetres). */
    static LonLat bd09ToGcj02(LonLat bd09);
    /** WGS-84 or CGCS2000 → BD-09, through GCJ-02. */
    static LonLat wgs84ToBd09(LonLat wgs84);

    /**
     * Where a fix at (\a longitude, \a latitude) in \a from is drawn on a base map in \a map.
     *
     * | from \\ map     | WGS-84 / CGCS2000       | GCJ-02             | BD-09          |
     * |-----------------|-------------------------|--------------------|----------------|
     * | WGS-84/CGCS2000 | as is                   | wgs84ToGcj02       | wgs84ToBd09    |
     * | GCJ-02          | as is, **approximate**  | as is              | gcj02ToBd09    |
     * | BD-09           | bd09ToGcj02, **approx.**| bd09ToGcj02        | as is          |
     * | Unknown         | as is, **approximate**  | as is, **approx.** | as is, approx. |
     *
     * A \a map of Datum::Unknown is not a base map: the fix is returned as is and approximate unless
     * \a from is also Unknown.
     */
    static DisplayPosition toDisplay(double longitude, double latitude, Datum from, Datum map);

    /** True when toDisplay(…, \a from, \a map) is exact (not flagged approximate) anywhere. */
    static bool isExact(Datum from, Datum map);
};

} // namespace rw
