#include "capslockhint.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>

namespace rw {

CapsLockHint::CapsLockHint(QWidget *parent)
    : QLabel(parent)
{
    setText(tr("Caps Lock appears to be on. Passwords are case-sensitive."));
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: #8a5300;"));
    hide();
}

void CapsLockHint::watch(QLineEdit *field)
{
    m_fields.append(field);
    field->installEventFilter(this);
    connect(field, &QObject::destroyed, this, [this, field] { m_fields.removeAll(field); });
}

bool CapsLockHint::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress: {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_CapsLock) {
            if (m_state != State::Unknown)
                m_state = m_state == State::On ? State::Off : State::On;
        } else if (key->text().size() == 1) {
            const QChar c = key->text().at(0);
            if (c.isLetter() && c.toUpper() != c.toLower()) {
                const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
                m_state = c.isUpper() != shift ? State::On : State::Off;
            }
        }
        refresh(watched);
        break;
    }
    case QEvent::FocusIn:
        refresh(watched);
        break;
    case QEvent::FocusOut:
        refresh(nullptr);
        break;
    default:
        break;
    }
    return false;
}

void CapsLockHint::refresh(QObject *focused)
{
    const bool watchedHasFocus = focused && m_fields.contains(qobject_cast<QLineEdit *>(focused));
    setVisible(watchedHasFocus && m_state == State::On);
}

} // namespace rw
