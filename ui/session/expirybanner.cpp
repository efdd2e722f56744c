#include "expirybanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace rw {

ExpiryBanner::ExpiryBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_change(new QPushButton(tr("Change now"), this))
{
    setObjectName(QStringLiteral("expiryBanner"));
    m_text->setObjectName(QStringLiteral("expiryText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_change->setObjectName(QStringLiteral("changeNow"));
    m_change->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 6, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_change);

    connect(m_change, &QPushButton::clicked, this, &ExpiryBanner::changeRequested);
    refresh();
}

QString ExpiryBanner::text() const
{
    return m_level == Level::Hidden ? QString() : m_text->text();
}

void ExpiryBanner::setDaysLeft(int days)
{
    m_daysLeft = days;
    refresh();
}

void ExpiryBanner::setWarningDays(int days)
{
    m_warningDays = days;
    refresh();
}

void ExpiryBanner::refresh()
{
    m_level = m_daysLeft <= 0 ? Level::Expired : m_daysLeft <= m_warningDays ? Level::Warning : Level::Hidden;
    setVisible(m_level != Level::Hidden);
    if (m_level == Level::Hidden)
        return;

    const bool expired = m_level == Level::Expired;
    // Own foreground and background, so the bar reads the same under light and dark themes.
    setStyleSheet(
        expired ? QStringLiteral("#expiryBanner { background: #fde7e9; border-bottom: 1px solid #c50f1f; }"
                                 "#expiryBanner QLabel { color: #a4262c; }")
                : QStringLiteral("#expiryBanner { background: #fff4ce; border-bottom: 1px solid #c19c00; }"
                                 "#expiryBanner QLabel { color: #5c4400; }"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        style()
            ->standardIcon(expired ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning, nullptr,
                           this)
            .pixmap(iconSize));
    m_text->setText(expired ? tr("Your password has expired. Change it now to keep access to the platform.")
                            : tr("Your password expires in %n day(s).", nullptr, m_daysLeft));
    m_icon->setAccessibleName(expired ? tr("Error") : tr("Warning"));
    setAccessibleName(m_text->text());
}

} // namespace rw
