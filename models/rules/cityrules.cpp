#include "cityrules.h"

#include "rulechecks.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

// The compiled-in data lives in an OBJECT library linked through a static one: referencing its
// resource initialiser makes the linker keep it (see resources/CMakeLists.txt).
static void initialiseRuleData()
{
    Q_INIT_RESOURCE(ridewatch_data);
}

namespace rw {

namespace {

void ensureResources()
{
    static const bool initialised = (initialiseRuleData(), true);
    Q_UNUSED(initialised);
}

bool isRegionCode(const QString &code)
{
    static const QRegularExpression sixDigits(QStringLiteral("^[1-9][0-9]{5}$"));
    return sixDigits.match(code).hasMatch();
}

QString codeText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return value.toString();
}

/** [[lon, lat], …] → polygon; false with \a error naming \a key and the point. */
bool readPolygon(const QJsonValue &value, const QString &key, QGeoPolygon *polygon, QString *error)
{
    const QJsonArray points = value.toArray();
    if (points.size() < 3) {
        *error = CityRules::tr("%1: needs at least 3 points [longitude, latitude], has %2")
                     .arg(key)
                     .arg(points.size());
        return false;
    }
    QList<QGeoCoordinate> ring;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QJsonArray p = points.at(i).toArray();
        const QGeoCoordinate c(p.size() >= 2 ? p.at(1).toDouble(qQNaN()) : qQNaN(),
                               p.size() >= 2 ? p.at(0).toDouble(qQNaN()) : qQNaN());
        if (p.size() < 2 || !p.at(0).isDouble() || !p.at(1).isDouble() || !c.isValid()) {
            *error = CityRules::tr("%1[%2]: not [longitude, latitude] in degrees").arg(key).arg(i);
            return false;
        }
        ring.append(c);
    }
    *polygon = QGeoPolygon(ring);
    return true;
}

} // namespace

QString CityRules::builtInPath(const QString &regionCode)
{
    ensureResources();
    return QStringLiteral(":/rules/%1.json").arg(regionCode);
}

bool CityRules::hasBuiltIn(const QString &regionCode)
{
    return isRegionCode(regionCode) && QFile::exists(builtInPath(regionCode));
}

std::optional<QByteArray> CityRules::builtInCityFile(const QString &regionCode, QString *error)
{
    ensureResources();
    QFile file(QStringLiteral(":/cities/%1.json").arg(regionCode));
    if (!isRegionCode(regionCode) || !file.open(QIODevice::ReadOnly)) {
        *error = tr("no built-in city file for region %1").arg(regionCode);
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<CityRules> CityRules::load(const QString &codeOrPath, QString *error)
{
    const QString path = isRegionCode(codeOrPath) ? builtInPath(codeOrPath) : codeOrPath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("rules %1: no rules file at %2 (%3)").arg(codeOrPath, path, file.errorString());
        return std::nullopt;
    }
    QString parseError;
    auto rules = fromJson(file.readAll(), &parseError);
    if (!rules)
        *error = tr("rules file %1: %2").arg(path, parseError);
    return rules;
}

std::optional<CityRules> CityRules::fromJson(const QByteArray &json, QString *error,
                                             const CityFileReader &cityFiles)
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
    if (root.value(QStringLiteral("format")).toInt() != 1) {
        *error = tr("format: %1 is not a known version (1)")
                     .arg(root.value(QStringLiteral("format")).toVariant().toString());
        return std::nullopt;
    }
    CityRules rules;
    rules.m_regionCode = codeText(root.value(QStringLiteral("regionCode")));
    if (!isRegionCode(rules.m_regionCode)) {
        *error = tr("regionCode: \"%1\" is not a six-digit GB/T 2260 code").arg(rules.m_regionCode);
        return std::nullopt;
    }
    rules.m_name = root.value(QStringLiteral("name")).toString();
    rules.m_regulation = root.value(QStringLiteral("regulation")).toString();
    if (rules.m_name.isEmpty()) {
        *error = tr("name: the city's name is required");
        return std::nullopt;
    }

    const QJsonObject areas = root.value(QStringLiteral("areas")).toObject();
    for (auto it = areas.constBegin(); it != areas.constEnd(); ++it) {
        const QString key = QStringLiteral("areas.%1").arg(it.key());
        const QJsonObject area = it.value().toObject();
        QGeoPolygon polygon;
        if (area.contains(QStringLiteral("polygon"))) {
            if (!readPolygon(area.value(QStringLiteral("polygon")), key + QStringLiteral(".polygon"),
                             &polygon, error))
                return std::nullopt;
        } else if (area.contains(QStringLiteral("cityFile"))) {
            const QString city = codeText(area.value(QStringLiteral("cityFile")));
            const QString cityKey =
                area.value(QStringLiteral("key")).toString(QStringLiteral("operatingArea"));
            QString readError;
            const std::optional<QByteArray> bytes = cityFiles ? cityFiles(city, &readError) : std::nullopt;
            if (!bytes) {
                *error = tr("%1.cityFile: %2").arg(key, readError);
                return std::nullopt;
            }
            const QJsonObject cityRoot = QJsonDocument::fromJson(*bytes).object();
            if (!readPolygon(cityRoot.value(cityKey),
                             QStringLiteral("%1.key (%2 of city file %3)").arg(key, cityKey, city), &polygon,
                             error))
                return std::nullopt;
        } else {
            *error = tr("%1: an area needs \"polygon\" or \"cityFile\"").arg(key);
            return std::nullopt;
        }
        rules.m_areas.insert(it.key(), OperatingArea(polygon));
    }

    const QJsonValue list = root.value(QStringLiteral("rules"));
    if (!list.isArray() || list.toArray().isEmpty()) {
        *error = tr("rules: a non-empty list of rules is required");
        return std::nullopt;
    }
    QSet<QString> ids;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = tr("rules[%1]: not an object").arg(i);
            return std::nullopt;
        }
        std::optional<CityRule> rule = CityRule::fromJson(array.at(i).toObject(), int(i), error);
        if (!rule)
            return std::nullopt;
        if (ids.contains(rule->id)) {
            *error = tr("rules[%1].id: \"%2\" is used twice").arg(i).arg(rule->id);
            return std::nullopt;
        }
        ids.insert(rule->id);
        if (rule->check == RuleCheck::EndsInArea && !rules.m_areas.contains(rule->area)) {
            *error = tr("rules[%1].area: \"%2\" is not one of the areas").arg(i).arg(rule->area);
            return std::nullopt;
        }
        rules.m_rules.append(*rule);
    }
    return rules;
}

