#pragma once

#include "permission.h"
#include "role.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

namespace rw {

/**
 * \brief Which role holds which permission: the access-control policy as data.
 *
 * builtIn() is the default table, written out as a matrix in permissiontable.cpp. The security
 * administrator may change a copy (GB/T 22239-2019 §8.1.4.2 e: 由授权主体配置访问控制策略) and
 * store it as JSON; every table must keep the separation of duties (§8.1.4.2 d, §8.1.5): a role
 * holds only permissions of its own duty (Role::duty()), so no table can, say, let the system
 * administrator read the audit log. dutyViolations() lists what breaks that; fromJson() refuses it.
 */
class PermissionTable
{
    Q_DECLARE_TR_FUNCTIONS(rw::PermissionTable)

public:
    static constexpr int FormatVersion = 1;

    /** Nobody may do anything. */
    PermissionTable() = default;

    /** The default table (compiled in, immutable). */
    static const PermissionTable &builtIn();

    bool allows(Role role, Permission permission) const;
    void set(Role role, Permission permission, bool allowed);
    QList<Permission> permissionsOf(Role role) const;
    QList<Role> rolesWith(Permission permission) const;

    /** One translated line per granted permission that lies outside its role's duty. */
    QStringList dutyViolations() const;

    /** {"version": 1, "roles": {"cityOfficer": ["viewOperationalData", …], …}}. */
    QJsonObject toJson() const;
    /** Reads toJson()'s format; refuses unknown roles or permissions, a newer version and duty violations. */
    static std::optional<PermissionTable> fromJson(const QJsonObject &json, QString *error = nullptr);

    /** Stable spelling of \a permission in JSON and audit details: "viewOperationalData", … */
    static QString permissionKey(Permission permission);
    static std::optional<Permission> permissionFromKey(QStringView key);
    /** Translated name, e.g. "Reveal personal data". */
    static QString permissionName(Permission permission);
    /** The duty \a permission belongs to. */
    static Role::Duty dutyOf(Permission permission);

    friend bool operator==(const PermissionTable &a, const PermissionTable &b)
    {
        return a.m_bits == b.m_bits;
    }

private:
    std::array<quint32, Role::All.size()> m_bits{}; //!< per role, bit n = Permission n
};

} // namespace rw
