#include "passwordpolicy.h"

#include <QJsonArray>

#include <climits>

namespace rw {

namespace {

struct IntSetting
{
    const char *key;
    int PasswordPolicy::*member;
    int minimum;
    int maximum;
};

// Ranges: length ≥ 8 (等保 evaluators), maximum age ≤ 90 days (evaluator convention, seed 000
// Art. 19 "定期更换"), idle lock ≤ 30 minutes and sessions ≤ 24 hours (reference/security.md §2).
constexpr IntSetting IntSettings[] = {
    {"minLength", &PasswordPolicy::minLength, 8, 64},
    {"maxLength", &PasswordPolicy::maxLength, 64, 1024},
    {"minClasses", &PasswordPolicy::minClasses, 1, 4},
    {"maxAgeDays", &PasswordPolicy::maxAgeDays, 1, 90},
    {"warnDays", &PasswordPolicy::warnDays, 0, 89},
    {"minAgeDays", &PasswordPolicy::minAgeDays, 0, 89},
    {"historyCount", &PasswordPolicy::historyCount, 0, 24},
    {"lockoutThreshold", &PasswordPolicy::lockoutThreshold, 1, 10},
    {"lockoutMinutes", &PasswordPolicy::lockoutMinutes, 1, 24 * 60},
    {"idleLockMinutes", &PasswordPolicy::idleLockMinutes, 1, 30},
    {"sessionLimitHours", &PasswordPolicy::sessionLimitHours, 1, 24},
};

} // namespace

QStringList PasswordPolicy::validate() const
{
    QStringList problems;
    for (const IntSetting &setting : IntSettings) {
        const int value = this->*setting.member;
        if (value < setting.minimum || value > setting.maximum) {
            problems.append(tr("password policy: %1 is %2, outside the allowed range %3 to %4")
                                .arg(QLatin1StringView(setting.key))
                                .arg(value)
                                .arg(setting.minimum)
                                .arg(setting.maximum));
        }
    }
    if (minLength > maxLength)
        problems.append(
            tr("password policy: minLength %1 exceeds maxLength %2").arg(minLength).arg(maxLength));
    if (warnDays >= maxAgeDays)
        problems.append(
            tr("password policy: warnDays %1 must be less than maxAgeDays %2").arg(warnDays).arg(maxAgeDays));
    if (minAgeDays >= maxAgeDays)
        problems.append(tr("password policy: minAgeDays %1 must be less than maxAgeDays %2")
                            .arg(minAgeDays)
                            .arg(maxAgeDays));
    // GB/T 22239-2019 §8.1.4.1 d: two factors, one cryptographic; DESIGN §8 requires it of the
    // administrators whatever else is configured.
    for (Role::Id id : Role::All) {
        const Role role(id);
        if (role.isAdministrator() && !requiresTotp(role))
            problems.append(tr("password policy: totpRequiredRoles must include %1: administrators always "
                               "sign in with a second factor (GB/T 22239-2019 §8.1.4.1 d)")
                                .arg(role.key()));
    }
    return problems;
}

QJsonObject PasswordPolicy::toJson() const
{
    QJsonObject json{{QStringLiteral("version"), FormatVersion}};
    for (const IntSetting &setting : IntSettings)
        json.insert(QLatin1StringView(setting.key), this->*setting.member);
    QJsonArray roles;
    for (Role role : totpRequiredRoles)
        roles.append(role.key());
    json.insert(QStringLiteral("totpRequiredRoles"), roles);
    return json;
}

QList<PasswordPolicy::Range> PasswordPolicy::ranges()
{
    QList<Range> result;
    for (const IntSetting &setting : IntSettings)
        result.append(Range{QString::fromLatin1(setting.key), setting.minimum, setting.maximum});
    return result;
}

QStringList PasswordPolicy::keys()
{
    QStringList result{QStringLiteral("version")};
    for (const IntSetting &setting : IntSettings)
        result.append(QString::fromLatin1(setting.key));
    result.append(QStringLiteral("totpRequiredRoles"));
    return result;
}

std::optional<PasswordPolicy> PasswordPolicy::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QStringList &problems) -> std::optional<PasswordPolicy> {
        if (error)
            *error = problems.join(QStringLiteral("; "));
        return std::nullopt;
    };
    const QJsonValue versionValue = json.value(QStringLiteral("version"));
    const int version = versionValue.isDouble() ? versionValue.toInt(-1) : -1;
    if (version < 1 || version > FormatVersion)
        return fail({tr("password policy: version %1 is not supported (this program reads versions 1 to %2)")
                         .arg(versionValue.toVariant().toString())
                         .arg(FormatVersion)});
    // Every problem is collected, not just the first, so that the security administrator sees them
    // all at once.
    QStringList problems;
    PasswordPolicy policy;
    for (const IntSetting &setting : IntSettings) {
        const QJsonValue value = json.value(QLatin1StringView(setting.key));
        if (value.isUndefined())
            continue; // written by an older program: keep the default
        const double number = value.toDouble(-1.5);
        if (!value.isDouble() || number != double(qint64(number)) || number < INT_MIN || number > INT_MAX) {
            problems.append(tr("password policy: %1 must be a whole number, not %2")
                                .arg(QLatin1StringView(setting.key),
                                     value.isNull() ? QStringLiteral("null") : value.toVariant().toString()));
            continue;
        }
        policy.*setting.member = int(number);
    }
    const QJsonValue rolesValue = json.value(QStringLiteral("totpRequiredRoles"));
    if (!rolesValue.isUndefined()) {
        if (!rolesValue.isArray()) {
            problems.append(tr("password policy: totpRequiredRoles must be a list of roles, not %1")
                                .arg(rolesValue.toVariant().toString()));
        } else {
            policy.totpRequiredRoles.clear();
            for (const QJsonValue &value : rolesValue.toArray()) {
                const std::optional<Role> role = Role::fromKey(value.toString());
                if (!role) {
                    problems.append(tr("password policy: totpRequiredRoles lists unknown role \"%1\"")
                                        .arg(value.toVariant().toString()));
                    continue;
                }
                if (!policy.totpRequiredRoles.contains(*role))
                    policy.totpRequiredRoles.append(*role);
            }
        }
    }
    problems.append(policy.validate());
    if (!problems.isEmpty())
        return fail(problems);
    if (error)
        error->clear();
    return policy;
}

} // namespace rw
