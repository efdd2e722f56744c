// The Outages page against the real platform on loopback (issue 7; docs/outage-contracts.md): the list, the
// timeline (series on titled axes), the detail (flags, back-fill, notice trail) and the report's export.
// RIDEWATCH_LANG=zh_CN ./tst_outagespage screenshot  — the screenshot in the console's primary language.

#include "guitest.h"
#include "outageguitest.h"

#include "itemmodels/outagelistmodel.h"
#include "outages/outagedetailview.h"
#include "outages/outagespage.h"
#include "outages/outagetimelinechart.h"
#include "quality/qualityreportwriter.h"
#include "session/inlinemessage.h"
#include "session/jobprogress.h"

#include <QAbstractSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QValueAxis>

using namespace rw;
using namespace rw::outagefixtures;
using namespace Qt::StringLiterals;

class tst_OutagesPage : public QObject
{
    Q_OBJECT

    outageguitest::OutagePlatform m_platform;
    std::unique_ptr<PlatformClient> m_client;
    std::unique_ptr<OutageClient> m_outages;
    std::unique_ptr<OutagesPage> m_page;

private slots:
    void initTestCase()
    {
        guitest::quietOffscreenWarnings();
        outageguitest::installLanguage(this);
        QVERIFY(m_platform.start());
        m_client = m_platform.signedIn(u"demo.city"_s);
        QVERIFY(m_client);
    }

    void init()
    {
        m_outages = std::make_unique<OutageClient>(m_client.get());
        m_page = std::make_unique<OutagesPage>(m_outages.get(), u"469001"_s);
        m_page->setClock(m_platform.now());
        m_page->setPreparedBy(u"demo.city"_s);
        m_page->resize(1400, 900);
        QSignalSpy loaded(m_page.get(), &OutagesPage::loaded);
        m_page->show();
        QVERIFY(loaded.wait(10000));
    }

    void cleanup()
    {
        m_page.reset();
        m_outages.reset();
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_platform.server.reset();
    }

