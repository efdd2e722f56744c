#include "sessioninfo.h"

namespace rw {

std::optional<SessionInfo> SessionInfo::fromJson(const QJsonObject &json)
{
    const QString user = json.value(QStringLiteral("user")).toString();
    const auto role = Role::fromKey(json.value(QStringLiteral("role")).toString());
    if (user.isEmpty() || !role)
        return std::nullopt;
    SessionInfo info;
    info.userName = user;
    info.role = *role;
    info.regionCode = json.value(QStringLiteral("region")).toString();
    info.passwordExpiresAt =
        QDateTime::fromString(json.value(QStringLiteral("passwordExpiresAt")).toString(), Qt::ISODateWithMs);
    info.daysLeft = json.value(QStringLiteral("daysLeft")).toInt();
    info.mustChange = json.value(QStringLiteral("mustChange")).toBool();
    info.message = json.value(QStringLiteral("message")).toString();
    return info;
}

} // namespace rw
