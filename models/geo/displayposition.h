#pragma once

namespace rw {

/**
 * \brief Where to draw a fix on a base map: degrees in the map's datum, and whether that is exact.
 *
 * `approximate` is set when no lawful conversion exists and the position is drawn as sent in another
 * datum: a GCJ-02 or BD-09 fix on a WGS-84/CGCS2000 map (Tianditu, OSM) is off by up to several hundred
 * metres, because this code never converts GCJ-02 back to WGS-84 (fleet-maps.md §3.1, legal note), and a
 * fix of unknown datum (Encrypt 0 or absent) is drawn as sent. The console should say so (e.g. a
 * hollow marker and a tooltip line) rather than pretend the position is exact.
 */
struct DisplayPosition
{
    double longitude = 0;
    double latitude = 0;
    bool approximate = false;
};

} // namespace rw
