#pragma once

#include <QLayout>
#include <QWidget>

namespace rw {

/**
 * Makes the top-level \a window exactly as tall as its content needs at its current width.
 *
 * Qt sizes top-level windows from their layout's minimum size, which ignores height-for-width:
 * with word-wrapped labels that is too tall at first and too short once a row (an error, the
 * progress row) appears, and rows then overlap. The session dialogs call this after each layout
 * request and resize instead; the width stays the user's.
 */
inline void fitHeightToContents(QWidget *window)
{
    QLayout *layout = window->layout();
    if (!layout)
        return;
    const int minimumWidth = layout->totalMinimumSize().width();
    if (window->minimumWidth() < minimumWidth)
        window->setMinimumWidth(minimumWidth);
    const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalSizeHint().height();
    if (window->minimumHeight() != height)
        window->setMinimumHeight(height);
    if (window->height() != height)
        window->resize(window->width(), height);
}

} // namespace rw
