#include "scorespage.h"

#include "qualitydimensionchart.h"
#include "qualityreportwriter.h"
#include "qualityreviewpanel.h"
#include "qualitytrendchart.h"
#include "qualityviolationsview.h"

#include "client/qualityclient.h"
#include "itemmodels/qualityscoremodel.h"
#include "session/inlinemessage.h"
#include "session/jobprogress.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

const QString TrendImage = u"chart-trend.png"_s;
const QString DimensionImage = u"chart-dimensions.png"_s;
constexpr QSize ChartImageSize(820, 440);

} // namespace

ScoresPage::ScoresPage(QualityClient *client, const QString &regionCode, bool canPublish, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_regionCode(regionCode)
    , m_canPublish(canPublish)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_kind(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_month(new QComboBox(this))
    , m_refresh(new QPushButton(tr("Show"), this))
    , m_regionLabel(new QLabel(this))
    , m_loadProgress(new JobProgress(tr("Cancel"), this))
    , m_error(new InlineMessage(this))
    , m_summary(new QLabel(this))
    , m_model(new QualityScoreModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_violationsButton(new QPushButton(tr("Show violations"), this))
    , m_review(new QualityReviewPanel(canPublish, this))
    , m_tabs(new QTabWidget(this))
    , m_measure(new QComboBox(this))
    , m_trendChart(new QualityTrendChart(this))
    , m_compare(new QComboBox(this))
    , m_dimensionChart(new QualityDimensionChart(this))
    , m_violations(new QualityViolationsView(this))
    , m_pdfButton(new QPushButton(tr("Export PDF…"), this))
    , m_csvButton(new QPushButton(tr("Export CSV…"), this))
    , m_exportProgress(new JobProgress(tr("Cancel export"), this))
    , m_exportLabel(new QLabel(this))
    , m_writer(new QualityReportWriter(this))
{
    // --- the period (seed 000 Art. 17: calendar month or year, China Standard Time) and the region ---
    m_kind->setObjectName(u"periodKind"_s);
    m_kind->addItem(tr("Month"), int(QualityPeriod::Span::Month));
    m_kind->addItem(tr("Year"), int(QualityPeriod::Span::Year));
    m_year->setObjectName(u"periodYear"_s);
    m_year->setRange(2016, 2100); // the interim measures took effect in 2016
    m_month->setObjectName(u"periodMonth"_s);
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(QLocale().standaloneMonthName(m), m);
    m_refresh->setObjectName(u"showScores"_s);
    m_regionLabel->setObjectName(u"scoresRegion"_s);
    m_regionLabel->setText(regionCode.isEmpty() ? tr("Region: all (national scope)")
                                                : tr("Region: %1").arg(regionCode));
    m_regionLabel->setToolTip(tr("The companies holding a company permit in your account's region"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Period:"), this));
    top->addWidget(m_kind);
    top->addWidget(m_year);
    top->addWidget(m_month);
    top->addWidget(new QLabel(tr("(China Standard Time)"), this));
    top->addWidget(m_refresh);
    top->addSpacing(12);
    top->addWidget(m_regionLabel);
    top->addStretch(1);
    top->addWidget(m_loadProgress);
    top->addWidget(m_pdfButton);
    top->addWidget(m_csvButton);
    m_loadProgress->setObjectName(u"loadProgress"_s);
    m_loadProgress->cancelButton()->setObjectName(u"cancelLoad"_s);
    m_pdfButton->setObjectName(u"exportPdf"_s);
    m_csvButton->setObjectName(u"exportCsv"_s);
    m_exportProgress->setObjectName(u"exportProgress"_s);
    m_exportProgress->cancelButton()->setObjectName(u"cancelExport"_s);
    m_exportLabel->setObjectName(u"exportStatus"_s);
    m_exportLabel->setWordWrap(true);
    m_exportLabel->hide();

    // --- the ranking ---
    m_summary->setObjectName(u"scoresSummary"_s);
    m_summary->setWordWrap(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(QualityScoreModel::SortRole);
    m_view->setObjectName(u"scoresTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(QualityScoreModel::RankColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QualityScoreModel::CompanyColumn, QHeaderView::Stretch);
    m_view->setToolTip(tr("Double-click a rate to see the rules that lowered it"));
    m_violationsButton->setObjectName(u"showViolations"_s);
    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_summary);
    tableLayout->addWidget(m_view, 1);
    auto *below = new QHBoxLayout;
    below->addWidget(m_review, 1);
    below->addWidget(m_violationsButton, 0, Qt::AlignTop);
    tableLayout->addLayout(below);

    // --- the charts and the drill-down ---
    m_measure->setObjectName(u"trendMeasure"_s);
    for (auto measure :
         {QualityTrendChart::Measure::Score, QualityTrendChart::Measure::Completeness,
          QualityTrendChart::Measure::Conformance, QualityTrendChart::Measure::Timeliness,
          QualityTrendChart::Measure::Authenticity, QualityTrendChart::Measure::OrderCompliance})
        m_measure->addItem(QualityTrendChart::measureTitle(measure), int(measure));
    m_trendChart->setObjectName(u"trendChart"_s);
    auto *trendTab = new QWidget(this);
    auto *trendLayout = new QVBoxLayout(trendTab);
    auto *trendTop = new QHBoxLayout;
    trendTop->addWidget(new QLabel(tr("Show:"), trendTab));
    trendTop->addWidget(m_measure);
    trendTop->addStretch(1);
    trendLayout->addLayout(trendTop);
    trendLayout->addWidget(m_trendChart, 1);

    m_compare->setObjectName(u"dimensionCompare"_s);
    m_compare->addItem(tr("Every company"));
    m_compare->addItem(tr("Selected company against the region"));
    m_dimensionChart->setObjectName(u"dimensionChart"_s);
    auto *dimensionTab = new QWidget(this);
    auto *dimensionLayout = new QVBoxLayout(dimensionTab);
    auto *dimensionTop = new QHBoxLayout;
    dimensionTop->addWidget(new QLabel(tr("Compare:"), dimensionTab));
    dimensionTop->addWidget(m_compare);
    dimensionTop->addStretch(1);
    dimensionLayout->addLayout(dimensionTop);
    dimensionLayout->addWidget(m_dimensionChart, 1);

    m_violations->setObjectName(u"violationsView"_s);
    m_tabs->setObjectName(u"scoresTabs"_s);
    m_tabs->addTab(trendTab, tr("Trend"));
    m_tabs->addTab(dimensionTab, tr("Dimensions"));
    m_tabs->addTab(m_violations, tr("Violations"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tableBox);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_exportProgress);
    layout->addWidget(m_exportLabel);
    layout->addWidget(splitter, 1);

    // --- behaviour ---
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ScoresPage::updatePeriodControls);
    connect(m_refresh, &QPushButton::clicked, this, &ScoresPage::load);
    connect(m_client, &QualityClient::busyChanged, this, [this](bool busy) {
        if (busy)
            m_loadProgress->start(tr("Loading…"));
        else
            m_loadProgress->finish();
    });
    connect(m_loadProgress, &JobProgress::cancelRequested, this, &ScoresPage::cancelLoad);
    connect(m_client, &QualityClient::scoresReceived, this, &ScoresPage::onScores);
    connect(m_client, &QualityClient::trendReceived, this, [this](const QualityTrend &trend) {
        if (m_requested && trend.year == m_requestedPeriod.year)
            m_trendChart->setTrend(trend);
    });
    connect(m_client, &QualityClient::violationsReceived, this,
            [this](const QualityViolationList &list, std::optional<QualityDimension> dimension) {
                if (list.companyId != m_drillCompany)
                    return;
                const auto company = m_sheet.company(list.companyId);
                m_violations->setList(list, company ? company->displayName() : QString(), dimension);
            });
    connect(m_client, &QualityClient::recordReceived, m_violations, &QualityViolationsView::showRecord);
    connect(m_client, &QualityClient::reviewed, this,
            [this](const QString &, const QualityPeriod &period, const QualityReviewState &state) {
                m_review->setBusy(false);
                if (!m_loaded || period != m_sheet.period)
                    return;
                m_sheet.review = state;
                m_review->setState(state);
            });
    connect(m_client, &QualityClient::failed, this,
            [this](QualityClient::Operation operation, const QString &message) {
                onFailed(int(operation), message);
            });
    connect(m_view, &QTableView::doubleClicked, this, &ScoresPage::onCellActivated);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateCompare();
        updateActions();
    });
    connect(m_violationsButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            onCellActivated(current);
    });
    connect(m_violations, &QualityViolationsView::sampleActivated, m_client, &QualityClient::record);
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        m_trendChart->setMeasure(QualityTrendChart::Measure(m_measure->currentData().toInt()));
    });
    connect(m_compare, &QComboBox::currentIndexChanged, this, &ScoresPage::updateCompare);
    connect(m_review, &QualityReviewPanel::reviewRequested, this,
            [this](QualityReviewState::Status status, const QString &comment) {
                if (!m_loaded)
                    return;
                m_review->setBusy(true);
                const QString region = m_sheet.region.isEmpty() ? m_regionCode : m_sheet.region;
                m_client->review(region, m_sheet.period, status, comment);
            });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { askExportPath(u"pdf"_s); });
    connect(m_csvButton, &QPushButton::clicked, this, [this] { askExportPath(u"csv"_s); });
    connect(m_exportProgress, &JobProgress::cancelRequested, this, &ScoresPage::cancelExport);
    connect(m_writer, &QualityReportWriter::busyChanged, this, [this](bool busy) {
        if (busy) {
            m_exportLabel->hide();
            m_exportProgress->start(tr("Writing the report…"));
        } else {
            m_exportProgress->finish();
        }
        updateActions();
    });
    connect(m_writer, &QualityReportWriter::progress, this, [this](qint64 done, qint64 total) {
        m_exportProgress->setProgress(done, total);
        if (total <= 0)
            return;
        const QLocale locale;
        m_exportProgress->setText(
            m_exportingPdf ? tr("Writing the report: page %1 of %2").arg(done).arg(total)
                           : tr("Writing the report: %1 of %2")
                                 .arg(locale.formattedDataSize(done), locale.formattedDataSize(total)));
    });
    connect(m_writer, &QualityReportWriter::saved, this, [this](const QString &path) {
        m_exportLabel->setText(tr("Report written to %1").arg(QDir::toNativeSeparators(path)));
        m_exportLabel->show();
        Q_EMIT exported(path);
    });
    connect(m_writer, &QualityReportWriter::cancelled, this, [this](const QString &path) {
        m_exportLabel->setText(
            tr("Export cancelled; %1 was not written").arg(QDir::toNativeSeparators(path)));
        m_exportLabel->show();
    });
    connect(m_writer, &QualityReportWriter::failed, this, [this](const QString &message) {
        m_exportLabel->hide();
        m_error->showMessage(message);
        Q_EMIT exportFailed(message);
    });

    setPeriod(QualityPeriod::containing(m_now().toSecsSinceEpoch(), QualityPeriod::Span::Month));
    m_summary->setText(tr("Choose a period and press Show."));
    updateActions();
}

