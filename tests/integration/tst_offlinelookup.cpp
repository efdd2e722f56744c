// Issue 5, "works offline", end to end: a real TLS PlatformServer on 127.0.0.1 with a city's permits; an
// enforcement officer signs in with the console's PlatformClient, opens the offline cache with the
// password the platform accepted, looks a plate up online (the answer remembered, as LookupClient
// does) and downloads the region's registry. Then the platform is destroyed: the client gets no answer
// at all, and the cache still answers plate, ID number, name and certificate lookups — masked, with the
// validity of today, in the search's shape, stamped with when the platform gave the data.

#include "client/apireply.h"
#include "client/certificatepin.h"
#include "client/platformclient.h"
#include "offline/lookupcache.h"
#include "offline/registrysync.h"
#include "permits/permitidentifiers.h"
#include "permits/permitstore.h"
#include "permits/personaldatamask.h"
#include "platformapifixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace rw;
using namespace rw::testing;

namespace {

const QDateTime kStart(QDate(2026, 3, 2), QTime(1, 0), QTimeZone::utc()); // 09:00 in China
const QString Officer = u"officer.li"_s;

QString idNumber(const QString &first17)
{
    return first17 + PermitIdentifiers::idNumberCheck(first17);
}

const QString DriverId = idNumber(u"46900119880808123"_s);
const QString DriverName = u"黎小燕"_s;
const QString DriverPhone = u"13976543210"_s;

VehiclePermit vehicle(const QString &certificate, const QString &plate, const QDate &validTo)
{
    VehiclePermit p;
    p.certificate = certificate;
    p.plate = plate;
    p.companyId = u"C1"_s;
    p.ownerName = u"符大海"_s; // a person: personal data
    p.regionCode = u"469001"_s;
    p.firstRegistration = QDate(2023, 5, 1);
    p.validFrom = QDate(2023, 6, 1);
    p.validTo = validTo;
    p.seats = 5;
    p.wheelbaseMm = 2700;
    return p;
}

} // namespace

