// GET /api/v1/tracks against the real platform over TLS on loopback: positions uploaded by a company come
// back in time order for the period asked, with the vehicle's pickups and drop-offs; the region scope,
// the permission and the parameters are enforced; every lookup is audited.

#include "api/tracksapi.h"
#include "intake/companyregistry.h"
#include "protocol/spectime.h"
#include "storage/database.h"

#include "permitfixtures.h"
#include "platformapifixture.h"
#include "uploadfixtures.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <random>

using namespace rw;
using namespace rw::testing;

namespace {

const QString kPlate = QStringLiteral("琼D10001");
const QString kOther = QStringLiteral("琼D10002");
const QString kSecondCompany = QStringLiteral("4690WZSYC002");

QJsonObject departRecord(const QString &orderId, const QString &plate, qint64 unixTime, qint64 lon,
                         qint64 lat, const QString &company = fixtures::kCompany)
{
    return QJsonObject{{QStringLiteral("CompanyId"), company},
                       {QStringLiteral("OrderId"), orderId},
                       {QStringLiteral("LicenseId"), QStringLiteral("460001199001011234")},
                       {QStringLiteral("FareType"), QStringLiteral("WZS01")},
                       {QStringLiteral("VehicleNo"), plate},
                       {QStringLiteral("DepLongitude"), lon},
                       {QStringLiteral("DepLatitude"), lat},
                       {QStringLiteral("Encrypt"), 2},
                       {QStringLiteral("DepTime"), SpecTime::toDateTime(unixTime)}};
}

QJsonObject arriveRecord(const QString &orderId, qint64 unixTime, qint64 lon, qint64 lat,
                         const QString &company = fixtures::kCompany)
{
    return QJsonObject{
        {QStringLiteral("CompanyId"), company}, {QStringLiteral("OrderId"), orderId},
        {QStringLiteral("DestLongitude"), lon}, {QStringLiteral("DestLatitude"), lat},
        {QStringLiteral("Encrypt"), 2},         {QStringLiteral("DestTime"), SpecTime::toDateTime(unixTime)},
        {QStringLiteral("DriveMile"), 3.2},     {QStringLiteral("DriveTime"), 600}};
}

QString tracksPath(const QString &company, const QString &plate, qint64 from, qint64 to)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("company"), company);
    query.addQueryItem(QStringLiteral("plate"), plate);
    query.addQueryItem(QStringLiteral("from"), QString::number(from));
    query.addQueryItem(QStringLiteral("to"), QString::number(to));
    return QStringLiteral("/api/v1/tracks?") + query.toString(QUrl::FullyEncoded);
}

} // namespace

class tst_TracksApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pointsInOrderWithinThePeriod();
    void tripEventsOfTheVehicle();
    void lookupIsAudited();
    void scopeAndPermissionAreEnforced();
    void badParametersNameTheParameter();
    void pointCapTruncates();

private:
    void upload(const QString &path, const QByteArray &body, const QByteArray &token);
    QJsonObject track(const QString &company, const QString &plate, qint64 from, qint64 to);

    std::unique_ptr<PlatformApiFixture> m_platform;
    QByteArray m_companyToken;
    QByteArray m_officer;
    qint64 m_t0 = 0;
};

