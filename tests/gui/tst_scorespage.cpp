// ScoresPage (issue 6) driven offscreen against the quality contract fixture (docs/quality-contracts.md) over
// TLS on loopback: the ranking and both charts for a month, sorting on real values, the drill-down from a
// rate to the rules and from a sample to its raw record, the provincial supervisor's review and publication,
// the city officer who only reads, PDF and CSV export (and a failing one), errors shown in the page,
// screenshots.
//
// RIDEWATCH_LANG=zh_CN loads the Chinese translation from the build tree (if built) and the Chinese locale,
// for a screenshot in the console's primary language: `RIDEWATCH_LANG=zh_CN ./tst_scorespage screenshots`.

#include "guitest.h"
#include "qualitycontractfixture.h"

#include "client/qualityclient.h"
#include "itemmodels/qualityscoremodel.h"
#include "itemmodels/qualityviolationmodel.h"
#include "quality/qualitydimensionchart.h"
#include "quality/qualityrecordview.h"
#include "quality/qualityreportwriter.h"
#include "quality/qualityreviewpanel.h"
#include "quality/qualitytrendchart.h"
#include "quality/qualityviolationsview.h"
#include "quality/scorespage.h"
#include "session/inlinemessage.h"
#include "session/jobprogress.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QTreeView>
#include <QValueAxis>

using namespace Qt::StringLiterals;
using namespace rw;
using namespace rw::qualitytest;

class tst_ScoresPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheMonthWithBothCharts();
    void sortsOnRealValues();
    void drillsDownToTheRuleAndTheRecord();
    void theSupervisorReviewsAndPublishes();
    void theCityOfficerOnlyReads();
    void exportsPdfAndCsv();
    void aFailedExportIsShown();
    void anExportShowsProgressAndCancelStopsIt();
    void escapeCancelsTheExport();
    void theWriterStopsBetweenPagesAndBlocks();
    void aCancelledLoadIsIgnored();
    void errorsAreShownInThePage();
    void aYear();
    void screenshots();

private:
    void openPage(Role role, bool canPublish);
    QModelIndex cell(const QString &companyId, int column) const;

    QString m_lang;
    std::unique_ptr<QualityContractFixture> m_fixture;
    std::unique_ptr<PlatformClient> m_platform;
    std::unique_ptr<QualityClient> m_client;
    std::unique_ptr<ScoresPage> m_page;
};

void tst_ScoresPage::initTestCase()
{
    guitest::quietOffscreenWarnings();
    m_lang = qEnvironmentVariable("RIDEWATCH_LANG");
    if (!m_lang.isEmpty()) {
        QLocale::setDefault(QLocale(m_lang));
        auto *translator = new QTranslator(this);
        if (translator->load(QLocale(m_lang), u"ridewatch"_s, u"_"_s,
                             qEnvironmentVariable("RIDEWATCH_BINARY_DIR") + u"/translations"_s))
            QCoreApplication::installTranslator(translator);
    }
}

void tst_ScoresPage::init()
{
    m_fixture = std::make_unique<QualityContractFixture>();
    QVERIFY(m_fixture->start());
    m_platform = std::make_unique<PlatformClient>();
}

void tst_ScoresPage::cleanup()
{
    m_page.reset();
    m_client.reset();
    m_platform.reset();
    m_fixture.reset();
}

void tst_ScoresPage::openPage(Role role, bool canPublish)
{
    QVERIFY(m_fixture->signIn(*m_platform, role));
    m_client = std::make_unique<QualityClient>(m_platform.get());
    m_page = std::make_unique<ScoresPage>(m_client.get(), m_platform->session().regionCode, canPublish);
    // 2026-11-15 10:00 CST: the default period is November 2026.
    m_page->setClock([] { return QDateTime::fromString(u"2026-11-15T02:00:00Z"_s, Qt::ISODate); });
    m_page->setPreparedBy(u"demo.province"_s);
    m_page->resize(1280, 960);
    m_page->show(); // the first show loads
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 3, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->trendChart()->chart()->series().size(), 2, 10000);
}

