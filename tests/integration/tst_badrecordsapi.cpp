// /api/v1/badrecords over the platform's real TLS on 127.0.0.1 (seed 002 Art. 34; docs/lookup-contracts.md):
// the city officer adds and removes, everyone with operational data reads within their scope, province
// and enforcement officers cannot write; every change and lookup in the audit trail; licences and names
// masked unless revealed with a reason; the permit search's badRecord flag; and the live alert of a listed
// vehicle that a company's upload shows online, through the real AlertMonitor thread.

#include "badrecords/badrecord.h"
#include "intake/companyregistry.h"
#include "permits/permitidentifiers.h"
#include "permits/personaldatamask.h"
#include "platformapifixture.h"
#include "uploadfixtures.h"

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

QString idNumber(const QString &first17)
{
    return first17 + PermitIdentifiers::idNumberCheck(first17);
}

QJsonObject vehicleEntry(const QString &plate, const QString &reason, const QJsonValue &until = QJsonValue())
{
    return {{u"subject"_s, u"vehicle"_s}, {u"plate"_s, plate}, {u"reason"_s, reason}, {u"until"_s, until}};
}

QJsonObject driverEntry(const QString &licence, const QString &reason)
{
    return {{u"subject"_s, u"driver"_s}, {u"licence"_s, licence}, {u"reason"_s, reason}};
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

class tst_BadRecordsApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<PlatformApiFixture> m_f;
    QString m_licence = idNumber(u"46900119900101123"_s);

    HttpResult get(const QString &path, const QByteArray &token) { return m_f->request("GET", path, token); }
    HttpResult post(const QString &path, const QByteArray &token, const QJsonObject &body)
    {
        return m_f->request("POST", path, token, PlatformApiFixture::json(body));
    }
    QJsonArray list(const QByteArray &token, const QString &query = {})
    {
        const HttpResult r = get(u"/api/v1/badrecords"_s + query, token);
        if (r.status != 200)
            qWarning("GET /api/v1/badrecords%s: %s", qPrintable(query), r.describe().constData());
        return r.json().value(u"badRecords"_s).toArray();
    }
    void importPermits(const QByteArray &officer)
    {
        const QByteArray drivers =
            u"[{\"CertificateNo\":\"W1\",\"DriverName\":\"张伟\",\"IdNumber\":\"%1\",\"CompanyId\":\"%2\","
            "\"NetworkCarProofOn\":20220101,\"NetworkCarProofOff\":20291231}]"_s
                .arg(m_licence, fixtures::kCompany)
                .toUtf8();
        QCOMPARE(m_f->client()
                     .postAndWait(m_f->url(u"/api/v1/permits/import?kind=driver"_s), drivers, officer,
                                  "application/json")
                     .status,
                 200);
        QString vin = u"LGXCE4CB0N0000001"_s;
        vin[8] = PermitIdentifiers::vinCheck(vin);
        const QByteArray vehicles =
            u"certificate,plate,companyId,vin,firstRegistration,validFrom,validTo\r\n"
            "C1,%1,%2,%3,20220110,20220201,20291231\r\n"_s.arg(Plate, fixtures::kCompany, vin)
                .toUtf8();
        QCOMPARE(m_f->client()
                     .postAndWait(m_f->url(u"/api/v1/permits/import?kind=vehicle"_s), vehicles, officer,
                                  "text/csv")
                     .status,
                 200);
    }

private slots:
    void init()
    {
        m_f = std::make_unique<PlatformApiFixture>(Noon);
        QString error;
        QVERIFY2(m_f->start(&error), qPrintable(error));
    }
    void cleanup() { m_f.reset(); }

    void theCityOfficerAddsListsAndRemoves()
    {
        const QByteArray officer = m_f->tokenOf(u"li.wei"_s, Role::CityOfficer); // 469001
        importPermits(officer);

        HttpResult r = post(u"/api/v1/badrecords"_s, officer,
                            vehicleEntry(u"琼dd 12345"_s, u"三次无证营运"_s, u"2026-12-31"_s));
        QVERIFY2(r.status == 201, r.describe().constData());
        const QJsonObject car = r.json();
        QCOMPARE(car.value(u"subject"_s).toString(), u"vehicle"_s);
        QCOMPARE(car.value(u"plate"_s).toString(), Plate);
        QCOMPARE(car.value(u"regionCode"_s).toString(), u"469001"_s);
        QCOMPARE(car.value(u"certificate"_s).toString(), u"C1"_s); // from the permit registry
        QCOMPARE(car.value(u"addedBy"_s).toString(), u"li.wei"_s);
        QCOMPARE(car.value(u"addedAt"_s).toString(), u"2026-05-31T12:00:00+08:00"_s);
        QCOMPARE(car.value(u"until"_s).toString(), u"2026-12-31"_s);
        QVERIFY(car.value(u"active"_s).toBool());
        QVERIFY(car.value(u"removedAt"_s).isNull());

        m_f->clock().advanceSecs(60);
        r = post(u"/api/v1/badrecords"_s, officer, driverEntry(m_licence, u"Refused a wheelchair user"_s));
        QVERIFY2(r.status == 201, r.describe().constData());
        const QJsonObject person = r.json();
        QCOMPARE(person.value(u"licence"_s).toString(), PersonalDataMask::licence(m_licence));
        QCOMPARE(person.value(u"name"_s).toString(), u"张*"_s);
        QCOMPARE(person.value(u"certificate"_s).toString(), u"W1"_s);
        QVERIFY(person.value(u"until"_s).isNull());
        QVERIFY(!r.body.contains(m_licence.toUtf8()));

        // The same vehicle again: 409, naming it.
        r = post(u"/api/v1/badrecords"_s, officer, vehicleEntry(Plate, u"again"_s));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"conflict"_s);
        QVERIFY2(r.errorMessage().contains(Plate), qPrintable(r.errorMessage()));

        QJsonArray all = list(officer);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0)[u"subject"_s].toString(), u"driver"_s); // newest first
        QCOMPARE(all.at(1)[u"plate"_s].toString(), Plate);

        // Every change is audited, the licence masked; the refused one too.
        QList<AuditEntry> added = m_f->auditEntries(u"badrecords.add"_s);
        QCOMPARE(added.size(), 3);
        QCOMPARE(added.at(0).target, Plate);
        QCOMPARE(added.at(0).detail().value(u"reason"_s).toString(), u"三次无证营运"_s);
        QCOMPARE(added.at(0).detail().value(u"until"_s).toString(), u"2026-12-31"_s);
        QCOMPARE(added.at(1).target, PersonalDataMask::licence(m_licence));
        QCOMPARE(added.at(1).actor, u"li.wei"_s);
        QCOMPARE(added.at(2).outcome, AuditEntry::Outcome::Failure);
        QCOMPARE(m_f->auditEntries(u"badrecords.list"_s).size(), 1);

        // Removal keeps the row with who, when and why.
        const qint64 carId = car.value(u"id"_s).toInteger();
        const QString remove = u"/api/v1/badrecords/%1/remove"_s.arg(carId);
        r = post(remove, officer, {{u"reason"_s, u" "_s}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.errorMessage().contains(u"reason"_s));
        m_f->clock().advanceSecs(600); // (within the idle lock's 15 minutes)
        r = post(remove, officer, {{u"reason"_s, u"Appeal upheld"_s}});
        QVERIFY2(r.status == 200, r.describe().constData());
        QCOMPARE(r.json().value(u"removedBy"_s).toString(), u"li.wei"_s);
        QCOMPARE(r.json().value(u"removedAt"_s).toString(), u"2026-05-31T12:11:00+08:00"_s);
        QCOMPARE(r.json().value(u"removeReason"_s).toString(), u"Appeal upheld"_s);
        QVERIFY(!r.json().value(u"active"_s).toBool());
        QCOMPARE(post(remove, officer, {{u"reason"_s, u"twice"_s}}).status, 409);
        r = post(u"/api/v1/badrecords/999/remove"_s, officer, {{u"reason"_s, u"x"_s}});
        QCOMPARE(r.status, 404);
        QVERIFY(r.errorMessage().contains(u"999"_s));
        QCOMPARE(post(u"/api/v1/badrecords/abc/remove"_s, officer, {{u"reason"_s, u"x"_s}}).status, 404);

        QCOMPARE(list(officer, u"?active=1"_s).size(), 1);
        all = list(officer);
        QCOMPARE(all.size(), 2);
        QVERIFY(!all.at(1)[u"active"_s].toBool());
        QCOMPARE(all.at(1)[u"removeReason"_s].toString(), u"Appeal upheld"_s);
        const QList<AuditEntry> removed = m_f->auditEntries(u"badrecords.remove"_s);
        QVERIFY(removed.size() >= 2);
        const auto success = std::find_if(removed.begin(), removed.end(), [](const AuditEntry &e) {
            return e.outcome == AuditEntry::Outcome::Success;
        });
        QVERIFY(success != removed.end());
        QCOMPARE(success->target, QString::number(carId));
        QCOMPARE(success->detail().value(u"reason"_s).toString(), u"Appeal upheld"_s);
        QCOMPARE(success->detail().value(u"key"_s).toString(), Plate);
        QCOMPARE(get(u"/api/v1/badrecords?active=yes"_s, officer).status, 400);
    }

    void onlyTheCityOfficerWritesAndOnlyWithinTheScope()
    {
        const QByteArray officer = m_f->tokenOf(u"li.wei"_s, Role::CityOfficer);
        HttpResult r = post(u"/api/v1/badrecords"_s, officer, vehicleEntry(Plate, u"无证营运"_s));
        QCOMPARE(r.status, 201);
        const QString remove = u"/api/v1/badrecords/%1/remove"_s.arg(r.json().value(u"id"_s).toInteger());

        const QByteArray province = m_f->tokenOf(u"zhao.min"_s, Role::ProvincialSupervisor);   // 460000
        const QByteArray enforcement = m_f->tokenOf(u"chen.gang"_s, Role::EnforcementOfficer); // 469001
        for (const QByteArray &token : {province, enforcement}) {
            QCOMPARE(list(token).size(), 1); // they read
            r = post(u"/api/v1/badrecords"_s, token, vehicleEntry(u"琼DD54321"_s, u"x"_s));
            QCOMPARE(r.status, 403);
            QCOMPARE(r.errorCode(), u"forbidden"_s);
            QCOMPARE(post(remove, token, {{u"reason"_s, u"x"_s}}).status, 403);
        }
        // Another city's officer neither sees Wuzhishan's list nor removes from it.
        const QByteArray sanya = m_f->tokenOf(u"lin.sy"_s, Role::CityOfficer, u"460200"_s);
        QCOMPARE(list(sanya).size(), 0);
        r = post(remove, sanya, {{u"reason"_s, u"x"_s}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"out_of_scope"_s);
        // …but keeps its own list, where the same vehicle may be listed too.
        QCOMPARE(post(u"/api/v1/badrecords"_s, sanya, vehicleEntry(Plate, u"三亚: 拒载"_s)).status, 201);
        QCOMPARE(list(sanya).size(), 1);
        QCOMPARE(list(officer).size(), 1);
        QCOMPARE(list(province).size(), 2);
        const QByteArray admin = m_f->tokenOf(u"sys.admin"_s, Role::SystemAdministrator);
        QCOMPARE(get(u"/api/v1/badrecords"_s, admin).status, 403);
        QCOMPARE(get(u"/api/v1/badrecords"_s, {}).status, 401);
        QCOMPARE(list(officer).at(0)[u"active"_s].toBool(), true);
    }

    void maskingAndReveal()
    {
        const QByteArray officer = m_f->tokenOf(u"li.wei"_s, Role::CityOfficer);
        importPermits(officer);
        QCOMPARE(post(u"/api/v1/badrecords"_s, officer, driverEntry(m_licence, u"Overcharged"_s)).status,
                 201);

        HttpResult r = get(u"/api/v1/badrecords?reveal=1"_s, officer);
        QCOMPARE(r.status, 400);
        QVERIFY(r.errorMessage().contains(u"reason"_s));
        const QByteArray province = m_f->tokenOf(u"zhao.min"_s, Role::ProvincialSupervisor);
        QCOMPARE(get(u"/api/v1/badrecords?reveal=1&reason=check"_s, province).status, 403);
        r = get(u"/api/v1/badrecords"_s, province);
        QCOMPARE(r.json()[u"badRecords"_s][0][u"licence"_s].toString(), PersonalDataMask::licence(m_licence));
        QVERIFY(!r.body.contains(m_licence.toUtf8()));
        QVERIFY(!r.json().value(u"revealed"_s).toBool());

        const QByteArray enforcement = m_f->tokenOf(u"chen.gang"_s, Role::EnforcementOfficer);
        r = get(u"/api/v1/badrecords?reveal=1&reason=%1"_s.arg(encoded(u"路检 roadside check"_s)),
                enforcement);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(u"revealed"_s).toBool());
        const QJsonObject entry = r.json()[u"badRecords"_s][0].toObject();
        QCOMPARE(entry.value(u"licence"_s).toString(), m_licence);
        QCOMPARE(entry.value(u"name"_s).toString(), u"张伟"_s);
        const QList<AuditEntry> audit = m_f->auditEntries(u"badrecords.list"_s);
        QCOMPARE(audit.last().actor, u"chen.gang"_s);
        QVERIFY(audit.last().detail().value(u"revealed"_s).toBool());
        QCOMPARE(audit.last().detail().value(u"reason"_s).toString(), u"路检 roadside check"_s);
    }

    void badInputNamesTheFieldAndTheValue()
    {
        const QByteArray officer = m_f->tokenOf(u"li.wei"_s, Role::CityOfficer);
        const auto refused = [&](const QJsonObject &body, const QStringList &words) {
            const HttpResult r = post(u"/api/v1/badrecords"_s, officer, body);
            if (r.status != 400)
                return u"HTTP %1: %2"_s.arg(r.status).arg(QString::fromUtf8(r.body));
            for (const QString &w : words)
                if (!r.errorMessage().contains(w))
                    return u"\"%1\" lacks \"%2\""_s.arg(r.errorMessage(), w);
            return QString();
        };
        QCOMPARE(refused({{u"subject"_s, u"boat"_s}, {u"plate"_s, Plate}, {u"reason"_s, u"x"_s}},
                         {u"subject"_s, u"boat"_s}),
                 QString());
        QCOMPARE(refused(vehicleEntry(Plate, u"x"_s, u"2026-13-01"_s), {u"until"_s, u"2026-13-01"_s}),
                 QString());
        QCOMPARE(refused(vehicleEntry(Plate, u"x"_s, u"2026-05-30"_s), {u"until"_s, u"2026-05-30"_s}),
                 QString());
        QCOMPARE(refused(vehicleEntry(Plate, u""_s), {u"reason"_s}), QString());
        QCOMPARE(refused(vehicleEntry(u" "_s, u"x"_s), {u"plate"_s}), QString());
        QCOMPARE(refused(driverEntry(QString(), u"x"_s), {u"licence"_s}), QString());
        QJsonObject both = vehicleEntry(Plate, u"x"_s);
        both.insert(u"licence"_s, m_licence);
        QCOMPARE(refused(both, {u"licence"_s, u"plate"_s}), QString());
        const HttpResult notJson = m_f->request("POST", u"/api/v1/badrecords"_s, officer, "{plate:");
        QCOMPARE(notJson.status, 400);
        QCOMPARE(list(officer).size(), 0);
    }

    void searchHitsCarryBadRecord()
    {
        const QByteArray officer = m_f->tokenOf(u"li.wei"_s, Role::CityOfficer);
        importPermits(officer);
        const auto hitOf = [&](const QString &q) {
            const HttpResult r = get(u"/api/v1/permits/search?q=%1"_s.arg(encoded(q)), officer);
            return r.json()[u"hits"_s][0].toObject();
        };
        QCOMPARE(hitOf(Plate).value(u"kind"_s).toString(), u"vehicle"_s);
        QCOMPARE(hitOf(Plate).value(u"badRecord"_s), QJsonValue(false));
        QCOMPARE(hitOf(u"W1"_s).value(u"kind"_s).toString(), u"driver"_s);
        QCOMPARE(hitOf(u"W1"_s).value(u"badRecord"_s), QJsonValue(false));

        const HttpResult car = post(u"/api/v1/badrecords"_s, officer, vehicleEntry(Plate, u"无证营运"_s));
        QCOMPARE(car.status, 201);
        QCOMPARE(post(u"/api/v1/badrecords"_s, officer, driverEntry(m_licence, u"拒载"_s)).status, 201);
        QCOMPARE(hitOf(Plate).value(u"badRecord"_s), QJsonValue(true));
        QCOMPARE(hitOf(u"W1"_s).value(u"badRecord"_s), QJsonValue(true));
        // The province sees its cities' lists; Beijing does not find the permits at all.
        const QByteArray province = m_f->tokenOf(u"zhao.min"_s, Role::ProvincialSupervisor);
        QCOMPARE(get(u"/api/v1/permits/search?q=W1"_s, province).json()[u"hits"_s][0][u"badRecord"_s],
                 QJsonValue(true));

        QCOMPARE(post(u"/api/v1/badrecords/%1/remove"_s.arg(car.json().value(u"id"_s).toInteger()), officer,
                      {{u"reason"_s, u"Appeal upheld"_s}})
                     .status,
                 200);
        QCOMPARE(hitOf(Plate).value(u"badRecord"_s), QJsonValue(false));
        QCOMPARE(hitOf(u"W1"_s).value(u"badRecord"_s), QJsonValue(true));
    }

    void aListedVehicleOnlineRaisesAnAlert()
    {
        QString error;
        const QByteArray company =
            m_f->server().companies().addCompany(fixtures::kCompany, u"五指山示范出行"_s, &error);
        QVERIFY2(!company.isEmpty(), qPrintable(error));
        const auto upload = [&](const QString &path, const QString &ipcType, const QJsonArray &records) {
            const HttpResult r = m_f->request("POST", path, company, fixtures::envelope(ipcType, records));
            QVERIFY2(r.status == 200 && r.json().value(u"rejected"_s).toInt() == 0, r.describe().constData());
        };
        upload(u"/baseinfo/vehicle"_s, u"baseInfoVehicle"_s,
               {fixtures::baseInfoVehicle(Plate, u"LSVAM4187C2184847"_s)});
        const QByteArray officer = m_f->tokenOf(u"li.wei"_s, Role::CityOfficer);
        const auto alertKinds = [&] {
            QStringList kinds;
            for (const QJsonValue &a : get(u"/api/v1/alerts"_s, officer).json().value(u"alerts"_s).toArray())
                kinds.append(a[u"kind"_s].toString() + u':' + a[u"vehicleNo"_s].toString() +
                             (a[u"closed"_s].isNull() ? u""_s : u":closed"_s));
            return kinds;
        };
        const HttpResult r = post(u"/api/v1/badrecords"_s, officer, vehicleEntry(Plate, u"无证营运"_s));
        QCOMPARE(r.status, 201);
        upload(u"/position/vehicle"_s, u"positionVehicle"_s,
               {fixtures::positionVehicle(Plate, Noon.toSecsSinceEpoch())});
        QTRY_COMPARE_WITH_TIMEOUT(alertKinds(), QStringList{u"badRecord:琼DD12345"_s}, 10000);
        const QJsonObject alert = get(u"/api/v1/alerts"_s, officer).json()[u"alerts"_s][0].toObject();
        QCOMPARE(alert.value(u"article"_s).toString(), u"第三十四条"_s);
        QCOMPARE(alert[u"detail"_s][u"reason"_s].toString(), u"无证营运"_s);

        // Removed: the monitor (another thread, another connection) closes the alert.
        QCOMPARE(post(u"/api/v1/badrecords/%1/remove"_s.arg(r.json().value(u"id"_s).toInteger()), officer,
                      {{u"reason"_s, u"Appeal upheld"_s}})
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(alertKinds(), QStringList{u"badRecord:琼DD12345:closed"_s}, 10000);
    }
};

QTEST_GUILESS_MAIN(tst_BadRecordsApi)
#include "tst_badrecordsapi.moc"