void tst_TracksApi::initTestCase()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_platform = std::make_unique<PlatformApiFixture>(now);
    QString error;
    QVERIFY2(m_platform->start(&error), qPrintable(error));
    m_companyToken =
        m_platform->server().companies().addCompany(fixtures::kCompany, QStringLiteral("畅行"), &error);
    QVERIFY2(!m_companyToken.isEmpty(), qPrintable(error));
    const QByteArray secondToken =
        m_platform->server().companies().addCompany(kSecondCompany, QStringLiteral("快车"), &error);
    QVERIFY2(!secondToken.isEmpty(), qPrintable(error));
    // Both operate in Wuzhishan (469001), the officer's city.
    insertCompanyPermit(m_platform->server().database(), fixtures::kCompany, QStringLiteral("469001"),
                        QStringLiteral("畅行"));
    insertCompanyPermit(m_platform->server().database(), kSecondCompany, QStringLiteral("469001"),
                        QStringLiteral("快车"));
    m_officer = m_platform->tokenOf(QStringLiteral("officer"), Role::CityOfficer);

    // Two hours ago, one fix every 10 s for 10 minutes (60 fixes), uploaded shuffled in two batches;
    // the same plate under another company and another plate of this company at the same times.
    m_t0 = now.toSecsSinceEpoch() - 7200;
    QList<QJsonObject> fixes;
    for (int i = 0; i < 60; ++i) {
        QJsonObject fix =
            fixtures::positionVehicle(kPlate, m_t0 + 10 * i, 109500000 + 100 * i, 18770000 + 50 * i);
        fix.insert(QStringLiteral("Speed"), i);
        fix.insert(QStringLiteral("Direction"), (i * 7) % 360);
        // On a trip from fix 20 to fix 40.
        if (i >= 20 && i <= 40) {
            fix.insert(QStringLiteral("BizStatus"), 1);
            fix.insert(QStringLiteral("OrderId"), QStringLiteral("ORD-A"));
        }
        if (i == 5)
            fix.remove(QStringLiteral("Encrypt")); // optional: sent as null
        fixes.append(fix);
    }
    std::mt19937 random(7);
    std::shuffle(fixes.begin(), fixes.end(), random);
    QJsonArray first;
    QJsonArray second;
    for (int i = 0; i < fixes.size(); ++i)
        (i % 2 ? first : second).append(fixes.at(i));
    // Fix 30 sent again (a re-send): given once.
    second.append(fixtures::positionVehicle(kPlate, m_t0 + 300, 109600000, 18800000));
    QJsonArray others;
    for (int i = 0; i < 60; ++i)
        others.append(fixtures::positionVehicle(kOther, m_t0 + 10 * i, 109600000, 18700000));
    upload(QStringLiteral("/position/vehicle"), fixtures::envelope(QStringLiteral("positionVehicle"), first),
           m_companyToken);
    upload(QStringLiteral("/position/vehicle"), fixtures::envelope(QStringLiteral("positionVehicle"), second),
           m_companyToken);
    upload(QStringLiteral("/position/vehicle"), fixtures::envelope(QStringLiteral("positionVehicle"), others),
           m_companyToken);
    QJsonArray elsewhere;
    for (int i = 0; i < 10; ++i)
        elsewhere.append(
            fixtures::positionVehicle(kPlate, m_t0 + 10 * i, 110000000, 19000000, kSecondCompany));
    upload(QStringLiteral("/position/vehicle"),
           fixtures::envelope(QStringLiteral("positionVehicle"), elsewhere, kSecondCompany), secondToken);

    // Trips: ORD-B picked up an hour before the fixes, dropped off at fix 2; ORD-A picked up at fix 20 and
    // dropped off at fix 40; ORD-X is another vehicle's; ORD-C is picked up at fix 50, dropped off later.
    QJsonArray departs{departRecord(QStringLiteral("ORD-B"), kPlate, m_t0 - 3600, 109400000, 18760000),
                       departRecord(QStringLiteral("ORD-A"), kPlate, m_t0 + 200, 109502000, 18771000),
                       departRecord(QStringLiteral("ORD-X"), kOther, m_t0 + 200, 109600000, 18700000),
                       departRecord(QStringLiteral("ORD-C"), kPlate, m_t0 + 500, 109505000, 18772500)};
    upload(QStringLiteral("/operate/depart"), fixtures::envelope(QStringLiteral("operateDepart"), departs),
           m_companyToken);
    QJsonArray arrives{arriveRecord(QStringLiteral("ORD-B"), m_t0 + 20, 109500200, 18770100),
                       arriveRecord(QStringLiteral("ORD-A"), m_t0 + 400, 109504000, 18772000),
                       arriveRecord(QStringLiteral("ORD-X"), m_t0 + 400, 109610000, 18710000),
                       arriveRecord(QStringLiteral("ORD-C"), m_t0 + 3000, 109510000, 18780000)};
    upload(QStringLiteral("/operate/arrive"), fixtures::envelope(QStringLiteral("operateArrive"), arrives),
           m_companyToken);
}

void tst_TracksApi::cleanupTestCase()
{
    m_platform.reset();
}

void tst_TracksApi::upload(const QString &path, const QByteArray &body, const QByteArray &token)
{
    const HttpResult result = m_platform->client().postAndWait(m_platform->url(path), body, token);
    QVERIFY2(result.status == 200, result.describe());
    QVERIFY2(result.json().value(QStringLiteral("rejected")).toInt() == 0, result.describe());
}

QJsonObject tst_TracksApi::track(const QString &company, const QString &plate, qint64 from, qint64 to)
{
    const HttpResult result = m_platform->request("GET", tracksPath(company, plate, from, to), m_officer);
    if (result.status != 200)
        qWarning("%s", result.describe().constData());
    return result.status == 200 ? result.json() : QJsonObject();
}