QModelIndex tst_ScoresPage::cell(const QString &companyId, int column) const
{
    const int row = m_page->model()->rowOf(companyId);
    return m_page->proxy()->mapFromSource(m_page->model()->index(row, column));
}

void tst_ScoresPage::showsTheMonthWithBothCharts()
{
    openPage(Role::ProvincialSupervisor, true);
    QCOMPARE(m_page->period(), QualityPeriod::ofMonth(2026, 11));
    QCOMPARE(m_page->yearBox()->value(), 2026);
    QVERIFY(m_page->monthBox()->isVisible());
    QCOMPARE(m_fixture->seen.at(m_fixture->seen.size() - 2).value("period"), u"2026-11"_s);
    QVERIFY(m_page->regionLabel()->text().contains(u"460000"_s));
    QVERIFY(m_page->summaryLabel()->text().contains(u"2026.1"_s));
    QCOMPARE(m_page->view()->model()->index(0, QualityScoreModel::CompanyColumn).data().toString(),
             u"椰风出行 (C1)"_s);

    // The trend: a line per company over the months, axes titled, a legend.
    QChart *trend = m_page->trendChart()->chart();
    const auto lines = trend->series();
    QCOMPARE(lines.size(), 2);
    auto *c1 = qobject_cast<QLineSeries *>(lines.at(0));
    auto *c2 = qobject_cast<QLineSeries *>(lines.at(1));
    QVERIFY(c1 && c2);
    QCOMPARE(c1->name(), u"椰风出行"_s);
    QCOMPARE(c1->count(), 12);
    QCOMPARE(c2->count(), 11);           // January without records: no point
    QCOMPARE(c2->at(0), QPointF(2, 87)); // 80 + 5 + 2
    QVERIFY(!m_page->trendChart()->monthAxis()->titleText().isEmpty());
    QCOMPARE(m_page->trendChart()->valueAxis()->titleText(),
             QualityTrendChart::measureTitle(QualityTrendChart::Measure::Score));
    QVERIFY(trend->legend()->isVisible());
    QVERIFY(!trend->title().isEmpty());
    // Another measure: timeliness in percent.
    m_page->measureBox()->setCurrentIndex(
        m_page->measureBox()->findData(int(QualityTrendChart::Measure::Timeliness)));
    c1 = qobject_cast<QLineSeries *>(trend->series().at(0));
    QCOMPARE(c1->at(11).y(), 92.0);
    QCOMPARE(m_page->trendChart()->valueAxis()->titleText(), u"Timeliness (%)"_s);

    // The dimensions: a group per company, a bar per dimension.
    QChart *bars = m_page->dimensionChart()->chart();
    QCOMPARE(bars->series().size(), 1);
    auto *series = qobject_cast<QBarSeries *>(bars->series().at(0));
    QVERIFY(series);
    QCOMPARE(series->count(), 4);
    QCOMPARE(series->barSets().at(int(QualityDimension::Timeliness))->at(1), 80.0); // C2
    QCOMPARE(m_page->dimensionChart()->categoryAxis()->count(), 3);
    QVERIFY(!m_page->dimensionChart()->categoryAxis()->titleText().isEmpty());
    QVERIFY(!m_page->dimensionChart()->valueAxis()->titleText().isEmpty());
    // The selected company against the region's average.
    m_page->view()->setCurrentIndex(cell(u"C2"_s, QualityScoreModel::CompanyColumn));
    m_page->compareBox()->setCurrentIndex(1);
    series = qobject_cast<QBarSeries *>(bars->series().at(0));
    QCOMPARE(series->count(), 2);
    QCOMPARE(series->barSets().at(0)->label(), u"琼州快车"_s);
    QCOMPARE(m_page->dimensionChart()->categoryAxis()->count(), 4);
    QCOMPARE(series->barSets().at(1)->at(int(QualityDimension::Authenticity)), 85.0); // only C2 was checked
}