ScoresPage::~ScoresPage() = default;

void ScoresPage::setClock(std::function<QDateTime()> clock)
{
    m_now = std::move(clock);
    if (!m_requested)
        setPeriod(QualityPeriod::containing(m_now().toSecsSinceEpoch(), QualityPeriod::Span::Month));
}

QualityPeriod ScoresPage::period() const
{
    const auto span = QualityPeriod::Span(m_kind->currentData().toInt());
    return span == QualityPeriod::Span::Year
               ? QualityPeriod::ofYear(m_year->value())
               : QualityPeriod::ofMonth(m_year->value(), m_month->currentData().toInt());
}

void ScoresPage::setPeriod(const QualityPeriod &period)
{
    m_kind->setCurrentIndex(m_kind->findData(int(
        period.span == QualityPeriod::Span::Year ? QualityPeriod::Span::Year : QualityPeriod::Span::Month)));
    m_year->setValue(period.year);
    m_month->setCurrentIndex(m_month->findData(period.month));
    updatePeriodControls();
}

void ScoresPage::updatePeriodControls()
{
    m_month->setVisible(QualityPeriod::Span(m_kind->currentData().toInt()) == QualityPeriod::Span::Month);
}

void ScoresPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_requested)
        load(); // the first time the page is opened
}

void ScoresPage::load()
{
    m_requested = true;
    m_requestedPeriod = period();
    m_error->clear();
    m_summary->setText(tr("Loading the scores of %1…").arg(m_requestedPeriod.key()));
    // The region parameter stays empty: the platform answers for the account's own scope.
    m_client->scores(m_requestedPeriod);
    m_client->trend(m_requestedPeriod.year);
}

