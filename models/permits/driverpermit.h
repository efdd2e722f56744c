#pragma once

#include <QDate>
#include <QString>

namespace rw {

/**
 * \brief A driver's certificate (网络预约出租汽车驾驶员证 / 从业资格证) as the city issued it (seed 002
 * Art. 15(四), Art. 39), with the facts Art. 15 is judged on.
 *
 * Personal data: name, ID number, licence number and phone are masked in every reply unless the
 * caller may and asks to reveal them (DESIGN §8).
 */
struct DriverPermit
{
    QString certificate; //!< 从业资格证号 / 网约车驾驶员证号, the permit's key
    QString name;        //!< personal
    QString idNumber;    //!< 18-character resident ID number with a valid check character; personal
    QString licenceNumber; //!< 机动车驾驶证号 (usually the ID number: the driver key of base-info); personal
    QString phone;         //!< personal
    QString gender;        //!< as sent (JT/T 697.7: 1 male, 2 female)
    QString companyId; //!< the platform company the driver serves
    QString companyName;
    QString regionCode;
    QString organization;
    QString driverType;      //!< 准驾车型, e.g. C1
    QDate licenceFirstIssue; //!< Art. 15(一): ≥ 3 years of driving
    QDate validFrom;
    QDate validTo;
    QString state;

    qint64 id = 0;
    qint64 importId = 0;
    bool superseded = false;

    bool isValidOn(const QDate &day) const { return validFrom <= day && day <= validTo; }

    /** From the ID number (PermitIdentifiers::birthDateOf()); invalid if it holds none. Art. 15(五). */
    QDate birthDate() const;
    /**
     * "1" male, "2" female (GB/T 2261.1), for the retirement age of Art. 15(五): from the ID number, which
     * the public-security registry issued, and only when it gives none from \a gender as sent ("1", "2",
     * "男", "女", "M", "F"); empty if neither tells.
     */
    QString genderCode() const;
};

} // namespace rw
