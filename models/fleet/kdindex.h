#pragma once

#include <QVarLengthArray>

#include <vector>

namespace rw {

/**
 * \brief A static 2-D k-d tree over points, for range and radius queries (after mapbox/kdbush).
 *
 * Built once from coordinates (ids are their positions 0..n−1), then immutable: const queries are
 * thread-safe. Used by ClusterIndex, one tree per zoom level. Leaves hold up to \a nodeSize points,
 * scanned linearly; points on a query's edge are included.
 */
class KdIndex
{
public:
    KdIndex() = default;
    KdIndex(const double *x, const double *y, int count, int nodeSize = 64);

    int size() const { return int(m_points.size()); }

    /** Calls \a f(id) for every point with minX ≤ x ≤ maxX and minY ≤ y ≤ maxY. */
    template<typename F>
    void range(double minX, double minY, double maxX, double maxY, F &&f) const
    {
        visit([&](const Point &p) { return p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY; },
              [&](const Point &p, int axis) { return axis == 0 ? minX <= p.x : minY <= p.y; },
              [&](const Point &p, int axis) { return axis == 0 ? maxX >= p.x : maxY >= p.y; }, f);
    }

    /** Calls \a f(id) for every point within \a r of (\a qx, \a qy) (distance ≤ r). */
    template<typename F>
    void within(double qx, double qy, double r, F &&f) const
    {
        const double r2 = r * r;
        visit(
            [&](const Point &p) {
                const double dx = p.x - qx;
                const double dy = p.y - qy;
                return dx * dx + dy * dy <= r2;
            },
            [&](const Point &p, int axis) { return axis == 0 ? qx - r <= p.x : qy - r <= p.y; },
            [&](const Point &p, int axis) { return axis == 0 ? qx + r >= p.x : qy + r >= p.y; }, f);
    }

private:
    struct Point
    {
        double x;
        double y;
        int id;
    };

    void sort(int left, int right, int axis);

    // Depth-first over the implicit tree: the median of [left, right] splits on axis 0 (x) or 1 (y).
    template<typename Match, typename GoLeft, typename GoRight, typename F>
    void visit(Match &&match, GoLeft &&goLeft, GoRight &&goRight, F &&f) const
    {
        if (m_points.empty())
            return;
        QVarLengthArray<int, 192> stack{0, int(m_points.size()) - 1, 0};
        while (!stack.isEmpty()) {
            const qsizetype top = stack.size();
            const int left = stack[top - 3];
            const int right = stack[top - 2];
            const int axis = stack[top - 1];
            stack.resize(top - 3);
            if (right - left <= m_nodeSize) {
                for (int i = left; i <= right; ++i) {
                    if (match(m_points[i]))
                        f(m_points[i].id);
                }
                continue;
            }
            const int m = (left + right) >> 1;
            const Point &p = m_points[m];
            if (match(p))
                f(p.id);
            if (goLeft(p, axis)) {
                stack.append(left);
                stack.append(m - 1);
                stack.append(1 - axis);
            }
            if (goRight(p, axis)) {
                stack.append(m + 1);
                stack.append(right);
                stack.append(1 - axis);
            }
        }
    }

    std::vector<Point> m_points;
    int m_nodeSize = 64;
};

} // namespace rw
