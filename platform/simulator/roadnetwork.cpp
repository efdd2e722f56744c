#include "roadnetwork.h"

#include <cmath>
#include <limits>
#include <queue>

namespace rw {

int RoadNetwork::addNode(const QGeoCoordinate &coordinate, double elevation)
{
    m_nodes.append(coordinate);
    m_elevations.append(elevation);
    m_edges.append(QList<Edge>());
    return int(m_nodes.size()) - 1;
}

void RoadNetwork::addEdge(int a, int b, double speedKmh)
{
    if (a == b || a < 0 || b < 0 || a >= nodeCount() || b >= nodeCount())
        return;
    for (const Edge &e : std::as_const(m_edges[a])) {
        if (e.to == b)
            return;
    }
    const double metres = m_nodes.at(a).distanceTo(m_nodes.at(b));
    m_edges[a].append({b, metres, speedKmh});
    m_edges[b].append({a, metres, speedKmh});
}

int RoadNetwork::addRoad(int from, const QList<QGeoCoordinate> &points, const QList<double> &elevations,
                         double speedKmh, double maxSegmentMetres)
{
    int previous = from;
    for (int i = 0; i < points.size(); ++i) {
        const QGeoCoordinate start = m_nodes.at(previous);
        const double startElevation = m_elevations.at(previous);
        const QGeoCoordinate &end = points.at(i);
        const double endElevation = i < elevations.size() ? elevations.at(i) : startElevation;
        const double metres = start.distanceTo(end);
        const int pieces = std::max(1, int(std::ceil(metres / maxSegmentMetres)));
        const double azimuth = start.azimuthTo(end);
        for (int k = 1; k < pieces; ++k) {
            const double f = double(k) / pieces;
            const int node = addNode(start.atDistanceAndAzimuth(metres * f, azimuth),
                                     startElevation + (endElevation - startElevation) * f);
            addEdge(previous, node, speedKmh);
            previous = node;
        }
        const int node = addNode(end, endElevation);
        addEdge(previous, node, speedKmh);
        previous = node;
    }
    return previous;
}

int RoadNetwork::edgeCount() const
{
    qsizetype n = 0;
    for (const auto &edges : m_edges)
        n += edges.size();
    return int(n / 2);
}

QList<int> RoadNetwork::neighbours(int node) const
{
    QList<int> result;
    for (const Edge &e : m_edges.at(node))
        result.append(e.to);
    return result;
}

int RoadNetwork::nearestNode(const QGeoCoordinate &coordinate) const
{
    int best = -1;
    double bestMetres = std::numeric_limits<double>::max();
    for (int i = 0; i < nodeCount(); ++i) {
        const double d = m_nodes.at(i).distanceTo(coordinate);
        if (d < bestMetres) {
            bestMetres = d;
            best = i;
        }
    }
    return best;
}

Route RoadNetwork::route(int from, int to) const
{
    if (from < 0 || to < 0 || from >= nodeCount() || to >= nodeCount())
        return {};
    const int n = nodeCount();
    QList<double> cost(n, std::numeric_limits<double>::infinity());
    QList<int> previous(n, -1);
    QList<double> previousSpeed(n, 0);
    using Item = std::pair<double, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
    cost[from] = 0;
    queue.emplace(0.0, from);
    while (!queue.empty()) {
        const auto [c, node] = queue.top();
        queue.pop();
        if (c > cost.at(node))
            continue;
        if (node == to)
            break;
        for (const Edge &e : m_edges.at(node)) {
            const double next = c + e.metres / (e.speedKmh / 3.6);
            if (next < cost.at(e.to)) {
                cost[e.to] = next;
                previous[e.to] = node;
                previousSpeed[e.to] = e.speedKmh;
                queue.emplace(next, e.to);
            }
        }
    }
    if (!std::isfinite(cost.at(to)))
        return {};
    Route reversed;
    double speedOut = 0;
    for (int node = to; node != -1; node = previous.at(node)) {
        reversed.append({m_nodes.at(node), m_elevations.at(node), speedOut, node});
        speedOut = previousSpeed.at(node);
    }
    return Route(reversed.crbegin(), reversed.crend());
}

bool RoadNetwork::isConnected() const
{
    if (m_nodes.isEmpty())
        return true;
    QList<bool> seen(nodeCount(), false);
    QList<int> stack{0};
    seen[0] = true;
    int count = 1;
    while (!stack.isEmpty()) {
        const int node = stack.takeLast();
        for (const Edge &e : m_edges.at(node)) {
            if (!seen.at(e.to)) {
                seen[e.to] = true;
                ++count;
                stack.append(e.to);
            }
        }
    }
    return count == nodeCount();
}

double RoadNetwork::lengthMetres(const Route &route)
{
    double metres = 0;
    for (qsizetype i = 1; i < route.size(); ++i)
        metres += route.at(i - 1).coordinate.distanceTo(route.at(i).coordinate);
    return metres;
}

} // namespace rw
