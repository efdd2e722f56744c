#include "spatialgrid.h"

#include <algorithm>

namespace rw {

SpatialGrid::SpatialGrid(int level)
    : m_level(std::clamp(level, 0, 16)) // 16 bits per cell coordinate in the key
    , m_cellsPerSide(1 << m_level)
    , m_scale(m_cellsPerSide / 256.0)
{}

void SpatialGrid::clear()
{
    m_cells.clear();
    m_cellIndex.clear();
    m_itemCell.clear();
    m_itemPos.clear();
}

int SpatialGrid::cellFor(quint32 k)
{
    const auto it = m_cellIndex.constFind(k);
    if (it != m_cellIndex.cend())
        return *it;
    const int slot = int(m_cells.size());
    m_cells.push_back({k, {}});
    m_cellIndex.insert(k, slot);
    return slot;
}

void SpatialGrid::addTo(int cell, int item)
{
    std::vector<int> &items = m_cells[cell].items;
    m_itemCell[item] = cell;
    m_itemPos[item] = int(items.size());
    items.push_back(item);
}

void SpatialGrid::removeFrom(int item)
{
    std::vector<int> &items = m_cells[m_itemCell[item]].items;
    const int pos = m_itemPos[item];
    const int last = items.back();
    items[pos] = last;
    m_itemPos[last] = pos;
    items.pop_back();
}

void SpatialGrid::insert(int item, double x, double y)
{
    Q_ASSERT(item == itemCount());
    m_itemCell.push_back(-1);
    m_itemPos.push_back(-1);
    addTo(cellFor(key(coordinate(x), coordinate(y))), item);
}

void SpatialGrid::move(int item, double x, double y)
{
    const quint32 k = key(coordinate(x), coordinate(y));
    if (m_cells[m_itemCell[item]].key == k)
        return;
    removeFrom(item);
    addTo(cellFor(k), item);
}

} // namespace rw
