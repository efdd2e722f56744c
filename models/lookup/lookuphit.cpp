#include "lookuphit.h"

#include "jsonfieldreader.h"

#include <QHash>
#include <QJsonArray>

namespace rw {

namespace {

CompanyPermit companyFrom(JsonFieldReader &r)
{
    CompanyPermit p;
    p.certificate = r.requiredString(QStringLiteral("certificate"));
    p.companyId = r.string(QStringLiteral("companyId"));
    p.name = r.string(QStringLiteral("name"));
    p.identifier = r.string(QStringLiteral("identifier"));
    p.regionCode = r.string(QStringLiteral("regionCode"));
    p.operationArea = r.string(QStringLiteral("operationArea"));
    p.organization = r.string(QStringLiteral("organization"));
    p.certifyDate = r.date(QStringLiteral("certifyDate"));
    p.validFrom = r.date(QStringLiteral("validFrom"));
    p.validTo = r.date(QStringLiteral("validTo"));
    p.state = r.string(QStringLiteral("state"));
    p.id = r.integer(QStringLiteral("id"));
    return p;
}

VehiclePermit vehicleFrom(JsonFieldReader &r)
{
    VehiclePermit p;
    p.certificate = r.requiredString(QStringLiteral("certificate"));
    p.plate = r.requiredString(QStringLiteral("plate"));
    p.plateColor = r.string(QStringLiteral("plateColor"));
    p.companyId = r.string(QStringLiteral("companyId"));
    p.ownerName = r.string(QStringLiteral("ownerName"));
    p.vin = r.string(QStringLiteral("vin"));
    p.regionCode = r.string(QStringLiteral("regionCode"));
    p.organization = r.string(QStringLiteral("organization"));
    p.firstRegistration = r.date(QStringLiteral("firstRegistration"));
    p.validFrom = r.date(QStringLiteral("validFrom"));
    p.validTo = r.date(QStringLiteral("validTo"));
    // "effectiveExpiry" is derived (VehiclePermit::effectiveExpiry()); read only to check its form.
    r.date(QStringLiteral("effectiveExpiry"));
    p.seats = int(r.integer(QStringLiteral("seats")));
    p.wheelbaseMm = int(r.integer(QStringLiteral("wheelbaseMm")));
    p.brand = r.string(QStringLiteral("brand"));
    p.model = r.string(QStringLiteral("model"));
    p.fuelType = r.string(QStringLiteral("fuelType"));
    p.state = r.string(QStringLiteral("state"));
    p.id = r.integer(QStringLiteral("id"));
    return p;
}

DriverPermit driverFrom(JsonFieldReader &r)
{
    DriverPermit p;
    p.certificate = r.requiredString(QStringLiteral("certificate"));
    p.name = r.string(QStringLiteral("name"));
    p.idNumber = r.string(QStringLiteral("idNumber"));
    p.licenceNumber = r.string(QStringLiteral("licence"));
    p.phone = r.string(QStringLiteral("phone"));
    p.gender = r.string(QStringLiteral("gender"));
    p.companyId = r.string(QStringLiteral("companyId"));
    p.companyName = r.string(QStringLiteral("companyName"));
    p.regionCode = r.string(QStringLiteral("regionCode"));
    p.organization = r.string(QStringLiteral("organization"));
    p.driverType = r.string(QStringLiteral("driverType"));
    p.licenceFirstIssue = r.date(QStringLiteral("licenceFirstIssue"));
    p.validFrom = r.date(QStringLiteral("validFrom"));
    p.validTo = r.date(QStringLiteral("validTo"));
    p.state = r.string(QStringLiteral("state"));
    p.id = r.integer(QStringLiteral("id"));
    return p;
}

} // namespace

std::optional<RuleFinding> LookupHit::findingFromJson(const QJsonObject &json, const QString &path,
                                                      QString *error)
{
    JsonFieldReader r(json, path);
    RuleFinding f;
    f.ruleId = r.requiredString(QStringLiteral("ruleId"));
    f.article = r.requiredString(QStringLiteral("article"));
    f.message = r.string(QStringLiteral("message"));
    f.measured = r.scalar(QStringLiteral("measured"));
    f.limit = r.scalar(QStringLiteral("limit"));
    f.unit = r.string(QStringLiteral("unit"));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return f;
}

std::optional<LookupHit> LookupHit::fromJson(const QJsonObject &json, const QString &path, QString *error)
{
    const auto failed = [error](const QString &why) -> std::optional<LookupHit> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    JsonFieldReader r(json, path);
    LookupHit hit;
    const QString kindKey = r.requiredString(QStringLiteral("kind"));
    if (!r.ok())
        return failed(r.error());
    const std::optional<PermitKind> kind = PermitKinds::fromKey(kindKey);
    if (!kind)
        return failed(tr("%1: \"%2\" is not a permit kind (company, vehicle or driver)")
                          .arg(r.pathOf(QStringLiteral("kind")), kindKey));
    hit.kind = *kind;
    hit.matchedOn = r.string(QStringLiteral("matchedOn"));
    hit.valid = r.requiredBoolean(QStringLiteral("valid"));
    if (r.has(QStringLiteral("badRecord")))
        hit.badRecord = r.boolean(QStringLiteral("badRecord"));
    if (!r.ok())
        return failed(r.error());

    const QJsonValue permitValue = json.value(QStringLiteral("permit"));
    if (!permitValue.isObject())
        return failed(
            tr("%1: %2").arg(r.pathOf(QStringLiteral("permit")),
                             permitValue.isUndefined() || permitValue.isNull()
                                 ? tr("missing")
                                 : tr("%1 is not an object").arg(JsonFieldReader::quote(permitValue))));
    JsonFieldReader p(permitValue.toObject(), r.pathOf(QStringLiteral("permit")));
    switch (hit.kind) {
    case PermitKind::Company:
        hit.company = companyFrom(p);
        break;
    case PermitKind::Vehicle:
        hit.vehicle = vehicleFrom(p);
        break;
    case PermitKind::Driver:
        hit.driver = driverFrom(p);
        break;
    }
    if (!p.ok())
        return failed(p.error());

    const QJsonValue findings = json.value(QStringLiteral("findings"));
    if (!findings.isUndefined() && !findings.isNull()) {
        const QString findingsPath = r.pathOf(QStringLiteral("findings"));
        if (!findings.isArray())
            return failed(tr("%1: %2 is not an array").arg(findingsPath, JsonFieldReader::quote(findings)));
        hit.findingsReported = true;
        const QJsonArray list = findings.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(findingsPath).arg(i);
            if (!list.at(i).isObject())
                return failed(
                    tr("%1: %2 is not an object").arg(itemPath, JsonFieldReader::quote(list.at(i))));
            QString why;
            const std::optional<RuleFinding> finding = findingFromJson(list.at(i).toObject(), itemPath, &why);
            if (!finding)
                return failed(why);
            hit.findings.append(*finding);
        }
    }
    return hit;
}

