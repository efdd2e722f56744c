#include "removebadrecorddialog.h"

#include "session/busyindicator.h"
#include "session/inlinemessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rw {

RemoveBadRecordDialog::RemoveBadRecordDialog(const BadRecord &record, QWidget *parent)
    : QDialog(parent)
    , m_id(record.id)
    , m_reason(new QLineEdit(this))
    , m_error(new InlineMessage(this))
    , m_busyIndicator(new BusyIndicator(tr("Removing the entry on the platform…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setWindowTitle(tr("Remove from the bad-record list"));
    setMinimumWidth(480);
    const QString subject = record.subject == BadRecord::Subject::Vehicle
                                ? tr("vehicle %1").arg(record.plate)
                                : tr("driver %1").arg(record.name.isEmpty() ? record.licence : record.name);
    auto *intro = new QLabel(tr("Remove %1 (entry %2, listed by %3: \"%4\") from the bad-record list? The "
                                "entry stays in the history with who removed it, when and why.")
                                 .arg(subject)
                                 .arg(record.id)
                                 .arg(record.addedBy, record.reason),
                             this);
    intro->setObjectName(QStringLiteral("question"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("e.g. the appeal decision and its date"));
    m_error->setObjectName(QStringLiteral("error"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason (required):"), m_reason);

    m_remove->setObjectName(QStringLiteral("remove"));
    m_remove->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancel"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_remove, QDialogButtonBox::AcceptRole);
    buttons->addButton(cancel, QDialogButtonBox::RejectRole);
    connect(m_remove, &QPushButton::clicked, this, &RemoveBadRecordDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, [this] {
        m_error->clear();
        update();
    });
    connect(m_reason, &QLineEdit::returnPressed, this, &RemoveBadRecordDialog::submit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busyIndicator);
    layout->addWidget(buttons);
    update();
    m_reason->setFocus();
}

QString RemoveBadRecordDialog::reason() const
{
    return m_reason->text().trimmed();
}

void RemoveBadRecordDialog::update()
{
    m_remove->setEnabled(!m_busy && !reason().isEmpty());
}

void RemoveBadRecordDialog::submit()
{
    update();
    if (!m_remove->isEnabled())
        return;
    m_error->clear();
    Q_EMIT removeRequested(m_id, reason());
}

void RemoveBadRecordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_reason->setEnabled(!busy);
    m_busyIndicator->setBusy(busy);
    update();
}

void RemoveBadRecordDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->showMessage(message);
    m_reason->setFocus();
}

} // namespace rw
