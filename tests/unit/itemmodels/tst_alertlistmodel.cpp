// AlertListModel: platform alerts upserted by id and dropped when closed, the console's stale-position
// rows from FleetState (seed 000 Art. 15(三)), counts per kind, and the detail in the console's words;
// every change checked by QAbstractItemModelTester.

#include "fleet/fleetstate.h"
#include "itemmodels/alertlistmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace rw;

class tst_AlertListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void platformAlertsAreUpsertedAndClosedOnesLeave();
    void stalePositionsFromTheFleet();
    void detailTexts();
    void headersAndClear();
    void badRecordAlertsAndUnknownKinds();
};

namespace {

const QDateTime Noon(QDate(2025, 3, 1), QTime(4, 0), QTimeZone::utc());

AlertRecord alert(qint64 id, AlertKind kind, const QString &plate, qint64 firstSeenMs)
{
    AlertRecord a;
    a.id = id;
    a.revision = id;
    a.kind = kind;
    a.article = QStringLiteral("第十八条");
    a.ruleId = QStringLiteral("vehicle.registered");
    a.companyId = QStringLiteral("C1");
    a.regionCode = QStringLiteral("469001");
    a.vehicleNo = plate;
    a.firstSeenMs = a.lastSeenMs = firstSeenMs;
    a.detail = QJsonObject{
        {QStringLiteral("findings"),
         QJsonArray{QJsonObject{{QStringLiteral("ruleId"), QStringLiteral("vehicle.registered")}}}}};
    return a;
}

VehicleFix fix(const QString &plate, qint64 time, BizStatus status = BizStatus::Empty)
{
    VehicleFix f;
    f.key = {QStringLiteral("C1"), plate};
    f.longitude = 109517000;
    f.latitude = 18776000;
    f.datum = Datum::Wgs84;
    f.positionTime = time;
    f.bizStatus = status;
    return f;
}

} // namespace

void tst_AlertListModel::platformAlertsAreUpsertedAndClosedOnesLeave()
{
    AlertListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(&model, &AlertListModel::countsChanged);
    const qint64 t = Noon.toMSecsSinceEpoch();
    model.applyAlerts({alert(1, AlertKind::VehicleUnlicensed, QStringLiteral("琼D1"), t),
                       alert(2, AlertKind::Retired, QStringLiteral("琼D2"), t + 5000)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, AlertListModel::PlateColumn)).toString(),
             QStringLiteral("琼D2")); // newest first
    QCOMPARE(model.data(model.index(1, AlertListModel::ArticleColumn)).toString(),
             QStringLiteral("第十八条"));
    QCOMPARE(model.data(model.index(1, AlertListModel::TimeColumn)).toString(),
             QStringLiteral("03-01 12:00:00"));
    QCOMPARE(model.data(model.index(1, AlertListModel::TimeColumn), Qt::ToolTipRole).toString(),
             QStringLiteral("2025-03-01 12:00:00"));
    QCOMPARE(model.data(model.index(1, AlertListModel::KindColumn)).toString(),
             alertKindTitle(AlertKind::VehicleUnlicensed));
    QCOMPARE(model.data(model.index(1, 0), AlertListModel::KindRole).toInt(),
             int(AlertKind::VehicleUnlicensed));
    QCOMPARE(model.data(model.index(1, 0), AlertListModel::CompanyRole).toString(), QStringLiteral("C1"));
    QCOMPARE(model.count(AlertKind::VehicleUnlicensed), 1);
    QCOMPARE(model.count(AlertKind::Retired), 1);
    QVERIFY(!counts.isEmpty());

    // A refresh replaces the row; a closed alert leaves; a closed alert never seen is ignored.
    AlertRecord refreshed = alert(1, AlertKind::VehicleUnlicensed, QStringLiteral("琼D1"), t);
    refreshed.lastSeenMs = t + 60000;
    model.applyAlerts({refreshed});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(1, 0), AlertListModel::LastSeenRole).toDateTime().toMSecsSinceEpoch(),
             t + 60000);
    AlertRecord closed = alert(2, AlertKind::Retired, QStringLiteral("琼D2"), t + 5000);
    closed.closedMs = t + 70000;
    AlertRecord unknownClosed = alert(9, AlertKind::Retired, QStringLiteral("琼D9"), t);
    unknownClosed.closedMs = t;
    model.applyAlerts({closed, unknownClosed});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.count(AlertKind::Retired), 0);
    QCOMPARE(model.alertAt(0).id, 1);
}

void tst_AlertListModel::stalePositionsFromTheFleet()
{
    AlertListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FleetState fleet;
    const qint64 now = Noon.toSecsSinceEpoch();
    fleet.apply(QList<VehicleFix>{fix(QStringLiteral("琼D1"), now - 60),
                                  fix(QStringLiteral("琼D2"), now - 61),
                                  fix(QStringLiteral("琼D3"), now - 600, BizStatus::OutOfService)});
    model.updateStale(fleet, Noon);
    // 60 s is still in time (Art. 15(三): "不得超过60秒"); 61 s is not; 停运 vehicles are not expected to
    // report.
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.count(AlertKind::StalePosition), 1);
    const AlertRecord &stale = model.alertAt(0);
    QCOMPARE(stale.kind, AlertKind::StalePosition);
    QCOMPARE(stale.vehicleNo, QStringLiteral("琼D2"));
    QVERIFY(stale.article.contains(QStringLiteral("第十五条(三)")));
    QCOMPARE(model.data(model.index(0, AlertListModel::DetailColumn)).toString(),
             AlertListModel::tr("last position %1 s ago, at most %2 s allowed").arg(61).arg(60));

    // Later: 琼D1 is stale too, 琼D2's age grows; a new fix of 琼D2 takes it off the list.
    const QDateTime later = Noon.addSecs(10);
    model.updateStale(fleet, later);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.count(AlertKind::StalePosition), 2);
    fleet.apply(QList<VehicleFix>{fix(QStringLiteral("琼D2"), now + 5)});
    model.updateStale(fleet, later);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.alertAt(0).vehicleNo, QStringLiteral("琼D1"));
    // Platform alerts and stale rows live side by side.
    model.applyAlerts(
        {alert(1, AlertKind::VehicleUnlicensed, QStringLiteral("琼D1"), Noon.toMSecsSinceEpoch())});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.count(AlertKind::VehicleUnlicensed), 1);
}

