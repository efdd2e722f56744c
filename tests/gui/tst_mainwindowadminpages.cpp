// MainWindow's hook for the administration pages (MainWindow::rebuildPages): each role gets the pages of
// the permissions it holds, and the audit administrator's page works in the real window against the real
// platform over TLS.

#include "../unit/client/admintestsupport.h"
#include "guitest.h"

#include "admin/accountspage.h"
#include "admin/auditpage.h"
#include "admin/policypage.h"
#include "client/adminclient.h"
#include "itemmodels/auditlogmodel.h"
#include "mainwindow.h"

#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;
using namespace rw::admintest;

class tst_MainWindowAdminPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::quietOffscreenWarnings(); }
    void pagesFollowThePermissions_data();
    void pagesFollowThePermissions();
    void securityAdministratorUnlocksButDoesNotManage();
    void signOutDropsThePages();
    void auditLogInTheRealWindow();

private:
    static QStringList tabTitles(const MainWindow &window);
    static SessionInfo session(const QString &user, Role role);
};

QStringList tst_MainWindowAdminPages::tabTitles(const MainWindow &window)
{
    QStringList titles;
    for (int i = 0; i < window.pages()->count(); ++i)
        titles << window.pages()->tabText(i);
    return titles;
}

SessionInfo tst_MainWindowAdminPages::session(const QString &user, Role role)
{
    SessionInfo info;
    info.userName = user;
    info.role = role;
    info.daysLeft = 80;
    return info;
}

void tst_MainWindowAdminPages::pagesFollowThePermissions_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("city officer") << int(Role::CityOfficer)
                                  << QStringList{
                                         QStringLiteral("Live map"),        QStringLiteral("Permit lookup"),
                                         QStringLiteral("Bad-record list"), QStringLiteral("Data intake"),
                                         QStringLiteral("Quality scores"),  QStringLiteral("Outages"),
                                         QStringLiteral("Status board")};
    // The roadside check first: the enforcement officer's everyday page (issue 5).
    QTest::newRow("enforcement officer")
        << int(Role::EnforcementOfficer)
        << QStringList{QStringLiteral("Permit lookup"), QStringLiteral("Live map"),
                       QStringLiteral("Bad-record list")};
    QTest::newRow("system administrator")
        << int(Role::SystemAdministrator) << QStringList{QStringLiteral("Accounts")};
    QTest::newRow("security administrator")
        << int(Role::SecurityAdministrator)
        << QStringList{QStringLiteral("Security policy"), QStringLiteral("Accounts"),
                       QStringLiteral("Status board")};
    QTest::newRow("audit administrator")
        << int(Role::AuditAdministrator) << QStringList{QStringLiteral("Audit log")};
}

void tst_MainWindowAdminPages::pagesFollowThePermissions()
{
    QFETCH(int, role);
    QFETCH(QStringList, titles);
    PlatformClient client; // no platform: the pages are not shown, so they ask for nothing
    MainWindow window(&client, InterfaceCatalogue::builtIn());
    window.showSession(session(QStringLiteral("someone"), Role(Role::Id(role))), 14);
    QCOMPARE(tabTitles(window), titles);
    QVERIFY(window.adminClient());
    QCOMPARE(window.pages()->findChildren<AuditPage *>().size(),
             titles.contains(QStringLiteral("Audit log")) ? 1 : 0);
}

void tst_MainWindowAdminPages::securityAdministratorUnlocksButDoesNotManage()
{
    PlatformClient client;
    MainWindow window(&client, InterfaceCatalogue::builtIn());
    window.showSession(session(QStringLiteral("demo.secadmin"), Role::SecurityAdministrator), 14);
    auto *accounts = window.pages()->findChild<AccountsPage *>();
    QVERIFY(accounts);
    QVERIFY(accounts->findChild<QPushButton *>(QStringLiteral("unlock"))->isVisibleTo(accounts));
    QVERIFY(!accounts->findChild<QPushButton *>(QStringLiteral("newAccount"))->isVisibleTo(accounts));
    QVERIFY(!accounts->findChild<QPushButton *>(QStringLiteral("resetPassword"))->isVisibleTo(accounts));
    auto *policy = window.pages()->findChild<PolicyPage *>();
    QVERIFY(policy);
    QVERIFY(policy->findChild<QPushButton *>(QStringLiteral("apply"))->isVisibleTo(policy));
}

void tst_MainWindowAdminPages::signOutDropsThePages()
{
    PlatformClient client;
    MainWindow window(&client, InterfaceCatalogue::builtIn());
    window.showSession(session(QStringLiteral("demo.auditor"), Role::AuditAdministrator), 14);
    QPointer<AuditPage> page = window.pages()->findChild<AuditPage *>();
    QVERIFY(page);
    window.clearData();
    QCOMPARE(window.pages()->count(), 0);
    QTRY_VERIFY(!page); // deleted, with its model: the next user sees nothing of it
    window.showSession(session(QStringLiteral("demo.sysadmin"), Role::SystemAdministrator), 14);
    QCOMPARE(tabTitles(window), QStringList{QStringLiteral("Accounts")});
}

void tst_MainWindowAdminPages::auditLogInTheRealWindow()
{
    QTemporaryDir dir;
    ManualClock clock(startTime());
    const auto platform = startPlatform(dir.path(), &clock);
    QVERIFY(platform);
    PlatformClient client;
    connectTo(client, platform->baseUrl(), platform->certificate());
    QCOMPARE(signIn(client, QStringLiteral("demo.auditor"), clock), QString());
    MainWindow window(&client, InterfaceCatalogue::builtIn());
    window.showSession(client.session(), 14);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *page = window.pages()->findChild<AuditPage *>();
    QVERIFY(page);
    QCOMPARE(window.pages()->currentWidget(), page);
    // Shown: the page searched by itself; the newest entry is this sign-in.
    QTRY_VERIFY_WITH_TIMEOUT(page->view()->model()->rowCount() > 0, 10000);
    QCOMPARE(page->view()->model()->index(0, AuditLogModel::ActorColumn).data().toString(),
             QStringLiteral("demo.auditor"));
    QCOMPARE(page->errorText(), QString());
    QVERIFY(!guitest::saveScreenshot(&window, QStringLiteral("mainwindow-auditor")).isEmpty());
}

QTEST_MAIN(tst_MainWindowAdminPages)
#include "tst_mainwindowadminpages.moc"
