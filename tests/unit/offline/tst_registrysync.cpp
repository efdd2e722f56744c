// RegistrySync against the real reference platform on loopback (TLS, pinned certificate) and a real
// LookupCache file: the region's registry downloaded page by page with progress, only the region's
// permits, cancel and resume after the last stored page (the platform's audit trail shows where each
// request started), a restart from the beginning, a platform that goes away mid-sync, and a role whose
// personal data comes masked.

#include "offline/registrysync.h"

#include "offline/lookupcache.h"
#include "permits/permitstore.h"
#include "permits/personaldatamask.h"
#include "security/auditstore.h"

#include "../client/admintestsupport.h"
#include "offlinetestsupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;
using namespace rw::offlinetest;

namespace {

constexpr int Vehicles = 25;
constexpr int Drivers = 10;
constexpr int Companies = 2;
constexpr int InRegion = Vehicles + Drivers + Companies; // 37
constexpr int PageSize = 4;
constexpr int Pages = (InRegion + PageSize - 1) / PageSize; // 10

QString plateOf(int i)
{
    return QStringLiteral("琼DD2%1").arg(i, 4, 10, QLatin1Char('0'));
}

QString nameOf(int i)
{
    return QStringLiteral("司机%1").arg(QChar(char16_t(u'甲' + i)));
}

QString driverIdOf(int i)
{
    return idNumber(QStringLiteral("4690011990010%1").arg(i, 4, 10, QLatin1Char('0')));
}

} // namespace

class tst_RegistrySync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void downloadsTheRegionInPages();
    void cancelAndResume();
    void restartStartsOver();
    void platformGoneMidSync();
    void maskedRegistryCannotSayNobody();
    void needsAnOpenCache();

private:
    void signIn(const QString &user);
    QList<AuditEntry> registryAudit();
    std::optional<CachedLookup> lookup(const QString &query);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PlatformServer> m_server;
    std::unique_ptr<PlatformClient> m_platform;
    std::unique_ptr<LookupCache> m_cache;
};

void tst_RegistrySync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(admintest::startTime());
    m_server = admintest::startPlatform(m_dir->filePath(QStringLiteral(".")), m_clock.get());
    QVERIFY(m_server);

    PermitStore store(m_server->database(), *m_clock);
    const PermitStore::ImportOptions options{QStringLiteral("test"), QStringLiteral("api"),
                                             QStringLiteral("469001")};
    PermitImportResult vehicles;
    vehicles.kind = PermitKind::Vehicle;
    for (int i = 0; i < Vehicles; ++i)
        vehicles.vehicles.append(vehicle(0, QStringLiteral("4690010%1").arg(i, 5, 10, QLatin1Char('0')),
                                         plateOf(i), QStringLiteral("车主%1").arg(i)));
    // Haikou's permit: outside demo.enforcement's region (469001).
    VehiclePermit haikou =
        vehicle(0, QStringLiteral("460100000001"), QStringLiteral("琼A30001"), QStringLiteral("王五"));
    haikou.regionCode = QStringLiteral("460100");
    vehicles.vehicles.append(haikou);
    PermitImportResult drivers;
    drivers.kind = PermitKind::Driver;
    for (int i = 0; i < Drivers; ++i)
        drivers.drivers.append(driver(0, QStringLiteral("D4690010%1").arg(i, 5, 10, QLatin1Char('0')),
                                      nameOf(i), driverIdOf(i),
                                      QStringLiteral("1990000%1").arg(i, 4, 10, QLatin1Char('0'))));
    PermitImportResult companies;
    companies.kind = PermitKind::Company;
    companies.companies = {company(0, QStringLiteral("469001C0001"), QStringLiteral("C1"),
                                   QStringLiteral("五指山甲出行有限公司")),
                           company(0, QStringLiteral("469001C0002"), QStringLiteral("C2"),
                                   QStringLiteral("五指山乙出行有限公司"))};
    for (PermitImportResult *feed : {&vehicles, &drivers, &companies}) {
        feed->rowsRead = int(feed->vehicles.size() + feed->drivers.size() + feed->companies.size());
        for (int i = 0; i < feed->rowsRead; ++i)
            feed->goodRows.append(i + 2);
        PermitStore::ImportOptions o = options;
        QVERIFY(store.import(*feed, o));
    }

    m_platform = std::make_unique<PlatformClient>();
    admintest::connectTo(*m_platform, m_server->baseUrl(), m_server->certificate());
    LookupCache::Options cacheOptions;
    cacheOptions.iterations = CacheKey::MinimumIterations;
    m_cache = std::make_unique<LookupCache>(m_dir->filePath(QStringLiteral("cache")), *m_clock, cacheOptions);
}

