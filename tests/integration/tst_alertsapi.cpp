// The live map's alerts end to end: companies upload over the platform's real TLS port, the AlertMonitor
// (on its own thread) applies seed 002's rules, and GET /api/v1/alerts serves them within the account's
// region scope. The simulator's faults (unlicensed, expired, outside) appear as alerts; a restart neither
// forgets nor repeats them.

#include "intake/companyregistry.h"
#include "simulationrunner.h"
#include "simulator/faultplan.h"
#include "simulator/trafficsimulator.h"

#include "platformapifixture.h"
#include "uploadfixtures.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace rw;
using namespace rw::fixtures;
using rw::testing::HttpResult;
using rw::testing::PlatformApiFixture;

class tst_AlertsApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void alertsOfHandMadeUploadsWithinTheScope();
    void parametersAndPaging();
    void aRestartNeitherForgetsNorRepeats();
    void theSimulatorsFaultsBecomeAlerts();

private:
    QJsonObject get(const QByteArray &token, const QString &query = {});
    QJsonArray alerts(const QByteArray &token, qint64 since = 0);
    void upload(const QString &path, const QString &ipcType, const QJsonArray &records);

    std::unique_ptr<PlatformApiFixture> m_fixture;
    QByteArray m_companyToken;
};

namespace {

// 2025-03-01 12:00 in Wuzhishan.
const QDateTime Noon(QDate(2025, 3, 1), QTime(4, 0), QTimeZone::utc());
const qint64 NoonUnix = Noon.toSecsSinceEpoch();
const QString Unregistered = QStringLiteral("琼DD90001");
const QString Old = QStringLiteral("琼DD90002");
const QString Busy = QStringLiteral("琼DD90003");
const QString Licence = QStringLiteral("469001199001011234");

QJsonObject position(const QString &plate, qint64 time, int bizStatus = 3,
                     const QString &orderId = QStringLiteral("0"))
{
    QJsonObject o = positionVehicle(plate, time);
    o.insert(QStringLiteral("BizStatus"), bizStatus);
    o.insert(QStringLiteral("OrderId"), orderId);
    return o;
}

QJsonObject vehicle(const QString &plate, qint64 firstRegistration = 20230315)
{
    QJsonObject o = baseInfoVehicle(plate, QStringLiteral("LSVAM4187C2184847"));
    o.insert(QStringLiteral("CertifyDateB"), firstRegistration);
    o.insert(QStringLiteral("CertifyDateA"), firstRegistration);
    return o;
}

QSet<QString> kinds(const QJsonArray &alerts)
{
    QSet<QString> out;
    for (const QJsonValue &a : alerts)
        out.insert(a.toObject().value(QStringLiteral("kind")).toString());
    return out;
}

QJsonObject find(const QJsonArray &alerts, const QString &kind)
{
    for (const QJsonValue &a : alerts)
        if (a.toObject().value(QStringLiteral("kind")).toString() == kind)
            return a.toObject();
    return {};
}

} // namespace

void tst_AlertsApi::init()
{
    m_fixture = std::make_unique<PlatformApiFixture>(Noon);
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    m_companyToken =
        m_fixture->server().companies().addCompany(kCompany, QStringLiteral("五指山示范出行"), &error);
    QVERIFY2(!m_companyToken.isEmpty(), qPrintable(error));
}

void tst_AlertsApi::cleanup()
{
    m_fixture.reset();
}

QJsonObject tst_AlertsApi::get(const QByteArray &token, const QString &query)
{
    const HttpResult result = m_fixture->request("GET", QStringLiteral("/api/v1/alerts") + query, token);
    if (result.status != 200)
        qWarning("GET /api/v1/alerts%s: %s", qPrintable(query), result.describe().constData());
    return result.json();
}

QJsonArray tst_AlertsApi::alerts(const QByteArray &token, qint64 since)
{
    return get(token, QStringLiteral("?since=%1").arg(since)).value(QStringLiteral("alerts")).toArray();
}

void tst_AlertsApi::upload(const QString &path, const QString &ipcType, const QJsonArray &records)
{
    const HttpResult result = m_fixture->request("POST", path, m_companyToken, envelope(ipcType, records));
    QVERIFY2(result.status == 200, result.describe().constData());
    QVERIFY2(result.json().value(QStringLiteral("rejected")).toInt() == 0, result.body.constData());
}

