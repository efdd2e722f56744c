#pragma once

#include <QChar>
#include <QDate>
#include <QString>
#include <QStringView>

namespace rw {

/**
 * \brief Formats and check characters of the identifiers on permits: plates, resident ID numbers,
 * VINs. Pure functions; the simulator's SyntheticIds makes identifiers these accept.
 */
class PermitIdentifiers
{
public:
    /** The 31 provincial abbreviations that start a plate (GA 36-2018):
     * 京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼. */
    static bool isProvinceAbbreviation(QChar c);

    /**
     * \a text as a plate is stored: spaces, "·" and "-" removed, letters in upper case
     * ("琼 d·12345" → "琼D12345").
     */
    static QString normalisePlate(QStringView text);
    /**
     * A normalised plate (GA 36-2018): province abbreviation, issuing-authority letter, then 5
     * characters (6 for the new-energy plates, whose first or last is D or F), letters without I and O,
     * and optionally a final 挂/学/警/港/澳.
     */
    static bool isValidPlate(QStringView plate);
    /** Province abbreviation + letter + up to 6 more plate characters: the start of a plate. */
    static bool isPlatePrefix(QStringView plate);

    /** The 18th character of a resident ID number (GB 11643-1999, ISO 7064 MOD 11-2); null if not 17 digits.
     */
    static QChar idNumberCheck(QStringView first17);
    /** 17 digits, a check character that matches ("X" in upper case), and a real birth date. */
    static bool isValidIdNumber(QStringView id);
    /**
     * The birth date in an 18-character resident ID number (GB 11643-1999 §4.2: characters 7–14,
     * YYYYMMDD); invalid if \a id is not 18 characters or holds no real date. The check character is not
     * verified here (isValidIdNumber() does).
     */
    static QDate birthDateOf(QStringView id);
    /**
     * The gender in an 18-character resident ID number (GB 11643-1999 §4.3: the 17th character, the
     * sequence code, is odd for men, even for women) as a GB/T 2261.1 code: "1" male, "2" female; empty if
     * \a id is not 18 characters with a digit there.
     */
    static QString genderCodeOf(QStringView id);

    /** The check digit of a VIN (GB 16735-2019, position 9); null if a character is not allowed. */
    static QChar vinCheck(QStringView vin);
    /** 17 characters of 0-9 and A-Z without I, O, Q, with a matching check digit. */
    static bool isValidVin(QStringView vin);

    /** Six ASCII digits, the first not 0 (GB/T 2260). */
    static bool isRegionCode(QStringView code);

    /** Whether \a c is a CJK unified ideograph (the names and company names of the registry). */
    static bool isHan(QChar c);
};

} // namespace rw