void tst_RegistrySync::cleanup()
{
    m_cache.reset();
    m_platform.reset();
    m_server.reset();
    m_clock.reset();
    m_dir.reset();
}

void tst_RegistrySync::signIn(const QString &user)
{
    QCOMPARE(admintest::signIn(*m_platform, user, *m_clock), QString());
    QSignalSpy opened(m_cache.get(), &LookupCache::opened);
    m_cache->open(user, AccountService::DemoPassword);
    QVERIFY(opened.wait(30000));
    QCOMPARE(opened.first().at(0).value<LookupCacheStore::Status>(), LookupCacheStore::Status::Ok);
}

QList<AuditEntry> tst_RegistrySync::registryAudit()
{
    QList<AuditEntry> found;
    for (const AuditEntry &entry : m_server->audit().entries(1, -1))
        if (entry.action == QLatin1String("permits.registry"))
            found.append(entry);
    return found;
}

std::optional<CachedLookup> tst_RegistrySync::lookup(const QString &query)
{
    bool answered = false;
    std::optional<CachedLookup> result;
    m_cache->lookup(query, this, [&](std::optional<CachedLookup> found) {
        answered = true;
        result = std::move(found);
    });
    if (!QTest::qWaitFor([&] { return answered; }, 10000))
        qWarning("no answer to %s", qPrintable(query));
    return result;
}

void tst_RegistrySync::downloadsTheRegionInPages()
{
    signIn(QStringLiteral("demo.enforcement"));
    RegistrySync sync(m_platform.get(), m_cache.get());
    sync.setPageSize(PageSize);
    QSignalSpy started(&sync, &RegistrySync::started);
    QSignalSpy progress(&sync, &RegistrySync::progress);
    QSignalSpy finished(&sync, &RegistrySync::finished);
    QSignalSpy failed(&sync, &RegistrySync::failed);
    const QDateTime asOf = m_clock->now();
    sync.start();
    QVERIFY(sync.isRunning());
    QVERIFY(finished.wait(60000));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
    QVERIFY(!sync.isRunning());
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(0).toBool(), false);
    QCOMPARE(progress.size(), Pages);
    for (int i = 0; i < Pages; ++i) {
        QCOMPARE(progress.at(i).at(0).toInt(), i + 1);
        QCOMPARE(progress.at(i).at(1).toInt(), qMin(InRegion, (i + 1) * PageSize));
    }
    QCOMPARE(finished.first().at(0).toDateTime(), asOf);
    QCOMPARE(registryAudit().size(), Pages); // one record per page

    // Every permit of the region answers offline, stamped with the snapshot's time; Haikou's is not there.
    m_clock->advanceSecs(3600);
    for (int i = 0; i < Vehicles; i += 6) {
        const std::optional<CachedLookup> found = lookup(plateOf(i));
        QVERIFY2(found, qPrintable(plateOf(i)));
        QCOMPARE(found->answer[QStringLiteral("hits")].toArray().size(), 1);
        QCOMPARE(found->cachedAt, asOf);
    }
    const std::optional<CachedLookup> id = lookup(driverIdOf(3));
    QVERIFY(id);
    const QJsonObject permit = id->answer[QStringLiteral("hits")][0][QStringLiteral("permit")].toObject();
    QCOMPARE(permit[QStringLiteral("certificate")].toString(), QStringLiteral("D469001000003"));
    QCOMPARE(permit[QStringLiteral("idNumber")].toString(), PersonalDataMask::idNumber(driverIdOf(3)));
    QVERIFY(lookup(nameOf(3))); // names from the blind index
    const std::optional<CachedLookup> haikou = lookup(QStringLiteral("琼A30001"));
    QVERIFY(haikou); // the region is known: no permit there
    QCOMPARE(haikou->answer[QStringLiteral("hits")].toArray().size(), 0);

    bool answered = false;
    m_cache->registryState(this, [&](const LookupCacheStore::RegistryState &state) {
        answered = true;
        QCOMPARE(state.asOf, asOf);
        QVERIFY(!state.inProgress);
        QVERIFY(state.revealed);
        QCOMPARE(state.permits, InRegion);
    });
    QTRY_VERIFY(answered);
}

