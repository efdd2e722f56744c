// GET /api/v1/conduct over the platform's real TLS on 127.0.0.1 (seed 002 Art. 33–34;
// docs/lookup-contracts.md): complaints and penalties that a company uploaded through the real upload
// endpoints, reached through the orders' vehicle and driver; the subject's bad records; masking, reveal,
// region scope and the audit trail; errors that name the parameter; and query plans without table scans.

#include "badrecords/conductquery.h"
#include "intake/companyregistry.h"
#include "permitfixtures.h"
#include "permits/permitidentifiers.h"
#include "permits/personaldatamask.h"
#include "platformapifixture.h"
#include "protocol/interfacecatalogue.h"
#include "uploadfixtures.h"

#include "databaseprobe.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace rw;
using namespace rw::testing;

namespace {

// 2026-05-31 12:00 in Wuzhishan.
const QDateTime Noon(QDate(2026, 5, 31), QTime(4, 0), QTimeZone::utc());
const QString Plate = u"琼DD12345"_s;
const QString OtherPlate = u"琼DD54321"_s;

QString idNumber(const QString &first17)
{
    return first17 + PermitIdentifiers::idNumberCheck(first17);
}

QJsonObject match(const QString &orderId, const QString &plate, const QString &licence)
{
    return {{u"CompanyId"_s, fixtures::kCompany},
            {u"Address"_s, 469001},
            {u"OrderId"_s, orderId},
            {u"Encrypt"_s, 2},
            {u"LicenseId"_s, licence},
            {u"DriverPhone"_s, u"19900000001"_s},
            {u"VehicleNo"_s, plate},
            {u"DistributeTime"_s, 20260531100000LL}};
}

QJsonObject depart(const QString &orderId, const QString &plate, const QString &licence)
{
    return {{u"CompanyId"_s, fixtures::kCompany}, {u"OrderId"_s, orderId}, {u"LicenseId"_s, licence},
            {u"FareType"_s, u"WZS01"_s},          {u"VehicleNo"_s, plate}, {u"DepLongitude"_s, 109516800},
            {u"DepLatitude"_s, 18776500},         {u"Encrypt"_s, 2},       {u"DepTime"_s, 20260531101000LL}};
}

QJsonObject complaint(const QString &orderId, qint64 time, const QString &detail)
{
    return {{u"CompanyId"_s, fixtures::kCompany},
            {u"OrderId"_s, orderId},
            {u"ComplaintTime"_s, time},
            {u"Detail"_s, detail},
            {u"Result"_s, u"已处理"_s}};
}

QJsonObject punish(const QString &licence, qint64 time, const QString &reason)
{
    return {{u"CompanyId"_s, fixtures::kCompany},
            {u"LicenseId"_s, licence},
            {u"PunishTime"_s, time},
            {u"PunishReason"_s, reason},
            {u"PunishResult"_s, u"停运三天"_s}};
}

QStringList field(const QJsonArray &rows, const QString &name)
{
    QStringList values;
    for (const QJsonValue &row : rows)
        values.append(row[name].toString());
    return values;
}

} // namespace

class tst_ConductApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<PlatformApiFixture> m_f;
    QByteArray m_company;
    QByteArray m_officer;
    QString m_licence = idNumber(u"46900119900101123"_s);  // drives Plate (A1, A2) and OtherPlate (A3)
    QString m_partner = idNumber(u"46900119850505432"_s);  // drives Plate (A4)
    QString m_stranger = idNumber(u"46900119700707765"_s); // never drives Plate

    HttpResult get(const QString &path, const QByteArray &token) { return m_f->request("GET", path, token); }

    void upload(const QString &path, const QString &ipcType, const QJsonArray &records)
    {
        const HttpResult r = m_f->request("POST", path, m_company, fixtures::envelope(ipcType, records));
        QVERIFY2(r.status == 200, r.describe().constData());
        QVERIFY2(r.json().value(u"rejected"_s).toInt() == 0, r.body.constData());
    }

