#include "coordinatetransform.h"

#include "gcj02transform.h"

#include <cmath>
#include <numbers>

namespace rw {

namespace {

// Baidu's constant, written as in the public code: π × 3000 / 180.
constexpr double kBaiduPi = std::numbers::pi * 3000.0 / 180.0;

} // namespace

LonLat CoordinateTransform::wgs84ToGcj02(LonLat wgs84)
{
    return Gcj02Transform::fromWgs84(wgs84.longitude, wgs84.latitude);
}

LonLat CoordinateTransform::gcj02ToBd09(LonLat gcj02)
{
    const double lng = gcj02.longitude;
    const double lat = gcj02.latitude;
    const double z = std::sqrt(lng * lng + lat * lat) + 0.00002 * std::sin(lat * kBaiduPi);
    const double theta = std::atan2(lat, lng) + 0.000003 * std::cos(lng * kBaiduPi);
    return {z * std::cos(theta) + 0.0065, z * std::sin(theta) + 0.006};
}

LonLat CoordinateTransform::bd09ToGcj02(LonLat bd09)
{
    const double x = bd09.longitude - 0.0065;
    const double y = bd09.latitude - 0.006;
    const double z = std::sqrt(x * x + y * y) - 0.00002 * std::sin(y * kBaiduPi);
    const double theta = std::atan2(y, x) - 0.000003 * std::cos(x * kBaiduPi);
    return {z * std::cos(theta), z * std::sin(theta)};
}

LonLat CoordinateTransform::wgs84ToBd09(LonLat wgs84)
{
    return gcj02ToBd09(wgs84ToGcj02(wgs84));
}

bool CoordinateTransform::isExact(Datum from, Datum map)
{
    if (from == map)
        return true;
    if (from == Datum::Unknown || map == Datum::Unknown)
        return false;
    if (isWgs84Like(map))
        return isWgs84Like(from); // GCJ-02 and BD-09 are never converted back to WGS-84
    return true;
}

DisplayPosition CoordinateTransform::toDisplay(double longitude, double latitude, Datum from, Datum map)
{
    const LonLat p{longitude, latitude};
    LonLat out = p;
    if (from != map && from != Datum::Unknown && map != Datum::Unknown) {
        switch (map) {
        case Datum::Gcj02:
            if (isWgs84Like(from))
                out = wgs84ToGcj02(p);
            else if (from == Datum::Bd09)
                out = bd09ToGcj02(p);
            break;
        case Datum::Bd09:
            if (isWgs84Like(from))
                out = wgs84ToBd09(p);
            else if (from == Datum::Gcj02)
                out = gcj02ToBd09(p);
            break;
        case Datum::Wgs84:
        case Datum::Cgcs2000:
            // Only Baidu's own offset is removed; GCJ-02 stays (no inverse, see the class comment).
            if (from == Datum::Bd09)
                out = bd09ToGcj02(p);
            break;
        case Datum::Unknown:
            break;
        }
    }
    return {out.longitude, out.latitude, !isExact(from, map)};
}

} // namespace rw
