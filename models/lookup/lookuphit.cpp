#include "lookuphit.h"

#include "permits/permitjson.h"

#include "jsonfieldreader.h"

#include <QHash>
#include <QJsonArray>

namespace rw {

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
    const QString permitPath = r.pathOf(QStringLiteral("permit"));
    QString why;
    bool read = false;
    switch (hit.kind) {
    case PermitKind::Company:
        if (const auto permit = PermitJson::companyFromJson(permitValue.toObject(), &why, permitPath)) {
            hit.company = *permit;
            read = true;
        }
        break;
    case PermitKind::Vehicle:
        if (const auto permit = PermitJson::vehicleFromJson(permitValue.toObject(), &why, permitPath)) {
            hit.vehicle = *permit;
            read = true;
        }
        break;
    case PermitKind::Driver:
        if (const auto permit = PermitJson::driverFromJson(permitValue.toObject(), &why, permitPath)) {
            hit.driver = *permit;
            read = true;
        }
        break;
    }
    if (!read)
        return failed(why);

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
