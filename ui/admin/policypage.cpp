#include "policypage.h"

#include "client/adminclient.h"
#include "session/busyindicator.h"
#include "session/inlinemessage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rw {

namespace {

enum class Group { Passwords, Expiry, Lockout, Sessions };

struct SettingSpec
{
    const char *key;
    Group group;
    int PasswordPolicy::*member;
};

constexpr SettingSpec Settings[] = {
    {"minLength", Group::Passwords, &PasswordPolicy::minLength},
    {"maxLength", Group::Passwords, &PasswordPolicy::maxLength},
    {"minClasses", Group::Passwords, &PasswordPolicy::minClasses},
    {"historyCount", Group::Passwords, &PasswordPolicy::historyCount},
    {"maxAgeDays", Group::Expiry, &PasswordPolicy::maxAgeDays},
    {"warnDays", Group::Expiry, &PasswordPolicy::warnDays},
    {"minAgeDays", Group::Expiry, &PasswordPolicy::minAgeDays},
    {"lockoutThreshold", Group::Lockout, &PasswordPolicy::lockoutThreshold},
    {"lockoutMinutes", Group::Lockout, &PasswordPolicy::lockoutMinutes},
    {"idleLockMinutes", Group::Sessions, &PasswordPolicy::idleLockMinutes},
    {"sessionLimitHours", Group::Sessions, &PasswordPolicy::sessionLimitHours},
};

const QString ProblemStyle = QStringLiteral("color: #a4262c;");

} // namespace

