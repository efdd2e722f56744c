#include "fleet/fleetstate.h"
#include "geo/coordinatetransform.h"
#include "geo/webmercator.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace rw;

namespace {

const QString kCompanyA = QStringLiteral("4690YPZCX001");
const QString kCompanyB = QStringLiteral("4690YPZCX002");
constexpr qint64 kT0 = 1'700'000'000;

// Wuzhishan, in 1e-6 degree.
constexpr qint32 kLon = 109'517'000;
constexpr qint32 kLat = 18'776'000;

VehicleFix fixOf(const QString &company, const QString &plate, qint32 lon, qint32 lat, qint64 time,
                 Datum datum = Datum::Wgs84)
{
    VehicleFix f;
    f.key = {company, plate};
    f.longitude = lon;
    f.latitude = lat;
    f.datum = datum;
    f.positionTime = time;
    f.speed = 30;
    f.direction = 90;
    f.bizStatus = BizStatus::Empty;
    f.orderId = QStringLiteral("0");
    return f;
}

QString plate(int i)
{
    return QStringLiteral("琼D%1").arg(i, 5, 10, QLatin1Char('0'));
}

QPointF projected(qint32 lon, qint32 lat)
{
    return WebMercator::project(lon / 1e6, lat / 1e6);
}

// Random vehicles over roughly 40 × 40 km around Wuzhishan.
QList<VehicleFix> randomFleet(int count, quint32 seed, qint64 time)
{
    QRandomGenerator rng(seed);
    QList<VehicleFix> fixes;
    for (int i = 0; i < count; ++i) {
        fixes.append(fixOf(i % 3 == 0 ? kCompanyA : kCompanyB, plate(i),
                           kLon - 200'000 + rng.bounded(400'000), kLat - 200'000 + rng.bounded(400'000),
                           time));
    }
    return fixes;
}

QList<int> sorted(QList<int> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

} // namespace

class tst_FleetState : public QObject
{
    Q_OBJECT

private slots:
    void insertUpdateAndCounts()
    {
        FleetState fleet(Datum::Wgs84);
        const FleetApplyResult first = fleet.apply(
            {fixOf(kCompanyA, plate(1), kLon, kLat, kT0), fixOf(kCompanyA, plate(2), kLon, kLat, kT0)});
        QCOMPARE(first.inserted, 2);
        QCOMPARE(first.updated, 0);
        QCOMPARE(fleet.size(), 2);

        const FleetApplyResult second = fleet.apply({
            fixOf(kCompanyA, plate(1), kLon + 1000, kLat, kT0 + 10), // newer
            fixOf(kCompanyA, plate(2), kLon + 1000, kLat, kT0 - 10), // older: ignored
            fixOf(kCompanyB, plate(1), kLon, kLat, kT0),             // same plate, other company
            fixOf(kCompanyA, QString(), kLon, kLat, kT0),            // no plate
            fixOf(kCompanyA, plate(3), 181'000'000, kLat, kT0),      // off the globe
            fixOf(kCompanyA, plate(3), kLon, -90'000'001, kT0),
        });
        QCOMPARE(second.updated, 1);
        QCOMPARE(second.outOfOrder, 1);
        QCOMPARE(second.inserted, 1);
        QCOMPARE(second.rejected, 3);
        QCOMPARE(second.changed(), 2);
        QCOMPARE(fleet.size(), 3);

        const int a1 = fleet.indexOf({kCompanyA, plate(1)});
        const int a2 = fleet.indexOf({kCompanyA, plate(2)});
        const int b1 = fleet.indexOf({kCompanyB, plate(1)});
        QCOMPARE(a1, 0);
        QCOMPARE(a2, 1);
        QCOMPARE(b1, 2);
        QCOMPARE(fleet.indexOf({kCompanyB, plate(2)}), -1);
        QCOMPARE(fleet.fix(a1).longitude, kLon + 1000);
        QCOMPARE(fleet.fix(a2).longitude, kLon); // the older fix did not move it
        QCOMPARE(fleet.fix(a2).positionTime, kT0);
        QCOMPARE(fleet.companies(), (QStringList{kCompanyA, kCompanyB}));
        QCOMPARE(fleet.mark(b1).company, 1);
        QCOMPARE(fleet.key(b1), (VehicleKey{kCompanyB, plate(1)}));
    }