void tst_ScoresPage::sortsOnRealValues()
{
    openPage(Role::ProvincialSupervisor, true);
    QTableView *view = m_page->view();
    view->sortByColumn(QualityScoreModel::ScoreColumn, Qt::DescendingOrder);
    const auto idAt = [view](int row) {
        return view->model()->index(row, 0).data(QualityScoreModel::CompanyIdRole).toString();
    };
    QCOMPARE(idAt(0), u"C1"_s);
    QCOMPARE(idAt(2), u"C3"_s); // not measured: last
    view->sortByColumn(QualityScoreModel::AuthenticityColumn, Qt::DescendingOrder);
    QCOMPARE(idAt(0), u"C2"_s);
    const QModelIndex unmeasured = cell(u"C3"_s, QualityScoreModel::ScoreColumn);
    QCOMPARE(unmeasured.data().toString(), u"—"_s);
    QVERIFY(unmeasured.data(Qt::ToolTipRole).toString().startsWith(u"Not measured"_s));
}

void tst_ScoresPage::drillsDownToTheRuleAndTheRecord()
{
    openPage(Role::ProvincialSupervisor, true);
    QTableView *view = m_page->view();
    const QModelIndex timeliness = cell(u"C1"_s, QualityScoreModel::TimelinessColumn);
    const QPoint centre = view->visualRect(timeliness).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(m_page->chartTabs()->currentWidget(), m_page->violationsView());
    QualityViolationsView *violations = m_page->violationsView();
    QTRY_COMPARE_WITH_TIMEOUT(violations->model()->rowCount(), 2, 10000);
    QCOMPARE(m_fixture->seen.last().value("company"), u"C1"_s);
    QCOMPARE(m_fixture->seen.last().value("dimension"), u"timeliness"_s);
    QCOMPARE(m_fixture->seen.last().value("period"), u"2026-11"_s);
    QVERIFY2(violations->titleLabel()->text().contains(u"Timeliness"_s),
             qPrintable(violations->titleLabel()->text()));
    // The rule with its article, count and interfaces, shown in the tree.
    const QModelIndex rule = violations->model()->indexOfRule(u"timeliness.withinLimit"_s);
    QVERIFY(rule.isValid());
    QVERIFY(violations->tree()->isExpanded(rule));
    QCOMPARE(rule.siblingAtColumn(QualityViolationModel::ArticleColumn).data().toString(), u"第十五条(三)"_s);
    QCOMPARE(rule.siblingAtColumn(QualityViolationModel::CountColumn).data().toString(), u"1234"_s);

    // A sample's raw record, a masked field marked.
    const QModelIndex sample = violations->model()->index(0, 0, rule);
    violations->tree()->scrollTo(sample);
    QTRY_VERIFY(!violations->tree()->visualRect(sample).isEmpty()); // the tree lays out its items later
    const QPoint at = violations->tree()->visualRect(sample).center();
    QTest::mouseClick(violations->tree()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(violations->tree()->viewport(), Qt::LeftButton, {}, at);
    QualityRecordView *record = violations->recordView();
    QTRY_COMPARE_WITH_TIMEOUT(record->fieldTable()->rowCount(), 4, 10000);
    QCOMPARE(m_fixture->seen.last().path, u"/api/v1/quality/records/positionVehicle/42"_s);
    QVERIFY(record->failedRulesLabel()->text().contains(u"timeliness.withinLimit"_s));
    QStringList names;
    for (int row = 0; row < record->fieldTable()->rowCount(); ++row)
        names << record->fieldTable()->item(row, 0)->text();
    QVERIFY2(names.contains(u"DriverName (masked)"_s), qPrintable(names.join(u", "_s)));
    QVERIFY(names.contains(u"VehicleNo"_s));
    QVERIFY(record->headerLabel()->text().contains(u"masked"_s));

    // A quarantined sample shows its validation errors and bytes.
    violations->activate(violations->model()->index(1, 0, rule));
    QTRY_VERIFY_WITH_TIMEOUT(record->rawText()->isVisibleTo(violations), 10000);
    QVERIFY(record->rawText()->toPlainText().contains(u"is not a number"_s));

    // The button does the same for the selected row, on all dimensions from the score column.
    view->setCurrentIndex(cell(u"C2"_s, QualityScoreModel::ScoreColumn));
    QVERIFY(m_page->violationsButton()->isEnabled());
    m_page->violationsButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->seen.last().value("company"), u"C2"_s, 10000);
    QVERIFY(!m_fixture->seen.last().query.hasQueryItem(u"dimension"_s));
    QTRY_VERIFY_WITH_TIMEOUT(violations->titleLabel()->text().contains(u"all dimensions"_s), 10000);
}

