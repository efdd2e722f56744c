#include "jobprogress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>

namespace rw {

JobProgress::JobProgress(const QString &cancelText, QWidget *page)
    : QWidget(page)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
    , m_cancel(new QPushButton(cancelText, this))
    , m_escape(new QShortcut(QKeySequence(Qt::Key_Escape), page))
{
    m_bar->setMaximumWidth(240);
    m_bar->setTextVisible(false);
    m_label->setWordWrap(true);
    m_cancel->setToolTip(tr("Stops it (Esc); nothing half done is kept"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_cancel);
    // Only while running, so that Escape keeps its other meanings (closing a popup, …) otherwise.
    m_escape->setContext(Qt::WidgetWithChildrenShortcut);
    m_escape->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &JobProgress::cancelRequested);
    connect(m_escape, &QShortcut::activated, m_cancel, &QPushButton::click);
    // Two rows of one page running at once: Escape cancels whichever Qt picks; a second press the other.
    connect(m_escape, &QShortcut::activatedAmbiguously, m_cancel, &QPushButton::click);
    hide();
}

QString JobProgress::text() const
{
    return m_label->text();
}

void JobProgress::start(const QString &text)
{
    m_running = true;
    m_label->setText(text);
    m_bar->setRange(0, 0);
    m_cancel->setEnabled(true);
    m_escape->setEnabled(true);
    show();
}

void JobProgress::setText(const QString &text)
{
    m_label->setText(text);
}

void JobProgress::setProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_bar->setRange(0, 0);
        return;
    }
    // Per mille: QProgressBar counts in int, a file's bytes may not fit.
    m_bar->setRange(0, 1000);
    m_bar->setValue(int(qBound<qint64>(0, done, total) * 1000 / total));
}

void JobProgress::finish()
{
    m_running = false;
    m_escape->setEnabled(false);
    hide();
}

} // namespace rw
