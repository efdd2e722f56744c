#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace rw {

class OfflineRegistry;

/**
 * \brief The status bar's line about the officer's offline copy (issue 5, "works offline"): what
 * OfflineRegistry::statusText() says, and while the region's registry downloads, a busy bar (the number of
 * pages is not known in advance; the text counts the permits so far) and a Cancel button that stops the
 * download (OfflineRegistry::cancel(): the copy keeps what it had, the next refresh resumes).
 *
 * No Escape shortcut: the status bar belongs to the whole window, whose pages have their own.
 */
class OfflineCopyStatus : public QWidget
{
    Q_OBJECT

public:
    /** \a registry must outlive this widget. */
    explicit OfflineCopyStatus(OfflineRegistry *registry, QWidget *parent = nullptr);

    QLabel *label() const { return m_label; }
    QProgressBar *bar() const { return m_bar; }
    QToolButton *cancelButton() const { return m_cancel; }

private:
    void update();

    OfflineRegistry *m_registry;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace rw