void tst_ScoresPage::theSupervisorReviewsAndPublishes()
{
    openPage(Role::ProvincialSupervisor, true);
    QualityReviewPanel *review = m_page->reviewPanel();
    QVERIFY(review->reviewButton()->isVisible());
    QVERIFY(review->publishButton()->isVisible());
    QVERIFY(review->statusLabel()->text().contains(u"Draft"_s));
    QVERIFY(review->reviewButton()->isEnabled());
    QVERIFY(!review->publishButton()->isEnabled()); // a review first
    review->commentEdit()->insert(u"核对无误"_s);
    review->reviewButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(review->statusLabel()->text().contains(u"Reviewed"_s), 10000);
    QCOMPARE(m_fixture->seen.last().path, u"/api/v1/quality/reviews/460000/2026-11"_s);
    QCOMPARE(m_fixture->seen.last().body.value(u"comment"_s).toString(), u"核对无误"_s);
    QVERIFY(review->statusLabel()->text().contains(u"核对无误"_s));
    QTRY_VERIFY(review->publishButton()->isEnabled());
    review->publishButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(review->statusLabel()->text().contains(u"Published"_s), 10000);
    QCOMPARE(m_page->sheet().review.status, QualityReviewState::Status::Published);
    QVERIFY(!review->publishButton()->isEnabled());
    // Back to review only with a new comment.
    QVERIFY(!review->reviewButton()->isEnabled());
    review->commentEdit()->insert(u"补充说明"_s);
    QVERIFY(review->reviewButton()->isEnabled());
}

void tst_ScoresPage::theCityOfficerOnlyReads()
{
    openPage(Role::CityOfficer, false);
    QualityReviewPanel *review = m_page->reviewPanel();
    QVERIFY(review->statusLabel()->isVisible());
    QVERIFY(!review->reviewButton()->isVisibleTo(m_page.get()));
    QVERIFY(!review->publishButton()->isVisibleTo(m_page.get()));
    QVERIFY(!review->commentEdit()->isVisibleTo(m_page.get()));
    QVERIFY(
        m_page->regionLabel()->text().contains(u"460000"_s)); // the sheet's region, as the platform answered
}

void tst_ScoresPage::exportsPdfAndCsv()
{
    openPage(Role::ProvincialSupervisor, true);
    QTemporaryDir dir;
    QSignalSpy exported(m_page.get(), &ScoresPage::exported);
    const QString pdf = dir.filePath(m_page->report().suggestedFileName(u"pdf"_s));
    QVERIFY(m_page->exportPdf(pdf));
    QVERIFY(!m_page->pdfButton()->isEnabled()); // one export at a time
    QVERIFY(!m_page->exportPdf(pdf));
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.at(0).at(0).toString(), pdf);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY2(bytes.size() > 20000,
             qPrintable(QString::number(bytes.size()))); // text, fonts and two chart images
    QVERIFY(m_page->exportLabel()->text().contains(QDir::toNativeSeparators(pdf)));
    QTRY_VERIFY(m_page->pdfButton()->isEnabled());

    const QString csv = dir.filePath(u"ranking.csv"_s);
    QVERIFY(m_page->exportCsv(csv));
    QVERIFY(exported.wait(10000));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray text = csvFile.readAll();
    QVERIFY(text.startsWith("\xEF\xBB\xBF"));
    QVERIFY(text.contains(u"椰风出行"_s.toUtf8()));
    QCOMPARE(text.count("\r\n"), 4);
}

