// NearbyVehicleModel: the vehicles near the officer as table rows, updated in place (moves, inserts,
// removals, the age column) as the fleet and the position change, checked by QAbstractItemModelTester.

#include "domain/agetext.h"
#include "itemmodels/nearbyvehiclemodel.h"

#include "fleet/fleetstate.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace rw;

namespace {

const QGeoCoordinate kMe(18.775, 109.517); // 通什, Wuzhishan
const QString kCompany = QStringLiteral("4690WZSYC001");
constexpr qint64 kStart = 1'740'796'245;

VehicleFix fixAt(const QString &plate, const QGeoCoordinate &c, qint64 time,
                 BizStatus status = BizStatus::Empty)
{
    VehicleFix f;
    f.key = {kCompany, plate};
    f.longitude = qint32(std::lround(c.longitude() * 1e6));
    f.latitude = qint32(std::lround(c.latitude() * 1e6));
    f.datum = Datum::Wgs84;
    f.positionTime = time;
    f.bizStatus = status;
    f.orderId = QStringLiteral("0");
    return f;
}

QStringList platesOf(const NearbyVehicleModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, NearbyVehicleModel::PlateColumn).data().toString();
    return out;
}

struct Fixture
{
    FleetState fleet{Datum::Cgcs2000};
    qint64 now = kStart;
    NearbyVehicleModel model{&fleet};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    QSignalSpy resets{&model, &QAbstractItemModel::modelReset};

    Fixture()
    {
        model.setClock([this] { return now; });
    }
    void put(const QString &plate, double metres, double azimuth, BizStatus status = BizStatus::Empty)
    {
        fleet.apply(QList<VehicleFix>{fixAt(plate, kMe.atDistanceAndAzimuth(metres, azimuth), now, status)});
    }
};

} // namespace

class tst_NearbyVehicleModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyWithoutPosition();
    void rowsNearestFirstWithTheirColumns();
    void vehicleMovingCloserMovesItsRow();
    void leavingAndEnteringTheRadius();
    void timeAloneTouchesOnlyTheAgeColumn();
    void walkingReordersAndRadiusFilters();
    void maxRowsKeepsTheNearest();
    void formats();
    void randomChangesMatchTheSearch();
};

void tst_NearbyVehicleModel::emptyWithoutPosition()
{
    Fixture f;
    f.put(QStringLiteral("琼D00001"), 100, 0);
    f.model.refresh();
    QCOMPARE(f.model.rowCount(), 0);
    QCOMPARE(f.model.columnCount(), int(NearbyVehicleModel::ColumnCount));
    QCOMPARE(f.model.headerData(NearbyVehicleModel::DistanceColumn, Qt::Horizontal).toString(),
             QStringLiteral("Distance"));
    f.model.setPosition(kMe);
    QCOMPARE(f.model.rowCount(), 1);
    f.model.setPosition(QGeoCoordinate());
    QCOMPARE(f.model.rowCount(), 0);
    QCOMPARE(f.resets.size(), 0);
}

void tst_NearbyVehicleModel::rowsNearestFirstWithTheirColumns()
{
    Fixture f;
    f.put(QStringLiteral("琼D00300"), 300, 90, BizStatus::Carrying);
    f.put(QStringLiteral("琼D00100"), 100, 0);
    f.put(QStringLiteral("琼D01200"), 1200, 0);
    f.now += 5;
    QSignalSpy counts(&f.model, &NearbyVehicleModel::countChanged);
    f.model.setPosition(kMe);
    QCOMPARE(platesOf(f.model), (QStringList{QStringLiteral("琼D00100"), QStringLiteral("琼D00300")}));
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.first().at(0).toInt(), 2);

    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return f.model.index(row, column).data(role);
    };
    QCOMPARE(cell(1, NearbyVehicleModel::CompanyColumn).toString(), kCompany);
    QCOMPARE(cell(1, NearbyVehicleModel::StatusColumn).toString(), QStringLiteral("Carrying"));
    QCOMPARE(cell(1, NearbyVehicleModel::DistanceColumn).toString(), QStringLiteral("300 m"));
    QCOMPARE(cell(1, NearbyVehicleModel::DirectionColumn).toString(), QStringLiteral("E 90°"));
    QCOMPARE(cell(0, NearbyVehicleModel::DirectionColumn).toString(), QStringLiteral("N 0°"));
    QCOMPARE(cell(1, NearbyVehicleModel::AgeColumn).toString(), QStringLiteral("5 s"));
    QVERIFY(std::abs(cell(1, 0, NearbyVehicleModel::DistanceRole).toDouble() - 300) < 0.2);
    QCOMPARE(cell(1, 0, NearbyVehicleModel::PlateRole).toString(), QStringLiteral("琼D00300"));
    QCOMPARE(cell(1, 3, NearbyVehicleModel::CompanyIdRole).toString(), kCompany);
    QCOMPARE(cell(1, 0, NearbyVehicleModel::FixTimeRole).toLongLong(), kStart);
    QCOMPARE(f.model.rowOf({kCompany, QStringLiteral("琼D00300")}), 1);
    QCOMPARE(f.model.rowOf({kCompany, QStringLiteral("琼D01200")}), -1);
    QCOMPARE(f.model.vehicleAt(0).key.vehicleNo, QStringLiteral("琼D00100"));
}

