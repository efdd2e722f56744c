#include "qualityreportwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetrics>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextFrame>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

Q_GUI_EXPORT int qt_defaultDpiX();
Q_GUI_EXPORT int qt_defaultDpiY();

namespace rw {

namespace {

const QString CancelledMarker = QStringLiteral("\x01cancelled");
constexpr qint64 CsvBlock = 64 * 1024;

bool isSet(const std::atomic_bool *flag)
{
    return flag && flag->load();
}

} // namespace

bool QualityReportWriter::printPages(QTextDocument &document, QPagedPaintDevice &device,
                                     const std::atomic_bool *cancelled, const Progress &progress)
{
    // What QTextDocument::print() does with a document without a page size (the layout on the device,
    // 2 cm margins in screen pixels, the page number at the bottom right), one page at a time.
    QPainter painter(&device);
    if (!painter.isActive())
        return true; // the file's error says why
    const int sourceDpiX = qt_defaultDpiX();
    const int sourceDpiY = qt_defaultDpiY();
    const qreal dpiScaleX = qreal(device.logicalDpiX()) / sourceDpiX;
    const qreal dpiScaleY = qreal(device.logicalDpiY()) / sourceDpiY;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    layout->setPaintDevice(&device);
    const int horizontalMargin = int((2 / 2.54) * sourceDpiX);
    const int verticalMargin = int((2 / 2.54) * sourceDpiY);
    QTextFrameFormat frame = document.rootFrame()->frameFormat();
    frame.setLeftMargin(horizontalMargin);
    frame.setRightMargin(horizontalMargin);
    frame.setTopMargin(verticalMargin);
    frame.setBottomMargin(verticalMargin);
    document.rootFrame()->setFrameFormat(frame);
    const QRectF body(0, 0, device.width(), device.height());
    const QPointF pageNumberPos(body.width() - horizontalMargin * dpiScaleX,
                                body.height() - verticalMargin * dpiScaleY +
                                    QFontMetrics(document.defaultFont(), &device).ascent() +
                                    5 * device.logicalDpiY() / 72.0);
    document.setPageSize(body.size());
    const int pages = document.pageCount();
    if (progress)
        progress(0, pages);
    for (int page = 1; page <= pages; ++page) {
        if (isSet(cancelled))
            return false;
        if (page > 1)
            device.newPage();
        painter.save();
        painter.translate(body.left(), body.top() - (page - 1) * body.height());
        const QRectF view(0, (page - 1) * body.height(), body.width(), body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        painter.setClipRect(view);
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        layout->draw(&painter, context);
        painter.setClipping(false);
        painter.setFont(QFont(document.defaultFont(), &device));
        const QString number = QString::number(page);
        painter.drawText(qRound(pageNumberPos.x() - painter.fontMetrics().horizontalAdvance(number)),
                         qRound(pageNumberPos.y() + view.top()), number);
        painter.restore();
        if (progress)
            progress(page, pages);
    }
    return true;
}

namespace {

QString cannotWrite(const QString &documentName, const QString &path, const QString &why)
{
    if (documentName.isEmpty())
        return QualityReportWriter::tr("The quality report cannot be written to “%1”: %2").arg(path, why);
    return QualityReportWriter::tr("%1 cannot be written to “%2”: %3").arg(documentName, path, why);
}

} // namespace

QualityReportWriter::QualityReportWriter(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_watcher.result();
        m_reporting = false;
        Q_EMIT busyChanged(false);
        if (error.isEmpty())
            Q_EMIT saved(m_path);
        else if (error == CancelledMarker)
            Q_EMIT cancelled(m_path);
        else
            Q_EMIT failed(error);
    });
}

QualityReportWriter::~QualityReportWriter()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

QString QualityReportWriter::writePdf(const QString &html, const QMap<QString, QImage> &images,
                                      const QString &path, const QString &title,
                                      const std::atomic_bool *cancelled, const QString &documentName,
                                      const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(documentName, path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("RideWatch"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QTextDocument document;
        prepare(document, html, images, title);
        if (isSet(cancelled) || !printPages(document, writer, cancelled, progress)) {
            file.cancelWriting();
            return CancelledMarker;
        }
    } // the writer finishes the PDF when it goes
    if (isSet(cancelled)) {
        file.cancelWriting();
        return CancelledMarker;
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        return cannotWrite(documentName, path, file.errorString());
    return {};
}

void QualityReportWriter::prepare(QTextDocument &document, const QString &html,
                                  const QMap<QString, QImage> &images, const QString &title)
{
    // A sans face that has Chinese (fonts-noto-cjk); fontconfig falls back to whatever has the glyphs.
    QFont font;
    font.setFamilies(
        {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9.5);
    document.setDefaultFont(font);
    document.setMetaInformation(QTextDocument::DocumentTitle, title);
    for (auto it = images.begin(); it != images.end(); ++it)
        document.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    document.setHtml(html);
}

QString QualityReportWriter::writeFile(const QByteArray &bytes, const QString &path,
                                       const std::atomic_bool *cancelled, const QString &documentName,
                                       const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(documentName, path, file.errorString());
    const qint64 total = bytes.size();
    if (progress)
        progress(0, total);
    for (qint64 done = 0; done < total;) {
        if (isSet(cancelled)) {
            file.cancelWriting();
            return CancelledMarker;
        }
        const qint64 n = std::min(CsvBlock, total - done);
        if (file.write(bytes.constData() + done, n) != n)
            return cannotWrite(documentName, path, file.errorString());
        done += n;
        if (progress)
            progress(done, total);
    }
    if (isSet(cancelled)) {
        file.cancelWriting();
        return CancelledMarker;
    }
    if (!file.commit())
        return cannotWrite(documentName, path, file.errorString());
    return {};
}

bool QualityReportWriter::savePdf(const QString &html, const QMap<QString, QImage> &images,
                                  const QString &path, const QString &title)
{
    if (isBusy())
        return false;
    const QString name = m_documentName;
    start(
        [html, images, path, title, name](const std::atomic_bool *cancelled, const Progress &progress) {
            return writePdf(html, images, path, title, cancelled, name, progress);
        },
        path);
    return true;
}

bool QualityReportWriter::saveCsv(const QByteArray &csv, const QString &path)
{
    if (isBusy())
        return false;
    const QString name = m_documentName;
    start(
        [csv, path, name](const std::atomic_bool *cancelled, const Progress &progress) {
            return writeFile(csv, path, cancelled, name, progress);
        },
        path);
    return true;
}

void QualityReportWriter::cancel()
{
    if (m_cancel && isBusy())
        m_cancel->store(true);
}

bool QualityReportWriter::isCancelled(const QString &result)
{
    return result == CancelledMarker;
}

void QualityReportWriter::start(const std::function<QString(const std::atomic_bool *, const Progress &)> &job,
                                const QString &path)
{
    m_path = path;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> flag = m_cancel;
    const quint64 id = ++m_job;
    m_reporting = true;
    // Posted to this object's thread; dropped if the writer goes first (its destructor waits for the job).
    const Progress progress = [this, id](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this,
            [this, id, done, total] {
                if (id == m_job && m_reporting)
                    Q_EMIT this->progress(done, total);
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([job, flag, progress] { return job(flag.get(), progress); }));
    Q_EMIT busyChanged(true); // after setFuture(): isBusy() is true for whoever listens
}

} // namespace rw
