#include "inspectionprinter.h"

#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace rw {

InspectionPrinter::InspectionPrinter(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_watcher.result();
        Q_EMIT busyChanged(false);
        if (error.isEmpty())
            Q_EMIT saved(m_target);
        else
            Q_EMIT failed(error);
    });
}

InspectionPrinter::~InspectionPrinter()
{
    m_watcher.waitForFinished();
}

void InspectionPrinter::render(const QString &html, QPagedPaintDevice *device, const QString &title)
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
    document.print(device);
}

QString InspectionPrinter::writePdf(const QString &html, const QString &path, const QString &title)
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
        render(html, &writer, title);
    } // the writer finishes the PDF when it goes
    if (file.error() != QFileDevice::NoError || !file.commit())
        return tr("The inspection record cannot be written to “%1”: %2").arg(path, file.errorString());
    return {};
}

bool InspectionPrinter::savePdf(const QString &html, const QString &path, const QString &title)
{
    if (isBusy())
        return false;
    start([html, path, title] { return writePdf(html, path, title); }, path);
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
        [html, device, title, target] {
            device->setDocName(title);
            render(html, device.get(), title);
            return device->printerState() == QPrinter::Error
                       ? tr("The inspection record could not be printed on “%1”").arg(target)
                       : QString();
        },
        target);
    return true;
}

void InspectionPrinter::start(const std::function<QString()> &job, const QString &target)
{
    m_target = target;
    Q_EMIT busyChanged(true);
    m_watcher.setFuture(QtConcurrent::run(job));
}

} // namespace rw
