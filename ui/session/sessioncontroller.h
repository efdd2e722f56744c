#pragma once

#include "client/sessioninfo.h"
#include "security/passwordpolicy.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace rw {

class Clock;
class IdleWatcher;
class LockScreen;
class LoginDialog;
class PasswordChangeDialog;
class PasswordPolicyChecker;
class PlatformClient;

/**
 * \brief The console's sign-in life cycle (DESIGN §8): sign-in, a forced password change before
 * anything else, the idle lock, re-authentication after the platform ended the session, voluntary
 * password change and sign-out.
 *
 * It drives the session dialogs and the lock screen over \a window and talks to the platform only
 * through PlatformClient. The window stays hidden until the first sign-in has completed; after that
 * an ended session (12-hour limit, platform restart) opens a re-authentication dialog over the
 * window and leaves the page as it was; signing in again as the same user carries on where the
 * officer was. Signing out (or giving up the re-authentication) hides the window and emits
 * signedOut(), so that the window drops what the previous user saw.
 *
 * The idle lock is local as well as on the platform: after the policy's idleLockMinutes without
 * input the lock screen covers the window and suspended() tells the pages to stop polling, so that the
 * platform's own idle limit can pass too; the password unlocks both.
 */
class SessionController : public QObject
{
    Q_OBJECT

public:
    /** \a window: the main window to show and protect; \a clock times the lock screen. */
    SessionController(PlatformClient *client, QWidget *window, const Clock &clock, QObject *parent = nullptr);
    ~SessionController() override;

    void setPlatformDescription(const QString &description);
    void setCertificateFingerprint(const QString &sha256Hex);
    /** Pre-fills the user name of the first sign-in (e.g. a demo account). */
    void setSuggestedUserName(const QString &userName);
    /** Overrides the policy's idle time (tests use a short one). */
    void setIdleTimeoutMs(int milliseconds);

    bool isSignedIn() const { return m_signedIn; }
    bool isLocked() const;
    SessionInfo session() const { return m_session; }
    PasswordPolicy policy() const { return m_policy; }

    LoginDialog *loginDialog() const;
    PasswordChangeDialog *passwordDialog() const;
    LockScreen *lockScreen() const { return m_lockScreen; }

public Q_SLOTS:
    /** Shows the sign-in dialog. */
    void start();
    /**
     * Signs in as if \a userName and \a password had been typed into the open sign-in dialog
     * (the demo's --demo-sign-in); the dialog shows the progress and any error.
     */
    void signIn(const QString &userName, const QString &password, const QString &totp = {});
    /** Opens the voluntary password change. */
    void changePassword();
    /** Ends the session and returns to the sign-in dialog. */
    void signOut();
    /** Locks the screen now (the idle timeout does this by itself). */
    void lock();

Q_SIGNALS:
    /** Signed in with every check passed (password changed if it had to be); the window is shown. */
    void signedIn(const rw::SessionInfo &session);
    /** Signed in again after the platform ended the session; the pages carry on. */
    void reauthenticated();
    /** Who is signed in changed, or their password's expiry (the banner's days left). */
    void sessionUpdated(const rw::SessionInfo &session, int warningDays);
    /** Stop talking to the platform: the screen is locked or the session must be renewed. */
    void suspended();
    /** Carry on: unlocked, or signed in again. */
    void resumed();
    /** The window is hidden; whatever the previous user saw should go. */
    void signedOut();
    /** The first sign-in was cancelled: the console has nothing to show. */
    void quitRequested();
    /**
     * The platform accepted \a password for \a userName (a sign-in, also a re-authentication). Only for
     * what must be keyed by the credentials (the offline lookup cache); the password is not kept here.
     */
    void credentialsAccepted(const QString &userName, const QString &password);
    /** The platform accepted a password change of \a userName from \a oldPassword to \a newPassword. */
    void passwordReplaced(const QString &userName, const QString &oldPassword, const QString &newPassword);

private:
    void showLogin(const QString &reauthReason = {});
    void onSignedIn(const SessionInfo &session);
    void onLoginFailed(const QString &code, const QString &message, const QDateTime &lockedUntil);
    void openPasswordDialog(bool forced);
    void finishSignIn();
    void onSessionEnded(const QString &code, const QString &message);
    void applyPolicy(const PasswordPolicy &policy);
    void closeDialogs();

    PlatformClient *m_client;
    QWidget *m_window;
    const Clock &m_clock;
    LockScreen *m_lockScreen;
    IdleWatcher *m_idle;
    QPointer<LoginDialog> m_login;
    QPointer<PasswordChangeDialog> m_passwordDialog;
    bool m_signedIn = false; //!< the window has been shown for the current user
    bool m_reauthenticating = false;
    SessionInfo m_session;
    PasswordPolicy m_policy;
    std::shared_ptr<const PasswordPolicyChecker> m_checker;
    QString m_platformDescription;
    QString m_fingerprint;
    QString m_suggestedUser;
    int m_idleOverrideMs = 0;
    // Held only while the platform is asked: credentialsAccepted() / passwordReplaced() hand them on.
    QString m_pendingPassword;
    QString m_pendingOldPassword;
    QString m_pendingNewPassword;
};

} // namespace rw
