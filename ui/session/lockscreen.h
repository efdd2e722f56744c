#pragma once

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace rw {

class BusyIndicator;
class CapsLockHint;
class InlineMessage;

/**
 * \brief Opaque overlay that locks a window after the idle timeout (DESIGN §8: idle lock after
 * 15 minutes; MLPS 2.0 §8.1.4.1 b) connection-timeout handling).
 *
 * Construct it as a child of the window to protect. While locked it covers the window's whole
 * area (menu bar, central widget, docks, status bar), follows its resizes, stays on top of
 * children added later, disables the covered widgets so that neither Tab nor a click reaches
 * them, and swallows every keyboard shortcut outside lock screens (actions of the covered window
 * would otherwise still fire). unlock() restores exactly what it changed and gives the focus back
 * to the widget that had it, so the user returns to the page as it was.
 *
 * It covers one window. Other top-level windows, including dialogs parented to this window, are
 * not covered: the composition root locks or closes them (a modal dialog left open would also
 * keep the input from the lock screen). The covered widgets still exist, so an accessibility
 * client can read their text. The password is checked by the caller (unlockRequested()).
 */
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    /** \a window: the widget to cover (normally the main window); becomes the parent. */
    explicit LockScreen(QWidget *window);
    ~LockScreen() override;

    bool isLocked() const { return m_locked; }
    bool isBusy() const { return m_busy; }
    QString userName() const { return m_userName; }
    QDateTime lockedSince() const { return m_lockedSince; }
    QString errorText() const;

public slots:
    /**
     * Covers the window. \a userName is who is signed in, \a since when the lock began (the
     * caller's clock, so tests and the idle watcher agree). Locking again while locked changes
     * nothing: the time shown stays that of the first lock.
     */
    void lock(const QString &userName, const QDateTime &since);
    /** Uncovers the window (the caller verified the password) and restores what lock() changed. */
    void unlock();
    void setBusy(bool busy);
    /** Ends the busy state, shows \a message inline, clears and focuses the password field. */
    void showError(const QString &message);

signals:
    void unlockRequested(const QString &password);
    void signOutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    void coverWindow();
    void disableCovered(QWidget *widget);
    void updateButtons();

    QLabel *m_title;
    QLabel *m_who;
    QLabel *m_since;
    QLineEdit *m_password;
    CapsLockHint *m_capsLock;
    InlineMessage *m_error;
    BusyIndicator *m_busyIndicator;
    QPushButton *m_unlock;
    QPushButton *m_signOut;
    QString m_userName;
    QDateTime m_lockedSince;
    bool m_locked = false;
    bool m_busy = false;
    QList<QPointer<QWidget>> m_disabled; // covered widgets this lock disabled (to re-enable)
    QPointer<QWidget> m_focusBeforeLock;
};

} // namespace rw
