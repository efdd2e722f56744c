#pragma once

#include <QGeoCoordinate>
#include <QList>
#include <QString>

namespace rw {

/** One point of a route: a road-network node and the speed limit of the stretch that leaves it. */
struct RoutePoint
{
    QGeoCoordinate coordinate; //!< WGS-84
    double elevation = 0;      //!< metres
    double speedKmh = 30;      //!< limit of the segment from this point to the next one
    int node = -1;
};

using Route = QList<RoutePoint>;

/**
 * \brief A small undirected road graph in WGS-84 for simulated vehicles to drive along.
 *
 * Distances and bearings come from QGeoCoordinate (DESIGN.md §5: no hand-written geodesy); routes are
 * fastest paths (Dijkstra on length ÷ speed limit).
 */
class RoadNetwork
{
public:
    int addNode(const QGeoCoordinate &coordinate, double elevation);
    /** Connects \a a and \a b in both directions. */
    void addEdge(int a, int b, double speedKmh);
    /**
     * Adds a road from node \a from along \a points (each a new node), cutting stretches longer
     * than \a maxSegmentMetres so that speeds vary along long roads. Returns the node of the last point.
     */
    int addRoad(int from, const QList<QGeoCoordinate> &points, const QList<double> &elevations,
                double speedKmh, double maxSegmentMetres = 500);

    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const;
    QGeoCoordinate coordinate(int node) const { return m_nodes.at(node); }
    double elevation(int node) const { return m_elevations.at(node); }
    QList<int> neighbours(int node) const;

    /** The node nearest to \a coordinate, or -1 for an empty network. */
    int nearestNode(const QGeoCoordinate &coordinate) const;

    /** Fastest route from \a from to \a to, both included; empty if unreachable; one point if equal. */
    Route route(int from, int to) const;

    /** True if every node can reach every other. */
    bool isConnected() const;

    static double lengthMetres(const Route &route);

private:
    struct Edge
    {
        int to = -1;
        double metres = 0;
        double speedKmh = 30;
    };

    QList<QGeoCoordinate> m_nodes;
    QList<double> m_elevations;
    QList<QList<Edge>> m_edges;
};

} // namespace rw