qint64 LookupHit::id() const
{
    switch (kind) {
    case PermitKind::Company:
        return company.id;
    case PermitKind::Vehicle:
        return vehicle.id;
    case PermitKind::Driver:
        return driver.id;
    }
    return 0;
}

QString LookupHit::certificate() const
{
    switch (kind) {
    case PermitKind::Company:
        return company.certificate;
    case PermitKind::Vehicle:
        return vehicle.certificate;
    case PermitKind::Driver:
        return driver.certificate;
    }
    return {};
}

QString LookupHit::companyId() const
{
    switch (kind) {
    case PermitKind::Company:
        return company.companyId;
    case PermitKind::Vehicle:
        return vehicle.companyId;
    case PermitKind::Driver:
        return driver.companyId;
    }
    return {};
}

QString LookupHit::companyText() const
{
    switch (kind) {
    case PermitKind::Company:
        return company.name.isEmpty() ? company.companyId : company.name;
    case PermitKind::Vehicle:
        return vehicle.companyId;
    case PermitKind::Driver:
        return driver.companyName.isEmpty() ? driver.companyId : driver.companyName;
    }
    return {};
}

QString LookupHit::title() const
{
    switch (kind) {
    case PermitKind::Company:
        return company.name.isEmpty() ? company.companyId : company.name;
    case PermitKind::Vehicle:
        return vehicle.plate;
    case PermitKind::Driver:
        return driver.name.isEmpty() ? driver.certificate : driver.name;
    }
    return {};
}

QDate LookupHit::validFrom() const
{
    switch (kind) {
    case PermitKind::Company:
        return company.validFrom;
    case PermitKind::Vehicle:
        return vehicle.validFrom;
    case PermitKind::Driver:
        return driver.validFrom;
    }
    return {};
}

QDate LookupHit::lastDay() const
{
    switch (kind) {
    case PermitKind::Company:
        return company.validTo;
    case PermitKind::Vehicle:
        return vehicle.effectiveExpiry();
    case PermitKind::Driver:
        return driver.validTo;
    }
    return {};
}

bool LookupHit::isValidOn(const QDate &day) const
{
    switch (kind) {
    case PermitKind::Company:
        return company.isValidOn(day);
    case PermitKind::Vehicle:
        return vehicle.isValidOn(day);
    case PermitKind::Driver:
        return driver.isValidOn(day);
    }
    return false;
}

int LookupHit::problemCount() const
{
    return int(findings.size()) + (valid ? 0 : 1) + (badRecord.value_or(false) ? 1 : 0);
}

QString LookupHit::matchedOnName(const QString &key)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("plate"), QT_TR_NOOP("plate")},
        {QStringLiteral("vin"), QT_TR_NOOP("VIN")},
        {QStringLiteral("certificate"), QT_TR_NOOP("certificate number")},
        {QStringLiteral("idNumber"), QT_TR_NOOP("ID number")},
        {QStringLiteral("licence"), QT_TR_NOOP("driving-licence number")},
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("companyId"), QT_TR_NOOP("company ID")},
    };
    const auto it = names.constFind(key);
    return it == names.constEnd() ? key : tr(it.value());
}

QString LookupHit::identity() const
{
    const qint64 number = id();
    return number > 0 ? QStringLiteral("%1:%2").arg(PermitKinds::key(kind)).arg(number)
                      : QStringLiteral("%1:certificate:%2").arg(PermitKinds::key(kind), certificate());
}

} // namespace rw