void tst_NearbyVehicleModel::vehicleMovingCloserMovesItsRow()
{
    Fixture f;
    f.put(QStringLiteral("琼D00001"), 100, 0);
    f.put(QStringLiteral("琼D00002"), 200, 0);
    f.put(QStringLiteral("琼D00003"), 300, 0);
    f.model.setPosition(kMe);
    const QPersistentModelIndex third = f.model.index(2, NearbyVehicleModel::PlateColumn);
    QSignalSpy moved(&f.model, &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);

    f.now += 1;
    f.put(QStringLiteral("琼D00003"), 50, 180);
    f.model.refresh();
    QCOMPARE(platesOf(f.model), (QStringList{QStringLiteral("琼D00003"), QStringLiteral("琼D00001"),
                                             QStringLiteral("琼D00002")}));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(f.resets.size(), 0);
    // A view's selection follows the vehicle.
    QCOMPARE(third.row(), 0);
    QCOMPARE(third.data().toString(), QStringLiteral("琼D00003"));
    QCOMPARE(f.model.index(0, NearbyVehicleModel::DistanceColumn).data().toString(), QStringLiteral("50 m"));
}

void tst_NearbyVehicleModel::leavingAndEnteringTheRadius()
{
    Fixture f;
    f.put(QStringLiteral("琼D00001"), 100, 0);
    f.put(QStringLiteral("琼D00002"), 200, 0);
    f.model.setPosition(kMe);
    QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
    f.now += 1;
    f.put(QStringLiteral("琼D00001"), 1500, 0);  // drives away
    f.put(QStringLiteral("琼D00009"), 150, 270); // arrives
    f.model.refresh();
    QCOMPARE(platesOf(f.model), (QStringList{QStringLiteral("琼D00009"), QStringLiteral("琼D00002")}));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(f.resets.size(), 0);
}

void tst_NearbyVehicleModel::timeAloneTouchesOnlyTheAgeColumn()
{
    Fixture f;
    f.put(QStringLiteral("琼D00001"), 100, 0);
    f.put(QStringLiteral("琼D00002"), 200, 0);
    f.model.setPosition(kMe);
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    QSignalSpy layout(&f.model, &QAbstractItemModel::layoutChanged);
    QSignalSpy moved(&f.model, &QAbstractItemModel::rowsMoved);
    f.now += 30;
    f.model.refresh();
    QCOMPARE(changed.size(), 1); // one signal for the Age column of all rows
    QCOMPARE(changed.first().at(0).toModelIndex(), f.model.index(0, NearbyVehicleModel::AgeColumn));
    QCOMPARE(changed.first().at(1).toModelIndex(), f.model.index(1, NearbyVehicleModel::AgeColumn));
    QCOMPARE(f.model.index(0, NearbyVehicleModel::AgeColumn).data().toString(), QStringLiteral("30 s"));
    QCOMPARE(layout.size() + moved.size(), 0);

    // Past 60 s the vehicles go stale (Art. 15(三)): their rows change, and say so.
    changed.clear();
    f.now += 31;
    f.model.refresh();
    QCOMPARE(changed.size(), 3); // two rows, then the Age column
    QCOMPARE(f.model.index(0, NearbyVehicleModel::AgeColumn).data().toString(),
             QStringLiteral("1 min 1 s (stale)"));
    QVERIFY(f.model.index(0, 0).data(NearbyVehicleModel::StaleRole).toBool());
    QCOMPARE(f.resets.size(), 0);
}

void tst_NearbyVehicleModel::walkingReordersAndRadiusFilters()
{
    Fixture f;
    f.put(QStringLiteral("琼DNORTH"), 400, 0);
    f.put(QStringLiteral("琼DSOUTH"), 400, 180);
    f.model.setPosition(kMe.atDistanceAndAzimuth(100, 180)); // a bit south
    QCOMPARE(platesOf(f.model), (QStringList{QStringLiteral("琼DSOUTH"), QStringLiteral("琼DNORTH")}));
    f.model.setPosition(kMe.atDistanceAndAzimuth(100, 0)); // walked north
    QCOMPARE(platesOf(f.model), (QStringList{QStringLiteral("琼DNORTH"), QStringLiteral("琼DSOUTH")}));
    f.model.setRadius(400);
    QCOMPARE(f.model.radius(), 400.0);
    QCOMPARE(platesOf(f.model), QStringList{QStringLiteral("琼DNORTH")});
    f.model.setRadius(NearbyVehicles::kDefaultRadius);
    QCOMPARE(f.model.rowCount(), 2);
    QCOMPARE(f.resets.size(), 0);
}

