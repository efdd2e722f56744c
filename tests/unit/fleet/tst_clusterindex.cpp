#include "fleet/clusterindex.h"
#include "fleet/fleetstate.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace rw;

namespace {

constexpr qint64 kNow = 1'700'000'000;

struct Point
{
    double x;
    double y;
    BizStatus status = BizStatus::Empty;
    quint8 flags = 0;
    qint64 fixTime = kNow;
};

FleetSnapshot snapshotOf(const QList<Point> &points)
{
    FleetSnapshot s;
    for (const Point &p : points) {
        s.points.append({p.x, p.y});
        VehicleMark mark;
        mark.status = quint8(p.status);
        mark.flags = p.flags;
        mark.fixTime = p.fixTime;
        s.marks.append(mark);
    }
    s.now = kNow;
    s.version = 42;
    s.layoutVersion = 3;
    return s;
}

ClusterIndex build(const QList<Point> &points, const ClusterOptions &options = {})
{
    const auto index = ClusterIndex::build(snapshotOf(points), options);
    if (!index)
        qFatal("build was cancelled");
    return *index;
}

// Screen pixels at \a zoom → zoom-0 world pixels.
double px(double pixels, int zoom)
{
    return pixels / std::exp2(zoom);
}

const QRectF kWorld(0, 0, 256, 256);
const QPointF kCentre(205.8, 114.4); // near Wuzhishan at zoom 0

} // namespace

class tst_ClusterIndex : public QObject
{
    Q_OBJECT

private slots:
    void pointsWithinTheRadiusCluster()
    {
        // 30 px apart at zoom 10: inside 40 px at zoom 10, 60 px (outside) at zoom 11.
        const ClusterIndex index =
            build({{kCentre.x(), kCentre.y()}, {kCentre.x() + px(30, 10), kCentre.y()}});
        QCOMPARE(index.vehicleCount(), 2);
        QCOMPARE(index.nodeCount(11), 2);
        QCOMPARE(index.nodeCount(10), 1);
        QCOMPARE(index.nodeCount(0), 1);
        const QList<MapCluster> at10 = index.clusters(kWorld, 10);
        QCOMPARE(at10.size(), 1);
        const MapCluster c = at10.first();
        QVERIFY(c.isCluster());
        QCOMPARE(c.count, 2);
        QCOMPARE(c.vehicle, -1);
        QVERIFY(qAbs(c.world.x() - (kCentre.x() + px(15, 10))) < 1e-12);
        QCOMPARE(c.world.y(), kCentre.y());
        QCOMPARE(index.expansionZoom(c.id), 11);
        QCOMPARE(index.leaves(c.id), (QList<int>{0, 1}));
        const QList<MapCluster> kids = index.children(c.id);
        QCOMPARE(kids.size(), 2);
        QCOMPARE(kids.at(0).vehicle + kids.at(1).vehicle, 1);
        QCOMPARE(kids.at(0).count, 1);

        const QList<MapCluster> at11 = index.clusters(kWorld, 11.9);
        QCOMPARE(at11.size(), 2);
        for (const MapCluster &m : at11) {
            QVERIFY(!m.isCluster());
            QCOMPARE(m.world, m.vehicle == 0 ? kCentre : QPointF(kCentre.x() + px(30, 10), kCentre.y()));
        }
    }

    void pointsOutsideTheRadiusNeverCluster()
    {
        // 50 zoom-0 px apart: more than 40 px at every zoom.
        const ClusterIndex index = build({{10, 10}, {60, 10}, {10, 60}});
        for (int zoom = 0; zoom <= 17; ++zoom)
            QCOMPARE(index.nodeCount(zoom), 3);
        for (const MapCluster &m : index.clusters(kWorld, 0)) {
            QCOMPARE(m.count, 1);
            QCOMPARE(index.expansionZoom(m.id), 17);
            QVERIFY(index.children(m.id).size() == 1); // carried down unchanged
        }
    }

    void radiusIsInScreenPixelsAtEachZoom()
    {
        // 39 px at zoom 5 clusters at 5; 41 px does not.
        const ClusterIndex inside = build({{100, 100}, {100 + px(39, 5), 100}});
        const ClusterIndex outside = build({{100, 100}, {100 + px(41, 5), 100}});
        QCOMPARE(inside.nodeCount(5), 1);
        QCOMPARE(outside.nodeCount(5), 2);
        QCOMPARE(outside.nodeCount(4), 1);
        ClusterOptions wide;
        wide.radius = 80;
        QCOMPARE(build({{100, 100}, {100 + px(41, 5), 100}}, wide).nodeCount(5), 1);
    }

