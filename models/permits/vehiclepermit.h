#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace rw {

/**
 * \brief A vehicle's transport certificate (网络预约出租汽车运输证) as the city issued it (seed 002
 * Art. 14), with the vehicle facts the city's conditions are judged on (Art. 13, 40–41).
 */
struct VehiclePermit
{
    Q_DECLARE_TR_FUNCTIONS(rw::VehiclePermit)

public:
    QString certificate; //!< 运输证号, the permit's key
    QString plate;       //!< VehicleNo with its province prefix, normalised: "琼DD12345"
    QString plateColor;  //!< JT/T 697.7 colour code, as sent
    QString companyId;   //!< the owner platform company's CompanyId
    QString ownerName;   //!< the owner as on the 行驶证
    QString vin;         //!< 17 characters with a valid check digit (GB 16735)
    QString regionCode;  //!< GB/T 2260 code of the issuing city
    QString organization;
    QDate firstRegistration; //!< 初次注册日期 on the 行驶证 (Art. 40–41)
    QDate validFrom;         //!< the issue date (Art. 41: validity starts on issue)
    QDate validTo;
    int seats = 0;                //!< Art. 13(一): 5–7; 0 = not given
    int wheelbaseMm = 0;          //!< Art. 13(三): ≥ 2600 (≥ 2700 with 7 seats); 0 = not given
    int rangeKm = 0;              //!< 续航里程, Art. 13(三): "300公里以上"; 0 = not given
    qint64 purchasePriceYuan = 0; //!< 购置税计税价格 in yuan, Art. 13(三): ≥ 100,000; 0 = not given
    QString brand, model, fuelType;
    QString state;

    qint64 id = 0;
    qint64 importId = 0;
    bool superseded = false;

    /** Years after the first registration at which the car leaves service (Art. 40) and the certificate ends
     * (Art. 41). */
    static constexpr int ServiceYears = 8;

    /**
     * The last day the certificate covers: its validTo, but never beyond the first registration + 8 years
     * (Art. 41: the certificate expires 8 years after the first registration; Art. 40: the car leaves
     * service then). Invalid if neither date is known.
     */
    QDate effectiveExpiry() const;
    bool isValidOn(const QDate &day) const;
};

} // namespace rw
