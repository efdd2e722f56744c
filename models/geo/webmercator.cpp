#include "webmercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace rw {

namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kEarthRadius = 6378137.0; // WGS-84 semi-major axis, the sphere of EPSG:3857
constexpr int kMaxTileZoom = 30;           // 2^30 tiles a side still fits an int

int tilesPerSide(int zoom)
{
    return 1 << std::clamp(zoom, 0, kMaxTileZoom);
}

} // namespace

double WebMercator::worldSize(double zoom)
{
    return zoom == 0 ? double(kTileSize) : kTileSize * std::exp2(zoom); // zoom 0: FleetState, every fix
}

double WebMercator::clampLatitude(double latitude)
{
    return std::clamp(latitude, -kMaxLatitude, kMaxLatitude);
}

double WebMercator::clampLongitude(double longitude)
{
    return std::clamp(longitude, -kMaxLongitude, kMaxLongitude);
}

QPointF WebMercator::project(double longitude, double latitude, double zoom)
{
    const double size = worldSize(zoom);
    const double s = std::sin(clampLatitude(latitude) * (kPi / 180.0));
    const double x = (clampLongitude(longitude) + 180.0) / 360.0;
    const double y = 0.5 - std::log((1.0 + s) / (1.0 - s)) / (4.0 * kPi);
    return {x * size, std::clamp(y, 0.0, 1.0) * size};
}

LonLat WebMercator::unproject(QPointF world, double zoom)
{
    const double size = worldSize(zoom);
    const double x = std::clamp(world.x() / size, 0.0, 1.0);
    const double y = std::clamp(world.y() / size, 0.0, 1.0);
    const double longitude = x * 360.0 - 180.0;
    const double latitude = 360.0 / kPi * std::atan(std::exp((0.5 - y) * 2.0 * kPi)) - 90.0;
    return {longitude, clampLatitude(latitude)};
}

TileId WebMercator::tileAtWorld(QPointF world, int zoom)
{
    zoom = std::clamp(zoom, 0, kMaxTileZoom);
    const int n = tilesPerSide(zoom);
    const int x = std::clamp(int(std::floor(world.x() / kTileSize)), 0, n - 1);
    const int y = std::clamp(int(std::floor(world.y() / kTileSize)), 0, n - 1);
    return {x, y, zoom};
}

TileId WebMercator::tileAt(double longitude, double latitude, int zoom)
{
    zoom = std::clamp(zoom, 0, kMaxTileZoom);
    return tileAtWorld(project(longitude, latitude, zoom), zoom);
}

QRectF WebMercator::tileRect(const TileId &tile)
{
    return {double(tile.x) * kTileSize, double(tile.y) * kTileSize, double(kTileSize), double(kTileSize)};
}

TileRange WebMercator::tilesCovering(const QRectF &viewport, double viewZoom, int tileZoom)
{
    tileZoom = std::clamp(tileZoom, 0, kMaxTileZoom);
    TileRange range;
    range.z = tileZoom;
    const QRectF r = viewport.normalized();
    if (r.isEmpty())
        return range;
    const double scale = std::exp2(double(tileZoom) - viewZoom) / kTileSize; // view px → tile units
    const double left = r.left() * scale;
    const double top = r.top() * scale;
    const double right = r.right() * scale;
    const double bottom = r.bottom() * scale;
    const int n = tilesPerSide(tileZoom);
    if (right <= 0 || bottom <= 0 || left >= n || top >= n)
        return range;
    // Clamped as doubles before the cast; an edge exactly on a boundary ends in the previous tile.
    range.minX = int(std::max(0.0, std::floor(left)));
    range.minY = int(std::max(0.0, std::floor(top)));
    range.maxX = int(std::min(double(n), std::ceil(right))) - 1;
    range.maxY = int(std::min(double(n), std::ceil(bottom))) - 1;
    return range;
}

double WebMercator::metresPerPixel(double latitude, double zoom)
{
    return 2.0 * kPi * kEarthRadius * std::cos(clampLatitude(latitude) * (kPi / 180.0)) / worldSize(zoom);
}

} // namespace rw
