#pragma once

#include <QFrame>

class QLabel;

namespace rw {

/**
 * \brief An inline error message for the session dialogs: icon, text in red on a light-red
 * background, announced to screen readers when it appears.
 *
 * It sets both its foreground and background colours, so it stays readable under dark themes.
 * Hidden while empty.
 */
class InlineMessage : public QFrame
{
    Q_OBJECT

public:
    explicit InlineMessage(QWidget *parent = nullptr);

    QString text() const;

public slots:
    /** Shows \a text (rich text is not interpreted); an empty text hides the message. */
    void showMessage(const QString &text);
    void clear();

private:
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace rw
