#include "policysnapshot.h"

namespace rw {

std::optional<PolicySnapshot> PolicySnapshot::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<PolicySnapshot> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QJsonValue policyValue = json.value(QStringLiteral("policy"));
    if (!policyValue.isObject())
        return fail(tr("the platform's answer has no \"policy\" object"));
    QString policyError;
    const auto policy = PasswordPolicy::fromJson(policyValue.toObject(), &policyError);
    if (!policy)
        return fail(policyError);

    PolicySnapshot snapshot;
    snapshot.policy = *policy;
    const QJsonObject bounds = json.value(QStringLiteral("bounds")).toObject();
    for (auto it = bounds.begin(); it != bounds.end(); ++it) {
        const QJsonObject range = it.value().toObject();
        const QJsonValue min = range.value(QStringLiteral("min"));
        const QJsonValue max = range.value(QStringLiteral("max"));
        if (!min.isDouble() || !max.isDouble() || min.toInt() > max.toInt())
            return fail(tr("bounds of %1: \"min\" and \"max\" must be numbers with min ≤ max").arg(it.key()));
        snapshot.bounds.insert(it.key(), Range{min.toInt(), max.toInt()});
    }
    const QJsonValue at = json.value(QStringLiteral("updatedAt"));
    if (at.isDouble())
        snapshot.updatedAt = QDateTime::fromMSecsSinceEpoch(qint64(at.toDouble()), Qt::UTC);
    else if (at.isString())
        snapshot.updatedAt = QDateTime::fromString(at.toString(), Qt::ISODateWithMs).toUTC();
    snapshot.updatedBy = json.value(QStringLiteral("updatedBy")).toString();
    if (error)
        error->clear();
    return snapshot;
}

} // namespace rw
