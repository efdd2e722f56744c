// GET /api/v1/permits/registry over the platform's real TLS on 127.0.0.1: the caller's region's current
// permits of all three kinds, every one exactly once over the pages, in position order; personal data in
// clear only for roles that may reveal it; one audit record per page; the refusals.

#include "permits/permitidentifiers.h"
#include "permits/permitstore.h"
#include "permits/personaldatamask.h"
#include "platformapifixture.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace rw;
using namespace rw::testing;

namespace {

const QDateTime kStart(QDate(2026, 3, 2), QTime(1, 0), QTimeZone::utc());

QString idNumber(int i)
{
    const QString first17 = u"4690011990010%1"_s.arg(i, 4, 10, QLatin1Char('0'));
    return first17 + PermitIdentifiers::idNumberCheck(first17);
}

VehiclePermit vehicle(int i, const QString &region = u"469001"_s, const QDate &to = QDate(2030, 1, 1))
{
    VehiclePermit p;
    p.certificate = u"V%1-%2"_s.arg(region).arg(i);
    p.plate = region == u"469001"_s ? u"琼DD3%1"_s.arg(i, 4, 10, QLatin1Char('0'))
                                    : u"琼A3%1"_s.arg(i, 4, 10, QLatin1Char('0'));
    p.companyId = u"C1"_s;
    p.ownerName = u"车主"_s;
    p.regionCode = region;
    p.firstRegistration = QDate(2023, 1, 1);
    p.validFrom = QDate(2023, 2, 1);
    p.validTo = to;
    return p;
}

DriverPermit driver(int i)
{
    DriverPermit p;
    p.certificate = u"D469001-%1"_s.arg(i);
    p.name = u"李娜"_s;
    p.idNumber = idNumber(i);
    p.licenceNumber = p.idNumber;
    p.phone = u"1990000%1"_s.arg(i, 4, 10, QLatin1Char('0'));
    p.companyId = u"C1"_s;
    p.regionCode = u"469001"_s;
    p.validFrom = QDate(2023, 1, 1);
    p.validTo = QDate(2030, 1, 1);
    return p;
}

template<typename Permit>
void importAll(PermitStore &store, PermitKind kind, const QList<Permit> &permits)
{
    PermitImportResult feed;
    feed.kind = kind;
    if constexpr (std::is_same_v<Permit, VehiclePermit>)
        feed.vehicles = permits;
    else if constexpr (std::is_same_v<Permit, DriverPermit>)
        feed.drivers = permits;
    else
        feed.companies = permits;
    feed.rowsRead = int(permits.size());
    for (int i = 0; i < permits.size(); ++i)
        feed.goodRows.append(i + 2);
    QVERIFY(store.import(feed, {u"test"_s, u"api"_s, u"469001"_s}));
}

} // namespace

class tst_RegistryApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<PlatformApiFixture> m_f;
    QSet<QString> m_inRegion; //!< "kind:certificate" of the current permits of 469001

    HttpResult get(const QString &path, const QByteArray &token)
    {
        return m_f->client().getAndWait(m_f->url(path), token);
    }

    /** Every page from after=0; the hits in order, and the pages' "next" values. */
    QList<QJsonObject> readAll(const QByteArray &token, int limit, QList<qint64> *nexts, int *pages)
    {
        QList<QJsonObject> hits;
        qint64 after = 0;
        *pages = 0;
        for (;;) {
            const HttpResult r =
                get(u"/api/v1/permits/registry?after=%1&limit=%2"_s.arg(after).arg(limit), token);
            if (r.status != 200) {
                qWarning("%s", r.describe().constData());
                return {};
            }
            ++*pages;
            const QJsonObject page = r.json();
            for (const QJsonValue &h : page[u"hits"_s].toArray())
                hits.append(h.toObject());
            if (page[u"next"_s].isNull())
                return hits;
            nexts->append(page[u"next"_s].toInteger());
            after = page[u"next"_s].toInteger();
            if (*pages > 1000)
                return {};
        }
    }

