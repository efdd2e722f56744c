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
    m_items.clear();
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
    std::vector<int> &items = m_cells[size_t(cell)].items;
    m_items[size_t(item)].cell = cell;
    m_items[size_t(item)].pos = int(items.size());
    items.push_back(item);
}

void SpatialGrid::removeFrom(int item)
{
    std::vector<int> &items = m_cells[size_t(m_items[size_t(item)].cell)].items;
    const int pos = m_items[size_t(item)].pos;
    const int last = items.back();
    items[size_t(pos)] = last;
    m_items[size_t(last)].pos = pos;
    items.pop_back();
}

void SpatialGrid::insert(int item, quint32 cellKey)
{
    Q_ASSERT(item == itemCount());
    m_items.push_back({});
    addTo(cellFor(cellKey), item);
}

void SpatialGrid::move(int item, quint32 cellKey)
{
    if (m_cells[size_t(m_items[size_t(item)].cell)].key == cellKey)
        return;
    removeFrom(item);
    addTo(cellFor(cellKey), item);
}

} // namespace rw
