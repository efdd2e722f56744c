#include "gcj02transform.h"

#include <cmath>
#include <numbers>

namespace rw {

namespace {

// Krasovsky 1940 ellipsoid, as used by the GCJ-02 obfuscation.
constexpr double kSemiMajor = 6378245.0;
constexpr double kEccentricitySquared = 0.00669342162296594323;
constexpr double kPi = std::numbers::pi;

} // namespace

bool Gcj02Transform::outOfChina(double longitude, double latitude)
{
    return !(longitude > 73.66 && longitude < 135.05 && latitude > 3.86 && latitude < 53.55);
}

LonLat Gcj02Transform::fromWgs84(double lng, double lat)
{
    if (outOfChina(lng, lat))
        return {lng, lat};
    const double x = lng - 105.0;
    const double y = lat - 35.0;
    // The first periodic term is the same in both shifts: computed once (same operations, same bits).
    const double common = (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;

    double dLat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    dLat += common;
    dLat += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
    dLat += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;

    double dLng = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    dLng += common;
    dLng += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
    dLng += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;

    const double radLat = lat / 180.0 * kPi;
    double magic = std::sin(radLat);
    magic = 1 - kEccentricitySquared * magic * magic;
    const double sqrtMagic = std::sqrt(magic);
    dLat = (dLat * 180.0) / ((kSemiMajor * (1 - kEccentricitySquared)) / (magic * sqrtMagic) * kPi);
    dLng = (dLng * 180.0) / (kSemiMajor / sqrtMagic * std::cos(radLat) * kPi);
    return {lng + dLng, lat + dLat};
}

QGeoCoordinate Gcj02Transform::fromWgs84(const QGeoCoordinate &wgs84)
{
    if (!wgs84.isValid())
        return wgs84;
    const LonLat gcj = fromWgs84(wgs84.longitude(), wgs84.latitude());
    if (gcj.longitude == wgs84.longitude() && gcj.latitude == wgs84.latitude())
        return wgs84;
    QGeoCoordinate result(gcj.latitude, gcj.longitude);
    if (wgs84.type() == QGeoCoordinate::Coordinate3D)
        result.setAltitude(wgs84.altitude());
    return result;
}

} // namespace rw
