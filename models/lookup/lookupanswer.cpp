#include "lookupanswer.h"

#include "jsonfieldreader.h"

#include <QJsonArray>

namespace rw {

std::optional<LookupAnswer> LookupAnswer::fromJson(const QJsonObject &json, QString *error)
{
    const auto failed = [error](const QString &why) -> std::optional<LookupAnswer> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    JsonFieldReader r(json, QString());
    LookupAnswer answer;
    answer.queryClass = r.string(QStringLiteral("queryClass"));
    answer.truncated = r.boolean(QStringLiteral("truncated"));
    answer.revealed = r.boolean(QStringLiteral("revealed"));
    answer.asOf = r.moment(QStringLiteral("asOf"));
    if (!r.ok())
        return failed(r.error());
    const QJsonValue hits = json.value(QStringLiteral("hits"));
    if (hits.isUndefined() || hits.isNull())
        return answer;
    if (!hits.isArray())
        return failed(tr("hits: %1 is not an array").arg(JsonFieldReader::quote(hits)));
    const QJsonArray list = hits.toArray();
    answer.hits.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("hits[%1]").arg(i);
        if (!list.at(i).isObject())
            return failed(tr("%1: %2 is not an object").arg(path, JsonFieldReader::quote(list.at(i))));
        QString why;
        std::optional<LookupHit> hit = LookupHit::fromJson(list.at(i).toObject(), path, &why);
        if (!hit)
            return failed(why);
        answer.hits.append(std::move(*hit));
    }
    return answer;
}

QDateTime LookupAnswer::judgedAt() const
{
    if (asOf.isValid())
        return asOf;
    if (isCached() && cachedAt.isValid())
        return cachedAt;
    return receivedAt;
}

QString LookupAnswer::queryClassName(const QString &queryClass)
{
    if (queryClass == QLatin1String("plate"))
        return tr("plate");
    if (queryClass == QLatin1String("platePrefix"))
        return tr("start of a plate");
    if (queryClass == QLatin1String("idNumber"))
        return tr("ID number");
    if (queryClass == QLatin1String("vin"))
        return tr("VIN");
    if (queryClass == QLatin1String("name"))
        return tr("name");
    if (queryClass == QLatin1String("company"))
        return tr("company");
    if (queryClass == QLatin1String("certificate"))
        return tr("certificate or licence number");
    return queryClass;
}

} // namespace rw