void tst_ScoresPage::aFailedExportIsShown()
{
    openPage(Role::ProvincialSupervisor, true);
    QTemporaryDir dir;
    QSignalSpy failed(m_page.get(), &ScoresPage::exportFailed);
    const QString path = dir.filePath(u"missing/dir/report.csv"_s);
    QVERIFY(m_page->exportCsv(path));
    QVERIFY(failed.wait(10000));
    QVERIFY2(m_page->errorMessage()->text().contains(path), qPrintable(m_page->errorMessage()->text()));
    QVERIFY(m_page->errorMessage()->isVisible());
    QVERIFY(!QFile::exists(path));
}

void tst_ScoresPage::anExportShowsProgressAndCancelStopsIt()
{
    openPage(Role::ProvincialSupervisor, true);
    QTemporaryDir dir;
    JobProgress *row = m_page->exportProgress();
    QVERIFY(!row->isVisible());
    // How the rows look, both at once (driven by hand: a real job may end before the picture is taken).
    row->start(u"Writing the report: page 2 of 5"_s);
    row->setProgress(2, 5);
    m_page->loadProgress()->start(u"Loading…"_s);
    RW_CHECK_SCREENSHOT(m_page.get(),
                        m_lang.isEmpty() ? u"scorespage-progress"_s : u"scorespage-progress-"_s + m_lang);
    QCOMPARE(row->bar()->value(), 400);
    m_page->loadProgress()->finish();
    row->finish();

    // A whole export first: the row counts the pages, determinate once their number is known.
    QList<std::pair<int, int>> seen; // the bar's value and maximum at each progress
    connect(m_page->writer(), &QualityReportWriter::progress, row, [&seen, row] {
        seen.append({row->bar()->value(), row->bar()->maximum()});
    });
    QSignalSpy exported(m_page.get(), &ScoresPage::exported);
    const QString done = dir.filePath(u"done.pdf"_s);
    QVERIFY(m_page->exportPdf(done));
    QVERIFY(row->isVisible());
    QVERIFY(m_page->cancelExportButton()->isVisible());
    QVERIFY(exported.wait(30000));
    QTRY_VERIFY(!row->isVisible());
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last(), std::make_pair(1000, 1000)); // the last page written: a full bar
    QVERIFY2(row->text().contains(u"page"_s) || !m_lang.isEmpty(), qPrintable(row->text()));

    // Cancelled: no file, the buttons back, the page says so.
    const QString pdf = dir.filePath(u"cancelled.pdf"_s);
    exported.clear();
    QVERIFY(m_page->exportPdf(pdf));
    QVERIFY(row->isRunning());
    QVERIFY(!m_page->pdfButton()->isEnabled());
    QTest::mouseClick(m_page->cancelExportButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->writer()->isBusy(), 30000);
    QTRY_VERIFY(m_page->pdfButton()->isEnabled());
    QVERIFY(m_page->csvButton()->isEnabled());
    QVERIFY(!row->isVisible());
    QCOMPARE(exported.size(), 0);
    QVERIFY(!QFile::exists(pdf));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"done.pdf"_s}); // no temporary left
    QVERIFY2(m_page->exportLabel()->text().contains(u"cancelled"_s) || !m_lang.isEmpty(),
             qPrintable(m_page->exportLabel()->text()));
}

void tst_ScoresPage::escapeCancelsTheExport()
{
    openPage(Role::ProvincialSupervisor, true);
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->view()->setFocus();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"escaped.pdf"_s); // a PDF: its layout outlasts the key press
    QSignalSpy cancelled(m_page->writer(), &QualityReportWriter::cancelled);
    QVERIFY(m_page->exportPdf(pdf));
    QTest::keyClick(m_page->view(), Qt::Key_Escape);
    QVERIFY(cancelled.wait(30000));
    QVERIFY(!QFile::exists(pdf));
    QTRY_VERIFY(m_page->csvButton()->isEnabled());
    // Escape is the page's own again when nothing runs: it cancels nothing.
    QSignalSpy asked(m_page->exportProgress(), &JobProgress::cancelRequested);
    QTest::keyClick(m_page->view(), Qt::Key_Escape);
    QCOMPARE(asked.size(), 0);
}

