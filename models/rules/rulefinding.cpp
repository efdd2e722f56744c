#include "rulefinding.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

namespace rw {

QJsonValue RuleFinding::valueToJson(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QStringList:
        return QJsonArray::fromStringList(value.toStringList());
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::QString:
        return value.toString();
    default:
        break;
    }
    bool number = false;
    const double d = value.toDouble(&number);
    return number ? QJsonValue(d) : QJsonValue::fromVariant(value);
}

QVariant RuleFinding::valueFromJson(const QJsonValue &value)
{
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    switch (value.type()) {
    case QJsonValue::Double:
        return value.toDouble();
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::String: {
        const QString text = value.toString();
        if (isoDate.match(text).hasMatch()) {
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (date.isValid())
                return date;
        }
        return text;
    }
    case QJsonValue::Array: {
        QStringList list;
        for (const QJsonValue &v : value.toArray())
            list.append(v.isString() ? v.toString() : v.toVariant().toString());
        return list;
    }
    default:
        return {};
    }
}

QJsonObject RuleFinding::toJson() const
{
    return {{QStringLiteral("ruleId"), ruleId},
            {QStringLiteral("article"), article},
            {QStringLiteral("message"), message},
            {QStringLiteral("measured"), valueToJson(measured)},
            {QStringLiteral("limit"), valueToJson(limit)},
            {QStringLiteral("unit"), unit}};
}

std::optional<RuleFinding> RuleFinding::fromJson(const QJsonObject &object, QString *error)
{
    RuleFinding f;
    f.ruleId = object.value(QStringLiteral("ruleId")).toString();
    f.article = object.value(QStringLiteral("article")).toString();
    const QString missing = f.ruleId.isEmpty()    ? QStringLiteral("ruleId")
                            : f.article.isEmpty() ? QStringLiteral("article")
                                                  : QString();
    if (!missing.isEmpty()) {
        if (error)
            *error = tr("finding.%1: a non-empty string is required").arg(missing);
        return std::nullopt;
    }
    f.message = object.value(QStringLiteral("message")).toString();
    f.measured = valueFromJson(object.value(QStringLiteral("measured")));
    f.limit = valueFromJson(object.value(QStringLiteral("limit")));
    f.unit = object.value(QStringLiteral("unit")).toString();
    return f;
}

} // namespace rw
