#include "vehiclepermitstatus.h"

#include <QJsonArray>
#include <QLocale>

namespace rw {

namespace {

// Seed 002 (Wuzhishan rules).
const QString ArticleIssue = QStringLiteral("第十四条"); // Art. 14: the city issues the 运输证
const QString ArticleValidity =
    QStringLiteral("第四十一条"); // Art. 41: valid from issue to registration + 8 y

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : VehiclePermitStatus::tr("no date given");
}

} // namespace

QString VehiclePermitStatus::normalisedPlate(const QString &plate)
{
    QString result;
    result.reserve(plate.size());
    for (const QChar c : plate) {
        if (c.isSpace() || c == QChar(0x00B7) || c == QLatin1Char('-') || c == QChar(0x30FB))
            continue;
        result.append(c.toUpper());
    }
    return result;
}

VehiclePermitStatus VehiclePermitStatus::checking(const VehicleKey &vehicle)
{
    VehiclePermitStatus status;
    status.vehicle = vehicle;
    status.state = State::Checking;
    return status;
}

VehiclePermitStatus VehiclePermitStatus::unavailable(const VehicleKey &vehicle, const QString &message)
{
    VehiclePermitStatus status;
    status.vehicle = vehicle;
    status.state = State::Unavailable;
    status.message = message;
    return status;
}

VehiclePermitStatus VehiclePermitStatus::fromSearch(const VehicleKey &vehicle, const QJsonObject &answer)
{
    const QString plate = normalisedPlate(vehicle.vehicleNo);
    std::optional<QJsonObject> own, ownInvalid, other;
    for (const QJsonValue &value : answer.value(QStringLiteral("hits")).toArray()) {
        const QJsonObject hit = value.toObject();
        if (hit.value(QStringLiteral("kind")).toString() != QStringLiteral("vehicle"))
            continue;
        const QJsonObject permit = hit.value(QStringLiteral("permit")).toObject();
        if (normalisedPlate(permit.value(QStringLiteral("plate")).toString()) != plate)
            continue; // a longer plate this one starts
        if (permit.value(QStringLiteral("companyId")).toString() != vehicle.companyId) {
            if (!other)
                other = permit;
        } else if (hit.value(QStringLiteral("valid")).toBool()) {
            if (!own)
                own = permit;
        } else if (!ownInvalid) {
            ownInvalid = permit;
        }
    }
    VehiclePermitStatus status;
    status.vehicle = vehicle;
    const std::optional<QJsonObject> &found = own ? own : ownInvalid ? ownInvalid : other;
    if (!found) {
        status.state = State::Missing;
        status.article = ArticleIssue;
        return status;
    }
    status.certificate = found->value(QStringLiteral("certificate")).toString();
    status.permitCompanyId = found->value(QStringLiteral("companyId")).toString();
    status.validTo = QDate::fromString(found->value(QStringLiteral("validTo")).toString(), Qt::ISODate);
    status.effectiveExpiry =
        QDate::fromString(found->value(QStringLiteral("effectiveExpiry")).toString(), Qt::ISODate);
    if (own) {
        status.state = State::Valid;
    } else if (ownInvalid) {
        status.state = State::Expired;
        status.article = ArticleValidity;
    } else {
        status.state = State::OtherCompany;
    }
    return status;
}

QString VehiclePermitStatus::citation() const
{
    if (article == ArticleIssue)
        return tr("Wuzhishan rules Art. 14 (%1): the city issues the transport certificate").arg(article);
    if (article == ArticleValidity)
        return tr("Wuzhishan rules Art. 41 (%1): valid from issue until 8 years after the first registration")
            .arg(article);
    return article;
}

QString VehiclePermitStatus::text() const
{
    switch (state) {
    case State::Checking:
        return tr("Checking the city's permit registry…");
    case State::Valid:
        return tr("Valid until %1 (transport certificate %2)").arg(dateText(lastDay()), certificate);
    case State::Expired:
        return tr("Expired on %1 (transport certificate %2) — %3")
            .arg(dateText(lastDay()), certificate, citation());
    case State::OtherCompany:
        return tr("The transport certificate %1 of this plate was issued to company %2, not %3")
            .arg(certificate, permitCompanyId, vehicle.companyId);
    case State::Missing:
        return tr("Missing: no transport certificate for %1 in the city's registry — %2")
            .arg(vehicle.vehicleNo, citation());
    case State::Unavailable:
        return tr("Unavailable: %1").arg(message);
    }
    return {};
}

} // namespace rw
