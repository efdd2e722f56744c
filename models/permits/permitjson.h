#pragma once

#include "companypermit.h"
#include "driverpermit.h"
#include "vehiclepermit.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rw {

/**
 * \brief The permits as JSON: the "permit" of a hit of /api/v1/permits/search and /registry
 * (docs/lookup-contracts.md), written by the platform and read back by the console.
 *
 * Dates are ISO dates ("2026-11-21") or null; numbers that were not given (0) are null. Vehicle:
 * "certificate", "plate", "plateColor", "companyId", "ownerName", "vin", "regionCode", "organization",
 * "firstRegistration", "validFrom", "validTo", "effectiveExpiry" (written only: VehiclePermit::
 * effectiveExpiry()), "seats", "wheelbaseMm", "rangeKm", "purchasePriceYuan", "brand", "model",
 * "fuelType", "state", "id". Driver: "certificate", "name", "idNumber", "licence", "phone", "gender",
 * "companyId", "companyName", "regionCode", "organization", "driverType", "licenceFirstIssue",
 * "validFrom", "validTo", "state", "id". Company: the CompanyPermit fields by their names and "id".
 *
 * Personal data (a driver's name, ID number, licence number and phone; a private owner's name) is
 * masked with PersonalDataMask unless \a reveal (DESIGN §8); what is read back is what was written,
 * masked or not.
 */
class PermitJson
{
    Q_DECLARE_TR_FUNCTIONS(rw::PermitJson)

public:
    static QJsonObject toJson(const CompanyPermit &permit, bool reveal = false);
    static QJsonObject toJson(const VehiclePermit &permit, bool reveal);
    static QJsonObject toJson(const DriverPermit &permit, bool reveal);

    /**
     * Nothing, with \a error naming where (\a path and the key: "hits[2].permit.validTo") and the value, when
     * "certificate" is missing or a value has the wrong type.
     */
    static std::optional<CompanyPermit> companyFromJson(const QJsonObject &object, QString *error = nullptr,
                                                        const QString &path = QStringLiteral("permit"));
    static std::optional<VehiclePermit> vehicleFromJson(const QJsonObject &object, QString *error = nullptr,
                                                        const QString &path = QStringLiteral("permit"));
    static std::optional<DriverPermit> driverFromJson(const QJsonObject &object, QString *error = nullptr,
                                                      const QString &path = QStringLiteral("permit"));

    /** Whether \a ownerName is a company's (公司, 集团), which is not personal data (seed 002 Art. 40). */
    static bool isCompanyName(const QString &ownerName);
};

} // namespace rw
