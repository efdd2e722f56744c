#include "fleet/clusterindexbuilder.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace rw;

namespace {

FleetSnapshot randomSnapshot(int count, quint64 version)
{
    QRandomGenerator rng{quint32(version)};
    FleetSnapshot s;
    for (int i = 0; i < count; ++i) {
        s.points.append({205.8 + rng.generateDouble() * 0.1, 114.4 + rng.generateDouble() * 0.1});
        VehicleMark mark;
        mark.status = quint8(rng.bounded(5));
        mark.fixTime = 1'700'000'000;
        s.marks.append(mark);
    }
    s.now = 1'700'000'000;
    s.version = version;
    return s;
}

} // namespace

class tst_ClusterIndexBuilder : public QObject
{
    Q_OBJECT

private slots:
    void buildsOffTheCallingThreadAndReportsBack()
    {
        ClusterIndexBuilder builder;
        QSignalSpy spy(&builder, &ClusterIndexBuilder::built);
        QVERIFY(builder.latest().isEmpty());
        builder.request(randomSnapshot(2000, 1));
        QVERIFY(builder.isBusy());
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.count(), 1);
        const auto index = spy.first().first().value<ClusterIndex>();
        QCOMPARE(index.vehicleCount(), 2000);
        QCOMPARE(builder.latest().vehicleCount(), 2000);
        QVERIFY(!builder.isBusy());
    }

    void requestsWhileBusyAreCoalescedToTheNewest()
    {
        ClusterIndexBuilder builder;
        QSignalSpy spy(&builder, &ClusterIndexBuilder::built);
        builder.request(randomSnapshot(5000, 1)); // starts at once
        builder.request(randomSnapshot(10, 2));   // waits…
        builder.request(randomSnapshot(20, 3));   // …and is replaced by this one
        QTRY_VERIFY_WITH_TIMEOUT(!builder.isBusy(), 20000);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).first().value<ClusterIndex>().sourceVersion(), quint64(1));
        QCOMPARE(spy.at(1).first().value<ClusterIndex>().sourceVersion(), quint64(3));
        QCOMPARE(builder.latest().vehicleCount(), 20);
    }

    void optionsApplyToTheNextBuild()
    {
        ClusterIndexBuilder builder;
        ClusterOptions options;
        options.maxZoom = 9;
        builder.setOptions(options);
        QSignalSpy spy(&builder, &ClusterIndexBuilder::built);
        builder.request(randomSnapshot(100, 1));
        QVERIFY(spy.wait(10000));
        QCOMPARE(builder.latest().options().maxZoom, 9);
        QCOMPARE(builder.latest().nodeCount(10), 100);
    }

    void destroyingWhileBuildingIsSafe()
    {
        auto *builder = new ClusterIndexBuilder;
        QSignalSpy spy(builder, &ClusterIndexBuilder::built);
        builder->request(randomSnapshot(50000, 1));
        delete builder; // cancels and waits; the queued result must not reach a dead object
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ClusterIndexBuilder)
#include "tst_clusterindexbuilder.moc"
