#pragma once

#include "loginattemptstate.h"
#include "regionscope.h"
#include "role.h"

#include <QDateTime>
#include <QString>

namespace rw {

/**
 * \brief One row of the platform's account table (migration 0002_accounts_audit.sql), as
 * AccountStore reads it. Never holds a password; passwordHash is PasswordHasher's encoding.
 */
struct Account
{
    qint64 id = 0;
    QString userName;
    QString displayName;
    Role role = Role::CityOfficer;
    QString regionCode; //!< GB/T 2260 code for the business roles; empty for administrators
    QString passwordHash;
    QDateTime passwordChangedAt;
    bool mustChange = true; //!< new or reset by an administrator: change before anything else
    bool disabled = false;
    LoginAttemptState attempts;
    QDateTime createdAt;

    /** The region the account may see (none for administrators). */
    RegionScope scope() const { return RegionScope::fromCode(regionCode); }
};

} // namespace rw
