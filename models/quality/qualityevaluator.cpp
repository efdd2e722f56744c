#include "qualityevaluator.h"

#include "protocol/interfacecatalogue.h"
#include "protocol/interfacespec.h"
#include "protocol/spectime.h"

namespace rw {

namespace {

QString conformanceRule(ValidationRule rule)
{
    return QStringLiteral("conformance.") + ruleName(rule);
}

QString valueText(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 17);
    return value.toString();
}

} // namespace

QualityEvaluator::QualityEvaluator(QualityModel model)
    : m_model(std::move(model))
{
    for (const QualityRule &rule : m_model.rules()) {
        if (rule.dimension == QualityDimension::Conformance)
            m_anyConformance = true;
    }
    m_required = m_model.hasRule(u"completeness.requiredFields");
    m_withinLimit = m_model.hasRule(u"timeliness.withinLimit");
    m_businessTime = m_model.hasRule(u"timeliness.businessTime");
    m_plausibleTime = m_model.hasRule(u"authenticity.plausibleTime");
    m_inChina = m_model.hasRule(u"authenticity.positionInChina");
    m_tripPlausible = m_model.hasRule(u"authenticity.tripPlausible") && m_model.maxSpeedKmh() > 0;
    for (InterfaceFamily family :
         {InterfaceFamily::BaseInfo, InterfaceFamily::Order, InterfaceFamily::Operate,
          InterfaceFamily::Position, InterfaceFamily::Rated, InterfaceFamily::Share}) {
        if (size_t(family) < m_limits.size())
            m_limits[size_t(family)] = m_model.timelinessLimit(family);
    }
}

QualityOutcome QualityEvaluator::evaluate(const Record &record, qint64 receivedAt) const
{
    return evaluate(record, receivedAt, SpecTime::businessTime(record));
}

QualityOutcome QualityEvaluator::evaluate(const Record &record, qint64 receivedAt,
                                          std::optional<qint64> businessTime) const
{
    if (!record.spec) {
        QualityOutcome outcome;
        outcome.receivedAt = receivedAt;
        outcome.businessTime = businessTime;
        outcome.companyId = record.value(u"CompanyId").toString();
        return outcome;
    }
    QualityOutcome outcome = judge(record, receivedAt, businessTime, m_validator.validate(record));
    outcome.recordKey = recordKey(record);
    return outcome;
}

QualityOutcome QualityEvaluator::evaluateValidated(const Record &record, qint64 receivedAt,
                                                   std::optional<qint64> businessTime,
                                                   const FieldViolations &violations) const
{
    QualityOutcome outcome = judge(record, receivedAt, businessTime, violations);
    if (!outcome.failedRules.isEmpty())
        outcome.recordKey = recordKey(record);
    return outcome;
}

QualityOutcome QualityEvaluator::evaluateUndecodable(const QString &companyId, const QString &ipcType,
                                                     qint64 receivedAt) const
{
    QualityOutcome outcome;
    outcome.companyId = companyId;
    outcome.ipcType = ipcType;
    outcome.receivedAt = receivedAt;
    const QString decodable = QStringLiteral("conformance.decodable");
    if (m_model.hasRule(decodable))
        outcome.fail(QualityDimension::Conformance, decodable);
    return outcome;
}

QualityEvaluator::Fields QualityEvaluator::fields(const InterfaceSpec *spec) const
{
    const auto it = m_fields.constFind(spec);
    if (it != m_fields.constEnd())
        return *it;
    return {spec->fieldIndex(u"CompanyId"), spec->fieldIndex(u"Longitude"), spec->fieldIndex(u"Latitude")};
}

