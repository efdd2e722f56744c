#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QMap>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace rw {

/**
 * \brief Writes a quality report (QualityReport) as a PDF or a CSV file off the GUI thread.
 *
 * PDF: QTextDocument lays out the report's HTML with a CJK-capable font (Noto Sans CJK SC, fontconfig
 * falling back to whatever has the glyphs) on A4 pages of a QPdfWriter; the charts come in as images
 * rendered on the GUI thread (a QChart is a QGraphicsScene and must not be painted elsewhere) and are added
 * to the document as resources under the names the HTML uses. As InspectionPrinter does: QtConcurrent,
 * QSaveFile (a failed or cancelled write leaves no half file behind), one job at a time.
 *
 * The PDF is printed page by page (as QTextDocument::print() does it: 2 cm margins, page numbers) and the
 * CSV written in blocks, so that progress() can tell how far a job is and cancel() is heeded between two
 * pages or blocks (only the layout itself, a few hundred ms for a large region, runs to its end); the job
 * then ends with cancelled() and the half-written file is dropped.
 */
class QualityReportWriter : public QObject
{
    Q_OBJECT

public:
    explicit QualityReportWriter(QObject *parent = nullptr);
    ~QualityReportWriter() override;

    bool isBusy() const { return m_watcher.isRunning(); }
    /**
     * What the errors call the document, e.g. tr("The outage report"); empty (the default): the quality
     * report. Lets the other reports (OutagesPage) use this writer.
     */
    void setDocumentName(const QString &name) { m_documentName = name; }
    QString documentName() const { return m_documentName; }

    /** False (nothing done) while another job runs. */
    bool savePdf(const QString &html, const QMap<QString, QImage> &images, const QString &path,
                 const QString &title);
    bool saveCsv(const QByteArray &csv, const QString &path);
    void cancel();

    /** Told (from the worker's thread) how far a job is: \a done of \a total pages or bytes. */
    using Progress = std::function<void(qint64 done, qint64 total)>;

    /** The same as savePdf(), in the calling thread: the error, or empty. */
    static QString writePdf(const QString &html, const QMap<QString, QImage> &images, const QString &path,
                            const QString &title, const std::atomic_bool *cancelled = nullptr,
                            const QString &documentName = {}, const Progress &progress = {});
    /** Fills \a document with \a html, its images and the CJK-capable default font, as the PDF has it. */
    static void prepare(QTextDocument &document, const QString &html, const QMap<QString, QImage> &images,
                        const QString &title);
    static QString writeFile(const QByteArray &bytes, const QString &path,
                             const std::atomic_bool *cancelled = nullptr, const QString &documentName = {},
                             const Progress &progress = {});
    /**
     * Prints \a document on \a device one page at a time, as QTextDocument::print() does (2 cm margins, page
     * numbers): false when \a cancelled was set between two pages (the pages so far are on the device).
     */
    static bool printPages(QTextDocument &document, QPagedPaintDevice &device,
                           const std::atomic_bool *cancelled = nullptr, const Progress &progress = {});
    /** What writePdf() and writeFile() return for a job that was cancelled. */
    static bool isCancelled(const QString &result);

Q_SIGNALS:
    void busyChanged(bool busy);
    /** \a done of \a total pages (PDF) or bytes (CSV) of the job on its way; \a total 0: not known yet. */
    void progress(qint64 done, qint64 total);
    void saved(const QString &path);
    void failed(const QString &message);
    void cancelled(const QString &path);

private:
    void start(const std::function<QString(const std::atomic_bool *, const Progress &)> &job,
               const QString &path);

    QFutureWatcher<QString> m_watcher;
    QString m_path;
    QString m_documentName;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_job = 0; //!< progress of an earlier job arriving late is dropped
    // Until finished() is handled: the job's last progress is posted before it, but after the future ends.
    bool m_reporting = false;
};

} // namespace rw