void tst_TracksApi::pointsInOrderWithinThePeriod()
{
    // The whole ten minutes: 60 fixes in order, the re-sent one once.
    QJsonObject all = track(fixtures::kCompany, kPlate, m_t0, m_t0 + 590);
    QCOMPARE(all.value(QStringLiteral("vehicleNo")).toString(), kPlate);
    QCOMPARE(all.value(QStringLiteral("pointFields")).toArray().size(), 8);
    QCOMPARE(all.value(QStringLiteral("pointFields")).toArray().at(0).toString(), QStringLiteral("time"));
    QJsonArray points = all.value(QStringLiteral("points")).toArray();
    QCOMPARE(points.size(), 60);
    QCOMPARE(all.value(QStringLiteral("duplicates")).toInt(), 1);
    QCOMPARE(all.value(QStringLiteral("truncated")).toBool(), false);
    QCOMPARE(all.value(QStringLiteral("pointCap")).toInt(), TracksApi::PointCap);
    for (int i = 0; i < points.size(); ++i) {
        const QJsonArray p = points.at(i).toArray();
        QCOMPARE(p.size(), 8);
        QCOMPARE(p.at(0).toInteger(), m_t0 + 10 * i);
        QCOMPARE(p.at(1).toInteger(), 109500000 + 100 * i); // as stored, 1e-6 degree; the first received
        QCOMPARE(p.at(2).toInteger(), 18770000 + 50 * i);
        if (i == 5)
            QVERIFY(p.at(3).isNull());
        else
            QCOMPARE(p.at(3).toInt(), 2);
        QCOMPARE(p.at(4).toInt(), i >= 20 && i <= 40 ? 1 : 3);
        QCOMPARE(p.at(5).toInt(), i);
        QCOMPARE(p.at(6).toInt(), (i * 7) % 360);
        QCOMPARE(p.at(7).toString(), i >= 20 && i <= 40 ? QStringLiteral("ORD-A") : QStringLiteral("0"));
    }

    // A period inside: its ends included, nothing outside.
    points =
        track(fixtures::kCompany, kPlate, m_t0 + 100, m_t0 + 200).value(QStringLiteral("points")).toArray();
    QCOMPARE(points.size(), 11);
    QCOMPARE(points.first().toArray().at(0).toInteger(), m_t0 + 100);
    QCOMPARE(points.last().toArray().at(0).toInteger(), m_t0 + 200);

    // Nothing there: an empty track, not an error.
    QCOMPARE(track(fixtures::kCompany, kPlate, m_t0 + 1000, m_t0 + 2000)
                 .value(QStringLiteral("points"))
                 .toArray()
                 .size(),
             0);
    // The same plate under another company is that company's vehicle.
    points = track(kSecondCompany, kPlate, m_t0, m_t0 + 590).value(QStringLiteral("points")).toArray();
    QCOMPARE(points.size(), 10);
    QCOMPARE(points.first().toArray().at(1).toInteger(), 110000000);
    // One second wide.
    QCOMPARE(track(fixtures::kCompany, kOther, m_t0 + 50, m_t0 + 50)
                 .value(QStringLiteral("points"))
                 .toArray()
                 .size(),
             1);
}

void tst_TracksApi::tripEventsOfTheVehicle()
{
    const QJsonArray events =
        track(fixtures::kCompany, kPlate, m_t0, m_t0 + 590).value(QStringLiteral("events")).toArray();
    // ORD-B's drop-off (picked up before the period), ORD-A's pickup and drop-off, ORD-C's pickup; not
    // the other vehicle's ORD-X, nor ORD-C's drop-off after the period.
    QStringList seen;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        seen << event.value(QStringLiteral("kind")).toString() + QLatin1Char(' ') +
                    event.value(QStringLiteral("orderId")).toString();
    }
    QCOMPARE(seen, (QStringList{QStringLiteral("dropoff ORD-B"), QStringLiteral("pickup ORD-A"),
                                QStringLiteral("dropoff ORD-A"), QStringLiteral("pickup ORD-C")}));
    const QJsonObject pickup = events.at(1).toObject();
    QCOMPARE(pickup.value(QStringLiteral("time")).toInteger(), m_t0 + 200);
    QCOMPARE(pickup.value(QStringLiteral("longitude")).toInteger(), 109502000);
    QCOMPARE(pickup.value(QStringLiteral("latitude")).toInteger(), 18771000);
    QCOMPARE(pickup.value(QStringLiteral("encrypt")).toInt(), 2);
    const QJsonObject dropoff = events.at(2).toObject();
    QCOMPARE(dropoff.value(QStringLiteral("time")).toInteger(), m_t0 + 400);
    QCOMPARE(dropoff.value(QStringLiteral("longitude")).toInteger(), 109504000);
    QCOMPARE(dropoff.value(QStringLiteral("latitude")).toInteger(), 18772000);

    // A period that ends before ORD-A's drop-off: the pickup only.
    const QJsonArray part =
        track(fixtures::kCompany, kPlate, m_t0 + 100, m_t0 + 300).value(QStringLiteral("events")).toArray();
    QCOMPARE(part.size(), 1);
    QCOMPARE(part.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("pickup"));
}

