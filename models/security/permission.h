#pragma once

#include <array>

namespace rw {

/**
 * \brief What an account may do. Which role holds which permission is data: PermissionTable.
 *
 * Permissions fall into four duties (PermissionTable::dutyOf()): business (the regulators' work),
 * system, security and audit administration. MLPS 2.0 (GB/T 22239-2019 §8.1.4.2 d, §8.1.5) wants
 * the three administrators separated, so a role only ever holds permissions of its own duty.
 */
enum class Permission {
    // Business: queries within the account's region scope (DESIGN §8).
    ViewOperationalData,   //!< companies, vehicles, drivers, orders, positions; personal data masked
    ViewQualityReports,    //!< data transmission quality evaluations (seed 000 Art. 16–18)
    PublishQualityReports, //!< review and publish the monthly and yearly results (seed 000 Art. 18)
    RevealPersonalData,    //!< unmask ID numbers, phone numbers, names, with a reason; audited
    ExportData,            //!< export query results (masked by default); audited
    ManageCityPermits,     //!< enter permits when the 运政 system cannot feed them (seed 000 Art. 5)
    ReviewOutageNotices,   //!< planned stops and incident reports (seed 000 Art. 11–12)
    // System administration: accounts and the running system.
    ManageAccounts, //!< create, rename, disable accounts; reset passwords (forces a change)
    ManageSystem,   //!< configuration, backup and restore
    // Security administration: policy and keys.
    ManageSecurityPolicy, //!< password, lockout and session policy
    ManagePermissions,    //!< this role → permission table
    UnlockAccounts,       //!< lift a lockout before it ends
    SuspendCompanyAccess, //!< suspend and restore a company's upload access (seed 000 Art. 13)
    ManageKeys,           //!< audit and data keys
    // Audit administration: the audit log only.
    ViewAuditLog,
    VerifyAuditLog,
    ExportAuditLog,
};

inline constexpr std::array AllPermissions = {
    Permission::ViewOperationalData,  Permission::ViewQualityReports, Permission::PublishQualityReports,
    Permission::RevealPersonalData,   Permission::ExportData,         Permission::ManageCityPermits,
    Permission::ReviewOutageNotices,  Permission::ManageAccounts,     Permission::ManageSystem,
    Permission::ManageSecurityPolicy, Permission::ManagePermissions,  Permission::UnlockAccounts,
    Permission::SuspendCompanyAccess, Permission::ManageKeys,         Permission::ViewAuditLog,
    Permission::VerifyAuditLog,       Permission::ExportAuditLog,
};

} // namespace rw
