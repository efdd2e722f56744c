#include "simulator/roadnetwork.h"

#include <QTest>

using namespace rw;

class tst_RoadNetwork : public QObject
{
    Q_OBJECT

private slots:
    void fastestNotShortest()
    {
        // A square: the direct side is a slow lane, the way round is a fast road.
        RoadNetwork roads;
        const QGeoCoordinate origin(18.776, 109.517);
        const int a = roads.addNode(origin, 300);
        const int b = roads.addNode(origin.atDistanceAndAzimuth(1000, 90), 310);
        const int c = roads.addNode(origin.atDistanceAndAzimuth(1000, 0), 320);
        const int d = roads.addNode(origin.atDistanceAndAzimuth(1000, 0).atDistanceAndAzimuth(1000, 90), 330);
        roads.addEdge(a, b, 5);
        roads.addEdge(a, c, 60);
        roads.addEdge(c, d, 60);
        roads.addEdge(d, b, 60);
        const Route route = roads.route(a, b);
        QCOMPARE(route.size(), 4);
        QCOMPARE(route.first().node, a);
        QCOMPARE(route.at(1).node, c);
        QCOMPARE(route.last().node, b);
        QCOMPARE(route.first().speedKmh, 60.0);
        QVERIFY(qAbs(RoadNetwork::lengthMetres(route) - 3000) < 5);
        QCOMPARE(roads.route(a, a).size(), 1);
        QCOMPARE(roads.edgeCount(), 4);
        QVERIFY(roads.isConnected());
    }

    void roadsAreCutIntoShortSegments()
    {
        RoadNetwork roads;
        const QGeoCoordinate start(18.776, 109.517);
        const int first = roads.addNode(start, 300);
        const QGeoCoordinate end = start.atDistanceAndAzimuth(2200, 45);
        const int last = roads.addRoad(first, {end}, {500}, 50, 500);
        QCOMPARE(roads.nodeCount(), 6); // 2.2 km in five pieces of 440 m
        QVERIFY(roads.coordinate(last).distanceTo(end) < 0.01);
        QCOMPARE(roads.elevation(last), 500.0);
        const Route route = roads.route(first, last);
        QCOMPARE(route.size(), 6);
        QVERIFY(qAbs(route.at(1).elevation - 340) < 0.01); // interpolated
        QCOMPARE(roads.nearestNode(start.atDistanceAndAzimuth(100, 45)), first);
    }

    void unreachable()
    {
        RoadNetwork roads;
        const int a = roads.addNode(QGeoCoordinate(18.7, 109.5), 0);
        const int b = roads.addNode(QGeoCoordinate(18.8, 109.5), 0);
        QVERIFY(roads.route(a, b).isEmpty());
        QVERIFY(!roads.isConnected());
        QVERIFY(roads.route(a, 7).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_RoadNetwork)
#include "tst_roadnetwork.moc"
