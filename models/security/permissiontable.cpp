#include "permissiontable.h"

#include <QJsonArray>

namespace rw {

namespace {

static_assert(AllPermissions.size() <= 32, "PermissionTable keeps one 32-bit mask per role");

constexpr quint32 bit(Permission permission)
{
    return quint32(1) << int(permission);
}

// The default table (DESIGN §8, reference/security.md §1.2). Columns: CO city officer, PS provincial
// supervisor, EO enforcement officer, SA system, SecA security, AA audit administrator.
struct Row
{
    Permission permission;
    std::array<bool, Role::All.size()> roles;
};
constexpr bool X = true;
constexpr bool _ = false;
// clang-format off
constexpr std::array<Row, AllPermissions.size()> DefaultTable = {{
    //                                  CO PS EO SA SecA AA
    {Permission::ViewOperationalData,  {X, X, X, _, _,   _}},
    {Permission::ViewQualityReports,   {X, X, _, _, _,   _}},
    // Seed 000 Art. 18: the results are published for the province, after the supervisor's review.
    {Permission::PublishQualityReports, {_, X, _, _, _,  _}},
    // Enforcement needs the person in front of it; a city authority its permit holders. A province
    // supervises cities and works on masked data (GB/T 35273-2020 §7.5 display restriction).
    {Permission::RevealPersonalData,   {X, _, X, _, _,   _}},
    {Permission::ExportData,           {X, X, _, _, _,   _}},
    {Permission::ManageCityPermits,    {X, _, _, _, _,   _}}, // seed 000 Art. 5: the city authority
    {Permission::ReviewOutageNotices,  {X, X, _, _, _,   _}},
    {Permission::ManageAccounts,       {_, _, _, X, _,   _}},
    {Permission::ManageSystem,         {_, _, _, X, _,   _}},
    {Permission::ManageSecurityPolicy, {_, _, _, _, X,   _}},
    {Permission::ManagePermissions,    {_, _, _, _, X,   _}},
    {Permission::UnlockAccounts,       {_, _, _, _, X,   _}},
    {Permission::SuspendCompanyAccess, {_, _, _, _, X,   _}}, // seed 000 Art. 13: platform security
    {Permission::ManageKeys,           {_, _, _, _, X,   _}},
    {Permission::ViewAuditLog,         {_, _, _, _, _,   X}},
    {Permission::VerifyAuditLog,       {_, _, _, _, _,   X}},
    {Permission::ExportAuditLog,       {_, _, _, _, _,   X}},
}};
// clang-format on

PermissionTable makeDefault()
{
    PermissionTable table;
    for (const Row &row : DefaultTable) {
        for (Role::Id role : Role::All)
            table.set(role, row.permission, row.roles[role]);
    }
    return table;
}

} // namespace

const PermissionTable &PermissionTable::builtIn()
{
    static const PermissionTable table = makeDefault();
    return table;
}

bool PermissionTable::allows(Role role, Permission permission) const
{
    return (m_bits[role.id()] & bit(permission)) != 0;
}

void PermissionTable::set(Role role, Permission permission, bool allowed)
{
    if (allowed)
        m_bits[role.id()] |= bit(permission);
    else
        m_bits[role.id()] &= ~bit(permission);
}

QList<Permission> PermissionTable::permissionsOf(Role role) const
{
    QList<Permission> result;
    for (Permission permission : AllPermissions) {
        if (allows(role, permission))
            result.append(permission);
    }
    return result;
}

QList<Role> PermissionTable::rolesWith(Permission permission) const
{
    QList<Role> result;
    for (Role::Id role : Role::All) {
        if (allows(role, permission))
            result.append(role);
    }
    return result;
}

QStringList PermissionTable::dutyViolations() const
{
    QStringList violations;
    for (Role::Id id : Role::All) {
        const Role role(id);
        for (Permission permission : permissionsOf(role)) {
            if (dutyOf(permission) != role.duty()) {
                violations.append(tr("role %1 must not hold permission %2: it belongs to another duty, and "
                                     "MLPS 2.0 keeps system, security and audit administration apart "
                                     "(GB/T 22239-2019 §8.1.4.2 d)")
                                      .arg(role.key(), permissionKey(permission)));
            }
        }
    }
    return violations;
}

QJsonObject PermissionTable::toJson() const
{
    QJsonObject roles;
    for (Role::Id id : Role::All) {
        QJsonArray granted;
        for (Permission permission : permissionsOf(id))
            granted.append(permissionKey(permission));
        roles.insert(Role(id).key(), granted);
    }
    return QJsonObject{{QStringLiteral("version"), FormatVersion}, {QStringLiteral("roles"), roles}};
}

std::optional<PermissionTable> PermissionTable::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<PermissionTable> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const int version = json.value(QStringLiteral("version")).toInt(-1);
    if (version < 1 || version > FormatVersion)
        return fail(tr("permission table: version %1 is not supported (this program reads version %2)")
                        .arg(json.value(QStringLiteral("version")).toVariant().toString())
                        .arg(FormatVersion));
    const QJsonValue rolesValue = json.value(QStringLiteral("roles"));
    if (!rolesValue.isObject())
        return fail(tr("permission table: \"roles\" must be an object of role → permission list"));
    PermissionTable table;
    const QJsonObject roles = rolesValue.toObject();
    for (auto it = roles.begin(); it != roles.end(); ++it) {
        const std::optional<Role> role = Role::fromKey(it.key());
        if (!role)
            return fail(tr("permission table: unknown role \"%1\"").arg(it.key()));
        if (!it.value().isArray())
            return fail(tr("permission table: the permissions of role %1 must be a list").arg(it.key()));
        for (const QJsonValue &value : it.value().toArray()) {
            const std::optional<Permission> permission = permissionFromKey(value.toString());
            if (!permission)
                return fail(tr("permission table: role %1 lists unknown permission \"%2\"")
                                .arg(it.key(), value.toVariant().toString()));
            table.set(*role, *permission, true);
        }
    }
    const QStringList violations = table.dutyViolations();
    if (!violations.isEmpty())
        return fail(tr("permission table: %1").arg(violations.join(QStringLiteral("; "))));
    if (error)
        error->clear();
    return table;
}

