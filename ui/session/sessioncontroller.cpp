#include "sessioncontroller.h"

#include "client/platformclient.h"
#include "domain/clock.h"
#include "security/passwordpolicychecker.h"
#include "session/idlewatcher.h"
#include "session/lockscreen.h"
#include "session/logindialog.h"
#include "session/passwordchangedialog.h"

#include <QWidget>

#include <utility>

namespace rw {

SessionController::SessionController(PlatformClient *client, QWidget *window, const Clock &clock,
                                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_window(window)
    , m_clock(clock)
    , m_lockScreen(new LockScreen(window))
    , m_idle(new IdleWatcher(this))
{
    applyPolicy(PasswordPolicy());

    connect(m_client, &PlatformClient::signedIn, this, &SessionController::onSignedIn);
    connect(m_client, &PlatformClient::loginFailed, this, &SessionController::onLoginFailed);
    connect(m_client, &PlatformClient::sessionEnded, this, &SessionController::onSessionEnded);
    connect(m_client, &PlatformClient::sessionLocked, this, &SessionController::lock);
    connect(m_client, &PlatformClient::policyReceived, this, &SessionController::applyPolicy);
    connect(m_client, &PlatformClient::sessionRefreshed, this, [this](const SessionInfo &session) {
        m_session = session;
        Q_EMIT sessionUpdated(m_session, m_policy.warnDays);
    });
    connect(m_client, &PlatformClient::passwordChanged, this, [this] {
        if (!m_passwordDialog)
            return;
        const bool forced = m_passwordDialog->mode() == PasswordChangeDialog::Mode::Forced;
        m_passwordDialog->accept();
        Q_EMIT passwordReplaced(m_session.userName, std::exchange(m_pendingOldPassword, {}),
                                std::exchange(m_pendingNewPassword, {}));
        // Changed just now: the whole maximum age lies ahead (the platform's refresh follows).
        m_session.mustChange = false;
        m_session.daysLeft = m_policy.maxAgeDays;
        if (forced)
            finishSignIn();
    });
    connect(m_client, &PlatformClient::passwordChangeFailed, this,
            [this](const QString &code, const QString &message, const QStringList &failures) {
                if (!m_passwordDialog)
                    return;
                if (code == QStringLiteral("password_rejected"))
                    m_passwordDialog->showServerRejections(failures.isEmpty() ? QStringList{message}
                                                                              : failures);
                else
                    m_passwordDialog->showError(message);
            });
    connect(m_client, &PlatformClient::sessionUnlocked, this, [this] {
        if (!m_lockScreen->isLocked())
            return;
        m_lockScreen->unlock();
        m_idle->restart();
        Q_EMIT resumed();
    });
    connect(m_client, &PlatformClient::unlockFailed, this, [this](const QString &, const QString &message) {
        if (m_lockScreen->isLocked())
            m_lockScreen->showError(message);
    });
    // A request that never reached the platform (unreachable, certificate refused) ends the wait.
    connect(m_client, &PlatformClient::requestFailed, this, [this](const QString &message) {
        if (m_login && m_login->isBusy())
            m_login->showError(message);
        else if (m_passwordDialog && m_passwordDialog->isBusy())
            m_passwordDialog->showError(message);
        else if (m_lockScreen->isLocked())
            m_lockScreen->showError(message);
    });

    connect(m_idle, &IdleWatcher::idleTimeout, this, &SessionController::lock);
    connect(m_lockScreen, &LockScreen::unlockRequested, this, [this](const QString &password) {
        m_lockScreen->setBusy(true);
        m_client->unlockSession(password);
    });
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &SessionController::signOut);
}

SessionController::~SessionController() = default;

void SessionController::setPlatformDescription(const QString &description)
{
    m_platformDescription = description;
    if (m_login)
        m_login->setPlatformDescription(description);
}

void SessionController::setCertificateFingerprint(const QString &sha256Hex)
{
    m_fingerprint = sha256Hex;
    if (m_login)
        m_login->setCertificateFingerprint(sha256Hex);
}

void SessionController::setSuggestedUserName(const QString &userName)
{
    m_suggestedUser = userName;
    if (m_login && !m_login->isReauthentication() && m_login->userName().isEmpty())
        m_login->setUserName(userName);
}

void SessionController::setIdleTimeoutMs(int milliseconds)
{
    m_idleOverrideMs = milliseconds;
    applyPolicy(m_policy);
}

LoginDialog *SessionController::loginDialog() const
{
    return m_login;
}

PasswordChangeDialog *SessionController::passwordDialog() const
{
    return m_passwordDialog;
}

bool SessionController::isLocked() const
{
    return m_lockScreen->isLocked();
}

void SessionController::start()
{
    m_reauthenticating = false;
    m_window->hide();
    showLogin();
}

void SessionController::showLogin(const QString &reauthReason)
{
    if (m_login) {
        m_login->disconnect(this);
        m_login->deleteLater();
    }
    m_login = new LoginDialog(m_window);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    m_login->setPlatformDescription(m_platformDescription);
    m_login->setCertificateFingerprint(m_fingerprint);
    if (!reauthReason.isEmpty())
        m_login->setReauthentication(m_session.userName, reauthReason);
    else
        m_login->setUserName(m_session.userName.isEmpty() ? m_suggestedUser : m_session.userName);
    connect(m_login, &LoginDialog::loginRequested, this,
            [this](const QString &userName, const QString &password, const QString &totp) {
                m_login->setBusy(true);
                m_pendingPassword = password;
                m_client->login(userName, password, totp);
            });
    connect(m_login, &QDialog::rejected, this, [this] {
        if (m_reauthenticating)
            signOut(); // "Sign out" instead of signing in again
        else
            Q_EMIT quitRequested();
    });
    m_login->open();
}

void SessionController::signIn(const QString &userName, const QString &password, const QString &totp)
{
    if (!m_login)
        showLogin();
    m_login->setUserName(userName);
    m_login->setBusy(true);
    m_pendingPassword = password;
    m_client->login(userName, password, totp);
}

void SessionController::onSignedIn(const SessionInfo &session)
{
    if (!m_login || !m_login->isBusy()) {
        // The user cancelled while the answer was on its way: do not keep a session nobody asked for.
        m_pendingPassword.clear();
        m_client->logout();
        return;
    }
    if (m_reauthenticating && session.userName != m_session.userName) {
        // Another person at the same console: start over so nothing of the previous user stays.
        m_reauthenticating = false;
        m_signedIn = false;
        if (m_lockScreen->isLocked())
            m_lockScreen->unlock();
        m_window->hide();
        Q_EMIT signedOut();
    }
    m_session = session;
    m_login->accept();
    Q_EMIT credentialsAccepted(session.userName, std::exchange(m_pendingPassword, {}));
    m_client->fetchPolicy();
    if (session.mustChange)
        openPasswordDialog(true);
    else
        finishSignIn();
}

void SessionController::onLoginFailed(const QString &code, const QString &message, const QDateTime &)
{
    m_pendingPassword.clear();
    if (!m_login)
        return;
    if (code == QStringLiteral("totp_required") && !m_login->isTotpRequired()) {
        // The password was right: ask for the code without making the user type the password again.
        m_login->setBusy(false);
        m_login->setTotpRequired(true);
        return;
    }
    m_login->showError(message);
}

void SessionController::openPasswordDialog(bool forced)
{
    if (m_passwordDialog)
        m_passwordDialog->deleteLater();
    const auto checker = [this](const QString &candidate) {
        return m_checker->checklist(candidate, m_session.userName);
    };
    m_passwordDialog = new PasswordChangeDialog(
        checker, forced ? PasswordChangeDialog::Mode::Forced : PasswordChangeDialog::Mode::Voluntary,
        m_window);
    m_passwordDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_passwordDialog->setUserName(m_session.userName);
    if (forced)
        // The platform sends no expiry date for a password an administrator reset.
        m_passwordDialog->setForcedReason(m_session.passwordExpiresAt.isValid()
                                              ? PasswordChangeDialog::ForcedReason::Expired
                                              : PasswordChangeDialog::ForcedReason::ResetByAdministrator);
    connect(m_passwordDialog, &PasswordChangeDialog::changeRequested, this,
            [this](const QString &current, const QString &next) {
                m_passwordDialog->setBusy(true);
                m_pendingOldPassword = current;
                m_pendingNewPassword = next;
                m_client->changePassword(current, next);
            });
    connect(m_passwordDialog, &PasswordChangeDialog::signOutRequested, this, &SessionController::signOut);
    m_passwordDialog->open();
}

void SessionController::finishSignIn()
{
    if (m_lockScreen->isLocked())
        m_lockScreen->unlock();
    m_idle->start();
    if (m_reauthenticating && m_signedIn) {
        m_reauthenticating = false;
        Q_EMIT sessionUpdated(m_session, m_policy.warnDays);
        Q_EMIT reauthenticated();
        Q_EMIT resumed();
        return;
    }
    m_reauthenticating = false;
    m_signedIn = true;
    m_window->show();
    Q_EMIT sessionUpdated(m_session, m_policy.warnDays);
    Q_EMIT signedIn(m_session);
}

void SessionController::onSessionEnded(const QString &, const QString &message)
{
    if (m_reauthenticating || (m_login && m_login->isVisible()))
        return; // already asking
    closeDialogs();
    m_idle->stop();
    if (!m_signedIn) {
        // Ended during the forced change: there is no page to keep.
        start();
        if (m_login)
            m_login->showError(message);
        return;
    }
    // The lock screen, if up, stays over the page until the officer has signed in again.
    m_reauthenticating = true;
    Q_EMIT suspended();
    showLogin(message);
}

void SessionController::changePassword()
{
    if (m_signedIn && !m_lockScreen->isLocked())
        openPasswordDialog(false);
}

void SessionController::lock()
{
    if (!m_signedIn || m_lockScreen->isLocked() || m_reauthenticating)
        return;
    // Dialogs are separate windows the lock screen would not cover.
    closeDialogs();
    m_lockScreen->lock(m_session.userName, m_clock.now());
    Q_EMIT suspended();
}

void SessionController::signOut()
{
    closeDialogs();
    if (m_lockScreen->isLocked())
        m_lockScreen->unlock();
    m_idle->stop();
    m_client->logout();
    const bool wasSignedIn = m_signedIn;
    m_signedIn = false;
    m_reauthenticating = false;
    const QString lastUser = m_session.userName;
    m_session = SessionInfo();
    m_session.userName = lastUser; // offered again in the sign-in dialog
    if (wasSignedIn)
        Q_EMIT signedOut();
    start();
}

void SessionController::applyPolicy(const PasswordPolicy &policy)
{
    m_policy = policy;
    m_checker = std::make_shared<const PasswordPolicyChecker>(policy, m_clock);
    m_idle->setTimeout(m_idleOverrideMs > 0 ? m_idleOverrideMs : policy.idleLockMinutes * 60 * 1000);
    if (m_signedIn)
        Q_EMIT sessionUpdated(m_session, m_policy.warnDays);
}

void SessionController::closeDialogs()
{
    for (QDialog *dialog : {static_cast<QDialog *>(m_passwordDialog), static_cast<QDialog *>(m_login)}) {
        if (dialog) {
            dialog->disconnect(this);
            dialog->close();
        }
    }
}

} // namespace rw