void tst_RegistrySync::cancelAndResume()
{
    signIn(QStringLiteral("demo.enforcement"));
    auto sync = std::make_unique<RegistrySync>(m_platform.get(), m_cache.get());
    sync->setPageSize(PageSize);
    QSignalSpy progress(sync.get(), &RegistrySync::progress);
    QSignalSpy cancelled(sync.get(), &RegistrySync::cancelled);
    const QDateTime asOf = m_clock->now();
    connect(sync.get(), &RegistrySync::progress, sync.get(), [&](int pages) {
        if (pages == 3)
            sync->cancel();
    });
    sync->start();
    QVERIFY(cancelled.wait(60000));
    QVERIFY(!sync->isRunning());
    QCOMPARE(progress.size(), 3);

    // The cursor of the third page is in the cache file; no fourth request was sent.
    qint64 cursor = 0;
    bool answered = false;
    m_cache->registryState(this, [&](const LookupCacheStore::RegistryState &state) {
        answered = true;
        QVERIFY(state.inProgress);
        QCOMPARE(state.pages, 3);
        QCOMPARE(state.hits, 3 * PageSize);
        QVERIFY(!state.asOf.isValid());
        cursor = state.cursor;
    });
    QTRY_VERIFY(answered);
    QVERIFY(cursor > 0);
    QCOMPARE(registryAudit().size(), 3);
    QCOMPARE(registryAudit().last().detail()[QStringLiteral("next")].toInteger(), cursor);

    // Resumed by a new RegistrySync (as after a restart of the console), after the last stored page.
    m_clock->advanceSecs(600);
    sync = std::make_unique<RegistrySync>(m_platform.get(), m_cache.get());
    sync->setPageSize(PageSize);
    QSignalSpy started(sync.get(), &RegistrySync::started);
    QSignalSpy resumedProgress(sync.get(), &RegistrySync::progress);
    QSignalSpy finished(sync.get(), &RegistrySync::finished);
    sync->start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(started.first().at(0).toBool(), true);
    QCOMPARE(resumedProgress.size(), Pages - 3);
    QCOMPARE(resumedProgress.first().at(0).toInt(), 4);
    QCOMPARE(resumedProgress.last().at(0).toInt(), Pages);
    QCOMPARE(resumedProgress.last().at(1).toInt(), InRegion);
    const QList<AuditEntry> audit = registryAudit();
    QCOMPARE(audit.size(), Pages); // nothing asked twice
    QCOMPARE(audit.at(3).detail()[QStringLiteral("after")].toInteger(), cursor);
    QCOMPARE(finished.first().at(0).toDateTime(), asOf); // the first page's time, not the resumption's
    for (int i = 0; i < Vehicles; ++i)
        QVERIFY2(lookup(plateOf(i)), qPrintable(plateOf(i)));
}