    void centroidsAreWeighted()
    {
        // A and B merge at zoom 12; with C at zoom 8; the top centroid is the mean of all three.
        const double ax = kCentre.x();
        const double bx = ax + px(20, 12);
        const double cx = ax + px(30, 8);
        const ClusterIndex index = build({{ax, kCentre.y()}, {bx, kCentre.y()}, {cx, kCentre.y()}});
        QCOMPARE(index.nodeCount(12), 2);
        QCOMPARE(index.nodeCount(8), 1);
        const MapCluster top = index.clusters(kWorld, 8).first();
        QCOMPARE(top.count, 3);
        QVERIFY(qAbs(top.world.x() - (ax + bx + cx) / 3) < 1e-12);
        QCOMPARE(index.expansionZoom(top.id), 9);
        const QList<MapCluster> kids = index.children(top.id);
        QCOMPARE(kids.size(), 2);
        QCOMPARE(kids.at(0).count + kids.at(1).count, 3);
    }

    void countsPerStatusAlarmAndStale()
    {
        const ClusterIndex index = build({
            {100, 100, BizStatus::Carrying},
            {100, 100, BizStatus::Carrying, FleetState::Alarm},
            {100, 100, BizStatus::Empty, 0, kNow - 61}, // stale (> 60 s)
            {100, 100, BizStatus::OutOfService, 0, kNow - 60},
            {100, 100, BizStatus::Unknown, quint8(FleetState::Alarm | FleetState::Emergency)},
            {200, 200, BizStatus::Dispatched},
        });
        const QList<MapCluster> at3 = index.clusters(QRectF(90, 90, 20, 20), 3);
        QCOMPARE(at3.size(), 1);
        const MapCluster c = at3.first();
        QCOMPARE(c.count, 5);
        QCOMPARE(c.statusCounts, (std::array<int, kBizStatusCount>{1, 2, 0, 1, 1}));
        QCOMPARE(c.alarmCount, 2);
        QCOMPARE(c.staleCount, 1);
        // Same position: never split before maxZoom + 1.
        QCOMPARE(index.expansionZoom(c.id), 17);
        QCOMPARE(index.nodeCount(16), 2);
        QCOMPARE(index.nodeCount(17), 6);
        const MapCluster lone = index.clusters(QRectF(190, 190, 20, 20), 3).first();
        QCOMPARE(lone.vehicle, 5);
        QCOMPARE(lone.statusCounts, (std::array<int, kBizStatusCount>{0, 0, 1, 0, 0}));
    }

    void everyVehicleCountedExactlyOnceAtEveryZoom()
    {
        QRandomGenerator rng(17);
        QList<Point> points;
        for (int i = 0; i < 3000; ++i) {
            // A dense city, a few far vehicles, and some exact duplicates.
            const double spread = i % 50 == 0 ? 50.0 : 0.2;
            points.append({kCentre.x() + (rng.generateDouble() - 0.5) * spread,
                           kCentre.y() + (rng.generateDouble() - 0.5) * spread, BizStatus(rng.bounded(5)),
                           quint8(rng.bounded(2) ? FleetState::Alarm : 0), kNow - rng.bounded(120)});
            if (i % 97 == 0)
                points.append(points.last());
        }
        const int n = int(points.size());
        const ClusterIndex index = build(points);
        QCOMPARE(index.vehicleCount(), n);
        int previous = 1;
        for (int zoom = 0; zoom <= 17; ++zoom) {
            const QList<MapCluster> nodes = index.clusters(kWorld, zoom);
            QCOMPARE(nodes.size(), index.nodeCount(zoom));
            QVERIFY(nodes.size() >= previous); // never fewer nodes at a higher zoom
            previous = int(nodes.size());
            QList<int> seen(n, 0);
            int total = 0;
            for (const MapCluster &m : nodes) {
                total += m.count;
                int statuses = 0;
                for (const int s : m.statusCounts)
                    statuses += s;
                QCOMPARE(statuses, m.count);
                QVERIFY(m.alarmCount <= m.count && m.staleCount <= m.count);
                const QList<int> leaves = index.leaves(m.id);
                QCOMPARE(int(leaves.size()), m.count);
                for (const int v : leaves)
                    ++seen[v];
                if (zoom < 17) {
                    int childTotal = 0;
                    for (const MapCluster &child : index.children(m.id))
                        childTotal += child.count;
                    QCOMPARE(childTotal, m.count);
                }
                QCOMPARE(m.vehicle >= 0, m.count == 1);
            }
            QCOMPARE(total, n);
            QVERIFY2(std::all_of(seen.cbegin(), seen.cend(), [](int c) { return c == 1; }),
                     qPrintable(QStringLiteral("zoom %1").arg(zoom)));
        }
        QCOMPARE(index.nodeCount(17), n);
        QVERIFY(index.nodeCount(0) < 10);
    }