private slots:
    void init()
    {
        m_f = std::make_unique<PlatformApiFixture>(Noon);
        QString error;
        QVERIFY2(m_f->start(&error), qPrintable(error));
        m_company = m_f->server().companies().addCompany(fixtures::kCompany, u"五指山示范出行"_s, &error);
        QVERIFY2(!m_company.isEmpty(), qPrintable(error));
        insertCompanyPermit(m_f->server().database(), fixtures::kCompany, u"469001"_s, u"五指山示范出行"_s);
        m_officer = m_f->tokenOf(u"li.wei"_s, Role::CityOfficer);

        // The company's uploads, as they arrive over the spec's endpoints.
        upload(u"/order/match"_s, u"orderMatch"_s,
               {match(u"A1"_s, Plate, m_licence), match(u"A3"_s, OtherPlate, m_licence),
                match(u"A4"_s, Plate, m_partner), match(u"A1"_s, Plate, m_licence) /* sent twice */});
        upload(u"/operate/depart"_s, u"operateDepart"_s, {depart(u"A2"_s, Plate, m_licence)}); // no match
        upload(u"/rated/passengercomplaint"_s, u"ratedPassengerComplaint"_s,
               {complaint(u"A1"_s, 20260531103000LL, u"绕路"_s),
                complaint(u"A2"_s, 20260531110000LL, u"态度差"_s),
                complaint(u"A3"_s, 20260531104500LL, u"车内吸烟"_s),
                complaint(u"A9"_s, 20260531105000LL, u"unknown order"_s)});
        upload(u"/rated/driverpunish"_s, u"ratedDriverPunish"_s,
               {punish(m_licence, 20260520090000LL, u"绕路"_s),
                punish(m_licence, 20260530090000LL, u"拒载"_s),
                punish(m_partner, 20260525090000LL, u"超速"_s),
                punish(m_stranger, 20260526090000LL, u"other"_s)});

        // The driver's permit: the certificate the officer looks up.
        const QByteArray drivers =
            u"[{\"CertificateNo\":\"W1\",\"DriverName\":\"张伟\",\"IdNumber\":\"%1\",\"CompanyId\":\"%2\","
            "\"NetworkCarProofOn\":20220101,\"NetworkCarProofOff\":20291231}]"_s
                .arg(m_licence, fixtures::kCompany)
                .toUtf8();
        QCOMPARE(m_f->client()
                     .postAndWait(m_f->url(u"/api/v1/permits/import?kind=driver"_s), drivers, m_officer,
                                  "application/json")
                     .status,
                 200);
    }
    void cleanup() { m_f.reset(); }

    void aVehiclesComplaintsAndPenalties()
    {
        HttpResult r = get(u"/api/v1/conduct?plate=%1"_s.arg(u"琼dd 12345"_s), m_officer);
        QVERIFY2(r.status == 200, r.describe().constData());
        const QJsonObject c = r.json();
        QCOMPARE(c.value(u"subject"_s).toString(), u"vehicle"_s);
        QCOMPARE(c.value(u"plate"_s).toString(), Plate);
        // Through the match (A1, sent twice: once) and the departure (A2); newest first; not A3 or A9.
        const QJsonArray complaints = c.value(u"complaints"_s).toArray();
        QCOMPARE(field(complaints, u"orderId"_s), (QStringList{u"A2"_s, u"A1"_s}));
        QCOMPARE(complaints.at(0)[u"detail"_s].toString(), u"态度差"_s);
        QCOMPARE(complaints.at(0)[u"result"_s].toString(), u"已处理"_s);
        QCOMPARE(complaints.at(0)[u"companyId"_s].toString(), fixtures::kCompany);
        QCOMPARE(complaints.at(0)[u"time"_s].toString(), u"2026-05-31T11:00:00+08:00"_s);
        // The penalties of the drivers its orders name, newest first, licences masked.
        const QJsonArray penalties = c.value(u"penalties"_s).toArray();
        QCOMPARE(field(penalties, u"reason"_s), (QStringList{u"拒载"_s, u"超速"_s, u"绕路"_s}));
        QCOMPARE(penalties.at(0)[u"licence"_s].toString(), PersonalDataMask::licence(m_licence));
        QCOMPARE(penalties.at(1)[u"licence"_s].toString(), PersonalDataMask::licence(m_partner));
        QCOMPARE(penalties.at(0)[u"time"_s].toString(), u"2026-05-30T09:00:00+08:00"_s);
        QVERIFY(!r.body.contains(m_licence.toUtf8()));
        QCOMPARE(c.value(u"badRecords"_s).toArray().size(), 0);
        QVERIFY(!c.value(u"complaintsTruncated"_s).toBool());

        const QList<AuditEntry> audit = m_f->auditEntries(u"conduct.view"_s);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().target, Plate);
        QCOMPARE(audit.first().detail().value(u"complaints"_s).toInt(), 2);
        QCOMPARE(audit.first().detail().value(u"penalties"_s).toInt(), 3);

        // Listed: the entry comes with it, and stays as history once removed.
        const HttpResult listed = m_f->request(
            "POST", u"/api/v1/badrecords"_s, m_officer,
            PlatformApiFixture::json(
                {{u"subject"_s, u"vehicle"_s}, {u"plate"_s, Plate}, {u"reason"_s, u"三次投诉"_s}}));
        QCOMPARE(listed.status, 201);
        QCOMPARE(m_f->request("POST",
                              u"/api/v1/badrecords/%1/remove"_s.arg(listed.json()[u"id"_s].toInteger()),
                              m_officer, PlatformApiFixture::json({{u"reason"_s, u"Appeal upheld"_s}}))
                     .status,
                 200);
        r = get(u"/api/v1/conduct?plate=%1"_s.arg(Plate), m_officer);
        const QJsonArray records = r.json().value(u"badRecords"_s).toArray();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0)[u"reason"_s].toString(), u"三次投诉"_s);
        QCOMPARE(records.at(0)[u"removeReason"_s].toString(), u"Appeal upheld"_s);
        QVERIFY(!records.at(0)[u"active"_s].toBool());
    }

    void aDriverByCertificate()
    {
        HttpResult r = get(u"/api/v1/conduct?driver=W1"_s, m_officer);
        QVERIFY2(r.status == 200, r.describe().constData());
        QJsonObject c = r.json();
        QCOMPARE(c.value(u"subject"_s).toString(), u"driver"_s);
        QCOMPARE(c.value(u"certificate"_s).toString(), u"W1"_s);
        QCOMPARE(c.value(u"licence"_s).toString(), PersonalDataMask::licence(m_licence));
        QCOMPARE(c.value(u"name"_s).toString(), u"张*"_s);
        QCOMPARE(field(c.value(u"complaints"_s).toArray(), u"orderId"_s),
                 (QStringList{u"A2"_s, u"A3"_s, u"A1"_s}));
        QCOMPARE(field(c.value(u"penalties"_s).toArray(), u"reason"_s), (QStringList{u"拒载"_s, u"绕路"_s}));
        QVERIFY(!r.body.contains(m_licence.toUtf8()));

        const QByteArray enforcement = m_f->tokenOf(u"chen.gang"_s, Role::EnforcementOfficer);
        r = get(u"/api/v1/conduct?driver=W1&reveal=1&reason=%1"_s.arg(
                    QString::fromLatin1(QUrl::toPercentEncoding(u"路检"_s))),
                enforcement);
        QCOMPARE(r.status, 200);
        c = r.json();
        QVERIFY(c.value(u"revealed"_s).toBool());
        QCOMPARE(c.value(u"licence"_s).toString(), m_licence);
        QCOMPARE(c.value(u"name"_s).toString(), u"张伟"_s);
        QCOMPARE(c[u"penalties"_s][0][u"licence"_s].toString(), m_licence);
        const QList<AuditEntry> audit = m_f->auditEntries(u"conduct.view"_s);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.last().target, u"W1"_s);
        QCOMPARE(audit.last().detail().value(u"reason"_s).toString(), u"路检"_s);
        const QByteArray province = m_f->tokenOf(u"zhao.min"_s, Role::ProvincialSupervisor);
        QCOMPARE(get(u"/api/v1/conduct?driver=W1&reveal=1&reason=x"_s, province).status, 403);
        QCOMPARE(get(u"/api/v1/conduct?driver=W1"_s, province).status, 200);

        // A certificate only the company's base-info knows is found there.
        const QJsonObject info{{u"CompanyId"_s, fixtures::kCompany},
                               {u"Address"_s, 469001},
                               {u"DriverName"_s, u"李娜"_s},
                               {u"DriverPhone"_s, u"19900000002"_s},
                               {u"DriverGender"_s, u"2"_s},
                               {u"DriverBirthday"_s, 19850505},
                               {u"DriverNation"_s, u"汉族"_s},
                               {u"DriverContactAddress"_s, u"五指山市通什镇"_s},
                               {u"LicenseId"_s, m_partner},
                               {u"GetDriverLicenseDate"_s, 20100101},
                               {u"DriverLicenseOn"_s, 20200101},
                               {u"DriverLicenseOff"_s, 20300101},
                               {u"TaxiDriver"_s, 0},
                               {u"CertificateNo"_s, u"W2"_s},
                               {u"NetworkCarIssueOrganization"_s, u"五指山市交通运输局"_s},
                               {u"NetworkCarIssueDate"_s, 20220101},
                               {u"GetNetworkCarProofDate"_s, 20220101},
                               {u"NetworkCarProofOn"_s, 20220101},
                               {u"NetworkCarProofOff"_s, 20291231},
                               {u"RegisterDate"_s, 20220101},
                               {u"CommercialType"_s, 1},
                               {u"ContractCompany"_s, u"五指山示范出行"_s},
                               {u"ContractOn"_s, 20220101},
                               {u"ContractOff"_s, 20291231},
                               {u"State"_s, 0},
                               {u"Flag"_s, 1},
                               {u"UpdateTime"_s, 20260531090000LL}};
        upload(u"/baseinfo/driver"_s, u"baseInfoDriver"_s, {info});
        r = get(u"/api/v1/conduct?driver=W2"_s, m_officer);
        QVERIFY2(r.status == 200, r.describe().constData());
        QCOMPARE(r.json().value(u"name"_s).toString(), u"李*"_s);
        QCOMPARE(field(r.json().value(u"penalties"_s).toArray(), u"reason"_s), QStringList{u"超速"_s});
    }

    void errorsNameTheParameter()
    {
        HttpResult r = get(u"/api/v1/conduct"_s, m_officer);
        QCOMPARE(r.status, 400);
        QVERIFY(r.errorMessage().contains(u"plate="_s) && r.errorMessage().contains(u"driver="_s));
        r = get(u"/api/v1/conduct?plate=%1&driver=W1"_s.arg(Plate), m_officer);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.errorMessage().contains(Plate) && r.errorMessage().contains(u"W1"_s),
                 qPrintable(r.errorMessage()));
        r = get(u"/api/v1/conduct?plate="_s, m_officer);
        QCOMPARE(r.status, 400);
        QVERIFY(r.errorMessage().contains(u"plate=\"\""_s));
        r = get(u"/api/v1/conduct?driver=W404"_s, m_officer);
        QCOMPARE(r.status, 404);
        QVERIFY(r.errorMessage().contains(u"driver=\"W404\""_s));
        const QByteArray admin = m_f->tokenOf(u"sys.admin"_s, Role::SystemAdministrator);
        QCOMPARE(get(u"/api/v1/conduct?plate=%1"_s.arg(Plate), admin).status, 403);
        QCOMPARE(m_f->auditEntries(u"conduct.view"_s).size(), 0); // nothing answered, nothing looked up
    }

    void outsideTheScope()
    {
        const QByteArray beijing = m_f->tokenOf(u"wang.bj"_s, Role::EnforcementOfficer, u"110000"_s);
        HttpResult r = get(u"/api/v1/conduct?plate=%1"_s.arg(Plate), beijing);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"complaints"_s).toArray().size(), 0);
        QCOMPARE(r.json().value(u"penalties"_s).toArray().size(), 0);
        r = get(u"/api/v1/conduct?driver=W1"_s, beijing);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"out_of_scope"_s);
    }

    void noTableIsScanned()
    {
        DatabaseProbe probe;
        QVERIFY(probe.open(m_f->databasePath()));
        ConductQuery query(probe.database(), InterfaceCatalogue::builtIn());
        for (const QString &sql : query.statements()) {
            QStringList plan;
            for (const QVariantList &row : probe.rows(u"EXPLAIN QUERY PLAN "_s + sql))
                plan.append(row.last().toString());
            QVERIFY2(!plan.isEmpty(), qPrintable(sql));
            for (const QString &step : plan)
                QVERIFY2(!step.startsWith(u"SCAN "_s), qPrintable(sql + u"\n  "_s + plan.join(u"\n  "_s)));
        }
    }
};

QTEST_GUILESS_MAIN(tst_ConductApi)
#include "tst_conductapi.moc"