    void sameTimeFixReplaces()
    {
        FleetState fleet(Datum::Wgs84);
        fleet.apply({fixOf(kCompanyA, plate(1), kLon, kLat, kT0)});
        const FleetApplyResult r = fleet.apply({fixOf(kCompanyA, plate(1), kLon + 5, kLat, kT0)});
        QCOMPARE(r.updated, 1);
        QCOMPARE(fleet.fix(0).longitude, kLon + 5);
    }

    void laterFixInTheSameBatchWins()
    {
        FleetState fleet(Datum::Wgs84);
        fleet.apply({fixOf(kCompanyA, plate(1), kLon, kLat, kT0),
                     fixOf(kCompanyA, plate(1), kLon + 7, kLat, kT0 + 1),
                     fixOf(kCompanyA, plate(1), kLon + 3, kLat, kT0)});
        QCOMPARE(fleet.size(), 1);
        QCOMPARE(fleet.fix(0).longitude, kLon + 7);
    }

    void fixRoundTrips()
    {
        FleetState fleet;
        VehicleFix f = fixOf(kCompanyA, plate(9), kLon, kLat, kT0, Datum::Gcj02);
        f.speed = 42.5f;
        f.direction = 271;
        f.bizStatus = BizStatus::Carrying;
        f.warnStatus = 0x5;
        f.orderId = QStringLiteral("ORD-1");
        f.licenseId = QStringLiteral("460100199001011234");
        fleet.apply({f});
        QCOMPARE(fleet.fix(0), f);
        QCOMPARE(fleet.status(0), BizStatus::Carrying);
        QCOMPARE(fleet.marks()[0].heading, quint16(271));
        QCOMPARE(fleet.marks()[0].fixTime, kT0);
        QCOMPARE(fleet.marks()[0].status, quint8(1));
        QCOMPARE(fleet.marks()[0].speed, 42.5f);
        QCOMPARE(fleet.mark(0).company, 0);
        QCOMPARE(&fleet.mark(0), fleet.marks());
    }

    void licenceIsKeptWhenALaterFixHasNone()
    {
        FleetState fleet;
        VehicleFix f = fixOf(kCompanyA, plate(1), kLon, kLat, kT0);
        f.licenseId = QStringLiteral("L1");
        fleet.apply({f});
        fleet.apply({fixOf(kCompanyA, plate(1), kLon, kLat, kT0 + 5)});
        QCOMPARE(fleet.fix(0).licenseId, QStringLiteral("L1"));
    }

    void flags()
    {
        FleetState fleet(Datum::Cgcs2000);
        VehicleFix plain = fixOf(kCompanyA, plate(1), kLon, kLat, kT0, Datum::Wgs84);
        VehicleFix alarm = fixOf(kCompanyA, plate(2), kLon, kLat, kT0, Datum::Wgs84);
        alarm.warnStatus = 0x2; // overspeed, not emergency
        VehicleFix sos = fixOf(kCompanyA, plate(3), kLon, kLat, kT0, Datum::Gcj02);
        sos.warnStatus = 0x1;
        sos.orderId = QStringLiteral("A-77");
        VehicleFix badHeading = fixOf(kCompanyA, plate(4), kLon, kLat, kT0, Datum::Unknown);
        badHeading.direction = -1;
        fleet.apply({plain, alarm, sos, badHeading});
        QCOMPARE(fleet.marks()[0].flags, quint8(0));
        QCOMPARE(fleet.marks()[1].flags, quint8(FleetState::Alarm));
        QCOMPARE(fleet.marks()[2].flags, quint8(FleetState::Alarm | FleetState::Emergency |
                                                FleetState::HasOrder | FleetState::ApproximatePosition));
        QCOMPARE(fleet.marks()[3].flags, quint8(FleetState::ApproximatePosition));
        QCOMPARE(fleet.marks()[3].heading, FleetState::kNoHeading);
        QCOMPARE(fleet.fix(3).direction, qint16(-1));
        // The alarm clears with the next fix.
        fleet.apply({fixOf(kCompanyA, plate(2), kLon, kLat, kT0 + 1)});
        QCOMPARE(fleet.marks()[1].flags, quint8(0));
    }

