// AlertMonitor: the rules of seed 002 applied to committed uploads, one open alert per kind, company and
// subject, alerts closed when the condition clears, and a restart that rebuilds the registry from the
// stored base-info without raising anything twice. Real SQLite file, ManualClock, records decoded by the
// real JSON codec.

#include "alerts/alertmonitor.h"
#include "alerts/alertstore.h"
#include "badrecords/badrecordstore.h"
#include "domain/manualclock.h"
#include "intake/uploadoutcome.h"
#include "protocol/jsoncodec.h"
#include "storage/database.h"
#include "storage/interfacetables.h"
#include "storage/recordstore.h"
#include "storage/schemamigrator.h"

#include "permitfixtures.h"
#include "uploadfixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace rw;
using namespace rw::fixtures;

class tst_AlertMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void unregisteredVehicleRaisesOneAlertUntilItsBaseInfoArrives();
    void certificateMissingOrExpired();
    void aVehicleNotInServiceRaisesNothing();
    void retirementByMileageAndByAge();
    void unlicensedDriver();
    void tripWithBothEndsOutside();
    void orderPushedWhileCarrying();
    void restartRebuildsTheRegistryAndKeepsOpenAlerts();
    void aRegionWithoutRulesRaisesNothing();
    void badRecordAddedThenRemoved();
    void badRecordOfADriverAndItsUntilDay();

private:
    std::unique_ptr<AlertMonitor> newMonitor();
    UploadOutcome outcome(const QString &ipcType, const QJsonArray &records);
    void feed(AlertMonitor &monitor, const QString &ipcType, const QJsonArray &records);
    QList<AlertRecord> alertsInStore();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::shared_ptr<const InterfaceCatalogue> m_catalogue = InterfaceCatalogue::builtIn();
    std::unique_ptr<Database> m_db; // the test's own connection
};

namespace {

// 2025-03-01 12:00 in Wuzhishan.
const QDateTime Noon(QDate(2025, 3, 1), QTime(4, 0), QTimeZone::utc());
const qint64 NoonUnix = Noon.toSecsSinceEpoch();
const QString Plate = QStringLiteral("琼DD12345");
const QString Licence = QStringLiteral("469001199001011234");

QJsonObject position(const QString &plate, qint64 time, int bizStatus = 3,
                     const QString &orderId = QStringLiteral("0"), std::optional<double> mileage = {},
                     int region = 469001)
{
    QJsonObject o = positionVehicle(plate, time);
    o.insert(QStringLiteral("BizStatus"), bizStatus);
    o.insert(QStringLiteral("OrderId"), orderId);
    o.insert(QStringLiteral("VehicleRegionCode"), region);
    if (mileage)
        o.insert(QStringLiteral("Mileage"), *mileage);
    return o;
}

QJsonObject vehicle(const QString &plate, std::optional<QString> certificate, qint64 transDateStop = 20310319,
                    qint64 firstRegistration = 20230315, int address = 469001)
{
    QJsonObject o = baseInfoVehicle(plate, QStringLiteral("LSVAM4187C2184847"));
    o.remove(QStringLiteral("Certificate"));
    if (certificate)
        o.insert(QStringLiteral("Certificate"), *certificate);
    o.insert(QStringLiteral("TransDateStop"), transDateStop);
    o.insert(QStringLiteral("CertifyDateB"), firstRegistration);
    o.insert(QStringLiteral("Address"), address);
    return o;
}

QJsonObject driver(const QString &licence, const QString &certificateNo, qint64 proofOff)
{
    return QJsonObject{{QStringLiteral("CompanyId"), kCompany},
                       {QStringLiteral("Address"), 469001},
                       {QStringLiteral("LicenseId"), licence},
                       {QStringLiteral("CertificateNo"), certificateNo},
                       {QStringLiteral("NetworkCarProofOn"), 20220101},
                       {QStringLiteral("NetworkCarProofOff"), proofOff},
                       {QStringLiteral("Flag"), 1},
                       {QStringLiteral("UpdateTime"), 20250301120000LL}};
}

QJsonObject match(const QString &orderId, const QString &plate, const QString &licence, qint64 distributeTime)
{
    return QJsonObject{{QStringLiteral("CompanyId"), kCompany},
                       {QStringLiteral("Address"), 469001},
                       {QStringLiteral("OrderId"), orderId},
                       {QStringLiteral("Encrypt"), 2},
                       {QStringLiteral("LicenseId"), licence},
                       {QStringLiteral("DriverPhone"), QStringLiteral("19900000001")},
                       {QStringLiteral("VehicleNo"), plate},
                       {QStringLiteral("DistributeTime"), distributeTime}};
}

QJsonObject depart(const QString &orderId, qint64 lon, qint64 lat, int encrypt = 2)
{
    return QJsonObject{
        {QStringLiteral("CompanyId"), kCompany},      {QStringLiteral("OrderId"), orderId},
        {QStringLiteral("LicenseId"), Licence},       {QStringLiteral("FareType"), QStringLiteral("WZS01")},
        {QStringLiteral("VehicleNo"), Plate},         {QStringLiteral("DepLongitude"), lon},
        {QStringLiteral("DepLatitude"), lat},         {QStringLiteral("Encrypt"), encrypt},
        {QStringLiteral("DepTime"), 20250301120000LL}};
}

QJsonObject arrive(const QString &orderId, qint64 lon, qint64 lat, int encrypt = 2)
{
    return QJsonObject{
        {QStringLiteral("CompanyId"), kCompany}, {QStringLiteral("OrderId"), orderId},
        {QStringLiteral("DestLongitude"), lon},  {QStringLiteral("DestLatitude"), lat},
        {QStringLiteral("Encrypt"), encrypt},    {QStringLiteral("DestTime"), 20250301123000LL},
        {QStringLiteral("DriveMile"), 12.5},     {QStringLiteral("DriveTime"), 1800}};
}

// Places of resources/cities/469001.json, in 1e-6 degree.
constexpr qint64 TownLon = 109517000, TownLat = 18776000;
constexpr qint64 BaotingLon = 109700000, BaotingLat = 18639000;       // 保亭县城, outside
constexpr qint64 QixianlingLon = 109686000, QixianlingLat = 18700000; // 七仙岭温泉, outside

} // namespace

