#pragma once

#include <QString>
#include <QStringView>

namespace rw {

/**
 * \brief A permit query classified and normalised: one decision table for the platform's search
 * (platform/permits/PermitSearch) and the console's offline cache (models/offline/LookupCacheStore), so
 * that both answer a query with the same class and look it up in the same form.
 *
 * Classes, in the order they are tried: Plate, PlatePrefix, IdNumber, Vin, Company, Name, Certificate.
 */
struct PermitQuery
{
    enum class Class { Empty, Plate, PlatePrefix, IdNumber, Vin, Name, Company, Certificate };

    Class queryClass = Class::Empty;
    QString
        normalised; //!< as the platform looks it up: a plate normalised, an ID number or VIN in upper case

    static PermitQuery parse(QStringView query);
    static Class classify(QStringView query);
    /** "plate", "platePrefix", "idNumber", "vin", "name", "company", "certificate", "empty": the platform's
     * keys. */
    static QString classKey(Class queryClass);

    /** A person's name as the blind index holds it: NFKC, no spaces, "•" written "·". */
    static QString normaliseName(QStringView name);
    /** An ID or licence number as the blind index holds it: no spaces, upper case. */
    static QString normaliseNumber(QStringView number);
};

} // namespace rw
