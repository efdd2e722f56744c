#include "logindialog.h"

#include "session/busyindicator.h"
#include "session/capslockhint.h"
#include "session/fitheight.h"
#include "session/inlinemessage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace rw {

namespace {

constexpr int MinTotpDigits = 6; // RFC 6238 / RFC 4226: 6 to 8 digits
constexpr int MaxTotpDigits = 8;

} // namespace

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_platform(new QLabel(this))
    , m_fingerprint(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_form(new QFormLayout)
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_capsLock(new CapsLockHint(this))
    , m_totpHint(new QLabel(this))
    , m_totp(new QLineEdit(this))
    , m_error(new InlineMessage(this))
    , m_busyIndicator(new BusyIndicator(tr("Signing in to the platform…"), this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Sign in"));
    setMinimumWidth(440);

    m_title->setText(tr("Sign in to RideWatch"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_platform->setWordWrap(true);
    m_platform->setTextFormat(Qt::PlainText);
    m_platform->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setTextFormat(Qt::PlainText);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->hide();

    m_user->setObjectName(QStringLiteral("userName"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setMaxLength(64);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(128); // ASVS 2.1.2: allow at least 64 characters
    m_capsLock->watch(m_password);

    m_totp->setObjectName(QStringLiteral("totp"));
    m_totp->setAccessibleName(tr("Verification code"));
    m_totp->setInputMethodHints(Qt::ImhDigitsOnly);
    // Digits and the spaces authenticator apps show ("123 456"); the length is checked on submit.
    m_totp->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,11}")), m_totp));
    m_totp->setPlaceholderText(QStringLiteral("123456"));
    m_totpHint->setText(tr("Enter the 6- to 8-digit code shown by your authenticator app."));
    m_totpHint->setWordWrap(true);

    m_form->addRow(tr("Platform:"), m_platform);
    m_form->addRow(tr("Certificate (SHA-256):"), m_fingerprint);
    m_form->setRowVisible(m_platform, false);
    m_form->setRowVisible(m_fingerprint, false);
    m_form->addRow(tr("&User name:"), m_user);
    m_form->addRow(tr("&Password:"), m_password);
    m_form->addRow(QString(), m_capsLock);
    m_form->addRow(tr("&Verification code:"), m_totp);
    m_form->addRow(QString(), m_totpHint);
    m_form->setRowVisible(m_totp, false);
    m_form->setRowVisible(m_totpHint, false);

    m_signIn = m_buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetNoConstraint); // see fitHeightToContents()
    layout->addWidget(m_title);
    layout->addWidget(m_reason);
    layout->addSpacing(6);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_busyIndicator);
    layout->addWidget(m_buttons);

    connect(m_user, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    connect(m_totp, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    // Return in the user name moves on rather than submitting a half-filled form.
    connect(m_user, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    updateButtons();
    m_user->setFocus();
}

QString LoginDialog::userName() const
{
    return m_user->text().trimmed();
}

QString LoginDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void LoginDialog::setUserName(const QString &userName)
{
    m_user->setText(userName);
    if (!userName.isEmpty())
        m_password->setFocus();
}

void LoginDialog::setTotpRequired(bool required)
{
    m_totpRequired = required;
    m_form->setRowVisible(m_totp, required);
    m_form->setRowVisible(m_totpHint, required);
    if (!required)
        m_totp->clear();
    else if (!m_user->text().isEmpty() && !m_password->text().isEmpty())
        m_totp->setFocus();
    updateButtons();
}

void LoginDialog::setPlatformDescription(const QString &description)
{
    m_platform->setText(description);
    m_form->setRowVisible(m_platform, !description.isEmpty());
}

void LoginDialog::setCertificateFingerprint(const QString &sha256Hex)
{
    const QString hex = sha256Hex.toUpper().remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    QString grouped;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (i > 0)
            grouped += (i % 32 == 0) ? QLatin1Char('\n') : QLatin1Char(':'); // 16 bytes a line
        grouped += hex.mid(i, 2);
    }
    m_fingerprint->setText(grouped);
    m_fingerprint->setAccessibleName(tr("Certificate fingerprint %1").arg(hex));
    m_form->setRowVisible(m_fingerprint, !hex.isEmpty());
}

void LoginDialog::setReauthentication(const QString &userName, const QString &reason)
{
    m_reauthentication = true;
    setWindowTitle(tr("Sign in again"));
    m_title->setText(tr("Your session has ended"));
    m_reason->setText(tr("%1 Sign in again as %2 to continue; the console keeps the page you were "
                         "working on.")
                          .arg(reason, userName));
    m_reason->show();
    m_user->setText(userName);
    m_user->setReadOnly(true);
    m_user->setFocusPolicy(Qt::NoFocus);
    m_cancel->setText(tr("Sign out"));
    m_password->setFocus();
    updateButtons();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_totp->setEnabled(!busy);
    m_busyIndicator->setBusy(busy);
    if (busy)
        m_cancel->setText(tr("Cancel"));
    else
        m_cancel->setText(m_reauthentication ? tr("Sign out") : tr("Cancel"));
    updateButtons();
}

void LoginDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->showMessage(message);
    m_password->clear();
    m_totp->clear(); // a one-time code is single use (RFC 6238 §5.2); the next try needs a new one
    if (m_user->text().trimmed().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
}

void LoginDialog::clearError()
{
    m_error->clear();
}

void LoginDialog::reject()
{
    if (m_busy) {
        setBusy(false);
        emit cancelRequested();
        return;
    }
    QDialog::reject();
}

void LoginDialog::done(int result)
{
    // Do not leave the secret in the widget longer than needed (MLPS L3-CES1-32 residual data).
    m_password->clear();
    m_totp->clear();
    setBusy(false);
    QDialog::done(result);
}

bool LoginDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest)
        fitHeightToContents(this);
    return handled;
}

void LoginDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitHeightToContents(this); // a new width may need a different height for the wrapped text
}

void LoginDialog::submit()
{
    updateButtons();
    if (!m_signIn->isEnabled())
        return;
    m_error->clear();
    emit loginRequested(userName(), m_password->text(), m_totpRequired ? totpDigits() : QString());
}

QString LoginDialog::totpDigits() const
{
    return QString(m_totp->text()).remove(QLatin1Char(' '));
}

void LoginDialog::updateButtons()
{
    const qsizetype digits = totpDigits().size();
    const bool totpOk = !m_totpRequired || (digits >= MinTotpDigits && digits <= MaxTotpDigits);
    m_signIn->setEnabled(!m_busy && !userName().isEmpty() && !m_password->text().isEmpty() && totpOk);
}

} // namespace rw
