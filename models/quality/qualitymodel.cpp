#include "qualitymodel.h"

#include "protocol/spectime.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

// The compiled-in data lives in an OBJECT library linked through a static one: referencing its
// resource initialiser makes the linker keep it (see resources/CMakeLists.txt).
static void initialiseQualityData()
{
    Q_INIT_RESOURCE(ridewatch_data);
}

namespace rw {

namespace {

const QStringList &familyKeys()
{
    static const QStringList keys = {
        familyName(InterfaceFamily::BaseInfo), familyName(InterfaceFamily::Order),
        familyName(InterfaceFamily::Operate),  familyName(InterfaceFamily::Position),
        familyName(InterfaceFamily::Rated),    familyName(InterfaceFamily::Share)};
    return keys;
}

QString valueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("absent");
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isObject() || value.isArray())
        return value.isObject() ? QStringLiteral("an object") : QStringLiteral("an array");
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

/** A finite number at \a key of \a object, >= \a minimum; false with \a error naming \a path. */
bool readNumber(const QJsonObject &object, const QString &key, const QString &path, double minimum,
                double *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < minimum) {
        *error = QualityModel::tr("%1: %2 is not a number of at least %3")
                     .arg(path, valueText(value))
                     .arg(minimum);
        return false;
    }
    *out = value.toDouble();
    return true;
}

} // namespace

