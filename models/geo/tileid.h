#pragma once

#include <QHashFunctions>

namespace rw {

/** \brief One 256-px Web-Mercator ("slippy map", XYZ) tile: column \a x, row \a y from the north, zoom \a z.
 */
struct TileId
{
    int x = 0;
    int y = 0;
    int z = 0;

    friend constexpr bool operator==(const TileId &, const TileId &) = default;
};

/** For QHash/QSet of tiles (a tile cache). */
inline size_t qHash(const TileId &tile, size_t seed = 0) noexcept
{
    return qHashMulti(seed, tile.x, tile.y, tile.z);
}

} // namespace rw
