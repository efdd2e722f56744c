#pragma once

#include <QLabel>

class QLineEdit;

namespace rw {

/**
 * \brief "Caps Lock is on" warning under password fields.
 *
 * Qt has no portable way to query the Caps Lock state, so this infers it from what the user
 * types: a cased letter whose case disagrees with the Shift key means Caps Lock is on; a press
 * of the Caps Lock key flips the known state. Until the first letter is typed the state is
 * unknown and nothing is shown. Only the letter's case is looked at, never stored.
 * Input through an input method (e.g. Pinyin) carries no case and leaves the state unchanged.
 */
class CapsLockHint : public QLabel
{
    Q_OBJECT

public:
    explicit CapsLockHint(QWidget *parent = nullptr);

    /** Watches \a field's key presses; the hint shows while one of the watched fields has focus. */
    void watch(QLineEdit *field);

    /** Whether Caps Lock is believed to be on (false while unknown). */
    bool capsLockOn() const { return m_state == State::On; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class State { Unknown, Off, On };

    void refresh(QObject *focused);

    State m_state = State::Unknown;
    QList<QLineEdit *> m_fields;
};

} // namespace rw