const CityRule *CityRules::rule(const QString &id) const
{
    for (const CityRule &r : m_rules)
        if (r.id == id)
            return &r;
    return nullptr;
}

QList<RuleFinding> CityRules::evaluate(RuleSubject subject, const RuleFacts &facts) const
{
    return evaluate(subject, RuleSource::Upload, facts);
}

QList<RuleFinding> CityRules::evaluate(RuleSubject subject, RuleSource source, const RuleFacts &facts) const
{
    QList<RuleFinding> findings;
    for (const CityRule &r : m_rules) {
        if (r.subject != subject || !r.appliesTo(source))
            continue;
        const auto area = m_areas.constFind(r.area);
        if (auto f = RuleChecks::evaluate(r, facts, area == m_areas.constEnd() ? nullptr : &area.value()))
            findings.append(*f);
    }
    return findings;
}

QList<RuleFinding> CityRules::checkTrip(const QGeoCoordinate &departure, const QGeoCoordinate &destination,
                                        Datum datum, const QDateTime &asOf) const
{
    RuleFacts facts;
    facts.asOf = asOf;
    facts.points = {departure, destination};
    facts.datum = datum;
    return evaluate(RuleSubject::Trip, facts);
}

QList<RuleFinding> CityRules::checkDispatch(bool carrying, const QDateTime &asOf) const
{
    RuleFacts facts;
    facts.asOf = asOf;
    facts.set(QStringLiteral("driverCarrying"), carrying);
    return evaluate(RuleSubject::Dispatch, facts);
}

RuleFacts CityRules::factsOf(const VehiclePermit &permit, const QDateTime &asOf)
{
    RuleFacts facts;
    facts.asOf = asOf;
    // 0 and empty mean "not given": such a fact stays unknown and its rules find nothing.
    if (permit.seats > 0)
        facts.set(QStringLiteral("seats"), permit.seats);
    if (permit.wheelbaseMm > 0)
        facts.set(QStringLiteral("wheelbaseMm"), permit.wheelbaseMm);
    if (permit.rangeKm > 0)
        facts.set(QStringLiteral("rangeKm"), permit.rangeKm);
    if (permit.purchasePriceYuan > 0)
        facts.set(QStringLiteral("purchasePriceYuan"), permit.purchasePriceYuan);
    if (!permit.fuelType.trimmed().isEmpty())
        facts.set(QStringLiteral("fuelType"), permit.fuelType.trimmed());
    if (permit.firstRegistration.isValid())
        facts.set(QStringLiteral("firstRegistration"), permit.firstRegistration);
    return facts;
}

RuleFacts CityRules::factsOf(const DriverPermit &permit, const QDateTime &asOf)
{
    RuleFacts facts;
    facts.asOf = asOf;
    if (permit.licenceFirstIssue.isValid())
        facts.set(QStringLiteral("licenceFirstIssue"), permit.licenceFirstIssue);
    if (const QDate birth = permit.birthDate(); birth.isValid())
        facts.set(QStringLiteral("birthDate"), birth);
    if (const QString gender = permit.genderCode(); !gender.isEmpty())
        facts.set(QStringLiteral("gender"), gender);
    return facts;
}

QList<RuleFinding> CityRules::checkVehiclePermit(const VehiclePermit &permit, const QDateTime &asOf,
                                                 const QVariantHash &extraFacts) const
{
    RuleFacts facts = factsOf(permit, asOf);
    for (auto it = extraFacts.constBegin(); it != extraFacts.constEnd(); ++it)
        facts.set(it.key(), it.value());
    return evaluate(RuleSubject::Vehicle, RuleSource::Permit, facts);
}

QList<RuleFinding> CityRules::checkDriverPermit(const DriverPermit &permit, const QDateTime &asOf,
                                                const QVariantHash &extraFacts) const
{
    RuleFacts facts = factsOf(permit, asOf);
    for (auto it = extraFacts.constBegin(); it != extraFacts.constEnd(); ++it)
        facts.set(it.key(), it.value());
    return evaluate(RuleSubject::Driver, RuleSource::Permit, facts);
}

QString CityRules::describe(const RuleFinding &finding) const
{
    const CityRule *r = rule(finding.ruleId);
    if (!r)
        return finding.message;
    return RuleChecks::message(*r, finding.measured, finding.limit);
}

} // namespace rw
