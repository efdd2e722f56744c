// MainWindow's hook for the Scores page (issue 6): a "Quality scores" tab for the roles with
// viewQualityReports, review and publish for the provincial supervisor only, loaded when first opened, and
// gone at sign-out; driven in the real window against the quality contract fixture over TLS on loopback, and
// against the real platform's QualityApi with quality rows written by SQL (the storage contract).

#include "../unit/client/admintestsupport.h"
#include "guitest.h"
#include "qualitycontractfixture.h"
#include "qualityfixtures.h"

#include "client/qualityclient.h"
#include "itemmodels/qualityscoremodel.h"
#include "itemmodels/qualityviolationmodel.h"
#include "mainwindow.h"
#include "quality/qualityrecordview.h"
#include "quality/qualityreviewpanel.h"
#include "quality/qualityviolationsview.h"
#include "quality/scorespage.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
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
    void againstTheRealPlatform();

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

void tst_MainWindowScores::againstTheRealPlatform()
{
    QTemporaryDir dir;
    ManualClock clock(admintest::startTime());
    const auto server = admintest::startPlatform(dir.path(), &clock);
    QVERIFY(server);
    Database &db = server->database();
    testing::insertCompanyPermit(db, u"C1"_s, u"469001"_s, u"五指山出行"_s);
    testing::insertCompanyPermit(db, u"C2"_s, u"460100"_s, u"海口约车"_s);
    testing::insertDay(db, u"C1"_s, 20261103, {100, {100, 100, 100, 50}, {98, 97, 90, 50}, 10, 9});
    testing::insertDay(db, u"C2"_s, 20261115, {200, {200, 200, 200, 0}, {200, 190, 180, 0}, 0, 0});
    testing::insertRuleDay(db, u"C1"_s, 20261103, u"timeliness.withinLimit"_s, u"orderMatch"_s, 10);
    testing::exec(
        db,
        u"INSERT INTO ipc_ordermatch (rw_id, rw_batch, rw_company, rw_received_ms, rw_business_time, "
        u"CompanyId, OrderId, LicenseId, DriverPhone, VehicleNo, DistributeTime) VALUES (42, 1, 'C1', "
        u"1793700000000, 1793699900, 'C1', 'O42', '469001199001011234', '13800138000', '琼D12345', "
        u"20261103101500)"_s,
        {});
    testing::insertSample(db, u"C1"_s, 202611, u"timeliness.withinLimit"_s, u"orderMatch"_s, u"record"_s, 42,
                          u"OrderId=O42;DistributeTime=20261103101500"_s, 1793700000000);

    PlatformClient client;
    admintest::connectTo(client, server->baseUrl(), server->certificate());
    QCOMPARE(admintest::signIn(client, u"demo.province"_s, clock), QString());
    MainWindow window(&client, InterfaceCatalogue::builtIn());
    window.showSession(client.session(), 14);
    window.resize(1280, 900);
    window.show();
    auto *page = window.pages()->findChild<ScoresPage *>(u"scoresPage"_s);
    QVERIFY(page);
    page->setPeriod(QualityPeriod::ofMonth(2026, 11));
    window.pages()->setCurrentWidget(page);
    QTRY_COMPARE_WITH_TIMEOUT(page->sheet().period, QualityPeriod::ofMonth(2026, 11), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, 10000);
    QCOMPARE(page->model()->companyAt(0).name, u"五指山出行"_s);
    QVERIFY(page->reviewPanel()->canPublish()); // Permission::PublishQualityReports

    page->showViolations(u"C1"_s, QualityDimension::Timeliness);
    QualityViolationsView *violations = page->violationsView();
    QTRY_COMPARE_WITH_TIMEOUT(violations->model()->rowCount(), 1, 10000);
    const QModelIndex rule = violations->model()->indexOfRule(u"timeliness.withinLimit"_s);
    QCOMPARE(rule.siblingAtColumn(QualityViolationModel::ArticleColumn).data().toString(), u"第十五条(三)"_s);
    violations->activate(violations->model()->index(0, 0, rule));
    QTRY_VERIFY_WITH_TIMEOUT(violations->recordView()->fieldTable()->rowCount() > 0, 10000);
    QStringList names;
    for (int row = 0; row < violations->recordView()->fieldTable()->rowCount(); ++row)
        names << violations->recordView()->fieldTable()->item(row, 0)->text();
    QVERIFY2(names.contains(u"DriverPhone (masked)"_s), qPrintable(names.join(u", "_s)));

    page->reviewPanel()->commentEdit()->insert(u"核对无误"_s);
    page->reviewPanel()->reviewButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(page->sheet().review.status, QualityReviewState::Status::Reviewed, 10000);
    page->reviewPanel()->publishButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(page->sheet().review.status, QualityReviewState::Status::Published, 10000);
    RW_CHECK_SCREENSHOT(&window, u"mainwindow-scores-platform"_s);
}

QTEST_MAIN(tst_MainWindowScores)
#include "tst_mainwindowscores.moc"