const QualityModel &QualityModel::builtIn()
{
    static const QualityModel model = [] {
        initialiseQualityData();
        QFile file(QStringLiteral(":/quality/default.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("built-in quality model :/quality/default.json is missing");
        QString error;
        std::optional<QualityModel> parsed = fromJson(file.readAll(), &error);
        if (!parsed)
            qFatal("built-in quality model :/quality/default.json: %s", qPrintable(error));
        return *parsed;
    }();
    return model;
}

std::optional<QualityModel> QualityModel::fromJson(const QByteArray &json, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error =
            tr("not a JSON object: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    QualityModel model;

    model.m_version = root.value(QStringLiteral("version")).toString();
    if (model.m_version.isEmpty()) {
        *error = tr("version: %1 is not a version text such as \"2026.1\"")
                     .arg(valueText(root.value(QStringLiteral("version"))));
        return std::nullopt;
    }

    // Weights: every dimension, relative, not all zero.
    const QJsonValue weightsValue = root.value(QStringLiteral("weights"));
    if (!weightsValue.isObject()) {
        *error = tr("weights: %1 is not an object of the four dimensions").arg(valueText(weightsValue));
        return std::nullopt;
    }
    const QJsonObject weights = weightsValue.toObject();
    for (auto it = weights.constBegin(); it != weights.constEnd(); ++it) {
        if (!QualityDimensions::fromKey(it.key())) {
            *error = tr("weights.%1: not a dimension (completeness, conformance, timeliness, authenticity)")
                         .arg(it.key());
            return std::nullopt;
        }
    }
    double weightSum = 0;
    for (QualityDimension d : kQualityDimensions) {
        const QString key = QualityDimensions::key(d);
        if (!readNumber(weights, key, QStringLiteral("weights.") + key, 0, &model.m_weights[int(d)], error))
            return std::nullopt;
        weightSum += model.m_weights[int(d)];
    }
    if (weightSum <= 0) {
        *error = tr("weights: all four are 0, at least one must be positive");
        return std::nullopt;
    }

    const QJsonValue samples = root.value(QStringLiteral("samplesPerRule"));
    if (!samples.isUndefined()) {
        if (!samples.isDouble() || samples.toDouble() < 0 || samples.toDouble() > 1000 ||
            samples.toDouble() != std::floor(samples.toDouble())) {
            *error = tr("samplesPerRule: %1 is not a whole number 0..1000").arg(valueText(samples));
            return std::nullopt;
        }
        model.m_samplesPerRule = samples.toInt();
    }

    // Timeliness limits per interface group (Art. 15(三)).
    const QJsonObject timeliness = root.value(QStringLiteral("timeliness")).toObject();
    const QJsonValue limitsValue = timeliness.value(QStringLiteral("limitSeconds"));
    if (!limitsValue.isObject()) {
        *error = tr("timeliness.limitSeconds: %1 is not an object of interface groups (%2)")
                     .arg(valueText(limitsValue), familyKeys().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    const QJsonObject limits = limitsValue.toObject();
    for (auto it = limits.constBegin(); it != limits.constEnd(); ++it) {
        const QString path = QStringLiteral("timeliness.limitSeconds.") + it.key();
        if (!familyKeys().contains(it.key())) {
            *error = tr("%1: not an interface group (%2)").arg(path, familyKeys().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        double seconds = 0;
        if (!readNumber(limits, it.key(), path, 0, &seconds, error))
            return std::nullopt;
        model.m_limits.insert(it.key(), qint64(seconds));
    }

    // Authenticity parameters.
    const QJsonObject authenticity = root.value(QStringLiteral("authenticity")).toObject();
    const QJsonValue boundsValue = authenticity.value(QStringLiteral("chinaBounds"));
    if (!boundsValue.isObject()) {
        *error = tr("authenticity.chinaBounds: %1 is not an object {west, east, south, north} in degrees")
                     .arg(valueText(boundsValue));
        return std::nullopt;
    }
    const QJsonObject bounds = boundsValue.toObject();
    const QString boundsPath = QStringLiteral("authenticity.chinaBounds.");
    if (!readNumber(bounds, QStringLiteral("west"), boundsPath + QStringLiteral("west"), -180, &model.m_west,
                    error) ||
        !readNumber(bounds, QStringLiteral("east"), boundsPath + QStringLiteral("east"), -180, &model.m_east,
                    error) ||
        !readNumber(bounds, QStringLiteral("south"), boundsPath + QStringLiteral("south"), -90,
                    &model.m_south, error) ||
        !readNumber(bounds, QStringLiteral("north"), boundsPath + QStringLiteral("north"), -90,
                    &model.m_north, error))
        return std::nullopt;
    if (model.m_east > 180 || model.m_west >= model.m_east) {
        *error = tr("authenticity.chinaBounds.east: %1 is not east of west %2 (at most 180)")
                     .arg(model.m_east)
                     .arg(model.m_west);
        return std::nullopt;
    }
    if (model.m_north > 90 || model.m_south >= model.m_north) {
        *error = tr("authenticity.chinaBounds.north: %1 is not north of south %2 (at most 90)")
                     .arg(model.m_north)
                     .arg(model.m_south);
        return std::nullopt;
    }
    const QJsonValue notBefore = authenticity.value(QStringLiteral("notBefore"));
    const std::optional<qint64> notBeforeTime =
        notBefore.isDouble() ? SpecTime::fromDateTime(qint64(notBefore.toDouble())) : std::nullopt;
    if (!notBeforeTime) {
        *error = tr("authenticity.notBefore: %1 is not a YYYYMMDDhhmmss date-time").arg(valueText(notBefore));
        return std::nullopt;
    }
    model.m_notBefore = *notBeforeTime;
    double tolerance = 0;
    if (!readNumber(authenticity, QStringLiteral("futureToleranceSeconds"),
                    QStringLiteral("authenticity.futureToleranceSeconds"), 0, &tolerance, error))
        return std::nullopt;
    model.m_futureTolerance = qint64(tolerance);
    if (authenticity.contains(QStringLiteral("maxSpeedKmh")) &&
        !readNumber(authenticity, QStringLiteral("maxSpeedKmh"), QStringLiteral("authenticity.maxSpeedKmh"),
                    1, &model.m_maxSpeedKmh, error))
        return std::nullopt;

    // Rules per dimension.
    const QJsonValue rulesValue = root.value(QStringLiteral("rules"));
    if (!rulesValue.isObject()) {
        *error = tr("rules: %1 is not an object of dimensions").arg(valueText(rulesValue));
        return std::nullopt;
    }
    const QJsonObject rules = rulesValue.toObject();
    QSet<QString> ids;
    for (auto it = rules.constBegin(); it != rules.constEnd(); ++it) {
        const std::optional<QualityDimension> dimension = QualityDimensions::fromKey(it.key());
        if (!dimension) {
            *error = tr("rules.%1: not a dimension (completeness, conformance, timeliness, authenticity)")
                         .arg(it.key());
            return std::nullopt;
        }
        if (!it.value().isArray()) {
            *error = tr("rules.%1: %2 is not an array of rules").arg(it.key(), valueText(it.value()));
            return std::nullopt;
        }
        const QJsonArray list = it.value().toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("rules.%1[%2]").arg(it.key()).arg(i);
            const QJsonObject object = list.at(i).toObject();
            QualityRule rule;
            rule.dimension = *dimension;
            rule.id = object.value(QStringLiteral("id")).toString();
            rule.article = object.value(QStringLiteral("article")).toString();
            rule.description = object.value(QStringLiteral("description")).toString();
            if (!rule.id.startsWith(it.key() + QLatin1Char('.'))) {
                *error = tr("%1.id: %2 does not start with \"%3.\"")
                             .arg(path, valueText(object.value(QStringLiteral("id"))), it.key());
                return std::nullopt;
            }
            if (ids.contains(rule.id)) {
                *error = tr("%1.id: \"%2\" is listed twice").arg(path, rule.id);
                return std::nullopt;
            }
            if (rule.article.isEmpty()) {
                *error = tr("%1.article: the article the rule comes from is required").arg(path);
                return std::nullopt;
            }
            if (rule.description.isEmpty()) {
                *error = tr("%1.description: required").arg(path);
                return std::nullopt;
            }
            ids.insert(rule.id);
            model.m_rules.append(rule);
        }
    }
    if (ids.contains(QStringLiteral("authenticity.positionJump")) && model.m_maxSpeedKmh <= 0) {
        *error =
            tr("authenticity.maxSpeedKmh: absent, but rule authenticity.positionJump needs the speed bound");
        return std::nullopt;
    }
    return model;
}

double QualityModel::weight(QualityDimension dimension) const
{
    double sum = 0;
    for (double w : m_weights)
        sum += w;
    return sum > 0 ? m_weights[int(dimension)] / sum : 0;
}

std::optional<qint64> QualityModel::timelinessLimit(InterfaceFamily family) const
{
    const auto it = m_limits.constFind(familyName(family));
    if (it == m_limits.constEnd())
        return std::nullopt;
    return *it;
}

const QualityRule *QualityModel::rule(QStringView id) const
{
    for (const QualityRule &r : m_rules) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

} // namespace rw