void ScoresPage::clear()
{
    m_client->cancel();
    m_sheet = {};
    m_loaded = false;
    m_requested = false;
    m_drillCompany.clear();
    m_model->clear();
    m_trendChart->clear();
    m_dimensionChart->clear();
    m_violations->clear();
    m_review->clear();
    m_error->clear();
    m_exportLabel->hide();
    m_summary->setText(tr("Choose a period and press Show."));
    updateActions();
}

void ScoresPage::cancelLoad()
{
    if (!m_client->isBusy())
        return;
    // The reads only: a review being saved goes on (the platform may have stored it already).
    m_client->cancelReads(); // busyChanged(false) hides the row, unless a review is on its way
    if (m_client->isBusy()) {
        m_loadProgress->setText(tr("Saving the review…"));
        m_loadProgress->cancelButton()->setEnabled(false);
    }
    if (!m_loaded || m_sheet.period != m_requestedPeriod) {
        // The scores asked for will not be shown: ask again with Show.
        m_requestedPeriod = {};
        m_summary->setText(tr("Loading cancelled; press Show to ask again."));
    }
    updateActions();
}

void ScoresPage::cancelExport()
{
    m_writer->cancel();
}

QPushButton *ScoresPage::cancelExportButton() const
{
    return m_exportProgress->cancelButton();
}

