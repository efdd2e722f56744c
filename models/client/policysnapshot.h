#pragma once

#include "security/passwordpolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace rw {

/**
 * \brief The password policy as GET /api/v1/policy describes it to the security administrator:
 * the policy in force, the range the platform allows for each setting, and who changed it last.
 */
struct PolicySnapshot
{
    Q_DECLARE_TR_FUNCTIONS(rw::PolicySnapshot)

public:
    struct Range
    {
        int minimum = 0;
        int maximum = 0;
        friend bool operator==(const Range &, const Range &) = default;
    };

    PasswordPolicy policy;
    QMap<QString, Range> bounds; //!< by policy key ("minLength", …); a key without bounds is unbounded
    QDateTime updatedAt;         //!< UTC; invalid while the built-in defaults apply
    QString updatedBy;           //!< empty while the built-in defaults apply

    /**
     * Reads {"policy": {...}, "bounds": {key: {"min","max"}}, "updatedAt": ms|null, "updatedBy":
     * user|null}; nothing (and \a error naming the part) if the policy is missing or unreadable.
     */
    static std::optional<PolicySnapshot> fromJson(const QJsonObject &json, QString *error = nullptr);

    friend bool operator==(const PolicySnapshot &, const PolicySnapshot &) = default;
};

} // namespace rw
