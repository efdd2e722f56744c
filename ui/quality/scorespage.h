#pragma once

#include "quality/qualityperiod.h"
#include "quality/qualityreport.h"
#include "quality/qualityscoresheet.h"

#include <QDateTime>
#include <QImage>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace rw {

class InlineMessage;
class JobProgress;
class QualityClient;
class QualityDimensionChart;
class QualityReportWriter;
class QualityReviewPanel;
class QualityScoreModel;
class QualityTrendChart;
class QualityViolationsView;

/**
 * \brief The Scores page (issue 6) of the provincial supervisor and the city officer: the data-quality
 * evaluation of the companies in the account's region (seed 000 Art. 16–18; DESIGN §6).
 *
 * - A period chooser: a CST calendar month or year (Art. 17); the region is the account's scope.
 * - The ranking (QualityScoreModel, sortable on the real values): rank, company, records, the four rates,
 *   the score, the order compliance (订单合规率).
 * - A trend chart (QualityTrendChart: the score or a chosen measure per company over the year's months) and a
 *   dimension chart (QualityDimensionChart: the four rates per company, or the selected company against the
 *   region's average).
 * - Drill-down: double-clicking a cell (or "Show violations") lists the rules that company's records broke
 *   in the period on that cell's dimension (QualityViolationsView), and double-clicking a sample shows its
 *   raw record with the failed rules and masked fields.
 * - The review (QualityReviewPanel): status and comment; "Mark reviewed" and "Publish" for an account that
 *   may publish (publishQualityReports).
 * - Export: "Export PDF…" (the table and both charts, written off the GUI thread) and "Export CSV…".
 *
 * Every request goes through QualityClient; nothing here blocks on I/O.
 *
 * Wiring (MainWindow): `new ScoresPage(qualityClient, session.regionCode, canPublish, parent)`;
 * setPreparedBy(session.userName); load() when shown for the first time.
 */
class ScoresPage : public QWidget
{
    Q_OBJECT

public:
    /** \a client must outlive the page; \a regionCode: the account's scope, shown; \a canPublish: the
     *  account holds publishQualityReports. */
    ScoresPage(QualityClient *client, const QString &regionCode, bool canPublish, QWidget *parent = nullptr);
    ~ScoresPage() override;

    /** The current time (UTC) for the default period; default: the system clock. */
    void setClock(std::function<QDateTime()> clock);
    /** The account's user name, printed on the report. */
    void setPreparedBy(const QString &userName) { m_preparedBy = userName; }

    QualityPeriod period() const;
    void setPeriod(const QualityPeriod &period);
    bool hasScores() const { return m_loaded; }
    const QualityScoreSheet &sheet() const { return m_sheet; }
    /** The report as "Export PDF…" would write it now (chart images named, not rendered). */
    QualityReport report() const;

    QComboBox *kindBox() const { return m_kind; }
    QSpinBox *yearBox() const { return m_year; }
    QComboBox *monthBox() const { return m_month; }
    QPushButton *refreshButton() const { return m_refresh; }
    QLabel *regionLabel() const { return m_regionLabel; }
    QLabel *summaryLabel() const { return m_summary; }
    InlineMessage *errorMessage() const { return m_error; }
    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QualityScoreModel *model() const { return m_model; }
    QTabWidget *chartTabs() const { return m_tabs; }
    QComboBox *measureBox() const { return m_measure; }
    QComboBox *compareBox() const { return m_compare; }
    QualityTrendChart *trendChart() const { return m_trendChart; }
    QualityDimensionChart *dimensionChart() const { return m_dimensionChart; }
    QualityViolationsView *violationsView() const { return m_violations; }
    QualityReviewPanel *reviewPanel() const { return m_review; }
    QPushButton *violationsButton() const { return m_violationsButton; }
    QPushButton *pdfButton() const { return m_pdfButton; }
    QPushButton *csvButton() const { return m_csvButton; }
    QPushButton *cancelExportButton() const;
    /** The export's progress row: pages (PDF) or bytes (CSV) written, its Cancel (Esc). */
    JobProgress *exportProgress() const { return m_exportProgress; }
    /** Shown while the platform is asked (scores, trend, violations, a record, a review), with Cancel (Esc).
     */
    JobProgress *loadProgress() const { return m_loadProgress; }
    QLabel *exportLabel() const { return m_exportLabel; }
    QualityReportWriter *writer() const { return m_writer; }

    /** The charts as the report shows them: rendered here, on the GUI thread (a chart is a scene). */
    QImage trendImage() const;
    QImage dimensionImage() const;

    /** Writes the report as a PDF to \a path off the GUI thread: exported() or exportFailed(). */
    bool exportPdf(const QString &path);
    /** Writes the ranking as CSV to \a path off the GUI thread. */
    bool exportCsv(const QString &path);

public Q_SLOTS:
    /** Asks for the chosen period's scores and its year's trend. */
    void load();
    /** Lists the rules \a companyId broke in the period, on \a dimension (all when none). */
    void showViolations(const QString &companyId, std::optional<rw::QualityDimension> dimension);
    /** Forgets what is shown (sign-out). */
    void clear();
    /** Drops every request on its way: their answers, should they come, are ignored. */
    void cancelLoad();
    /** Stops the export on its way: no file is written. */
    void cancelExport();

Q_SIGNALS:
    void exported(const QString &path);
    void exportFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onScores(const QualityScoreSheet &sheet);
    void onFailed(int operation, const QString &message);
    void onCellActivated(const QModelIndex &proxyIndex);
    void updatePeriodControls();
    void updateActions();
    void updateCompare();
    QString selectedCompany() const;
    void askExportPath(const QString &suffix);

    QualityClient *m_client;
    QString m_regionCode;
    bool m_canPublish;
    std::function<QDateTime()> m_now;
    QString m_preparedBy;
    QualityScoreSheet m_sheet;
    bool m_loaded = false;
    bool m_requested = false; //!< load() has run once
    QualityPeriod m_requestedPeriod;
    QString m_drillCompany;

    QComboBox *m_kind;
    QSpinBox *m_year;
    QComboBox *m_month;
    QPushButton *m_refresh;
    QLabel *m_regionLabel;
    JobProgress *m_loadProgress;
    InlineMessage *m_error;
    QLabel *m_summary;
    QualityScoreModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QPushButton *m_violationsButton;
    QualityReviewPanel *m_review;
    QTabWidget *m_tabs;
    QComboBox *m_measure;
    QualityTrendChart *m_trendChart;
    QComboBox *m_compare;
    QualityDimensionChart *m_dimensionChart;
    QualityViolationsView *m_violations;
    QPushButton *m_pdfButton;
    QPushButton *m_csvButton;
    JobProgress *m_exportProgress;
    bool m_exportingPdf = false;
    QLabel *m_exportLabel;
    QualityReportWriter *m_writer;
};

} // namespace rw
