#include "lockscreen.h"

#include "session/busyindicator.h"
#include "session/capslockhint.h"
#include "session/inlinemessage.h"

#include <QApplication>
#include <QChildEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace rw {

namespace {

bool insideLockScreen(QObject *object)
{
    for (QObject *o = object; o; o = o->parent()) {
        if (qobject_cast<LockScreen *>(o))
            return true;
    }
    return false;
}

} // namespace

LockScreen::LockScreen(QWidget *window)
    : QWidget(window)
    , m_title(new QLabel(tr("RideWatch is locked"), this))
    , m_who(new QLabel(this))
    , m_since(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_capsLock(new CapsLockHint(this))
    , m_error(new InlineMessage(this))
    , m_busyIndicator(new BusyIndicator(tr("Checking the password with the platform…"), this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_signOut(new QPushButton(tr("Sign &out"), this))
{
    Q_ASSERT(window);
    setObjectName(QStringLiteral("lockScreen"));
    // Opaque: the whole rectangle is painted with the window colour, nothing below shows through.
    setAutoFillBackground(true);
    QPalette pal = palette();
    QColor background = pal.color(QPalette::Window);
    background.setAlpha(255);
    pal.setColor(QPalette::Window, background);
    setPalette(pal);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);
    m_who->setTextFormat(Qt::PlainText);
    m_who->setAlignment(Qt::AlignHCenter);
    m_who->setWordWrap(true);
    m_since->setTextFormat(Qt::PlainText);
    m_since->setAlignment(Qt::AlignHCenter);
    m_since->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(128);
    m_capsLock->watch(m_password);
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_unlock->setDefault(true);
    m_signOut->setObjectName(QStringLiteral("signOut"));

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("lockCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setMaximumWidth(460);
    card->setMinimumWidth(360);
    auto *form = new QFormLayout;
    auto *passwordLabel = new QLabel(tr("&Password:"), card);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    form->addRow(QString(), m_capsLock);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signOut);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 20);
    cardLayout->setSpacing(10);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_who);
    cardLayout->addWidget(m_since);
    cardLayout->addSpacing(6);
    cardLayout->addLayout(form);
    cardLayout->addWidget(m_error);
    cardLayout->addWidget(m_busyIndicator);
    cardLayout->addLayout(buttons);

    // Centred by stretches, not by alignment: an aligned item gets its height for the full width,
    // and the card's wrapped lines would be cut off.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 100);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_password, &QLineEdit::textChanged, this, &LockScreen::updateButtons);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);

    window->installEventFilter(this);
    updateButtons();
    hide();
}

LockScreen::~LockScreen()
{
    if (m_locked)
        qApp->removeEventFilter(this);
}

QString LockScreen::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void LockScreen::lock(const QString &userName, const QDateTime &since)
{
    if (m_locked)
        return;
    m_locked = true;
    m_userName = userName;
    m_lockedSince = since;
    m_who->setText(tr("Signed in as %1.").arg(userName));
    m_since->setText(tr("Locked since %1. Enter your password to continue, or sign out.")
                         .arg(QLocale().toString(since.toLocalTime(), QLocale::ShortFormat)));
    m_password->clear();
    m_error->clear();
    setBusy(false);

    QWidget *window = parentWidget();
    QWidget *focused = QApplication::focusWidget();
    m_focusBeforeLock = (focused && window->isAncestorOf(focused)) ? focused : nullptr;

    coverWindow();
    show();
    for (QObject *child : window->children()) {
        if (child->isWidgetType())
            disableCovered(static_cast<QWidget *>(child));
    }
    qApp->installEventFilter(this);
    m_password->setFocus(Qt::OtherFocusReason);
}

void LockScreen::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    qApp->removeEventFilter(this);
    m_password->clear();
    m_error->clear();
    setBusy(false);
    hide();
    for (const QPointer<QWidget> &widget : std::as_const(m_disabled)) {
        if (widget)
            widget->setEnabled(true);
    }
    m_disabled.clear();
    if (m_focusBeforeLock)
        m_focusBeforeLock->setFocus(Qt::OtherFocusReason);
    m_focusBeforeLock = nullptr;
}

void LockScreen::setBusy(bool busy)
{
    m_busy = busy;
    m_password->setEnabled(!busy);
    m_busyIndicator->setBusy(busy);
    updateButtons();
}

void LockScreen::showError(const QString &message)
{
    setBusy(false);
    m_error->showMessage(message);
    m_password->clear();
    m_password->setFocus(Qt::OtherFocusReason);
}

bool LockScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget()) {
        if (event->type() == QEvent::Resize && m_locked) {
            coverWindow();
        } else if (event->type() == QEvent::ChildAdded && m_locked) {
            // The child is still being constructed; deal with it once the event loop returns.
            QPointer<QObject> child = static_cast<QChildEvent *>(event)->child();
            QTimer::singleShot(0, this, [this, child] {
                if (!m_locked)
                    return;
                if (child && child->isWidgetType())
                    disableCovered(static_cast<QWidget *>(child.data()));
                raise();
            });
        }
        return false;
    }
    // Installed on the application while locked: the covered window's actions (e.g. an export
    // shortcut) must not fire behind the lock. Shortcuts of lock screens themselves still work.
    if (event->type() == QEvent::Shortcut && m_locked && !insideLockScreen(watched))
        return true;
    return false;
}

void LockScreen::coverWindow()
{
    setGeometry(parentWidget()->rect());
    raise();
}

void LockScreen::disableCovered(QWidget *widget)
{
    // Separate windows (dialogs parented to the window) are not covered; explicitly disabled
    // widgets stay as they are and are not re-enabled by unlock().
    if (widget == this || widget->isWindow() || widget->testAttribute(Qt::WA_Disabled))
        return;
    widget->setEnabled(false);
    m_disabled.append(widget);
}

void LockScreen::submit()
{
    if (!m_locked || m_busy || m_password->text().isEmpty())
        return;
    m_error->clear();
    emit unlockRequested(m_password->text());
}

void LockScreen::updateButtons()
{
    m_unlock->setEnabled(!m_busy && !m_password->text().isEmpty());
}

} // namespace rw
