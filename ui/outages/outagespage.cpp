#include "outagespage.h"

#include "outagedetailview.h"
#include "outagetimelinechart.h"

#include "itemmodels/outagelistmodel.h"
#include "outages/outagereport.h"
#include "quality/qualityreportwriter.h"
#include "session/inlinemessage.h"
#include "session/jobprogress.h"

#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

const QString TimelineImage = u"outage-timeline.png"_s;
const QSize ChartImageSize(1100, 520);
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr int ChinaOffsetSeconds = 8 * 3600;

/** Sorts on SortRole; open outages bold. */
class OutageProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::FontRole && QSortFilterProxyModel::data(index, OutageListModel::OpenRole).toBool()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ForegroundRole && index.column() == OutageListModel::FlagsColumn)
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

OutagesPage::OutagesPage(OutageClient *client, const QString &regionCode, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_regionCode(regionCode)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_company(new QComboBox(this))
    , m_month(new QDateEdit(this))
    , m_openOnly(new QCheckBox(tr("Open only"), this))
    , m_load(new QPushButton(tr("Show"), this))
    , m_error(new InlineMessage(this))
    , m_status(new QLabel(this))
    , m_model(new OutageListModel(this))
    , m_proxy(new OutageProxy(this))
    , m_view(new QTableView(this))
    , m_timeline(new OutageTimelineChart(this))
    , m_detail(new OutageDetailView(this))
    , m_pdfButton(new QPushButton(tr("Export PDF…"), this))
    , m_csvButton(new QPushButton(tr("Export CSV…"), this))
    , m_exportProgress(new JobProgress(tr("Cancel export"), this))
    , m_loadProgress(new JobProgress(tr("Cancel"), this))
    , m_writer(new QualityReportWriter(this))
{
    m_writer->setDocumentName(tr("The outage report"));
    auto *layout = new QVBoxLayout(this);
    auto *filter = new QHBoxLayout;
    m_company->setObjectName(u"companyFilter"_s);
    m_company->addItem(tr("All companies"), QString());
    m_company->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_month->setObjectName(u"monthFilter"_s);
    m_month->setDisplayFormat(u"yyyy-MM"_s);
    m_month->setCalendarPopup(true);
    m_openOnly->setObjectName(u"openOnly"_s);
    m_load->setObjectName(u"loadOutages"_s);
    filter->addWidget(new QLabel(tr("Company:"), this));
    filter->addWidget(m_company);
    filter->addWidget(new QLabel(tr("Month (CST):"), this));
    filter->addWidget(m_month);
    filter->addWidget(m_openOnly);
    filter->addWidget(m_load);
    filter->addStretch(1);
    m_pdfButton->setObjectName(u"exportPdf"_s);
    m_csvButton->setObjectName(u"exportCsv"_s);
    m_exportProgress->setObjectName(u"exportProgress"_s);
    m_exportProgress->cancelButton()->setObjectName(u"cancelExport"_s);
    m_loadProgress->setObjectName(u"loadProgress"_s);
    m_loadProgress->cancelButton()->setObjectName(u"cancelLoad"_s);
    filter->addWidget(m_loadProgress);
    filter->addWidget(m_pdfButton);
    filter->addWidget(m_csvButton);
    layout->addLayout(filter);
    layout->addWidget(m_error);
    layout->addWidget(m_exportProgress);
    m_status->setObjectName(u"outagesStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(OutageListModel::SortRole);
    m_view->setObjectName(u"outageList"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(OutageListModel::StartColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_timeline->setObjectName(u"outageTimeline"_s);
    m_timeline->setMinimumHeight(300);
    m_detail->setObjectName(u"outageDetail"_s);

    // The list beside the selected outage's detail; the timeline below across the whole width, so a month's
    // days stay apart.
    auto *vertical = new QSplitter(Qt::Vertical, this);
    auto *top = new QSplitter(Qt::Horizontal, vertical);
    top->addWidget(m_view);
    top->addWidget(m_detail);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    vertical->addWidget(top);
    vertical->addWidget(m_timeline);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    layout->addWidget(vertical, 1);

    const QDate today = m_now().toOffsetFromUtc(ChinaOffsetSeconds).date();
    setMonth(today.year(), today.month());

    connect(m_load, &QPushButton::clicked, this, &OutagesPage::load);
    connect(m_client, &OutageClient::outagesReceived, this, &OutagesPage::onOutages);
    connect(m_client, &OutageClient::noticesReceived, this, &OutagesPage::onNotices);
    connect(m_client, &OutageClient::outageReceived, this, [this](const OutageRecord &o) {
        if (o.id == m_pendingDetail)
            m_detail->setOutage(o);
    });
    connect(m_client, &OutageClient::boardReceived, this, [this](const StatusBoard &board) {
        for (const StatusBoard::Company &c : board.companies)
            addCompany(c.companyId, c.displayName());
    });
    connect(m_client, &OutageClient::failed, this, &OutagesPage::onFailed);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OutagesPage::onSelection);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { askExportPath(u"pdf"_s); });
    connect(m_csvButton, &QPushButton::clicked, this, [this] { askExportPath(u"csv"_s); });
    connect(m_client, &OutageClient::busyChanged, this, [this](bool busy) {
        if (busy)
            m_loadProgress->start(tr("Loading…"));
        else
            m_loadProgress->finish();
    });
    connect(m_loadProgress, &JobProgress::cancelRequested, this, &OutagesPage::cancelLoad);
    connect(m_exportProgress, &JobProgress::cancelRequested, this, &OutagesPage::cancelExport);
    connect(m_writer, &QualityReportWriter::busyChanged, this, [this](bool busy) {
        if (busy)
            m_exportProgress->start(tr("Writing the outage report…"));
        else
            m_exportProgress->finish();
        updateActions();
    });
    connect(m_writer, &QualityReportWriter::progress, this, [this](qint64 done, qint64 total) {
        m_exportProgress->setProgress(done, total);
        if (total <= 0)
            return;
        const QLocale locale;
        m_exportProgress->setText(
            m_exportingPdf ? tr("Writing the outage report: page %1 of %2").arg(done).arg(total)
                           : tr("Writing the outage report: %1 of %2")
                                 .arg(locale.formattedDataSize(done), locale.formattedDataSize(total)));
    });
    connect(m_writer, &QualityReportWriter::saved, this, [this](const QString &path) {
        m_status->setText(tr("Saved the outage report to %1.").arg(QDir::toNativeSeparators(path)));
        Q_EMIT exported(path);
    });
    connect(m_writer, &QualityReportWriter::cancelled, this, [this](const QString &path) {
        m_status->setText(
            tr("Export to %1 cancelled; nothing was written.").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_writer, &QualityReportWriter::failed, this, [this](const QString &message) {
        m_status->clear();
        m_error->showMessage(message);
        Q_EMIT exportFailed(message);
    });
    updateActions();
}

OutagesPage::~OutagesPage() = default;

void OutagesPage::setClock(std::function<QDateTime()> clock)
{
    m_now = std::move(clock);
    const QDate today = m_now().toOffsetFromUtc(ChinaOffsetSeconds).date();
    setMonth(today.year(), today.month());
}

void OutagesPage::setMonth(int year, int month)
{
    m_month->setDate(QDate(year, month, 1));
}

int OutagesPage::year() const
{
    return m_month->date().year();
}

int OutagesPage::month() const
{
    return m_month->date().month();
}

void OutagesPage::addCompany(const QString &id, const QString &name)
{
    if (id.isEmpty() || m_company->findData(id) >= 0)
        return;
    m_company->addItem(name == id ? id : tr("%1 (%2)").arg(name, id), id);
}

void OutagesPage::setCompany(const QString &companyId)
{
    addCompany(companyId, companyId);
    m_company->setCurrentIndex(std::max(0, m_company->findData(companyId)));
}

QString OutagesPage::company() const
{
    return m_company->currentData().toString();
}

void OutagesPage::setOpenOnly(bool openOnly)
{
    m_openOnly->setChecked(openOnly);
}

QString OutagesPage::errorText() const
{
    return m_error->text();
}

void OutagesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_companiesAsked) {
        m_companiesAsked = true;
        m_client->board(); // the companies in scope, for the filter
    }
    if (!m_requested)
        load();
}

void OutagesPage::load()
{
    m_requested = true;
    m_error->clear();
    m_outagesLoaded = false;
    m_noticesLoaded = false;
    const auto [from, to] = OutageReport::monthRange(year(), month());
    OutageClient::Filter filter;
    filter.company = company();
    filter.fromMs = from;
    filter.toMs = to;
    filter.openOnly = m_openOnly->isChecked();
    filter.limit = 5000;
    m_client->outages(filter);
    // Planned stops come at least 72 h ahead (Art. 11); a month before covers their receipt.
    m_client->notices(company(), from - 31 * kDayMs, to);
    m_status->setText(tr("Loading the outages of %1…").arg(m_month->date().toString(u"yyyy-MM"_s)));
    m_timeline->setMonth(year(), month(), m_now().toMSecsSinceEpoch());
    updateActions();
}

void OutagesPage::clear()
{
    m_client->cancel();
    m_model->clear();
    m_notices.clear();
    m_timeline->clear();
    m_detail->clear();
    m_outagesLoaded = m_noticesLoaded = false;
    m_requested = false;
    m_status->clear();
    m_error->clear();
    updateActions();
}

void OutagesPage::cancelLoad()
{
    if (!m_client->isBusy())
        return;
    m_client->cancel(); // busyChanged(false) hides the row
    if (!isLoaded())
        m_status->setText(tr("Loading cancelled; press Show to ask again."));
    updateActions();
}

void OutagesPage::onOutages(const QList<OutageRecord> &outages)
{
    m_outagesLoaded = true;
    for (const OutageRecord &o : outages)
        addCompany(o.companyId, o.displayCompany());
    const qint64 selected = m_detail->hasOutage() ? m_detail->outage().id : 0;
    m_model->setOutages(outages);
    int open = 0, flagged = 0;
    for (const OutageRecord &o : outages) {
        open += o.isOpen() ? 1 : 0;
        flagged += o.flags ? 1 : 0;
    }
    m_status->setText(
        tr("%n outage(s) in %1", "", int(outages.size())).arg(m_month->date().toString(u"yyyy-MM"_s)) +
        tr("; %1 still open, %2 flagged").arg(open).arg(flagged));
    if (m_noticesLoaded)
        m_timeline->setData(outages, m_notices);
    m_view->resizeColumnsToContents();
    if (selected > 0 && m_model->rowOf(selected) >= 0)
        showOutage(selected);
    else if (!m_pendingDetail || m_model->rowOf(m_pendingDetail) < 0)
        m_detail->clear();
    if (isLoaded())
        Q_EMIT loaded();
    updateActions();
}

void OutagesPage::onNotices(const QList<NoticeRecord> &notices)
{
    m_noticesLoaded = true;
    m_notices = notices;
    if (m_outagesLoaded)
        m_timeline->setData(m_model->outages(), m_notices);
    if (isLoaded())
        Q_EMIT loaded();
    updateActions();
}

void OutagesPage::onFailed(OutageClient::Operation operation, const QString &message)
{
    if (operation == OutageClient::Operation::Board)
        return; // only the filter's company names: the list works without them
    if (operation == OutageClient::Operation::Outage)
        m_detail->showMessage(message);
    m_status->clear();
    m_error->showMessage(message);
}

void OutagesPage::onSelection()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_proxy->data(current, OutageListModel::OutageIdRole).toLongLong();
    if (id == m_pendingDetail && m_detail->hasOutage() && m_detail->outage().id == id)
        return;
    m_pendingDetail = id;
    // The list's copy at once; the detail with the notice trail follows.
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_detail->setOutage(m_model->outageAt(row));
    m_client->outage(id);
}

void OutagesPage::showOutage(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
    m_pendingDetail = id;
    m_client->outage(id);
}

void OutagesPage::updateActions()
{
    const bool exportable = isLoaded() && !m_writer->isBusy();
    m_pdfButton->setEnabled(exportable);
    m_csvButton->setEnabled(exportable);
}

OutageReport OutagesPage::report() const
{
    OutageReport r;
    r.year = year();
    r.month = month();
    r.region = m_regionCode;
    r.company = company();
    r.outages = m_model->outages();
    r.preparedBy = m_preparedBy;
    r.preparedAt = m_now();
    r.timelineImage = TimelineImage;
    r.timelineCaption =
        tr("%1. Red: detected gaps; blue: planned stops announced (Art. 11); orange: incidents "
           "notified (Art. 12). Short gaps are drawn at least 1/300 of the month wide.")
            .arg(m_timeline->chart()->title());
    return r;
}

QImage OutagesPage::timelineImage() const
{
    // A copy at a page's proportions: its labels stay legible when the PDF scales it to the text width.
    OutageTimelineChart chart;
    chart.setMonth(year(), month(), m_now().toMSecsSinceEpoch());
    chart.setData(m_timeline->outages(), m_timeline->notices());
    chart.resize(ChartImageSize);
    return chart.grab().toImage();
}

bool OutagesPage::exportPdf(const QString &path)
{
    if (!isLoaded() || m_writer->isBusy())
        return false;
    m_error->clear();
    const OutageReport r = report();
    // Charts are scenes: rendered here, on the GUI thread; the worker gets a plain image.
    QMap<QString, QImage> images;
    images.insert(TimelineImage, timelineImage());
    m_exportingPdf = true;
    return m_writer->savePdf(r.toHtml(), images, path, r.title());
}

bool OutagesPage::exportCsv(const QString &path)
{
    if (!isLoaded() || m_writer->isBusy())
        return false;
    m_error->clear();
    m_exportingPdf = false;
    return m_writer->saveCsv(report().toCsv(), path);
}

void OutagesPage::cancelExport()
{
    m_writer->cancel();
}

void OutagesPage::askExportPath(const QString &suffix)
{
    if (!isLoaded())
        return;
    QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (directory.isEmpty())
        directory = QDir::homePath();
    const bool pdf = suffix == u"pdf"_s;
    auto *dialog =
        new QFileDialog(this, pdf ? tr("Export the outage report") : tr("Export the outages as CSV"),
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
