#pragma once

#include "security/role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rw {

/**
 * \brief The signed-in account as the platform describes it (POST and GET /api/v1/session):
 * who, in which role and region, and where the password stands (DESIGN §8).
 */
struct SessionInfo
{
    QString userName;
    Role role = Role::CityOfficer;
    QString regionCode;          //!< empty for the administrators
    QDateTime passwordExpiresAt; //!< invalid when a change is pending
    int daysLeft = 0;
    bool mustChange = false; //!< only the password change is allowed until it is done
    QString message;         //!< the platform's note at sign-in, e.g. the expiry warning

    /** Reads the platform's JSON; nothing if "user" or "role" is missing or unknown. */
    static std::optional<SessionInfo> fromJson(const QJsonObject &json);
};

} // namespace rw
