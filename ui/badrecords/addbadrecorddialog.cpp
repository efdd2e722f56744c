#include "addbadrecorddialog.h"

#include "session/busyindicator.h"
#include "session/fitheight.h"
#include "session/inlinemessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rw {

namespace {

constexpr int MaxKeyLength = 32;     // plate and LicenseId are V32 in the spec (BadRecordStore)
constexpr int MaxReasonLength = 500; // BadRecordStore::MaxReasonLength

} // namespace

AddBadRecordDialog::AddBadRecordDialog(const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_today(today)
    , m_subject(new QComboBox(this))
    , m_keyLabel(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_reason(new QPlainTextEdit(this))
    , m_hasUntil(new QCheckBox(tr("Listed &until:"), this))
    , m_until(new QDateEdit(this))
    , m_problem(new InlineMessage(this))
    , m_error(new InlineMessage(this))
    , m_busyIndicator(new BusyIndicator(tr("Adding the entry on the platform…"), this))
    , m_add(new QPushButton(tr("Add to the list"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("Add to the bad-record list"));
    setMinimumWidth(520);
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->addItem(tr("Vehicle"), int(BadRecord::Subject::Vehicle));
    m_subject->addItem(tr("Driver"), int(BadRecord::Subject::Driver));
    m_key->setObjectName(QStringLiteral("key"));
    m_key->setMaxLength(MaxKeyLength + 8); // a plate may carry spaces or "·" that are dropped
    m_keyLabel->setBuddy(m_key);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why the vehicle or driver is listed, e.g. the decision and its date"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_hasUntil->setObjectName(QStringLiteral("hasUntil"));
    m_until->setObjectName(QStringLiteral("until"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    if (m_today.isValid()) {
        m_until->setMinimumDate(m_today);
        m_until->setDate(m_today.addYears(1));
    }
    m_until->setEnabled(false);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_error->setObjectName(QStringLiteral("error"));

    auto *untilRow = new QHBoxLayout;
    untilRow->addWidget(m_hasUntil);
    untilRow->addWidget(m_until);
    untilRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(m_keyLabel, m_key);
    form->addRow(tr("&Reason (required):"), m_reason);
    form->addRow(QString(), untilRow);

    m_add->setObjectName(QStringLiteral("add"));
    m_add->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_add, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_add, &QPushButton::clicked, this, &AddBadRecordDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *intro =
        new QLabel(tr("The entry is the city's (Wuzhishan rules Art. 34): it names who added it and "
                      "when, and is kept when removed. A listed vehicle or driver that goes online "
                      "raises an alert on the live map."),
                   this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetNoConstraint); // see fitHeightToContents()
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_error);
    layout->addWidget(m_busyIndicator);
    layout->addWidget(buttons);

    const auto edited = [this] {
        m_error->clear();
        update();
    };
    connect(m_subject, &QComboBox::currentIndexChanged, this, edited);
    connect(m_key, &QLineEdit::textChanged, this, edited);
    connect(m_key, &QLineEdit::returnPressed, this, [this] { m_reason->setFocus(); });
    connect(m_reason, &QPlainTextEdit::textChanged, this, edited);
    connect(m_hasUntil, &QCheckBox::toggled, this, edited);
    connect(m_until, &QDateEdit::dateChanged, this, edited);
    update();
    m_key->setFocus();
}

BadRecord::Subject AddBadRecordDialog::subject() const
{
    return BadRecord::Subject(m_subject->currentData().toInt());
}

QString AddBadRecordDialog::key() const
{
    return subject() == BadRecord::Subject::Vehicle ? BadRecord::normalisedPlate(m_key->text())
                                                    : m_key->text().trimmed();
}

QString AddBadRecordDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QDate AddBadRecordDialog::until() const
{
    return m_hasUntil->isChecked() ? m_until->date() : QDate();
}

QString AddBadRecordDialog::problem() const
{
    const bool vehicle = subject() == BadRecord::Subject::Vehicle;
    const QString k = key();
    if (k.size() > MaxKeyLength)
        return vehicle ? tr("Plate: \"%1\" has %2 characters, at most %3 are allowed.")
                             .arg(k)
                             .arg(k.size())
                             .arg(MaxKeyLength)
                       : tr("Licence number: %1 characters, at most %2 are allowed.")
                             .arg(k.size())
                             .arg(MaxKeyLength);
    if (!vehicle && k.contains(QLatin1Char(' ')))
        return tr("Licence number: no spaces inside (\"%1\").").arg(k);
    if (reason().size() > MaxReasonLength)
        return tr("Reason: %1 characters, at most %2 are allowed.").arg(reason().size()).arg(MaxReasonLength);
    if (until().isValid() && m_today.isValid() && until() < m_today)
        return tr("Until: %1 lies before today (%2).")
            .arg(until().toString(Qt::ISODate), m_today.toString(Qt::ISODate));
    return {};
}

void AddBadRecordDialog::update()
{
    const bool vehicle = subject() == BadRecord::Subject::Vehicle;
    m_keyLabel->setText(vehicle ? tr("&Plate:") : tr("&Licence number:"));
    m_key->setPlaceholderText(vehicle ? tr("e.g. 琼DD12345")
                                      : tr("LicenseId as companies upload it, usually the ID number"));
    m_until->setEnabled(!m_busy && m_hasUntil->isChecked());
    const QString wrong = problem();
    m_problem->showMessage(wrong);
    m_add->setEnabled(!m_busy && wrong.isEmpty() && !key().isEmpty() && !reason().isEmpty());
}

void AddBadRecordDialog::submit()
{
    update();
    if (!m_add->isEnabled())
        return;
    m_error->clear();
    Q_EMIT addRequested(subject(), key(), reason(), until());
}

void AddBadRecordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_subject->setEnabled(!busy);
    m_key->setEnabled(!busy);
    m_reason->setReadOnly(busy);
    m_hasUntil->setEnabled(!busy);
    m_busyIndicator->setBusy(busy);
    update();
}

void AddBadRecordDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->showMessage(message);
    m_key->setFocus();
}

bool AddBadRecordDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest)
        fitHeightToContents(this);
    return handled;
}

void AddBadRecordDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitHeightToContents(this);
}

} // namespace rw
