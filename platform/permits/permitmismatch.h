#pragma once

#include <QDate>
#include <QString>

namespace rw {

/**
 * \brief One 人车证不符 finding of Reconciliation: a vehicle or driver a company reports (base-info) or
 * runs (positions) whose city permit is missing, expired or someone else's.
 */
struct PermitMismatch
{
    enum class Subject { Vehicle, Driver };
    enum class Problem {
        NoPermit,            //!< the city issued no permit for this plate / licence
        Expired,             //!< the permit's term is over (for vehicles also the 8-year limit, Art. 40–41)
        OtherCompany,        //!< the permit belongs to another platform company
        CertificateMismatch, //!< base-info names a certificate number other than the city's permit
        CertificateOfAnother, //!< the certificate number base-info names was issued for another vehicle /
                              //!< person
    };

    Subject subject = Subject::Vehicle;
    Problem problem = Problem::NoPermit;
    QString companyId;   //!< the company that reports or runs it
    QString key;         //!< plate (vehicles) or licence number (drivers); personal for drivers
    QString name;        //!< the driver's name in base-info; personal
    QString regionCode;  //!< from base-info (Address) or the position (VehicleRegionCode / DriverRegionCode)
    QString certificate; //!< the certificate number base-info names (may be empty)
    bool inBaseInfo = true;
    qint64 lastSeenMs = 0; //!< last position received, 0 if none in the window looked at

    // The city's permit involved, if one was found.
    QString permitCertificate;
    QString permitCompanyId;
    QString permitHolder; //!< the plate or licence the permit was issued for (CertificateOfAnother); personal
                          //!< for drivers
    QDate permitExpiry;

    QString reason; //!< translated, names the plate/licence, the permit and the rule
};

} // namespace rw
