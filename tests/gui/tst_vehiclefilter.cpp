#include "map/vehiclefilter.h"

#include "fleet/fleetstate.h"

#include <QTest>

using namespace rw;

namespace {

constexpr qint64 kNow = 1'700'000'000;

VehicleFix fix(const QString &company, const QString &plate, BizStatus status, qint64 time, quint32 warn = 0,
               Datum datum = Datum::Wgs84)
{
    VehicleFix f;
    f.key = {company, plate};
    f.longitude = 109'517'000;
    f.latitude = 18'776'000;
    f.datum = datum;
    f.positionTime = time;
    f.bizStatus = status;
    f.warnStatus = warn;
    return f;
}

QList<int> matching(const VehicleFilter &filter, const FleetState &fleet)
{
    const VehicleFilter::Matcher match(filter, fleet, kNow);
    QList<int> out;
    for (int i = 0; i < fleet.size(); ++i) {
        if (match(i))
            out.append(i);
    }
    return out;
}

} // namespace

class TestVehicleFilter : public QObject
{
    Q_OBJECT

private slots:
    void matchesByCompanyStatusAndProblem();
};

void TestVehicleFilter::matchesByCompanyStatusAndProblem()
{
    FleetState fleet(Datum::Cgcs2000);
    const QString a = QStringLiteral("A");
    const QString b = QStringLiteral("B");
    fleet.apply(QList<VehicleFix>{
        fix(a, QStringLiteral("1"), BizStatus::Carrying, kNow),
        fix(b, QStringLiteral("2"), BizStatus::Empty, kNow - 61),                    // stale
        fix(a, QStringLiteral("3"), BizStatus::Empty, kNow, 0x1),                    // alarm
        fix(b, QStringLiteral("4"), BizStatus::OutOfService, kNow, 0, Datum::Gcj02), // approximate
    });
    VehicleFilter all;
    QVERIFY(!all.isActive());
    QVERIFY(VehicleFilter::Matcher(all, fleet, kNow).acceptsAll());
    QCOMPARE(matching(all, fleet), (QList<int>{0, 1, 2, 3}));

    VehicleFilter company;
    company.companies = {b};
    QCOMPARE(matching(company, fleet), (QList<int>{1, 3}));

    VehicleFilter status;
    status.statusMask = 0;
    status.setShowsStatus(BizStatus::Empty, true);
    QCOMPARE(matching(status, fleet), (QList<int>{1, 2}));
    QVERIFY(status.isActive());

    VehicleFilter problem;
    problem.problem = VehicleFilter::Problem::Stale;
    QCOMPARE(matching(problem, fleet), (QList<int>{1}));
    problem.problem = VehicleFilter::Problem::Fresh;
    QCOMPARE(matching(problem, fleet), (QList<int>{0, 2, 3}));
    problem.problem = VehicleFilter::Problem::Alarm;
    QCOMPARE(matching(problem, fleet), (QList<int>{2}));
    problem.problem = VehicleFilter::Problem::Approximate;
    QCOMPARE(matching(problem, fleet), (QList<int>{3}));

    VehicleFilter both;
    both.companies = {a};
    both.statusMask = 1u << int(BizStatus::Empty);
    QCOMPARE(matching(both, fleet), (QList<int>{2}));
    both.companies = {QStringLiteral("nobody")};
    QCOMPARE(matching(both, fleet), QList<int>{});
}

QTEST_MAIN(TestVehicleFilter)
#include "tst_vehiclefilter.moc"