void ScoresPage::onScores(const QualityScoreSheet &sheet)
{
    if (!m_requested || sheet.period != m_requestedPeriod)
        return; // an answer for a period no longer asked for
    m_sheet = sheet;
    m_loaded = true;
    m_model->setSheet(sheet);
    m_dimensionChart->setSheet(sheet);
    m_review->setState(sheet.review);
    if (!sheet.region.isEmpty())
        m_regionLabel->setText(tr("Region: %1").arg(sheet.region));
    const QString span = sheet.period.span == QualityPeriod::Span::Year
                             ? tr("year %1").arg(sheet.period.key())
                             : tr("month %1").arg(sheet.period.key());
    m_summary->setText(
        sheet.companies.isEmpty()
            ? tr("No company in the region sent data in %1.").arg(span)
            : tr("%n company(ies) ranked for %1; model %2.", "", int(sheet.companies.size()))
                  .arg(span, sheet.modelVersion.isEmpty() ? tr("not given") : sheet.modelVersion));
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(QualityScoreModel::CompanyColumn, QHeaderView::Stretch);
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_proxy->index(0, QualityScoreModel::CompanyColumn));
    updateCompare();
    updateActions();
}

void ScoresPage::onFailed(int operation, const QString &message)
{
    switch (QualityClient::Operation(operation)) {
    case QualityClient::Operation::Scores:
        m_summary->setText(tr("No scores shown."));
        break;
    case QualityClient::Operation::Violations:
        m_violations->showLoading(message);
        break;
    case QualityClient::Operation::Record:
        m_violations->showRecordProblem(message);
        break;
    case QualityClient::Operation::Review:
        m_review->setBusy(false);
        break;
    case QualityClient::Operation::Trend:
        break;
    }
    m_error->showMessage(message);
}

