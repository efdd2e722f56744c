#pragma once

namespace rw {

/** \brief A longitude/latitude pair in degrees, longitude first as in the spec and in GeoJSON. */
struct LonLat
{
    double longitude = 0;
    double latitude = 0;

    friend constexpr bool operator==(const LonLat &, const LonLat &) = default;
};

} // namespace rw