QString PermissionTable::permissionKey(Permission permission)
{
    switch (permission) {
    case Permission::ViewOperationalData:
        return QStringLiteral("viewOperationalData");
    case Permission::ViewQualityReports:
        return QStringLiteral("viewQualityReports");
    case Permission::PublishQualityReports:
        return QStringLiteral("publishQualityReports");
    case Permission::RevealPersonalData:
        return QStringLiteral("revealPersonalData");
    case Permission::ExportData:
        return QStringLiteral("exportData");
    case Permission::ManageCityPermits:
        return QStringLiteral("manageCityPermits");
    case Permission::ReviewOutageNotices:
        return QStringLiteral("reviewOutageNotices");
    case Permission::ManageAccounts:
        return QStringLiteral("manageAccounts");
    case Permission::ManageSystem:
        return QStringLiteral("manageSystem");
    case Permission::ManageSecurityPolicy:
        return QStringLiteral("manageSecurityPolicy");
    case Permission::ManagePermissions:
        return QStringLiteral("managePermissions");
    case Permission::UnlockAccounts:
        return QStringLiteral("unlockAccounts");
    case Permission::SuspendCompanyAccess:
        return QStringLiteral("suspendCompanyAccess");
    case Permission::ManageKeys:
        return QStringLiteral("manageKeys");
    case Permission::ViewAuditLog:
        return QStringLiteral("viewAuditLog");
    case Permission::VerifyAuditLog:
        return QStringLiteral("verifyAuditLog");
    case Permission::ExportAuditLog:
        return QStringLiteral("exportAuditLog");
    }
    return {};
}

std::optional<Permission> PermissionTable::permissionFromKey(QStringView key)
{
    for (Permission permission : AllPermissions) {
        if (permissionKey(permission) == key)
            return permission;
    }
    return std::nullopt;
}

QString PermissionTable::permissionName(Permission permission)
{
    switch (permission) {
    case Permission::ViewOperationalData:
        return tr("View operational data");
    case Permission::ViewQualityReports:
        return tr("View quality reports");
    case Permission::PublishQualityReports:
        return tr("Review and publish quality reports");
    case Permission::RevealPersonalData:
        return tr("Reveal personal data");
    case Permission::ExportData:
        return tr("Export data");
    case Permission::ManageCityPermits:
        return tr("Manage city permits");
    case Permission::ReviewOutageNotices:
        return tr("Review outage notices");
    case Permission::ManageAccounts:
        return tr("Manage accounts");
    case Permission::ManageSystem:
        return tr("Manage the system");
    case Permission::ManageSecurityPolicy:
        return tr("Manage the security policy");
    case Permission::ManagePermissions:
        return tr("Manage permissions");
    case Permission::UnlockAccounts:
        return tr("Unlock accounts");
    case Permission::SuspendCompanyAccess:
        return tr("Suspend company uploads");
    case Permission::ManageKeys:
        return tr("Manage keys");
    case Permission::ViewAuditLog:
        return tr("View the audit log");
    case Permission::VerifyAuditLog:
        return tr("Verify the audit log");
    case Permission::ExportAuditLog:
        return tr("Export the audit log");
    }
    return {};
}

Role::Duty PermissionTable::dutyOf(Permission permission)
{
    switch (permission) {
    case Permission::ViewOperationalData:
    case Permission::ViewQualityReports:
    case Permission::PublishQualityReports:
    case Permission::RevealPersonalData:
    case Permission::ExportData:
    case Permission::ManageCityPermits:
    case Permission::ReviewOutageNotices:
        return Role::Duty::Business;
    case Permission::ManageAccounts:
    case Permission::ManageSystem:
        return Role::Duty::SystemAdministration;
    case Permission::ManageSecurityPolicy:
    case Permission::ManagePermissions:
    case Permission::UnlockAccounts:
    case Permission::SuspendCompanyAccess:
    case Permission::ManageKeys:
        return Role::Duty::SecurityAdministration;
    case Permission::ViewAuditLog:
    case Permission::VerifyAuditLog:
    case Permission::ExportAuditLog:
        return Role::Duty::AuditAdministration;
    }
    return Role::Duty::Business;
}

} // namespace rw