class tst_OfflineLookup : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<PlatformApiFixture> m_f;
    std::unique_ptr<PlatformClient> m_client;
    std::unique_ptr<LookupCache> m_cache;

    ApiReply send(const QString &path, const QUrlQuery &query)
    {
        std::optional<ApiReply> answer;
        m_client->send("GET", path, query, {}, this, [&](const ApiReply &reply) { answer = reply; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000))
            return {};
        return *answer;
    }

    /** GET /api/v1/permits/search?q=… online, remembered by the cache as LookupClient does. */
    QJsonObject searchOnline(const QString &q)
    {
        QUrlQuery query;
        query.addQueryItem(u"q"_s, QString::fromLatin1(QUrl::toPercentEncoding(q)));
        const ApiReply reply = send(u"/api/v1/permits/search"_s, query);
        if (!reply.ok())
            qWarning("search %s: %d %s", qPrintable(q), reply.status, qPrintable(reply.message));
        else
            m_cache->remember(q, reply.json, m_f->clock().now());
        return reply.json;
    }

    std::optional<CachedLookup> lookupOffline(const QString &q)
    {
        bool answered = false;
        std::optional<CachedLookup> result;
        m_cache->lookup(q, this, [&](std::optional<CachedLookup> found) {
            answered = true;
            result = std::move(found);
        });
        if (!QTest::qWaitFor([&] { return answered; }, 10000))
            qWarning("no offline answer to %s", qPrintable(q));
        return result;
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_f = std::make_unique<PlatformApiFixture>(kStart);
        QString error;
        QVERIFY2(m_f->start(&error), qPrintable(error));

        PermitStore store(m_f->server().database(), m_f->clock());
        PermitImportResult vehicles;
        vehicles.kind = PermitKind::Vehicle;
        vehicles.vehicles = {vehicle(u"469001000101"_s, u"琼DD50001"_s, QDate(2030, 5, 31)),
                             vehicle(u"469001000102"_s, u"琼DD50002"_s, QDate(2026, 3, 2))}; // ends today
        vehicles.rowsRead = 2;
        vehicles.goodRows = {2, 3};
        QVERIFY(store.import(vehicles, {u"test"_s, u"api"_s, u"469001"_s}));
        PermitImportResult drivers;
        drivers.kind = PermitKind::Driver;
        DriverPermit d;
        d.certificate = u"D469001000101"_s;
        d.name = DriverName;
        d.idNumber = DriverId;
        d.licenceNumber = DriverId;
        d.phone = DriverPhone;
        d.companyId = u"C1"_s;
        d.regionCode = u"469001"_s;
        d.validFrom = QDate(2023, 1, 1);
        d.validTo = QDate(2029, 12, 31);
        drivers.drivers = {d};
        drivers.rowsRead = 1;
        drivers.goodRows = {2};
        QVERIFY(store.import(drivers, {u"test"_s, u"api"_s, u"469001"_s}));

        m_f->addAccount(Officer, Role::EnforcementOfficer);
        m_client = std::make_unique<PlatformClient>();
        m_client->setBaseUrl(m_f->server().baseUrl());
        m_client->setPinnedFingerprint(CertificatePin::fingerprintOf(m_f->server().certificate()));
        LookupCache::Options options;
        options.iterations = CacheKey::MinimumIterations;
        m_cache = std::make_unique<LookupCache>(m_home->filePath(u"AppLocalData"_s), m_f->clock(), options);
    }

    void cleanup()
    {
        m_cache.reset();
        m_client.reset();
        m_f.reset();
        m_home.reset();
    }

    void lookupsAnswerWhenThePlatformIsGone()
    {
        // Sign in; the cache opens with the password the platform has just accepted.
        QSignalSpy signedIn(m_client.get(), &PlatformClient::signedIn);
        m_client->login(Officer, PlatformApiFixture::Password);
        QVERIFY(signedIn.wait(30000));
        QSignalSpy opened(m_cache.get(), &LookupCache::opened);
        m_cache->open(Officer, PlatformApiFixture::Password);
        QVERIFY(opened.wait(30000));
        QCOMPARE(opened.first().at(0).value<LookupCacheStore::Status>(), LookupCacheStore::Status::Ok);

        // Online: a plate lookup, remembered.
        const QDateTime searchedAt = m_f->clock().now();
        const QJsonObject online = searchOnline(u"琼DD50001"_s);
        QCOMPARE(online[u"hits"_s].toArray().size(), 1);

        // The region's registry, ten minutes later (within the session's idle limit).
        m_f->clock().advanceSecs(600);
        const QDateTime syncedAt = m_f->clock().now();
        RegistrySync sync(m_client.get(), m_cache.get());
        sync.setPageSize(2);
        QSignalSpy finished(&sync, &RegistrySync::finished);
        QSignalSpy failed(&sync, &RegistrySync::failed);
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
        QCOMPARE(finished.first().at(0).toDateTime(), syncedAt);
        QCOMPARE(sync.pages(), 2);
        QCOMPARE(m_f->auditEntries(u"permits.registry"_s).size(), 2);

        // The platform goes away. The next morning the officer looks things up at the roadside.
        m_f->stop();
        m_f->clock().advanceSecs(24 * 3600); // 2026-03-03 in China
        const ApiReply gone = send(u"/api/v1/permits/search"_s, QUrlQuery(u"q=x"_s));
        QVERIFY(!gone.reachedPlatform());

        // The plate: the same permit as the platform's search wrote it, masked; valid today.
        const std::optional<CachedLookup> plate = lookupOffline(u"琼DD50001"_s);
        QVERIFY(plate);
        QCOMPARE(plate->cachedAt, syncedAt); // the registry's copy is the newer one
        QCOMPARE(plate->answer[u"cachedAt"_s].toString(), u"2026-03-02T09:10:00+08:00"_s);
        QCOMPARE(plate->answer[u"queryClass"_s].toString(), online[u"queryClass"_s].toString());
        QCOMPARE(plate->answer[u"revealed"_s].toBool(true), false);
        const QJsonObject offlineHit = plate->answer[u"hits"_s][0].toObject();
        const QJsonObject onlineHit = online[u"hits"_s][0].toObject();
        for (const QString &key : onlineHit.keys())
            QVERIFY2(offlineHit.contains(key), qPrintable(key)); // the search's shape
        QCOMPARE(offlineHit[u"permit"_s].toObject(), onlineHit[u"permit"_s].toObject());
        QCOMPARE(offlineHit[u"permit"_s][u"ownerName"_s].toString(), PersonalDataMask::name(u"符大海"));
        QCOMPARE(offlineHit[u"valid"_s].toBool(), true);
        QCOMPARE(offlineHit[u"matchedOn"_s].toString(), u"plate"_s);

        // A certificate that ended yesterday: the platform said valid, today it is not.
        const std::optional<CachedLookup> ended = lookupOffline(u"琼DD50002"_s);
        QVERIFY(ended);
        QCOMPARE(ended->answer[u"hits"_s][0][u"valid"_s].toBool(true), false);

        // The driver by ID number, by name and by certificate: from the registry, never in clear.
        for (const QString &q : {DriverId, DriverName, u"D469001000101"_s}) {
            const std::optional<CachedLookup> found = lookupOffline(q);
            QVERIFY2(found, qPrintable(q));
            QCOMPARE(found->cachedAt, syncedAt);
            const QJsonObject permit = found->answer[u"hits"_s][0][u"permit"_s].toObject();
            QCOMPARE(permit[u"certificate"_s].toString(), u"D469001000101"_s);
            QCOMPARE(permit[u"idNumber"_s].toString(), PersonalDataMask::idNumber(DriverId));
            QCOMPARE(permit[u"name"_s].toString(), PersonalDataMask::name(DriverName));
            QCOMPARE(permit[u"phone"_s].toString(), PersonalDataMask::phone(DriverPhone));
        }

        // A plate the region does not know: no permit, as of the registry's time.
        const std::optional<CachedLookup> unknown = lookupOffline(u"琼DD59999"_s);
        QVERIFY(unknown);
        QCOMPARE(unknown->answer[u"hits"_s].toArray().size(), 0);
        QCOMPARE(unknown->cachedAt, syncedAt);
        Q_UNUSED(searchedAt);

        // On disk: one file for the officer, without the driver's personal data in clear.
        m_cache->close();
        QVERIFY(!lookupOffline(DriverId)); // closed
        QFile file(m_cache->pathFor(Officer));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(u"琼DD50001"_s.toUtf8()));
        for (const QString &personal : {DriverId, DriverName, DriverPhone, u"符大海"_s})
            QVERIFY2(!bytes.contains(personal.toUtf8()), qPrintable(personal));
    }

    void rememberedAnswersAnswerWithoutARegistry()
    {
        QSignalSpy signedIn(m_client.get(), &PlatformClient::signedIn);
        m_client->login(Officer, PlatformApiFixture::Password);
        QVERIFY(signedIn.wait(30000));
        QSignalSpy opened(m_cache.get(), &LookupCache::opened);
        m_cache->open(Officer, PlatformApiFixture::Password);
        QVERIFY(opened.wait(30000));
        const QDateTime searchedAt = m_f->clock().now();
        QCOMPARE(searchOnline(DriverId)[u"hits"_s].toArray().size(), 1);
        QCOMPARE(searchOnline(u"琼DD59999"_s)[u"hits"_s].toArray().size(), 0);
        m_f->stop();
        m_f->clock().advanceSecs(600);

        const std::optional<CachedLookup> id = lookupOffline(DriverId.toLower());
        QVERIFY(id);
        QCOMPARE(id->cachedAt, searchedAt);
        QCOMPARE(id->answer[u"hits"_s][0][u"permit"_s][u"idNumber"_s].toString(),
                 PersonalDataMask::idNumber(DriverId));
        const std::optional<CachedLookup> none = lookupOffline(u"琼DD59999"_s);
        QVERIFY(none); // the platform said: no permit
        QCOMPARE(none->answer[u"hits"_s].toArray().size(), 0);
        QCOMPARE(none->cachedAt, searchedAt);
        // Never asked, no registry: the cache cannot say.
        QCOMPARE(lookupOffline(u"琼DD50002"_s), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(tst_OfflineLookup)
#include "tst_offlinelookup.moc"
