#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QMap>
#include <QObject>

#include <atomic>
#include <memory>

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
 * cancel() stops a job before it commits its file (the layout itself, a few hundred ms for a large
 * region, runs to its end); the job then ends with cancelled().
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

    /** The same as savePdf(), in the calling thread: the error, or empty. */
    static QString writePdf(const QString &html, const QMap<QString, QImage> &images, const QString &path,
                            const QString &title, const std::atomic_bool *cancelled = nullptr,
                            const QString &documentName = {});
    /** Fills \a document with \a html, its images and the CJK-capable default font, as the PDF has it. */
    static void prepare(QTextDocument &document, const QString &html, const QMap<QString, QImage> &images,
                        const QString &title);
    static QString writeFile(const QByteArray &bytes, const QString &path,
                             const std::atomic_bool *cancelled = nullptr, const QString &documentName = {});

Q_SIGNALS:
    void busyChanged(bool busy);
    void saved(const QString &path);
    void failed(const QString &message);
    void cancelled(const QString &path);

private:
    void start(const std::function<QString(const std::atomic_bool *)> &job, const QString &path);

    QFutureWatcher<QString> m_watcher;
    QString m_path;
    QString m_documentName;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace rw
