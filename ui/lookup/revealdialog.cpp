#include "revealdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rw {

RevealDialog::RevealDialog(const QString &subject, QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("revealDialog"));
    setWindowTitle(tr("Reveal personal data"));
    m_text->setWordWrap(true);
    m_text->setText(
        tr("Show the name, ID, licence and phone numbers of %1 in clear?\n\nThe platform records who "
           "revealed what and why in its audit trail. Give the reason, e.g. the case or check it "
           "is for.")
            .arg(subject));
    m_reason->setPlaceholderText(tr("Reason (required), e.g. roadside check, identity of the driver"));
    m_reason->setAccessibleName(tr("Reason for revealing"));
    m_reason->setMaxLength(200);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reveal"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
}

QString RevealDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace rw
