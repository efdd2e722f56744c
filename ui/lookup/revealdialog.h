#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace rw {

/**
 * \brief Asks why personal data is to be revealed (DESIGN §8: revealing is a role right and audited; the
 * platform refuses reveal=1 without a reason). OK stays disabled until a reason is typed.
 */
class RevealDialog : public QDialog
{
    Q_OBJECT

public:
    /** \a subject: what would be revealed ("the driver 张*, certificate 4690…"). */
    explicit RevealDialog(const QString &subject, QWidget *parent = nullptr);

    QString reason() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QLabel *m_text;
    QLineEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace rw
