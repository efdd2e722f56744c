#pragma once

#include <QHash>
#include <QRectF>

#include <cmath>
#include <vector>

namespace rw {

/**
 * \brief A sparse uniform grid over the Web-Mercator world at zoom 0 (0..256 px a side), for FleetState.
 *
 * A cell is one tile of zoom \a level (default 15: 1/128 world pixel at zoom 0, about 1.1 km on the
 * ground in southern China), so a city of 100,000 vehicles has a thousand-odd cells of about a hundred
 * vehicles. (Level 16 halves the cells but doubles how often a moving vehicle changes cell, which
 * costs FleetState::apply() more than it saves queries; bench_fleet measured both.) Only occupied cells exist
 * (a hash from cell to slot). Items are ints 0..n-1 (FleetState indices); moving one to another cell costs
 * O(1). FleetState keeps each vehicle's cell key (keyOf()) with its other data and calls move() only when the
 * key changes, so a move within a cell costs nothing here.
 *
 * forEachCell() visits the cells that may hold items in a rectangle: by cell lookup when the rectangle
 * spans fewer cells than are occupied, else by scanning the occupied cells, so a whole-world query costs
 * as much as the number of occupied cells. The caller tests the items' exact positions. Not thread-safe.
 */
class SpatialGrid
{
public:
    static constexpr int kDefaultLevel = 15;

    explicit SpatialGrid(int level = kDefaultLevel);

    int level() const { return m_level; }
    /** Side of a cell in world pixels at zoom 0. */
    double cellSize() const { return 256.0 / m_cellsPerSide; }
    /** Occupied cells (cells emptied by moves are kept for reuse and counted). */
    int cellCount() const { return int(m_cells.size()); }
    int itemCount() const { return int(m_items.size()); }

    /** The key of the cell that contains (\a x, \a y) (clamped into the world). */
    quint32 keyOf(double x, double y) const { return key(coordinate(x), coordinate(y)); }
    /** Adds \a item (must be itemCount(): items are dense) to the cell \a cellKey. */
    void insert(int item, quint32 cellKey);
    void insert(int item, double x, double y) { insert(item, keyOf(x, y)); }
    /** Moves \a item to the cell \a cellKey (nothing happens if it is there already). */
    void move(int item, quint32 cellKey);
    void move(int item, double x, double y) { move(item, keyOf(x, y)); }
    void clear();

    /** Calls \a f(const int *items, int count) for each cell that intersects \a rect (zoom-0 world px). */
    template<typename F>
    void forEachCell(const QRectF &rect, F &&f) const
    {
        if (m_cells.empty())
            return;
        const QRectF r = rect.normalized();
        const int x0 = coordinate(r.left());
        const int x1 = coordinate(r.right());
        const int y0 = coordinate(r.top());
        const int y1 = coordinate(r.bottom());
        const double span = double(x1 - x0 + 1) * double(y1 - y0 + 1);
        if (span <= double(m_cells.size())) {
            for (int cy = y0; cy <= y1; ++cy) {
                for (int cx = x0; cx <= x1; ++cx) {
                    const auto it = m_cellIndex.constFind(key(cx, cy));
                    if (it == m_cellIndex.cend())
                        continue;
                    const std::vector<int> &items = m_cells[*it].items;
                    if (!items.empty())
                        f(items.data(), int(items.size()));
                }
            }
            return;
        }
        for (const Cell &cell : m_cells) {
            const int cx = int(cell.key & 0xffffu);
            const int cy = int(cell.key >> 16);
            if (cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1 && !cell.items.empty())
                f(cell.items.data(), int(cell.items.size()));
        }
    }

private:
    struct Cell
    {
        quint32 key = 0;
        std::vector<int> items;
    };

    int coordinate(double v) const
    {
        const double c = std::floor(v * m_scale);
        if (!(c > 0)) // also NaN
            return 0;
        return c >= m_cellsPerSide - 1 ? m_cellsPerSide - 1 : int(c);
    }
    static quint32 key(int cx, int cy) { return quint32(cy) << 16 | quint32(cx); }
    int cellFor(quint32 key);
    void addTo(int cell, int item);
    void removeFrom(int item);

    int m_level;
    int m_cellsPerSide;
    double m_scale; // cells per zoom-0 world pixel
    std::vector<Cell> m_cells;
    QHash<quint32, int> m_cellIndex;
    struct Item
    {
        int cell = -1; // slot in m_cells
        int pos = -1;  // position in the cell's list
    };
    std::vector<Item> m_items;
};

} // namespace rw
