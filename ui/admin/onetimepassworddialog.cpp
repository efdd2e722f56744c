#include "onetimepassworddialog.h"

#include "session/fitheight.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace rw {

namespace {

QLineEdit *secretField(const QString &objectName, const QString &text, qreal scale, QWidget *parent)
{
    auto *field = new QLineEdit(text, parent);
    field->setObjectName(objectName);
    field->setReadOnly(true);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * scale);
    field->setFont(font);
    // Wide enough for the whole secret: nothing of it may hide behind the edge.
    const int width = QFontMetrics(font).horizontalAdvance(text) + 24;
    field->setMinimumWidth(qMin(width, 640));
    field->setCursorPosition(0);
    return field;
}

/** The Base32 key of an otpauth:// URI in groups of four, as authenticator apps show it. */
QString groupedSecret(const QString &uri)
{
    const QString secret = QUrlQuery(QUrl(uri)).queryItemValue(QStringLiteral("secret"));
    QStringList groups;
    for (qsizetype i = 0; i < secret.size(); i += 4)
        groups << secret.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

} // namespace

OneTimePasswordDialog::OneTimePasswordDialog(Reason reason, const QString &userName, const QString &password,
                                             const QString &totpUri, QWidget *parent)
    : QDialog(parent)
    , m_password(secretField(QStringLiteral("password"), password, 1.6, this))
    , m_totpSecret(secretField(QStringLiteral("totpSecret"), groupedSecret(totpUri), 1.2, this))
    , m_totpUri(new QPlainTextEdit(totpUri, this))
    , m_acknowledged(new QCheckBox(this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("One-time password for %1").arg(userName));
    setMinimumWidth(520);
    auto *title =
        new QLabel(reason == Reason::Created ? tr("Account %1 has been created").arg(userName)
                                             : tr("The password of %1 has been reset").arg(userName),
                   this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);

    auto *explanation = new QLabel(this);
    explanation->setObjectName(QStringLiteral("explanation"));
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);
    const QString handOver =
        tr("Give it to the account holder in person or through another secure channel. It is shown only now "
           "and cannot be shown again; the holder must choose a new password at the first sign-in.");
    explanation->setText(
        reason == Reason::Created
            ? tr("This is the one-time password of account %1. %2").arg(userName, handOver)
            : tr("Its sessions have ended. This is the new one-time password of account %1. %2")
                  .arg(userName, handOver));

    auto *copyPassword = new QPushButton(tr("Copy"), this);
    copyPassword->setObjectName(QStringLiteral("copyPassword"));
    connect(copyPassword, &QPushButton::clicked, this,
            [this, copyPassword] { copy(m_password->text(), copyPassword); });
    auto *grid = new QGridLayout;
    auto *passwordLabel = new QLabel(tr("One-time &password:"), this);
    passwordLabel->setBuddy(m_password);
    grid->addWidget(passwordLabel, 0, 0);
    grid->addWidget(m_password, 1, 0);
    grid->addWidget(copyPassword, 1, 1);
    grid->setColumnStretch(0, 1);

    auto *totpNote = new QLabel(
        tr("Administrators sign in with a second factor (GB/T 22239-2019 §8.1.4.1 d). Add this key to the "
           "holder's authenticator app, e.g. as a QR code; it is shown only now as well."),
        this);
    totpNote->setWordWrap(true);
    auto *copyTotp = new QPushButton(tr("Copy key"), this);
    copyTotp->setObjectName(QStringLiteral("copyTotp"));
    connect(copyTotp, &QPushButton::clicked, this,
            [this, copyTotp] { copy(QString(m_totpSecret->text()).remove(QLatin1Char(' ')), copyTotp); });
    auto *totpLabel = new QLabel(tr("&Authenticator key:"), this);
    totpLabel->setBuddy(m_totpSecret);
    m_totpUri->setObjectName(QStringLiteral("totp"));
    m_totpUri->setReadOnly(true);
    m_totpUri->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_totpUri->setWordWrapMode(QTextOption::WrapAnywhere); // a URI has no spaces to wrap at
    m_totpUri->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_totpUri->setFixedHeight(m_totpUri->fontMetrics().lineSpacing() * 3 + 12);
    auto *copyUri = new QPushButton(tr("Copy URI"), this);
    copyUri->setObjectName(QStringLiteral("copyTotpUri"));
    connect(copyUri, &QPushButton::clicked, this,
            [this, copyUri] { copy(m_totpUri->toPlainText(), copyUri); });
    auto *uriLabel = new QLabel(tr("The same key as an otpauth:// URI, for a QR code:"), this);
    uriLabel->setWordWrap(true);
    grid->addWidget(totpLabel, 2, 0);
    grid->addWidget(totpNote, 3, 0, 1, 2);
    grid->addWidget(m_totpSecret, 4, 0);
    grid->addWidget(copyTotp, 4, 1);
    grid->addWidget(uriLabel, 5, 0, 1, 2);
    grid->addWidget(m_totpUri, 6, 0);
    grid->addWidget(copyUri, 6, 1, Qt::AlignTop);
    for (QWidget *w : std::initializer_list<QWidget *>{totpNote, copyTotp, totpLabel, m_totpSecret, uriLabel,
                                                       m_totpUri, copyUri})
        w->setVisible(!totpUri.isEmpty());

    m_acknowledged->setObjectName(QStringLiteral("acknowledged"));
    m_acknowledged->setText(tr("I have passed the password on; I know it cannot be shown again."));
    m_close->setObjectName(QStringLiteral("close"));
    m_close->setEnabled(false);
    m_close->setDefault(true);
    connect(m_acknowledged, &QCheckBox::toggled, m_close, &QPushButton::setEnabled);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_close, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetNoConstraint); // see fitHeightToContents()
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addSpacing(6);
    layout->addLayout(grid);
    layout->addSpacing(6);
    layout->addWidget(m_acknowledged);
    layout->addWidget(buttons);
    m_password->setFocus();
    m_password->selectAll();
}

bool OneTimePasswordDialog::isAcknowledged() const
{
    return m_acknowledged->isChecked();
}

void OneTimePasswordDialog::copy(const QString &text, QPushButton *button)
{
    QGuiApplication::clipboard()->setText(text);
    button->setText(tr("Copied"));
}

void OneTimePasswordDialog::reject()
{
    // Escape and the window's close button land here: not before the password has been passed on.
    if (!isAcknowledged()) {
        m_acknowledged->setFocus();
        return;
    }
    QDialog::reject();
}

void OneTimePasswordDialog::done(int result)
{
    if (!isAcknowledged())
        return; // whatever asks: the password has not been passed on yet
    QClipboard *clipboard = QGuiApplication::clipboard();
    const QString held = clipboard->text();
    const QString secret = QString(m_totpSecret->text()).remove(QLatin1Char(' '));
    if (!held.isEmpty() && (held == m_password->text() || held == secret || held == m_totpUri->toPlainText()))
        clipboard->clear();
    m_password->clear();
    m_totpSecret->clear();
    m_totpUri->clear();
    QDialog::done(result);
}

bool OneTimePasswordDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest)
        fitHeightToContents(this);
    return handled;
}

void OneTimePasswordDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitHeightToContents(this);
}

} // namespace rw