void tst_TracksApi::lookupIsAudited()
{
    const int before = m_platform->auditEntries(QStringLiteral("track.view")).size();
    QVERIFY(!track(fixtures::kCompany, kPlate, m_t0, m_t0 + 100).isEmpty());
    const QList<AuditEntry> entries = m_platform->auditEntries(QStringLiteral("track.view"));
    QCOMPARE(entries.size(), before + 1);
    const AuditEntry &entry = entries.last();
    QCOMPARE(entry.actor, QStringLiteral("officer"));
    QCOMPARE(entry.target, fixtures::kCompany + QLatin1Char('/') + kPlate);
    QCOMPARE(entry.outcome, AuditEntry::Outcome::Success);
    const QJsonObject detail = entry.detail();
    QCOMPARE(detail.value(QStringLiteral("points")).toInt(), 11);
    QCOMPARE(detail.value(QStringLiteral("from")).toInteger(), m_t0);
    QCOMPARE(detail.value(QStringLiteral("to")).toInteger(), m_t0 + 100);
}

void tst_TracksApi::scopeAndPermissionAreEnforced()
{
    const QString path = tracksPath(fixtures::kCompany, kPlate, m_t0, m_t0 + 590);
    // A Beijing officer: the company operates in Wuzhishan (469001).
    const QByteArray beijing =
        m_platform->tokenOf(QStringLiteral("beijing"), Role::CityOfficer, QStringLiteral("110100"));
    HttpResult result = m_platform->request("GET", path, beijing);
    QCOMPARE(result.status, 403);
    QCOMPARE(result.errorCode(), QStringLiteral("out_of_scope"));
    QVERIFY2(result.errorMessage().contains(fixtures::kCompany) &&
                 result.errorMessage().contains(QStringLiteral("110100")),
             qPrintable(result.errorMessage()));
    const QList<AuditEntry> denied = m_platform->auditEntries(QStringLiteral("track.view"));
    QVERIFY(!denied.isEmpty());
    QCOMPARE(denied.last().actor, QStringLiteral("beijing"));
    QCOMPARE(denied.last().outcome, AuditEntry::Outcome::Denied);

    // The province of Hainan covers Wuzhishan; so does an enforcement officer of the city.
    const QByteArray hainan = m_platform->tokenOf(QStringLiteral("hainan"), Role::ProvincialSupervisor);
    QCOMPARE(m_platform->request("GET", path, hainan).status, 200);
    const QByteArray enforcement = m_platform->tokenOf(QStringLiteral("enforcer"), Role::EnforcementOfficer);
    QCOMPARE(m_platform->request("GET", path, enforcement).status, 200);

    // An administrator holds no business permission (MLPS 2.0 separation of duties).
    const QByteArray admin = m_platform->tokenOf(QStringLiteral("sysadmin"), Role::SystemAdministrator);
    result = m_platform->request("GET", path, admin);
    QCOMPARE(result.status, 403);
    QCOMPARE(result.errorCode(), QStringLiteral("forbidden"));

    // No session.
    QCOMPARE(m_platform->request("GET", path, {}).status, 401);

    // A company without a permit in the officer's city (here: one the platform does not know at all).
    result = m_platform->request("GET", tracksPath(QStringLiteral("4690NOSUCH01"), kPlate, m_t0, m_t0 + 10),
                                 m_officer);
    QCOMPARE(result.status, 403);
    QCOMPARE(result.errorCode(), QStringLiteral("out_of_scope"));
    QVERIFY2(result.errorMessage().contains(QStringLiteral("4690NOSUCH01")),
             qPrintable(result.errorMessage()));
}

