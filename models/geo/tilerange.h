#pragma once

#include "tileid.h"

#include <QList>

namespace rw {

/**
 * \brief The tiles of zoom \a z with minX ≤ x ≤ maxX and minY ≤ y ≤ maxY (inclusive); empty when
 * maxX < minX or maxY < minY. Made by WebMercator::tilesCovering().
 */
struct TileRange
{
    int z = 0;
    int minX = 0;
    int minY = 0;
    int maxX = -1;
    int maxY = -1;

    bool isEmpty() const { return maxX < minX || maxY < minY; }
    int count() const { return isEmpty() ? 0 : (maxX - minX + 1) * (maxY - minY + 1); }
    bool contains(const TileId &t) const
    {
        return t.z == z && t.x >= minX && t.x <= maxX && t.y >= minY && t.y <= maxY;
    }
    /** Every tile of the range, row by row from the north-west corner. */
    QList<TileId> tiles() const
    {
        QList<TileId> out;
        out.reserve(count());
        for (int y = minY; y <= maxY; ++y)
            for (int x = minX; x <= maxX; ++x)
                out.append({x, y, z});
        return out;
    }

    friend constexpr bool operator==(const TileRange &, const TileRange &) = default;
};

} // namespace rw
