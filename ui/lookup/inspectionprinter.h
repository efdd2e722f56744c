#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

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
 * destructor waits for a job on its way (bounded: one record).
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

    /** The same as savePdf(), in the calling thread: the error, or empty. */
    static QString writePdf(const QString &html, const QString &path, const QString &title);
    /** Lays \a html out on \a device's pages (A4 with 15 mm margins for a PDF). */
    static void render(const QString &html, QPagedPaintDevice *device, const QString &title);

Q_SIGNALS:
    void busyChanged(bool busy);
    /** \a target: the PDF's path, or the printer's name. */
    void saved(const QString &target);
    void failed(const QString &message);

private:
    void start(const std::function<QString()> &job, const QString &target);

    QFutureWatcher<QString> m_watcher;
    QString m_target;
};

} // namespace rw