void tst_TracksApi::badParametersNameTheParameter()
{
    const QString base =
        QStringLiteral("/api/v1/tracks?company=%1&plate=%2").arg(fixtures::kCompany, QStringLiteral("X1"));
    struct Case
    {
        QString query;
        QString code;
        QStringList mentions;
    };
    const QList<Case> cases{
        {QStringLiteral("/api/v1/tracks?company=%1&from=1&to=2").arg(fixtures::kCompany),
         QStringLiteral("bad_request"),
         {QStringLiteral("plate"), QStringLiteral("missing")}},
        {base + QStringLiteral("&from=abc&to=2"),
         QStringLiteral("bad_request"),
         {QStringLiteral("from"), QStringLiteral("abc")}},
        {base + QStringLiteral("&from=1&to=-5"),
         QStringLiteral("bad_request"),
         {QStringLiteral("to"), QStringLiteral("-5")}},
        {base + QStringLiteral("&from=2000&to=1000"),
         QStringLiteral("bad_request"),
         {QStringLiteral("to"), QStringLiteral("1000"), QStringLiteral("before"), QStringLiteral("2000")}},
        {base + QStringLiteral("&from=0&to=90000"),
         QStringLiteral("period_too_long"),
         {QStringLiteral("25.0 h"), QStringLiteral("24 h")}},
        {base + QStringLiteral("&from=1&to=2&limit=3"),
         QStringLiteral("bad_request"),
         {QStringLiteral("limit")}},
        {base + QStringLiteral("&from=1&to=2&to=3"),
         QStringLiteral("bad_request"),
         {QStringLiteral("to"), QStringLiteral("more than once")}},
        {QStringLiteral("/api/v1/tracks?company=&plate=X&from=1&to=2"),
         QStringLiteral("bad_request"),
         {QStringLiteral("company")}},
    };
    for (const Case &c : cases) {
        const HttpResult result = m_platform->request("GET", c.query, m_officer);
        QVERIFY2(result.status == 400,
                 qPrintable(c.query + QLatin1Char(' ') + QString::fromUtf8(result.describe())));
        QCOMPARE(result.errorCode(), c.code);
        for (const QString &mention : c.mentions)
            QVERIFY2(result.errorMessage().contains(mention),
                     qPrintable(c.query + QStringLiteral(": ") + result.errorMessage()));
    }
    // Exactly 24 h is allowed.
    QCOMPARE(m_platform
                 ->request("GET",
                           base + QStringLiteral("&from=1000&to=%1").arg(1000 + TracksApi::MaxPeriodSeconds),
                           m_officer)
                 .status,
             200);
}

void tst_TracksApi::pointCapTruncates()
{
    Database db;
    DatabaseOptions options;
    options.readOnly = true;
    QVERIFY(db.open(m_platform->databasePath(), options));
    // The statements use the plate's (or the order's) index, never the company's, and positions come in
    // index order: no sort.
    const QStringList statements = TracksApi::statements();
    QCOMPARE(statements.size(), 3);
    const QStringList indexes{QStringLiteral("ipc_positionvehicle_by_vehicleno_rw_business_time"),
                              QStringLiteral("ipc_operatedepart_by_vehicleno"),
                              QStringLiteral("ipc_operatearrive_by_orderid")};
    for (int i = 0; i < statements.size(); ++i) {
        Statement explain = db.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statements.at(i));
        QString plan;
        while (explain.step())
            plan += explain.columnText(3) + QLatin1Char(';');
        QVERIFY2(plan.contains(QStringLiteral("USING INDEX ") + indexes.at(i)), qPrintable(plan));
        if (i == 0)
            QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));
    }

    const TracksApi::Query query{fixtures::kCompany, kPlate, m_t0, m_t0 + 590};
    TracksApi::Result result = TracksApi::readTrack(db, query, 5);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.points, 5);
    QVERIFY(result.truncated);
    QJsonObject json = QJsonDocument::fromJson(result.json).object();
    QCOMPARE(json.value(QStringLiteral("truncated")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("pointCap")).toInt(), 5);
    QCOMPARE(json.value(QStringLiteral("points")).toArray().size(), 5);
    QCOMPARE(json.value(QStringLiteral("points")).toArray().last().toArray().at(0).toInteger(), m_t0 + 40);
    // Exactly as many as the cap: not truncated.
    result = TracksApi::readTrack(db, {fixtures::kCompany, kPlate, m_t0, m_t0 + 40}, 5);
    QCOMPARE(result.points, 5);
    QVERIFY(!result.truncated);
}

QTEST_GUILESS_MAIN(tst_TracksApi)
#include "tst_tracksapi.moc"