void tst_ScoresPage::theWriterStopsBetweenPagesAndBlocks()
{
    // A report of many pages: the flag set after the first page stops the job there, and no file is left.
    QString html;
    for (int i = 0; i < 600; ++i)
        html +=
            u"<p>Paragraph %1: the quality of the records of a company, checked against Art. 15.</p>"_s.arg(
                i);
    QTemporaryDir dir;
    const QString whole = dir.filePath(u"whole.pdf"_s);
    QList<std::pair<qint64, qint64>> steps;
    const auto record = [&steps](qint64 done, qint64 total) { steps.append({done, total}); };
    QCOMPARE(QualityReportWriter::writePdf(html, {}, whole, u"Long"_s, nullptr, {}, record), QString());
    QVERIFY(QFile::exists(whole));
    QVERIFY2(steps.size() > 3, qPrintable(QString::number(steps.size())));
    const qint64 pages = steps.first().second;
    QCOMPARE(steps.first(), std::make_pair(qint64(0), pages));
    QCOMPARE(steps.last(), std::make_pair(pages, pages));
    // As many pages as QTextDocument::print() makes of it (same margins, same layout).
    const auto pagesIn = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll().count("/Type /Page\n") : -1;
    };
    {
        const QString reference = dir.filePath(u"reference.pdf"_s);
        QFile file(reference);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QTextDocument document;
        QualityReportWriter::prepare(document, html, {}, u"Long"_s);
        document.print(&writer);
        file.close();
        QCOMPARE(qint64(pagesIn(whole)), pages);
        QCOMPARE(qint64(pagesIn(reference)), pages);
        QFile::remove(reference);
    }

    std::atomic_bool stop{false};
    steps.clear();
    const QString cut = dir.filePath(u"cut.pdf"_s);
    const QString result =
        QualityReportWriter::writePdf(html, {}, cut, u"Long"_s, &stop, {}, [&](qint64 done, qint64 total) {
            record(done, total);
            if (done == 1)
                stop = true;
        });
    QVERIFY(QualityReportWriter::isCancelled(result));
    QCOMPARE(steps.last(), std::make_pair(qint64(1), pages)); // no page after the first
    QVERIFY(!QFile::exists(cut));

    // A CSV goes in blocks: stopped after the first, of a file of several.
    const QByteArray bytes(1024 * 1024, 'x');
    steps.clear();
    stop = false;
    const QString csv = dir.filePath(u"big.csv"_s);
    QVERIFY(QualityReportWriter::isCancelled(
        QualityReportWriter::writeFile(bytes, csv, &stop, {}, [&](qint64 done, qint64 total) {
            record(done, total);
            if (done > 0)
                stop = true;
        })));
    QCOMPARE(steps.size(), 2);
    QVERIFY(steps.last().first < bytes.size());
    QCOMPARE(steps.last().second, bytes.size());
    QVERIFY(!QFile::exists(csv));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"whole.pdf"_s});
}

void tst_ScoresPage::aCancelledLoadIsIgnored()
{
    openPage(Role::ProvincialSupervisor, true);
    JobProgress *row = m_page->loadProgress();
    QVERIFY(!row->isVisible());
    m_page->kindBox()->setCurrentIndex(m_page->kindBox()->findData(int(QualityPeriod::Span::Year)));
    QTest::mouseClick(m_page->refreshButton(), Qt::LeftButton);
    QVERIFY(row->isVisible()); // busy: the platform has not answered
    QVERIFY(row->cancelButton()->isVisible());
    QTest::mouseClick(row->cancelButton(), Qt::LeftButton);
    QVERIFY(!row->isVisible());
    QVERIFY(!m_client->isBusy());
    QVERIFY2(m_page->summaryLabel()->text().contains(u"cancelled"_s) || !m_lang.isEmpty(),
             qPrintable(m_page->summaryLabel()->text()));
    // A request after it comes back; the cancelled one's answer never shows.
    QSignalSpy scores(m_client.get(), &QualityClient::scoresReceived);
    QSignalSpy trend(m_client.get(), &QualityClient::trendReceived);
    m_client->trend(2025);
    QVERIFY(trend.wait(10000));
    QCOMPARE(scores.size(), 0);
    QCOMPARE(m_page->sheet().period, QualityPeriod::ofMonth(2026, 11));
    // The page still works: Show asks again.
    QTest::mouseClick(m_page->refreshButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->sheet().period, QualityPeriod::ofYear(2026), 10000);
    QTRY_VERIFY(!row->isVisible());
}

