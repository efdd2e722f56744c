#pragma once

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rw {

class BusyIndicator;
class CapsLockHint;
class InlineMessage;

/**
 * \brief Sign-in dialog of the console: user name, password and, when the platform asks for it,
 * a TOTP code (DESIGN §8: required for administrators; MLPS 2.0 §8.1.4.1 d) two factors).
 *
 * The dialog only collects and shows; it never talks to the platform. On "Sign in" it emits
 * loginRequested() and stays open; the caller sends the request, calls setBusy(true), and then
 * either accept()s the dialog or calls showError() with a message it composed (wrong password,
 * account locked until a time, account disabled, password expired, …).
 *
 * Cancel while busy emits cancelRequested() and returns the dialog to its editable state; Cancel
 * otherwise rejects the dialog. In re-authentication mode (setReauthentication()) the user name is
 * fixed and the reject button reads "Sign out".
 */
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(QWidget *parent = nullptr);

    QString userName() const;
    bool isTotpRequired() const { return m_totpRequired; }
    bool isBusy() const { return m_busy; }
    bool isReauthentication() const { return m_reauthentication; }
    /** The error currently shown, empty if none. */
    QString errorText() const;

    void reject() override;
    void done(int result) override;

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

public slots:
    void setUserName(const QString &userName);
    /** Shows or hides the one-time-code field (6 to 8 digits). */
    void setTotpRequired(bool required);
    /** Where the console connects, e.g. "embedded reference platform (https://127.0.0.1:8443)". */
    void setPlatformDescription(const QString &description);
    /** SHA-256 fingerprint of the platform's TLS certificate, hex; shown grouped as AB:CD:…; empty hides. */
    void setCertificateFingerprint(const QString &sha256Hex);
    /**
     * Re-authentication after the platform ended the session (e.g. the 12-hour limit): the user
     * name is fixed to \a userName, \a reason (a complete sentence) says why, and the caller keeps
     * the current page as it was while the dialog is open.
     */
    void setReauthentication(const QString &userName, const QString &reason);
    /** Disables the inputs and shows a progress indicator; Cancel then emits cancelRequested(). */
    void setBusy(bool busy);
    /** Ends the busy state, shows \a message inline, clears and focuses the password field. */
    void showError(const QString &message);
    void clearError();

signals:
    /** \a totp is empty unless setTotpRequired(true); spaces typed in the code are removed. */
    void loginRequested(const QString &userName, const QString &password, const QString &totp);
    void cancelRequested();

private:
    void submit();
    void updateButtons();
    QString totpDigits() const;

    QLabel *m_title;
    QLabel *m_platform;
    QLabel *m_fingerprint;
    QLabel *m_reason;
    QFormLayout *m_form;
    QLineEdit *m_user;
    QLineEdit *m_password;
    CapsLockHint *m_capsLock;
    QLabel *m_totpHint;
    QLineEdit *m_totp;
    InlineMessage *m_error;
    BusyIndicator *m_busyIndicator;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
    bool m_totpRequired = false;
    bool m_busy = false;
    bool m_reauthentication = false;
};

} // namespace rw
