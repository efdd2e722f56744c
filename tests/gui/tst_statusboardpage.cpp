// The 7×24 status board against the real platform on loopback (issue 7; seed 000 Art. 21): a refresh shows
// a new outage highlighted, the notification fires once per outage, polling runs while the page is visible.

#include "guitest.h"
#include "outageguitest.h"

#include "itemmodels/statusboardmodel.h"
#include "outages/statusboardpage.h"

#include <QBrush>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>

using namespace rw;
using namespace rw::outagefixtures;
using namespace Qt::StringLiterals;

class tst_StatusBoardPage : public QObject
{
    Q_OBJECT

    outageguitest::OutagePlatform m_platform;

    static int highlightedRows(const QTableView *view)
    {
        int n = 0;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            n += view->model()->index(r, 0).data(StatusBoardModel::HighlightRole).toBool() ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase()
    {
        guitest::quietOffscreenWarnings();
        outageguitest::installLanguage(this);
        QVERIFY(m_platform.start(false));
        feed(*m_platform.server, *m_platform.clock, kC1, 30); // active, no outage yet
    }

    void cleanupTestCase() { m_platform.server.reset(); }

    void aNewOutageIsHighlightedAndAnnouncedOnce()
    {
        const auto client = m_platform.signedIn(u"demo.city"_s);
        QVERIFY(client);
        OutageClient outages(client.get());
        StatusBoardPage page(&outages, false);
        page.setClock(m_platform.now());
        page.resize(1100, 500);
        QSignalSpy opened(&page, &StatusBoardPage::outageOpened);
        QSignalSpy updated(&page, &StatusBoardPage::boardUpdated);
        page.show();
        QVERIFY(updated.wait(10000));
        QTableView *view = page.view();
        QCOMPARE(view->model()->rowCount(), 1); // Wuzhishan's company, its positions
        QCOMPARE(highlightedRows(view), 0);
        QVERIFY(!page.suspendButton()->isVisible()); // the city officer does not suspend
        QVERIFY2(page.ageLabel()->text().contains(u"2026-11-02"_s), qPrintable(page.ageLabel()->text()));
        // Polling every 10 s while the page shows.
        QVERIFY(page.isPolling());
        QCOMPARE(page.refreshTimer()->interval(), 10'000);

        // Six minutes of silence: the platform opens an outage; the next refresh shows it.
        const qint64 id = silence(*m_platform.server, *m_platform.clock, kC1);
        QVERIFY(id > 0);
        page.refresh();
        QVERIFY(updated.wait(10000));
        QCOMPARE(highlightedRows(view), 1);
        const QModelIndex row = view->model()->index(0, StatusBoardModel::OutageColumn);
        QVERIFY(row.data().toString().contains(QString::number(id)));
        const QColor background = row.data(Qt::BackgroundRole).value<QBrush>().color();
        QVERIFY2(background.red() > 200 && background.green() < 220, qPrintable(background.name()));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toString(), kC1);
        QCOMPARE(opened.first().at(1).toString(), kC1Name);
        QCOMPARE(opened.first().at(2).value<OutageStream>(), OutageStream::Position);
        QCOMPARE(opened.first().at(3).toLongLong(), id);
        // Once per outage: the next boards still show it, but do not announce it again.
        page.refresh();
        QVERIFY(updated.wait(10000));
        QCOMPARE(highlightedRows(view), 1);
        QCOMPARE(opened.size(), 1);
        // The data's age follows the clock.
        m_platform.clock->advanceSecs(42);
        QTRY_VERIFY_WITH_TIMEOUT(page.ageLabel()->text().contains(u"42"_s), 3000);

        const QString lang = qEnvironmentVariable("RIDEWATCH_LANG");
        const QString path =
            guitest::saveScreenshot(&page, lang.isEmpty() ? u"statusboard"_s : u"statusboard-"_s + lang);
        QVERIFY(!path.isEmpty());
        const QStringList clipped = guitest::clippedLabels(&page);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u", "_s)));

        // Hidden: no polling (unless the window asks for it, for the notification).
        page.hide();
        QVERIFY(!page.isPolling());
        page.setWatchWhileHidden(true);
        QVERIFY(page.isPolling());
        page.stop(); // locked or signed out
        QVERIFY(!page.isPolling());
    }

    void anUnanswerableBoardIsShown()
    {
        auto client = std::make_unique<PlatformClient>(); // not signed in: the platform refuses
        admintest::connectTo(*client, m_platform.server->baseUrl(), m_platform.server->certificate());
        OutageClient outages(client.get());
        StatusBoardPage page(&outages, false);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(!page.errorText().isEmpty(), 10000);
        QVERIFY2(page.errorText().contains(u"HTTP 401"_s), qPrintable(page.errorText()));
    }
};

QTEST_MAIN(tst_StatusBoardPage)
#include "tst_statusboardpage.moc"
