#pragma once

#include "role.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rw {

/**
 * \brief The password, lockout and session policy (DESIGN §8), set by the security administrator.
 *
 * The defaults follow the 等保 (GB/T 22239-2019 §8.1.4.1 a/b) reading in reference/security.md:
 * length 12 with 3 of 4 character classes, maximum age 90 days with a warning 14 days ahead,
 * minimum age 1 day, history 5, lockout for 15 minutes after 5 failures, idle lock after 15 minutes,
 * sessions of at most 12 hours, TOTP for the three administrators. Seed 000 Art. 19 asks the
 * authorities to have account holders 定期更换密码, which is why a maximum age exists at all,
 * against NIST SP 800-63B.
 *
 * validate() keeps a configured policy within what the regulation and MLPS allow (e.g. the maximum
 * age may be shortened, never lengthened beyond 90 days; the administrators always need TOTP).
 * The JSON form is versioned; keys missing from a stored policy take their defaults, so a policy
 * written by an older program stays readable.
 */
struct PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(rw::PasswordPolicy)

public:
    static constexpr int FormatVersion = 1;

    int minLength = 12;
    int maxLength = 128;      //!< at least 64 (ASVS 2.1.2); bounds the work per check
    int minClasses = 3;       //!< of lower case, upper case, digits, others
    int maxAgeDays = 90;      //!< changed at T, expires at T + 90 days
    int warnDays = 14;        //!< warn from expiry − 14 days
    int minAgeDays = 1;       //!< no second change within a day (unless an administrator reset it)
    int historyCount = 5;     //!< the new password differs from the last 5 (the current one included)
    int lockoutThreshold = 5; //!< the 5th consecutive failure locks the account …
    int lockoutMinutes = 15;  //!< … for 15 minutes
    int idleLockMinutes = 15; //!< a session without activity for 15 minutes locks
    int sessionLimitHours = 12;
    QList<Role> totpRequiredRoles = {Role::SystemAdministrator, Role::SecurityAdministrator,
                                     Role::AuditAdministrator};

    bool requiresTotp(Role role) const { return totpRequiredRoles.contains(role); }

    /** The allowed range of one whole-number setting, as validate() enforces it. */
    struct Range
    {
        QString key; //!< the toJson() key: "minLength", …
        int minimum = 0;
        int maximum = 0;
    };
    /** Every whole-number setting with its allowed range, in toJson() order. */
    static QList<Range> ranges();
    /** The toJson() keys, "version" included: anything else in a policy object is unknown. */
    static QStringList keys();

    /** One translated line per setting outside its allowed range; empty when the policy is usable. */
    QStringList validate() const;

    QJsonObject toJson() const;
    /**
     * Reads toJson()'s format. Refuses a newer version, a wrong type, an unknown role or a policy
     * that validate() rejects, naming the key and the value; \a error lists every problem found,
     * separated by "; " (a dialog shows them all at once).
     */
    static std::optional<PasswordPolicy> fromJson(const QJsonObject &json, QString *error = nullptr);

    friend bool operator==(const PasswordPolicy &, const PasswordPolicy &) = default;
};

} // namespace rw
