#pragma once

#include "geo/tileid.h"

#include <QHashFunctions>
#include <QMetaType>

namespace rw {

/**
 * \brief One tile of one layer of a TileSource: Tianditu stacks two layers (vec_w, then the cva_w labels),
 * other sources have one (layer 0).
 */
struct TileKey
{
    TileId tile;
    int layer = 0;

    friend constexpr bool operator==(const TileKey &, const TileKey &) = default;
};

inline size_t qHash(const TileKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.tile.x, key.tile.y, key.tile.z, key.layer);
}

} // namespace rw

Q_DECLARE_METATYPE(rw::TileKey)
