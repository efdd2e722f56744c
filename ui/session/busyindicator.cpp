#include "busyindicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace rw {

BusyIndicator::BusyIndicator(const QString &text, QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_text(new QLabel(text, this))
{
    m_bar->setRange(0, 0); // indeterminate: the platform reports no progress for one request
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(120);
    m_bar->setAccessibleName(text);
    m_text->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_text, 1);
    hide();
}

QString BusyIndicator::text() const
{
    return m_text->text();
}

void BusyIndicator::setBusy(bool busy)
{
    setVisible(busy);
}

} // namespace rw