    void projectsOnceToTheMapDatum()
    {
        FleetState tianditu(Datum::Cgcs2000);
        FleetState amap(Datum::Gcj02);
        const QList<VehicleFix> fixes{fixOf(kCompanyA, plate(1), kLon, kLat, kT0, Datum::Wgs84),
                                      fixOf(kCompanyA, plate(2), kLon, kLat, kT0, Datum::Gcj02)};
        tianditu.apply(fixes);
        amap.apply(fixes);

        const QPointF asSent = projected(kLon, kLat);
        const LonLat gcj = CoordinateTransform::wgs84ToGcj02({kLon / 1e6, kLat / 1e6});
        const QPointF shifted = WebMercator::project(gcj);
        // WGS-84 on Tianditu: as sent. GCJ-02 on Tianditu: as sent, approximate.
        QCOMPARE(tianditu.worldPosition(0), asSent);
        QCOMPARE(tianditu.worldPosition(1), asSent);
        QVERIFY(!(tianditu.marks()[0].flags & FleetState::ApproximatePosition));
        QVERIFY(tianditu.marks()[1].flags & FleetState::ApproximatePosition);
        // WGS-84 on Amap: shifted to GCJ-02. GCJ-02 on Amap: as sent, exact.
        QCOMPARE(amap.worldPosition(0), shifted);
        QCOMPARE(amap.worldPosition(1), asSent);
        QVERIFY(!(amap.marks()[0].flags & FleetState::ApproximatePosition));
        QVERIFY(!(amap.marks()[1].flags & FleetState::ApproximatePosition));
        QVERIFY(amap.worldPosition(0) != asSent);
    }

    void setMapDatumReprojects()
    {
        FleetState fleet(Datum::Cgcs2000);
        fleet.apply({fixOf(kCompanyA, plate(1), kLon, kLat, kT0, Datum::Wgs84),
                     fixOf(kCompanyA, plate(2), kLon, kLat, kT0, Datum::Gcj02)});
        const quint64 before = fleet.version();
        fleet.setMapDatum(Datum::Gcj02);
        QCOMPARE(fleet.mapDatum(), Datum::Gcj02);
        QVERIFY(fleet.version() > before);
        QCOMPARE(fleet.changedSince(before), (QList<int>{0, 1}));
        const LonLat gcj = CoordinateTransform::wgs84ToGcj02({kLon / 1e6, kLat / 1e6});
        QCOMPARE(fleet.worldPosition(0), WebMercator::project(gcj));
        QVERIFY(!(fleet.marks()[1].flags & FleetState::ApproximatePosition));
        // The grid follows: the vehicle is found where it is now drawn.
        QCOMPARE(fleet.hitTest(WebMercator::project(gcj), 1e-9), 0);
        fleet.setMapDatum(Datum::Cgcs2000);
        QVERIFY(fleet.marks()[1].flags & FleetState::ApproximatePosition);
        QCOMPARE(fleet.worldPosition(0), projected(kLon, kLat));
    }

    void versionsTellWhatChanged()
    {
        FleetState fleet;
        QCOMPARE(fleet.version(), quint64(0));
        fleet.apply(randomFleet(10, 1, kT0));
        const quint64 v1 = fleet.version();
        QCOMPARE(v1, quint64(1));
        QCOMPARE(fleet.changedSince(0).size(), 10);
        fleet.apply({fixOf(kCompanyB, plate(4), kLon, kLat, kT0 + 1),
                     fixOf(kCompanyB, plate(7), kLon, kLat, kT0 + 1)});
        QCOMPARE(fleet.version(), v1 + 1);
        QCOMPARE(fleet.changedSince(v1), (QList<int>{4, 7}));
        QCOMPARE(fleet.marks()[4].version, v1 + 1);
        QCOMPARE(fleet.marks()[5].version, v1);
        // A batch that changes nothing keeps the version.
        fleet.apply(
            {fixOf(kCompanyB, plate(4), kLon, kLat, kT0 - 100), fixOf(kCompanyA, QString(), 0, 0, kT0)});
        QCOMPARE(fleet.version(), v1 + 1);
        fleet.apply(QList<VehicleFix>{});
        QCOMPARE(fleet.version(), v1 + 1);
        QCOMPARE(fleet.layoutVersion(), quint64(0));
    }

