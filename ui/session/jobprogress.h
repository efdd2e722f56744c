#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QShortcut;

namespace rw {

/**
 * \brief The row a page shows while one of its long operations runs (an export, a large list's load):
 * a progress bar (determinate once the total is known, busy until then), a sentence and a Cancel button.
 *
 * In the page, never a modal dialog: the rest of the console stays usable. Escape anywhere in \a page
 * presses Cancel while the row is shown (CONTRIBUTING: long work reports progress and can be
 * cancelled). The row only asks: cancelRequested() goes to whoever does the work (the client's cancel(),
 * the writer's cancel flag), and the page calls finish() when the work says it has ended.
 * Hidden unless started.
 */
class JobProgress : public QWidget
{
    Q_OBJECT

public:
    /** \a page holds the Escape shortcut (usually the parent); \a cancelText the button's text. */
    JobProgress(const QString &cancelText, QWidget *page);

    bool isRunning() const { return m_running; }
    QProgressBar *bar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString text() const;

public Q_SLOTS:
    /** Shows the row, busy (no total yet), with \a text. */
    void start(const QString &text);
    void setText(const QString &text);
    /** \a total <= 0: busy; otherwise \a done of \a total. */
    void setProgress(qint64 done, qint64 total);
    /** Hides the row; Escape is the page's again. */
    void finish();

Q_SIGNALS:
    void cancelRequested();

private:
    QProgressBar *m_bar;
    QLabel *m_label;
    QPushButton *m_cancel;
    QShortcut *m_escape;
    bool m_running = false;
};

} // namespace rw
