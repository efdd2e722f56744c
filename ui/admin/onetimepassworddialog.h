#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace rw {

/**
 * \brief Shows a one-time password once: after an account was created or its password reset.
 *
 * The password (and, for a new administrator, the authenticator key) is shown in a large fixed-width
 * font with a copy button. The dialog cannot be dismissed — not by Escape, not by the window's close
 * button — until the administrator confirms that the password has been passed on, since it cannot be
 * shown again. On closing it forgets the secrets and clears the clipboard if it still holds one of them
 * (MLPS L3-CES1-32: no residual secrets).
 */
class OneTimePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Reason { Created, Reset };

    /** \a totpUri: the otpauth:// key of a new administrator; empty for anyone else. */
    OneTimePasswordDialog(Reason reason, const QString &userName, const QString &password,
                          const QString &totpUri = {}, QWidget *parent = nullptr);

    bool isAcknowledged() const;

public Q_SLOTS:
    void reject() override;
    void done(int result) override;

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void copy(const QString &text, QPushButton *button);

    QLineEdit *m_password;
    QLineEdit *m_totpSecret;   //!< the key in groups of four, for typing into an app
    QPlainTextEdit *m_totpUri; //!< the whole otpauth:// URI, wrapped, for a QR code generator
    QCheckBox *m_acknowledged;
    QPushButton *m_close;
};

} // namespace rw
