#include "alertrecord.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonValue>

namespace rw {

QJsonObject AlertRecord::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("revision"), revision},
        {QStringLiteral("kind"), alertKindKey(kind)},
        {QStringLiteral("article"), article},
        {QStringLiteral("ruleId"), ruleId},
        {QStringLiteral("companyId"), companyId},
        {QStringLiteral("region"), regionCode},
        {QStringLiteral("vehicleNo"), vehicleNo},
        {QStringLiteral("licenseId"), licenseId},
        {QStringLiteral("orderId"), orderId},
        {QStringLiteral("firstSeen"), firstSeenMs},
        {QStringLiteral("lastSeen"), lastSeenMs},
        {QStringLiteral("closed"), closedMs ? QJsonValue(closedMs) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("detail"), detail},
    };
}

std::optional<AlertRecord> AlertRecord::fromJson(const QJsonObject &object)
{
    const auto kind = alertKindFromKey(object.value(QStringLiteral("kind")).toString());
    if (!kind || !object.value(QStringLiteral("id")).isDouble())
        return std::nullopt;
    AlertRecord a;
    a.id = object.value(QStringLiteral("id")).toInteger();
    a.revision = object.value(QStringLiteral("revision")).toInteger();
    a.kind = *kind;
    a.article = object.value(QStringLiteral("article")).toString();
    a.ruleId = object.value(QStringLiteral("ruleId")).toString();
    a.companyId = object.value(QStringLiteral("companyId")).toString();
    a.regionCode = object.value(QStringLiteral("region")).toString();
    a.vehicleNo = object.value(QStringLiteral("vehicleNo")).toString();
    a.licenseId = object.value(QStringLiteral("licenseId")).toString();
    a.orderId = object.value(QStringLiteral("orderId")).toString();
    a.firstSeenMs = object.value(QStringLiteral("firstSeen")).toInteger();
    a.lastSeenMs = object.value(QStringLiteral("lastSeen")).toInteger();
    a.closedMs = object.value(QStringLiteral("closed")).toInteger();
    a.detail = object.value(QStringLiteral("detail")).toObject();
    return a;
}

QJsonObject AlertRecord::detailOf(const QList<RuleFinding> &findings)
{
    QJsonArray list;
    for (const RuleFinding &f : findings)
        list.append(f.toJson());
    return QJsonObject{{QStringLiteral("findings"), list}};
}

} // namespace rw
