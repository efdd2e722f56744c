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

// The public formula takes twelve sines and cosines. The same values come here from five sincos() calls
// and the multiple-angle identities: sin 3a = sin a (3 − 4 sin²a), sin 2a = 2 sin a cos a and
// sin 5a = 16 sin⁵a − 20 sin³a + 5 sin a. They agree with the literal formula to about 1e-14 degree
// (tst_gcj02transform compares the two over China), and cost half as much.
LonLat Gcj02Transform::fromWgs84(double lng, double lat)
{
    if (outOfChina(lng, lat))
        return {lng, lat};
    const double x = lng - 105.0;
    const double y = lat - 35.0;
    const auto triple = [](double s) { return s * (3.0 - 4.0 * s * s); };
    const auto quintuple = [](double s) {
        const double s2 = s * s;
        return s * (5.0 + s2 * (-20.0 + 16.0 * s2));
    };

    // sin(πx/3), cos(πx/3) → sin(πx), cos(πx) → sin(2πx) → sin(6πx)
    const double sx3 = std::sin(x * kPi / 3.0);
    const double cx3 = std::cos(x * kPi / 3.0);
    const double sx = triple(sx3);
    const double cx = cx3 * (4.0 * cx3 * cx3 - 3.0);
    const double s2x = 2.0 * sx * cx;
    const double s6x = triple(s2x);
    // sin(πx/60), cos(πx/60) → sin(πx/30), sin(πx/12); the same for y.
    const double sx60 = std::sin(x * kPi / 60.0);
    const double cx60 = std::cos(x * kPi / 60.0);
    const double sy3 = std::sin(y * kPi / 3.0);
    const double sy60 = std::sin(y * kPi / 60.0);
    const double cy60 = std::cos(y * kPi / 60.0);
    const double sy = triple(sy3);

    const double common = (20.0 * s6x + 20.0 * s2x) * 2.0 / 3.0;
    double dLat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    dLat += common;
    dLat += (20.0 * sy + 40.0 * sy3) * 2.0 / 3.0;
    dLat += (160.0 * quintuple(sy60) + 320.0 * (2.0 * sy60 * cy60)) * 2.0 / 3.0;

    double dLng = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    dLng += common;
    dLng += (20.0 * sx + 40.0 * sx3) * 2.0 / 3.0;
    dLng += (150.0 * quintuple(sx60) + 300.0 * (2.0 * sx60 * cx60)) * 2.0 / 3.0;

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
