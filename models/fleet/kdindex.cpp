#include "kdindex.h"

#include <algorithm>

namespace rw {

KdIndex::KdIndex(const double *x, const double *y, int count, int nodeSize)
    : m_nodeSize(std::max(1, nodeSize))
{
    m_points.resize(size_t(std::max(0, count)));
    for (int i = 0; i < count; ++i)
        m_points[size_t(i)] = {x[i], y[i], i};
    if (count > 0)
        sort(0, count - 1, 0);
}

void KdIndex::sort(int left, int right, int axis)
{
    if (right - left <= m_nodeSize)
        return;
    const int m = (left + right) >> 1;
    const auto begin = m_points.begin();
    if (axis == 0)
        std::nth_element(begin + left, begin + m, begin + right + 1,
                         [](const Point &a, const Point &b) { return a.x < b.x; });
    else
        std::nth_element(begin + left, begin + m, begin + right + 1,
                         [](const Point &a, const Point &b) { return a.y < b.y; });
    sort(left, m - 1, 1 - axis);
    sort(m + 1, right, 1 - axis);
}

} // namespace rw