    void stale()
    {
        FleetState fleet;
        fleet.apply({fixOf(kCompanyA, plate(1), kLon, kLat, kT0)});
        // Art. 15(三): 60 s.
        QCOMPARE(fleet.staleAfter(), qint64(60));
        QVERIFY(!fleet.isStale(0, kT0));
        QVERIFY(!fleet.isStale(0, kT0 + 60));
        QVERIFY(fleet.isStale(0, kT0 + 61));
        fleet.setStaleAfter(300);
        QVERIFY(!fleet.isStale(0, kT0 + 61));
        QVERIFY(fleet.isStale(0, kT0 + 301));
    }

    void indicesInMatchesBruteForce()
    {
        FleetState fleet;
        fleet.apply(randomFleet(5000, 7, kT0));
        // Move a third of them, some across cells.
        QList<VehicleFix> moves = randomFleet(5000, 8, kT0 + 10);
        moves.resize(1700);
        fleet.apply(moves);

        QRandomGenerator rng(9);
        const QPointF centre = projected(kLon, kLat);
        const double span = projected(kLon + 400'000, kLat).x() - projected(kLon - 400'000, kLat).x();
        for (int q = 0; q < 200; ++q) {
            const double w = span * rng.generateDouble() * (q % 10 == 0 ? 3 : 0.3);
            const double h = span * rng.generateDouble() * (q % 10 == 0 ? 3 : 0.3);
            const QRectF rect(centre.x() + (rng.generateDouble() - 0.5) * span - w / 2,
                              centre.y() + (rng.generateDouble() - 0.5) * span - h / 2, w, h);
            QList<int> expected;
            for (int i = 0; i < fleet.size(); ++i) {
                const QPointF p = fleet.worldPosition(i);
                if (p.x() >= rect.left() && p.x() <= rect.right() && p.y() >= rect.top() &&
                    p.y() <= rect.bottom())
                    expected.append(i);
            }
            QCOMPARE(sorted(fleet.indicesIn(rect)), expected);
        }
        // The whole world.
        QCOMPARE(fleet.indicesIn(QRectF(0, 0, 256, 256)).size(), fleet.size());
        QList<int> reused{-1};
        reused.clear();
        fleet.indicesIn(QRectF(0, 0, 256, 256), &reused);
        QCOMPARE(reused.size(), fleet.size());
    }