    void listsTheMonthsOutages()
    {
        QCOMPARE(m_page->year(), 2026);
        QCOMPARE(m_page->month(), 11);
        OutageListModel *model = m_page->model();
        QCOMPARE(model->rowCount(), 2); // Shenzhen's is another region's
        QVERIFY(m_page->errorText().isEmpty());
        // The view sorts newest start first: the open one on top, "ongoing".
        QTableView *view = m_page->view();
        QCOMPARE(view->model()->index(0, 0).data(OutageListModel::OutageIdRole).toLongLong(),
                 m_platform.open);
        QCOMPARE(view->model()->index(0, OutageListModel::EndColumn).data().toString(), u"ongoing"_s);
        QCOMPARE(view->model()->index(0, OutageListModel::FlagsColumn).data().toString(), u"Not declared"_s);
        // The filter knows the companies in scope.
        auto *company = m_page->findChild<QComboBox *>(u"companyFilter"_s);
        QTRY_VERIFY(company->findData(kC1) >= 0);
        QCOMPARE(company->findData(kC2), -1);

        // Open only.
        QSignalSpy loaded(m_page.get(), &OutagesPage::loaded);
        m_page->setOpenOnly(true);
        m_page->load();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model->rowCount(), 1);
        // A month without outages.
        m_page->setOpenOnly(false);
        m_page->setMonth(2026, 10);
        m_page->load();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(m_page->timeline()->gapCount(), 0);
    }

    void timelineHasSeriesOnTitledAxes()
    {
        OutageTimelineChart *timeline = m_page->timeline();
        QCOMPARE(timeline->gapCount(), 2);
        QVERIFY(timeline->windowCount() >= 2); // the incident and the planned stop
        QCOMPARE(timeline->chart()->series().size(), timeline->gapCount() + timeline->windowCount());
        QVERIFY(timeline->timeAxis()->titleText().contains(u"2026-11"_s));
        QVERIFY(timeline->timeAxis()->titleText().contains(u"China Standard Time"_s) ||
                !qEnvironmentVariable("RIDEWATCH_LANG").isEmpty());
        QVERIFY(!timeline->companyAxis()->titleText().isEmpty());
        QCOMPARE(timeline->lanes(), QStringList{kC1Name});
        QCOMPARE(timeline->companyAxis()->categoriesLabels(), QStringList{kC1Name});
        // The gaps are on the 2nd of November (day 2.x on the CST axis).
        for (QAbstractSeries *s : timeline->chart()->series())
            QCOMPARE(s->attachedAxes().size(), 2);
    }

    void detailShowsFlagsBackfillAndTrail()
    {
        m_page->showOutage(m_platform.closed);
        OutageDetailView *detail = m_page->detail();
        QTRY_VERIFY_WITH_TIMEOUT(detail->hasOutage() && detail->outage().id == m_platform.closed &&
                                     !detail->outage().notices.isEmpty(),
                                 10000);
        // 40 minutes missed at 20 a minute; one batch of 20 re-sent inside the window.
        QCOMPARE(detail->outage().backfilledRecords, 20);
        QVERIFY(detail->backfillBar()->value() > 0);
        QVERIFY(detail->backfillBar()->value() < 1000);
        QVERIFY2(detail->backfillBar()->text().contains(u"%"_s), qPrintable(detail->backfillBar()->text()));
        QVERIFY2(detail->flagsLabel()->text().contains(u"Back-fill incomplete (Art. 12)"_s),
                 qPrintable(detail->flagsLabel()->text()));
        QVERIFY(!detail->flagsLabel()->text().contains(u"Not declared"_s));
        // The trail: the incident (matched) and the planned stop.
        QTableWidget *trail = detail->trail();
        QCOMPARE(trail->rowCount(), 2);
        QStringList kinds;
        for (int r = 0; r < trail->rowCount(); ++r)
            kinds << trail->item(r, 1)->text();
        QVERIFY2(kinds.join(u"|"_s).contains(u"matched"_s), qPrintable(kinds.join(u"|"_s)));
        // Selecting in the list does the same.
        m_page->view()->setCurrentIndex(m_page->view()->model()->index(0, 0));
        QTRY_COMPARE(detail->outage().id, m_platform.open);
        QVERIFY(detail->flagsLabel()->text().contains(u"Not declared"_s));
    }

    void exportsPdfAndCsv()
    {
        QTemporaryDir dir;
        QSignalSpy exported(m_page.get(), &OutagesPage::exported);
        QSignalSpy failed(m_page.get(), &OutagesPage::exportFailed);
        const QString pdf = dir.filePath(u"outages.pdf"_s);
        QVERIFY(m_page->exportPdf(pdf));
        QVERIFY(!m_page->exportCsv(dir.filePath(u"busy.csv"_s))); // one job at a time
        QTRY_VERIFY_WITH_TIMEOUT(!exported.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(4) == "%PDF");
        QVERIFY(file.size() > 10000); // text and the timeline's image
        file.close();

        const QString csv = dir.filePath(u"outages.csv"_s);
        QVERIFY(m_page->exportCsv(csv));
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 2, 10000);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = csvFile.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains(kC1Name.toUtf8()));
        QCOMPARE(bytes.count("\r\n"), 3); // header and two outages
        QVERIFY(!QFile::exists(dir.filePath(u"busy.csv"_s)));
    }

    void aFailedExportIsShown()
    {
        QSignalSpy failed(m_page.get(), &OutagesPage::exportFailed);
        QVERIFY(m_page->exportCsv(u"/nonexistent-dir/x/outages.csv"_s));
        QVERIFY(failed.wait(10000));
        QVERIFY2(m_page->errorText().contains(u"The outage report cannot be written"_s) ||
                     !qEnvironmentVariable("RIDEWATCH_LANG").isEmpty(),
                 qPrintable(m_page->errorText()));
        QVERIFY(m_page->errorText().contains(u"/nonexistent-dir/x/outages.csv"_s));
    }

    void aCancelledExportLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"cancelled.pdf"_s);
        QSignalSpy exported(m_page.get(), &OutagesPage::exported);
        QVERIFY(m_page->exportPdf(pdf));
        // As on the Scores page: a progress row in the page with its Cancel button.
        JobProgress *row = m_page->exportProgress();
        QVERIFY(row->isVisible());
        auto *cancel = m_page->findChild<QPushButton *>(u"cancelExport"_s);
        QCOMPARE(cancel, row->cancelButton());
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton); // before the worker commits
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->writer()->isBusy(), 30000);
        QTRY_VERIFY(m_page->findChild<QPushButton *>(u"exportPdf"_s)->isEnabled());
        QVERIFY(!row->isVisible());
        QCOMPARE(exported.size(), 0);
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty()); // no temporary file either
    }

    void anExportShowsItsPages()
    {
        QTemporaryDir dir;
        JobProgress *row = m_page->exportProgress();
        // How the rows look (driven by hand: a real job may end before the picture is taken).
        row->start(u"Writing the outage report: page 1 of 2"_s);
        row->setProgress(1, 2);
        m_page->loadProgress()->start(u"Loading…"_s);
        RW_CHECK_SCREENSHOT(m_page.get(), u"outagespage-progress"_s);
        m_page->loadProgress()->finish();
        row->finish();
        qint64 lastDone = -1, lastTotal = -1;
        int maximum = -1;
        connect(m_page->writer(), &QualityReportWriter::progress, row, [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            maximum = row->bar()->maximum();
        });
        QSignalSpy exported(m_page.get(), &OutagesPage::exported);
        QVERIFY(m_page->exportPdf(dir.filePath(u"outages.pdf"_s)));
        QVERIFY(exported.wait(30000));
        QVERIFY(lastTotal >= 1);
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(maximum, 1000); // determinate once the pages are counted
        QVERIFY2(row->text().contains(u"page %1 of %1"_s.arg(lastTotal)) ||
                     !qEnvironmentVariable("RIDEWATCH_LANG").isEmpty(),
                 qPrintable(row->text()));
    }

    void escapeCancelsTheExport()
    {
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->view()->setFocus();
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"escaped.pdf"_s);
        QSignalSpy cancelled(m_page->writer(), &QualityReportWriter::cancelled);
        QVERIFY(m_page->exportPdf(pdf));
        QTest::keyClick(m_page->view(), Qt::Key_Escape);
        QVERIFY(cancelled.wait(30000));
        QVERIFY(!QFile::exists(pdf));
        QTRY_VERIFY(m_page->findChild<QPushButton *>(u"exportPdf"_s)->isEnabled());
    }

    void aCancelledLoadIsIgnored()
    {
        JobProgress *row = m_page->loadProgress();
        QVERIFY(!row->isVisible());
        QCOMPARE(m_page->model()->rowCount(), 2);
        QSignalSpy loaded(m_page.get(), &OutagesPage::loaded);
        QSignalSpy outages(m_outages.get(), &OutageClient::outagesReceived);
        m_page->setMonth(2026, 10); // a month without outages
        m_page->load();
        QVERIFY(row->isVisible());
        QVERIFY(!m_page->findChild<QPushButton *>(u"exportPdf"_s)->isEnabled());
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"cancelLoad"_s), Qt::LeftButton);
        QVERIFY(!row->isVisible());
        QVERIFY(!m_outages->isBusy());
        QVERIFY2(m_page->findChild<QLabel *>(u"outagesStatus"_s)->text().contains(u"cancelled"_s) ||
                     !qEnvironmentVariable("RIDEWATCH_LANG").isEmpty(),
                 qPrintable(m_page->findChild<QLabel *>(u"outagesStatus"_s)->text()));
        // A request after it is answered; the cancelled one's answer never arrives.
        QSignalSpy board(m_outages.get(), &OutageClient::boardReceived);
        m_outages->board();
        QVERIFY(board.wait(10000));
        QCOMPARE(outages.size(), 0);
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(m_page->model()->rowCount(), 2); // still what was shown
        // Show asks again.
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"loadOutages"_s), Qt::LeftButton);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(m_page->model()->rowCount(), 0);
        QTRY_VERIFY(!row->isVisible());
    }

    void screenshot()
    {
        m_page->showOutage(m_platform.closed);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_page->detail()->hasOutage() && !m_page->detail()->outage().notices.isEmpty(), 10000);
        const QString lang = qEnvironmentVariable("RIDEWATCH_LANG");
        const QString path = guitest::saveScreenshot(m_page.get(), lang.isEmpty() ? u"outagespage"_s
                                                                                  : u"outagespage-"_s + lang);
        QVERIFY(!path.isEmpty());
        qInfo("screenshot: %s", qPrintable(path));
        const QStringList clipped = guitest::clippedLabels(m_page.get());
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u", "_s)));
    }
};

QTEST_MAIN(tst_OutagesPage)
#include "tst_outagespage.moc"