void tst_ScoresPage::errorsAreShownInThePage()
{
    openPage(Role::ProvincialSupervisor, true);
    m_fixture->scoresStatus = 403;
    m_page->load();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->errorMessage()->text().contains(u"out_of_scope"_s), 10000);
    QVERIFY(m_page->errorMessage()->isVisible());
    m_fixture->scoresStatus = 0;
    m_page->load();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->errorMessage()->isVisible(), 10000);
}

void tst_ScoresPage::aYear()
{
    openPage(Role::ProvincialSupervisor, true);
    m_page->kindBox()->setCurrentIndex(m_page->kindBox()->findData(int(QualityPeriod::Span::Year)));
    QVERIFY(!m_page->monthBox()->isVisible());
    QCOMPARE(m_page->period(), QualityPeriod::ofYear(2026));
    QTest::mouseClick(m_page->refreshButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->sheet().period, QualityPeriod::ofYear(2026), 10000);
    QVERIFY(m_page->summaryLabel()->text().contains(u"year 2026"_s));
}

void tst_ScoresPage::screenshots()
{
    if (!guitest::haveChineseFont())
        QSKIP("No Chinese font installed (fonts-noto-cjk): the screenshots would show boxes");
    openPage(Role::ProvincialSupervisor, true);
    const QString suffix = m_lang.isEmpty() ? QString() : u"-"_s + m_lang;
    m_page->view()->setCurrentIndex(cell(u"C1"_s, QualityScoreModel::CompanyColumn));
    RW_CHECK_SCREENSHOT(m_page.get(), u"scorespage-trend"_s + suffix);
    m_page->chartTabs()->setCurrentIndex(1);
    RW_CHECK_SCREENSHOT(m_page.get(), u"scorespage-dimensions"_s + suffix);
    m_page->showViolations(u"C1"_s, QualityDimension::Timeliness);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->violationsView()->model()->rowCount(), 2, 10000);
    const QModelIndex rule = m_page->violationsView()->model()->indexOfRule(u"timeliness.withinLimit"_s);
    m_page->violationsView()->activate(m_page->violationsView()->model()->index(0, 0, rule));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->violationsView()->recordView()->fieldTable()->rowCount(), 4, 10000);
    RW_CHECK_SCREENSHOT(m_page.get(), u"scorespage-violations"_s + suffix);

    // The report as the PDF lays it out (A4 text width at 96 dpi), for a look at the table and the charts.
    const QualityReport report = m_page->report();
    QMap<QString, QImage> images{{report.trendImage, m_page->trendImage()},
                                 {report.dimensionImage, m_page->dimensionImage()}};
    QTextDocument document;
    QualityReportWriter::prepare(document, report.toHtml(), images, report.title());
    document.setTextWidth(680);
    QImage page(680, int(document.size().height()), QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    document.drawContents(&painter);
    painter.end();
    QVERIFY(page.save(qEnvironmentVariable("RIDEWATCH_BINARY_DIR") + u"/screenshots/scoresreport"_s + suffix +
                      u".png"_s));
    QVERIFY(document.toPlainText().contains(u"琼州快车 (C2)"_s));
}

QTEST_MAIN(tst_ScoresPage)
#include "tst_scorespage.moc"