    void hitTestFindsTheNearest()
    {
        FleetState fleet;
        fleet.apply(randomFleet(3000, 11, kT0));
        QRandomGenerator rng(12);
        const QPointF centre = projected(kLon, kLat);
        const double span = projected(kLon + 400'000, kLat).x() - centre.x();
        for (int q = 0; q < 300; ++q) {
            const QPointF click(centre.x() + (rng.generateDouble() - 0.5) * 2 * span,
                                centre.y() + (rng.generateDouble() - 0.5) * 2 * span);
            const double radius = 12.0 / std::exp2(12 + rng.bounded(6)); // 12 px at zoom 12..17
            int expected = -1;
            double best = radius * radius;
            QList<std::pair<double, int>> near;
            for (int i = 0; i < fleet.size(); ++i) {
                const QPointF d = fleet.worldPosition(i) - click;
                const double d2 = d.x() * d.x() + d.y() * d.y();
                if (d2 <= radius * radius)
                    near.append({d2, i});
                if (d2 < best || (d2 == best && expected < 0)) {
                    best = d2;
                    expected = i;
                }
            }
            QCOMPARE(fleet.hitTest(click, radius), expected);
            std::sort(near.begin(), near.end());
            QList<int> nearIndices;
            for (const auto &n : near)
                nearIndices.append(n.second);
            QCOMPARE(fleet.indicesNear(click, radius), nearIndices);
        }
        QCOMPARE(fleet.hitTest(fleet.worldPosition(17), 0), 17);
        QCOMPARE(fleet.hitTest({1, 1}, 0.001), -1);
        QCOMPARE(fleet.hitTest(centre, -1), -1);
    }

    void movingVehicleIsFoundWhereItIs()
    {
        FleetState fleet;
        fleet.apply({fixOf(kCompanyA, plate(1), kLon, kLat, kT0)});
        // 0.05° east: several grid cells away.
        fleet.apply({fixOf(kCompanyA, plate(1), kLon + 50'000, kLat, kT0 + 1)});
        const QPointF now = projected(kLon + 50'000, kLat);
        const QPointF before = projected(kLon, kLat);
        QCOMPARE(fleet.hitTest(now, 1e-6), 0);
        QCOMPARE(fleet.hitTest(before, 1e-6), -1);
        QCOMPARE(fleet.indicesIn(QRectF(before - QPointF(1e-4, 1e-4), before + QPointF(1e-4, 1e-4))).size(),
                 0);
    }

    void snapshotIsIsolatedFromLaterChanges()
    {
        FleetState fleet;
        fleet.apply(randomFleet(100, 3, kT0));
        const FleetSnapshot snap = fleet.snapshot(kT0 + 30);
        QCOMPARE(snap.size(), 100);
        QCOMPARE(snap.version, fleet.version());
        QCOMPARE(snap.now, kT0 + 30);
        QCOMPARE(snap.staleAfter, qint64(60));
        const QPointF p5 = snap.points.at(5);
        QCOMPARE(snap.points.constData(), fleet.worldPoints()); // shared, not copied
        fleet.apply({fixOf(kCompanyB, plate(5), kLon + 123'456, kLat, kT0 + 100)});
        QCOMPARE(snap.points.at(5), p5);
        QVERIFY(fleet.worldPoints()[5] != p5);
        QCOMPARE(fleet.worldPosition(5), fleet.worldPoints()[5]);
        QCOMPARE(snap.marks.at(5).fixTime, kT0);
        QVERIFY(!snap.isStale(5));
    }

    void removeOlderThanCompacts()
    {
        FleetState fleet;
        fleet.apply(randomFleet(50, 5, kT0));
        QList<VehicleFix> fresh;
        for (int i = 0; i < 50; i += 5)
            fresh.append(fixOf(i % 3 == 0 ? kCompanyA : kCompanyB, plate(i), kLon + i, kLat, kT0 + 1000));
        fleet.apply(fresh);
        const quint64 layout = fleet.layoutVersion();
        QCOMPARE(fleet.removeOlderThan(kT0 + 500), 40);
        QCOMPARE(fleet.size(), 10);
        QCOMPARE(fleet.layoutVersion(), layout + 1);
        for (int k = 0; k < 10; ++k) {
            const int i = k * 5;
            const VehicleKey key{i % 3 == 0 ? kCompanyA : kCompanyB, plate(i)};
            QCOMPARE(fleet.indexOf(key), k); // order kept
            QCOMPARE(fleet.fix(k).key, key);
            QCOMPARE(fleet.fix(k).longitude, kLon + i);
            QCOMPARE(fleet.hitTest(fleet.worldPosition(k), 0), k);
        }
        QCOMPARE(fleet.indexOf({kCompanyB, plate(1)}), -1);
        QCOMPARE(fleet.indicesIn(QRectF(0, 0, 256, 256)).size(), 10);
        QCOMPARE(fleet.removeOlderThan(kT0), 0);
        QCOMPARE(fleet.layoutVersion(), layout + 1);
        // A forgotten vehicle comes back as new.
        QCOMPARE(fleet.apply({fixOf(kCompanyB, plate(1), kLon, kLat, kT0 + 2000)}).inserted, 1);
        QCOMPARE(fleet.indexOf({kCompanyB, plate(1)}), 10);
    }

    void clearForgetsEverything()
    {
        FleetState fleet;
        fleet.apply(randomFleet(20, 5, kT0));
        fleet.clear();
        QVERIFY(fleet.isEmpty());
        QCOMPARE(fleet.layoutVersion(), quint64(1));
        QCOMPARE(fleet.indexOf({kCompanyA, plate(0)}), -1);
        QVERIFY(fleet.indicesIn(QRectF(0, 0, 256, 256)).isEmpty());
        QVERIFY(fleet.companies().isEmpty());
        QCOMPARE(fleet.apply(randomFleet(20, 5, kT0)).inserted, 20);
        QCOMPARE(fleet.indexOf({kCompanyA, plate(0)}), 0);
    }

    void manyVehiclesAllFindable()
    {
        // Grows the hash table many times; every key must stay findable.
        FleetState fleet;
        const QList<VehicleFix> fixes = randomFleet(20000, 21, kT0);
        QCOMPARE(fleet.apply(fixes).inserted, 20000);
        for (int i = 0; i < fixes.size(); i += 7)
            QCOMPARE(fleet.indexOf(fixes.at(i).key), i);
        fleet.reserve(50000);
        QCOMPARE(fleet.indexOf(fixes.at(19999).key), 19999);
    }
};

QTEST_GUILESS_MAIN(tst_FleetState)
#include "tst_fleetstate.moc"