void tst_NearbyVehicleModel::maxRowsKeepsTheNearest()
{
    Fixture f;
    for (int i = 1; i <= 10; ++i)
        f.put(QStringLiteral("琼D%1").arg(i, 5, 10, QLatin1Char('0')), i * 50, i * 30);
    f.model.setMaxRows(3);
    f.model.setPosition(kMe);
    QCOMPARE(platesOf(f.model), (QStringList{QStringLiteral("琼D00001"), QStringLiteral("琼D00002"),
                                             QStringLiteral("琼D00003")}));
    f.model.setMaxRows(500);
    QCOMPARE(f.model.rowCount(), 10);
}

void tst_NearbyVehicleModel::formats()
{
    QCOMPARE(NearbyVehicleModel::formatDistance(84.6), QStringLiteral("85 m"));
    QCOMPARE(NearbyVehicleModel::formatDistance(999.4), QStringLiteral("999 m"));
    QCOMPARE(NearbyVehicleModel::formatDistance(1000), QStringLiteral("1 km"));
    QCOMPARE(NearbyVehicleModel::formatDistance(1234), QStringLiteral("1.2 km"));
    QCOMPARE(NearbyVehicleModel::formatDistance(1999.6), QStringLiteral("2 km"));
    QCOMPARE(NearbyVehicleModel::formatDistance(12345), QStringLiteral("12 km"));
    QCOMPARE(NearbyVehicleModel::formatBearing(0), QStringLiteral("N 0°"));
    QCOMPARE(NearbyVehicleModel::formatBearing(44), QStringLiteral("NE 44°"));
    QCOMPARE(NearbyVehicleModel::formatBearing(359.7), QStringLiteral("N 0°"));
    QCOMPARE(NearbyVehicleModel::formatBearing(225), QStringLiteral("SW 225°"));
    QCOMPARE(AgeText::format(0), QStringLiteral("0 s"));
    QCOMPARE(AgeText::format(185), QStringLiteral("3 min 5 s"));
    QCOMPARE(AgeText::format(7800), QStringLiteral("2 h 10 min"));
    QCOMPARE(AgeText::format(-5), QStringLiteral("5 s in the future"));
}

void tst_NearbyVehicleModel::randomChangesMatchTheSearch()
{
    // Vehicles drive about, the officer walks: after every refresh the rows are exactly the search's
    // answer, in its order, and the tester found no broken signal — without a single reset.
    Fixture f;
    QRandomGenerator random(7);
    const auto somewhere = [&](double maximum) {
        return kMe.atDistanceAndAzimuth(maximum * std::sqrt(random.generateDouble()), random.bounded(360.0));
    };
    QList<VehicleFix> fixes;
    for (int i = 0; i < 200; ++i)
        fixes << fixAt(QStringLiteral("琼D%1").arg(i, 5, 10, QLatin1Char('0')), somewhere(2000), f.now);
    f.fleet.apply(fixes);
    QGeoCoordinate me = kMe;
    f.model.setPosition(me);
    NearbyVehicles search(&f.fleet);
    for (int round = 0; round < 40; ++round) {
        f.now += 1;
        QList<VehicleFix> moves;
        for (int j = 0; j < 30; ++j) {
            VehicleFix fix = fixes.at(random.bounded(int(fixes.size())));
            const QGeoCoordinate c = QGeoCoordinate(fix.latitudeDegrees(), fix.longitudeDegrees())
                                         .atDistanceAndAzimuth(random.bounded(400.0), random.bounded(360.0));
            fix = fixAt(fix.key.vehicleNo, c, f.now);
            moves << fix;
        }
        f.fleet.apply(moves);
        if (round % 5 == 0) {
            me = me.atDistanceAndAzimuth(random.bounded(150.0), random.bounded(360.0));
            f.model.setPosition(me);
        } else {
            f.model.refresh();
        }
        const QList<NearbyVehicle> expected = search.find(me, f.now);
        QCOMPARE(f.model.rowCount(), int(expected.size()));
        for (int row = 0; row < int(expected.size()); ++row)
            QCOMPARE(f.model.vehicleAt(row), expected.at(row));
    }
    QCOMPARE(f.resets.size(), 0);
}

QTEST_GUILESS_MAIN(tst_NearbyVehicleModel)
#include "tst_nearbyvehiclemodel.moc"
