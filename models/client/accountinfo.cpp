#include "accountinfo.h"

#include <QStringList>

namespace rw {

namespace {

QDateTime timeOf(const QJsonValue &value)
{
    if (value.isDouble())
        return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

AccountInfo::State AccountInfo::state() const
{
    if (disabled)
        return State::Disabled;
    if (isLocked())
        return State::Locked;
    if (mustChange)
        return State::MustChange;
    return State::Active;
}

QString AccountInfo::stateText() const
{
    QStringList parts;
    if (disabled)
        parts << tr("Disabled");
    if (isLocked())
        parts << tr("Locked until %1")
                     .arg(lockedUntil.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (mustChange)
        parts << tr("Must change the password");
    if (parts.isEmpty())
        return tr("Active");
    return parts.join(tr("; "));
}

std::optional<AccountInfo> AccountInfo::fromJson(const QJsonObject &json, QString *error)
{
    AccountInfo info;
    info.userName = json.value(QStringLiteral("user")).toString();
    const QString roleKey = json.value(QStringLiteral("role")).toString();
    const auto role = Role::fromKey(roleKey);
    if (info.userName.isEmpty() || !role) {
        if (error)
            *error = info.userName.isEmpty()
                         ? tr("an account without \"user\"")
                         : tr("account %1: \"%2\" is not a role").arg(info.userName, roleKey);
        return std::nullopt;
    }
    info.role = *role;
    info.displayName = json.value(QStringLiteral("displayName")).toString();
    info.regionCode = json.value(QStringLiteral("region")).toString();
    info.disabled = json.value(QStringLiteral("disabled")).toBool();
    info.mustChange = json.value(QStringLiteral("mustChange")).toBool();
    info.failedCount = json.value(QStringLiteral("failedCount")).toInt();
    info.lockedUntil = timeOf(json.value(QStringLiteral("lockedUntil")));
    info.passwordChangedAt = timeOf(json.value(QStringLiteral("passwordChangedAt")));
    info.createdAt = timeOf(json.value(QStringLiteral("createdAt")));
    return info;
}

} // namespace rw
