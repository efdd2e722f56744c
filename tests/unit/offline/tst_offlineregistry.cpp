// OfflineRegistry over a sign-in: the cache opens with the accepted password; a cache that password does
// not open (changed on another machine) is started afresh; a password change re-keys it, so the new
// password opens it without starting afresh; a failed download leaves the copy usable; sign-out closes it.

#include "offline/offlineregistry.h"

#include "client/platformclient.h"
#include "domain/systemclock.h"
#include "offline/cachekey.h"
#include "offline/lookupcache.h"
#include "offline/registrysync.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

class tst_OfflineRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensRekeysAndStartsAfresh();
};

void tst_OfflineRegistry::opensRekeysAndStartsAfresh()
{
    QTemporaryDir dir;
    SystemClock clock;
    LookupCache::Options options;
    options.iterations = CacheKey::MinimumIterations; // the floor: the test is about the life cycle
    LookupCache cache(dir.path(), clock, options);
    PlatformClient platform;
    // Nothing listens there (a closed port on loopback): every download fails at once.
    platform.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:9")));
    RegistrySync sync(&platform, &cache);
    OfflineRegistry registry(&cache, &sync);
    QSignalSpy removed(&cache, &LookupCache::removed);
    const QString user = QStringLiteral("officer.li");

    registry.start(user, QStringLiteral("first-Password-1"));
    QCOMPARE(registry.state(), OfflineRegistry::State::Opening);
    QTRY_VERIFY_WITH_TIMEOUT(cache.isOpen(), 20000);
    // No snapshot yet, so a download was due; it failed, and the copy stays usable, saying why.
    QTRY_VERIFY2_WITH_TIMEOUT(registry.statusText().contains(QStringLiteral("last update failed")),
                              qPrintable(registry.statusText()), 20000);
    QCOMPARE(registry.state(), OfflineRegistry::State::Ready);
    QVERIFY(!registry.registryAsOf().isValid());
    QVERIFY(QFile::exists(cache.pathFor(user)));

    // Signed out: closed, nothing to show.
    registry.stop();
    QCOMPARE(registry.state(), OfflineRegistry::State::Closed);
    QVERIFY(registry.statusText().isEmpty());
    QTRY_VERIFY(!cache.isOpen());

    // The password was changed elsewhere: the old file is of no use and is started afresh.
    registry.start(user, QStringLiteral("second-Password-2"));
    QTRY_VERIFY_WITH_TIMEOUT(cache.isOpen(), 20000);
    QCOMPARE(removed.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(registry.state(), OfflineRegistry::State::Ready, 20000);

    // Changed here: re-keyed, so the new password opens the same file without starting afresh.
    QSignalSpy rekeyed(&cache, &LookupCache::rekeyed);
    registry.changePassword(user, QStringLiteral("second-Password-2"), QStringLiteral("third-Password-3"));
    QTRY_COMPARE_WITH_TIMEOUT(rekeyed.size(), 1, 20000);
    QCOMPARE(rekeyed.first().first().value<LookupCacheStore::Status>(), LookupCacheStore::Status::Ok);
    registry.stop();
    QTRY_VERIFY(!cache.isOpen());
    registry.start(user, QStringLiteral("third-Password-3"));
    QTRY_VERIFY_WITH_TIMEOUT(cache.isOpen(), 20000);
    QCOMPARE(removed.size(), 1);

    // Another user's password change does not touch this copy.
    registry.changePassword(QStringLiteral("someone.else"), QStringLiteral("a"), QStringLiteral("b"));
    QTest::qWait(50);
    QCOMPARE(rekeyed.size(), 1);
}

QTEST_GUILESS_MAIN(tst_OfflineRegistry)
#include "tst_offlineregistry.moc"
