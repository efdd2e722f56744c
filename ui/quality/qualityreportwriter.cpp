#include "qualityreportwriter.h"

#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace rw {

namespace {

const QString CancelledMarker = QStringLiteral("\x01cancelled");

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
                                      const std::atomic_bool *cancelled, const QString &documentName)
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
        if (cancelled && cancelled->load()) {
            file.cancelWriting();
            return CancelledMarker;
        }
        document.print(&writer);
    } // the writer finishes the PDF when it goes
    if (cancelled && cancelled->load()) {
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
                                       const std::atomic_bool *cancelled, const QString &documentName)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(documentName, path, file.errorString());
    if (file.write(bytes) != bytes.size())
        return cannotWrite(documentName, path, file.errorString());
    if (cancelled && cancelled->load()) {
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
        [html, images, path, title, name](const std::atomic_bool *cancelled) {
            return writePdf(html, images, path, title, cancelled, name);
        },
        path);
    return true;
}

bool QualityReportWriter::saveCsv(const QByteArray &csv, const QString &path)
{
    if (isBusy())
        return false;
    const QString name = m_documentName;
    start([csv, path,
           name](const std::atomic_bool *cancelled) { return writeFile(csv, path, cancelled, name); },
          path);
    return true;
}

void QualityReportWriter::cancel()
{
    if (m_cancel && isBusy())
        m_cancel->store(true);
}

void QualityReportWriter::start(const std::function<QString(const std::atomic_bool *)> &job,
                                const QString &path)
{
    m_path = path;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> flag = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([job, flag] { return job(flag.get()); }));
    Q_EMIT busyChanged(true); // after setFuture(): isBusy() is true for whoever listens
}

} // namespace rw
