#include "offlinecopystatus.h"

#include "offline/offlineregistry.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace rw {

OfflineCopyStatus::OfflineCopyStatus(OfflineRegistry *registry, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    m_label->setObjectName(QStringLiteral("offlineCopyText"));
    m_bar->setObjectName(QStringLiteral("offlineCopyProgress"));
    m_bar->setRange(0, 0); // busy: the registry's size is not known before its last page
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(120);
    m_cancel->setObjectName(QStringLiteral("cancelOfflineDownload"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stops downloading the registry; the offline copy keeps what it had, and the "
                            "next update resumes where this one stopped"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, m_registry, &OfflineRegistry::cancel);
    connect(m_registry, &OfflineRegistry::statusChanged, this, &OfflineCopyStatus::update);
    connect(m_registry, &OfflineRegistry::stateChanged, this, &OfflineCopyStatus::update);
    update();
}

void OfflineCopyStatus::update()
{
    const bool syncing = m_registry->state() == OfflineRegistry::State::Syncing;
    m_label->setText(m_registry->statusText());
    m_bar->setVisible(syncing);
    m_cancel->setVisible(syncing);
}

} // namespace rw