    void clustersAreFilteredByTheBox()
    {
        const ClusterIndex index = build({{10, 10}, {100, 100}, {200, 200}});
        const QList<MapCluster> some = index.clusters(QRectF(50, 50, 100, 100), 5);
        QCOMPARE(some.size(), 1);
        QCOMPARE(some.first().vehicle, 1);
        QCOMPARE(index.clusters(QRectF(150, 150, -100, -100), 5).size(), 1); // normalized
        QVERIFY(index.clusters(QRectF(101, 101, 10, 10), 5).isEmpty());
    }

    void levels()
    {
        const ClusterIndex index = build({{10, 10}});
        QCOMPARE(index.levelFor(12.7), 12);
        QCOMPARE(index.levelFor(-3), 0);
        QCOMPARE(index.levelFor(30), 17);
        QCOMPARE(index.levelFor(std::nan("")), 0);
        ClusterOptions o;
        o.minZoom = 3;
        o.maxZoom = 10;
        const ClusterIndex narrow = build({{10, 10}, {10, 10}}, o);
        QCOMPARE(narrow.options().maxZoom, 10);
        QCOMPARE(narrow.levelFor(0), 3);
        QCOMPARE(narrow.levelFor(14), 11);
        QCOMPARE(narrow.nodeCount(1), 1);
        QCOMPARE(narrow.nodeCount(11), 2);
        QCOMPARE(narrow.expansionZoom(narrow.clusters(kWorld, 3).first().id), 11);
    }

    void invalidIdsAreHarmless()
    {
        const ClusterIndex index = build({{10, 10}, {10, 10}});
        QCOMPARE(index.node(-1).count, 0);
        QCOMPARE(index.node(qint64(999) << 5).count, 0);
        QVERIFY(index.children(-5).isEmpty());
        QVERIFY(index.leaves(qint64(7) << 5 | 3).isEmpty());
        const MapCluster c = index.clusters(kWorld, 0).first();
        QCOMPARE(index.node(c.id).count, 2);
    }

    void emptyAndSourceInformation()
    {
        const ClusterIndex none;
        QVERIFY(none.isEmpty());
        QVERIFY(none.clusters(kWorld, 5).isEmpty());
        const ClusterIndex empty = build({});
        QVERIFY(empty.isEmpty());
        QCOMPARE(empty.nodeCount(0), 0);
        const ClusterIndex one = build({{1, 1}});
        QCOMPARE(one.sourceVersion(), quint64(42));
        QCOMPARE(one.sourceLayoutVersion(), quint64(3));
        QCOMPARE(one.sourceTime(), kNow);
    }

    void cancelledBuildReturnsNothing()
    {
        const std::atomic<bool> cancelled{true};
        QVERIFY(!ClusterIndex::build(snapshotOf({{1, 1}, {2, 2}}), {}, &cancelled));
        const std::atomic<bool> running{false};
        QVERIFY(ClusterIndex::build(snapshotOf({{1, 1}, {2, 2}}), {}, &running));
    }

    void buildsFromAFleetStateSnapshot()
    {
        FleetState fleet;
        QList<VehicleFix> fixes;
        for (int i = 0; i < 200; ++i) {
            VehicleFix f;
            f.key = {QStringLiteral("C"), QString::number(i)};
            f.longitude = 109'500'000 + i * 100;
            f.latitude = 18'780'000;
            f.datum = Datum::Wgs84;
            f.positionTime = kNow;
            f.bizStatus = BizStatus::Carrying;
            fixes.append(f);
        }
        fleet.apply(fixes);
        const ClusterIndex index = *ClusterIndex::build(fleet.snapshot(kNow));
        QCOMPARE(index.vehicleCount(), 200);
        QCOMPARE(index.sourceVersion(), fleet.version());
        const MapCluster top = index.clusters(kWorld, 8).first();
        QCOMPARE(top.count, 200);
        QCOMPARE(top.statusCounts[int(BizStatus::Carrying)], 200);
    }
};

QTEST_GUILESS_MAIN(tst_ClusterIndex)
#include "tst_clusterindex.moc"
