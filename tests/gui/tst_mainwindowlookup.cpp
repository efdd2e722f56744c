// MainWindow's permit lookup in the real window against the real platform over TLS (issue 5): the
// enforcement officer's first page is the lookup, the offline copy opens with the accepted credentials and
// downloads the region's registry, and once the platform is gone the same search still answers from the
// encrypted cache, stamped "cached as of …". A city officer also gets the bad-record list.

#include "../unit/client/admintestsupport.h"
#include "../unit/permits/permittestsupport.h"
#include "guitest.h"

#include "badrecords/badrecordspage.h"
#include "lookup/lookupclient.h"
#include "lookup/lookupdetailcard.h"
#include "lookup/lookuppage.h"
#include "mainwindow.h"
#include "offline/lookupcache.h"
#include "offline/offlineregistry.h"
#include "permits/permitstore.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;
using namespace rw::admintest;

namespace {

const QString kPlate = QStringLiteral("琼DD10001");
const QString kCertificate = QStringLiteral("469001000001");

} // namespace

class tst_MainWindowLookup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        guitest::quietOffscreenWarnings();
        QStandardPaths::setTestModeEnabled(true); // the cache goes to a test location, not the user's
    }
    void lookupAnswersOfflineAfterThePlatformStops();
    void cityOfficerHasTheBadRecordList();
};

void tst_MainWindowLookup::lookupAnswersOfflineAfterThePlatformStops()
{
    QTemporaryDir dir;
    ManualClock clock(startTime());
    std::unique_ptr<PlatformServer> platform = startPlatform(dir.path(), &clock);
    QVERIFY(platform);
    {
        PermitStore store(platform->database(), clock);
        QVERIFY(store.import(
            test::batchOf(QList<VehiclePermit>{test::vehicle(kCertificate, kPlate, QStringLiteral("C1"))}),
            {QStringLiteral("test"), QStringLiteral("api"), QStringLiteral("469001")}));
    }

    PlatformClient client;
    connectTo(client, platform->baseUrl(), platform->certificate());
    const QString user = QStringLiteral("demo.enforcement");
    QCOMPARE(signIn(client, user, clock), QString());
    MainWindow window(&client, InterfaceCatalogue::builtIn());
    // A fresh cache for this run: what an earlier run left must not answer for this one.
    QFile::remove(window.lookupCache()->pathFor(user));
    window.showSession(client.session(), 14);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The enforcement officer's everyday page comes first.
    auto *page = qobject_cast<LookupPage *>(window.pages()->widget(0));
    QVERIFY(page);
    QCOMPARE(window.pages()->currentIndex(), 0);

    // What SessionController::credentialsAccepted does at sign-in: open the copy, download the registry.
    window.offlineRegistry()->start(user, AccountService::DemoPassword);
    QTRY_COMPARE_WITH_TIMEOUT(window.offlineRegistry()->state(), OfflineRegistry::State::Ready, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(window.offlineRegistry()->registryAsOf().isValid(), 30000);
    auto *offlineLabel = window.statusBar()->findChild<QLabel *>(QStringLiteral("offlineCopy"));
    QVERIFY(offlineLabel);
    QVERIFY2(offlineLabel->text().startsWith(QStringLiteral("Offline copy as of")),
             qPrintable(offlineLabel->text()));

    page->search(kPlate);
    QTRY_VERIFY_WITH_TIMEOUT(page->card()->hasHit(), 10000);
    QCOMPARE(page->card()->text(LookupDetailCard::Field::Certificate), kCertificate);
    QVERIFY(!page->cachedBanner()->isVisible());

    // The platform is gone: the same question is answered from the cache, and says so.
    platform.reset();
    page->search(QString());
    page->search(kPlate);
    QTRY_VERIFY_WITH_TIMEOUT(page->cachedBanner()->isVisible(), 30000);
    QVERIFY2(page->cachedBanner()->text().contains(QStringLiteral("as of")),
             qPrintable(page->cachedBanner()->text()));
    QTRY_VERIFY(page->card()->hasHit());
    QCOMPARE(page->card()->text(LookupDetailCard::Field::Certificate), kCertificate);
    QVERIFY(!guitest::saveScreenshot(&window, QStringLiteral("mainwindow-lookup-offline")).isEmpty());

    // Signed out: the copy is closed.
    window.clearData();
    QCOMPARE(window.offlineRegistry()->state(), OfflineRegistry::State::Closed);
    QTRY_VERIFY(!window.lookupCache()->isOpen());
    QVERIFY(offlineLabel->text().isEmpty());
}

void tst_MainWindowLookup::cityOfficerHasTheBadRecordList()
{
    QTemporaryDir dir;
    ManualClock clock(startTime());
    const auto platform = startPlatform(dir.path(), &clock);
    QVERIFY(platform);
    PlatformClient client;
    connectTo(client, platform->baseUrl(), platform->certificate());
    QCOMPARE(signIn(client, QStringLiteral("demo.city"), clock), QString());
    MainWindow window(&client, InterfaceCatalogue::builtIn());
    window.showSession(client.session(), 14);
    auto *badRecords = window.pages()->findChild<BadRecordsPage *>(QStringLiteral("badRecordsPage"));
    QVERIFY(badRecords);
    QVERIFY(badRecords->canManage()); // city officers keep the list (seed 002 Art. 34)
    QVERIFY(window.pages()->findChild<LookupPage *>(QStringLiteral("lookupPage")));
    // The city officer's first page stays the live map.
    QCOMPARE(window.pages()->widget(0)->objectName(), QStringLiteral("fleetPage"));
}

QTEST_MAIN(tst_MainWindowLookup)
#include "tst_mainwindowlookup.moc"
