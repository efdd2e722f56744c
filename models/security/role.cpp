#include "role.h"

#include "permissiontable.h"
#include "regionscope.h"

namespace rw {

QString Role::key() const
{
    switch (m_id) {
    case CityOfficer:
        return QStringLiteral("cityOfficer");
    case ProvincialSupervisor:
        return QStringLiteral("provincialSupervisor");
    case EnforcementOfficer:
        return QStringLiteral("enforcementOfficer");
    case SystemAdministrator:
        return QStringLiteral("systemAdministrator");
    case SecurityAdministrator:
        return QStringLiteral("securityAdministrator");
    case AuditAdministrator:
        return QStringLiteral("auditAdministrator");
    }
    return {};
}

std::optional<Role> Role::fromKey(QStringView key)
{
    for (Id id : All) {
        if (Role(id).key() == key)
            return Role(id);
    }
    return std::nullopt;
}

QString Role::displayName() const
{
    switch (m_id) {
    case CityOfficer:
        return tr("City officer");
    case ProvincialSupervisor:
        return tr("Provincial supervisor");
    case EnforcementOfficer:
        return tr("Enforcement officer");
    case SystemAdministrator:
        return tr("System administrator");
    case SecurityAdministrator:
        return tr("Security administrator");
    case AuditAdministrator:
        return tr("Audit administrator");
    }
    return {};
}

Role::Duty Role::duty() const
{
    switch (m_id) {
    case CityOfficer:
    case ProvincialSupervisor:
    case EnforcementOfficer:
        return Duty::Business;
    case SystemAdministrator:
        return Duty::SystemAdministration;
    case SecurityAdministrator:
        return Duty::SecurityAdministration;
    case AuditAdministrator:
        return Duty::AuditAdministration;
    }
    return Duty::Business;
}

Role::ScopeKind Role::scopeKind() const
{
    switch (m_id) {
    case CityOfficer:
    case EnforcementOfficer:
        return ScopeKind::City;
    case ProvincialSupervisor:
        return ScopeKind::Province;
    case SystemAdministrator:
    case SecurityAdministrator:
    case AuditAdministrator:
        return ScopeKind::None;
    }
    return ScopeKind::None;
}

QString Role::checkScope(const RegionScope &scope) const
{
    switch (scopeKind()) {
    case ScopeKind::None:
        if (!scope.isNone())
            return tr("role %1 sees no business data and takes no region, but region %2 was given")
                .arg(key(), scope.code());
        return {};
    case ScopeKind::Province:
        if (scope.level() != RegionScope::Level::Province)
            return tr("role %1 needs a province code (xx0000, e.g. 460000), not \"%2\"")
                .arg(key(), scope.code());
        return {};
    case ScopeKind::City:
        // A city: a prefecture, a county-level city governed by its province (469001), or one of
        // the four municipalities, whose city authority works at province level (110000).
        if (scope.level() == RegionScope::Level::Prefecture ||
            RegionScope::isProvinceGovernedCounty(scope.code()) ||
            (scope.level() == RegionScope::Level::Province && RegionScope::isMunicipality(scope.code())))
            return {};
        return tr("role %1 needs a city code (a prefecture xxyy00 such as 460100, a county-level city "
                  "such as 469001, or a municipality such as 110000), not \"%2\"")
            .arg(key(), scope.code());
    }
    return {};
}

bool Role::can(Permission permission) const
{
    return PermissionTable::builtIn().allows(*this, permission);
}

} // namespace rw
