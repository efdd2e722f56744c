#pragma once

#include <QString>
#include <QStringView>

namespace rw {

/**
 * \brief A lookup query classified and normalised the way the platform's search does it
 * (platform/permits/permitsearch.h, PermitSearch::classify), so that the offline cache answers a query
 * with the same class and looks it up in the same form.
 *
 * The console cannot use PermitSearch (the platform's library); this is the same decision table over
 * the same PermitIdentifiers, kept in step by tst_lookupquery, which compares the two on every class.
 * Classes, in the order they are tried: Plate, PlatePrefix, IdNumber, Vin, Company, Name, Certificate.
 */
struct LookupQuery
{
    enum class Class { Empty, Plate, PlatePrefix, IdNumber, Vin, Name, Company, Certificate };

    Class queryClass = Class::Empty;
    QString
        normalised; //!< as the platform looks it up: a plate normalised, an ID number or VIN in upper case

    static LookupQuery parse(QStringView query);
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
