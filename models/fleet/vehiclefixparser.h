#pragma once

#include "vehiclefix.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace rw {

class InterfaceCatalogue;
struct InterfaceSpec;
struct Record;

/**
 * \brief Reads positionVehicle records (A.7.2, decoded by JsonCodec or ProtobufCodec) into VehicleFix.
 *
 * Required for a fix: CompanyId, VehicleNo, PositionTime (Unix seconds or YYYYMMDDhhmmss CST, see
 * SpecTime::fromPositionTime) and Longitude/Latitude (whole numbers of 1e-6 degree within ±180°/±90°);
 * a record without one of them is refused with a message naming the field, the rule and the value.
 * The optional fields are read leniently, since the map should still show a vehicle whose fix has a bad
 * Direction: an absent or invalid Encrypt gives Datum::Unknown (drawn as sent, flagged approximate),
 * BizStatus gives BizStatus::Unknown, Direction −1, Speed −1, WarnStatus 0. Numbers may arrive as JSON
 * numbers (whole or not) or strings of digits. The record's full validation is RecordValidator's job.
 *
 * positionVehicle carries no LicenseId: VehicleFix::licenseId stays empty (FleetState keeps the last
 * licence it was given, so the broker may fill it from operateLogin or positionDriver).
 *
 * Field indices are resolved once from the catalogue; parse() is const and thread-safe.
 */
class VehicleFixParser
{
    Q_DECLARE_TR_FUNCTIONS(rw::VehicleFixParser)

public:
    explicit VehicleFixParser(std::shared_ptr<const InterfaceCatalogue> catalogue);

    /** The positionVehicle interface of the catalogue (nullptr if the catalogue lacks it). */
    const InterfaceSpec *spec() const { return m_spec; }

    /** The fix of \a record, or nothing with the reason in \a error. */
    std::optional<VehicleFix> parse(const Record &record, QString *error = nullptr) const;
    /**
     * Parses \a records, appending the fixes to \a fixes and, if \a errors is set, one message per refused
     * record ("record 3: Longitude: …"). Returns the number refused.
     */
    int parseAll(const QList<Record> &records, QList<VehicleFix> *fixes, QStringList *errors = nullptr) const;

private:
    struct Fields
    {
        int companyId = -1;
        int vehicleNo = -1;
        int positionTime = -1;
        int longitude = -1;
        int latitude = -1;
        int encrypt = -1;
        int speed = -1;
        int direction = -1;
        int warnStatus = -1;
        int bizStatus = -1;
        int orderId = -1;
        int licenseId = -1;
    };
    static Fields fieldsOf(const InterfaceSpec &spec);

    std::shared_ptr<const InterfaceCatalogue> m_catalogue;
    const InterfaceSpec *m_spec = nullptr;
    Fields m_fields;
};

} // namespace rw