void tst_AlertsApi::alertsOfHandMadeUploadsWithinTheScope()
{
    // A vehicle never filed; one first registered eight years ago today (seed 002 Art. 40); and an order
    // pushed to a vehicle whose fix of half a minute before says it carries another (Art. 26(一)).
    upload(QStringLiteral("/baseinfo/vehicle"), QStringLiteral("baseInfoVehicle"),
           {vehicle(Old, 20170301), vehicle(Busy)});
    upload(QStringLiteral("/position/vehicle"), QStringLiteral("positionVehicle"),
           {position(Unregistered, NoonUnix), position(Old, NoonUnix),
            position(Busy, NoonUnix, 1, QStringLiteral("A1"))});
    upload(QStringLiteral("/order/match"), QStringLiteral("orderMatch"),
           {QJsonObject{{QStringLiteral("CompanyId"), kCompany},
                        {QStringLiteral("Address"), 469001},
                        {QStringLiteral("OrderId"), QStringLiteral("B2")},
                        {QStringLiteral("Encrypt"), 2},
                        {QStringLiteral("LicenseId"), Licence},
                        {QStringLiteral("DriverPhone"), QStringLiteral("19900000001")},
                        {QStringLiteral("VehicleNo"), Busy},
                        {QStringLiteral("DistributeTime"), 20250301120030LL}}});
    // A1's passenger got off at 12:05, after B2 was pushed.
    upload(QStringLiteral("/operate/arrive"), QStringLiteral("operateArrive"),
           {QJsonObject{{QStringLiteral("CompanyId"), kCompany},
                        {QStringLiteral("OrderId"), QStringLiteral("A1")},
                        {QStringLiteral("DestLongitude"), 109517000},
                        {QStringLiteral("DestLatitude"), 18776000},
                        {QStringLiteral("Encrypt"), 2},
                        {QStringLiteral("DestTime"), 20250301120500LL},
                        {QStringLiteral("DriveMile"), 3.2},
                        {QStringLiteral("DriveTime"), 600}}});

    const QByteArray officer =
        m_fixture->tokenOf(QStringLiteral("wzs.officer"), Role::CityOfficer, QStringLiteral("469001"));
    QJsonArray list;
    const QSet<QString> expected{QStringLiteral("vehicleUnlicensed"), QStringLiteral("retired"),
                                 QStringLiteral("dispatchWhileCarrying"), QStringLiteral("driverUnlicensed")};
    QTRY_VERIFY_WITH_TIMEOUT((list = alerts(officer), kinds(list) == expected), 10000);
    QCOMPARE(list.size(), 4);

    const QJsonObject unlicensed = find(list, QStringLiteral("vehicleUnlicensed"));
    QCOMPARE(unlicensed.value(QStringLiteral("vehicleNo")).toString(), Unregistered);
    QCOMPARE(unlicensed.value(QStringLiteral("article")).toString(), QStringLiteral("第十八条"));
    QCOMPARE(unlicensed.value(QStringLiteral("companyId")).toString(), kCompany);
    QCOMPARE(unlicensed.value(QStringLiteral("region")).toString(), QStringLiteral("469001"));
    QCOMPARE(unlicensed.value(QStringLiteral("firstSeen")).toInteger(), Noon.toMSecsSinceEpoch());
    QVERIFY(unlicensed.value(QStringLiteral("closed")).isNull());
    const QJsonObject retired = find(list, QStringLiteral("retired"));
    QCOMPARE(retired.value(QStringLiteral("vehicleNo")).toString(), Old);
    QCOMPARE(retired.value(QStringLiteral("article")).toString(), QStringLiteral("第四十条"));
    const QJsonObject dispatch = find(list, QStringLiteral("dispatchWhileCarrying"));
    QCOMPARE(dispatch.value(QStringLiteral("orderId")).toString(), QStringLiteral("B2"));
    QCOMPARE(dispatch.value(QStringLiteral("vehicleNo")).toString(), Busy);
    QCOMPARE(dispatch.value(QStringLiteral("licenseId")).toString(), Licence);
    QCOMPARE(dispatch.value(QStringLiteral("article")).toString(), QStringLiteral("第二十六条(一)"));
    const QJsonObject driver =
        find(list, QStringLiteral("driverUnlicensed")); // the matched driver was never filed
    QCOMPARE(driver.value(QStringLiteral("licenseId")).toString(), Licence);
    QCOMPARE(driver.value(QStringLiteral("article")).toString(), QStringLiteral("第十九条"));

    // The province sees them; an officer of another city sees none; administrators may not ask.
    const QByteArray province = m_fixture->tokenOf(QStringLiteral("hainan.supervisor"),
                                                   Role::ProvincialSupervisor, QStringLiteral("460000"));
    QCOMPARE(alerts(province).size(), 4);
    const QByteArray haikou =
        m_fixture->tokenOf(QStringLiteral("haikou.officer"), Role::CityOfficer, QStringLiteral("460100"));
    const QJsonObject none = get(haikou, QStringLiteral("?since=0"));
    QCOMPARE(none.value(QStringLiteral("alerts")).toArray().size(), 0);
    QCOMPARE(none.value(QStringLiteral("next")).toInteger(), 0);
    const QByteArray admin = m_fixture->tokenOf(QStringLiteral("sysadmin"), Role::SystemAdministrator);
    QCOMPARE(m_fixture->request("GET", QStringLiteral("/api/v1/alerts"), admin).status, 403);
    QCOMPARE(m_fixture->request("GET", QStringLiteral("/api/v1/alerts"), QByteArray()).status, 401);
}

