#include "newaccountdialog.h"

#include "security/regionscope.h"
#include "session/busyindicator.h"
#include "session/fitheight.h"
#include "session/inlinemessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace rw {

NewAccountDialog::NewAccountDialog(QWidget *parent)
    : QDialog(parent)
    , m_user(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_region(new QLineEdit(this))
    , m_regionHint(new QLabel(this))
    , m_problem(new InlineMessage(this))
    , m_error(new InlineMessage(this))
    , m_busyIndicator(new BusyIndicator(tr("Creating the account on the platform…"), this))
    , m_create(new QPushButton(tr("Create"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("New account"));
    setMinimumWidth(480);
    m_user->setObjectName(QStringLiteral("userName"));
    m_user->setMaxLength(64);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_displayName->setMaxLength(100);
    m_displayName->setPlaceholderText(tr("e.g. Wang Xiaoming"));
    m_role->setObjectName(QStringLiteral("role"));
    for (Role::Id id : Role::All)
        m_role->addItem(Role(id).displayName(), int(id));
    m_region->setObjectName(QStringLiteral("region"));
    m_region->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_region));
    m_regionHint->setObjectName(QStringLiteral("regionHint"));
    m_regionHint->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_error->setObjectName(QStringLiteral("error"));

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("Re&gion code:"), m_region);
    form->addRow(QString(), m_regionHint);

    m_create->setObjectName(QStringLiteral("create"));
    m_create->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_create, &QPushButton::clicked, this, &NewAccountDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *intro = new QLabel(tr("The platform generates a one-time password; the holder chooses their own "
                                "at the first sign-in."),
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

    for (QLineEdit *field : {m_user, m_displayName, m_region}) {
        connect(field, &QLineEdit::textChanged, this, [this] {
            m_error->clear();
            update();
        });
        connect(field, &QLineEdit::returnPressed, this, &NewAccountDialog::submit);
    }
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        m_error->clear();
        update();
    });
    update();
    m_user->setFocus();
}

QString NewAccountDialog::userName() const
{
    return m_user->text();
}

QString NewAccountDialog::displayName() const
{
    return m_displayName->text().trimmed();
}

Role NewAccountDialog::role() const
{
    return Role(Role::Id(m_role->currentData().toInt()));
}

QString NewAccountDialog::regionCode() const
{
    return role().scopeKind() == Role::ScopeKind::None ? QString() : m_region->text();
}

QString NewAccountDialog::problem() const
{
    const QString user = userName();
    // The platform's rule (1–64 characters, no spaces at either end); "/" would split the account's
    // address in /api/v1/accounts/<user>/….
    if (!user.isEmpty() && user.trimmed() != user)
        return tr("User name: no spaces at the beginning or the end (\"%1\").").arg(user);
    if (user.contains(QLatin1Char('/')))
        return tr("User name: \"/\" is not allowed (\"%1\").").arg(user);
    const QString region = m_region->text();
    if (role().scopeKind() == Role::ScopeKind::None || region.isEmpty())
        return {};
    if (region.size() < 6)
        return tr("Region code: a GB/T 2260 code has six digits, \"%1\" has %n.", nullptr, int(region.size()))
            .arg(region);
    QString error;
    const RegionScope scope = RegionScope::fromCode(region, &error);
    if (scope.isNone())
        return tr("Region code: %1").arg(error);
    const QString misfit = role().checkScope(scope);
    return misfit.isEmpty() ? QString() : tr("Region code: %1").arg(misfit);
}

void NewAccountDialog::update()
{
    const Role::ScopeKind kind = role().scopeKind();
    m_region->setEnabled(!m_busy && kind != Role::ScopeKind::None);
    switch (kind) {
    case Role::ScopeKind::None:
        m_region->setPlaceholderText(QString());
        m_regionHint->setText(tr("Administrators see no business data and have no region."));
        break;
    case Role::ScopeKind::Province:
        m_region->setPlaceholderText(tr("e.g. 460000"));
        m_regionHint->setText(tr("A province code (xx0000), e.g. 460000 for Hainan."));
        break;
    case Role::ScopeKind::City:
        m_region->setPlaceholderText(tr("e.g. 469001"));
        m_regionHint->setText(tr("A city code: a prefecture (xxyy00), a county-level city such as 469001 "
                                 "(Wuzhishan), or a municipality such as 110000."));
        break;
    }
    const QString wrong = problem();
    m_problem->showMessage(wrong);
    const bool complete =
        !userName().isEmpty() && (kind == Role::ScopeKind::None || m_region->text().size() == 6);
    m_create->setEnabled(!m_busy && complete && wrong.isEmpty());
}

void NewAccountDialog::submit()
{
    update();
    if (!m_create->isEnabled())
        return;
    m_error->clear();
    Q_EMIT createRequested(userName(), displayName(), role(), regionCode());
}

void NewAccountDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_user->setEnabled(!busy);
    m_displayName->setEnabled(!busy);
    m_role->setEnabled(!busy);
    m_busyIndicator->setBusy(busy);
    update();
}

void NewAccountDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->showMessage(message);
    m_user->setFocus();
}

bool NewAccountDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest)
        fitHeightToContents(this);
    return handled;
}

void NewAccountDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitHeightToContents(this);
}

} // namespace rw