PolicyPage::PolicyPage(AdminClient *client, bool canEdit, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_canEdit(canEdit)
    , m_totpProblem(new QLabel(this))
    , m_lastChange(new QLabel(this))
    , m_status(new QLabel(this))
    , m_error(new InlineMessage(this))
    , m_busyIndicator(new BusyIndicator(tr("Waiting for the platform…"), this))
    , m_apply(new QPushButton(tr("&Apply…"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
{
    const auto labelOf = [](const QString &key) -> std::pair<QString, QString> {
        if (key == QLatin1String("minLength"))
            return {tr("Minimum length"), tr("characters")};
        if (key == QLatin1String("maxLength"))
            return {tr("Maximum length"), tr("characters")};
        if (key == QLatin1String("minClasses"))
            return {tr("Character classes required"), tr("of 4")};
        if (key == QLatin1String("historyCount"))
            return {tr("Previous passwords refused"), tr("count")};
        if (key == QLatin1String("maxAgeDays"))
            return {tr("Maximum age"), tr("days")};
        if (key == QLatin1String("warnDays"))
            return {tr("Warn before expiry"), tr("days")};
        if (key == QLatin1String("minAgeDays"))
            return {tr("Minimum age"), tr("days")};
        if (key == QLatin1String("lockoutThreshold"))
            return {tr("Lock after"), tr("failed sign-ins")};
        if (key == QLatin1String("lockoutMinutes"))
            return {tr("Lockout duration"), tr("minutes")};
        if (key == QLatin1String("idleLockMinutes"))
            return {tr("Lock the screen after"), tr("minutes idle")};
        if (key == QLatin1String("sessionLimitHours"))
            return {tr("End sessions after"), tr("hours")};
        return {key, QString()};
    };
    const auto groupTitle = [](Group group) {
        switch (group) {
        case Group::Passwords:
            return tr("Passwords");
        case Group::Expiry:
            return tr("Regular change (Art. 19 of the platform rules)");
        case Group::Lockout:
            return tr("Failed sign-ins");
        case Group::Sessions:
            return tr("Sessions");
        }
        return QString();
    };

    auto *title = new QLabel(tr("<h2>Security policy</h2>"), this);
    auto *intro =
        new QLabel(tr("Password, lockout and session rules of every account (GB/T 22239-2019 "
                      "§8.1.4.1). Each setting is limited to the range the platform allows. Changes "
                      "apply from each account's next sign-in or password change."),
                   this);
    intro->setWordWrap(true);
    m_lastChange->setObjectName(QStringLiteral("lastChange"));
    m_lastChange->setWordWrap(true);
    m_lastChange->setTextFormat(Qt::PlainText);

    auto *content = new QWidget(this);
    auto *columns = new QHBoxLayout(content);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    QMap<int, QFormLayout *> forms;
    for (Group group : {Group::Passwords, Group::Expiry, Group::Lockout, Group::Sessions}) {
        auto *box = new QGroupBox(groupTitle(group), content);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        forms.insert(int(group), form);
        (group == Group::Passwords || group == Group::Expiry ? left : right)->addWidget(box);
    }
    for (const SettingSpec &spec : Settings) {
        Field field;
        field.key = QLatin1String(spec.key);
        field.member = spec.member;
        std::tie(field.label, field.unit) = labelOf(field.key);
        QFormLayout *form = forms.value(int(spec.group));
        auto *cell = new QWidget(content);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        field.spin = new QSpinBox(cell);
        field.spin->setObjectName(field.key);
        field.spin->setMinimumWidth(field.spin->fontMetrics().horizontalAdvance(QStringLiteral("00000")) +
                                    40);
        field.spin->setAccessibleName(tr("%1 (%2)").arg(field.label, field.unit));
        field.spin->setToolTip(tr("Setting %1").arg(field.key));
        field.spin->setReadOnly(!m_canEdit);
        field.problem = new QLabel(cell);
        field.problem->setObjectName(field.key + QStringLiteral("Problem"));
        field.problem->setWordWrap(true);
        field.problem->setTextFormat(Qt::PlainText);
        field.problem->setStyleSheet(ProblemStyle);
        field.problem->hide();
        cellLayout->addWidget(field.spin, 0, Qt::AlignLeft);
        cellLayout->addWidget(field.problem);
        auto *label = new QLabel(tr("%1 (%2):").arg(field.label, field.unit), content);
        label->setBuddy(field.spin);
        form->addRow(label, cell);
        connect(field.spin, &QSpinBox::valueChanged, this, [this] {
            m_serverProblems.clear();
            updateState();
        });
        m_fields.append(field);
    }

    auto *totpBox = new QGroupBox(tr("Second factor (TOTP, RFC 6238)"), content);
    auto *totpLayout = new QVBoxLayout(totpBox);
    for (Role::Id id : Role::All) {
        const Role role(id);
        auto *check = new QCheckBox(role.displayName(), totpBox);
        check->setObjectName(QStringLiteral("totp_") + role.key());
        if (role.isAdministrator()) {
            // PasswordPolicy::validate(): administrators always sign in with a second factor.
            check->setEnabled(false);
            check->setToolTip(tr("Always required of administrators (GB/T 22239-2019 §8.1.4.1 d)."));
        }
        connect(check, &QCheckBox::toggled, this, [this] {
            m_serverProblems.clear();
            updateState();
        });
        totpLayout->addWidget(check);
        m_totp.insert(int(id), check);
    }
    m_totpProblem->setObjectName(QStringLiteral("totpRequiredRolesProblem"));
    m_totpProblem->setWordWrap(true);
    m_totpProblem->setStyleSheet(ProblemStyle);
    m_totpProblem->hide();
    totpLayout->addWidget(m_totpProblem);
    right->addWidget(totpBox);
    left->addStretch(1);
    right->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_apply->setObjectName(QStringLiteral("apply"));
    m_revert->setObjectName(QStringLiteral("revert"));
    m_apply->setVisible(m_canEdit);
    m_revert->setVisible(m_canEdit);
    connect(m_apply, &QPushButton::clicked, this, &PolicyPage::apply);
    connect(m_revert, &QPushButton::clicked, this, &PolicyPage::revert);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #107c10;"));
    m_status->hide();
    m_error->setObjectName(QStringLiteral("error"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_busyIndicator, 1);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_lastChange);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    // Only answers to this page's own requests: another reader of the policy must not overwrite an edit.
    connect(m_client, &AdminClient::policyReceived, this, [this](const PolicySnapshot &snapshot) {
        if (!std::exchange(m_fetching, false))
            return;
        setBusy(m_saving);
        showSnapshot(snapshot);
    });
    connect(m_client, &AdminClient::policySaved, this, [this](const PasswordPolicy &policy) {
        if (!std::exchange(m_saving, false))
            return;
        m_loaded.policy = policy; // in force now; reload() adds who and when
        setPolicy(policy);
        m_status->setText(tr("The platform applies the new policy."));
        m_status->show();
        reload();
    });
    connect(m_client, &AdminClient::policyRejected, this,
            [this](const QStringList &, const QString &message) {
                if (!m_saving)
                    return;
                m_serverProblems = message.split(QStringLiteral("; "), Qt::SkipEmptyParts);
                updateState();
            });
    connect(m_client, &AdminClient::failed, this,
            [this](AdminClient::Operation operation, const QString &message) {
                if (operation == AdminClient::Operation::FetchPolicy) {
                    if (!std::exchange(m_fetching, false))
                        return;
                } else if (operation == AdminClient::Operation::SavePolicy) {
                    if (!std::exchange(m_saving, false))
                        return;
                } else {
                    return;
                }
                setBusy(m_fetching || m_saving);
                m_status->hide();
                m_error->showMessage(message);
            });
    updateState();
}

void PolicyPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_requested)
        reload();
}

void PolicyPage::reload()
{
    m_requested = true;
    m_fetching = true;
    setBusy(true);
    m_client->fetchPolicy();
}

void PolicyPage::setBusy(bool busy)
{
    m_busy = busy;
    m_busyIndicator->setBusy(busy);
    updateState();
}

void PolicyPage::showSnapshot(const PolicySnapshot &snapshot)
{
    m_loaded = snapshot;
    m_haveLoaded = true;
    m_serverProblems.clear();
    for (Field &field : m_fields) {
        const QSignalBlocker block(field.spin);
        if (snapshot.bounds.contains(field.key)) {
            const PolicySnapshot::Range range = snapshot.bounds.value(field.key);
            field.spin->setRange(range.minimum, range.maximum);
            field.spin->setToolTip(
                tr("Setting %1: %2 to %3").arg(field.key).arg(range.minimum).arg(range.maximum));
        } else {
            // A platform that reports no bounds: those this console knows; the platform judges anyway.
            for (const PasswordPolicy::Range &range : PasswordPolicy::ranges()) {
                if (range.key == field.key)
                    field.spin->setRange(range.minimum, range.maximum);
            }
        }
    }
    if (snapshot.updatedAt.isValid())
        m_lastChange->setText(
            tr("In force since %1, set by %2.")
                .arg(snapshot.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     snapshot.updatedBy.isEmpty() ? tr("an unknown user") : snapshot.updatedBy));
    else
        m_lastChange->setText(tr("The built-in defaults are in force; nobody has changed the policy yet."));
    setPolicy(snapshot.policy);
}

void PolicyPage::setPolicy(const PasswordPolicy &policy)
{
    for (Field &field : m_fields) {
        const QSignalBlocker block(field.spin);
        field.spin->setValue(policy.*field.member);
    }
    for (auto it = m_totp.begin(); it != m_totp.end(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setChecked(policy.requiresTotp(Role(Role::Id(it.key()))));
    }
    updateState();
}

PasswordPolicy PolicyPage::editedPolicy() const
{
    PasswordPolicy policy = m_loaded.policy;
    for (const Field &field : m_fields)
        policy.*field.member = field.spin->value();
    policy.totpRequiredRoles.clear();
    for (Role::Id id : Role::All) {
        if (m_totp.value(int(id))->isChecked())
            policy.totpRequiredRoles.append(Role(id));
    }
    // Keep the order of the policy in force, so that an unchanged list compares equal.
    QList<Role> ordered;
    for (Role role : m_loaded.policy.totpRequiredRoles) {
        if (policy.totpRequiredRoles.contains(role))
            ordered.append(role);
    }
    for (Role role : policy.totpRequiredRoles) {
        if (!ordered.contains(role))
            ordered.append(role);
    }
    policy.totpRequiredRoles = ordered;
    return policy;
}

QStringList PolicyPage::changes() const
{
    QStringList lines;
    if (!m_haveLoaded)
        return lines;
    const PasswordPolicy edited = editedPolicy();
    for (const Field &field : m_fields) {
        const int before = m_loaded.policy.*field.member;
        const int after = edited.*field.member;
        if (before != after)
            lines << tr("%1 (%2): %3 → %4").arg(field.label, field.unit).arg(before).arg(after);
    }
    for (Role::Id id : Role::All) {
        const bool before = m_loaded.policy.requiresTotp(id);
        const bool after = edited.requiresTotp(id);
        if (before != after)
            lines << (after ? tr("Second factor required of %1").arg(Role(id).displayName())
                            : tr("Second factor no longer required of %1").arg(Role(id).displayName()));
    }
    return lines;
}

QString PolicyPage::problemText(const QString &key) const
{
    if (key == QLatin1String("totpRequiredRoles"))
        return m_totpProblem->isVisibleTo(this) ? m_totpProblem->text() : QString();
    for (const Field &field : m_fields) {
        if (field.key == key)
            return field.problem->isVisibleTo(this) ? field.problem->text() : QString();
    }
    return {};
}

void PolicyPage::showProblems(const QStringList &lines)
{
    QMap<QString, QStringList> byKey;
    for (const QString &line : lines) {
        for (const QString &key : AdminClient::policyKeysIn(line))
            byKey[key].append(line);
    }
    for (Field &field : m_fields) {
        const QStringList mine = byKey.value(field.key);
        field.problem->setText(mine.join(QLatin1Char('\n')));
        field.problem->setVisible(!mine.isEmpty());
    }
    const QStringList totp = byKey.value(QStringLiteral("totpRequiredRoles"));
    m_totpProblem->setText(totp.join(QLatin1Char('\n')));
    m_totpProblem->setVisible(!totp.isEmpty());
}

void PolicyPage::updateState()
{
    const QStringList local = m_haveLoaded ? editedPolicy().validate() : QStringList();
    showProblems(local + m_serverProblems);
    for (Field &field : m_fields)
        field.spin->setEnabled(m_haveLoaded && !m_busy);
    for (auto it = m_totp.begin(); it != m_totp.end(); ++it)
        it.value()->setEnabled(m_canEdit && m_haveLoaded && !m_busy &&
                               !Role(Role::Id(it.key())).isAdministrator());
    const bool modified = isModified();
    m_apply->setEnabled(m_canEdit && modified && local.isEmpty() && !m_busy);
    m_revert->setEnabled(m_canEdit && modified && !m_busy);
    if (modified)
        m_status->hide();
}

void PolicyPage::revert()
{
    m_serverProblems.clear();
    m_error->clear();
    setPolicy(m_loaded.policy);
}

void PolicyPage::apply()
{
    if (!m_apply->isEnabled())
        return;
    const QStringList lines = changes();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Apply the security policy"),
                                tr("Apply these changes to the policy of every account?"),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmPolicy"));
    box->setInformativeText(QStringLiteral("• ") + lines.join(QStringLiteral("\n• ")));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("Apply"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirm"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    const PasswordPolicy policy = editedPolicy();
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, policy](QAbstractButton *clicked) {
        if (clicked != yes)
            return;
        m_error->clear();
        m_saving = true;
        setBusy(true);
        m_client->savePolicy(policy);
    });
    box->open();
}

} // namespace rw