void tst_AlertsApi::parametersAndPaging()
{
    upload(QStringLiteral("/position/vehicle"), QStringLiteral("positionVehicle"),
           {position(QStringLiteral("琼DD90011"), NoonUnix), position(QStringLiteral("琼DD90012"), NoonUnix),
            position(QStringLiteral("琼DD90013"), NoonUnix)});
    const QByteArray officer =
        m_fixture->tokenOf(QStringLiteral("wzs.officer"), Role::CityOfficer, QStringLiteral("469001"));
    QTRY_COMPARE_WITH_TIMEOUT(alerts(officer).size(), 3, 10000);

    QJsonObject page = get(officer, QStringLiteral("?limit=2"));
    QCOMPARE(page.value(QStringLiteral("alerts")).toArray().size(), 2);
    QVERIFY(page.value(QStringLiteral("more")).toBool());
    const qint64 next = page.value(QStringLiteral("next")).toInteger();
    QCOMPARE(next, page.value(QStringLiteral("alerts"))
                       .toArray()
                       .last()
                       .toObject()
                       .value(QStringLiteral("revision"))
                       .toInteger());
    page = get(officer, QStringLiteral("?since=%1&limit=2").arg(next));
    QCOMPARE(page.value(QStringLiteral("alerts")).toArray().size(), 1);
    QVERIFY(!page.value(QStringLiteral("more")).toBool());
    const qint64 last = page.value(QStringLiteral("next")).toInteger();
    page = get(officer, QStringLiteral("?since=%1").arg(last));
    QCOMPARE(page.value(QStringLiteral("alerts")).toArray().size(), 0);
    QCOMPARE(page.value(QStringLiteral("next")).toInteger(), last); // nothing new: the cursor stays

    for (const QString &bad :
         {QStringLiteral("?since=-1"), QStringLiteral("?since=x"), QStringLiteral("?limit=0"),
          QStringLiteral("?limit=1001"), QStringLiteral("?colour=red"), QStringLiteral("?since=1&since=2")}) {
        const HttpResult result = m_fixture->request("GET", QStringLiteral("/api/v1/alerts") + bad, officer);
        QVERIFY2(result.status == 400, qPrintable(bad));
        QVERIFY2(result.json().value(QStringLiteral("message")).toString().contains(bad.mid(1, 4)) ||
                     result.body.contains(bad.mid(1, 4).toUtf8()),
                 result.body.constData());
    }
}

