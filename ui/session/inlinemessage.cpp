#include "inlinemessage.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace rw {

InlineMessage::InlineMessage(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    // Own colours for text and background: red on light red is readable in light and dark themes.
    setStyleSheet(QStringLiteral("rw--InlineMessage { background: #fde7e9; border: 1px solid #c50f1f;"
                                 " border-radius: 4px; }"
                                 "rw--InlineMessage QLabel { color: #a4262c; background: transparent;"
                                 " border: none; }"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    m_icon->setAccessibleName(tr("Error"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

QString InlineMessage::text() const
{
    return m_text->text();
}

void InlineMessage::showMessage(const QString &text)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    m_text->setText(text);
    setAccessibleName(tr("Error: %1").arg(text));
    show();
    // Screen readers announce alerts; the red colour alone would say nothing to them.
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void InlineMessage::clear()
{
    m_text->clear();
    setAccessibleName(QString());
    hide();
}

} // namespace rw