void tst_AlertListModel::detailTexts()
{
    AlertRecord a = alert(1, AlertKind::Retired, QStringLiteral("琼D1"), 0);
    a.detail = QJsonObject{
        {QStringLiteral("findings"),
         QJsonArray{QJsonObject{{QStringLiteral("ruleId"), QStringLiteral("vehicle.retirement.mileage")},
                                {QStringLiteral("measured"), 612345},
                                {QStringLiteral("limit"), 600000}},
                    QJsonObject{{QStringLiteral("ruleId"), QStringLiteral("some.future.rule")},
                                {QStringLiteral("message"), QStringLiteral("第十三条(三): …")}}}}};
    QCOMPARE(AlertListModel::detailOf(a),
             QStringLiteral("odometer 612345 km, retirement at 600000 km; 第十三条(三): …"));
    AlertRecord d = alert(2, AlertKind::DispatchWhileCarrying, QStringLiteral("琼D1"), 0);
    d.orderId = QStringLiteral("B2");
    d.detail = QJsonObject{{QStringLiteral("carryingOrderId"), QStringLiteral("A1")}};
    QCOMPARE(AlertListModel::detailOf(d), QStringLiteral("order B2 pushed while carrying order A1"));
    AlertRecord o = alert(3, AlertKind::OutOfArea, QStringLiteral("琼D1"), 0);
    o.orderId = QStringLiteral("C3");
    QVERIFY(AlertListModel::detailOf(o).startsWith(QStringLiteral("order C3")));
}

void tst_AlertListModel::headersAndClear()
{
    AlertListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.headerData(AlertListModel::TimeColumn, Qt::Horizontal).toString(), QStringLiteral("Time"));
    QCOMPARE(model.headerData(AlertListModel::DetailColumn, Qt::Horizontal).toString(),
             QStringLiteral("Detail"));
    model.applyAlerts({alert(1, AlertKind::VehicleUnlicensed, QStringLiteral("琼D1"), 0)});
    QSignalSpy counts(&model, &AlertListModel::countsChanged);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.count(AlertKind::VehicleUnlicensed), 0);
    QCOMPARE(counts.size(), 1);
}

void tst_AlertListModel::badRecordAlertsAndUnknownKinds()
{
    // Seed 002 Art. 34: the platform's badRecord alerts are a kind of their own, counted and worded here.
    AlertListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AlertRecord listed =
        alert(7, AlertKind::BadRecord, QStringLiteral("琼DD12345"), Noon.toMSecsSinceEpoch());
    listed.article = QStringLiteral("第三十四条");
    listed.ruleId = QStringLiteral("badRecord.vehicle");
    listed.detail = QJsonObject{{QStringLiteral("reason"), QStringLiteral("Three times without a permit")},
                                {QStringLiteral("until"), QStringLiteral("2025-12-31")}};
    AlertRecord driver = listed;
    driver.id = 8;
    driver.ruleId = QStringLiteral("badRecord.driver");
    driver.detail = QJsonObject{{QStringLiteral("reason"), QStringLiteral("Overcharged")}};
    // Through JSON, as AlertClient reads them.
    const auto fromWire = AlertRecord::fromJson(listed.toJson());
    QVERIFY(fromWire);
    QCOMPARE(fromWire->kind, AlertKind::BadRecord);
    model.applyAlerts({*fromWire, driver});
    QCOMPARE(model.count(AlertKind::BadRecord), 2);
    QCOMPARE(model.data(model.index(1, AlertListModel::KindColumn)).toString(),
             alertKindTitle(AlertKind::BadRecord));
    QCOMPARE(model.data(model.index(1, AlertListModel::ArticleColumn)).toString(),
             QStringLiteral("第三十四条"));
    QCOMPARE(
        model.data(model.index(1, AlertListModel::DetailColumn)).toString(),
        QStringLiteral("vehicle on the bad-record list: Three times without a permit (until 2025-12-31)"));
    QCOMPARE(model.data(model.index(0, AlertListModel::DetailColumn)).toString(),
             QStringLiteral("driver on the bad-record list: Overcharged"));
    QVERIFY(!alertKindTitle(AlertKind::BadRecord).isEmpty());

    // A kind this console does not know yet (a newer platform) is left out, not shown as another kind.
    QJsonObject unknown = listed.toJson();
    unknown.insert(QStringLiteral("kind"), QStringLiteral("somethingNew"));
    QVERIFY(!AlertRecord::fromJson(unknown));
}

QTEST_GUILESS_MAIN(tst_AlertListModel)
#include "tst_alertlistmodel.moc"
