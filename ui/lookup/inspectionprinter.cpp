#include "inspectionprinter.h"

#include "quality/qualityreportwriter.h"

#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace rw {

namespace {

const QString CancelledMarker = QStringLiteral("\x01cancelled");

} // namespace

InspectionPrinter::InspectionPrinter(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_watcher.result();
        Q_EMIT busyChanged(false);
        if (error.isEmpty())
            Q_EMIT saved(m_target);
        else if (error == CancelledMarker)
            Q_EMIT cancelled(m_target);
        else
            Q_EMIT failed(error);
    });
}

InspectionPrinter::~InspectionPrinter()
{
    // The officer asked for the record: it is finished, not dropped, when the page goes (sign-out).
    m_watcher.waitForFinished();
}

bool InspectionPrinter::isCancelled(const QString &result)
{
    return result == CancelledMarker;
}

void InspectionPrinter::cancel()
{
    if (m_cancel && isBusy())
        m_cancel->store(true);
}

bool InspectionPrinter::render(const QString &html, QPagedPaintDevice *device, const QString &title,
                               const std::atomic_bool *cancelled)
{
    QTextDocument document;
    // A sans face that has Chinese (fonts-noto-cjk); fontconfig falls back to whatever has the glyphs.
    QFont font;
    font.setFamilies(
        {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(10.5);
    document.setDefaultFont(font);
    document.setMetaInformation(QTextDocument::DocumentTitle, title);
    document.setHtml(html);
    if (cancelled && cancelled->load())
        return false;
    // A printer gets QTextDocument::print(), which honours the print dialog's page range and copies; a
    // record is one to three pages, so its job only stops before it begins.
    if (dynamic_cast<QPrinter *>(device)) {
        document.print(device);
        return true;
    }
    return QualityReportWriter::printPages(document, *device, cancelled);
}

QString InspectionPrinter::writePdf(const QString &html, const QString &path, const QString &title,
                                    const std::atomic_bool *cancelled)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("The inspection record cannot be written to “%1”: %2").arg(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("RideWatch"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        if (!render(html, &writer, title, cancelled)) {
            file.cancelWriting();
            return CancelledMarker;
        }
    } // the writer finishes the PDF when it goes
    if (cancelled && cancelled->load()) {
        file.cancelWriting();
        return CancelledMarker;
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        return tr("The inspection record cannot be written to “%1”: %2").arg(path, file.errorString());
    return {};
}

bool InspectionPrinter::savePdf(const QString &html, const QString &path, const QString &title)
{
    if (isBusy())
        return false;
    start([html, path,
           title](const std::atomic_bool *cancelled) { return writePdf(html, path, title, cancelled); },
          path);
    return true;
}

bool InspectionPrinter::print(const QString &html, std::unique_ptr<QPrinter> printer, const QString &title)
{
    if (isBusy())
        return false;
    const QString target =
        printer->outputFileName().isEmpty() ? printer->printerName() : printer->outputFileName();
    std::shared_ptr<QPrinter> device(std::move(printer));
    start(
        [html, device, title, target](const std::atomic_bool *cancelled) {
            device->setDocName(title);
            if (!render(html, device.get(), title, cancelled))
                return CancelledMarker; // nothing was sent to the printer
            return device->printerState() == QPrinter::Error
                       ? tr("The inspection record could not be printed on “%1”").arg(target)
                       : QString();
        },
        target);
    return true;
}

void InspectionPrinter::start(const std::function<QString(const std::atomic_bool *)> &job,
                              const QString &target)
{
    m_target = target;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> flag = m_cancel;
    Q_EMIT busyChanged(true);
    m_watcher.setFuture(QtConcurrent::run([job, flag] { return job(flag.get()); }));
}

} // namespace rw