private slots:
    void init()
    {
        m_f = std::make_unique<PlatformApiFixture>(kStart);
        QString error;
        QVERIFY2(m_f->start(&error), qPrintable(error));
        PermitStore store(m_f->server().database(), m_f->clock());
        QList<VehiclePermit> vehicles;
        for (int i = 0; i < 7; ++i)
            vehicles.append(vehicle(i, u"469001"_s, i == 6 ? QDate(2025, 12, 31) : QDate(2030, 1, 1)));
        vehicles.append(vehicle(0, u"460100"_s)); // Haikou
        importAll(store, PermitKind::Vehicle, vehicles);
        QList<DriverPermit> drivers;
        for (int i = 0; i < 4; ++i)
            drivers.append(driver(i));
        importAll(store, PermitKind::Driver, drivers);
        CompanyPermit company;
        company.certificate = u"469001C1"_s;
        company.companyId = u"C1"_s;
        company.name = u"五指山甲出行有限公司"_s;
        company.regionCode = u"469001"_s;
        company.validFrom = QDate(2022, 1, 1);
        company.validTo = QDate(2031, 1, 1);
        importAll(store, PermitKind::Company, QList<CompanyPermit>{company});
        // A replaced vehicle permit: only its current row is in the registry.
        VehiclePermit replaced = vehicle(2);
        replaced.seats = 7;
        importAll(store, PermitKind::Vehicle, QList<VehiclePermit>{replaced});
        m_inRegion.clear();
        for (int i = 0; i < 7; ++i)
            m_inRegion.insert(u"vehicle:"_s + vehicle(i).certificate);
        for (int i = 0; i < 4; ++i)
            m_inRegion.insert(u"driver:"_s + driver(i).certificate);
        m_inRegion.insert(u"company:469001C1"_s);
    }

    void cleanup() { m_f.reset(); }

    void pagesCoverTheRegionOnceInOrder()
    {
        const QByteArray officer = m_f->tokenOf(u"officer.li"_s, Role::EnforcementOfficer);
        for (const int limit : {1, 3, 5, 500}) {
            QList<qint64> nexts;
            int pages = 0;
            const QList<QJsonObject> hits = readAll(officer, limit, &nexts, &pages);
            QStringList seen;
            for (const QJsonObject &h : hits)
                seen.append(h[u"kind"_s].toString() + u':' + h[u"permit"_s][u"certificate"_s].toString());
            QCOMPARE(QSet<QString>(seen.begin(), seen.end()), m_inRegion);
            QCOMPARE(seen.size(), m_inRegion.size()); // each once
            QCOMPARE(pages, (int(m_inRegion.size()) + limit - 1) / limit);
            for (int i = 1; i < nexts.size(); ++i)
                QVERIFY(nexts.at(i) > nexts.at(i - 1));
            // The replaced permit comes as it is now.
            for (const QJsonObject &h : hits) {
                if (h[u"permit"_s][u"certificate"_s].toString() == vehicle(2).certificate)
                    QCOMPARE(h[u"permit"_s][u"seats"_s].toInt(), 7);
            }
        }
    }

    void shapeLikeTheSearch()
    {
        const QByteArray officer = m_f->tokenOf(u"officer.li"_s, Role::EnforcementOfficer);
        const HttpResult r = get(u"/api/v1/permits/registry?limit=500"_s, officer);
        QCOMPARE(r.status, 200);
        const QJsonObject page = r.json();
        QCOMPARE(page[u"asOf"_s].toString(), u"2026-03-02T09:00:00+08:00"_s);
        QVERIFY(page[u"next"_s].isNull());
        QCOMPARE(page[u"revealed"_s].toBool(), true);
        bool sawDriver = false;
        bool sawExpired = false;
        for (const QJsonValue &v : page[u"hits"_s].toArray()) {
            const QJsonObject h = v.toObject();
            QCOMPARE(h[u"matchedOn"_s].toString(), u"registry"_s);
            const QJsonObject permit = h[u"permit"_s].toObject();
            if (h[u"kind"_s].toString() == u"driver"_s) {
                sawDriver = true;
                // An enforcement officer may reveal: in clear, for the encrypted cache.
                QCOMPARE(permit[u"idNumber"_s].toString(),
                         idNumber(permit[u"certificate"_s].toString().section(u'-', 1).toInt()));
                QCOMPARE(permit[u"name"_s].toString(), u"李娜"_s);
            }
            if (permit[u"certificate"_s].toString() == vehicle(6).certificate) {
                sawExpired = true;
                QCOMPARE(h[u"valid"_s].toBool(true), false);
            } else {
                QCOMPARE(h[u"valid"_s].toBool(), true);
            }
        }
        QVERIFY(sawDriver && sawExpired);

        // The same permit as the search writes it, personal data aside.
        const HttpResult search = get(u"/api/v1/permits/search?q=%1"_s.arg(
                                          QString::fromLatin1(QUrl::toPercentEncoding(vehicle(1).plate))),
                                      officer);
        QCOMPARE(search.status, 200);
        const QJsonObject fromSearch = search.json()[u"hits"_s][0].toObject();
        for (const QJsonValue &v : page[u"hits"_s].toArray()) {
            if (v[u"permit"_s][u"certificate"_s] == fromSearch[u"permit"_s][u"certificate"_s]) {
                QCOMPARE(v[u"permit"_s].toObject().keys(), fromSearch[u"permit"_s].toObject().keys());
                QCOMPARE(v[u"permit"_s][u"plate"_s], fromSearch[u"permit"_s][u"plate"_s]);
            }
        }
    }

    void maskedForRolesThatMayNotReveal()
    {
        const QByteArray supervisor = m_f->tokenOf(u"province.wang"_s, Role::ProvincialSupervisor);
        const HttpResult r = get(u"/api/v1/permits/registry?limit=500"_s, supervisor);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"revealed"_s].toBool(true), false);
        int drivers = 0;
        int haikou = 0;
        for (const QJsonValue &v : r.json()[u"hits"_s].toArray()) {
            const QJsonObject permit = v[u"permit"_s].toObject();
            if (v[u"kind"_s].toString() == u"driver"_s) {
                ++drivers;
                QCOMPARE(permit[u"name"_s].toString(), PersonalDataMask::name(u"李娜"));
                QVERIFY(permit[u"idNumber"_s].toString().contains(u'*'));
                QVERIFY(permit[u"phone"_s].toString().contains(u'*'));
            }
            haikou += permit[u"regionCode"_s].toString() == u"460100"_s;
        }
        QCOMPARE(drivers, 4);
        QCOMPARE(haikou, 1); // the province's scope holds Haikou
        const QList<AuditEntry> audit = m_f->auditEntries(u"permits.registry"_s);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().detail()[u"revealed"_s].toBool(true), false);
    }

    void auditedPerPage()
    {
        const QByteArray officer = m_f->tokenOf(u"officer.li"_s, Role::EnforcementOfficer);
        QList<qint64> nexts;
        int pages = 0;
        QVERIFY(!readAll(officer, 5, &nexts, &pages).isEmpty());
        QCOMPARE(pages, 3); // 12 permits
        const QList<AuditEntry> audit = m_f->auditEntries(u"permits.registry"_s);
        QCOMPARE(audit.size(), pages);
        QCOMPARE(audit.at(0).actor, u"officer.li"_s);
        QCOMPARE(audit.at(0).target, u"469001"_s);
        QCOMPARE(audit.at(0).detail()[u"after"_s].toInteger(), 0);
        QCOMPARE(audit.at(0).detail()[u"next"_s].toInteger(), nexts.at(0));
        QCOMPARE(audit.at(1).detail()[u"after"_s].toInteger(), nexts.at(0));
        QCOMPARE(audit.at(0).detail()[u"hits"_s].toInt(), 5);
        QCOMPARE(audit.at(2).detail()[u"hits"_s].toInt(), 2);
        QVERIFY(audit.at(2).detail()[u"next"_s].isNull());
        QCOMPARE(audit.at(0).detail()[u"revealed"_s].toBool(), true);
        const QJsonObject kinds = audit.at(0).detail()[u"kinds"_s].toObject();
        QCOMPARE(kinds[u"vehicle"_s].toInt() + kinds[u"driver"_s].toInt() + kinds[u"company"_s].toInt(), 5);
    }

    void refusals()
    {
        const QByteArray officer = m_f->tokenOf(u"officer.li"_s, Role::EnforcementOfficer);
        for (const QString &query :
             {u"after=-1"_s, u"after=x"_s, u"limit=0"_s, u"limit=2001"_s, u"limit=many"_s}) {
            const HttpResult r = get(u"/api/v1/permits/registry?"_s + query, officer);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), u"bad_request"_s);
            QVERIFY2(r.errorMessage().contains(query.section(u'=', 0, 0)), qPrintable(r.errorMessage()));
        }
        QCOMPARE(get(u"/api/v1/permits/registry"_s, {}).status, 401);
        const QByteArray sysadmin = m_f->tokenOf(u"sys.admin"_s, Role::SystemAdministrator);
        const HttpResult forbidden = get(u"/api/v1/permits/registry"_s, sysadmin);
        QCOMPARE(forbidden.status, 403);
        QVERIFY(m_f->auditEntries(u"permits.registry"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_RegistryApi)
#include "tst_registryapi.moc"