QualityOutcome QualityEvaluator::judge(const Record &record, qint64 receivedAt,
                                       std::optional<qint64> businessTime,
                                       const FieldViolations &violations) const
{
    QualityOutcome outcome;
    outcome.receivedAt = receivedAt;
    outcome.businessTime = businessTime;
    if (!record.spec) {
        outcome.companyId = record.value(u"CompanyId").toString();
        return outcome;
    }
    const Fields indices = fields(record.spec);
    if (record.has(indices.company))
        outcome.companyId = record.values.at(indices.company).toString();
    outcome.ipcType = record.spec->ipcType;

    // Art. 15(一) completeness and 15(二) conformance, from the validator's own violations.
    const QString requiredRule = QStringLiteral("completeness.requiredFields");
    const bool checkRequired = m_required;
    if (checkRequired)
        outcome.check(QualityDimension::Completeness);
    if (m_anyConformance)
        outcome.check(QualityDimension::Conformance);
    // Identity (a record in another company's name) is the intake's concern, not a quality rule.
    for (const FieldViolation &violation : violations) {
        if (violation.rule == ValidationRule::Required) {
            if (checkRequired)
                outcome.fail(QualityDimension::Completeness, requiredRule);
            continue;
        }
        if (violation.rule == ValidationRule::Identity)
            continue;
        const QString id = conformanceRule(violation.rule);
        if (m_model.hasRule(id))
            outcome.fail(QualityDimension::Conformance, id);
    }

    // Art. 15(三) timeliness: 24 h / 300 s / 60 s by interface group.
    const std::optional<qint64> limit = size_t(record.spec->family) < m_limits.size()
                                            ? m_limits[size_t(record.spec->family)]
                                            : m_model.timelinessLimit(record.spec->family);
    const QString withinLimit = QStringLiteral("timeliness.withinLimit");
    const QString hasBusinessTime = QStringLiteral("timeliness.businessTime");
    if (limit && (m_withinLimit || m_businessTime)) {
        outcome.check(QualityDimension::Timeliness);
        if (!businessTime) {
            if (m_businessTime)
                outcome.fail(QualityDimension::Timeliness, hasBusinessTime);
        } else if (m_withinLimit && receivedAt - *businessTime > *limit) {
            outcome.fail(QualityDimension::Timeliness, withinLimit);
        }
    }

    // Art. 15(四) authenticity, single-record part.
    const QString plausibleTime = QStringLiteral("authenticity.plausibleTime");
    if (businessTime && m_plausibleTime) {
        outcome.check(QualityDimension::Authenticity);
        if (*businessTime < m_model.notBefore() || *businessTime > receivedAt + m_model.futureTolerance())
            outcome.fail(QualityDimension::Authenticity, plausibleTime);
    }
    const QString inChina = QStringLiteral("authenticity.positionInChina");
    if (record.spec->family == InterfaceFamily::Position && m_inChina) {
        const QVariant longitude =
            record.has(indices.longitude) ? record.values.at(indices.longitude) : QVariant();
        const QVariant latitude =
            record.has(indices.latitude) ? record.values.at(indices.latitude) : QVariant();
        // An absent or non-numeric coordinate is a completeness or conformance failure, not judged here.
        bool lonOk = false;
        bool latOk = false;
        const double lon = longitude.toDouble(&lonOk) / 1e6;
        const double lat = latitude.toDouble(&latOk) / 1e6;
        if (lonOk && latOk && longitude.typeId() != QMetaType::QString &&
            latitude.typeId() != QMetaType::QString) {
            outcome.check(QualityDimension::Authenticity);
            if (lon < m_model.west() || lon > m_model.east() || lat < m_model.south() ||
                lat > m_model.north())
                outcome.fail(QualityDimension::Authenticity, inChina);
        }
    }
    if (m_tripPlausible && record.spec->family == InterfaceFamily::Operate)
        judgeTrip(record, outcome);
    return outcome;
}

void QualityEvaluator::judgeTrip(const Record &record, QualityOutcome &outcome) const
{
    // DESIGN §6: trips with plausible distance and duration. DriveMile in km, DriveTime in seconds (A.6).
    const QString &type = record.spec->ipcType;
    const bool pay = type == QLatin1StringView("operatePay");
    if (!pay && type != QLatin1StringView("operateArrive"))
        return;
    bool mileOk = false;
    bool timeOk = false;
    const double km = record.value(u"DriveMile").toDouble(&mileOk);
    const qint64 seconds = record.value(u"DriveTime").toLongLong(&timeOk);
    if (!mileOk || !timeOk)
        return; // absent or not a number: a completeness or conformance failure, not judged here
    outcome.check(QualityDimension::Authenticity);
    const QString rule = QStringLiteral("authenticity.tripPlausible");
    bool plausible = km >= 0 && seconds >= 0;
    // A distance needs time to be driven: no faster than the model's bound (a kilometre in no time is not
    // rounding any more).
    if (plausible && seconds > 0)
        plausible = km * 3600.0 / double(seconds) <= m_model.maxSpeedKmh();
    else if (plausible)
        plausible = km <= 1.0;
    if (plausible && pay) {
        // The payment's departure and arrival times must span the time driven, within 10 % or 2 minutes.
        bool depOk = false;
        bool destOk = false;
        const std::optional<qint64> dep = SpecTime::fromDateTime(record.value(u"DepTime").toLongLong(&depOk));
        const std::optional<qint64> dest =
            SpecTime::fromDateTime(record.value(u"DestTime").toLongLong(&destOk));
        if (depOk && destOk && dep && dest) {
            const qint64 span = *dest - *dep;
            plausible = span >= 0 && std::llabs(span - seconds) <= std::max<qint64>(120, seconds / 10);
        }
    }
    if (!plausible)
        outcome.fail(QualityDimension::Authenticity, rule);
}

QString QualityEvaluator::recordKey(const Record &record)
{
    if (!record.spec)
        return {};
    QStringList parts;
    static const QStringList keyFields = {QStringLiteral("OrderId"), QStringLiteral("RouteId"),
                                          QStringLiteral("VehicleNo")};
    QStringList fields = keyFields;
    if (!record.spec->businessTimeField.isEmpty())
        fields.append(record.spec->businessTimeField);
    for (const QString &name : std::as_const(fields)) {
        const FieldSpec *field = record.spec->field(name);
        if (!field || field->personal)
            continue;
        const QVariant value = record.value(name);
        // A position's OrderId "0" means "not in service": no reference.
        if (value.isValid() && !value.isNull() &&
            !(name == QLatin1StringView("OrderId") && value.toString() == QLatin1StringView("0")))
            parts.append(name + QLatin1Char('=') + valueText(value));
    }
    return parts.join(QLatin1Char(';'));
}

} // namespace rw