void tst_AlertMonitor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(Noon);
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("platform.db"))));
    SchemaMigrator migrator = SchemaMigrator::platform();
    QVERIFY2(migrator.migrate(*m_db), qPrintable(migrator.error().toString()));
    InterfaceTables tables(*m_db, m_catalogue);
    QVERIFY2(tables.ensure(), qPrintable(tables.error().toString()));
    // The company is licensed in Wuzhishan: alerts without a vehicle region take the company's.
    testing::insertCompanyPermit(*m_db, kCompany, QStringLiteral("469001"), QStringLiteral("畅行"));
}

void tst_AlertMonitor::cleanup()
{
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

std::unique_ptr<AlertMonitor> tst_AlertMonitor::newMonitor()
{
    AlertMonitor::Options options;
    options.databasePath = m_dir->filePath(QStringLiteral("platform.db"));
    options.synchronousFull = false;
    auto monitor = std::make_unique<AlertMonitor>(options, m_catalogue, *m_clock);
    QString error;
    if (!monitor->open(&error))
        qFatal("cannot open the alert monitor: %s", qPrintable(error));
    return monitor;
}

UploadOutcome tst_AlertMonitor::outcome(const QString &ipcType, const QJsonArray &records)
{
    const DecodeResult decoded = JsonCodec(m_catalogue).decode(envelope(ipcType, records));
    if (!decoded.ok())
        qFatal("fixture does not decode: %s", qPrintable(decoded.error));
    UploadOutcome o;
    o.spec = decoded.envelopes.first().spec;
    o.companyId = kCompany;
    o.acceptedRecords = decoded.envelopes.first().records;
    o.accepted = int(o.acceptedRecords.size());
    return o;
}

void tst_AlertMonitor::feed(AlertMonitor &monitor, const QString &ipcType, const QJsonArray &records)
{
    monitor.process(outcome(ipcType, records));
}

QList<AlertRecord> tst_AlertMonitor::alertsInStore()
{
    AlertStore store(*m_db);
    return store.changesSince(0, AlertStore::MaxLimit, RegionScope::fromCode(u"460000"));
}

void tst_AlertMonitor::unregisteredVehicleRaisesOneAlertUntilItsBaseInfoArrives()
{
    auto monitor = newMonitor();
    QSignalSpy changed(monitor.get(), &AlertMonitor::alertChanged);
    feed(*monitor, QStringLiteral("positionVehicle"),
         {position(Plate, NoonUnix), position(Plate, NoonUnix + 5)});
    QCOMPARE(changed.size(), 1);
    QList<AlertRecord> alerts = alertsInStore();
    QCOMPARE(alerts.size(), 1);
    const AlertRecord first = alerts.first();
    QCOMPARE(first.kind, AlertKind::VehicleUnlicensed);
    QCOMPARE(first.article, QStringLiteral("第十八条"));
    QCOMPARE(first.ruleId, QStringLiteral("vehicle.registered"));
    QCOMPARE(first.companyId, kCompany);
    QCOMPARE(first.vehicleNo, Plate);
    QCOMPARE(first.regionCode, QStringLiteral("469001"));
    QCOMPARE(first.firstSeenMs, Noon.toMSecsSinceEpoch());
    QVERIFY(first.isOpen());
    QVERIFY(first.id > 0 && first.revision > 0);

    // More positions within the touch interval: nothing written; after it, the same alert refreshed.
    m_clock->advanceMSecs(30'000);
    feed(*monitor, QStringLiteral("positionVehicle"), {position(Plate, NoonUnix + 30)});
    QCOMPARE(changed.size(), 1);
    m_clock->advanceMSecs(31'000);
    feed(*monitor, QStringLiteral("positionVehicle"), {position(Plate, NoonUnix + 61)});
    QCOMPARE(changed.size(), 2);
    alerts = alertsInStore();
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().id, first.id);
    QVERIFY(alerts.first().revision > first.revision);
    QCOMPARE(alerts.first().lastSeenMs, Noon.toMSecsSinceEpoch() + 61'000);
    QCOMPARE(monitor->openAlertCount(), 1);

    // The base-info with a valid certificate closes it at once.
    feed(*monitor, QStringLiteral("baseInfoVehicle"),
         {vehicle(Plate, QStringLiteral("琼交运管五指字123456号"))});
    QCOMPARE(changed.size(), 3);
    alerts = alertsInStore();
    QCOMPARE(alerts.size(), 1);
    QVERIFY(!alerts.first().isOpen());
    QCOMPARE(alerts.first().closedMs, Noon.toMSecsSinceEpoch() + 61'000);
    QCOMPARE(monitor->openAlertCount(), 0);
    feed(*monitor, QStringLiteral("positionVehicle"), {position(Plate, NoonUnix + 70)});
    QCOMPARE(changed.size(), 3);
}

void tst_AlertMonitor::certificateMissingOrExpired()
{
    auto monitor = newMonitor();
    const QString other = QStringLiteral("琼DD00002");
    feed(*monitor, QStringLiteral("baseInfoVehicle"),
         {vehicle(Plate, std::nullopt), vehicle(other, QStringLiteral("琼交运管五指字000002号"), 20250228)});
    QCOMPARE(alertsInStore().size(), 0); // not in service yet
    feed(*monitor, QStringLiteral("positionVehicle"), {position(Plate, NoonUnix), position(other, NoonUnix)});
    const QList<AlertRecord> alerts = alertsInStore();
    QCOMPARE(alerts.size(), 2);
    QCOMPARE(alerts.at(0).vehicleNo, Plate);
    QCOMPARE(alerts.at(0).ruleId, QStringLiteral("vehicle.certificate.present"));
    QCOMPARE(alerts.at(1).vehicleNo, other);
    QCOMPARE(alerts.at(1).ruleId, QStringLiteral("vehicle.certificate.validity"));
    const QJsonObject finding =
        alerts.at(1).detail.value(QStringLiteral("findings")).toArray().first().toObject();
    QCOMPARE(finding.value(QStringLiteral("limit")).toString(), QStringLiteral("2025-02-28"));
    QCOMPARE(finding.value(QStringLiteral("measured")).toString(), QStringLiteral("2025-03-01"));
}

void tst_AlertMonitor::aVehicleNotInServiceRaisesNothing()
{
    auto monitor = newMonitor();
    feed(*monitor, QStringLiteral("baseInfoVehicle"), {vehicle(Plate, std::nullopt, 20200101, 20100101)});
    QCOMPARE(alertsInStore().size(), 0);
    // Positions an hour-long shift later make it in service.
    m_clock->advanceMSecs(3600'000);
    feed(*monitor, QStringLiteral("positionVehicle"), {position(Plate, NoonUnix + 3600)});
    QCOMPARE(alertsInStore().size(), 2); // unlicensed and retired
}

void tst_AlertMonitor::retirementByMileageAndByAge()
{
    auto monitor = newMonitor();
    const QString old = QStringLiteral("琼DD00003");
    feed(*monitor, QStringLiteral("baseInfoVehicle"),
         {vehicle(Plate, QStringLiteral("c1")), vehicle(old, QStringLiteral("c2"), 20250301, 20170301)});
    feed(*monitor, QStringLiteral("positionVehicle"),
         {position(Plate, NoonUnix, 3, QStringLiteral("0"), 599999.9), position(old, NoonUnix)});
    QList<AlertRecord> alerts = alertsInStore();
    // 2017-03-01 + 8 years = today: Art. 40 retires it today; Art. 41 lets the certificate run today still.
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().kind, AlertKind::Retired);
    QCOMPARE(alerts.first().vehicleNo, old);
    QCOMPARE(alerts.first().article, QStringLiteral("第四十条"));
    QCOMPARE(alerts.first().ruleId, QStringLiteral("vehicle.retirement.age"));

    m_clock->advanceMSecs(60'000); // the next judgement of Plate
    feed(*monitor, QStringLiteral("positionVehicle"),
         {position(Plate, NoonUnix + 60, 3, QStringLiteral("0"), 600000.0)});
    alerts = alertsInStore();
    QCOMPARE(alerts.size(), 2);
    QCOMPARE(alerts.last().kind, AlertKind::Retired);
    QCOMPARE(alerts.last().vehicleNo, Plate);
    QCOMPARE(alerts.last().ruleId, QStringLiteral("vehicle.retirement.mileage"));
    const QJsonObject finding =
        alerts.last().detail.value(QStringLiteral("findings")).toArray().first().toObject();
    QCOMPARE(finding.value(QStringLiteral("measured")).toDouble(), 600000.0);
    QCOMPARE(finding.value(QStringLiteral("limit")).toDouble(), 600000.0);
    QCOMPARE(finding.value(QStringLiteral("unit")).toString(), QStringLiteral("km"));
}

void tst_AlertMonitor::unlicensedDriver()
{
    auto monitor = newMonitor();
    feed(*monitor, QStringLiteral("baseInfoVehicle"), {vehicle(Plate, QStringLiteral("c1"))});
    const QJsonObject seen{
        {QStringLiteral("CompanyId"), kCompany},    {QStringLiteral("LicenseId"), Licence},
        {QStringLiteral("VehicleNo"), Plate},       {QStringLiteral("DriverRegionCode"), 469001},
        {QStringLiteral("PositionTime"), NoonUnix}, {QStringLiteral("Longitude"), TownLon},
        {QStringLiteral("Latitude"), TownLat},      {QStringLiteral("OrderId"), QStringLiteral("0")}};
    feed(*monitor, QStringLiteral("positionDriver"), {seen, seen});
    QList<AlertRecord> alerts = alertsInStore();
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().kind, AlertKind::DriverUnlicensed);
    QCOMPARE(alerts.first().article, QStringLiteral("第十九条"));
    QCOMPARE(alerts.first().licenseId, Licence);
    QCOMPARE(alerts.first().vehicleNo, Plate); // so that the console can open the vehicle

    // Filed, but with a certificate that ended yesterday: the same alert, another rule.
    feed(*monitor, QStringLiteral("baseInfoDriver"),
         {driver(Licence, QStringLiteral("469001W1234567"), 20250228)});
    alerts = alertsInStore();
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().ruleId, QStringLiteral("driver.certificate.validity"));
    QVERIFY(alerts.first().isOpen());
    feed(*monitor, QStringLiteral("baseInfoDriver"),
         {driver(Licence, QStringLiteral("469001W1234567"), 20250301)});
    QVERIFY(!alertsInStore().first().isOpen());
}

void tst_AlertMonitor::tripWithBothEndsOutside()
{
    auto monitor = newMonitor();
    feed(*monitor, QStringLiteral("operateDepart"),
         {depart(QStringLiteral("OUT1"), BaotingLon, BaotingLat),
          depart(QStringLiteral("HALF"), TownLon, TownLat)});
    feed(*monitor, QStringLiteral("operateArrive"),
         {arrive(QStringLiteral("OUT1"), QixianlingLon, QixianlingLat),
          arrive(QStringLiteral("HALF"), BaotingLon, BaotingLat)});
    QList<AlertRecord> alerts;
    for (const AlertRecord &a : alertsInStore())
        if (a.kind == AlertKind::OutOfArea)
            alerts.append(a);
    QCOMPARE(alerts.size(), 1); // seed 002 Art. 22: one end inside is allowed
    QCOMPARE(alerts.first().orderId, QStringLiteral("OUT1"));
    QCOMPARE(alerts.first().article, QStringLiteral("第二十二条"));
    QCOMPARE(alerts.first().vehicleNo, Plate);
    QCOMPARE(alerts.first().licenseId, Licence);
    // The arrival sent again is no second alert.
    feed(*monitor, QStringLiteral("operateArrive"),
         {arrive(QStringLiteral("OUT1"), QixianlingLon, QixianlingLat)});
    int outOfArea = 0;
    for (const AlertRecord &a : alertsInStore())
        outOfArea += a.kind == AlertKind::OutOfArea;
    QCOMPARE(outOfArea, 1);

    // An event, not a lasting state: it closes itself a day later (and stays in the table).
    const auto openOutOfArea = [this] {
        int open = 0;
        for (const AlertRecord &a : alertsInStore())
            open += a.kind == AlertKind::OutOfArea && a.isOpen();
        return open;
    };
    QCOMPARE(openOutOfArea(), 1);
    m_clock->advanceMSecs(24 * 3600'000 - 60'000);
    feed(*monitor, QStringLiteral("positionVehicle"), {position(Plate, NoonUnix + 86000, 2, QString())});
    QCOMPARE(openOutOfArea(), 1);
    m_clock->advanceMSecs(60'000);
    feed(*monitor, QStringLiteral("positionVehicle"), {position(Plate, NoonUnix + 86400, 2, QString())});
    QCOMPARE(openOutOfArea(), 0);
    QCOMPARE(int(alertsInStore().size()) >= 1, true); // kept as history
}

void tst_AlertMonitor::orderPushedWhileCarrying()
{
    auto monitor = newMonitor();
    feed(*monitor, QStringLiteral("baseInfoVehicle"), {vehicle(Plate, QStringLiteral("c1"))});
    feed(*monitor, QStringLiteral("baseInfoDriver"),
         {driver(Licence, QStringLiteral("469001W1234567"), 20300101)});
    feed(*monitor, QStringLiteral("positionVehicle"), {position(Plate, NoonUnix, 1, QStringLiteral("A1"))});
    // Its own order, and an order 30 s after a fix saying it carries A1: suspicious, not yet proven.
    feed(*monitor, QStringLiteral("orderMatch"),
         {match(QStringLiteral("A1"), Plate, Licence, 20250301115930LL),
          match(QStringLiteral("B2"), Plate, Licence, 20250301120030LL)});
    QCOMPARE(alertsInStore().size(), 0);
    // A1 was dropped off at 12:05, after the match: it was carrying when B2 was pushed.
    feed(*monitor, QStringLiteral("operateArrive"), {arrive(QStringLiteral("A1"), TownLon, TownLat)});
    QList<AlertRecord> alerts = alertsInStore();
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().kind, AlertKind::DispatchWhileCarrying);
    QCOMPARE(alerts.first().article, QStringLiteral("第二十六条(一)"));
    QCOMPARE(alerts.first().orderId, QStringLiteral("B2"));
    QCOMPARE(alerts.first().vehicleNo, Plate);
    QCOMPARE(alerts.first().licenseId, Licence);
    QCOMPARE(alerts.first().detail.value(QStringLiteral("carryingOrderId")).toString(), QStringLiteral("A1"));

    // The usual case: the last fix (12:10:00) says carrying E5, E5 is dropped off at 12:10:05 and the next
    // order is pushed at 12:10:10, before the next fix: no alert, whichever of arrival and match comes first.
    const QString other = QStringLiteral("琼DD00009");
    feed(*monitor, QStringLiteral("baseInfoVehicle"), {vehicle(other, QStringLiteral("c9"))});
    feed(*monitor, QStringLiteral("positionVehicle"),
         {position(other, NoonUnix + 600, 1, QStringLiteral("E5"))});
    feed(*monitor, QStringLiteral("orderMatch"),
         {match(QStringLiteral("F6"), other, Licence, 20250301121010LL)});
    QJsonObject e5 = arrive(QStringLiteral("E5"), TownLon, TownLat);
    e5.insert(QStringLiteral("DestTime"), 20250301121005LL);
    feed(*monitor, QStringLiteral("operateArrive"), {e5});
    feed(*monitor, QStringLiteral("orderMatch"),
         {match(QStringLiteral("G7"), other, Licence, 20250301121010LL)});
    QCOMPARE(alertsInStore().size(), 1);

    // A fix at the match still carrying the other order proves it at once.
    feed(*monitor, QStringLiteral("positionVehicle"),
         {position(Plate, NoonUnix + 900, 1, QStringLiteral("H8"))});
    feed(*monitor, QStringLiteral("orderMatch"),
         {match(QStringLiteral("I9"), Plate, Licence, 20250301121500LL)});
    QCOMPARE(alertsInStore().size(), 2);
    // A fix older than the window tells nothing about the moment of the match; an idle fix is no carry.
    feed(*monitor, QStringLiteral("orderMatch"),
         {match(QStringLiteral("J10"), Plate, Licence, 20250301122000LL)});
    feed(*monitor, QStringLiteral("positionVehicle"),
         {position(Plate, NoonUnix + 1500, 3, QStringLiteral("0"))});
    feed(*monitor, QStringLiteral("orderMatch"),
         {match(QStringLiteral("K11"), Plate, Licence, 20250301122500LL)});
    QCOMPARE(alertsInStore().size(), 2);
}

void tst_AlertMonitor::restartRebuildsTheRegistryAndKeepsOpenAlerts()
{
    // Base-info stored as the ingest worker stores it.
    RecordStore store(*m_db, m_catalogue);
    IngestBatch batch;
    batch.companyId = kCompany;
    const UploadOutcome vehicles =
        outcome(QStringLiteral("baseInfoVehicle"),
                {vehicle(Plate, QStringLiteral("c1")),
                 vehicle(QStringLiteral("琼DD00004"), QStringLiteral("c4"), 20250101)});
    batch.spec = vehicles.spec;
    batch.receivedMs = Noon.toMSecsSinceEpoch();
    for (int i = 0; i < vehicles.acceptedRecords.size(); ++i)
        batch.accepted.append(AcceptedRecord{vehicles.acceptedRecords.at(i), i, NoonUnix});
    QVERIFY(store.store(batch).ok());

    auto monitor = newMonitor();
    QCOMPARE(monitor->vehicleCount(), 2);
    feed(*monitor, QStringLiteral("positionVehicle"),
         {position(Plate, NoonUnix), position(QStringLiteral("琼DD00004"), NoonUnix),
          position(QStringLiteral("琼DD00005"), NoonUnix)});
    QList<AlertRecord> alerts = alertsInStore();
    QCOMPARE(alerts.size(), 2); // the expired one and the unknown one; Plate is in order
    QCOMPARE(alerts.at(0).vehicleNo, QStringLiteral("琼DD00004"));
    QCOMPARE(alerts.at(1).vehicleNo, QStringLiteral("琼DD00005"));

    monitor.reset();
    m_clock->advanceMSecs(120'000);
    monitor = newMonitor();
    QCOMPARE(monitor->openAlertCount(), 2);
    QCOMPARE(monitor->vehicleCount(), 2); // the unknown plate is not base-info
    feed(*monitor, QStringLiteral("positionVehicle"),
         {position(Plate, NoonUnix + 120), position(QStringLiteral("琼DD00004"), NoonUnix + 120),
          position(QStringLiteral("琼DD00005"), NoonUnix + 120)});
    alerts = alertsInStore();
    QCOMPARE(alerts.size(), 2); // refreshed, not raised again
    QCOMPARE(alerts.at(0).id, 1);
    QCOMPARE(alerts.at(0).lastSeenMs, Noon.toMSecsSinceEpoch() + 120'000);
    // And the open alert read back is closed by the base-info that clears it.
    feed(*monitor, QStringLiteral("baseInfoVehicle"),
         {vehicle(QStringLiteral("琼DD00005"), QStringLiteral("c5"))});
    alerts = alertsInStore();
    QCOMPARE(alerts.last().vehicleNo, QStringLiteral("琼DD00005"));
    QVERIFY(!alerts.last().isOpen());
}

void tst_AlertMonitor::aRegionWithoutRulesRaisesNothing()
{
    auto monitor = newMonitor();
    // A Haikou vehicle (460100): no rules file, so no judgement, rather than Wuzhishan's rules.
    feed(*monitor, QStringLiteral("baseInfoVehicle"),
         {vehicle(Plate, std::nullopt, 20200101, 20100101, 460100)});
    feed(*monitor, QStringLiteral("positionVehicle"),
         {position(Plate, NoonUnix, 3, QStringLiteral("0"), 700000.0, 460100)});
    QCOMPARE(alertsInStore().size(), 0);
}

void tst_AlertMonitor::badRecordAddedThenRemoved()
{
    // Seed 002 Art. 34: a vehicle on the city's bad-record list that is online raises a badRecord alert,
    // at once when it is listed while in service; removed from the list, the alert closes and none is
    // raised again. The list is changed through BadRecordStore on the test's connection, as the API does
    // on the HTTP thread's; its changed() signal makes the monitor read it again.
    auto monitor = newMonitor();
    BadRecordStore list(*m_db, *m_clock);
    connect(&list, &BadRecordStore::changed, monitor.get(), &AlertMonitor::reloadBadRecords);
    QSignalSpy changed(monitor.get(), &AlertMonitor::alertChanged);
    feed(*monitor, QStringLiteral("baseInfoVehicle"),
         {vehicle(Plate, QStringLiteral("琼交运管五指字123456号"))});
    feed(*monitor, QStringLiteral("positionVehicle"), {position(Plate, NoonUnix)});
    QCOMPARE(changed.size(), 0); // a licensed vehicle: nothing to say

    BadRecord entry;
    entry.subject = BadRecord::Subject::Vehicle;
    entry.plate = QStringLiteral("琼DD 12345");
    entry.regionCode = QStringLiteral("469001");
    entry.reason = QStringLiteral("Three times caught without a permit");
    entry.addedBy = QStringLiteral("li.wei");
    m_clock->advanceMSecs(10'000);
    const auto added = list.add(entry);
    QVERIFY2(added, qPrintable(list.message()));
    QCOMPARE(monitor->badRecordCount(), 1);
    QCOMPARE(changed.size(), 1); // in service (seen 10 s ago): raised at once
    QList<AlertRecord> alerts = alertsInStore();
    QCOMPARE(alerts.size(), 1);
    const AlertRecord alert = alerts.first();
    QCOMPARE(alert.kind, AlertKind::BadRecord);
    QCOMPARE(alertKindKey(alert.kind), QStringLiteral("badRecord"));
    QCOMPARE(alert.article, QStringLiteral("第三十四条"));
    QCOMPARE(alert.ruleId, QStringLiteral("badRecord.vehicle"));
    QCOMPARE(alert.vehicleNo, Plate);
    QCOMPARE(alert.regionCode, QStringLiteral("469001"));
    QCOMPARE(alert.detail.value(QStringLiteral("badRecordId")).toInteger(), added->id);
    QCOMPARE(alert.detail.value(QStringLiteral("reason")).toString(), entry.reason);
    QVERIFY(alert.detail.value(QStringLiteral("until")).isNull());
    QVERIFY(alert.isOpen());

    // Seen again: the same alert (refreshed after the touch interval), not a second one.
    m_clock->advanceMSecs(61'000);
    feed(*monitor, QStringLiteral("positionVehicle"), {position(Plate, NoonUnix + 71)});
    QCOMPARE(changed.size(), 2);
    alerts = alertsInStore();
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().id, alert.id);
    QCOMPARE(alerts.first().lastSeenMs, m_clock->nowMs());

    // Removed from the list: closed at once; later positions raise nothing.
    m_clock->advanceMSecs(5'000);
    QVERIFY(list.remove(added->id, QStringLiteral("wang.fang"), QStringLiteral("Appeal upheld")));
    QCOMPARE(monitor->badRecordCount(), 0);
    QCOMPARE(changed.size(), 3);
    alerts = alertsInStore();
    QCOMPARE(alerts.size(), 1);
    QVERIFY(!alerts.first().isOpen());
    QCOMPARE(alerts.first().closedMs, m_clock->nowMs());
    QCOMPARE(monitor->openAlertCount(), 0);
    for (int i = 1; i <= 3; ++i) {
        m_clock->advanceMSecs(61'000);
        feed(*monitor, QStringLiteral("positionVehicle"), {position(Plate, NoonUnix + 76 + 61 * i)});
    }
    QCOMPARE(changed.size(), 3);
    QCOMPARE(alertsInStore().size(), 1);

    // A listing that arrives while the vehicle is off duty waits until it is seen; a restarted monitor
    // reads the list from the database.
    m_clock->advanceMSecs(3600'000);
    QVERIFY(list.add(entry));
    QCOMPARE(changed.size(), 3);
    monitor = newMonitor();
    QCOMPARE(monitor->badRecordCount(), 1);
    feed(*monitor, QStringLiteral("positionVehicle"), {position(Plate, NoonUnix + 4000)});
    // (The base-info was fed to the first monitor only, not stored: the new one also finds it unfiled.)
    QList<AlertRecord> listed;
    for (const AlertRecord &a : alertsInStore())
        if (a.kind == AlertKind::BadRecord)
            listed.append(a);
    QCOMPARE(listed.size(), 2);
    QVERIFY(!listed.first().isOpen());
    QVERIFY(listed.last().isOpen());
    QCOMPARE(listed.last().detail.value(QStringLiteral("badRecordId")).toInteger(), added->id + 1);
}

void tst_AlertMonitor::badRecordOfADriverAndItsUntilDay()
{
    auto monitor = newMonitor();
    BadRecordStore list(*m_db, *m_clock);
    connect(&list, &BadRecordStore::changed, monitor.get(), &AlertMonitor::reloadBadRecords);
    QSignalSpy changed(monitor.get(), &AlertMonitor::alertChanged);
    feed(*monitor, QStringLiteral("baseInfoVehicle"), {vehicle(Plate, QStringLiteral("c1"))});
    feed(*monitor, QStringLiteral("baseInfoDriver"), {driver(Licence, QStringLiteral("W1"), 20290101)});

    BadRecord entry;
    entry.subject = BadRecord::Subject::Driver;
    entry.licence = Licence;
    entry.regionCode = QStringLiteral("469001");
    entry.reason = QStringLiteral("Overcharged twice");
    entry.addedBy = QStringLiteral("li.wei");
    entry.until = QDate(2025, 3, 1); // today, China time: listed until midnight
    QVERIFY(list.add(entry));
    QCOMPARE(changed.size(), 0); // not seen yet

    // An order match names the driver: online.
    feed(*monitor, QStringLiteral("orderMatch"),
         {match(QStringLiteral("A1"), Plate, Licence, 20250301120000LL)});
    QCOMPARE(changed.size(), 1);
    const AlertRecord alert = alertsInStore().first();
    QCOMPARE(alert.kind, AlertKind::BadRecord);
    QCOMPARE(alert.ruleId, QStringLiteral("badRecord.driver"));
    QCOMPARE(alert.licenseId, Licence);
    QCOMPARE(alert.vehicleNo, Plate); // so that the console can open the vehicle
    QCOMPARE(AlertStore::subjectOf(alert), Licence);
    QCOMPARE(alert.detail.value(QStringLiteral("until")).toString(), QStringLiteral("2025-03-01"));
    QVERIFY2(!alert.detail.value(QStringLiteral("findings"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("message"))
                  .toString()
                  .contains(Licence),
             "the licence is personal data: not in the message");

    // 2025-03-02 00:00 China time (16:00 UTC): the entry ran out; the next upload closes the alert and
    // raises nothing new.
    m_clock->set(QDateTime(QDate(2025, 3, 1), QTime(16, 0), QTimeZone::utc()));
    const QJsonObject seen{{QStringLiteral("CompanyId"), kCompany},
                           {QStringLiteral("LicenseId"), Licence},
                           {QStringLiteral("VehicleNo"), Plate},
                           {QStringLiteral("DriverRegionCode"), 469001},
                           {QStringLiteral("PositionTime"), NoonUnix + 43200},
                           {QStringLiteral("Longitude"), TownLon},
                           {QStringLiteral("Latitude"), TownLat},
                           {QStringLiteral("OrderId"), QStringLiteral("0")}};
    feed(*monitor, QStringLiteral("positionDriver"), {seen});
    QCOMPARE(changed.size(), 2);
    QCOMPARE(alertsInStore().size(), 1);
    QVERIFY(!alertsInStore().first().isOpen());
    QCOMPARE(monitor->openAlertCount(), 0);
}

QTEST_GUILESS_MAIN(tst_AlertMonitor)
#include "tst_alertmonitor.moc"
