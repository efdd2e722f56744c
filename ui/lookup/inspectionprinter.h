#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPrinter;

namespace rw {

/**
 * \brief Lays an inspection record (InspectionRecord::toHtml()) out with QTextDocument and writes it as a
 * PDF (QPdfWriter, A4) or sends it to a printer (QPrinter from QPrintDialog) — off the GUI thread.
 *
 * A record is one to three pages of text, but laying out CJK text and embedding its font subset takes
 * tens to a few hundred milliseconds, and a file on a slow or network disk can take longer: so the work
 * runs on the global thread pool (QtConcurrent) and the answer comes back as saved() or failed(). Painting
 * text onto a QPdfWriter or QPrinter from another thread is supported by Qt (fontconfig is the font
 * backend on Debian); the QTextDocument is made in the worker, and no pixmap is involved.
 *
 * The PDF goes through QSaveFile: a failed write leaves no half file behind. One job at a time; the
 * destructor waits for a job on its way (bounded: one record). cancel() is heeded between two pages of a
 * PDF (printed as QualityReportWriter::printPages() does), which is then not written; a print job only
 * before it begins (QTextDocument::print() keeps the print dialog's page range and copies). The job then
 * ends with cancelled().
 */
class InspectionPrinter : public QObject
{
    Q_OBJECT

public:
    explicit InspectionPrinter(QObject *parent = nullptr);
    ~InspectionPrinter() override;

    bool isBusy() const { return m_watcher.isRunning(); }

    /** Writes \a html as a PDF to \a path; false (and nothing done) while another job runs. */
    bool savePdf(const QString &html, const QString &path, const QString &title);
    /** Prints \a html on \a printer (taken over); false while another job runs. */
    bool print(const QString &html, std::unique_ptr<QPrinter> printer, const QString &title);
    /** Stops the job on its way: cancelled() instead of saved(). */
    void cancel();

    /** The same as savePdf(), in the calling thread: the error, empty, or isCancelled(). */
    static QString writePdf(const QString &html, const QString &path, const QString &title,
                            const std::atomic_bool *cancelled = nullptr);
    /** Lays \a html out on \a device's pages (A4 with 15 mm margins for a PDF); false: cancelled. */
    static bool render(const QString &html, QPagedPaintDevice *device, const QString &title,
                       const std::atomic_bool *cancelled = nullptr);
    static bool isCancelled(const QString &result);

Q_SIGNALS:
    void busyChanged(bool busy);
    /** \a target: the PDF's path, or the printer's name. */
    void saved(const QString &target);
    void failed(const QString &message);
    /** \a target: nothing was written there (or the print job was aborted). */
    void cancelled(const QString &target);

private:
    void start(const std::function<QString(const std::atomic_bool *)> &job, const QString &target);

    QFutureWatcher<QString> m_watcher;
    QString m_target;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace rw
