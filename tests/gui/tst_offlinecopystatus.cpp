// OfflineCopyStatus: the status bar's line about the offline copy shows the registry download busy with a
// Cancel that stops it (the platform here accepts the connection and never answers, so the download stays
// on its way until cancelled), and hides both once the copy is ready.

#include "guitest.h"

#include "client/platformclient.h"
#include "domain/systemclock.h"
#include "lookup/offlinecopystatus.h"
#include "offline/cachekey.h"
#include "offline/lookupcache.h"
#include "offline/offlineregistry.h"
#include "offline/registrysync.h"

#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace rw;

class tst_OfflineCopyStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::quietOffscreenWarnings(); }
    void cancelStopsTheDownload();
};

void tst_OfflineCopyStatus::cancelStopsTheDownload()
{
    QTcpServer silent; // takes the connection, never says a word: the download hangs until cancelled
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    SystemClock clock;
    LookupCache::Options options;
    options.iterations = CacheKey::MinimumIterations; // the floor: the test is about the download
    LookupCache cache(dir.path(), clock, options);
    PlatformClient platform;
    platform.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort())));
    RegistrySync sync(&platform, &cache);
    OfflineRegistry registry(&cache, &sync);
    OfflineCopyStatus status(&registry);
    status.resize(700, status.sizeHint().height());
    status.show();
    QVERIFY(QTest::qWaitForWindowExposed(&status));
    QVERIFY(status.label()->text().isEmpty()); // closed: nothing to say
    QVERIFY(!status.cancelButton()->isVisible());

    registry.start(QStringLiteral("officer.li"), QStringLiteral("first-Password-1"));
    QTRY_COMPARE_WITH_TIMEOUT(registry.state(), OfflineRegistry::State::Syncing, 20000);
    QVERIFY(status.bar()->isVisible());
    QCOMPARE(status.bar()->maximum(), 0); // busy: the number of pages is not known
    QVERIFY(status.cancelButton()->isVisible());
    QVERIFY2(status.label()->text().contains(QStringLiteral("downloading")),
             qPrintable(status.label()->text()));
    RW_CHECK_SCREENSHOT(&status, QStringLiteral("offlinecopystatus"));

    QSignalSpy cancelled(&sync, &RegistrySync::cancelled);
    QTest::mouseClick(status.cancelButton(), Qt::LeftButton);
    QTRY_COMPARE(cancelled.size(), 1);
    QCOMPARE(registry.state(), OfflineRegistry::State::Ready); // lookups answer from what the copy holds
    QVERIFY(!sync.isRunning());
    QVERIFY(!status.bar()->isVisible());
    QVERIFY(!status.cancelButton()->isVisible());
    QVERIFY2(status.label()->text().startsWith(QStringLiteral("Offline copy as of")),
             qPrintable(status.label()->text()));

    registry.stop();
    QVERIFY(status.label()->text().isEmpty());
    QTRY_VERIFY(!cache.isOpen());
}

QTEST_MAIN(tst_OfflineCopyStatus)
#include "tst_offlinecopystatus.moc"
