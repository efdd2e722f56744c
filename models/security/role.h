#pragma once

#include "permission.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace rw {

class RegionScope;

/**
 * \brief The role of an account (DESIGN §8): three business roles bound to a region and the three
 * separated administrators of MLPS 2.0 (GB/T 22239-2019 §8.1.5: 系统管理员, 安全管理员, 审计管理员).
 *
 * An account has exactly one role, so no person holds two administrator roles. key() is the stable
 * spelling stored in account.role and audit_log.role; displayName() is translated.
 */
class Role
{
    Q_DECLARE_TR_FUNCTIONS(rw::Role)

public:
    enum Id {
        CityOfficer,           //!< 市级主管部门: scope a city (e.g. 469001 Wuzhishan)
        ProvincialSupervisor,  //!< 省级监管: scope a province (e.g. 460000 Hainan)
        EnforcementOfficer,    //!< 执法人员: scope a city
        SystemAdministrator,   //!< accounts, backup, configuration; no business data, no audit log
        SecurityAdministrator, //!< policy, permissions, keys, unlocking; no accounts, no audit log
        AuditAdministrator,    //!< the audit log only
    };

    /** Which kind of region an account of the role must be bound to. */
    enum class ScopeKind {
        None,     //!< administrators see no business data
        Province, //!< a province-level code (xx0000)
        City,     //!< a city: prefecture (xxyy00), county-level city (e.g. 469001) or municipality (110000)
    };

    /** The three duties that MLPS 2.0 keeps apart; every permission belongs to one. */
    enum class Duty { Business, SystemAdministration, SecurityAdministration, AuditAdministration };

    static constexpr std::array<Id, 6> All = {CityOfficer,         ProvincialSupervisor,  EnforcementOfficer,
                                              SystemAdministrator, SecurityAdministrator, AuditAdministrator};

    constexpr Role(Id id)
        : m_id(id)
    {}

    constexpr Id id() const { return m_id; }

    /** "cityOfficer", "provincialSupervisor", …: stored in the database and in policy JSON. */
    QString key() const;
    static std::optional<Role> fromKey(QStringView key);
    /** Translated name, e.g. "City officer". */
    QString displayName() const;

    /** One of the three separated administrators. */
    bool isAdministrator() const { return duty() != Duty::Business; }
    Duty duty() const;
    ScopeKind scopeKind() const;

    /** Empty if an account of this role may be bound to \a scope; otherwise why not (translated). */
    QString checkScope(const RegionScope &scope) const;

    /** Whether the role holds \a permission in the built-in PermissionTable. */
    bool can(Permission permission) const;

    friend constexpr bool operator==(Role a, Role b) { return a.m_id == b.m_id; }

private:
    Id m_id;
};

} // namespace rw
