// /api/v1/permits over the platform's real TLS on 127.0.0.1: import with per-row errors and region
// scope, search with masking, reveal and audit, and the mismatch list from real base-info rows.

#include "permits/permitidentifiers.h"
#include "permits/permitjson.h"
#include "permits/permitstore.h"
#include "permits/personaldatamask.h"
#include "platformapifixture.h"
#include "protocol/interfacecatalogue.h"
#include "rules/cityrules.h"
#include "storage/database.h"
#include "storage/recordstore.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace rw;
using namespace rw::testing;

namespace {

const QDateTime kStart(QDate(2024, 6, 1), QTime(2, 0), QTimeZone::utc());

QString idNumber(const QString &first17)
{
    return first17 + PermitIdentifiers::idNumberCheck(first17);
}

QString vin(int n)
{
    QString v = u"LGXCE4CB0N%1"_s.arg(n, 7, 10, QLatin1Char('0'));
    v[8] = PermitIdentifiers::vinCheck(v);
    return v;
}

} // namespace

class tst_PermitsApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<PlatformApiFixture> m_f;
    QString m_driverId = idNumber(u"46900119900101123"_s);

    HttpResult post(const QString &path, const QByteArray &token, const QByteArray &body,
                    const QByteArray &type)
    {
        return m_f->client().postAndWait(m_f->url(path), body, token, type);
    }
    HttpResult get(const QString &path, const QByteArray &token)
    {
        return m_f->client().getAndWait(m_f->url(path), token);
    }