void tst_RegistrySync::restartStartsOver()
{
    signIn(QStringLiteral("demo.enforcement"));
    RegistrySync sync(m_platform.get(), m_cache.get());
    sync.setPageSize(PageSize);
    QSignalSpy cancelled(&sync, &RegistrySync::cancelled);
    QSignalSpy started(&sync, &RegistrySync::started);
    QSignalSpy finished(&sync, &RegistrySync::finished);
    connect(&sync, &RegistrySync::progress, &sync, [&](int pages) {
        if (pages == 2 && cancelled.isEmpty())
            sync.cancel();
    });
    sync.start();
    QVERIFY(cancelled.wait(60000));
    sync.restart();
    QVERIFY(finished.wait(60000));
    QCOMPARE(started.size(), 2);
    QCOMPARE(started.last().at(0).toBool(), false);
    const QList<AuditEntry> audit = registryAudit();
    QCOMPARE(audit.size(), 2 + Pages);
    QCOMPARE(audit.at(2).detail()[QStringLiteral("after")].toInteger(), 0);
    QCOMPARE(sync.pages(), Pages);
    QCOMPARE(sync.hits(), InRegion);
}

void tst_RegistrySync::platformGoneMidSync()
{
    signIn(QStringLiteral("demo.enforcement"));
    RegistrySync sync(m_platform.get(), m_cache.get());
    sync.setPageSize(PageSize);
    QSignalSpy failed(&sync, &RegistrySync::failed);
    QSignalSpy finished(&sync, &RegistrySync::finished);
    connect(&sync, &RegistrySync::progress, this, [&](int pages) {
        if (pages == 2)
            m_server.reset(); // the platform goes away before the third page is answered
    });
    sync.start();
    QVERIFY(failed.wait(60000));
    QVERIFY(finished.isEmpty());
    QVERIFY(!sync.isRunning());
    const QString message = failed.first().at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("registry page after")), qPrintable(message));
    // What came is kept, and the sync is resumable.
    QVERIFY(lookup(plateOf(0)));
    bool answered = false;
    m_cache->registryState(this, [&](const LookupCacheStore::RegistryState &state) {
        answered = true;
        QVERIFY(state.inProgress);
        QCOMPARE(state.pages, 2);
    });
    QTRY_VERIFY(answered);
    // Without a complete snapshot, a plate it does not hold is not known to have no permit.
    QCOMPARE(lookup(plateOf(Vehicles - 1)), std::nullopt);
}

void tst_RegistrySync::maskedRegistryCannotSayNobody()
{
    // A provincial supervisor may not reveal personal data: the registry comes masked.
    signIn(QStringLiteral("demo.province"));
    RegistrySync sync(m_platform.get(), m_cache.get());
    sync.setPageSize(50);
    QSignalSpy finished(&sync, &RegistrySync::finished);
    sync.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(sync.hits(), InRegion + 1); // Hainan holds Haikou's permit too
    QCOMPARE(registryAudit().first().detail()[QStringLiteral("revealed")].toBool(true), false);

    QVERIFY(lookup(QStringLiteral("琼A30001")));
    // No blind index from masked data: an ID number can be neither found nor declared absent.
    QCOMPARE(lookup(driverIdOf(3)), std::nullopt);
    const std::optional<CachedLookup> plate = lookup(plateOf(1));
    QVERIFY(plate);
    QCOMPARE(plate->answer[QStringLiteral("hits")][0][QStringLiteral("permit")][QStringLiteral("ownerName")]
                 .toString(),
             PersonalDataMask::name(QStringLiteral("车主1")));
}

void tst_RegistrySync::needsAnOpenCache()
{
    QCOMPARE(admintest::signIn(*m_platform, QStringLiteral("demo.enforcement"), *m_clock), QString());
    RegistrySync sync(m_platform.get(), m_cache.get());
    QSignalSpy failed(&sync, &RegistrySync::failed);
    sync.start();
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("not open")));
    QVERIFY(!sync.isRunning());
    QVERIFY(registryAudit().isEmpty());
}

QTEST_GUILESS_MAIN(tst_RegistrySync)
#include "tst_registrysync.moc"
