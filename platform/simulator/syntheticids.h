#pragma once

#include "simrandom.h"

#include <QDate>
#include <QString>

namespace rw {

/**
 * \brief Identifiers for synthetic companies, vehicles and people, in their real formats with valid check
 * characters.
 *
 * Everything is made up; phone numbers use the 1990… range so they are recognisably fake.
 */
class SyntheticIds
{
public:
    /** 18-character unified social credit code (GB 32100-2015): "91" + region + organisation code + check. */
    static QString socialCreditCode(int regionCode, SimRandom &rng);
    static QChar
    socialCreditCheck(QStringView first17); //!< the 18th character, or QChar() if a character is invalid

    /** 18-digit resident ID number (GB 11643-1999), as used for driving-licence numbers. */
    static QString idNumber(int regionCode, const QDate &birthday, int sequence, bool male);
    static QChar idNumberCheck(QStringView first17);

    /** 17-character VIN (GB 16735 / ISO 3779) with a valid check digit in position 9. */
    static QString vin(QStringView wmi, int modelYear, SimRandom &rng);
    static QChar vinCheck(QStringView vin);

    /** 15-digit IMEI with a Luhn check digit. */
    static QString imei(SimRandom &rng);

    /** A platform company id: four-digit city prefix + 8 upper-case letters and digits (platform-interface.md
     * §2.4). */
    static QString companyId(QStringView cityPrefix, SimRandom &rng);

    /** A made-up mobile number 199 + \a series (1 digit) + \a company (1 digit) + 6 digits. */
    static QString phone(int series, int company, int number);

    /** \a count random characters from \a alphabet. */
    static QString randomText(QStringView alphabet, int count, SimRandom &rng);
};

} // namespace rw