private slots:
    void init()
    {
        m_f = std::make_unique<PlatformApiFixture>(kStart);
        QString error;
        QVERIFY2(m_f->start(&error), qPrintable(error));
    }
    void cleanup() { m_f.reset(); }

    void importReportsEveryBadRowAndKeepsTheGoodOnes()
    {
        const QByteArray officer = m_f->tokenOf(u"li.wei"_s, Role::CityOfficer); // 469001
        QByteArray csv = "\xEF\xBB\xBF运输证号,车牌号码,公司标识,车辆识别代号,初次登记日期,发证日期,有效期至,"
                         "行政区划代码\r\n";
        csv += u"C1,琼DD12345,CO1,%1,20220110,20220201,20291231,\r\n"_s.arg(vin(1)).toUtf8(); // good
        csv += u"C2,琼DD12346,CO1,%1,20221310,20220201,20291231,\r\n"_s.arg(vin(2)).toUtf8(); // bad date
        csv +=
            u"C3,京AD11111,CO1,%1,20220110,20220201,20291231,110105\r\n"_s.arg(vin(3)).toUtf8(); // other city
        const HttpResult r =
            post(u"/api/v1/permits/import?kind=vehicle"_s, officer, csv, "text/csv; charset=utf-8");
        QCOMPARE(r.status, 200);
        const QJsonObject reply = r.json();
        QCOMPARE(reply.value(u"imported"_s).toInt(), 1);
        QCOMPARE(reply.value(u"rejected"_s).toInt(), 2);
        const QJsonArray errors = reply.value(u"errors"_s).toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0)[u"row"_s].toInt(), 3);
        QCOMPARE(errors.at(0)[u"field"_s].toString(), u"firstRegistration"_s);
        QVERIFY(errors.at(0)[u"reason"_s].toString().contains(u"20221310"_s));
        QCOMPARE(errors.at(1)[u"row"_s].toInt(), 4);
        QCOMPARE(errors.at(1)[u"field"_s].toString(), u"region"_s);
        QVERIFY(errors.at(1)[u"reason"_s].toString().contains(u"scope"_s));

        const QList<AuditEntry> audit = m_f->auditEntries(u"permits.import"_s);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.at(0).actor, u"li.wei"_s);
        QCOMPARE(audit.at(0).detail().value(u"rejected"_s).toInt(), 2);

        // JSON works the same way.
        const QByteArray json =
            u"[{\"CertificateNo\":\"W1\",\"DriverName\":\"张伟\",\"IdNumber\":\"%1\","
            "\"CompanyId\":\"CO1\",\"NetworkCarProofOn\":20220101,\"NetworkCarProofOff\":20291231}]"_s
                .arg(m_driverId)
                .toUtf8();
        const HttpResult d = post(u"/api/v1/permits/import?kind=driver"_s, officer, json, "application/json");
        QCOMPARE(d.status, 200);
        QCOMPARE(d.json().value(u"inserted"_s).toInt(), 1);
    }

    void importIsRefusedWhereItShouldBe()
    {
        const QByteArray supervisor = m_f->tokenOf(u"zhao.min"_s, Role::ProvincialSupervisor);
        QCOMPARE(post(u"/api/v1/permits/import?kind=vehicle"_s, supervisor, "x", "text/csv").status, 403);
        const QByteArray officer = m_f->tokenOf(u"li.wei"_s, Role::CityOfficer);
        QCOMPARE(post(u"/api/v1/permits/import?kind=vehicle"_s, officer, "<x/>", "application/xml").status,
                 415);
        QCOMPARE(post(u"/api/v1/permits/import?kind=boat"_s, officer, "x", "text/csv").status, 400);
        const HttpResult elsewhere =
            post(u"/api/v1/permits/import?kind=vehicle&region=110105"_s, officer, "x", "text/csv");
        QCOMPARE(elsewhere.status, 403);
        QCOMPARE(elsewhere.json()[u"error"_s][u"code"_s].toString(), u"out_of_scope"_s);
    }

    void searchMasksRevealsAndAudits()
    {
        const QByteArray officer = m_f->tokenOf(u"li.wei"_s, Role::CityOfficer);
        const QByteArray json =
            u"[{\"CertificateNo\":\"W1\",\"DriverName\":\"张伟\",\"IdNumber\":\"%1\","
            "\"DriverPhone\":\"19901234567\",\"CompanyId\":\"CO1\",\"NetworkCarProofOn\":20220101,"
            "\"NetworkCarProofOff\":20291231}]"_s.arg(m_driverId)
                .toUtf8();
        QCOMPARE(post(u"/api/v1/permits/import?kind=driver"_s, officer, json, "application/json").status,
                 200);

        const QByteArray supervisor = m_f->tokenOf(u"zhao.min"_s, Role::ProvincialSupervisor); // 460000
        HttpResult r = get(u"/api/v1/permits/search?q=%1"_s.arg(m_driverId), supervisor);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"queryClass"_s).toString(), u"idNumber"_s);
        QJsonObject permit = r.json()[u"hits"_s][0][u"permit"_s].toObject();
        QCOMPARE(permit.value(u"name"_s).toString(), u"张*"_s);
        QCOMPARE(permit.value(u"idNumber"_s).toString(), PersonalDataMask::idNumber(m_driverId));
        QCOMPARE(permit.value(u"phone"_s).toString(), u"199****4567"_s);
        QVERIFY(!r.body.contains(m_driverId.toUtf8()));
        // The lookup is audited without the ID number in clear.
        QList<AuditEntry> audit = m_f->auditEntries(u"permits.search"_s);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.at(0).detail().value(u"query"_s).toString(), PersonalDataMask::idNumber(m_driverId));
        QCOMPARE(audit.at(0).detail().value(u"hits"_s).toInt(), 1);

        // A provincial supervisor may not reveal (permissiontable.cpp); the refusal is audited by ApiAuth.
        r = get(u"/api/v1/permits/search?q=W1&reveal=1&reason=check"_s, supervisor);
        QCOMPARE(r.status, 403);

        // An enforcement officer may, with a reason.
        const QByteArray enforcement = m_f->tokenOf(u"chen.gang"_s, Role::EnforcementOfficer); // 469001
        QCOMPARE(get(u"/api/v1/permits/search?q=W1&reveal=1"_s, enforcement).status, 400);
        r = get(u"/api/v1/permits/search?q=W1&reveal=1&reason=%1"_s.arg(
                    QString::fromLatin1(QUrl::toPercentEncoding(u"路检 roadside check"_s))),
                enforcement);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(u"revealed"_s).toBool());
        permit = r.json()[u"hits"_s][0][u"permit"_s].toObject();
        QCOMPARE(permit.value(u"name"_s).toString(), u"张伟"_s);
        QCOMPARE(permit.value(u"idNumber"_s).toString(), m_driverId);
        audit = m_f->auditEntries(u"permits.search"_s);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.last().actor, u"chen.gang"_s);
        QCOMPARE(audit.last().detail().value(u"reason"_s).toString(), u"路检 roadside check"_s);
        QVERIFY(audit.last().detail().value(u"revealed"_s).toBool());

        // Outside the scope: a Beijing enforcement officer finds nothing.
        const QByteArray beijing = m_f->tokenOf(u"wang.bj"_s, Role::EnforcementOfficer, u"110000"_s);
        r = get(u"/api/v1/permits/search?q=W1"_s, beijing);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"hits"_s].toArray().size(), 0);
        // Administrators cannot look anything up.
        const QByteArray admin = m_f->tokenOf(u"sys.admin"_s, Role::SystemAdministrator);
        QCOMPARE(get(u"/api/v1/permits/search?q=W1"_s, admin).status, 403);
    }

    void searchReturnsTheCitysFindings()
    {
        // Seed 002 Art. 13 and 15 judged by the platform on the permits it finds (docs/lookup-contracts.md).
        const QByteArray officer = m_f->tokenOf(u"li.wei"_s, Role::CityOfficer); // 469001
        QByteArray csv =
            "certificate,plate,companyId,vin,firstRegistration,validFrom,validTo,seats,wheelbase,"
            "续航里程(km),购置税计税价格(元),fuelType\r\n";
        csv +=
            u"V1,琼DD10001,CO1,%1,20220110,20220201,20291231,5,2700,400,120000,C\r\n"_s.arg(vin(11)).toUtf8();
        csv +=
            u"V2,琼DD10002,CO1,%1,20220110,20220201,20291231,5,2550,299,99999,A\r\n"_s.arg(vin(12)).toUtf8();
        csv +=
            u"V3,琼DD10003,CO1,%1,20220110,20220201,20291231,7,2650,500,150000,O\r\n"_s.arg(vin(13)).toUtf8();
        HttpResult r = post(u"/api/v1/permits/import?kind=vehicle"_s, officer, csv, "text/csv");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"imported"_s).toInt(), 3);
        // A man born 1960-03-01 (60 reached in 2020) with a licence held since 2022-01-01 (3 years in 2025).
        const QString old = idNumber(u"46900119600301123"_s);
        const QString young = idNumber(u"46900119850601123"_s);
        const QByteArray drivers =
            u"[{\"CertificateNo\":\"W7\",\"DriverName\":\"王海\",\"IdNumber\":\"%1\",\"CompanyId\":\"CO1\","
            "\"GetDriverLicenseDate\":20220101,\"NetworkCarProofOn\":20220101,\"NetworkCarProofOff\":"
            "20291231},"
            "{\"CertificateNo\":\"W8\",\"DriverName\":\"李明\",\"IdNumber\":\"%2\",\"CompanyId\":\"CO1\","
            "\"GetDriverLicenseDate\":20050101,\"NetworkCarProofOn\":20220101,\"NetworkCarProofOff\":20291231}]"_s
                .arg(old, young)
                .toUtf8();
        QCOMPARE(post(u"/api/v1/permits/import?kind=driver"_s, officer, drivers, "application/json").status,
                 200);
        const QByteArray company =
            "certificate,companyId,name,validFrom,validTo\r\n"
            "琼交运网约字469001000777号,CO1,椰风出行科技有限公司,20230101,20261231\r\n";
        QCOMPARE(post(u"/api/v1/permits/import?kind=company"_s, officer, company, "text/csv").status, 200);

        QString error;
        const std::optional<CityRules> rules = CityRules::load(u"469001"_s, &error);
        QVERIFY2(rules, qPrintable(error));
        // The hits of a search with their findings, read as the console reads them.
        struct Hit
        {
            QJsonObject permit;
            QStringList ids;
            QList<RuleFinding> findings;
        };
        const auto search = [&](const QString &q, const QByteArray &token) {
            const HttpResult result = get(
                u"/api/v1/permits/search?q=%1"_s.arg(QString::fromUtf8(QUrl::toPercentEncoding(q))), token);
            QList<Hit> hits;
            if (result.status != 200) {
                qWarning("search %s: HTTP %d %s", qPrintable(q), result.status, result.body.constData());
                return hits;
            }
            [&] { QCOMPARE(result.json().value(u"asOf"_s).toString(), u"2024-06-01T10:00:00+08:00"_s); }();
            for (const QJsonValue &h : result.json().value(u"hits"_s).toArray()) {
                Hit hit;
                hit.permit = h[u"permit"_s].toObject();
                [&] { QVERIFY(h[u"findings"_s].isArray()); }();
                for (const QJsonValue &f : h[u"findings"_s].toArray()) {
                    QString why;
                    const std::optional<RuleFinding> finding = RuleFinding::fromJson(f.toObject(), &why);
                    [&] { QVERIFY2(finding, qPrintable(why)); }();
                    if (finding) {
                        hit.findings.append(*finding);
                        hit.ids.append(finding->ruleId);
                    }
                }
                hits.append(hit);
            }
            return hits;
        };

        QList<Hit> hits = search(u"琼DD10001"_s, officer);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().ids, QStringList());
        hits = search(u"琼DD10002"_s, officer);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().ids, (QStringList{u"vehicle.newEnergy"_s, u"vehicle.purchasePrice"_s,
                                                u"vehicle.wheelbase"_s, u"vehicle.range"_s}));
        const RuleFinding &wheelbase = hits.first().findings.at(2);
        QCOMPARE(wheelbase.article, u"第十三条(三)"_s);
        QCOMPARE(wheelbase.measured.toDouble(), 2550.0);
        QCOMPARE(wheelbase.limit.toDouble(), 2600.0);
        QCOMPARE(wheelbase.unit, u"mm"_s);
        QCOMPARE(wheelbase.message, u"第十三条(三): wheelbase 2550 mm, must be >= 2600 mm"_s);
        for (const RuleFinding &f : std::as_const(hits.first().findings))
            QCOMPARE(rules->describe(f), f.message); // the console words it the same from its own rules
        // The permit parses back with the Art. 13 facts.
        const std::optional<VehiclePermit> v2 = PermitJson::vehicleFromJson(hits.first().permit, &error);
        QVERIFY2(v2, qPrintable(error));
        QCOMPARE(v2->rangeKm, 299);
        QCOMPARE(v2->purchasePriceYuan, 99999);
        QCOMPARE(v2->wheelbaseMm, 2550);
        QCOMPARE(rules->checkVehiclePermit(*v2, kStart).size(), 4);
        hits = search(u"琼DD10003"_s, officer);
        QCOMPARE(hits.value(0).ids, QStringList{u"vehicle.wheelbase.sevenSeats"_s});

        // Drivers are judged on the unmasked ID number, but the reply holds neither it nor the birth date.
        r = get(u"/api/v1/permits/search?q=W7"_s, officer);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.contains(old.toUtf8()));
        QVERIFY(!r.body.contains("1960-03-01"));
        hits = search(u"W7"_s, officer);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().ids, (QStringList{u"driver.experience"_s, u"driver.retirementAge.male"_s}));
        const RuleFinding &age = hits.first().findings.at(1);
        QCOMPARE(age.article, u"第十五条(五)"_s);
        QCOMPARE(age.measured.toInt(), 64 * 12 + 3);
        QCOMPARE(age.limit.toInt(), 60 * 12);
        QCOMPARE(hits.first().findings.at(0).limit.toDate(), QDate(2025, 1, 1));
        QVERIFY(PermitJson::driverFromJson(hits.first().permit, &error));
        QCOMPARE(search(u"W8"_s, officer).value(0).ids, QStringList());

        // A company is not judged by Art. 13/15.
        hits = search(u"椰风出行"_s, officer);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().ids, QStringList());
        QVERIFY(PermitJson::companyFromJson(hits.first().permit, &error));

        // A region without built-in rules: no findings, whatever the permit says.
        {
            PermitStore store(m_f->server().database(), m_f->clock());
            VehiclePermit other;
            other.certificate = u"琼交运管海口字000001号"_s;
            other.plate = u"琼AD20001"_s;
            other.companyId = u"CO9"_s;
            other.vin = vin(21);
            other.regionCode = u"460100"_s;
            other.firstRegistration = QDate(2022, 1, 10);
            other.validFrom = QDate(2022, 2, 1);
            other.validTo = QDate(2029, 12, 31);
            other.seats = 9;
            other.wheelbaseMm = 2000;
            PermitImportResult batch;
            batch.kind = PermitKind::Vehicle;
            batch.vehicles = {other};
            batch.rowsRead = 1;
            batch.goodRows = {1};
            QVERIFY2(store.import(batch, {u"test"_s, u"api"_s, u"460100"_s}),
                     qPrintable(store.error().toString()));
        }
        const QByteArray supervisor = m_f->tokenOf(u"zhao.min"_s, Role::ProvincialSupervisor); // 460000
        hits = search(u"琼AD20001"_s, supervisor);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().ids, QStringList());
        // The supervisor sees Wuzhishan's findings too: the rules follow the permit's region.
        QCOMPARE(search(u"琼DD10002"_s, supervisor).value(0).ids.size(), 4);
    }

    void mismatchesFromBaseInfo()
    {
        const QByteArray officer = m_f->tokenOf(u"li.wei"_s, Role::CityOfficer);
        QByteArray csv = "certificate,plate,companyId,vin,firstRegistration,validFrom,validTo\r\n";
        csv += u"C1,琼DD12345,CO1,%1,20160605,20160701,20291231\r\n"_s.arg(vin(1))
                   .toUtf8(); // 8 years: 2024-06-04
        csv += u"C2,琼DD12346,CO2,%1,20220110,20220201,20291231\r\n"_s.arg(vin(2)).toUtf8();
        QCOMPARE(post(u"/api/v1/permits/import?kind=vehicle"_s, officer, csv, "text/csv").status, 200);

        // Company CO1's base-info, written as the intake would (its own connection to the same file).
        {
            Database db;
            QVERIFY(db.open(m_f->databasePath()));
            const auto catalogue = InterfaceCatalogue::builtIn();
            RecordStore store(db, catalogue);
            const InterfaceSpec *spec = catalogue->byIpcType(u"baseInfoVehicle");
            IngestBatch batch;
            batch.companyId = u"CO1"_s;
            batch.spec = spec;
            batch.receivedMs = kStart.toMSecsSinceEpoch();
            int index = 0;
            for (const QString &plate : {u"琼DD12345"_s, u"琼DD12346"_s, u"琼DD77777"_s}) {
                Record record = makeRecord(*spec);
                record.setValue(u"CompanyId", u"CO1"_s);
                record.setValue(u"Flag", 1);
                record.setValue(u"Address", 469001);
                record.setValue(u"VehicleNo", plate);
                batch.accepted.append({record, index++, 0});
            }
            QVERIFY(store.store(batch).ok());
        }
        HttpResult r = get(u"/api/v1/permits/mismatches"_s, officer);
        QCOMPARE(r.status, 200);
        QJsonArray list = r.json().value(u"mismatches"_s).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0)[u"key"_s].toString(), u"琼DD12346"_s);
        QCOMPARE(list.at(0)[u"problem"_s].toString(), u"otherCompany"_s);
        QCOMPARE(list.at(0)[u"permit"_s][u"companyId"_s].toString(), u"CO2"_s);
        QCOMPARE(list.at(1)[u"key"_s].toString(), u"琼DD77777"_s);
        QCOMPARE(list.at(1)[u"problem"_s].toString(), u"noPermit"_s);
        QVERIFY(!list.at(1)[u"reason"_s].toString().isEmpty());
        QCOMPARE(m_f->auditEntries(u"permits.mismatches"_s).size(), 1);

        // A few days on, C1 passes the 8-year limit of seed 002 Art. 40–41.
        m_f->clock().set(kStart.addDays(5));
        const QByteArray again = m_f->signInToken(u"li.wei"_s);
        r = get(u"/api/v1/permits/mismatches?company=CO1"_s, again);
        QCOMPARE(r.status, 200);
        list = r.json().value(u"mismatches"_s).toArray();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0)[u"problem"_s].toString(), u"expired"_s);
        QCOMPARE(list.at(0)[u"permit"_s][u"expiry"_s].toString(), u"2024-06-04"_s);
    }
};

QTEST_MAIN(tst_PermitsApi)
#include "tst_permitsapi.moc"
