#pragma once

#include "security/role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rw {

/**
 * \brief One account as GET /api/v1/accounts lists it for the administrators: who, in which role and
 * region, and where its sign-in stands (disabled, locked, a password change pending). Never a password.
 */
struct AccountInfo
{
    Q_DECLARE_TR_FUNCTIONS(rw::AccountInfo)

public:
    /** The one state the console shows first; an account can be disabled and must-change at once. */
    enum class State {
        Active,
        Disabled,   //!< no sign-in at all until enabled
        Locked,     //!< too many failures; lifts at lockedUntil or by the security administrator
        MustChange, //!< new or reset: the password must change at the next sign-in
    };

    QString userName;
    QString displayName;
    Role role = Role::CityOfficer;
    QString regionCode; //!< empty for the administrators
    bool disabled = false;
    bool mustChange = false;
    int failedCount = 0;         //!< consecutive failed sign-ins
    QDateTime lockedUntil;       //!< valid only while locked (UTC)
    QDateTime passwordChangedAt; //!< UTC
    QDateTime createdAt;         //!< UTC

    bool isLocked() const { return lockedUntil.isValid(); }
    /** Disabled before locked before must-change before active. */
    State state() const;
    /** Every state that applies, translated, e.g. "Disabled; must change the password". */
    QString stateText() const;

    /** Reads one row of the platform's list; nothing (and \a error) without a user or a known role. */
    static std::optional<AccountInfo> fromJson(const QJsonObject &json, QString *error = nullptr);

    friend bool operator==(const AccountInfo &, const AccountInfo &) = default;
};

} // namespace rw
