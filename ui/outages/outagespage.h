#pragma once

#include "client/outageclient.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace rw {

class InlineMessage;
class JobProgress;
class OutageDetailView;
class OutageListModel;
class OutageTimelineChart;
class QualityReportWriter;
struct OutageReport;

/**
 * \brief The Outages page (issue 7; seed 000 Art. 11–12, DESIGN §7) for the city officer and the provincial
 * supervisor: filter by company, CST month and open only; the outages as a sortable list; a timeline per
 * company of the detected gaps beside the windows the notices announced; the detail of the selected outage
 * (the gap, its back-fill, flags, the notice trail); the month's outage report as PDF or CSV, written off the
 * GUI thread and cancellable.
 *
 * Loads when first shown. Everything it shows comes through OutageClient; it builds no request itself.
 */
class OutagesPage : public QWidget
{
    Q_OBJECT

public:
    /** \a client must outlive the page; \a regionCode names the report's region. */
    OutagesPage(OutageClient *client, const QString &regionCode, QWidget *parent = nullptr);
    ~OutagesPage() override;

    /** "Now" for the initial month and the report's date (tests: the platform's ManualClock). */
    void setClock(std::function<QDateTime()> clock);
    void setPreparedBy(const QString &userName) { m_preparedBy = userName; }

    void setMonth(int year, int month);
    int year() const;
    int month() const;
    /** Selects \a companyId in the filter (adds it if unknown); empty: all companies. */
    void setCompany(const QString &companyId);
    QString company() const;
    void setOpenOnly(bool openOnly);

    bool isLoaded() const { return m_outagesLoaded && m_noticesLoaded; }
    OutageListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    OutageTimelineChart *timeline() const { return m_timeline; }
    OutageDetailView *detail() const { return m_detail; }
    QualityReportWriter *writer() const { return m_writer; }
    QString errorText() const;

    OutageReport report() const;
    /** Writes the month's report; false (nothing done) when nothing is loaded or a write runs. */
    bool exportPdf(const QString &path);
    bool exportCsv(const QString &path);
    void cancelExport();
    /** The export's progress row: pages (PDF) or bytes (CSV) written, its Cancel (Esc). */
    JobProgress *exportProgress() const { return m_exportProgress; }
    /** Shown while the platform is asked (the list, the notices, an outage), with Cancel (Esc). */
    JobProgress *loadProgress() const { return m_loadProgress; }

public Q_SLOTS:
    /** Asks the platform for the filter's outages and the notices around the month. */
    void load();
    /** Selects outage \a id in the list (if shown) and loads its detail. */
    void showOutage(qint64 id);
    void clear();
    /** Drops every request on its way: their answers, should they come, are ignored. */
    void cancelLoad();

Q_SIGNALS:
    void loaded();
    void exported(const QString &path);
    void exportFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onFailed(OutageClient::Operation operation, const QString &message);
    void onOutages(const QList<OutageRecord> &outages);
    void onNotices(const QList<NoticeRecord> &notices);
    void onSelection();
    void addCompany(const QString &id, const QString &name);
    void updateActions();
    void askExportPath(const QString &suffix);
    QImage timelineImage() const;

    OutageClient *m_client;
    QString m_regionCode;
    QString m_preparedBy;
    std::function<QDateTime()> m_now;
    QComboBox *m_company;
    QDateEdit *m_month;
    QCheckBox *m_openOnly;
    QPushButton *m_load;
    InlineMessage *m_error;
    QLabel *m_status;
    OutageListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    OutageTimelineChart *m_timeline;
    OutageDetailView *m_detail;
    QPushButton *m_pdfButton;
    QPushButton *m_csvButton;
    JobProgress *m_exportProgress;
    JobProgress *m_loadProgress;
    bool m_exportingPdf = false;
    QualityReportWriter *m_writer;
    QList<NoticeRecord> m_notices;
    bool m_outagesLoaded = false;
    bool m_noticesLoaded = false;
    bool m_requested = false;
    bool m_companiesAsked = false;
    qint64 m_pendingDetail = 0;
};

} // namespace rw