void tst_AlertsApi::aRestartNeitherForgetsNorRepeats()
{
    const QString registered = QStringLiteral("琼DD90021");
    upload(QStringLiteral("/baseinfo/vehicle"), QStringLiteral("baseInfoVehicle"), {vehicle(registered)});
    upload(QStringLiteral("/position/vehicle"), QStringLiteral("positionVehicle"),
           {position(Unregistered, NoonUnix), position(registered, NoonUnix)});
    QByteArray officer =
        m_fixture->tokenOf(QStringLiteral("wzs.officer"), Role::CityOfficer, QStringLiteral("469001"));
    QTRY_COMPARE_WITH_TIMEOUT(alerts(officer).size(), 1, 10000);
    const QJsonObject before = alerts(officer).first().toObject();
    QCOMPARE(before.value(QStringLiteral("vehicleNo")).toString(), Unregistered);

    QString error;
    QVERIFY2(m_fixture->restart(&error), qPrintable(error));
    officer = m_fixture->signInToken(QStringLiteral("wzs.officer")); // sessions do not survive a restart
    m_fixture->clock().advanceSecs(61);
    // The registered vehicle is known from the stored base-info: its positions raise nothing; the
    // unregistered one refreshes its alert, not a second one.
    upload(QStringLiteral("/position/vehicle"), QStringLiteral("positionVehicle"),
           {position(registered, NoonUnix + 61)});
    upload(QStringLiteral("/position/vehicle"), QStringLiteral("positionVehicle"),
           {position(Unregistered, NoonUnix + 61)});
    const qint64 since = before.value(QStringLiteral("revision")).toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(alerts(officer, since).size(), 1, 10000);
    const QJsonObject after = alerts(officer, since).first().toObject();
    QCOMPARE(after.value(QStringLiteral("id")).toInteger(), before.value(QStringLiteral("id")).toInteger());
    QCOMPARE(after.value(QStringLiteral("lastSeen")).toInteger(), Noon.toMSecsSinceEpoch() + 61000);
    QCOMPARE(after.value(QStringLiteral("firstSeen")).toInteger(), Noon.toMSecsSinceEpoch());
    QCOMPARE(alerts(officer).size(), 1);
}

void tst_AlertsApi::theSimulatorsFaultsBecomeAlerts()
{
    SimulatorConfig config;
    config.enabled = true;
    config.companies = 2;
    config.vehiclesPerCompany = 20;
    config.seed = 20250301;
    config.faults = *FaultPlan::parse(QStringLiteral("unlicensed=0.2,expired=0.2,outside=0.5"));
    config.startTime = Noon;
    config.timeAcceleration = 300;
    config.tickIntervalMs = 50;
    config.retryInitialMs = 50;
    config.retryMaxMs = 400;
    SimulationRunner runner;
    runner.setConfig(config);
    QString error;
    QVERIFY2(runner.start(m_fixture->server(), &error), qPrintable(error));

    const QByteArray officer =
        m_fixture->tokenOf(QStringLiteral("wzs.officer"), Role::CityOfficer, QStringLiteral("469001"));
    const QSet<QString> expected{QStringLiteral("vehicleUnlicensed"), QStringLiteral("driverUnlicensed"),
                                 QStringLiteral("outOfArea")};
    QJsonArray list;
    QTRY_VERIFY_WITH_TIMEOUT((list = alerts(officer), kinds(list).contains(expected)), 60000);
    runner.stop();
    const QJsonObject outside = find(list, QStringLiteral("outOfArea"));
    QCOMPARE(outside.value(QStringLiteral("article")).toString(), QStringLiteral("第二十二条"));
    QVERIFY(!outside.value(QStringLiteral("orderId")).toString().isEmpty());
    QVERIFY(!outside.value(QStringLiteral("vehicleNo")).toString().isEmpty());
    // One open alert per kind, company and subject, however many positions arrived.
    QSet<QString> keys;
    for (const QJsonValue &v : list) {
        const QJsonObject a = v.toObject();
        if (!a.value(QStringLiteral("closed")).isNull())
            continue;
        const QString subject =
            a.value(QStringLiteral("kind")).toString() == QStringLiteral("driverUnlicensed")
                ? a.value(QStringLiteral("licenseId")).toString()
            : a.value(QStringLiteral("orderId")).toString().isEmpty()
                ? a.value(QStringLiteral("vehicleNo")).toString()
                : a.value(QStringLiteral("orderId")).toString();
        const QString key = a.value(QStringLiteral("kind")).toString() +
                            a.value(QStringLiteral("companyId")).toString() + subject;
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
    }
    qInfo("%lld alerts from the simulator, kinds: %s", qint64(list.size()),
          qPrintable(QStringList(kinds(list).values()).join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(tst_AlertsApi)
#include "tst_alertsapi.moc"
