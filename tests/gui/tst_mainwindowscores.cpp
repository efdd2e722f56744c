// MainWindow's hook for the Scores page (issue 6): a "Quality scores" tab for the roles with
// viewQualityReports, review and publish for the provincial supervisor only, loaded when first opened, and
// gone at sign-out; driven in the real window against the quality contract fixture over TLS on loopback.

#include "guitest.h"
#include "qualitycontractfixture.h"

#include "client/qualityclient.h"
#include "itemmodels/qualityscoremodel.h"
#include "mainwindow.h"
#include "quality/qualityreviewpanel.h"
#include "quality/scorespage.h"

#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rw;
using namespace rw::qualitytest;

class tst_MainWindowScores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::quietOffscreenWarnings(); }
    void theTabFollowsThePermission_data();
    void theTabFollowsThePermission();
    void loadsWhenOpenedAndGoesAtSignOut();

private:
    static SessionInfo session(const QString &user, Role role, const QString &region)
    {
        SessionInfo info;
        info.userName = user;
        info.role = role;
        info.regionCode = region;
        info.daysLeft = 80;
        return info;
    }
    static int tabOf(const MainWindow &window, const QString &title)
    {
        for (int i = 0; i < window.pages()->count(); ++i) {
            if (window.pages()->tabText(i) == title)
                return i;
        }
        return -1;
    }
};

void tst_MainWindowScores::theTabFollowsThePermission_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("tab");
    QTest::addColumn<bool>("publishes");
    QTest::newRow("provincial supervisor") << int(Role::ProvincialSupervisor) << true << true;
    QTest::newRow("city officer") << int(Role::CityOfficer) << true << false;
    QTest::newRow("enforcement officer") << int(Role::EnforcementOfficer) << false << false;
    QTest::newRow("audit administrator") << int(Role::AuditAdministrator) << false << false;
}

void tst_MainWindowScores::theTabFollowsThePermission()
{
    QFETCH(int, role);
    QFETCH(bool, tab);
    QFETCH(bool, publishes);
    PlatformClient client; // no platform: the page is not shown, so it asks for nothing
    MainWindow window(&client, InterfaceCatalogue::builtIn());
    window.showSession(session(u"someone"_s, Role(Role::Id(role)), u"460000"_s), 14);
    QCOMPARE(tabOf(window, u"Quality scores"_s) >= 0, tab);
    auto *page = window.pages()->findChild<ScoresPage *>(u"scoresPage"_s);
    QCOMPARE(page != nullptr, tab);
    if (!page)
        return;
    QCOMPARE(page->reviewPanel()->canPublish(), publishes);
    QVERIFY(page->regionLabel()->text().contains(u"460000"_s));
    QVERIFY(!page->hasScores());
    QCOMPARE(window.qualityClient()->requestsSent(), 0);
}

void tst_MainWindowScores::loadsWhenOpenedAndGoesAtSignOut()
{
    QualityContractFixture fixture;
    QVERIFY(fixture.start());
    PlatformClient client;
    QVERIFY(fixture.signIn(client, Role::ProvincialSupervisor));
    MainWindow window(&client, InterfaceCatalogue::builtIn());
    window.showSession(client.session(), 14);
    window.resize(1280, 900);
    window.show();
    const int index = tabOf(window, u"Quality scores"_s);
    QVERIFY(index >= 0);
    QCOMPARE(fixture.seenOf(u"/api/v1/quality/"_s), 0); // not opened yet
    window.pages()->setCurrentIndex(index);
    auto *page = qobject_cast<ScoresPage *>(window.pages()->currentWidget());
    QVERIFY(page);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 3, 10000);
    QCOMPARE(fixture.seenOf(u"/api/v1/quality/scores"_s), 1);
    QVERIFY(page->reviewPanel()->reviewButton()->isVisible());
    RW_CHECK_SCREENSHOT(&window, u"mainwindow-scores"_s);

    QPointer<ScoresPage> gone = page;
    window.clearData();
    QTRY_VERIFY(!gone); // the next user sees nothing of this one's scores
}

QTEST_MAIN(tst_MainWindowScores)
#include "tst_mainwindowscores.moc"