void ScoresPage::onCellActivated(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    if (!index.isValid())
        return;
    std::optional<QualityDimension> dimension = QualityScoreModel::dimensionOf(index.column());
    // Order compliance is an authenticity rule (authenticity.orderPermits).
    if (index.column() == QualityScoreModel::OrderComplianceColumn)
        dimension = QualityDimension::Authenticity;
    showViolations(m_model->companyAt(index.row()).companyId, dimension);
}

void ScoresPage::showViolations(const QString &companyId, std::optional<QualityDimension> dimension)
{
    if (!m_loaded)
        return;
    m_drillCompany = companyId;
    const auto company = m_sheet.company(companyId);
    const QString who = company ? company->displayName() : companyId;
    m_violations->showLoading(dimension
                                  ? tr("Loading the violations of %1 in %2 on %3…")
                                        .arg(who, m_sheet.period.key(), QualityDimensions::title(*dimension))
                                  : tr("Loading the violations of %1 in %2…").arg(who, m_sheet.period.key()));
    m_tabs->setCurrentWidget(m_violations);
    m_client->violations(companyId, m_sheet.period, dimension);
}

QString ScoresPage::selectedCompany() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    return current.isValid() ? m_model->companyAt(current.row()).companyId : QString();
}

void ScoresPage::updateCompare()
{
    m_dimensionChart->setCompany(m_compare->currentIndex() == 1 ? selectedCompany() : QString());
}

void ScoresPage::updateActions()
{
    const bool exportable = m_loaded && !m_writer->isBusy();
    m_pdfButton->setEnabled(exportable);
    m_csvButton->setEnabled(exportable);
    m_violationsButton->setEnabled(m_loaded && m_view->currentIndex().isValid());
}

QualityReport ScoresPage::report() const
{
    QualityReport r;
    r.sheet = m_sheet;
    r.preparedBy = m_preparedBy;
    r.preparedAt = m_now();
    r.trendImage = TrendImage;
    r.trendCaption = m_trendChart->chart()->title();
    r.dimensionImage = DimensionImage;
    r.dimensionCaption = m_dimensionChart->chart()->title();
    return r;
}

bool ScoresPage::exportPdf(const QString &path)
{
    if (!m_loaded || m_writer->isBusy())
        return false;
    m_error->clear();
    const QualityReport r = report();
    // Charts are scenes: rendered here, on the GUI thread; the worker gets plain images.
    QMap<QString, QImage> images;
    images.insert(TrendImage, trendImage());
    images.insert(DimensionImage, dimensionImage());
    m_exportingPdf = true;
    return m_writer->savePdf(r.toHtml(), images, path, r.title());
}

QImage ScoresPage::trendImage() const
{
    // A copy at a page's proportions, whatever the size of the one on screen: its labels stay legible when
    // the PDF scales it to the text width.
    QualityTrendChart chart;
    chart.setTrend(m_trendChart->trend());
    chart.setMeasure(m_trendChart->measure());
    chart.resize(ChartImageSize);
    return chart.grab().toImage();
}

QImage ScoresPage::dimensionImage() const
{
    QualityDimensionChart chart;
    chart.setSheet(m_sheet);
    chart.setCompany(m_dimensionChart->company());
    chart.resize(ChartImageSize);
    return chart.grab().toImage();
}

bool ScoresPage::exportCsv(const QString &path)
{
    if (!m_loaded || m_writer->isBusy())
        return false;
    m_error->clear();
    m_exportingPdf = false;
    return m_writer->saveCsv(report().toCsv(), path);
}

void ScoresPage::askExportPath(const QString &suffix)
{
    if (!m_loaded)
        return;
    QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (directory.isEmpty())
        directory = QDir::homePath();
    const bool pdf = suffix == u"pdf"_s;
    auto *dialog =
        new QFileDialog(this, pdf ? tr("Export the quality report") : tr("Export the ranking as CSV"),
                        QDir(directory).filePath(report().suggestedFileName(suffix)),
                        pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, pdf](const QString &path) {
        if (pdf)
            exportPdf(path);
        else
            exportCsv(path);
    });
    dialog->open();
}

} // namespace rw
