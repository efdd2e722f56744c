#pragma once

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace rw {

/**
 * The bounded memory of the cross-record quality checks (PositionJumpCheck, TripConsistencyCheck): when
 * \a map (a std::unordered_map whose values carry a unique `touched` tick) holds more than \a maxEntries,
 * forgets its least recently touched quarter of that bound. Ticks are unique, so the result is
 * deterministic and a recompute forgets exactly what ingest forgot.
 */
template<typename Map>
void forgetLeastRecent(Map &map, size_t maxEntries)
{
    if (map.size() <= maxEntries)
        return;
    std::vector<quint64> ticks;
    ticks.reserve(map.size());
    for (const auto &[key, value] : map)
        ticks.push_back(value.touched);
    const size_t keep = maxEntries * 3 / 4;
    const size_t drop = ticks.size() - keep;
    std::nth_element(ticks.begin(), ticks.begin() + drop, ticks.end());
    const quint64 threshold = ticks[drop];
    std::erase_if(map, [threshold](const auto &entry) { return entry.second.touched < threshold; });
}

} // namespace rw
