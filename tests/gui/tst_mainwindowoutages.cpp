// MainWindow's hook for issue 7: "Outages" and "Status board" for the roles with reviewOutageNotices, the
// status board with the suspend action for the security administrator; in the real window against the real
// platform, a new outage is announced in the status bar whatever page is open, and a double-click on its row
// opens it on the Outages page.

#include "guitest.h"
#include "outageguitest.h"

#include "client/outageclient.h"
#include "itemmodels/statusboardmodel.h"
#include "mainwindow.h"
#include "outages/outagedetailview.h"
#include "outages/outagespage.h"
#include "outages/statusboardpage.h"

#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

using namespace rw;
using namespace rw::outagefixtures;
using namespace Qt::StringLiterals;

class tst_MainWindowOutages : public QObject
{
    Q_OBJECT

    static int tabOf(const MainWindow &window, const QString &title)
    {
        for (int i = 0; i < window.pages()->count(); ++i) {
            if (window.pages()->tabText(i) == title)
                return i;
        }
        return -1;
    }

private slots:
    void initTestCase() { guitest::quietOffscreenWarnings(); }

    void tabsFollowThePermissions_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("outages");
        QTest::addColumn<bool>("board");
        QTest::addColumn<bool>("suspends");
        QTest::newRow("city officer") << int(Role::CityOfficer) << true << true << false;
        QTest::newRow("provincial supervisor") << int(Role::ProvincialSupervisor) << true << true << false;
        QTest::newRow("security administrator") << int(Role::SecurityAdministrator) << false << true << true;
        QTest::newRow("enforcement officer") << int(Role::EnforcementOfficer) << false << false << false;
        QTest::newRow("audit administrator") << int(Role::AuditAdministrator) << false << false << false;
    }

    void tabsFollowThePermissions()
    {
        QFETCH(int, role);
        QFETCH(bool, outages);
        QFETCH(bool, board);
        QFETCH(bool, suspends);
        PlatformClient client; // not signed in: the pages ask for nothing
        MainWindow window(&client, InterfaceCatalogue::builtIn());
        SessionInfo session;
        session.userName = u"someone"_s;
        session.role = Role(Role::Id(role));
        session.regionCode = u"469001"_s;
        session.daysLeft = 80;
        window.showSession(session, 14);
        QCOMPARE(tabOf(window, u"Outages"_s) >= 0, outages);
        QCOMPARE(tabOf(window, u"Status board"_s) >= 0, board);
        QCOMPARE(window.statusBoardPage() != nullptr, board);
        if (board) {
            QCOMPARE(window.statusBoardPage()->canSuspend(), suspends);
            QVERIFY(!window.statusBoardPage()->isPolling());
        }
        QCOMPARE(window.outageClient()->requestsSent(), 0);
        QCOMPARE(window.boardClient()->requestsSent(), 0);
    }

    void aNewOutageIsAnnouncedInTheWindow()
    {
        outageguitest::OutagePlatform platform;
        QVERIFY(platform.start(false));
        feed(*platform.server, *platform.clock, kC1, 30);
        const auto client = platform.signedIn(u"demo.city"_s);
        QVERIFY(client);
        MainWindow window(client.get(), InterfaceCatalogue::builtIn());
        window.showSession(client->session(), 14);
        window.resize(1400, 900);
        window.show();
        window.startRefreshing();
        StatusBoardPage *board = window.statusBoardPage();
        QVERIFY(board);
        QSignalSpy updated(board, &StatusBoardPage::boardUpdated);
        // Not the current page, yet it watches: the first board is the baseline.
        QVERIFY(window.pages()->currentWidget() != board);
        QVERIFY(board->isPolling());
        QVERIFY(updated.wait(10000));
        QVERIFY(window.statusBar()->currentMessage().isEmpty());

        const qint64 id = silence(*platform.server, *platform.clock, kC1);
        QVERIFY(id > 0);
        board->refresh(); // the timer's next tick, without waiting 10 s
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"#%1"_s.arg(id)), 10000);
        QVERIFY2(window.statusBar()->currentMessage().contains(kC1Name),
                 qPrintable(window.statusBar()->currentMessage()));

        // A double-click on its row opens it on the Outages page.
        window.pages()->setCurrentWidget(board);
        const int row = board->model()->rowOf(kC1);
        QVERIFY(row >= 0);
        QTableView *view = board->view();
        Q_EMIT view->doubleClicked(view->model()->index(row, StatusBoardModel::OutageColumn));
        auto *outages = window.pages()->findChild<OutagesPage *>(u"outagesPage"_s);
        QVERIFY(outages);
        QCOMPARE(window.pages()->currentWidget(), outages);
        QTRY_VERIFY_WITH_TIMEOUT(outages->detail()->hasOutage() && outages->detail()->outage().id == id,
                                 10000);
        QVERIFY(!guitest::saveScreenshot(&window, u"mainwindow-outages"_s).isEmpty());

        // Locked: no polling; signed out: the pages are gone.
        window.stopRefreshing();
        QVERIFY(!board->isPolling());
        QPointer<StatusBoardPage> gone = board;
        window.clearData();
        QTRY_VERIFY(!gone);
    }
};

QTEST_MAIN(tst_MainWindowOutages)
#include "tst_mainwindowoutages.moc"
